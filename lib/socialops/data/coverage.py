"""What an account's data cannot support, said in the report instead of left to a blank.

Platform exports differ in what they carry: crawled posts have no reads, some back ends
give publish dates without times, some daily downloads have no follower total, some post
exports lack comments or likes. Each gap becomes a :class:`Notice` in the report's intro,
computed from the data itself, so it holds for a folder and for the history store alike.
"""
from __future__ import annotations

import pandas as pd

from socialops.data import contract as C
from socialops.data.problems import Notice


def _known(frame: pd.DataFrame | None, column: str) -> bool:
    return frame is not None and column in frame and frame[column].notna().any()


def coverage_notices(tables: dict[str, pd.DataFrame], account_id: str) -> list[Notice]:
    """Notices about what ``account_id``'s posts and daily log do not carry."""
    def rows(name: str) -> pd.DataFrame | None:
        frame = tables.get(name)
        return None if frame is None or "account_id" not in frame else frame[frame["account_id"] == account_id]

    posts, daily = rows("posts"), rows("daily")
    out: list[Notice] = []
    if posts is not None and len(posts):
        if not _known(posts, "reads"):
            out.append(Notice("note_no_reads", {account_id}))
        parts = [p for p in C.INTERACTIONS if _known(posts, p)]
        missing = [p for p in C.INTERACTIONS if p not in parts]
        if parts and missing:
            out.append(Notice("note_engagement_parts", {account_id}, parts=tuple(parts), missing=tuple(missing)))
        if "published_date_only" in posts and posts["published_date_only"].fillna(False).astype(bool).all():
            out.append(Notice("note_dates_only", {account_id}))
        if _known(posts, "approximate"):
            rounded = posts["approximate"].dropna()
            columns = sorted({c for cell in rounded for c in str(cell).split(";") if c})
            out.append(Notice("note_rounded", {account_id}, count=len(rounded), columns=tuple(columns)))
    if daily is not None and len(daily) and not _known(daily, "followers"):
        out.append(Notice("notice_no_follower_totals", {account_id}))
    return out


def last_day(daily: pd.DataFrame | None, posts: pd.DataFrame | None, account: str) -> pd.Timestamp | None:
    """The last day the account's exports cover: its daily log's last day, else its last post's."""
    for frame, column in ((daily, "date"), (posts, "published_at")):
        if frame is not None and not frame.empty:
            dates = pd.to_datetime(frame.loc[frame["account_id"] == account, column]).dropna()
            if len(dates):
                return dates.max().normalize()
    return None
