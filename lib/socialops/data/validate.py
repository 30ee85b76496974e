"""Canonical tables → problems against the contract (file, column, rows, expected).

Runs after parsing, on frames that still carry ``_file``/``_row`` provenance, so every
problem names the export and the spreadsheet rows a person would look at.
"""
from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

from socialops.data import contract as C
from socialops.data.cells import FIRST_YEAR
from socialops.data.problems import Problem


def _rows(frame: pd.DataFrame, mask) -> list[int]:
    return [int(r) for r in frame.loc[mask, "_row"]] if "_row" in frame else []


def _per_file(frame: pd.DataFrame, mask, table: str, column: str | None, key: str, **values) -> list[Problem]:
    """One problem per source file among the rows in ``mask``, saying the string ``key`` (with ``values``)."""
    hits = frame.loc[mask]
    files = hits["_file"].unique() if "_file" in hits else ["(data)"]
    return [
        Problem.keyed(str(f), key, column, _rows(hits, hits["_file"] == f) if "_file" in hits else [], table, **values)
        for f in files
    ]


def _check_ids(name: str, frame: pd.DataFrame) -> list[Problem]:
    out = []
    for col in C.TABLES[name].columns:
        if col.kind != C.ID or col.name not in frame:
            continue
        values = frame[col.name]
        empty = values.isna()
        if col.required and empty.any():
            out += _per_file(frame, empty, name, col.name, "problem_blank")
        text = values if values.dtype == "str" else values.astype("str")  # Arrow's regex kernel, not a Python loop
        bad = values.notna() & (~text.str.fullmatch(C.ID_PATTERN.pattern).fillna(False).astype(bool)
                                | text.isin(C.DOT_IDS).fillna(False).astype(bool))
        if bad.any():
            shown = ", ".join(repr(v) for v in values[bad].head(3))
            out += _per_file(frame, bad, name, col.name, "problem_bad_ids", allowed=C.ID_PATTERN_TEXT, found=shown)
    return out


def _check_required_values(name: str, frame: pd.DataFrame, reported: set) -> list[Problem]:
    out = []
    for col in C.TABLES[name].columns:
        if col.required and col.kind != C.ID and col.name in frame and (name, col.name) not in C.BLANK_ALLOWED:
            seen = pd.Series([(f, col.name, r) in reported for f, r in zip(frame["_file"], frame["_row"])],
                             index=frame.index, dtype=bool) if reported and "_file" in frame else False
            blank = frame[col.name].isna() & ~seen
            if blank.any():
                out += _per_file(frame, blank, name, col.name, "problem_blank")
    return out


def _check_non_negative(name: str, frame: pd.DataFrame) -> list[Problem]:
    out = []
    for col in C.TABLES[name].columns:
        if col.kind in (C.COUNT, C.MONEY) and col.name in frame and (name, col.name) not in C.SIGNED_COUNTS:
            negative = frame[col.name] < 0
            if negative.any():
                out += _per_file(frame, negative.fillna(False), name, col.name, "problem_negative")
    return out


MAX_COUNT = 1e12            # no account has a trillion of anything: a larger count is a broken cell


def _check_plausible(name: str, frame: pd.DataFrame) -> list[Problem]:
    """Counts beyond any account's reach, dates before the platforms or after next year."""
    out = []
    last_year = pd.Timestamp.now().year + 1
    for col in C.TABLES[name].columns:
        if col.name not in frame:
            continue
        values = frame[col.name]
        if col.kind in (C.COUNT, C.MONEY):
            huge = (values.abs() > MAX_COUNT).fillna(False)
            if huge.any():
                out += _per_file(frame, huge, name, col.name, "problem_implausible")
        elif col.kind in (C.DATE, C.DATETIME):
            years = values.dt.year
            odd = ((years < FIRST_YEAR) | (years > last_year)).fillna(False)
            if odd.any():
                out += _per_file(frame, odd, name, col.name, "problem_far_date", first_year=FIRST_YEAR)
    return out


def _check_posts_after_creation(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """Posts published before their account was created: one of the two dates is wrong."""
    accounts, posts = tables.get("accounts"), tables.get("posts")
    if accounts is None or posts is None or "created_on" not in accounts:
        return []
    created = accounts.dropna(subset=["created_on"]).set_index("account_id")["created_on"]
    early = posts["published_at"] < posts["account_id"].map(created)
    if not early.fillna(False).any():
        return []
    return _per_file(posts, early.fillna(False), "posts", "published_at", "problem_before_created")


def _check_unique_key(name: str, frame: pd.DataFrame) -> list[Problem]:
    key = [k for k in C.TABLES[name].key if k in frame]
    if len(key) != len(C.TABLES[name].key):
        return []
    if any(frame[k].nunique(dropna=False) == len(frame) for k in key):
        return []  # one key part is unique on its own (post ids usually are): no pair can repeat
    dup = frame.duplicated(subset=key, keep=False) & frame[key].notna().all(axis=1)
    if not dup.any():
        return []
    return _per_file(frame, dup, name, ", ".join(key), "problem_duplicate_key", columns=", ".join(key))


def _check_accounts_known(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    accounts = tables.get("accounts")
    if accounts is None or "account_id" not in accounts:
        return []
    known = set(accounts["account_id"].dropna())
    out = []
    for name, frame in tables.items():
        if name == "accounts" or "account_id" not in frame:
            continue
        unknown = frame["account_id"].notna() & ~frame["account_id"].isin(known)
        if name == "events":
            unknown &= frame["account_id"] != C.ALL_ACCOUNTS  # an event every account shares
        if unknown.any():
            ids = ", ".join(sorted(map(str, frame.loc[unknown, "account_id"].unique()))[:3])
            out += _per_file(frame, unknown, name, "account_id", "problem_unknown_account", ids=ids)
    return out


def _check_campaign_dates(frame: pd.DataFrame) -> list[Problem]:
    if not {"start", "end"} <= set(frame):
        return []
    backwards = frame["end"] < frame["start"]
    return _per_file(frame, backwards.fillna(False), "campaigns", "end", "problem_campaign_backwards") if backwards.any() else []


TARGET_PERIOD = r"\d{4}-(0[1-9]|1[0-2])|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])"


def _check_target_periods(frame: pd.DataFrame) -> list[Problem]:
    if "period" not in frame:
        return []
    bad = frame["period"].notna() & ~frame["period"].astype(str).str.fullmatch(TARGET_PERIOD)
    return _per_file(frame, bad, "targets", "period", "problem_target_period") if bad.any() else []


def _check_timezones(frame: pd.DataFrame) -> list[Problem]:
    if "timezone" not in frame:
        return []

    def unknown(zone) -> bool:
        if zone is None or zone != zone:
            return False
        try:
            ZoneInfo(str(zone))
            return False
        except (ZoneInfoNotFoundError, ValueError):
            return True

    bad = frame["timezone"].map(unknown).astype(bool)
    return _per_file(frame, bad, "accounts", "timezone", "problem_timezone") if bad.any() else []


def validate(tables: dict[str, pd.DataFrame], reported: list[Problem] = ()) -> list[Problem]:
    """Every contract breach in ``tables``; an empty list means the data is usable.

    ``reported``: problems the parser already found; their cells are not reported again.
    """
    seen = {(p.file, p.column, row) for p in reported for row in p.rows}
    problems: list[Problem] = []
    for name, frame in tables.items():
        problems += _check_ids(name, frame)
        problems += _check_required_values(name, frame, seen)
        problems += _check_non_negative(name, frame)
        problems += _check_plausible(name, frame)
        problems += _check_unique_key(name, frame)
    problems += _check_accounts_known(tables)
    problems += _check_posts_after_creation(tables)
    if "campaigns" in tables:
        problems += _check_campaign_dates(tables["campaigns"])
    if "accounts" in tables:
        problems += _check_timezones(tables["accounts"])
    if "targets" in tables:
        problems += _check_target_periods(tables["targets"])
    return problems
