"""Shared KPI formulas, defined once, each beside the glossary text that explains it.

Pure functions over DataFrames and numbers. A value that cannot be computed (no data,
a zero denominator) is ``None``, never a silent zero: the report says "not available".
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

ACTIVE_HOURS = ((9, 10), (16, 17), (20, 23))  # typical audience windows, [start, end) local time
ZOMBIE_MAX, INFLUENCER_MIN = 10, 500          # follower-quality bands: <10, 10-500, >500


@dataclass(frozen=True)
class Metric:
    name: str
    label: dict[str, str]
    formula: dict[str, str]
    columns: str
    kind: str = "count"  # count | ratio | percent | number


def _m(name, en, zh, f_en, f_zh, columns, kind="count") -> Metric:
    return Metric(name, {"en": en, "zh": zh}, {"en": f_en, "zh": f_zh}, columns, kind)


METRICS: dict[str, Metric] = {m.name: m for m in (
    _m("followers", "Followers", "粉丝数", "Followers at the end of the period's last day",
       "期末最后一天的粉丝总数", "daily.followers"),
    _m("followers_gained", "Followers gained", "新增粉丝", "Sum of daily new followers", "每日新增粉丝之和",
       "daily.followers_gained"),
    _m("followers_lost", "Followers lost", "流失粉丝", "Sum of daily lost followers", "每日取消关注人数之和",
       "daily.followers_lost"),
    _m("followers_net", "Net follower growth", "净增粉丝", "Gained − lost; else the export's net; else the change in followers",
       "新增 − 流失；无此两列时取净增列，否则取粉丝数之差", "daily.followers_gained, followers_lost, followers_net, followers"),
    _m("growth_rate", "Growth rate", "增长率", "Net growth ÷ followers at the start of the period",
       "净增粉丝 ÷ 期初粉丝数", "daily.followers, followers_gained, followers_lost", "percent"),
    _m("posts", "Posts", "发布数", "Posts published in the period (daily log, else counted from posts)",
       "期内发布的内容数（取运营日志，缺失时按内容表计数）", "daily.posts or posts"),
    _m("reads", "Reads", "阅读数", "Sum of reads, plays or impressions", "阅读/播放/曝光之和", "daily.reads or posts.reads"),
    _m("reposts", "Reposts", "转发数", "Sum of reposts/shares", "转发/分享之和", "daily.reposts or posts.reposts"),
    _m("comments", "Comments", "评论数", "Sum of comments", "评论之和", "daily.comments or posts.comments"),
    _m("likes", "Likes", "点赞数", "Sum of likes", "点赞之和", "daily.likes or posts.likes"),
    _m("mentions", "Mentions", "提及数", "Sum of daily brand mentions / search results", "每日品牌提及（搜索结果）之和",
       "daily.mentions"),
    _m("orders", "Orders", "订单数", "Sum of attributed orders", "归因订单之和", "daily.orders"),
    _m("avg_reposts_per_post", "Avg reposts per post", "平均每条转发", "Reposts ÷ posts", "转发数 ÷ 发布数",
       "reposts, posts", "number"),
    _m("avg_comments_per_post", "Avg comments per post", "平均每条评论", "Comments ÷ posts", "评论数 ÷ 发布数",
       "comments, posts", "number"),
    _m("share_followers_under_10", "Followers with < 10 followers", "粉丝数 < 10 的粉丝占比",
       "Sampled followers with fewer than 10 followers ÷ sample size (likely zombie or inactive)",
       "样本中自身粉丝数少于 10 的粉丝 ÷ 样本量（疑似僵尸或不活跃）", "followers.follower_followers", "percent"),
    _m("share_followers_10_500", "Followers with 10–500 followers", "粉丝数 10–500 的粉丝占比",
       "Sampled followers with 10 to 500 followers ÷ sample size (ordinary users, the valuable core)",
       "样本中自身粉丝数 10–500 的粉丝 ÷ 样本量（普通用户，核心价值人群）", "followers.follower_followers", "percent"),
    _m("share_followers_over_500", "Followers with > 500 followers", "粉丝数 > 500 的粉丝占比",
       "Sampled followers with more than 500 followers ÷ sample size (influencers)",
       "样本中自身粉丝数超过 500 的粉丝 ÷ 样本量（意见领袖）", "followers.follower_followers", "percent"),
    _m("mentions_per_1k_followers", "Mentions per 1,000 followers", "每千粉丝提及数",
       "Mentions in the period ÷ followers at the end × 1000; a low figure means zombie followers or a passive audience",
       "期内提及数 ÷ 期末粉丝数 × 1000；数值低说明僵尸粉多或粉丝不活跃", "daily.mentions, daily.followers", "number"),
    _m("active_hour_share", "Posts in active hours", "活跃时段发布占比",
       "Posts published 9–10, 16–17 or 20–23 h local time ÷ posts", "在 9–10、16–17、20–23 点（当地时间）发布的内容 ÷ 发布数",
       "posts.published_at", "percent"),
    _m("anomaly_days", "Anomalous days", "异常天数",
       "Days whose net growth is more than 3.5 robust z-scores (median ± 3.5 × 1.4826 × MAD) from the usual",
       "净增粉丝偏离常态超过 3.5 个稳健 z 分数（中位数 ± 3.5 × 1.4826 × MAD）的天数", "daily net growth"),
)}


def metric_label(name: str, lang: str = "en") -> str:
    return METRICS[name].label[lang] if name in METRICS else name


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


# ---------------------------------------------------------------- followers

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


def robust_outliers(values: pd.Series, threshold: float = 3.5) -> pd.Series:
    """True where a value lies more than ``threshold`` robust z-scores from the median (MAD based)."""
    known = values.dropna()
    if len(known) < 7:
        return pd.Series(False, index=values.index)
    median = known.median()
    mad = (known - median).abs().median() * 1.4826
    if mad == 0:
        mad = known.std() or 1.0
    return ((values - median).abs() / mad > threshold).fillna(False)


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

def in_active_hours(published_at: pd.Series) -> pd.Series:
    hours = published_at.dt.hour
    return pd.concat([(hours >= a) & (hours < b) for a, b in ACTIVE_HOURS], axis=1).any(axis=1)


def per_post(amount, posts) -> float | None:
    """Average per post (e.g. reposts per post): ``amount / posts``, ``None`` without posts."""
    return ratio(amount, posts)
