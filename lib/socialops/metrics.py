"""Shared KPI formulas, defined once, each beside the glossary text that explains it.

Pure functions over DataFrames and numbers. A value that cannot be computed (no data,
a zero denominator) is ``None``, never a silent zero: the report says "not available".
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from socialops.data.contract import INTERACTIONS
from socialops.format import COUNT, Figure, Kind, Spec

ACTIVE_HOURS = ((9, 10), (16, 17), (20, 23))  # typical audience windows, [start, end) local time


def hour_spans() -> list[str]:
    """The active hours as written: ["9–10", "16–17", "20–23"]."""
    return [f"{start}–{end}" for start, end in ACTIVE_HOURS]


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
    _m("growth_rate", "Growth rate", "增长率", "Net growth ÷ followers at the start of the period",
       "净增粉丝 ÷ 期初粉丝数", "daily.followers, followers_gained, followers_lost", "percent", signed=True),
    _m("posts", "Posts", "发布数", "Posts published in the period (daily log, else counted from posts)",
       "期内发布的内容数（取运营日志，缺失时按内容表计数）", "daily.posts or posts"),
    _m("reads", "Reads", "阅读数", "Sum of reads, plays or impressions", "阅读/播放/曝光之和", "daily.reads or posts.reads"),
    _m("reposts", "Reposts", "转发数", "Sum of reposts/shares", "转发/分享之和", "daily.reposts or posts.reposts"),
    _m("comments", "Comments", "评论数", "Sum of comments", "评论之和", "daily.comments or posts.comments"),
    _m("likes", "Likes", "点赞数", "Sum of likes", "点赞之和", "daily.likes or posts.likes"),
    _m("mentions", "Mentions", "提及数", "Sum of daily brand mentions / search results", "每日品牌提及（搜索结果）之和",
       "daily.mentions"),
    _m("orders", "Orders", "订单数", "Sum of attributed orders", "归因订单之和", "daily.orders"),
    _m("mentions_per_1k_followers", "Mentions per 1,000 followers", "每千粉丝提及数",
       "Mentions in the period ÷ followers at the end × 1000; a low figure means zombie followers or a passive audience",
       "期内提及数 ÷ 期末粉丝数 × 1000；数值低说明僵尸粉多或粉丝不活跃", "daily.mentions, daily.followers", "number"),
    _m("active_hour_share", "Posts in active hours", "活跃时段发布占比",
       f"Posts published {_HOURS_EN} h local time ÷ posts", f"在 {_HOURS_ZH} 点（当地时间）发布的内容 ÷ 发布数",
       "posts.published_at", "percent"),
    _m("favorites", "Favorites", "收藏数", "Sum of favorites (saves)", "收藏之和", "posts.favorites"),
    _m("follows", "Follows from posts", "内容涨粉", "Sum of follows gained from posts", "内容带来的关注之和", "posts.follows"),
    _m("interactions", "Interactions", "互动数", "Reposts + comments + likes", "转发 + 评论 + 点赞",
       "posts.reposts, comments, likes"),
    _m("engagement_rate", "Engagement rate", "互动率",
       "Interactions ÷ reads over posts with both (per post: its own interactions ÷ reads)",
       "互动数 ÷ 阅读数（仅统计两者都有的内容；单条：该条互动 ÷ 阅读）", "posts.reposts, comments, likes, reads", "percent", 2),
    _m("headline_read_rate", "Headline read rate", "头条阅读率",
       "WeChat: mean over headline posts of reads ÷ followers on the day of publishing",
       "微信：各头条阅读数 ÷ 发布当日粉丝数 的平均值", "posts.reads, is_headline; daily.followers", "percent", 2),
    _m("reads_tier", "Reads tier (档位)", "阅读档位",
       "Posts bucketed by reads: < 1k, 1k–5k, 5k–10k, 10k–50k, 50k–100k, ≥ 100k; 10万+ counts as 100,001, a lower bound",
       "按阅读数分档：<1千、1千–5千、5千–1万、1万–5万、5万–10万、≥10万；“10万+”按 100,001 计（下限）", "posts.reads"),
    _m("reposts_tier", "Reposts tier (档位)", "转发档位", "Posts bucketed by reposts: 0–9, 10–49, 50–99, 100–499, 500–999, ≥ 1,000",
       "按转发数分档：0–9、10–49、50–99、100–499、500–999、≥1000", "posts.reposts"),
    _m("multiple_of_median", "× median", "相对中位数倍数",
       "The post's figure ÷ the account's median over all its posts in the data",
       "该条数值 ÷ 账号全部内容的中位数", "posts"),
    _m("median_interval", "95% interval", "95% 区间",
       "Percentile bootstrap (1,000 resamples) of the group's median engagement rate; groups under 5 posts are never called winners",
       "组内互动率中位数的自助法区间（1000 次重抽样）；少于 5 条的组不评为最佳", "posts"),
    _m("breakout", "Breakout post", "爆款",
       "A post whose engagement per 1,000 followers is more than 3 standard deviations above the period's other posts",
       "每千粉丝互动高于本期其他内容均值 3 个标准差以上的内容", "posts; daily.followers"),
    _m("conversion_rate", "Conversion rate", "转化率", "Each step's total ÷ reads, over posts that carry every step",
       "各环节总数 ÷ 阅读数（仅统计各环节数据齐全的内容）", "posts.reads, reposts, follows, orders", "percent", 2),
    _m("posts_per_day", "Posts per day", "日均发布", "Posts ÷ days in the period", "发布数 ÷ 周期天数", "daily.posts or posts", "number"),
    _m("follower_multiple", "Follower multiple", "粉丝倍数", "The account's followers ÷ ours (followers at the period's end)",
       "该账号期末粉丝数 ÷ 我方期末粉丝数", "daily.followers", "number"),
    _m("engagement_multiple", "Engagement multiple", "互动倍数", "The account's engagement per post ÷ ours",
       "该账号平均每条互动 ÷ 我方平均每条互动", "reposts, comments, likes, posts", "number"),
    _m("efficiency", "Efficiency", "效率", "Engagement multiple ÷ follower multiple: above 1 does better than its size alone explains; ours = 1",
       "互动倍数 ÷ 粉丝倍数：大于 1 说明表现超出其粉丝规模应有水平；我方 = 1", "see the two multiples", "number", 2),
    _m("effective_followers", "Effective followers", "有效粉丝", "Followers × share of sampled followers with 10–500 followers",
       "粉丝数 × 样本中自身粉丝 10–500 的占比", "daily.followers, followers.follower_followers"),
    _m("engagement_per_1k_effective_followers", "Engagement per 1,000 effective followers", "每千有效粉丝互动",
       "Engagement per post ÷ effective followers × 1000", "平均每条互动 ÷ 有效粉丝 × 1000",
       "reposts, comments, likes, posts; effective followers", "number"),
    _m("mentions_share", "Share of voice", "声量份额", "The account's mentions ÷ all mentions of the accounts compared",
       "该账号提及数 ÷ 对比账号提及数之和", "daily.mentions", "percent"),
    _m("index", "Composite index", "综合指数",
       "Weighted mean of components scaled 0–100 within the set: reach ln(1+followers), engagement per post "
       "ln(1+interactions per post), engagement per follower ln(1+per 1,000), growth ln(1+growth rate), "
       "follower quality ln(1+100 × share 10–500); a missing component is left out and the weights renormalised",
       "各分项在对比组内缩放到 0–100 后的加权平均：规模 ln(1+粉丝数)、单条互动 ln(1+每条互动)、粉丝互动 ln(1+每千粉丝互动)、"
       "增长 ln(1+增长率)、粉丝质量 ln(1+100×10–500 占比)；缺失分项不计入并重新归一权重", "see the components", "number"),
    _m("participants", "Participants", "参与人数", "People who took part, as the campaign record gives them",
       "活动记录中的参与人数", "campaigns.participants"),
    _m("lift_pct", "Lift", "提升幅度", "(During − baseline) ÷ baseline, both per day, so windows of unequal length compare fairly",
       "（活动期 − 基线期）÷ 基线期，均按日均计算，不同长度的窗口可公平比较", "daily, per day in each window", "change"),
    _m("baseline_followers_gained", "Baseline followers gained", "基线新增粉丝",
       "Followers gained per day in the baseline window × the campaign's days: what the account gets without a campaign",
       "基线期日均新增粉丝 × 活动天数：没有活动时账号本应获得的新增", "daily.followers_gained"),
    _m("cost", "Cost", "成本", "Campaign cost, as recorded", "活动成本（记录值）", "campaigns.cost", "money"),
    _m("revenue", "Revenue", "收入", "Revenue attributed to the campaign", "归因于活动的收入", "campaigns.revenue", "money"),
    _m("prize_value", "Prize value", "奖品价值", "Value of prizes given away", "奖品价值", "campaigns.prize_value", "money"),
    _m("roi", "ROI", "投资回报率", "(Revenue − cost) ÷ cost; not available at zero cost", "（收入 − 成本）÷ 成本；成本为零时不计算",
       "campaigns.revenue, cost", "percent", signed=True),
    _m("cost_per_participant", "Cost per participant", "单个参与成本", "Cost ÷ participants", "成本 ÷ 参与人数",
       "campaigns.cost, participants", "money", 2),
    _m("cost_per_follower", "Cost per new follower", "单个新粉成本",
       "Cost ÷ followers gained (campaign record; else the extra followers in the daily log)",
       "成本 ÷ 新增粉丝（取活动记录；缺失时取日志中的额外新增）", "campaigns.cost, followers_gained", "money", 2),
    _m("cost_per_order", "Cost per order", "单笔订单成本", "Cost ÷ orders", "成本 ÷ 订单数", "campaigns.cost, orders", "money", 2),
    _m("prize_share_of_cost", "Prize share of cost", "奖品占成本比", "Prize value ÷ cost", "奖品价值 ÷ 成本",
       "campaigns.prize_value, cost", "percent"),
    _m("viral_coefficient", "Viral coefficient K", "病毒系数 K",
       "Invite conversions ÷ participants; K > 1 grows by itself, K < 1 fades; reach after g generations = participants × (1 + K + … + K^g)",
       "邀请转化数 ÷ 参与人数；K > 1 可自我增长，K < 1 逐渐衰减；g 代后覆盖 = 参与人数 × (1 + K + … + K^g)",
       "campaigns.invite_conversions, participants", "number", 2),
    _m("retention_rate", "Retention rate", "留存率",
       "Extra followers kept ÷ extra followers gained; extra gained = (during − baseline gained per day) × days, "
       "extra lost = (after − baseline lost per day) × days after",
       "留下的额外粉丝 ÷ 额外新增粉丝；额外新增 =（活动期 − 基线期日均新增）× 天数，额外流失 =（活动后 − 基线期日均流失）× 活动后天数",
       "daily.followers_gained, followers_lost", "percent"),
)}


def metric_label(name: str, lang: str = "en") -> str:
    return METRICS[name].label[lang] if name in METRICS else name


def spec(name: str) -> Spec:
    """How metric ``name`` is written (a count when it is not a metric)."""
    return METRICS[name].spec if name in METRICS else COUNT


def figure(name: str, value: Any) -> Figure:
    """``value`` with the spec of metric ``name``: a table cell or a finding's value written as the metric is."""
    return Figure(value, spec(name))


# ---------------------------------------------------------------- safe arithmetic

def is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


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
    def register(compute: Callable[..., Any]) -> Callable[..., Any]:
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


def timed(posts: pd.DataFrame) -> pd.DataFrame:
    """Posts whose publish time carries an hour: exports that give only a date say nothing of hours."""
    if "published_date_only" not in posts:
        return posts
    return posts[~posts["published_date_only"].fillna(False).astype(bool)]


@defines("avg_reads_per_post", "Avg reads per post", "平均每条阅读", "Reads ÷ posts with reads (median shown beside)",
         "阅读数 ÷ 有阅读数据的内容数（旁列中位数）", "posts.reads", "number")
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

def engagement_per_1k(posts: pd.DataFrame) -> pd.Series:
    """Each post's interactions ÷ its account's followers on the day it was published × 1000."""
    followers = posts["followers_at_post"].where(posts["followers_at_post"] > 0)
    return posts["interactions"] / followers * 1000


@defines("engagement_per_1k_followers", "Engagement per 1,000 followers", "每千粉丝互动",
         "Mean over posts of interactions ÷ followers on the day of publishing × 1000",
         "各条内容互动数 ÷ 发布当日粉丝数 × 1000 的平均值", "posts.reposts, comments, likes; daily.followers", "number")
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
    present = [c for c in INTERACTIONS if c in days]
    if not present:
        return None
    days = days[days["posts"].notna() & days["followers"].gt(0)]
    interactions = days[present].sum(axis=1, min_count=1)
    known = interactions.notna()
    return ratio(float((interactions[known] / days.loc[known, "followers"]).sum()) * 1000, total(days.loc[known, "posts"]))
