"""Competitor comparison: accounts side by side, judged by audience size, not raw counts.

An account with k times our followers "should" get k times our engagement per post;
efficiency = engagement multiple / follower multiple says who does better than size
alone explains. DataFrames in, dataclasses out; no I/O and no plotting.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from socialops import indexes as X
from socialops import metrics as M
from socialops import platforms as P
from socialops.data.events import events_for
from socialops.data.periods import Period
from socialops.report.strings import refusal
from socialops.workbooks.account_audit import analysis as audit
from socialops.workbooks.content import analysis as content

# The side-by-side's rows, in order (a row no account's data carries is named, not shown).
SIDE_METRICS = ("followers", "followers_net", "growth_rate", "posts", "posts_per_day", "avg_reposts_per_post",
                "avg_comments_per_post", "avg_likes_per_post", "engagement_per_post", "engagement_per_1k_followers",
                "mentions", "mentions_per_1k_followers")
INDEX_COMPONENTS = ("reach", "engagement_per_post", "engagement_per_follower", "growth", "follower_quality")
# Size-driven components (reach, raw engagement per post) get 30% together, so a big
# account cannot top the index on size alone; the rest rewards doing well for one's size.
DEFAULT_WEIGHTS = {"reach": 0.15, "engagement_per_post": 0.15, "engagement_per_follower": 0.35,
                   "growth": 0.20, "follower_quality": 0.15}


# ---------------------------------------------------------------- choosing the set

def parse_ids(value) -> list[str] | None:
    """Competitor ids from a list or a comma-separated string (as ``-p competitors a,b`` gives)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    return [str(i).strip() for i in items if str(i).strip()]


def choose_competitors(accounts: pd.DataFrame | None, ours: str, competitors=None) -> list[str]:
    """The peers to compare with: as given, else every competitor on our platform.

    Raises :class:`ReportError` for unknown ids and for peers on another platform
    (engagement is counted differently on each platform, so it is not comparable).
    """
    wanted = parse_ids(competitors)
    if accounts is None:
        if wanted:
            raise refusal("error_needs_accounts_table")
        return []
    table = accounts.set_index("account_id")
    platform = table.loc[ours, "platform"] if ours in table.index else None
    if wanted is None:
        same = table[(table["role"] == "competitor") & (table["platform"] == platform)]
        return [a for a in same.index if a != ours]
    unknown = [a for a in wanted if a not in table.index]
    if unknown:
        raise refusal("error_competitor_unknown", unknown=", ".join(unknown), known=", ".join(table.index))
    elsewhere = [a for a in wanted if table.loc[a, "platform"] != platform]
    if elsewhere:
        same = [a for a in table.index if table.loc[a, "platform"] == platform and a != ours]
        raise refusal("error_other_platform", listed=", ".join(f"{a} ({table.loc[a, 'platform']})" for a in elsewhere),
                      platform=platform, ours=ours, same=", ".join(same) or "–")
    return [a for a in wanted if a != ours]


def parse_weights(value) -> dict[str, float]:
    """Index weights from a dict or ``"reach=1,growth=2"``; unspecified components keep their defaults."""
    if value is None or value == "" or value == {}:
        return dict(DEFAULT_WEIGHTS)
    if isinstance(value, str):
        try:
            value = {k.strip(): float(v) for k, v in (item.split("=") for item in value.split(",") if item.strip())}
        except ValueError:
            raise refusal("error_weights_format", value=repr(value)) from None
    unknown = set(value) - set(INDEX_COMPONENTS)
    if unknown:
        raise refusal("error_weights_unknown", unknown=", ".join(sorted(unknown)), known=", ".join(INDEX_COMPONENTS))
    weights = {**DEFAULT_WEIGHTS, **{k: float(v) for k, v in value.items()}}
    if any(w < 0 for w in weights.values()) or sum(weights.values()) <= 0:
        raise refusal("error_weights_negative")
    return weights


# ---------------------------------------------------------------- 1. side by side

FIGURES = ("followers", "followers_net", "growth_rate", "posts", "posts_per_day", "avg_reposts_per_post",
           "avg_comments_per_post", "avg_likes_per_post", "engagement_per_post", "engagement_per_1k_followers",
           "mentions", "mentions_per_1k_followers", "share_followers_under_10", "share_followers_10_500",
           "share_followers_over_500", "effective_followers", "engagement_per_1k_effective_followers")


@M.defines("effective_followers", "Effective followers", "有效粉丝", "Followers × share of sampled followers with 10–500 followers",
           "粉丝数 × 样本中自身粉丝 10–500 的占比", "daily.followers, followers.follower_followers")
def effective_followers(followers: float | None, share_10_500: float | None) -> float | None:
    """The followers likely to be real, ordinary users: the audience a post can reach."""
    return None if followers is None or share_10_500 is None else followers * share_10_500


@M.defines("engagement_per_1k_effective_followers", "Engagement per 1,000 effective followers", "每千有效粉丝互动",
           "Engagement per post ÷ effective followers × 1000", "平均每条互动 ÷ 有效粉丝 × 1000",
           "reposts, comments, likes, posts; effective followers", "number")
def engagement_per_1k_effective_followers(engagement_per_post: float | None, effective: float | None) -> float | None:
    share = M.ratio(engagement_per_post, effective)
    return None if share is None else share * 1000


def account_figures(daily: pd.DataFrame | None, posts: pd.DataFrame | None, sample: pd.DataFrame | None,
                    period: Period, platform: str | None = None) -> dict:
    """One account's comparison figures for ``period`` (``None`` where the data cannot say); its posts' interactions
    are what ``platform`` counts, as content performance counts them."""
    totals = audit.period_totals(daily, posts, period)["values"]
    growth = audit.follower_growth(daily, period, compare=False)
    n_posts = totals["posts"]
    interactions = M.interactions(totals)
    followers = growth.end_followers
    per_post = M.per_post(interactions, n_posts)
    quality = M.follower_quality(sample)
    effective = effective_followers(followers, quality["share_followers_10_500"])
    per_1k = M.engagement_per_1k_followers(None if posts is None else content.in_period(content.enrich(posts, daily, platform), period),
                                           None if daily is None else daily[period.mask(daily["date"])])
    return {
        "followers": followers, "followers_net": growth.net, "growth_rate": growth.growth_rate,
        "posts": n_posts, "posts_per_day": M.posts_per_day(n_posts, period.days),
        "reposts": totals["reposts"], "comments": totals["comments"], "likes": totals["likes"],
        "avg_reposts_per_post": M.per_post(totals["reposts"], n_posts),
        "avg_comments_per_post": M.per_post(totals["comments"], n_posts),
        "avg_likes_per_post": M.per_post(totals["likes"], n_posts),
        "engagement_per_post": per_post,
        "engagement_per_1k_followers": per_1k,
        "mentions": totals["mentions"],
        "mentions_per_1k_followers": M.mentions_per_1k_followers(totals["mentions"], followers),
        "share_followers_under_10": quality["share_followers_under_10"],
        "share_followers_10_500": quality["share_followers_10_500"],
        "share_followers_over_500": quality["share_followers_over_500"],
        "sample_size": quality["sample_size"],
        "effective_followers": effective,
        "engagement_per_1k_effective_followers": engagement_per_1k_effective_followers(per_post, effective),
    }


@dataclass
class SideBySide:
    table: pd.DataFrame          # index account_id (ours first): FIGURES + multiples, efficiency, mentions_share
    ours: str
    names: dict[str, str]
    period: Period
    previous_ours: dict = field(default_factory=dict)  # our figures in the period before, for the JSON
    platforms: dict[str, str | None] = field(default_factory=dict)  # account -> its platform, where the data says

    @property
    def peers(self) -> list[str]:
        return [a for a in self.table.index if a != self.ours]

    def value(self, account: str, column: str):
        v = self.table.loc[account, column]
        return None if M.is_missing(v) else float(v)


def _rows(table: pd.DataFrame | None, account: str) -> pd.DataFrame | None:
    return None if table is None else table[table["account_id"] == account]


@M.defines("follower_multiple", "Follower multiple", "粉丝倍数", "The account's followers ÷ ours (followers at the period's end)",
           "该账号期末粉丝数 ÷ 我方期末粉丝数", "daily.followers", "number")
@M.defines("engagement_multiple", "Engagement multiple", "互动倍数", "The account's engagement per post ÷ ours",
           "该账号平均每条互动 ÷ 我方平均每条互动", "reposts, comments, likes, posts", "number")
@M.defines("efficiency", "Efficiency", "效率", "Engagement multiple ÷ follower multiple: above 1 does better than its size alone explains; ours = 1",
           "互动倍数 ÷ 粉丝倍数：大于 1 说明表现超出其粉丝规模应有水平；我方 = 1", "see the two multiples", "number", 2)
def multiples(table: pd.DataFrame, ours: str) -> pd.DataFrame:
    """Each account's followers and engagement per post as multiples of ours, and their ratio (efficiency)."""
    base = table.loc[ours]
    follower = pd.Series([M.ratio(f, base["followers"]) for f in table["followers"]], index=table.index, dtype=float)
    engagement = pd.Series([M.ratio(e, base["engagement_per_post"]) for e in table["engagement_per_post"]], index=table.index, dtype=float)
    efficiency = [M.ratio(e, f) for e, f in zip(engagement, follower)]
    return pd.DataFrame({"follower_multiple": follower, "engagement_multiple": engagement, "efficiency": efficiency}, index=table.index)


@M.defines("mentions_share", "Share of voice", "声量份额", "The account's mentions ÷ all mentions of the accounts compared",
           "该账号提及数 ÷ 对比账号提及数之和", "daily.mentions", "percent")
def mentions_share(mentions: pd.Series) -> pd.Series:
    """Share of voice: each account's mentions of the known total (unknown where its mentions are)."""
    known = mentions.dropna()
    total = known.sum() if len(known) else 0
    return pd.Series([M.ratio(m, total) if not M.is_missing(m) else None for m in mentions], index=mentions.index, dtype=float)


def side_by_side(tables: dict[str, pd.DataFrame], ours: str, peers: list[str], period: Period) -> SideBySide:
    """Every account's figures, our account first, with multiples relative to ours and efficiency."""
    ids = [ours, *[p for p in peers if p != ours]]
    platforms = _platforms(tables.get("accounts"), ids)
    rows = {a: account_figures(_rows(tables.get("daily"), a), _rows(tables.get("posts"), a),
                               _rows(tables.get("followers"), a), period, platforms[a]) for a in ids}
    table = pd.DataFrame.from_dict(rows, orient="index").astype(float)
    table.index.name = "account_id"
    table = table.join(multiples(table, ours)).assign(mentions_share=mentions_share(table["mentions"])).astype(float)
    accounts = tables.get("accounts")
    names = {a: a for a in ids}
    if accounts is not None:
        names.update({a: str(n) for a, n in accounts.set_index("account_id")["name"].items() if a in names})
    before = account_figures(_rows(tables.get("daily"), ours), _rows(tables.get("posts"), ours), _rows(tables.get("followers"), ours),
                             period.previous(), platforms[ours])
    return SideBySide(table, ours, names, period, before, platforms)


def _platforms(accounts: pd.DataFrame | None, ids: list[str]) -> dict[str, str | None]:
    """Each account's platform from the accounts table (``None`` where it does not say)."""
    known = {} if accounts is None or "platform" not in accounts else \
        {a: str(p) for a, p in accounts.set_index("account_id")["platform"].items() if pd.notna(p)}
    return {a: known.get(a) for a in ids}


def _enriched(posts: pd.DataFrame, platforms: dict[str, str | None]) -> pd.DataFrame:
    """Posts enriched account by account, each post's interactions what its own account's platform counts."""
    if posts.empty:
        return content.enrich(posts)
    by_position = posts.set_axis(pd.RangeIndex(len(posts)))  # the rows' order back at the end, whatever their index
    parts = [content.enrich(mine, platform=platforms.get(account)) for account, mine in by_position.groupby("account_id", sort=False)]
    return pd.concat(parts).sort_index().set_axis(posts.index)


@dataclass
class PlatformFigures:
    table: pd.DataFrame            # account x signal: the period's figure (rates weighted, as content performance)
    missing: tuple[str, ...]       # the platform's signals no account's data carries
    platform: str | None
    side: SideBySide


def platform_figures(tables: dict[str, pd.DataFrame], side: SideBySide, platform: str | None) -> PlatformFigures:
    """Every account compared on the platform's own figures, each computed as content performance computes it."""
    names = P.signal_set(platform)
    rows = {}
    for account in side.table.index:
        mine = _posts_in(tables.get("posts"), account, side.period)
        rows[account] = pd.Series(np.nan, index=list(names), dtype=float) if mine.empty else \
            P.figures(mine, names)["value"].astype(float)
    table = pd.DataFrame(rows).T.reindex(columns=list(names)) if names else pd.DataFrame(index=side.table.index)
    carried = [n for n in names if table[n].notna().any()]
    return PlatformFigures(table[carried], tuple(n for n in names if n not in carried), platform, side)


def ranking(side: SideBySide, column: str) -> list[str]:
    """Accounts ordered best first by ``column`` (unknown last)."""
    return list(side.table[column].sort_values(ascending=False, na_position="last").index)


# ---------------------------------------------------------------- 4. content strategy

@dataclass
class Strategy:
    hour_share: pd.DataFrame      # account x hour: share of the account's posts
    weekday_share: pd.DataFrame   # account x weekday
    format_mix: pd.DataFrame      # account x format: share of posts
    topic_mix: pd.DataFrame       # account x topic
    top_posts: pd.DataFrame       # account_id, post_id, title, format, published_at, interactions
    posts: pd.Series              # posts per account in the period
    side: SideBySide


def strategy(posts: pd.DataFrame | None, side: SideBySide, top: int = 3) -> Strategy:
    """How each account publishes: hours, weekdays, format and topic mix, and its top posts."""
    accounts, period = list(side.table.index), side.period
    if posts is None:
        posts = pd.DataFrame(columns=["post_id", "account_id", "published_at"])
    enriched = _enriched(posts[posts["account_id"].isin(accounts)], side.platforms)
    inside = content.in_period(enriched, period)

    def share(column_values: pd.Series, columns) -> pd.DataFrame:
        counts = pd.crosstab(inside["account_id"], column_values)
        counts = counts.reindex(index=accounts, columns=columns, fill_value=0)
        return counts.div(counts.sum(axis=1).replace(0, np.nan), axis=0)

    timed = M.timed(inside)  # exports that give dates only say nothing of hours
    hours = pd.crosstab(timed["account_id"], timed["published_at"].dt.hour).reindex(index=accounts, columns=range(24),
                                                                                     fill_value=0)
    hours = hours.div(hours.sum(axis=1).replace(0, np.nan), axis=0)
    weekdays = share(inside["published_at"].dt.day_of_week, range(7))
    mixes = {}
    for column in ("format", "topic"):
        if column in inside and inside[column].notna().any():
            mixes[column] = share(inside[column], sorted(inside[column].dropna().unique()))
        else:
            mixes[column] = pd.DataFrame(index=accounts)
    ranked = inside.dropna(subset=["interactions"]).sort_values("interactions", ascending=False)
    keep = [c for c in ("account_id", "post_id", "title", "format", "published_at", "interactions") if c in ranked]
    top_posts = ranked.groupby("account_id", sort=False).head(top)[keep]
    order = {a: i for i, a in enumerate(accounts)}
    top_posts = top_posts.sort_values(["account_id", "interactions"], key=lambda s: s.map(order) if s.name == "account_id" else -s)
    counts = inside.groupby("account_id").size().reindex(accounts, fill_value=0)
    return Strategy(hours, weekdays, mixes["format"], mixes["topic"], top_posts.reset_index(drop=True), counts, side)


# ---------------------------------------------------------------- 5. share of voice and momentum

@dataclass
class Momentum:
    mentions_share: pd.Series     # account -> share of the set's mentions (NaN: no mentions data)
    follower_index: pd.DataFrame  # date x account: followers, 100 = the period's first day
    weekly_engagement: pd.DataFrame  # week start x account: interactions per post
    side: SideBySide
    events: pd.DataFrame | None = None  # our account's events (and those for every account) inside the period


def momentum(daily: pd.DataFrame | None, side: SideBySide, events: pd.DataFrame | None = None) -> Momentum:
    """Share of voice (mentions within the set) and each account's follower and engagement trend; ``events`` are
    marked on the trends where they happened."""
    accounts, period = list(side.table.index), side.period
    empty = pd.DataFrame(columns=accounts)
    shown = events_for(events, None, period.start, period.end)
    if daily is None or daily.empty:
        return Momentum(side.table["mentions_share"], empty, empty, side, shown)
    inside = daily[period.mask(daily["date"]) & daily["account_id"].isin(accounts)]
    followers = inside.pivot_table(index="date", columns="account_id", values="followers").reindex(columns=accounts)
    first = followers.apply(lambda s: s.dropna().iloc[0] if s.notna().any() else np.nan)
    index = followers / first.replace(0, np.nan) * 100
    weekly = pd.DataFrame(index=pd.DatetimeIndex([]))
    present = [c for c in ("reposts", "comments", "likes") if c in inside]
    if present and "posts" in inside:
        frame = inside.assign(interactions=inside[present].sum(axis=1, min_count=1),
                              week=inside["date"] - pd.to_timedelta(inside["date"].dt.day_of_week, unit="D"))
        sums = frame.groupby(["week", "account_id"])[["interactions", "posts"]].sum(min_count=1)
        weekly = (sums["interactions"] / sums["posts"].replace(0, np.nan)).unstack("account_id").reindex(columns=accounts)
    return Momentum(side.table["mentions_share"], index, weekly, side, shown)


# ---------------------------------------------------------------- 6. composite index

@dataclass
class CompositeIndex:
    components: pd.DataFrame     # account x component: the figure scored (growth per 30 days)
    scaled: pd.DataFrame         # account x component: 0-100 against the fixed reference points
    contributions: pd.DataFrame  # account x component: weight share x scaled (sums to the index)
    index: pd.Series             # account -> 0-100, best first
    weights: dict[str, float]
    missing: dict[str, list[str]]  # account -> components it lacks (weights renormalised without them)
    side: SideBySide
    sensitivity: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["weight", "factor", "swaps"]))


@dataclass(frozen=True)
class Scale:
    """A component's fixed reference points: ``low`` scores 0 and ``high`` 100, clipped (on log10(1 + x) when ``log``)."""

    low: float
    high: float
    log: bool


# Fixed points, not the set's own lowest and highest: with two or three accounts, scaling
# within the set turns every component into 0 or 100; against fixed points a score means
# the same in any set and any month.
INDEX_SCALES = {
    "reach": Scale(100, 10_000_000, True),              # followers
    "engagement_per_post": Scale(0, 10_000, True),      # interactions per post
    "engagement_per_follower": Scale(0, 100, True),     # interactions per 1,000 followers
    "growth": Scale(-0.05, 0.05, False),                # follower growth per 30 days
    "follower_quality": Scale(0, 1, False),             # share of sampled followers with 10–500 followers
}


def _scaled(values: pd.Series, scale: Scale) -> pd.Series:
    values, low, high = values.astype(float), scale.low, scale.high
    if scale.log:
        values, low, high = np.log10(1 + values.clip(lower=0)), np.log10(1 + low), np.log10(1 + high)
    return ((values - low) / (high - low) * 100).clip(0, 100)


def _per_30_days(growth: pd.Series, days: int) -> pd.Series:
    return (1 + growth.astype(float).clip(lower=-0.99)) ** (30 / max(days, 1)) - 1


@M.defines("index", "Composite index", "综合指数",
           "Weighted mean of five components, each scored 0–100 against fixed reference points (the same in any set): "
           "reach 100 → 10 million followers (log scale), engagement per post 0 → 10,000 (log), engagement per 1,000 "
           "followers 0 → 100 (log), growth per 30 days −5% → +5%, follower quality 0 → 100% with 10–500 followers; "
           "a missing component is left out and the weights renormalised",
           "五个分项的加权平均，每项按固定参照点评为 0–100（在任何对比组中含义相同）：规模 100 → 1000 万粉丝（对数）、"
           "单条互动 0 → 10,000（对数）、每千粉丝互动 0 → 100（对数）、30 天增长 −5% → +5%、粉丝质量 10–500 占比 0 → 100%；"
           "缺失分项不计入并重新归一权重", "see the components", "number")
def composite_index(side: SideBySide, weights: dict[str, float] | None = None) -> CompositeIndex:
    """A transparent 0-100 score per account, each component against fixed reference points (:data:`INDEX_SCALES`),
    and how its ranking moves when each weight changes by ±20%."""
    weights = parse_weights(weights)
    components, scaled, contributions, index = _compose(side, weights)
    missing = {a: [c for c in INDEX_COMPONENTS if pd.isna(scaled.loc[a, c])] for a in side.table.index}
    sensitivity = swaps(lambda w: _compose(side, w)[3], weights) if index.notna().sum() >= 2 else \
        pd.DataFrame(columns=["weight", "factor", "swaps"])
    return CompositeIndex(components, scaled, contributions.loc[index.index], index, weights,
                          {a: m for a, m in missing.items() if m}, side, sensitivity)


def _compose(side: SideBySide, weights: dict[str, float]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.Series]:
    """Components, their 0–100 scores, each one's contribution and the index (best first) under ``weights``."""
    t = side.table
    components = pd.DataFrame({
        "reach": t["followers"],
        "engagement_per_post": t["engagement_per_post"],
        "engagement_per_follower": t["engagement_per_1k_followers"],
        "growth": _per_30_days(t["growth_rate"], side.period.days),
        "follower_quality": t["share_followers_10_500"],
    }, index=t.index)
    scaled = pd.DataFrame({c: _scaled(components[c], INDEX_SCALES[c]) for c in INDEX_COMPONENTS}).where(components.notna())
    w = pd.Series(weights)[list(INDEX_COMPONENTS)]
    present = scaled.notna()
    weight_share = present.mul(w, axis=1)
    weight_share = weight_share.div(weight_share.sum(axis=1).replace(0, np.nan), axis=0)
    contributions = (scaled.fillna(0) * weight_share).fillna(0)
    index = contributions.sum(axis=1).where(weight_share.sum(axis=1) > 0).sort_values(ascending=False)
    return components, scaled, contributions, index


SWING = 0.2  # the sensitivity check moves each weight by ±20%


def swaps(score: Callable[[dict[str, float]], pd.Series], weights: dict[str, float]) -> pd.DataFrame:
    """How the ranking moves when each weight changes by ±:data:`SWING` (the others unchanged): one row per
    weight and direction, with the pairs of accounts that trade places (none: the ranking is stable)."""
    base = list(score(weights).dropna().sort_values(ascending=False).index)
    rows = []
    for name in weights:
        for direction in (1 + SWING, 1 - SWING):
            moved = list(score({**weights, name: weights[name] * direction}).dropna().sort_values(ascending=False).index)
            pairs = [(a, b) for i, a in enumerate(base) for b in base[i + 1:] if moved.index(a) > moved.index(b)]
            rows.append({"weight": name, "factor": direction, "swaps": pairs})
    return pd.DataFrame(rows, columns=["weight", "factor", "swaps"])


@dataclass
class PublishedIndex:
    name: str | None                 # "wci" (WeChat), "bci" (Weibo), None: the platform has no published index here
    scores: dict[str, X.IndexScore]  # account -> score (value None and what is missing where inputs lack)
    sensitivity: pd.DataFrame        # weight, factor, swaps (see :func:`swaps`)
    side: SideBySide


def published_index(tables: dict[str, pd.DataFrame], side: SideBySide, platform: str | None) -> PublishedIndex:
    """The platform's published index for every account compared (WCI v14.2 on WeChat, BCI on Weibo), exactly as
    its publisher defines it, with each component and how the ranking moves when a weight changes by ±20%."""
    if platform == "wechat":
        scores = {a: X.wci(_posts_in(tables.get("posts"), a, side.period), side.period) for a in side.table.index}
        weights = dict(X.WCI_WEIGHTS)
    elif platform == "weibo":
        scores = {a: X.bci(side.value(a, "posts"), {c: side.value(a, c) for c in X.BCI_NEEDS}) for a in side.table.index}
        weights = dict(X.BCI_WEIGHTS)
    else:
        return PublishedIndex(None, {}, pd.DataFrame(columns=["weight", "factor", "swaps"]), side)
    known = {a: s for a, s in scores.items() if s.value is not None}

    def score(w: dict[str, float]) -> pd.Series:
        return pd.Series({a: sum(w[k] * s.components[k] for k in w) for a, s in known.items()}, dtype=float)
    return PublishedIndex("wci" if platform == "wechat" else "bci", scores,
                          swaps(score, weights) if len(known) >= 2 else pd.DataFrame(columns=["weight", "factor", "swaps"]), side)


def _posts_in(posts: pd.DataFrame | None, account: str, period: Period) -> pd.DataFrame:
    """One account's posts published in ``period`` (an empty table when the data has none)."""
    rows = _rows(posts, account)
    if rows is None:
        return pd.DataFrame(columns=["account_id", "published_at"])
    return rows[period.mask(pd.to_datetime(rows["published_at"]))]


# ---------------------------------------------------------------- 7. takeaways

@dataclass
class Takeaways:
    side: SideBySide
    strategy: Strategy
    index: CompositeIndex
    best_peer: str | None  # the most efficient peer


def takeaways(plan: Strategy, index: CompositeIndex) -> Takeaways:
    """Bundle what the written takeaways compare: us against the most efficient peer and the set."""
    side = plan.side
    peers = side.table.loc[side.peers, "efficiency"].dropna()
    return Takeaways(side, plan, index, peers.idxmax() if len(peers) else None)


# ---------------------------------------------------------------- section views of the same table

@dataclass
class Normalized:
    """Section 2: multiples relative to ours and efficiency."""
    side: SideBySide


@dataclass
class QualityComparison:
    """Section 3: follower-quality bands, effective followers, engagement per effective follower."""
    side: SideBySide


def normalized(side: SideBySide) -> Normalized:
    return Normalized(side)


def quality(side: SideBySide) -> QualityComparison:
    return QualityComparison(side)
