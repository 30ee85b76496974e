"""Posts at the same age: each post's figures as they stood 24 hours and 7 days after it went out.

Lifetime totals favour old posts, and platforms freeze them at different ages (WeChat's article
detail stops at 7 days, Douyin keeps 30), so a post from yesterday cannot be weighed against one
from last month on its totals. The store keeps every reading of a post (``post_snapshots``); a
post's figure at an age is the reading taken at that age, else the straight line between the
readings either side of it when they are at most :data:`MAX_GAP_HOURS` apart. Never extrapolated,
and never from an assumed zero at publication: a post without readings either side has no figure.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

AGES = {"24h": 24.0, "7d": 168.0}   # the ages compared, in hours, by the names the metrics carry
MAX_GAP_HOURS = 24.0                 # readings further apart than a day say too little about the hours between
HOUR = pd.Timedelta(hours=1)


def _aged(snapshots: pd.DataFrame, published: pd.Series) -> pd.DataFrame:
    """Snapshots of the posts in ``published`` (post_id → publication time) with each reading's age in hours."""
    snaps = snapshots[snapshots["post_id"].isin(published.index)]
    age = (pd.to_datetime(snaps["captured_at"]) - snaps["post_id"].map(published)) / HOUR
    return snaps.assign(_age=age.to_numpy(dtype=float))[lambda f: f["_age"] >= 0].sort_values(["post_id", "_age"])


def at_age(snapshots: pd.DataFrame | None, published: pd.Series, hours: float, columns: list[str]) -> pd.DataFrame:
    """Each post's ``columns`` at ``hours`` after publication (indexed by post_id; NaN where its readings cannot say)."""
    out = pd.DataFrame(np.nan, index=published.index, columns=columns)
    if snapshots is None or snapshots.empty or published.empty:
        return out
    columns = [c for c in columns if c in snapshots]
    snaps = _aged(snapshots, published)
    before = snaps[snaps["_age"] <= hours].drop_duplicates("post_id", keep="last").set_index("post_id")
    after = snaps[snaps["_age"] >= hours].drop_duplicates("post_id", keep="first").set_index("post_id")
    both = before.index.intersection(after.index)
    gap = pd.to_datetime(after.loc[both, "captured_at"]) - pd.to_datetime(before.loc[both, "captured_at"])  # exact, unlike hours
    exact = before.index[before["_age"] == hours]
    spanned = gap.index[(gap > pd.Timedelta(0)) & (gap <= MAX_GAP_HOURS * HOUR)]
    share = (hours - before.loc[spanned, "_age"]) / (gap[spanned] / HOUR)
    for column in columns:
        low, high = before.loc[spanned, column], after.loc[spanned, column]
        out.loc[spanned, column] = low + (high - low) * share
        out.loc[exact, column] = before.loc[exact, column]
    return out


def last_read(posts: pd.DataFrame, snapshots: pd.DataFrame | None) -> pd.Series:
    """When each post's figures were last read (its latest snapshot, else the posts table's own time), by post_id."""
    latest = pd.Series(pd.NaT, index=posts["post_id"], dtype="datetime64[ns]")
    if "captured_at" in posts:
        latest = pd.Series(pd.to_datetime(posts["captured_at"]).to_numpy(), index=posts["post_id"])
    if snapshots is not None and len(snapshots):
        taken = pd.to_datetime(snapshots["captured_at"]).groupby(snapshots["post_id"]).max()
        latest = pd.concat([latest, taken.reindex(latest.index)], axis=1).max(axis=1)
    return latest


def age_when_read(posts: pd.DataFrame, snapshots: pd.DataFrame | None) -> pd.Series:
    """Each post's age in days when its figures were last read (NaN where the data never says when), by post_id."""
    published = pd.Series(pd.to_datetime(posts["published_at"]).to_numpy(), index=posts["post_id"])
    return (last_read(posts, snapshots) - published) / pd.Timedelta(days=1)
