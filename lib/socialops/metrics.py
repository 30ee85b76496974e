"""Metrics, each defined once: its names, its formula text (en/zh), how it is written, and the
function that computes it.

The ``METRICS`` table below holds only the figures taken as recorded (sums of a column, a
campaign record's fields). Every computed metric is registered by :func:`defines` on the one
function that computes it, its formula text beside the code: the shared ones here, the
others in their workbook's ``analysis``; :func:`registry` gathers them all.

Pure functions over DataFrames and numbers. A value that cannot be computed (no data,
a zero denominator) is ``None``, never a silent zero: the report says "not available".
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from socialops.data.contract import INTERACTIONS
from socialops.format import COUNT, Figure, Kind, Spec
from socialops.format import missing as is_missing

ACTIVE_HOURS = ((9, 10), (16, 17), (20, 23))  # typical audience windows, [start, end) local time


def hour_spans() -> list[str]:
    """The active hours as clock times, ["9:00–10:00", "16:00–17:00", "20:00–23:00"]: a post at 10:00 is plainly
    outside the first (a bare "9–10" reads as if 10 o'clock were in it)."""
    return [f"{start}:00–{end}:00" for start, end in ACTIVE_HOURS]


_HOURS_EN = ", ".join(hour_spans()[:-1]) + " or " + hour_spans()[-1]
_HOURS_ZH = "、".join(hour_spans())
ZOMBIE_MAX, INFLUENCER_MIN = 10, 500          # follower-quality bands: <10, 10-500, >500


@dataclass(frozen=True)
class Metric:
    """A figure the reports show: its names, its formula text and how it is written (:class:`Spec`)."""

    name: str
    label: dict[str, str]
    formula: dict[str, str]
    columns: str
    kind: Kind = "count"
    compute: Callable[..., Any] | None = None  # the function that computes it, where one function does
    digits: int | None = None                  # decimals where the kind's default is not right
    signed: bool = False                       # written with its sign (+2.1%): a change or a return

    @property
    def spec(self) -> Spec:
        return Spec(self.kind, self.digits, self.signed)


def _m(name, en, zh, f_en, f_zh, columns, kind: Kind = "count", digits: int | None = None, signed: bool = False) -> Metric:
    return Metric(name, {"en": en, "zh": zh}, {"en": f_en, "zh": f_zh}, columns, kind, None, digits, signed)


METRICS: dict[str, Metric] = {m.name: m for m in (
    _m("followers", "Followers", "粉丝数", "Followers at the end of the period's last day",
       "期末最后一天的粉丝总数", "daily.followers"),
    _m("followers_gained", "Followers gained", "新增粉丝", "Sum of daily new followers", "每日新增粉丝之和",
       "daily.followers_gained"),
    _m("followers_lost", "Followers lost", "流失粉丝", "Sum of daily lost followers", "每日取消关注人数之和",
       "daily.followers_lost"),
    _m("posts", "Posts", "发布数", "Posts published in the period (daily log, else counted from posts)",
       "期内发布的内容数（取运营日志，缺失时按内容表计数）", "daily.posts or posts"),
    _m("reads", "Reads", "阅读数", "Sum of reads, plays or impressions", "阅读/播放/曝光之和", "daily.reads or posts.reads"),
    _m("reposts", "Reposts", "转发数", "Sum of reposts/shares", "转发/分享之和", "daily.reposts or posts.reposts"),
    _m("comments", "Comments", "评论数", "Sum of comments", "评论之和", "daily.comments or posts.comments"),
    _m("likes", "Likes", "点赞数", "Sum of likes", "点赞之和", "daily.likes or posts.likes"),
    _m("mentions", "Mentions", "提及数", "Sum of daily brand mentions / search results", "每日品牌提及（搜索结果）之和",
       "daily.mentions"),
    _m("orders", "Orders", "订单数", "Sum of attributed orders", "归因订单之和", "daily.orders"),
    _m("favorites", "Favorites", "收藏数", "Sum of favorites (saves)", "收藏之和", "posts.favorites"),
    _m("follows", "Follows from posts", "内容涨粉", "Sum of follows gained from posts", "内容带来的关注之和", "posts.follows"),
    _m("participants", "Participants", "参与人数", "People who took part, as the campaign record gives them",
       "活动记录中的参与人数", "campaigns.participants"),
    _m("record_followers_gained", "Followers gained (campaign record)", "新增粉丝（活动记录）",
       "Followers gained as the campaign record gives them (the platform's or agency's count)",
       "活动记录中的新增粉丝（平台或代理商的统计）", "campaigns.followers_gained"),
    _m("cost", "Cost", "成本", "Campaign cost, as recorded", "活动成本（记录值）", "campaigns.cost", "money"),
    _m("revenue", "Revenue", "收入", "Revenue attributed to the campaign", "归因于活动的收入", "campaigns.revenue", "money"),
    _m("prize_value", "Prize value", "奖品价值", "Value of prizes given away", "奖品价值", "campaigns.prize_value", "money"),
)}


_WORKBOOKS_LOADED = False


def registry() -> dict[str, Metric]:
    """Every metric: the recorded ones above, those computed here and those each catalog workbook
    computes in its ``analysis`` (registered by :func:`defines` beside the function, loaded on first use)."""
    global _WORKBOOKS_LOADED
    if not _WORKBOOKS_LOADED:
        _WORKBOOKS_LOADED = True
        from socialops import catalog

        for workbook in catalog.WORKBOOKS:
            workbook.module("analysis")
    return METRICS


def metric_label(name: str, lang: str = "en") -> str:
    metrics = registry()
    return metrics[name].label[lang] if name in metrics else name


def spec(name: str, currency: str = "") -> Spec:
    """How metric ``name`` is written (a count when it is not a metric); money in ``currency``."""
    metrics = registry()
    return (metrics[name].spec if name in metrics else COUNT).priced(currency)


def figure(name: str, value: Any, currency: str = "") -> Figure:
    """``value`` with the spec of metric ``name``: a table cell or a finding's value written as the metric is."""
    return Figure(value, spec(name, currency))


# ---------------------------------------------------------------- safe arithmetic

def total(values: pd.Series | None) -> float | None:
    """Sum of known values; ``None`` when nothing is known (blank is unknown, not zero)."""
    if values is None or values.notna().sum() == 0:
        return None
    return float(values.sum(min_count=1))


def ratio(numerator, denominator) -> float | None:
    """``numerator / denominator``, or ``None`` when either is unknown or the denominator is 0."""
    if is_missing(numerator) or is_missing(denominator) or denominator == 0:
        return None
    return float(numerator) / float(denominator)


def change_pct(current, previous) -> float | None:
    """Relative change in percent; ``None`` when the previous value is unknown or zero."""
    r = ratio(None if is_missing(current) or is_missing(previous) else current - previous, previous)
    return None if r is None else r * 100.0


def defines(name: str, en: str, zh: str, f_en: str, f_zh: str, columns: str, kind: Kind = "count",
            digits: int | None = None, signed: bool = False):
    """Register the decorated function as the one that computes metric ``name``, its formula text beside it."""
    def same(compute: Callable[..., Any]) -> bool:  # a module imported again redefines its own metrics
        known = METRICS[name].compute
        return known is not None and (known.__module__, known.__qualname__) == (compute.__module__, compute.__qualname__)

    def register(compute: Callable[..., Any]) -> Callable[..., Any]:
        if name in METRICS and not same(compute):
            raise ValueError(f"metric {name!r} is defined twice")
        METRICS[name] = Metric(name, {"en": en, "zh": zh}, {"en": f_en, "zh": f_zh}, columns, kind, compute, digits, signed)
        return compute
    return register


# ---------------------------------------------------------------- followers

@defines("followers_net", "Net follower growth", "净增粉丝", "Gained − lost; else the export's net; else the change in followers",
         "新增 − 流失；无此两列时取净增列，否则取粉丝数之差", "daily.followers_gained, followers_lost, followers_net, followers")
def daily_net_growth(daily: pd.DataFrame) -> pd.Series:
    """Net new followers per day, by the contract: gained − lost, else the export's net, else Δ followers."""
    daily = daily.sort_values("date")
    diff = daily["followers"].diff()
    net = pd.Series(np.nan, index=daily.index)
    if "followers_net" in daily:
        net = daily["followers_net"].astype(float)
    if {"followers_gained", "followers_lost"} <= set(daily):
        both = daily["followers_gained"] - daily["followers_lost"]
        net = both.where(both.notna(), net)
    return net.where(net.notna(), diff)


def followers_at_start(daily: pd.DataFrame, start: pd.Timestamp) -> float | None:
    """Followers at the start of ``start``: the previous day's close, else the first day's close less its net."""
    daily = daily.sort_values("date")
    before = daily[daily["date"] < start].dropna(subset=["followers"])
    if not before.empty:
        return float(before["followers"].iloc[-1])
    inside = daily[daily["date"] >= start]
    if inside.empty or pd.isna(inside["followers"].iloc[0]):
        return None
    first_net = daily_net_growth(daily).loc[inside.index[0]]
    return None if pd.isna(first_net) else float(inside["followers"].iloc[0] - first_net)


@defines("growth_rate", "Growth rate", "增长率", "Net growth ÷ followers at the start of the period",
         "净增粉丝 ÷ 期初粉丝数", "daily.followers, followers_gained, followers_lost", "percent", signed=True)
def growth_rate(net, followers_at_start) -> float | None:
    """The period's net growth against the audience it started with."""
    return ratio(net, followers_at_start)


@defines("mentions_per_1k_followers", "Mentions per 1,000 followers", "每千粉丝提及数",
         "Mentions in the period ÷ followers at the end × 1000; a low figure means zombie followers or a passive audience",
         "期内提及数 ÷ 期末粉丝数 × 1000；数值低说明僵尸粉多或粉丝不活跃", "daily.mentions, daily.followers", "number")
def mentions_per_1k_followers(mentions, followers) -> float | None:
    """Brand mentions against the audience size: the audit and the competitor comparison both call this."""
    share = ratio(mentions, followers)
    return None if share is None else share * 1000


ANOMALY_Z = 3.5  # robust z-scores from the median that make a day anomalous


@defines("anomaly_days", "Anomalous days", "异常天数",
         f"Days whose net growth is more than {ANOMALY_Z:g} robust z-scores (median ± {ANOMALY_Z:g} × 1.4826 × MAD) from the usual",
         f"净增粉丝偏离常态超过 {ANOMALY_Z:g} 个稳健 z 分数（中位数 ± {ANOMALY_Z:g} × 1.4826 × MAD）的天数", "daily net growth")
def robust_outliers(values: pd.Series, threshold: float = ANOMALY_Z) -> pd.Series:
    """True where a value lies more than ``threshold`` robust z-scores from the median (MAD based)."""
    known = values.dropna()
    if len(known) < 7:
        return pd.Series(False, index=values.index)
    median = known.median()
    mad = (known - median).abs().median() * 1.4826
    if mad == 0:
        mad = known.std() or 1.0
    return ((values - median).abs() / mad > threshold).fillna(False)


@defines("share_followers_under_10", "Followers with < 10 followers", "粉丝数 < 10 的粉丝占比",
         "Sampled followers with fewer than 10 followers ÷ sample size (likely zombie or inactive)",
         "样本中自身粉丝数少于 10 的粉丝 ÷ 样本量（疑似僵尸或不活跃）", "followers.follower_followers", "percent")
@defines("share_followers_10_500", "Followers with 10–500 followers", "粉丝数 10–500 的粉丝占比",
         "Sampled followers with 10 to 500 followers ÷ sample size (ordinary users, the valuable core)",
         "样本中自身粉丝数 10–500 的粉丝 ÷ 样本量（普通用户，核心价值人群）", "followers.follower_followers", "percent")
@defines("share_followers_over_500", "Followers with > 500 followers", "粉丝数 > 500 的粉丝占比",
         "Sampled followers with more than 500 followers ÷ sample size (influencers)",
         "样本中自身粉丝数超过 500 的粉丝 ÷ 样本量（意见领袖）", "followers.follower_followers", "percent")
def follower_quality(sample: pd.DataFrame | None) -> dict[str, float | None]:
    """Shares of sampled followers with < 10, 10–500 and > 500 followers of their own."""
    keys = ("share_followers_under_10", "share_followers_10_500", "share_followers_over_500")
    counts = None if sample is None else sample["follower_followers"].dropna()
    if counts is None or counts.empty:
        return {k: None for k in keys} | {"sample_size": 0}
    n = len(counts)
    under = int((counts < ZOMBIE_MAX).sum())
    over = int((counts > INFLUENCER_MIN).sum())
    return {keys[0]: under / n, keys[1]: (n - under - over) / n, keys[2]: over / n, "sample_size": n}


# ---------------------------------------------------------------- posting

def is_active_hour(hour: int) -> bool:
    """Whether an hour of the day (0-23) lies in the audience's usual active windows."""
    return any(a <= hour < b for a, b in ACTIVE_HOURS)


def in_active_hours(published_at: pd.Series) -> pd.Series:
    return published_at.dt.hour.map(is_active_hour).astype(bool)


@defines("active_hour_share", "Posts in active hours", "活跃时段发布占比",
         f"Posts published {_HOURS_EN} local time ÷ posts", f"在 {_HOURS_ZH}（当地时间）发布的内容 ÷ 发布数",
         "posts.published_at", "percent")
def active_hour_share(published_at: pd.Series) -> float | None:
    """Share of posts published in the audience's usual active hours; ``None`` without posts."""
    return float(in_active_hours(published_at).mean()) if len(published_at) else None


@defines("posts_per_day", "Posts per day", "日均发布", "Posts ÷ days in the period", "发布数 ÷ 周期天数",
         "daily.posts or posts", "number")
def posts_per_day(posts, days) -> float | None:
    return ratio(posts, days)


def timed(posts: pd.DataFrame) -> pd.DataFrame:
    """Posts whose publish time carries an hour: exports that give only a date say nothing of hours."""
    if "published_date_only" not in posts:
        return posts
    return posts[~posts["published_date_only"].fillna(False).astype(bool)]


@defines("avg_reads_per_post", "Avg reads per post", "平均每条阅读", "Reads ÷ posts with reads (median shown beside)",
         "阅读数 ÷ 有阅读数据的内容数（旁列中位数）", "posts.reads", "number", 0)  # reads run to thousands: whole reads
@defines("avg_reposts_per_post", "Avg reposts per post", "平均每条转发", "Reposts ÷ posts", "转发数 ÷ 发布数",
         "reposts, posts", "number")
@defines("avg_comments_per_post", "Avg comments per post", "平均每条评论", "Comments ÷ posts", "评论数 ÷ 发布数",
         "comments, posts", "number")
@defines("avg_likes_per_post", "Avg likes per post", "平均每条点赞", "Likes ÷ posts", "点赞数 ÷ 发布数", "likes, posts", "number")
@defines("engagement_per_post", "Engagement per post", "平均每条互动", "(Reposts + comments + likes) ÷ posts",
         "（转发 + 评论 + 点赞）÷ 发布数", "daily or posts: reposts, comments, likes, posts", "number")
def per_post(amount, posts) -> float | None:
    """Average per post (e.g. reposts per post): ``amount / posts``, ``None`` without posts.

    One definition for every workbook: ``avg_reposts_per_post`` is reposts ÷ posts, from the
    daily log (audit, competitors) or from the posts table (content performance)."""
    return ratio(amount, posts)


# ---------------------------------------------------------------- engagement

# What each platform's back end counts as an interaction (its engagement rate is these ÷ reads or plays).
INTERACTION_PARTS: dict[str, tuple[str, ...]] = {
    "weibo": ("reposts", "comments", "likes"),
    "wechat": ("reposts", "comments", "likes", "in_view"),
    "douyin": ("likes", "comments", "reposts", "favorites"),
    "channels": ("likes", "comments", "reposts", "recommends"),
    "xiaohongshu": ("likes", "favorites", "comments", "reposts"),
    "bilibili": ("likes", "coins", "favorites", "reposts", "comments", "danmaku"),
    "kuaishou": ("likes", "comments", "reposts"),
}
_PART_WORDS = {"reposts": ("shares", "分享/转发"), "comments": ("comments", "评论"), "likes": ("likes", "点赞"),
               "in_view": ("在看", "在看"), "favorites": ("saves", "收藏"), "recommends": ("推荐", "推荐"),
               "coins": ("coins", "投币"), "danmaku": ("danmaku", "弹幕")}
_PLATFORM_WORDS = {"weibo": ("Weibo", "微博"), "wechat": ("WeChat", "微信"), "douyin": ("Douyin", "抖音"),
                   "channels": ("Channels", "视频号"), "xiaohongshu": ("Xiaohongshu", "小红书"),
                   "bilibili": ("Bilibili", "B站"), "kuaishou": ("Kuaishou", "快手")}


def interaction_parts(platform: str | None) -> tuple[str, ...]:
    """What makes up an interaction on ``platform``; reposts + comments + likes where it is not known."""
    return INTERACTION_PARTS.get(str(platform), INTERACTIONS)


def _parts_text(lang: int) -> str:
    sep, plus = ("; ", " + ") if lang == 0 else ("；", " + ")
    return sep.join(f"{_PLATFORM_WORDS[p][lang]} " + plus.join(_PART_WORDS[c][lang] for c in parts)
                    for p, parts in INTERACTION_PARTS.items())


@defines("interactions", "Interactions", "互动数",
         "What the platform counts (those the data has): " + _parts_text(0) + "; elsewhere reposts + comments + likes",
         "按平台自身口径（取数据中有的）：" + _parts_text(1) + "；其他平台为转发 + 评论 + 点赞",
         "posts.reposts, comments, likes, in_view, favorites, recommends, coins, danmaku")
def interactions(parts: pd.DataFrame | dict, columns: tuple[str, ...] = INTERACTIONS) -> Any:
    """The sum of ``columns`` (an interaction's parts) of each row of a table, or of a dict of totals;
    unknown when none is known."""
    if isinstance(parts, pd.DataFrame):
        present = [c for c in columns if c in parts]
        return parts[present].sum(axis=1, min_count=1) if present else pd.Series(np.nan, index=parts.index)
    known = [parts[c] for c in columns if not is_missing(parts.get(c))]
    return float(sum(known)) if known else None


@defines("engagement_rate", "Engagement rate", "互动率",
         "Interactions ÷ reads over posts with both (per post: its own interactions ÷ reads)",
         "互动数 ÷ 阅读数（仅统计两者都有的内容；单条：该条互动 ÷ 阅读）", "posts: the platform's interactions, reads", "percent", 2)
def engagement_rate(posts: pd.DataFrame) -> float | None:
    """The period's engagement rate, weighted by reads: total interactions ÷ total reads of the posts with both."""
    rated = posts.dropna(subset=["engagement_rate"])
    return ratio(total(rated["interactions"]), total(rated["reads"])) if len(rated) else None


def engagement_per_1k(posts: pd.DataFrame) -> pd.Series:
    """Each post's interactions ÷ its account's followers on the day it was published × 1000."""
    followers = posts["followers_at_post"].where(posts["followers_at_post"] > 0)
    return posts["interactions"] / followers * 1000


@defines("engagement_per_1k_followers", "Engagement per 1,000 followers", "每千粉丝互动",
         "Mean over posts of interactions ÷ followers on the day of publishing × 1000",
         "各条内容互动数 ÷ 发布当日粉丝数 × 1000 的平均值", "posts: the platform's interactions; daily.followers", "number")
def engagement_per_1k_followers(posts: pd.DataFrame | None, days: pd.DataFrame | None = None) -> float | None:
    """The period's figure from its posts (with ``interactions`` and ``followers_at_post``), else from
    its daily log (``days``: posts, interactions and followers per day; a day's posts share its
    followers), for accounts known only by their log. Content performance and the competitor
    comparison both call this."""
    if posts is not None and len(posts):
        values = engagement_per_1k(posts).dropna()
        if len(values):
            return float(values.mean())
    if days is None or "posts" not in days:
        return None
    if not any(c in days for c in INTERACTIONS):
        return None
    days = days[days["posts"].notna() & days["followers"].gt(0)]
    per_day = interactions(days)
    known = per_day.notna()
    return ratio(float((per_day[known] / days.loc[known, "followers"]).sum()) * 1000, total(days.loc[known, "posts"]))
