"""What the weekly review says, as findings: each a key (worded in ``strings.py``) and its values."""
from __future__ import annotations

from socialops import metrics as M
from socialops.report.findings import Change, Count, Date, Finding, Join, Label, MetricValue, Moved, Num, Signed, Title, say
from socialops.workbooks.weekly_review.analysis import LEVELS, MOVERS, AccountsTable, AudienceLines, HotPosts, Targets, Trend

# The executive summary: what moved (up to three, in this order of weight), then what to do next.
SUMMARY_KEYS = ("weekly_review.freshness.stale", "weekly_review.hot_posts.found", "weekly_review.accounts.moved_most",
                "weekly_review.accounts.lost_followers")
ACTION_KEYS = ("weekly_review.audience.unanswered", "weekly_review.targets.behind", "weekly_review.targets.below",
               "weekly_review.freshness.stale")


def accounts_reading(at: AccountsTable) -> list[Finding]:
    """Which exports are stale, which account moved most, and which lost followers."""
    out = []
    for account in at.stale:
        last = at.table.loc[account, "last_day"]
        days = (at.period.end - last).days if last is not None else at.period.days
        out.append(say("weekly_review.freshness.stale", name=at.table.loc[account, "name"],
                       date=Date(last) if last is not None else "–", n=Count(days)))
    if not at.stale:
        out.append(say("weekly_review.freshness.all_fresh"))
    fresh = at.table[~at.table["stale"]]
    for _, row in fresh.iterrows():
        moved = [(abs(row[f"{m}_change_pct"]), m) for m in MOVERS if not M.is_missing(row[f"{m}_change_pct"])]
        if moved:
            _, metric = max(moved)
            out.append(say("weekly_review.accounts.moved_most", name=row["name"],
                           moved=Moved(metric, row[metric], row[f"{metric}_previous"], row[f"{metric}_change_pct"])))
            break  # the table is sorted by it: the first fresh account moved most
    for _, row in fresh.iterrows():
        if not M.is_missing(row["followers_net"]) and row["followers_net"] < 0:
            out.append(say("weekly_review.accounts.lost_followers", name=row["name"], net=Signed(row["followers_net"]),
                           avg=Signed(row["followers_net_baseline"])))
    for _, row in fresh.iterrows():
        if not M.is_missing(row["interactions_vs_baseline_pct"]):
            out.append(say("weekly_review.accounts.against_usual", name=row["name"],
                           v=MetricValue(row["interactions"], "interactions"), pct=Change(row["interactions_vs_baseline_pct"]),
                           avg=MetricValue(row["interactions_baseline"], "interactions")))
    return out


def hot_posts_reading(hp: HotPosts) -> list[Finding]:
    """The posts far above their account's usual, and the accounts too new or too quiet to judge."""
    out = [say("weekly_review.hot_posts.found", name=r["name"], title=Title(r["title"], 60), v=Count(r["interactions"]),
               mult=MetricValue(r["multiple"], "hot_multiple")) for _, r in hp.posts.head(3).iterrows()]
    if hp.posts.empty and hp.checked:
        out.append(say("weekly_review.hot_posts.none", k=Num(hp.k)))
    if hp.too_few:
        out.append(say("weekly_review.hot_posts.too_few", names=Join(tuple(hp.too_few))))
    return out


def targets_reading(tg: Targets) -> list[Finding]:
    """Each target: reached, missed, on track or behind, and what the rest of its period needs."""
    if tg.table.empty:
        return [say("weekly_review.targets.none")]
    out = []
    for r in tg.table.sort_values("status", key=lambda s: s.map({"behind": 0, "missed": 1}), kind="stable").itertuples():
        if r.status == "unknown":
            continue
        values = dict(name=r.name, metric=Label(r.metric, lower=True), period=r.period, actual=MetricValue(r.actual, r.metric),
                      target=MetricValue(r.target, r.metric), achieved=MetricValue(r.achieved, "achieved"))
        if r.status == "behind" and not M.is_missing(r.needed_per_day):
            out.append(say("weekly_review.targets.behind", days=Count(r.days_left),
                           need=MetricValue(r.needed_per_day, r.metric), **values))
        elif r.status == "behind":  # a level (followers, engagement rate) not reached yet
            out.append(say("weekly_review.targets.below", **values))
        elif r.status == "on_track" and r.metric in LEVELS:
            out.append(say("weekly_review.targets.level_met", **values))
        elif r.status == "on_track":
            out.append(say("weekly_review.targets.on_track", **values))
        elif r.status == "achieved":
            out.append(say("weekly_review.targets.achieved", **values))
        else:
            out.append(say("weekly_review.targets.missed", **values))
    return out


def trend_reading(tr: Trend) -> list[Finding]:
    """How many events the chart marks (the table under it says what each was)."""
    if tr.events.empty:
        return [say("weekly_review.trend.no_events")]
    return [say("weekly_review.trend.events", n=Count(len(tr.events)))]


def audience_reading(al: AudienceLines) -> list[Finding]:
    """The complaints waiting too long, net sentiment that fell, and the accounts whose comments were not crawled."""
    table = al.table
    heard = table[table["audience_comments"].notna()]
    if heard.empty:
        return [say("weekly_review.audience.none")]
    out = []
    for _, r in heard.iterrows():
        if not M.is_missing(r["unanswered_complaints"]) and r["unanswered_complaints"] > 0:
            out.append(say("weekly_review.audience.unanswered", name=r["name"], n=Count(r["unanswered_complaints"]),
                           hours=Num(al.hours, 0)))
    for _, r in heard.iterrows():
        if not M.is_missing(r["nsr"]) and not M.is_missing(r["nsr_previous"]) and r["nsr"] < r["nsr_previous"]:
            out.append(say("weekly_review.audience.nsr_fell", name=r["name"], nsr=MetricValue(r["nsr"], "nsr"),
                           previous=MetricValue(r["nsr_previous"], "nsr")))
    missing = [str(r["name"]) for _, r in table.iterrows() if M.is_missing(r["audience_comments"])]
    if missing:
        out.append(say("weekly_review.audience.not_crawled", names=Join(tuple(missing))))
    return out

