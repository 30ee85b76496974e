"""One account's files together: rows of one table merged across files, daily reads from
per-channel traffic, one platform for all of them, and the accounts row they imply.

The loader calls these after reading every file of a folder (or of one ingest command);
nothing here reads a file.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from socialops.data import contract as C
from socialops.data.problems import Problem

if TYPE_CHECKING:
    from socialops.data.load import Part


def combine(parts: list[pd.DataFrame], table: str) -> pd.DataFrame:
    """Frames of one table from several files: rows with the same key merge, the later file's
    value winning and a blank never erasing a known value (metric-per-file downloads, overlaps)."""
    if len(parts) == 1:
        return parts[0]
    frame = pd.concat(parts, ignore_index=True)
    key = [k for k in C.TABLES[table].key if k in frame]
    if len(key) != len(C.TABLES[table].key) or frame[key].isna().any().any():
        return frame
    crossing = frame.duplicated(key, keep=False) & (frame.groupby(key, sort=False)["_file"].transform("nunique") > 1)
    if not crossing.any():
        return frame
    merged = frame[crossing].iloc[::-1].groupby(key, sort=False, as_index=False).first()  # last file first
    rest = frame[~crossing]
    return pd.concat([rest, merged[frame.columns]], ignore_index=True).sort_values(key, kind="stable").reset_index(drop=True)


def traffic_reads(traffic: pd.DataFrame) -> pd.DataFrame:
    """Daily reads from per-channel rows: the 全部 (all) row where there is one, else the channels' sum."""
    frame = traffic.dropna(subset=["reads"])
    total = frame[frame["channel"] == "all"]
    channels = frame[frame["channel"] != "all"]
    summed = channels.groupby(["account_id", "date"], as_index=False).agg(reads=("reads", "sum"), _file=("_file", "first"),
                                                                         _row=("_row", "first"))
    out = pd.concat([total[["account_id", "date", "reads", "_file", "_row"]],
                     summed[~summed.set_index(["account_id", "date"]).index.isin(total.set_index(["account_id", "date"]).index)]],
                    ignore_index=True)
    out["followers"] = float("nan")
    return out


def snapshots_of(posts: pd.DataFrame) -> pd.DataFrame:
    """A posts file's running totals as snapshots (post, when read, figures): the rows that say when they were read."""
    keep = ["post_id", "account_id", "captured_at", *(c for c in C.SNAPSHOT_FIGURES if c in posts),
            *(c for c in ("_file", "_row") if c in posts)]
    return posts.loc[posts["captured_at"].notna() & posts["post_id"].notna(), keep].reset_index(drop=True)


def platform_of(parts: list[Part], explicit: str | None, known: str | None) -> tuple[str | None, list[Problem]]:
    """The one platform of these exports: the formats' own, else --platform, else the account's."""
    declared = {p.platform for p in parts if p.platform and not p.skipped}
    problems = []
    if explicit:
        for part in parts:
            if part.platform and part.platform != explicit and not part.skipped:
                problems.append(Problem(part.where, f"this is a {part.label} export, a {part.platform} file; "
                                                    f"--platform {explicit} contradicts it"))
        return explicit, problems
    if len(declared) > 1:
        return None, [Problem(", ".join(sorted({p.file for p in parts if p.platform})),
                              f"these exports come from different platforms ({', '.join(sorted(declared))}); "
                              "one account has one platform: load each account's files separately")]
    return (declared.pop() if declared else known), problems


def register(account_id: str, platform: str | None, role: str, parts: list[Part],
              profiles: list[pd.DataFrame]) -> pd.DataFrame | None:
    """The accounts row an account's own exports imply: platform, display name and role."""
    if platform is None:
        return None
    row = {"account_id": account_id, "platform": platform, "role": role, "name": account_id}
    names = [p.account_name for p in parts if p.account_name]
    if names:
        row["name"] = max(set(names), key=names.count)
    users = [p.platform_user for p in parts if p.platform_user]
    if users:
        row["platform_user_id"] = max(set(users), key=users.count)
    for profile in profiles:
        first = profile.iloc[-1]
        for column in ("name", "verified", "bio", "created_on"):
            if column in profile and pd.notna(first.get(column)):
                row[column] = first[column]
    frame = pd.DataFrame([row])
    frame["_file"], frame["_row"] = "(registered from the exports)", 0
    return frame


def profile_for(frame: pd.DataFrame, uids: set[str]) -> pd.DataFrame | None:
    """A crawler's user file may list several users: the row of this account's posts files (``<uid>.csv``)."""
    if len(frame) <= 1:
        return frame
    if "platform_user_id" in frame and uids:
        mine = frame[frame["platform_user_id"].astype(str).isin(uids)]
        if len(mine):
            return mine
    return None
