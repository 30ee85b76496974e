"""Value parsers for export cells: counts like ``1,234`` or ``10万+``, dates, booleans.

Each parser takes a Series of raw cells (strings, or typed values from XLSX/Parquet)
and returns the parsed Series plus a boolean mask of cells it could not read, so the
loader can report the exact rows.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

MISSING_TOKENS = {"", "-", "--", "—", "–", "nan", "none", "null", "n/a", "na", "/"}
_WAN = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*[万wW]\s*(\+?)$")
_YI = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*亿\s*(\+?)$")
_PLUS = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\+$")
_CURRENCY = re.compile(r"^[¥￥$€]|元$")
_TZ_SUFFIX = re.compile(r"(?:[+-]\d{2}:?\d{2}|Z)$")
EXCEL_EPOCH = pd.Timestamp("1899-12-30")

TRUE_TOKENS = {"true", "1", "yes", "y", "t", "是", "有", "已认证", "✓", "√"}
FALSE_TOKENS = {"false", "0", "no", "n", "f", "否", "无", "未认证", "✗", "×"}


def _as_text(raw: pd.Series) -> pd.Series:
    text = raw.astype("string").str.strip()
    return text.mask(text.str.lower().isin(MISSING_TOKENS) | raw.isna())


def parse_number(raw: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Numbers as float: returns (values, bad mask, lower-bound mask).

    ``1,234`` → 1234; ``1.2万`` → 12000; ``10万+`` → 100001 flagged as a lower bound
    (WeChat shows reads over 100,000 this way); ``-`` and blanks → NaN.
    """
    if pd.api.types.is_numeric_dtype(raw) and not pd.api.types.is_bool_dtype(raw):
        values = raw.astype("float64")
        return values, pd.Series(False, index=raw.index), pd.Series(False, index=raw.index)
    text = _as_text(raw)
    cleaned = text.str.replace(r"[,\s，]", "", regex=True).str.replace(_CURRENCY, "", regex=True)
    values = pd.to_numeric(cleaned, errors="coerce").astype("float64")
    lower = pd.Series(False, index=raw.index)
    todo = cleaned.notna() & values.isna()
    if todo.any():
        for pattern, scale in ((_WAN, 10_000), (_YI, 100_000_000)):
            found = cleaned[todo].str.extract(pattern)
            hit = found[0].notna()
            idx = found.index[hit]
            base = found.loc[hit, 0].astype(float) * scale
            plus = found.loc[hit, 1] == "+"
            values.loc[idx] = np.where(plus, base + 1, base.round())
            lower.loc[idx] = plus.to_numpy()
            todo = todo & values.isna()
        found = cleaned[todo].str.extract(_PLUS)
        hit = found[0].notna()
        values.loc[found.index[hit]] = found.loc[hit, 0].astype(float)
        lower.loc[found.index[hit]] = True
        todo = todo & values.isna()
    return values, todo.fillna(False).astype(bool), lower


def _from_excel_serial(values: pd.Series) -> pd.Series:
    return EXCEL_EPOCH + pd.to_timedelta(values.astype(float), unit="D")


def parse_datetime(raw: pd.Series, tz: str | pd.Series | None = None) -> tuple[pd.Series, pd.Series]:
    """Dates and datetimes as naive local timestamps: returns (values, bad mask).

    Accepts ISO 8601, ``2026/10/01``, ``2026年10月1日``, Excel serial numbers and typed
    cells. Aware datetimes are converted to ``tz`` (the account's zone) and made naive,
    so hours always mean the account's local clock.
    """
    if pd.api.types.is_datetime64_any_dtype(raw):
        values = raw
        if getattr(values.dt, "tz", None) is not None:
            values = values.dt.tz_convert(tz if isinstance(tz, str) else "Asia/Shanghai").dt.tz_localize(None)
        return values.astype("datetime64[ns]"), pd.Series(False, index=raw.index)
    out = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")
    if pd.api.types.is_numeric_dtype(raw):
        ok = raw.notna()
        out[ok] = _from_excel_serial(raw[ok])
        return out, pd.Series(False, index=raw.index)
    typed = raw.map(lambda v: isinstance(v, (pd.Timestamp, np.datetime64)) or hasattr(v, "year"))
    if typed.any():
        out[typed] = pd.to_datetime(raw[typed].map(lambda v: pd.Timestamp(v).tz_localize(None) if pd.Timestamp(v).tzinfo else pd.Timestamp(v)))
    text = _as_text(raw.mask(typed))
    text = (
        text.str.replace(r"(\d{4})年(\d{1,2})月(\d{1,2})日?", r"\1-\2-\3", regex=True)
        .str.replace(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})", r"\1-\2-\3", regex=True)
    )
    serial = text.str.fullmatch(r"\d{5}(\.\d+)?").fillna(False).astype(bool)
    if serial.any():
        out[serial] = _from_excel_serial(text[serial].astype(float))
    aware = text.str.contains(_TZ_SUFFIX, regex=True).fillna(False).astype(bool) & ~serial
    naive = text.notna() & ~aware & ~serial
    if naive.any():
        out[naive] = pd.to_datetime(text[naive], errors="coerce", format="mixed")
    if aware.any():
        parsed = pd.to_datetime(text[aware], errors="coerce", utc=True, format="mixed")
        zones = tz if isinstance(tz, pd.Series) else pd.Series(tz or "Asia/Shanghai", index=raw.index)
        zones = zones.astype(object)
        for zone, idx in zones[aware].groupby(zones[aware]).groups.items():
            out[idx] = parsed[idx].dt.tz_convert(zone).dt.tz_localize(None)
    bad = text.notna() & out.isna()
    return out, bad.fillna(False).astype(bool)


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
