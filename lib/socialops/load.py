"""Platform exports → the five canonical tables.

Reads CSV (UTF-8, UTF-8 with BOM, GB18030), ``.csv.gz``, XLSX and Parquet; finds the
header row under a note line, drops totals rows (合计/总计), maps Chinese and English
headers through the contract's aliases and parses every cell by its column's kind.
Problems are collected, never raised one at a time: :func:`read_dataset` raises one
:class:`DataError` listing them all.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import contract as C
from .parse import parse_bool, parse_datetime, parse_number, parse_text, python_strings
from .problems import DataError, Notice, Problem

DATA_SUFFIXES = (".csv", ".csv.gz", ".xlsx", ".parquet", ".txt")
HEADER_SCAN_ROWS = 10
PROVENANCE = ("_file", "_row")


@dataclass
class Dataset:
    """Canonical tables of one data folder, plus what loading noticed."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    files: dict[str, list[str]] = field(default_factory=dict)
    unmapped: dict[str, list[str]] = field(default_factory=dict)
    source: str = ""

    def get(self, name: str) -> pd.DataFrame | None:
        return self.tables.get(name)

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.tables:
            raise KeyError(f"no '{name}' table in {self.source or 'the data'}")
        return self.tables[name]

    def __contains__(self, name: str) -> bool:
        return name in self.tables


def data_suffix(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in DATA_SUFFIXES if name.endswith(s)), None)


def _normalize_header(cell) -> str:
    text = "" if cell is None or (isinstance(cell, float) and cell != cell) else str(cell)
    text = text.replace("\ufeff", "").strip()
    text = re.sub(r"[（(][^)）]*[)）]$", "", text).strip()  # units: 阅读数(次)
    return text.lower()


_LOOKUPS: dict[str, dict[str, str]] = {
    t.name: {_normalize_header(a): col.name for col in t.columns for a in C.aliases_for(t, col)}
    for t in C.TABLES.values()
}
_ALL_HEADERS = set().union(*(set(m) for m in _LOOKUPS.values()))


# ---------------------------------------------------------------- raw reading

def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        raise _FileProblem("not a text file (binary content); expected CSV text in UTF-8 or GB18030")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _FileProblem("could not decode the text; expected UTF-8, UTF-8 with BOM or GB18030/GBK")


class _FileProblem(Exception):
    pass


def _read_grid(path: Path) -> tuple[pd.DataFrame, int]:
    """The file as a grid of raw cells with canonical header row applied.

    Returns (frame with the header row's cells as column names, the 1-based row number
    of the header in the file).
    """
    suffix = data_suffix(path)
    if suffix == ".parquet":
        frame = pd.read_parquet(path)
        return frame, 1
    if suffix == ".xlsx":
        try:
            grid = pd.read_excel(path, header=None, dtype=object, engine="openpyxl")
        except (zipfile.BadZipFile, ValueError, KeyError, OSError) as exc:
            raise _FileProblem(f"could not read as an Excel workbook ({exc.__class__.__name__})") from None
        if grid.empty:
            raise _FileProblem("empty workbook: no header row")
        header_at = _find_header_row(grid.head(HEADER_SCAN_ROWS).values.tolist())
        frame = grid.iloc[header_at + 1:].reset_index(drop=True)
        frame.columns = _dedupe([_cell_text(c) for c in grid.iloc[header_at]])
        frame.index = frame.index + header_at + 2
        return frame, header_at + 1
    data = path.read_bytes()
    if suffix == ".csv.gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            raise _FileProblem("could not decompress: not a gzip file") from None
    if not data.strip():
        raise _FileProblem("empty file: no header row")
    text = _decode(data, path.name)
    if not text.strip():
        raise _FileProblem("empty file: no header row")
    head = list(csv.reader(io.StringIO("\n".join(text.splitlines()[:HEADER_SCAN_ROWS]))))
    header_at = _find_header_row(head)
    frame = pd.read_csv(
        io.StringIO(text), skiprows=header_at, dtype=str, keep_default_na=False,
        skip_blank_lines=False, header=0, on_bad_lines="error",
    )
    frame.columns = _dedupe([_cell_text(c) for c in frame.columns])
    frame.index = frame.index + header_at + 2
    return frame, header_at + 1


def _cell_text(cell) -> str:
    if cell is None or (isinstance(cell, float) and cell != cell):
        return ""
    return str(cell).replace("\ufeff", "").strip()


def _dedupe(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(names):
        name = name or f"unnamed_{i + 1}"
        if name.startswith("Unnamed: "):
            name = f"unnamed_{i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        out.append(name)
    return out


def _find_header_row(rows: list[list]) -> int:
    """The first row with at least two recognised headers (a note line may sit above)."""
    for i, row in enumerate(rows):
        if sum(_normalize_header(c) in _ALL_HEADERS for c in row) >= 2:
            return i
    return 0


def _drop_blank_and_totals(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows with nothing in them, and totals rows (合计/总计 in the first column)."""
    if frame.empty:
        return frame
    blank = pd.Series(True, index=frame.index)
    for column in frame.columns:
        values = frame[column]
        empty = values.isna()
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            empty |= values.astype("string").str.strip().eq("").fillna(False).astype(bool)
        blank &= empty
        if not blank.any():
            break
    first = frame.iloc[:, 0]
    totals = pd.Series(False, index=frame.index)
    if first.dtype == object or pd.api.types.is_string_dtype(first):
        totals = first.astype("string").str.strip().str.lower().str.rstrip(":：").isin(C.TOTALS_MARKERS).fillna(False).astype(bool)
    return frame[~blank & ~totals]


# ---------------------------------------------------------------- mapping

def _guess_table(path: Path, headers: list[str]) -> str | None:
    stem = path.name[: -len(data_suffix(path) or "")].lower()
    if stem in C.TABLES:
        return stem
    for name, hints in C.FILE_NAME_HINTS.items():
        if any(h in stem for h in hints):
            return name
    best, best_score = None, 0
    for name, table in C.TABLES.items():
        mapped = {_LOOKUPS[name].get(_normalize_header(h)) for h in headers} - {None}
        if set(table.signature) <= mapped and len(mapped) > best_score:
            best, best_score = name, len(mapped)
    return best


def _map_headers(table: str, headers: list[str]) -> tuple[dict[str, str], list[str]]:
    mapping: dict[str, str] = {}
    unmapped = []
    for h in headers:
        canonical = _LOOKUPS[table].get(_normalize_header(h))
        if canonical and canonical not in mapping.values():
            mapping[h] = canonical
        elif not h.startswith("unnamed_"):
            unmapped.append(h)
    return mapping, unmapped


# ---------------------------------------------------------------- one file

@dataclass
class _FileResult:
    table: str | None
    frame: pd.DataFrame | None
    problems: list[Problem]
    warnings: list[str]
    unmapped: list[str]


def read_file(path: Path, account_id: str | None = None, table: str | None = None,
              timezones: dict[str, str] | None = None) -> _FileResult:
    """One export → one canonical frame (with ``_file``/``_row`` provenance columns)."""
    name = path.name
    try:
        raw, header_row = _read_grid(path)
    except _FileProblem as exc:
        return _FileResult(None, None, [Problem(name, str(exc))], [], [])
    except (pd.errors.ParserError, csv.Error) as exc:
        return _FileResult(None, None, [Problem(name, f"not a well-formed CSV file: {str(exc).strip()}")], [], [])
    headers = [str(c) for c in raw.columns]
    table = table or _guess_table(path, headers)
    if table is None:
        return _FileResult(None, None, [Problem(
            name, "cannot tell which table this file holds: name it accounts, daily, posts, "
                  "followers or campaigns, or give it the contract's headers")], [], [])
    spec = C.TABLES[table]
    mapping, unmapped = _map_headers(table, headers)
    frame = _drop_blank_and_totals(raw)
    problems: list[Problem] = []
    warnings: list[str] = []
    present = set(mapping.values())
    if "account_id" not in present and table != "accounts":
        if account_id:
            present.add("account_id")
        else:
            problems.append(Problem(name, "no account column: a platform export covers one account, "
                                          "so pass the account (--account ID, or account_id=...)",
                                    column="account_id", table=table))
            present.add("account_id")
    if table == "posts" and "post_id" not in present and "published_at" in present:
        present.add("post_id")
        warnings.append(Notice("notice_derived_ids", file=name))
    missing = [c for c in spec.required if c not in present]
    for col in missing:
        problems.append(Problem(name, f"required column missing (expected a header such as "
                                      f"{', '.join(repr(a) for a in C.aliases_for(spec, spec.column(col))[:3])})",
                                column=col, table=table))
    if problems:
        return _FileResult(table, None, problems, warnings, unmapped)

    out = pd.DataFrame(index=frame.index)
    for header, col in mapping.items():
        out[col] = frame[header]
    if "account_id" not in out:
        out["account_id"] = account_id
    for h in unmapped:
        out[h] = frame[h]
    out, parse_problems, parse_warnings = _parse_columns(out, spec, name, timezones or {})
    problems += parse_problems
    warnings += parse_warnings
    if table == "posts" and "post_id" not in mapping.values():
        out["post_id"] = _derived_post_ids(out)
    if unmapped:
        warnings.append(Notice("notice_unmapped", file=name, columns=", ".join(unmapped)))
    out["_file"] = name
    out["_row"] = out.index.astype(int)
    return _FileResult(table, out.reset_index(drop=True), problems, warnings, unmapped)


def _derived_post_ids(frame: pd.DataFrame) -> pd.Series:
    key = (frame["account_id"].astype(str) + "|" + frame["published_at"].astype(str) + "|"
           + frame.get("title", pd.Series("", index=frame.index)).fillna("").astype(str))
    return key.map(lambda k: "p-" + hashlib.sha1(k.encode("utf-8")).hexdigest()[:12])


def _rows(frame: pd.DataFrame, mask: pd.Series) -> list[int]:
    return [int(i) for i in frame.index[mask.to_numpy()]]


def _parse_columns(frame: pd.DataFrame, spec: C.Table, name: str, timezones: dict[str, str]):
    problems: list[Problem] = []
    warnings: list[str] = []
    for column in spec.columns:
        if column.name not in frame:
            continue
        raw = frame[column.name]
        kind = column.kind
        if kind in (C.COUNT, C.MONEY):
            values, bad, lower = parse_number(raw)
            if bad.any():
                problems.append(Problem(name, "expected a number (e.g. 1234, 1,234 or 10万+)",
                                        column.name, _rows(frame, bad), spec.name))
            if kind == C.COUNT:
                fractional = values.notna() & (values % 1 != 0)
                if fractional.any():
                    problems.append(Problem(name, "expected a whole number", column.name,
                                            _rows(frame, fractional), spec.name))
            frame[column.name] = values
            if lower.any():
                frame[column.name + C.LOWER_BOUND_SUFFIX] = lower
                warnings.append(Notice("notice_lower_bounds", _accounts_of(frame, lower), file=name,
                                       count=int(lower.sum()), column=column.name))
        elif kind in (C.DATE, C.DATETIME):
            tz = None
            if kind == C.DATETIME and "account_id" in frame:
                tz = frame["account_id"].map(timezones).fillna(C.DEFAULT_TIMEZONE) if timezones else C.DEFAULT_TIMEZONE
            values, bad = parse_datetime(raw, tz)
            if bad.any():
                expected = "a date (YYYY-MM-DD)" if kind == C.DATE else "a date and time (ISO 8601, e.g. 2026-10-01 09:30)"
                problems.append(Problem(name, f"expected {expected}", column.name, _rows(frame, bad), spec.name))
            frame[column.name] = values.dt.normalize() if kind == C.DATE else values
        elif kind == C.BOOL:
            values, bad = parse_bool(raw)
            if bad.any():
                problems.append(Problem(name, "expected true/false (or 1/0, yes/no, 是/否)",
                                        column.name, _rows(frame, bad), spec.name))
            frame[column.name] = values
        elif kind == C.ENUM:
            frame[column.name], enum_problem, enum_warning = _parse_enum(frame, column, spec, name)
            problems += enum_problem
            warnings += enum_warning
        else:
            frame[column.name] = parse_text(raw)
    return frame, problems, warnings


def _accounts_of(frame: pd.DataFrame, rows: pd.Series) -> set[str] | None:
    """The accounts of ``rows``, for a notice about them (None: the file names no accounts)."""
    if "account_id" not in frame:
        return None
    return set(parse_text(frame.loc[rows, "account_id"]).dropna())


def _parse_enum(frame, column: C.Column, spec: C.Table, name: str):
    text = parse_text(frame[column.name])
    aliases = C.VALUE_ALIASES.get(column.name, {})
    codes, distinct = pd.factorize(text.str.lower())  # map each distinct value once, not each row
    canonical = pd.array([aliases.get(v, v) for v in distinct], dtype="str")
    values = pd.Series(canonical.take(codes, allow_fill=True), index=text.index)
    unknown = values.notna() & ~values.isin(column.choices)
    if not unknown.any():
        return values, [], []
    if column.name in C.LENIENT_ENUMS:
        odd = sorted(set(text[unknown]))
        values = values.mask(unknown, "other")
        return values, [], [Notice("notice_counted_as_other", _accounts_of(frame, unknown), file=name,
                                   column=column.name, values=", ".join(odd[:5]))]
    problem = Problem(name, f"expected one of: {', '.join(column.choices)}", column.name,
                      _rows(frame, unknown), spec.name)
    return values, [problem], []


# ---------------------------------------------------------------- a folder

def load_dataset(path: str | Path, account_id: str | None = None, arrow_text: bool = False) -> Dataset:
    """Every data file in ``path`` (a folder or one file), mapped and checked.

    Never raises for bad data: problems land in ``Dataset.problems``. Use
    :func:`read_dataset` to get an exception instead. Text columns come as Python strings
    (``None`` for missing), the form the analyses read; ``arrow_text`` keeps them
    Arrow-backed for the store, which takes them without a copy.
    """
    from .validate import validate  # validation reads provenance columns, then they go

    path = Path(path)
    dataset = Dataset(source=str(path))
    if not path.exists():
        dataset.problems.append(Problem(str(path), "no such file or folder"))
        return dataset
    files = sorted(p for p in (path.iterdir() if path.is_dir() else [path])
                   if p.is_file() and data_suffix(p) and not p.name.startswith((".", "~$")))
    if not files:
        dataset.problems.append(Problem(str(path), "no data files found (expected accounts, daily, "
                                                   "posts, followers or campaigns as .csv, .csv.gz, .xlsx or .parquet)"))
        return dataset
    # accounts first: their time zones decide how aware datetimes become local time
    files.sort(key=lambda p: 0 if _guess_table(p, []) == "accounts" else 1)
    frames: dict[str, list[pd.DataFrame]] = {}
    timezones: dict[str, str] = {}
    for file in files:
        result = read_file(file, account_id=account_id, timezones=timezones)
        dataset.problems += result.problems
        dataset.warnings += result.warnings
        if result.table:
            dataset.files.setdefault(result.table, []).append(file.name)
            if result.unmapped:
                dataset.unmapped[file.name] = result.unmapped
        if result.frame is not None:
            frames.setdefault(result.table, []).append(result.frame)
            if result.table == "accounts" and "timezone" in result.frame:
                timezones.update(result.frame.dropna(subset=["timezone"]).set_index("account_id")["timezone"].to_dict())
    for table, parts in frames.items():
        dataset.tables[table] = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    dataset.problems += validate(dataset.tables, dataset.problems)
    for table, frame in dataset.tables.items():
        frame = frame.drop(columns=[c for c in PROVENANCE if c in frame])
        if not arrow_text:
            for column in frame.columns:
                if pd.api.types.is_string_dtype(frame[column]) and frame[column].dtype != object:
                    frame[column] = python_strings(frame[column])
        dataset.tables[table] = frame
    return dataset


def read_dataset(path: str | Path, account_id: str | None = None) -> Dataset:
    """Like :func:`load_dataset`, but raise :class:`DataError` when anything is wrong."""
    dataset = load_dataset(path, account_id)
    if dataset.problems:
        raise DataError(dataset.problems)
    return dataset
