"""Content performance: which posts work, why, and when to publish.

DataFrames in, dataclasses out; no I/O and no plotting. Start with :func:`enrich`, which
adds the per-post engagement figures every other function reads.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from socialops import ages as A
from socialops import metrics as M
from socialops import platforms as P
from socialops.data import contract as C
from socialops.data.events import events_for
from socialops.data.periods import Period

INTERACTIONS = C.INTERACTIONS
TOTALS = ("posts", "reads", "reposts", "comments", "likes", "favorites", "follows", "orders")
AVERAGES = ("avg_reads_per_post", "avg_reposts_per_post", "avg_comments_per_post", "interactions_per_post",
            "engagement_rate", "engagement_per_1k_followers")
READS_TIERS = (0, 1_000, 5_000, 10_000, 50_000, 100_000, np.inf)
READS_TIER_LABELS = ("< 1k", "1k–5k", "5k–10k", "10k–50k", "50k–100k", "≥ 100k (10万+)")
REPOST_TIERS = (0, 10, 50, 100, 500, 1_000, np.inf)
REPOST_TIER_LABELS = ("0–9", "10–49", "50–99", "100–499", "500–999", "≥ 1,000")
MIN_GROUP_POSTS = 5      # fewer posts: shown, never called a winner
MIN_SLOT_POSTS = 3       # fewer posts in a weekday x hour cell: not recommended
BREAKOUT_Z = 3.0         # standard deviations above the period mean
BOOTSTRAP_SAMPLES = 1000


# ---------------------------------------------------------------- per-post figures

def enrich(posts: pd.DataFrame | None, daily: pd.DataFrame | None = None, platform: str | None = None) -> pd.DataFrame:
    """Posts with ``interactions``, ``engagement_rate``, ``followers_at_post`` and ``engagement_per_1k``.

    Interactions = what ``platform`` counts (:data:`metrics.INTERACTION_PARTS`; reposts + comments + likes
    where the platform is not known), those present; unknown when none is.
    Engagement rate = interactions / reads. Followers at post = the account's followers
    at the close of the publishing day (the latest earlier day if that day is missing).
    """
    if posts is None:
        posts = pd.DataFrame(columns=["post_id", "account_id", "published_at"])
    out = posts.copy()
    out["published_at"] = pd.to_datetime(out["published_at"])
    out["interactions"] = M.interactions(out, M.interaction_parts(platform))
    if "reads" not in out:
        out["reads"] = np.nan
    if "reads_lower_bound" not in out:
        out["reads_lower_bound"] = False
    out["reads_lower_bound"] = out["reads_lower_bound"].fillna(False).astype(bool)
    reads = out["reads"].where(out["reads"] > 0)
    out["engagement_rate"] = out["interactions"] / reads
    out["followers_at_post"] = _followers_at(out, daily)
    out["engagement_per_1k"] = M.engagement_per_1k(out)
    return out


def _followers_at(posts: pd.DataFrame, daily: pd.DataFrame | None) -> pd.Series:
    if daily is None or daily.empty or posts.empty:
        return pd.Series(np.nan, index=posts.index)
    log = daily.dropna(subset=["followers"])[["account_id", "date", "followers"]].sort_values("date")
    left = posts[["account_id"]].assign(day=posts["published_at"].dt.normalize(), _i=posts.index)
    left = left.sort_values("day")
    merged = pd.merge_asof(left, log.rename(columns={"date": "day"}), on="day", by="account_id", direction="backward")
    return merged.set_index("_i")["followers"].reindex(posts.index)


def in_period(posts: pd.DataFrame, period: Period) -> pd.DataFrame:
    return posts[period.mask(posts["published_at"])]


# What posts are judged by, and the per-post column that holds it.
MEASURE_COLUMNS = {"engagement_rate": "engagement_rate", "interactions_per_post": "interactions"}


def measure_of(posts: pd.DataFrame) -> str:
    """Engagement rate where the posts carry reads; else interactions per post (crawled exports see no reads), so
    every section still ranks and compares posts, and says on what."""
    rated = "engagement_rate" in posts and posts["engagement_rate"].notna().any()
    return "engagement_rate" if rated else "interactions_per_post"


@M.defines("interactions_per_post", "Interactions per post", "条均互动",
           "Interactions ÷ posts with them (interactions as the platform counts them); what posts are judged by where "
           "the export gives no reads", "互动数 ÷ 有互动数据的内容数（互动按平台口径）；导出数据没有阅读数时，以此衡量内容",
           "posts: the platform's interactions", "number", 1)
def interactions_per_post(posts: pd.DataFrame) -> float | None:
    """The period's interactions per post, over the posts whose interactions are known."""
    known = posts["interactions"].dropna()
    return M.per_post(M.total(known), len(known))


# ---------------------------------------------------------------- 1. overview

def period_figures(posts: pd.DataFrame) -> dict[str, dict[str, float | None]]:
    """Totals, means and medians of one period's posts (``posts`` already enriched and filtered)."""
    figures: dict[str, dict[str, float | None]] = {"posts": {"value": float(len(posts)), "median": None}}
    for name in TOTALS[1:]:
        figures[name] = {"value": M.total(posts[name]) if name in posts else None, "median": None}
    for name, column in (("avg_reads_per_post", "reads"), ("avg_reposts_per_post", "reposts"),
                         ("avg_comments_per_post", "comments")):
        values = posts[column].dropna() if column in posts else pd.Series(dtype=float)
        figures[name] = {"value": M.per_post(M.total(values), len(values)),
                         "median": None if values.empty else float(values.median())}
    interactions = posts["interactions"].dropna()
    figures["interactions_per_post"] = {"value": interactions_per_post(posts),
                                        "median": float(interactions.median()) if len(interactions) else None}
    rated = posts.dropna(subset=["engagement_rate"])
    figures["engagement_rate"] = {
        "value": M.engagement_rate(posts),
        "median": float(rated["engagement_rate"].median()) if len(rated) else None}
    per_1k = posts["engagement_per_1k"].dropna()
    figures["engagement_per_1k_followers"] = {"value": M.engagement_per_1k_followers(posts),
                                              "median": float(per_1k.median()) if len(per_1k) else None}
    return figures


@dataclass
class ContentOverview:
    table: pd.DataFrame   # index metric: current, previous, change (in the metric's unit), change_pct, median, median_previous
    period: Period
    previous: Period
    lower_bound_reads: int  # posts whose reads are a lower bound (10万+): sums are "at least"
    parts: tuple[str, ...] = INTERACTIONS  # the interactions the export carries (engagement is made of these)
    expected: tuple[str, ...] = INTERACTIONS  # what the platform counts as an interaction
    interactions: float | None = None         # the period's interactions, of the parts the export carries

    def value(self, metric: str, column: str = "current") -> float | None:
        v = self.table.loc[metric, column]
        return None if M.is_missing(v) else float(v)


def overview(posts: pd.DataFrame, period: Period, previous: Period | None = None,
             platform: str | None = None) -> ContentOverview:
    """The period's content figures beside the previous period's, with medians beside means."""
    previous = previous or period.previous()
    now_posts = in_period(posts, period)
    now, before = period_figures(now_posts), period_figures(in_period(posts, previous))
    rows = []
    for name in (*TOTALS, *AVERAGES):
        cur, prev = now[name]["value"], before[name]["value"]
        known = not (M.is_missing(cur) or M.is_missing(prev))
        rows.append({"metric": name, "current": cur, "previous": prev, "change": cur - prev if known else np.nan,
                     "change_pct": M.change_pct(cur, prev),
                     "median": now[name]["median"], "median_previous": before[name]["median"]})
    lower = int(now_posts["reads_lower_bound"].sum()) if len(now_posts) else 0
    expected = M.interaction_parts(platform)
    parts = tuple(c for c in expected if c in posts and posts[c].notna().any())
    return ContentOverview(pd.DataFrame(rows).set_index("metric"), period, previous, lower, parts, expected,
                           M.total(now_posts["interactions"]) if len(now_posts) else None)


# ---------------------------------------------------------------- 1b. the platform's own signals

@dataclass
class PlatformSignals:
    platform: str | None
    table: pd.DataFrame          # index signal: current, previous, change, change_pct, median, posts
    missing: tuple[str, ...]     # the platform's signals the export does not carry
    period: Period
    previous: Period
    openings: dict[str, pd.DataFrame] = field(default_factory=dict)  # dimension -> group, posts, 5 s completion, 2 s bounce
    best_openings: pd.DataFrame = field(default_factory=pd.DataFrame)   # the videos whose first seconds held best
    worst_openings: pd.DataFrame = field(default_factory=pd.DataFrame)


DURATION_BANDS = (0, 15, 60, 180, np.inf)
DURATION_LABELS = ("< 15 s", "15–60 s", "1–3 min", "> 3 min")
OPENINGS_SHOWN = 3


def openings(posts: pd.DataFrame) -> tuple[dict[str, pd.DataFrame], pd.DataFrame, pd.DataFrame]:
    """How the first seconds of videos hold, by the platform's format, topic and length: 5 s completion and 2 s
    bounce weighted by plays per group; the videos with the strongest and the weakest openings."""
    if "completion_5s_rate" not in posts or posts["completion_5s_rate"].notna().sum() == 0:
        return {}, pd.DataFrame(), pd.DataFrame()
    videos = P.prepare(posts.dropna(subset=["completion_5s_rate"]))
    if "duration_seconds" in videos and videos["duration_seconds"].notna().any():
        videos["duration_band"] = pd.cut(videos["duration_seconds"], list(DURATION_BANDS), labels=list(DURATION_LABELS), right=False)
    held, left = P.SIGNALS["completion_5s_rate"], P.SIGNALS["bounce_2s_rate"]
    groups = {}
    for dimension in ("format_label", "topic", "duration_band"):
        if dimension in videos and videos[dimension].notna().any():
            rows = [{"group": str(g), "posts": len(part), "completion_5s_rate": held.period(part), "bounce_2s_rate": left.period(part)}
                    for g, part in videos.dropna(subset=[dimension]).groupby(dimension, observed=True, sort=True)]
            groups[dimension] = pd.DataFrame(rows).sort_values("completion_5s_rate", ascending=False, na_position="last")
    columns = [c for c in ("post_id", "title", "published_at", "reads", "completion_5s_rate", "bounce_2s_rate") if c in videos]
    ranked = videos.sort_values("completion_5s_rate", ascending=False)[columns]
    shown = min(OPENINGS_SHOWN, len(ranked) // 2)
    return groups, ranked.head(shown).reset_index(drop=True), ranked.tail(shown).iloc[::-1].reset_index(drop=True)


def platform_signals(posts: pd.DataFrame, period: Period, platform: str | None,
                     previous: Period | None = None) -> PlatformSignals:
    """The figures ``platform``'s back end judges content by, this period and the previous one: rates weighted
    by the base they apply to (they equal the platform's own totals), medians per post beside them."""
    previous = previous or period.previous()
    names = P.signal_set(platform)
    now_posts = in_period(posts, period)
    now, before = P.figures(now_posts, names), P.figures(in_period(posts, previous), names)
    table = now.rename(columns={"value": "current"}).assign(previous=before["value"])
    known = table["current"].notna() & table["previous"].notna()
    table["change"] = (table["current"] - table["previous"]).where(known)
    table["change_pct"] = [M.change_pct(c, p) for c, p in zip(table["current"], table["previous"])]
    carried = table["posts"] > 0
    groups, best, worst = openings(now_posts)
    return PlatformSignals(platform, table[carried][["current", "previous", "change", "change_pct", "median", "posts"]],
                           tuple(table.index[~carried]), period, previous, groups, best, worst)


# ---------------------------------------------------------------- 1c. where reads come from

@dataclass
class TrafficSources:
    table: pd.DataFrame       # index channel: reads, share, previous_share, change (in fractions), best first
    weekly: pd.DataFrame      # week start x channel: share of that week's reads
    period: Period
    previous: Period
    has_table: bool           # False: the data has no traffic table (流量分析) for the account
    recommended: float | None = None           # the recommendation's share of reads (recommended_share)
    recommended_previous: float | None = None  # the same in the previous period


@M.defines("recommended_share", "Recommendation share", "推荐流量占比",
           "Reads from the platform's recommendation (推荐/看一看) ÷ reads from every channel: the algorithm's verdict",
           "来自平台推荐（推荐/看一看）的阅读 ÷ 各渠道阅读之和：算法对内容的评价", "traffic.reads by channel", "percent", 1)
def recommended_share(table: pd.DataFrame) -> float | None:
    """The share of reads the platform's recommendation brought (``table``: reads by channel)."""
    return float(table.loc["recommended", "share"]) if "recommended" in table.index and table["reads"].sum() else None


def traffic_sources(traffic: pd.DataFrame | None, period: Period, previous: Period | None = None) -> TrafficSources:
    """Reads by channel this period against the previous one, and week by week; the channel "all" (全部) is a
    total, not a channel, and is left out of the shares."""
    previous = previous or period.previous()
    empty = pd.DataFrame(columns=["reads", "share", "previous_share", "change"])
    if traffic is None or traffic.empty or "reads" not in traffic:
        return TrafficSources(empty, pd.DataFrame(), period, previous, False)
    channels = traffic[traffic["channel"] != "all"].assign(date=lambda f: pd.to_datetime(f["date"]))

    def shares(rows: pd.DataFrame) -> pd.DataFrame:
        reads = rows.groupby("channel")["reads"].sum(min_count=1).dropna()
        total = reads.sum()
        return pd.DataFrame({"reads": reads, "share": reads / total if total else np.nan})

    now = shares(channels[period.mask(channels["date"])])
    before = shares(channels[previous.mask(channels["date"])])
    table = now.assign(previous_share=before["share"].reindex(now.index))
    table["change"] = table["share"] - table["previous_share"]
    table = table.sort_values("reads", ascending=False)
    shares_now, shares_before = recommended_share(now), recommended_share(before)
    recent = channels[(channels["date"] > period.end - pd.Timedelta(days=56)) & (channels["date"] <= period.end)]
    week = recent["date"] - pd.to_timedelta(recent["date"].dt.day_of_week, unit="D")
    weekly = recent.assign(week=week).pivot_table(index="week", columns="channel", values="reads", aggfunc="sum")
    weekly = weekly.div(weekly.sum(axis=1), axis=0) if len(weekly) else weekly
    return TrafficSources(table, weekly, period, previous, True, shares_now, shares_before)


# ---------------------------------------------------------------- 2. tiers

@dataclass
class Tiers:
    reads: pd.DataFrame    # tier, posts, share_posts, interactions, share_interactions, lower_bounds
    reposts: pd.DataFrame
    posts: int


def _tier_table(posts: pd.DataFrame, column: str, edges, labels) -> pd.DataFrame:
    known = posts.dropna(subset=[column]) if column in posts else posts.iloc[0:0].assign(**{column: np.nan})
    tier = pd.cut(known[column], bins=list(edges), labels=list(labels), right=False)
    grouped = known.assign(tier=tier).groupby("tier", observed=False)
    table = pd.DataFrame({
        "posts": grouped.size(),
        "interactions": grouped["interactions"].sum(min_count=1).fillna(0),
        "lower_bounds": grouped["reads_lower_bound"].sum().astype(int),
    }).reindex(list(labels)).fillna(0)
    total_posts, total_inter = table["posts"].sum(), table["interactions"].sum()
    table["share_posts"] = table["posts"] / total_posts if total_posts else np.nan
    table["share_interactions"] = table["interactions"] / total_inter if total_inter else np.nan
    table.index.name = "tier"
    return table.reset_index()[["tier", "posts", "share_posts", "interactions", "share_interactions", "lower_bounds"]]


@M.defines("reads_tier", "Reads tier (档位)", "阅读档位",
           "Posts bucketed by reads: < 1k, 1k–5k, 5k–10k, 10k–50k, 50k–100k, ≥ 100k; 10万+ counts as 100,001, a lower bound",
           "按阅读数分档：<1千、1千–5千、5千–1万、1万–5万、5万–10万、≥10万；“10万+”按 100,001 计（下限）", "posts.reads")
@M.defines("reposts_tier", "Reposts tier (档位)", "转发档位", "Posts bucketed by reposts: 0–9, 10–49, 50–99, 100–499, 500–999, ≥ 1,000",
           "按转发数分档：0–9、10–49、50–99、100–499、500–999、≥1000", "posts.reposts")
def tiers(posts: pd.DataFrame) -> Tiers:
    """Posts bucketed by reads and by reposts (档位): counts, shares, and the engagement each tier carries.

    Reads recorded as 10万+ are 100,001 (a lower bound): they land in the top tier and
    the tier counts them in ``lower_bounds``.
    """
    return Tiers(_tier_table(posts, "reads", READS_TIERS, READS_TIER_LABELS),
                 _tier_table(posts, "reposts", REPOST_TIERS, REPOST_TIER_LABELS), len(posts))


# ---------------------------------------------------------------- 3. best and worst

POST_COLUMNS = ["post_id", "title", "format", "topic", "published_at", "reads", "interactions",
                "engagement_rate", "reads_lower_bound"]


@dataclass
class TopPosts:
    best_by_rate: pd.DataFrame
    worst_by_rate: pd.DataFrame
    best_by_reads: pd.DataFrame
    worst_by_reads: pd.DataFrame
    median_rate: float | None     # the account's usual (median over all its posts) on the measure
    median_reads: float | None
    measure: str = "engagement_rate"  # what best_by_rate and worst_by_rate rank by (interactions_per_post without reads)


@M.defines("multiple_of_median", "× median", "相对中位数倍数",
           "The post's figure ÷ the account's median over all its posts in the data",
           "该条数值 ÷ 账号全部内容的中位数", "posts")
def top_posts(posts: pd.DataFrame, history: pd.DataFrame, top_n: int = 10) -> TopPosts:
    """Best and worst ``top_n`` posts of the period by engagement rate (by interactions where no post carries
    reads) and by reads. ``multiple`` compares each with the account's median over its whole history.
    """
    measure = measure_of(posts)
    column = MEASURE_COLUMNS[measure]
    median_rate = history[column].median() if history[column].notna().any() else None
    median_reads = history["reads"].median() if history["reads"].notna().any() else None
    columns = [c for c in POST_COLUMNS if c in posts]

    def pick(column: str, baseline, best: bool) -> pd.DataFrame:
        known = posts.dropna(subset=[column])
        chosen = known.nlargest(top_n, column) if best else known.nsmallest(top_n, column)
        chosen = chosen[columns].copy()
        chosen["multiple"] = chosen[column] / baseline if baseline else np.nan
        return chosen.reset_index(drop=True)

    return TopPosts(pick(column, median_rate, True), pick(column, median_rate, False),
                    pick("reads", median_reads, True), pick("reads", median_reads, False),
                    None if median_rate is None else float(median_rate),
                    None if median_reads is None else float(median_reads), measure)


# ---------------------------------------------------------------- 3b. posts at the same age

@dataclass
class SameAge:
    table: pd.DataFrame     # index age (24h, 7d): posts, aged (with the figure), young (too young for it when last read),
                            # reads (median), engagement_rate (weighted); previous_* the same for the previous period
    leaders: pd.DataFrame   # the period's fastest starts: title, published_at, reads_24h, reads_7d, reads, age_days, multiple
    period: Period
    previous: Period
    posts: int              # the period's posts
    read_before: int        # of them, posts with a reading before their last (snapshots to compare at the same age)
    ages: tuple[float, float] | None  # youngest and oldest the period's posts were when last read (days); None: never said
    undated: int            # the period's posts whose data never says when it was read
    youngest_at_end: float | None = None  # without times of reading: the posts' ages at the period's end (lower bounds)
    oldest_at_end: float | None = None


@M.defines("reads_24h", "Reads at 24 h (median post)", "24 小时阅读（中位数）",
           "Each post's reads 24 hours after publication, read off its snapshots (interpolated between readings at most "
           f"{A.MAX_GAP_HOURS:g} h apart); the median over the posts that have it",
           f"每条内容发布 24 小时时的阅读数，取自数据快照（相距不超过 {A.MAX_GAP_HOURS:g} 小时的两次读数间按直线插值）；取有该值内容的中位数",
           "post_snapshots.reads, captured_at; posts.published_at")
@M.defines("reads_7d", "Reads at 7 days (median post)", "7 天阅读（中位数）",
           f"Each post's reads 7 days after publication, from its snapshots (interpolated between readings at most {A.MAX_GAP_HOURS:g} h "
           "apart); the median over the posts that have it",
           f"每条内容发布 7 天时的阅读数，取自数据快照（相距不超过 {A.MAX_GAP_HOURS:g} 小时的读数间插值）；取有该值内容的中位数",
           "post_snapshots.reads, captured_at; posts.published_at")
@M.defines("engagement_rate_24h", "Engagement rate at 24 h", "24 小时互动率",
           "Interactions ÷ reads, both as they stood 24 hours after publication, over the posts with both",
           "发布 24 小时时的互动 ÷ 阅读（仅统计两者都有的内容）", "post_snapshots: the platform's interactions, reads", "percent", 2)
@M.defines("engagement_rate_7d", "Engagement rate at 7 days", "7 天互动率",
           "Interactions ÷ reads, both as they stood 7 days after publication, over the posts with both",
           "发布 7 天时的互动 ÷ 阅读（仅统计两者都有的内容）", "post_snapshots: the platform's interactions, reads", "percent", 2)
def figures_at_age(posts: pd.DataFrame, snapshots: pd.DataFrame | None, hours: float, platform: str | None) -> pd.DataFrame:
    """Each post's reads, interactions and engagement rate ``hours`` after it went out (by post_id; NaN where unknown)."""
    parts = list(M.interaction_parts(platform))
    published = pd.Series(pd.to_datetime(posts["published_at"]).to_numpy(), index=posts["post_id"])
    figures = A.at_age(snapshots, published, hours, ["reads", *parts])
    figures["interactions"] = M.interactions(figures, tuple(parts))
    figures["engagement_rate"] = figures["interactions"] / figures["reads"].where(figures["reads"] > 0)
    return figures


def _age_row(figures: pd.DataFrame, age_days: pd.Series, hours: float) -> dict:
    rated = figures.dropna(subset=["engagement_rate"])
    reads = rated["reads"].sum()
    young = age_days.reindex(figures.index) < hours / 24
    return {"posts": len(figures), "aged": int(figures["reads"].notna().sum()), "young": int((young & figures["reads"].isna()).sum()),
            "reads": figures["reads"].median() if figures["reads"].notna().any() else np.nan,
            "engagement_rate": rated["interactions"].sum() / reads if reads else np.nan}


def same_age(posts: pd.DataFrame, snapshots: pd.DataFrame | None, period: Period, previous: Period | None = None,
             platform: str | None = None, top_n: int = 5) -> SameAge:
    """The period's posts against the previous period's at the same ages (24 h, 7 days), and the fastest starts;
    how old the posts were when their lifetime totals (every other section) were read."""
    previous = previous or period.previous()
    now, before = in_period(posts, period), in_period(posts, previous)
    rows, at = {}, {}
    age_now, age_before = A.age_when_read(now, snapshots), A.age_when_read(before, snapshots)
    for name, hours in A.AGES.items():
        at[name] = figures_at_age(now, snapshots, hours, platform)  # read once: the fastest starts use them too
        row = _age_row(at[name], age_now, hours)
        row.update({f"previous_{k}": v for k, v in
                    _age_row(figures_at_age(before, snapshots, hours, platform), age_before, hours).items()})
        rows[name] = row
    table = pd.DataFrame.from_dict(rows, orient="index")
    age = age_now.to_numpy(dtype=float)
    known = age[~np.isnan(age)]
    readings = 0 if snapshots is None or now.empty else int(
        snapshots[snapshots["post_id"].isin(now["post_id"])].groupby("post_id").size().gt(1).sum())
    at_end = (period.end + pd.Timedelta(days=1) - pd.to_datetime(now["published_at"])) / pd.Timedelta(days=1)
    return SameAge(table, _leaders(now, at["24h"], at["7d"], age_now, top_n), period, previous, len(now), readings,
                   (float(known.min()), float(known.max())) if len(known) else None, int(np.isnan(age).sum()),
                   float(at_end.min()) if len(now) else None, float(at_end.max()) if len(now) else None)


def _leaders(now: pd.DataFrame, day: pd.DataFrame, week: pd.DataFrame, age_days: pd.Series, top_n: int) -> pd.DataFrame:
    """The period's posts with the most reads in their first 24 hours (``day``; ``week``: at 7 days), with their
    7-day and lifetime reads and their age when last read."""
    table = now.set_index("post_id")[[c for c in ("title", "published_at", "reads", "reads_lower_bound") if c in now]].assign(
        reads_24h=day["reads"], engagement_rate_24h=day["engagement_rate"], reads_7d=week["reads"], age_days=age_days)
    median = table["reads_24h"].median()
    table["multiple"] = table["reads_24h"] / median if median else np.nan
    return table.dropna(subset=["reads_24h"]).nlargest(top_n, "reads_24h").reset_index()


# ---------------------------------------------------------------- 4. what works

@M.defines("median_interval", "95% interval", "95% 区间",
           f"Percentile bootstrap ({BOOTSTRAP_SAMPLES:,} resamples) of the group's median engagement rate; groups under {MIN_GROUP_POSTS} posts "
           "are never called winners",
           f"组内互动率中位数的自助法区间（{BOOTSTRAP_SAMPLES} 次重抽样）；少于 {MIN_GROUP_POSTS} 条的组不评为最佳", "posts")
def bootstrap_median_ci(values, samples: int = BOOTSTRAP_SAMPLES, seed: int = 0,
                        level: float = 0.95) -> tuple[float, float]:
    """A percentile bootstrap interval for the median (seeded: the same data gives the same interval)."""
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    if len(values) == 0:
        return (np.nan, np.nan)
    if len(values) == 1:
        return (float(values[0]), float(values[0]))
    rng = np.random.default_rng(seed)
    medians = np.median(rng.choice(values, size=(samples, len(values)), replace=True), axis=1)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(medians, [tail, 100 - tail])
    return float(low), float(high)


@dataclass
class WhatWorks:
    groups: dict[str, pd.DataFrame]   # dimension -> group, posts, median_rate, ci_low, ci_high, enough
    overall_median: float | None
    winners: dict[str, str | None]    # dimension -> group that clearly leads, if any
    headline_read_rate: float | None  # WeChat: mean of headline reads / followers on the day
    headline_posts: int
    posts: int = 0                    # posts in the period
    headline_read_rate_previous: float | None = None  # the same over the previous period's headlines
    measure: str = "engagement_rate"  # what median_rate holds (interactions_per_post where no post carries reads)


def _compare(posts: pd.DataFrame, column: str, overall: float | None, min_posts: int,
             values: str = "engagement_rate") -> tuple[pd.DataFrame, str | None]:
    rows = []
    for group, part in posts.dropna(subset=[column]).groupby(column, sort=True):
        rates = part[values].dropna()
        low, high = bootstrap_median_ci(rates.to_numpy(), seed=len(rates))
        rows.append({"group": group, "posts": len(part), "rated": len(rates),
                     "median_rate": float(rates.median()) if len(rates) else np.nan,
                     "ci_low": low, "ci_high": high, "enough": len(rates) >= min_posts})
    table = pd.DataFrame(rows, columns=["group", "posts", "rated", "median_rate", "ci_low", "ci_high", "enough"])
    table = table.sort_values("median_rate", ascending=False, na_position="last").reset_index(drop=True)
    eligible = table[table["enough"]]
    winner = None
    if len(eligible) >= 2 and overall is not None and eligible["ci_low"].iloc[0] > overall:
        winner = eligible["group"].iloc[0]
    return table, winner


def what_works(posts: pd.DataFrame, previous: pd.DataFrame | None = None, min_posts: int = MIN_GROUP_POSTS) -> WhatWorks:
    """Format, topic and headline slot compared on median engagement rate, with bootstrap intervals.

    A group "clearly leads" only with enough posts and an interval wholly above the
    period's overall median. ``previous``: the previous period's posts, for the headline read rate's change.
    """
    measure = measure_of(posts)
    rated = posts[MEASURE_COLUMNS[measure]].dropna()
    overall = float(rated.median()) if len(rated) else None
    groups, winners = {}, {}
    for column in ("format", "topic", "is_headline"):
        if column in posts and posts[column].notna().any():
            data = posts
            if column == "is_headline":
                data = posts.assign(is_headline=posts["is_headline"].map({True: "headline", False: "secondary"}))
            groups[column], winners[column] = _compare(data, column, overall, min_posts, MEASURE_COLUMNS[measure])
    heads = _headlines(posts)
    before = headline_read_rate(_headlines(previous)) if previous is not None else None
    return WhatWorks(groups, overall, winners, headline_read_rate(heads), len(heads), len(posts), before, measure)


def _headlines(posts: pd.DataFrame) -> pd.DataFrame:
    return posts[posts["is_headline"].fillna(False).astype(bool)] if "is_headline" in posts else posts.iloc[0:0]


@M.defines("headline_read_rate", "Headline read rate", "头条阅读率",
           "WeChat: mean over headline posts of reads ÷ followers on the day of publishing",
           "微信：各头条阅读数 ÷ 发布当日粉丝数 的平均值", "posts.reads, is_headline; daily.followers", "percent", 2)
def headline_read_rate(headlines: pd.DataFrame) -> float | None:
    """WeChat: how much of the audience the headline slot reaches, as the platform's 头条阅读率."""
    if headlines.empty:
        return None
    rates = (headlines["reads"] / headlines["followers_at_post"].where(headlines["followers_at_post"] > 0)).dropna()
    return float(rates.mean()) if len(rates) else None


# ---------------------------------------------------------------- 4b. tags and mentions

HASHTAG = r"#([^#\s][^#\n]{0,40}?)#"             # Weibo's #话题# (a double hash around the topic)
MENTION = r"@([\w\u4e00-\u9fff·-]{1,30})"          # @user, up to a space or punctuation
LIST_SEPARATORS = r"[;,，、]"


@dataclass
class TagEffects:
    tags: pd.DataFrame        # tag, posts, median_with, median_without, ci_low, ci_high, enough (most posts first)
    mentions: pd.DataFrame    # the same for @-mentioned users
    measure: str              # "engagement_rate", or "interactions_per_post" where the export gives no reads
    overall: float | None     # the account's median post on the measure
    tagged: int               # posts with at least one tag (each counted once, however many tags it has)
    posts: int


def post_tags(posts: pd.DataFrame) -> pd.Series:
    """Each post's set of topics: the export's tag list (tags, tag_list) and the #话题# in its title or text."""
    return _named_in(posts, "tags", HASHTAG, "#")


def post_mentions(posts: pd.DataFrame) -> pd.Series:
    """Each post's @-mentioned users: the export's list (mentioned_users) and the @names in its title or text."""
    return _named_in(posts, "mentioned_users", MENTION, "@")


def _named_in(posts: pd.DataFrame, listed_in: str, written_as: str, mark: str) -> pd.Series:
    """Per post, the set of names in column ``listed_in`` (a ;/,-separated list) and in the title by ``written_as``."""
    sources = []
    if listed_in in posts:
        sources.append(posts[listed_in].fillna("").astype(str).str.split(LIST_SEPARATORS))
    if "title" in posts:
        sources.append(posts["title"].fillna("").astype(str).str.findall(written_as))
    found = [frozenset(n.strip().strip(mark) for source in sources for n in source.iloc[i] if n.strip().strip(mark))
             for i in range(len(posts))]
    return pd.Series(found, index=posts.index, dtype=object)


@M.defines("tag_effect", "Posts with the tag (median)", "含该话题内容（中位数）",
           f"Median over the posts carrying the tag (each post once, whatever else it carries) of the engagement rate, or of "
           f"interactions per post where the export gives no reads; {BOOTSTRAP_SAMPLES:,}-resample bootstrap interval; "
           f"tags on fewer than {MIN_GROUP_POSTS} posts are shown but never called winners",
           f"带该话题的内容（每条只计一次）的互动率中位数；无阅读数时用单条互动数；{BOOTSTRAP_SAMPLES} 次自助法区间；"
           f"少于 {MIN_GROUP_POSTS} 条的话题只展示、不评优", "posts.tags, mentioned_users, title", "percent", 2)
def tag_effects(posts: pd.DataFrame, min_posts: int = MIN_GROUP_POSTS, most: int = 15) -> TagEffects:
    """Engagement with and without each tag and each @-mention, against the account's median post."""
    measure = measure_of(posts)
    values = posts[MEASURE_COLUMNS[measure]].astype(float)
    overall = float(values.median()) if values.notna().any() else None
    tags = post_tags(posts)

    def effects(sets: pd.Series) -> pd.DataFrame:
        names = sorted({n for s in sets for n in s})
        rows = []
        for name in names:
            has = sets.map(lambda s, n=name: n in s)
            with_, without = values[has].dropna(), values[~has].dropna()
            low, high = bootstrap_median_ci(with_.to_numpy(), seed=len(with_))
            rows.append({"tag": name, "posts": int(has.sum()), "median_with": float(with_.median()) if len(with_) else np.nan,
                         "median_without": float(without.median()) if len(without) else np.nan,
                         "ci_low": low, "ci_high": high, "enough": len(with_) >= min_posts})
        table = pd.DataFrame(rows, columns=["tag", "posts", "median_with", "median_without", "ci_low", "ci_high", "enough"])
        return table.sort_values(["posts", "median_with"], ascending=False).head(most).reset_index(drop=True)

    return TagEffects(effects(tags), effects(post_mentions(posts)), measure, overall,
                      int(tags.map(bool).sum()), len(posts))


# ---------------------------------------------------------------- 5. when to publish

@dataclass
class Timing:
    median_grid: pd.DataFrame     # weekday x hour: median engagement rate (NaN: no posts)
    count_grid: pd.DataFrame      # weekday x hour: posts
    best_slots: pd.DataFrame      # weekday, hour, median_rate, posts (best first)
    usual_hours: list[int]        # the hours the account posts most
    in_active_hours: int          # how many best slots fall in the usual active hours
    dates_only: int = 0           # posts left out: their publish time carries no hour
    measure: str = "engagement_rate"  # what the grid holds (interactions_per_post where no post carries reads)


def timing(posts: pd.DataFrame, min_posts: int = MIN_SLOT_POSTS, top: int = 3) -> Timing:
    """Median engagement by weekday x hour; best slots only from cells with ``min_posts`` or more."""
    dates_only = len(posts) - len(M.timed(posts))
    posts = M.timed(posts)
    measure = measure_of(posts)
    rated = posts.dropna(subset=[MEASURE_COLUMNS[measure]])
    frame = pd.DataFrame({"weekday": rated["published_at"].dt.day_of_week, "hour": rated["published_at"].dt.hour,
                          "rate": rated[MEASURE_COLUMNS[measure]]})
    cells = frame.groupby(["weekday", "hour"])["rate"].agg(["median", "size"])
    median_grid = cells["median"].unstack().reindex(index=range(7), columns=range(24)).astype(float)
    count_grid = cells["size"].unstack().reindex(index=range(7), columns=range(24)).fillna(0).astype(int)
    cells = cells.reset_index()
    cells = cells[cells["size"] >= min_posts].sort_values(["median", "size"], ascending=[False, False]).head(top)
    best = cells.rename(columns={"median": "median_rate", "size": "posts"}).reset_index(drop=True)
    hours = posts["published_at"].dt.hour.value_counts()
    usual = [int(h) for h in hours.index[:3]]
    active = sum(M.is_active_hour(int(h)) for h in best["hour"])
    return Timing(median_grid, count_grid, best[["weekday", "hour", "median_rate", "posts"]], usual, active, dates_only,
                  measure)


# ---------------------------------------------------------------- 6. trends

TREND_METRICS = ("posts", "reads", "interactions", "engagement_rate", "avg_reposts_per_post", "engagement_per_1k_followers",
                 "interactions_per_post")


def _bucket_figures(posts: pd.DataFrame) -> dict:
    figures = period_figures(posts)
    return {"posts": figures["posts"]["value"], "reads": figures["reads"]["value"],
            "interactions": M.total(posts["interactions"]), "engagement_rate": figures["engagement_rate"]["value"],
            "avg_reposts_per_post": figures["avg_reposts_per_post"]["value"],
            "engagement_per_1k_followers": figures["engagement_per_1k_followers"]["value"],
            "interactions_per_post": figures["interactions_per_post"]["value"]}


def _series(posts: pd.DataFrame, starts: list[pd.Timestamp], ends: list[pd.Timestamp]) -> pd.DataFrame:
    rows = []
    for start, end in zip(starts, ends):
        part = posts[Period(start, end).mask(posts["published_at"])]
        rows.append({"start": start, "end": end, **_bucket_figures(part)})
    table = pd.DataFrame(rows)
    for metric in TREND_METRICS:
        table[f"{metric}_change_pct"] = [M.change_pct(c, p) for c, p in zip(table[metric], table[metric].shift())]
    table["engagement_rate_change"] = table["engagement_rate"].astype(float).diff()  # a rate moves in points
    return table


@dataclass
class Trends:
    weekly: pd.DataFrame    # start, end, metrics, <metric>_change_pct against the week before
    monthly: pd.DataFrame
    breakout: pd.Series | None  # the period's top post when it is a breakout
    top_z: float | None         # how many standard deviations the top post stands above the mean
    measure: str = "engagement_rate"  # the line the trend follows (interactions_per_post where no week has reads)
    events: pd.DataFrame | None = None  # date, account_id, kind, note: inside the weekly chart's weeks


def trends(posts: pd.DataFrame, period: Period, weeks: int = 8, months: int = 6, events: pd.DataFrame | None = None) -> Trends:
    """Weekly and monthly series up to the period's end, and whether the period had a breakout post.

    A breakout: engagement per 1,000 followers (followers on the day of publishing)
    more than three standard deviations above the period's mean.
    """
    week_end = period.end + pd.Timedelta(days=6 - period.end.day_of_week)
    week_starts = [week_end - pd.Timedelta(days=6 + 7 * i) for i in range(weeks)][::-1]
    weekly = _series(posts, week_starts, [s + pd.Timedelta(days=6) for s in week_starts])
    month_starts = [(period.end.replace(day=1) - pd.DateOffset(months=i)) for i in range(months)][::-1]
    monthly = _series(posts, month_starts, [s + pd.offsets.MonthEnd(0) for s in month_starts])
    rated = weekly["engagement_rate"].notna().any() or monthly["engagement_rate"].notna().any()
    shown = events_for(events, None, week_starts[0], week_end)
    return Trends(weekly, monthly, *breakout(in_period(posts, period)), "engagement_rate" if rated else "interactions_per_post",
                  shown)


@M.defines("breakout", "Breakout post", "爆款",
           f"A post whose engagement per 1,000 followers is more than {BREAKOUT_Z:g} standard deviations above the period's other posts",
           f"每千粉丝互动高于本期其他内容均值 {BREAKOUT_Z:g} 个标准差以上的内容", "posts; daily.followers")
def breakout(posts: pd.DataFrame) -> tuple[pd.Series | None, float | None]:
    """The period's top post by engagement per 1,000 followers if it is a breakout, and how far it stands out (z)."""
    inside = posts.dropna(subset=["engagement_per_1k"])
    if len(inside) < 3 or not inside["engagement_per_1k"].std() > 0:
        return None, None
    values = inside["engagement_per_1k"]
    top = inside.loc[values.idxmax()]
    others = values.drop(values.idxmax())
    spread = others.std() if len(others) >= 2 and others.std() > 0 else values.std()
    z = float((top["engagement_per_1k"] - others.mean()) / spread)
    return (top if z >= BREAKOUT_Z else None), z


# ---------------------------------------------------------------- 7. conversion

FUNNEL = ("reads", "reposts", "follows", "orders")


@dataclass
class Conversion:
    steps: pd.DataFrame    # step, total, rate_from_reads, rate_from_previous
    posts: int             # posts that carry every step


@M.defines("conversion_rate", "Conversion rate", "转化率", "Each step's total ÷ reads, over posts that carry every step",
           "各环节总数 ÷ 阅读数（仅统计各环节数据齐全的内容）", "posts.reads, reposts, follows, orders", "percent", 2)
def conversion(posts: pd.DataFrame) -> Conversion:
    """Reads → reposts → follows → orders, over the posts that carry all four."""
    present = [c for c in FUNNEL if c in posts]
    if len(present) < 2 or "reads" not in present:
        return Conversion(pd.DataFrame(columns=["step", "total", "rate_from_reads", "rate_from_previous"]), 0)
    complete = posts.dropna(subset=present)
    totals = [M.total(complete[c]) if len(complete) else None for c in present]
    rows = []
    for i, (step, total) in enumerate(zip(present, totals)):
        rows.append({"step": step, "total": total, "rate_from_reads": M.ratio(total, totals[0]),
                     "rate_from_previous": M.ratio(total, totals[i - 1]) if i else None})
    return Conversion(pd.DataFrame(rows), len(complete))
