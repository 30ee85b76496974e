"""The events table read for one chart or report: whose events, and which days."""
from __future__ import annotations

import pandas as pd

from socialops.data.contract import ALL_ACCOUNTS, TABLES

COLUMNS = [c.name for c in TABLES["events"].columns]


def events_for(events: pd.DataFrame | None, accounts: list[str] | None = None, start=None, end=None) -> pd.DataFrame:
    """The events of ``accounts`` (and those for every account) dated ``start``..``end`` (inclusive, either open),
    by date; an empty table where there are none."""
    if events is None or events.empty:
        return pd.DataFrame(columns=COLUMNS)
    dates = pd.to_datetime(events["date"])
    keep = pd.Series(True, index=events.index)
    if accounts is not None:
        keep &= events["account_id"].isin([*accounts, ALL_ACCOUNTS])
    if start is not None:
        keep &= dates >= pd.Timestamp(start)
    if end is not None:
        keep &= dates <= pd.Timestamp(end)
    return events[keep].sort_values("date", kind="stable").reset_index(drop=True)[COLUMNS]
