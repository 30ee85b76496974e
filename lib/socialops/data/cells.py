"""Cells → typed values, by the kind of the contract column they land in.

Counts and money (``1,234``, ``1.2万``, ``10万+``), rates, durations, dates and times,
booleans, enumerations (with the platforms' own spellings), tag lists and text. Every
cell that cannot be read becomes a :class:`Problem` with its file, column and rows; what
the platform rounded or capped becomes a :class:`Notice`.
"""
from __future__ import annotations

import pandas as pd

from socialops.data import contract as C
from socialops.data.parse import (
    excel_serials_among_dates,
    parse_bool,
    parse_datetime,
    parse_fraction,
    parse_number,
    parse_seconds,
    parse_text,
    written_year,
)
from socialops.data.problems import Notice, Problem


def _rows(frame: pd.DataFrame, mask: pd.Series) -> list[int]:
    return [int(i) for i in frame.index[mask.to_numpy()]]


FIRST_YEAR = 2000  # before the platforms existed

def parse_amount(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """A target's value: a rate where the cell says so (``5%`` → 0.05), else a number (``1.2万``, ``800000``)."""
    text = raw.astype("string").str.strip()
    percent = text.str.endswith("%").fillna(False).astype(bool)
    rates, bad_rates = parse_fraction(raw.where(percent))
    numbers, bad_numbers, _, _ = parse_number(raw.where(~percent))
    return numbers.where(~percent, rates), (bad_rates & percent) | (bad_numbers & ~percent)


# Kinds whose cells parse one by one: the parser, and the string saying what a cell it cannot read should have been.
SIMPLE = {
    C.NUMBER: (parse_amount, "problem_expected_amount"),
    C.FRACTION: (parse_fraction, "problem_expected_rate"),
    C.SECONDS: (parse_seconds, "problem_expected_duration"),
    C.BOOL: (parse_bool, "problem_expected_bool"),
}


def parse_columns(frame: pd.DataFrame, spec: C.Table, name: str, timezones: dict[str, str]):
    problems: list[Problem] = []
    warnings: list[Notice] = []
    rounded: dict[str, pd.Series] = {}  # column → rows whose value the platform rounded
    for column in spec.columns:
        if column.name not in frame or column.name == "approximate":
            continue
        raw = frame[column.name]
        kind = column.kind
        if kind in (C.COUNT, C.MONEY):
            values, bad, lower, approx = parse_number(raw)
            if bad.any():
                problems.append(Problem.keyed(name, "problem_expected_number", column.name, _rows(frame, bad), spec.name))
            if kind == C.COUNT:
                fractional = values.notna() & (values % 1 != 0)
                if fractional.any():
                    problems.append(Problem.keyed(name, "problem_expected_whole", column.name, _rows(frame, fractional), spec.name))
            frame[column.name] = values
            if lower.any():
                frame[column.name + C.LOWER_BOUND_SUFFIX] = lower
                warnings.append(Notice("notice_lower_bounds", accounts_of(frame, lower), file=name,
                                       count=int(lower.sum()), column=column.name))
            if approx.any():
                warnings.append(Notice("notice_rounded", accounts_of(frame, approx), file=name,
                                       count=int(approx.sum()), column=column.name))
                rounded[column.name] = approx
        elif kind in SIMPLE:
            parser, expected = SIMPLE[kind]
            values, bad = parser(raw)
            if bad.any():
                problems.append(Problem.keyed(name, expected, column.name, _rows(frame, bad), spec.name))
            frame[column.name] = values
        elif kind in (C.DATE, C.DATETIME):
            tz = None
            if kind == C.DATETIME and "account_id" in frame:
                tz = frame["account_id"].map(timezones).fillna(C.DEFAULT_TIMEZONE) if timezones else C.DEFAULT_TIMEZONE
            values, bad = parse_datetime(raw, tz)
            far = _far_dates(raw, bad)
            if far.any():  # well written but beyond what pandas holds (2999): the range check's words
                problems.append(Problem.keyed(name, "problem_far_date", column.name, _rows(frame, far), spec.name,
                                              first_year=FIRST_YEAR))
            bad &= ~far
            if bad.any():
                expected = "problem_expected_date" if kind == C.DATE else "problem_expected_datetime"
                problems.append(Problem.keyed(name, expected, column.name, _rows(frame, bad), spec.name))
            serials = excel_serials_among_dates(raw) & ~bad
            if serials.any():
                problems.append(Problem.keyed(name, "problem_bare_serial", column.name, _rows(frame, serials), spec.name))
            frame[column.name] = values.dt.normalize() if kind == C.DATE else values
        elif kind == C.ENUM:
            frame[column.name], enum_problem, enum_warning = _parse_enum(frame, column, spec, name)
            problems += enum_problem
            warnings += enum_warning
        elif kind == C.TAGS:
            frame[column.name] = _tags(raw)
        else:
            frame[column.name] = parse_text(raw)
    if spec.column("approximate") is not None and rounded:
        flags = pd.DataFrame(rounded)
        hit = flags.any(axis=1)
        frame["approximate"] = None
        frame.loc[hit, "approximate"] = flags[hit].apply(lambda row: ";".join(row.index[row]), axis=1)
    return frame, problems, warnings


def _far_dates(raw: pd.Series, bad: pd.Series) -> pd.Series:
    """Which refused dates are well written but beyond what pandas holds (2999): the year is read off the refused
    cells alone (reading it off every cell was 40% of loading a folder of clean data)."""
    far = pd.Series(False, index=raw.index)
    if bad.any():
        year = written_year(raw[bad])
        far[bad.to_numpy()] = ((year < FIRST_YEAR) | (year > pd.Timestamp.now().year + 1)).fillna(False).astype(bool).to_numpy()
    return far


def _tags(raw: pd.Series) -> pd.Series:
    """Tag lists as the contract writes them (``a;b``) from ``a,b``, ``#a##b#``, ``a、b`` or JSON lists."""
    text = parse_text(raw)
    cleaned = (text.str.replace(r'[\[\]"]', "", regex=True)
               .str.replace(r"#([^#]+)#", r"\1;", regex=True)
               .str.replace(r"\s*[,，、;；]\s*", ";", regex=True)
               .str.replace(r"(^|;)@", r"\1", regex=True)
               .str.strip(";").str.strip())
    return cleaned.mask(cleaned == "")


def accounts_of(frame: pd.DataFrame, rows: pd.Series | None = None) -> set[str] | None:
    """The accounts of ``rows``, for a notice about them (None: the file names no accounts)."""
    if "account_id" not in frame:
        return None
    values = frame["account_id"] if rows is None else frame.loc[rows, "account_id"]
    return set(parse_text(values).dropna())


def _format_by_word(text: pd.Series) -> pd.Series:
    """Platform format names such as ``1-3min视频`` or ``图文`` → the contract's format by a word in them."""
    out = pd.Series(pd.NA, index=text.index, dtype=object)
    for word, value in C.FORMAT_WORDS:
        hit = out.isna() & text.str.contains(word, regex=False).fillna(False).astype(bool)
        out[hit] = value
    return out


def _parse_enum(frame, column: C.Column, spec: C.Table, name: str):
    text = parse_text(frame[column.name])
    aliases = C.VALUE_ALIASES.get(column.name, {})
    codes, distinct = pd.factorize(text.str.lower())  # map each distinct value once, not each row
    canonical = pd.array([aliases.get(v, v) for v in distinct], dtype="str")
    values = pd.Series(canonical.take(codes, allow_fill=True), index=text.index)
    unknown = values.notna() & ~values.isin(column.choices)
    if unknown.any() and column.name == "format":
        by_word = _format_by_word(text.str.lower())
        values = values.mask(unknown & by_word.notna(), by_word)
        unknown = values.notna() & ~values.isin(column.choices)
    if not unknown.any():
        return values, [], []
    if column.name in C.LENIENT_ENUMS:
        odd = sorted(set(text[unknown]))
        values = values.mask(unknown, "other")
        return values, [], [Notice("notice_counted_as_other", accounts_of(frame, unknown), file=name,
                                   column=column.name, values=", ".join(odd[:5]))]
    problem = Problem.keyed(name, "problem_expected_choice", column.name, _rows(frame, unknown), spec.name,
                            choices=", ".join(column.choices))
    return values, [problem], []
