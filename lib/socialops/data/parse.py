"""Value parsers for export cells: counts like ``1,234`` or ``10万+``, rates, durations, dates, booleans.

Each parser takes a Series of raw cells (strings, or typed values from XLSX/Parquet)
and returns the parsed Series plus a boolean mask of cells it could not read, so the
loader can report the exact rows.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

MISSING_TOKENS = {"", "-", "--", "—", "–", "none", "null", "n/a", "na", "/", "无", "暂无"}  # "nan", "inf": refused
_WAN = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*[万wW]\s*(\+?)$")
_YI = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*亿\s*(\+?)$")
_THOUSAND = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*[kK千]\s*(\+?)$")
_PLUS = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\+$")
_SCALED = ((_WAN, 10_000), (_YI, 100_000_000), (_THOUSAND, 1_000))
_PLAIN_NUMBER = r"[+-]?[0-9]+(?:\.[0-9]+)?"
_CURRENCY = re.compile(r"^[¥￥$€]|元$")
_TZ_SUFFIX = re.compile(r"(?:[+-]\d{2}:?\d{2}|Z)$")
EXCEL_EPOCH = pd.Timestamp("1899-12-30")

TRUE_TOKENS = {"true", "1", "yes", "y", "t", "是", "有", "已认证", "✓", "√"}
FALSE_TOKENS = {"false", "0", "no", "n", "f", "否", "无", "未认证", "✗", "×"}


def _as_text(raw: pd.Series) -> pd.Series:
    text = raw.astype("string").str.strip()
    return text.mask(text.str.lower().isin(MISSING_TOKENS) | raw.isna())


def parse_number(raw: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    """Numbers as float: returns (values, bad mask, lower-bound mask, approximate mask).

    ``1,234`` → 1234; ``1.2万``/``1.2w`` → 12000 and ``3.4k`` → 3400, flagged approximate (the
    platform rounded them); ``10万+``/``1w+``/``100万+`` → the figure + 1, flagged as a lower bound
    (WeChat shows reads over 100,000 this way); ``-``, ``无`` and blanks → NaN.
    """
    no = pd.Series(False, index=raw.index)
    if pd.api.types.is_numeric_dtype(raw) and not pd.api.types.is_bool_dtype(raw):
        values = raw.astype("float64")
        infinite = np.isinf(values)
        return values.mask(infinite), pd.Series(infinite, index=raw.index), no.copy(), no.copy()
    text = _as_text(raw)
    if text.dropna().str.fullmatch(_PLAIN_NUMBER).all():  # most columns: nothing to clean, scale or flag
        values = pd.to_numeric(text, errors="coerce").astype("float64")
        infinite = pd.Series(np.isinf(values), index=raw.index)  # hundreds of digits
        return values.mask(infinite), infinite, no.copy(), no.copy()
    cleaned = text.str.replace(r"[,\s，]", "", regex=True).str.replace(_CURRENCY, "", regex=True)
    values = pd.to_numeric(cleaned.mask(cleaned.str.contains(r"[a-zA-Z]", regex=True).fillna(False).astype(bool)
                                        & ~cleaned.str.fullmatch(r"[0-9.]+[eE][+-]?[0-9]+").fillna(False).astype(bool)),
                           errors="coerce").astype("float64")  # "nan", "inf" are not numbers here
    values = values.mask(np.isinf(values))
    lower, approx = no.copy(), no.copy()
    todo = cleaned.notna() & values.isna()
    if todo.any():
        for pattern, scale in _SCALED:
            found = cleaned[todo].str.extract(pattern)
            hit = found[0].notna()
            idx = found.index[hit]
            base = (found.loc[hit, 0].astype(float) * scale).round()
            plus = found.loc[hit, 1] == "+"
            values.loc[idx] = np.where(plus, base + 1, base)
            lower.loc[idx] = plus.to_numpy()
            approx.loc[idx] = (~plus).to_numpy()  # a 万 or k figure is rounded by the platform
            todo = todo & values.isna()
        found = cleaned[todo].str.extract(_PLUS)
        hit = found[0].notna()
        values.loc[found.index[hit]] = found.loc[hit, 0].astype(float)
        lower.loc[found.index[hit]] = True
        todo = todo & values.isna()
    return values, todo.fillna(False).astype(bool), lower, approx


def parse_fraction(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Rates as fractions: ``28.64%`` → 0.2864, ``0.2864`` → 0.2864; returns (values, bad mask).

    A bare number above 1 is refused rather than guessed (it could be a percentage or a count).
    """
    if pd.api.types.is_numeric_dtype(raw) and not pd.api.types.is_bool_dtype(raw):
        values = raw.astype("float64")
        return values.mask(values > 1), (values > 1).fillna(False).astype(bool)
    text = _as_text(raw)
    cleaned = text.str.replace(r"[\s,]", "", regex=True)
    percent = cleaned.str.endswith("%").fillna(False).astype(bool)
    values = pd.to_numeric(cleaned.str.rstrip("%"), errors="coerce").astype("float64")
    values = values.where(~percent, values / 100)
    bad = cleaned.notna() & (values.isna() | (values < 0) | (values > 1))
    return values.mask(bad), bad.fillna(False).astype(bool)


_DURATION = re.compile(r"^(?:(?P<h>\d+(?:\.\d+)?)(?:小时|时|h))?(?:(?P<m>\d+(?:\.\d+)?)(?:分钟|分|min|m))?"
                       r"(?:(?P<s>\d+(?:\.\d+)?)(?:秒|s|sec))?$")
_CLOCK = re.compile(r"^(?:(?P<h>\d+):)?(?P<m>\d{1,2}):(?P<s>\d{1,2}(?:\.\d+)?)$")


def parse_seconds(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Durations in seconds: ``10.59秒``, ``1分23秒``, ``00:01:23``, ``83s`` or ``83``; returns (values, bad mask)."""
    if pd.api.types.is_numeric_dtype(raw) and not pd.api.types.is_bool_dtype(raw):
        values = raw.astype("float64")
        return values, pd.Series(False, index=raw.index)
    text = _as_text(raw).str.replace(r"\s", "", regex=True)
    values = pd.to_numeric(text, errors="coerce").astype("float64")
    todo = text.notna() & values.isna()
    for pattern in (_CLOCK, _DURATION):
        if not todo.any():
            break
        found = text[todo].str.extract(pattern).astype(float)
        parts = found.notna().any(axis=1)
        seconds = found.get("h", 0).fillna(0) * 3600 + found["m"].fillna(0) * 60 + found["s"].fillna(0)
        values.loc[found.index[parts]] = seconds[parts]
        todo = todo & values.isna()
    return values, todo.fillna(False).astype(bool)


def _from_excel_serial(values: pd.Series) -> pd.Series:
    return EXCEL_EPOCH + pd.to_timedelta(values.astype(float), unit="D")


def _epoch(values: pd.Series, tz) -> pd.Series:
    """Epoch seconds (10 digits) or milliseconds (13 digits) → naive local time of ``tz``."""
    unit = np.where(values.abs() >= 1e11, "ms", "s")
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    for u in ("s", "ms"):
        hit = unit == u
        if hit.any():
            stamps = pd.to_datetime(values[hit].astype("int64"), unit=u, utc=True)
            out[hit] = _to_zone(stamps, tz)
    return out


def _to_zone(stamps: pd.Series, tz) -> pd.Series:
    zones = tz if isinstance(tz, pd.Series) else pd.Series(tz or "Asia/Shanghai", index=stamps.index)
    zones = zones.reindex(stamps.index).fillna("Asia/Shanghai").astype(object)
    out = pd.Series(pd.NaT, index=stamps.index, dtype="datetime64[ns]")
    for zone, idx in zones.groupby(zones).groups.items():
        out[idx] = stamps[idx].dt.tz_convert(zone).dt.tz_localize(None)
    return out


def _numeric_times(values: pd.Series, tz) -> pd.Series:
    """Numbers in a date column: epoch seconds/milliseconds when that large, else Excel serial days."""
    values = values.astype(float)
    epoch = values.abs() >= 1e8
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    if epoch.any():
        out[epoch] = _epoch(values[epoch], tz)
    serial = values.notna() & ~epoch
    if serial.any():
        out[serial] = _from_excel_serial(values[serial])
    return out


def parse_datetime(raw: pd.Series, tz: str | pd.Series | None = None) -> tuple[pd.Series, pd.Series]:
    """Dates and datetimes as naive local timestamps: returns (values, bad mask).

    Accepts ISO 8601 (with or without an offset), ``2026/10/01``, ``20261001``,
    ``2026年07月30日21时14分52秒``, epoch seconds or milliseconds, Excel serial numbers and
    typed cells. Aware datetimes and epochs are converted to ``tz`` (the account's zone) and
    made naive, so hours always mean the account's local clock.
    """
    if pd.api.types.is_datetime64_any_dtype(raw):
        values = raw
        if getattr(values.dt, "tz", None) is not None:
            values = values.dt.tz_convert(tz if isinstance(tz, str) else "Asia/Shanghai").dt.tz_localize(None)
        return values.astype("datetime64[ns]"), pd.Series(False, index=raw.index)
    out = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")
    if pd.api.types.is_numeric_dtype(raw) and not pd.api.types.is_bool_dtype(raw):
        ok = raw.notna()
        out[ok] = _numeric_times(raw[ok], tz)
        return out, pd.Series(False, index=raw.index)
    typed = raw.map(lambda v: isinstance(v, (pd.Timestamp, np.datetime64)) or hasattr(v, "year")).astype(bool)
    if typed.any():
        out[typed] = pd.to_datetime(raw[typed].map(lambda v: pd.Timestamp(v).tz_localize(None) if pd.Timestamp(v).tzinfo else pd.Timestamp(v)))
    numbers = raw.map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)).astype(bool) & raw.notna()
    if numbers.any():  # JSON records: epoch integers beside strings
        out[numbers] = _numeric_times(raw[numbers].astype(float), tz)
    text = _as_text(raw.mask(typed | numbers))
    text = (
        text.str.replace(r"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(\d{1,2})[时点:](\d{1,2})分?(?:(\d{1,2})秒?)?$",
                         r"\1-\2-\3 \4:\5:\6", regex=True)
        .str.replace(r":$", ":00", regex=True)
        .str.replace(r"(\d{4})年(\d{1,2})月(\d{1,2})日?", r"\1-\2-\3", regex=True)
        .str.replace(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})", r"\1-\2-\3", regex=True)
        .str.replace(r"^((?:19|20)\d{2})(\d{2})(\d{2})$", r"\1-\2-\3", regex=True)
        # Weibo's API (weibo-crawler's comments): Sat Oct 03 20:15:00 +0800 2026
        .str.replace(r"^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2}) (\d{4})$",
                     r"\2 \1 \6 \3\4:\5", regex=True)
    )
    serial = text.str.fullmatch(r"\d{5}(\.\d+)?").fillna(False).astype(bool)
    if serial.any():
        out[serial] = _from_excel_serial(text[serial].astype(float))
    epoch = text.str.fullmatch(r"\d{10}|\d{13}").fillna(False).astype(bool)
    if epoch.any():
        out[epoch] = _epoch(text[epoch].astype("int64"), tz)
    aware = text.str.contains(_TZ_SUFFIX, regex=True).fillna(False).astype(bool) & ~serial & ~epoch
    naive = text.notna() & ~aware & ~serial & ~epoch
    if naive.any():
        out[naive] = _in_range(_to_datetime(text[naive]))
    if aware.any():
        parsed = _in_range(_to_datetime(text[aware], utc=True))
        out[aware] = _to_zone(parsed, tz)
    bad = text.notna() & out.isna()
    return out, bad.fillna(False).astype(bool)


def _to_datetime(text: pd.Series, utc: bool = False) -> pd.Series:
    """pandas' reading of date text, unreadable cells unknown; a column pandas refuses as a whole (an offset in
    the middle of a cell, which the offset check above does not see: "Mixed timezones detected") is read cell by
    cell, so one odd cell is a problem with its row, never a traceback."""
    try:
        return pd.to_datetime(text, errors="coerce", utc=utc, format="mixed")
    except (ValueError, TypeError, OverflowError):
        def one(value):
            try:
                stamp = pd.to_datetime(value, errors="coerce", utc=utc)
            except (ValueError, TypeError, OverflowError):
                return pd.NaT
            return stamp if utc or pd.isna(stamp) or stamp.tzinfo is None else pd.NaT
        return pd.Series([one(v) for v in text], index=text.index, dtype=f"datetime64[ns{', UTC' if utc else ''}]")


def excel_serials_among_dates(raw: pd.Series) -> pd.Series:
    """Bare five-digit numbers in a text column that otherwise holds written dates: Excel serial
    days that lost their format, or typos; either way not to be read as dates silently."""
    if pd.api.types.is_numeric_dtype(raw) or pd.api.types.is_datetime64_any_dtype(raw):
        return pd.Series(False, index=raw.index)
    text = _as_text(raw.map(lambda v: v if isinstance(v, str) else None))
    serial = text.str.fullmatch(r"\d{5}(\.\d+)?").fillna(False).astype(bool)
    written = text.notna() & ~serial & ~text.str.fullmatch(r"\d+").fillna(False).astype(bool)
    return serial if written.any() else pd.Series(False, index=raw.index)


def _in_range(parsed: pd.Series) -> pd.Series:
    """Times pandas can hold in nanoseconds (1677-2262); a year such as 2999 becomes unknown here
    and is reported by the caller, not raised as an overflow."""
    if parsed.empty:
        return parsed
    years = parsed.dt.year
    return parsed.mask((years < 1678) | (years > 2261)).astype(
        "datetime64[ns, UTC]" if getattr(parsed.dt, "tz", None) is not None else "datetime64[ns]")


def written_year(raw: pd.Series) -> pd.Series:
    """The year a date cell starts with (``2999-10-01`` → 2999), to say why a date was refused."""
    return pd.to_numeric(_as_text(raw.astype(object)).str.extract(r"^(\d{4})\D", expand=False), errors="coerce")


def has_time_of_day(raw: pd.Series, parsed: pd.Series) -> bool:
    """Whether the column carries times, not only dates (``2026-06-23`` has none, ``…14:50`` or an epoch has)."""
    known = parsed.dropna()
    if known.empty:
        return False
    if pd.api.types.is_numeric_dtype(raw) or (known.dt.normalize() != known).any():
        return True
    text = raw.dropna().astype(str).str.strip()
    return bool(text.str.contains(r"\d[:时点]\d|T\d", regex=True).any())


def parse_bool(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Booleans from true/false, 1/0, yes/no, 是/否: returns (values, bad mask)."""
    if pd.api.types.is_bool_dtype(raw):
        return raw.astype("boolean"), pd.Series(False, index=raw.index)
    text = _as_text(raw.map(lambda v: str(int(v)) if isinstance(v, float) and v == v and v in (0.0, 1.0) else v))
    low = text.str.lower()
    values = pd.Series(pd.NA, index=raw.index, dtype="boolean")
    values[low.isin(TRUE_TOKENS).fillna(False).astype(bool)] = True
    values[low.isin(FALSE_TOKENS).fillna(False).astype(bool)] = False
    bad = text.notna() & values.isna()
    return values, bad.fillna(False).astype(bool)


def parse_text(raw: pd.Series) -> pd.Series:
    """Free text: kept verbatim (trimmed); blanks become missing. Vectorised: exports run to millions of rows."""
    if pd.api.types.is_float_dtype(raw):  # ids typed as numbers in spreadsheets: 123.0 -> "123"
        raw = raw.map(lambda v: None if v != v else str(int(v)) if float(v).is_integer() else str(v))
    elif raw.dtype == object:
        numbers = raw.map(type).isin((float, int))
        if numbers.any():
            raw = raw.copy()
            raw[numbers] = raw[numbers].map(lambda v: None if v != v else str(int(v)) if float(v).is_integer() else str(v))
    text = raw.astype("str").str.strip()  # Arrow-backed: millions of rows stay cheap to check and store
    return text.mask(text == "")


def python_strings(column: pd.Series) -> pd.Series:
    """Text as Python ``str`` objects with ``None`` for missing: the form the analyses read."""
    return column.astype("object").where(column.notna(), None)
