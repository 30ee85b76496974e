"""Each platform read by its own signals: the figures its back end judges content by.

Every signal is defined once here (formula, unit and source columns, registered in
:mod:`socialops.metrics`). A period's figure of a per-post rate is weighted by the base the
rate applies to, so it equals the platform's own total (a completion rate averaged over
posts weighted by plays is completed plays ÷ plays); the median per post stands beside it.
What a platform counts as an interaction is :data:`metrics.INTERACTION_PARTS`.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from socialops import metrics as M
from socialops.format import Kind

BREAKOUT_NOTE_LIKES = 1000  # Xiaohongshu's 爆文 (千赞): a note with at least this many likes


@dataclass(frozen=True)
class Signal:
    """One platform figure: per post N ÷ D (D = 1 without a denominator); over a period Σ N·w ÷ Σ D·w, w the
    base the figure applies to (1 without one); ``total``: a count, the period's figure is Σ N."""

    name: str
    numerator: tuple[str, ...]
    denominator: tuple[str, ...] = ()
    weight: str | None = None
    total: bool = False
    source: tuple[str, ...] = ()  # the export's columns, where a figure reads a derived one (see prepare)

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.numerator, *self.denominator, *((self.weight,) if self.weight else ()))))

    def parts(self, posts: pd.DataFrame) -> pd.DataFrame:
        """Per post N, D and w, only where every column the figure needs is known (and D·w > 0)."""
        if any(column not in posts for column in self.columns):
            return pd.DataFrame(columns=["n", "d", "w"], dtype=float)
        n = posts[list(self.numerator)].astype(float).sum(axis=1, min_count=len(self.numerator))
        d = posts[list(self.denominator)].astype(float).sum(axis=1, min_count=len(self.denominator)) \
            if self.denominator else pd.Series(1.0, index=posts.index)
        w = posts[self.weight].astype(float) if self.weight else pd.Series(1.0, index=posts.index)
        frame = pd.DataFrame({"n": n, "d": d, "w": w}).dropna()
        return frame if self.total else frame[(frame["d"] * frame["w"]) > 0]

    def per_post(self, posts: pd.DataFrame) -> pd.Series:
        p = self.parts(posts)
        return p["n"] / p["d"]

    def period(self, posts: pd.DataFrame) -> float | None:
        p = self.parts(posts)
        if p.empty:
            return None
        if self.total:
            return float(p["n"].sum())
        return M.ratio(float((p["n"] * p["w"]).sum()), float((p["d"] * p["w"]).sum()))


SIGNALS: dict[str, Signal] = {}


def _signal(signal: Signal, en: str, zh: str, f_en: str, f_zh: str, kind: Kind = "percent",
            digits: int | None = None) -> None:
    """Register ``signal`` once: its metric (label, formula, unit, source columns) computes its period figure."""
    SIGNALS[signal.name] = signal
    if signal.name in M.METRICS and M.METRICS[signal.name].compute is None and signal.total:
        return  # a recorded count the metrics table already defines (favorites, likes)

    def compute(posts: pd.DataFrame) -> float | None:
        return signal.period(posts)

    compute.__qualname__ = f"signal_{signal.name}"
    columns = "posts." + ", ".join(signal.source or signal.columns)
    M.defines(signal.name, en, zh, f_en, f_zh, columns, kind, digits)(compute)


_PLAYS = "plays (reads)"
_signal(Signal("open_rate", ("message_reads",), ("delivered",)), "Open rate (送达阅读率)", "送达阅读率",
        "Reads from the push message ÷ followers it was delivered to, summed over posts", "消息阅读次数 ÷ 送达人数（各篇合计）", digits=2)
_signal(Signal("first_share_rate", ("first_shares",), ("message_reads",)), "First-share rate", "首次分享率",
        "First shares ÷ reads from the push message, summed over posts", "首次分享次数 ÷ 消息阅读次数（各篇合计）", digits=2)
_signal(Signal("reads_per_share", ("share_reads",), ("reposts",)), "Reads per share", "每次分享带来阅读",
        "Reads that shares brought ÷ shares, summed over posts", "分享产生阅读次数 ÷ 分享次数（各篇合计）", "number", 1)
_signal(Signal("read_completion_rate", ("read_completion_rate",), weight="reads"), "Read-completion rate", "阅读完成率",
        "Each post's read-completion rate weighted by its reads", "各篇阅读完成率按阅读数加权")
_signal(Signal("in_view", ("in_view",), total=True), "在看", "在看数", "Sum of 在看, a figure of its own (not a like)",
        "在看之和（与点赞分开统计）", "count")
_signal(Signal("likes", ("likes",), total=True), "Likes", "点赞数", "Sum of likes", "点赞之和", "count")
_signal(Signal("favorites", ("favorites",), total=True), "Favorites", "收藏数", "Sum of favorites (saves)", "收藏之和", "count")
_signal(Signal("completion_rate", ("completion_rate",), weight="reads"), "Completion rate (完播率)", "完播率",
        f"Each video's completion rate weighted by its {_PLAYS}: completed plays ÷ plays", "各视频完播率按播放量加权：完播次数 ÷ 播放量")
_signal(Signal("completion_5s_rate", ("completion_5s_rate",), weight="reads"), "5-second completion rate", "5秒完播率",
        f"Each video's share of plays lasting 5 s, weighted by its {_PLAYS}", "各视频 5 秒完播率按播放量加权")
_signal(Signal("bounce_2s_rate", ("bounce_2s_rate",), weight="reads"), "2-second bounce rate", "2秒跳出率",
        f"Each video's share of plays left within 2 s, weighted by its {_PLAYS}", "各视频 2 秒跳出率按播放量加权")
_signal(Signal("avg_watch_seconds", ("avg_watch_seconds",), weight="reads"), "Average watch time", "平均播放时长",
        f"Each video's average watch time weighted by its {_PLAYS}: watch time ÷ plays", "各视频平均播放时长按播放量加权：总播放时长 ÷ 播放量",
        "seconds", 1)
_signal(Signal("watch_ratio", ("avg_watch_seconds",), ("duration_seconds",), weight="reads"), "Watch ratio", "播放时长占比",
        "Watch time ÷ (video length × plays), over videos with both: how much of a video people watch",
        "总播放时长 ÷（视频时长 × 播放量）：观众看完了视频的多少")
_signal(Signal("cover_click_rate", ("reads",), ("implied_impressions",), source=("reads", "cover_click_rate")), "Cover click rate", "封面点击率",
        "Plays ÷ the impressions each post's cover click rate implies (plays ÷ rate): clicks ÷ impressions over the period",
        "播放量 ÷ 各条封面点击率推算的曝光（播放量 ÷ 点击率）：期内点击 ÷ 曝光", digits=1)
_signal(Signal("click_rate", ("reads",), ("impressions",)), "Click rate", "点击率",
        "Views ÷ impressions, summed over notes", "观看量 ÷ 曝光量（各篇合计）", digits=2)
_signal(Signal("saves_per_like", ("favorites",), ("likes",)), "Saves per like (藏赞比)", "藏赞比",
        "Saves ÷ likes, summed over posts: above 1, people keep it to use later", "收藏 ÷ 点赞（各篇合计）：大于 1 说明内容被收藏备用",
        "number", 2)
_signal(Signal("breakout_note_share", ("breakout_note",), source=("likes",)), "Breakout-note share (爆文率)", "爆文率",
        f"Notes with at least {BREAKOUT_NOTE_LIKES:,} likes ÷ notes", f"点赞不少于 {BREAKOUT_NOTE_LIKES} 的笔记 ÷ 笔记数")
_signal(Signal("coins", ("coins",), total=True), "Coins (投币)", "投币数", "Sum of coins", "投币之和", "count")
_signal(Signal("danmaku", ("danmaku",), total=True), "Danmaku (弹幕)", "弹幕数", "Sum of danmaku", "弹幕之和", "count")
_signal(Signal("triple_rate", ("likes", "coins", "favorites"), ("reads",)), "Triple rate (三连率)", "三连率",
        "(Likes + coins + favorites) ÷ plays, summed over videos", "（点赞 + 投币 + 收藏）÷ 播放量（各条合计）", digits=2)
_signal(Signal("plays_to_follows", ("follows",), ("reads",)), "Plays to follows", "播放转粉率",
        "Follows gained ÷ plays, summed over videos", "涨粉 ÷ 播放量（各条合计）", digits=3)
_signal(Signal("original_share", ("original",), source=("is_original",)), "Original posts", "原创占比",
        "Original posts (not reposts) ÷ posts that say which they are", "原创内容 ÷ 标明是否原创的内容")
_signal(Signal("recommends", ("recommends",), total=True), "Recommends (推荐)", "推荐数",
        "Sum of 推荐 (a friend recommendation, not a like)", "推荐之和（好友推荐，不是点赞）", "count")

# Each platform's own set, in the order its back end shows them.
SETS: dict[str, tuple[str, ...]] = {
    "wechat": ("open_rate", "first_share_rate", "reads_per_share", "read_completion_rate", "in_view", "likes"),
    "weibo": ("original_share",),
    "douyin": ("completion_rate", "completion_5s_rate", "bounce_2s_rate", "avg_watch_seconds", "watch_ratio",
               "cover_click_rate", "favorites"),
    "channels": ("completion_rate", "avg_watch_seconds", "watch_ratio", "recommends"),
    "xiaohongshu": ("click_rate", "cover_click_rate", "favorites", "saves_per_like", "breakout_note_share",
                    "avg_watch_seconds", "danmaku"),
    "bilibili": ("triple_rate", "coins", "danmaku", "favorites", "plays_to_follows"),
    "kuaishou": ("completion_rate", "avg_watch_seconds"),
}


def signal_set(platform: str | None) -> tuple[str, ...]:
    return SETS.get(str(platform), ())


def prepare(posts: pd.DataFrame) -> pd.DataFrame:
    """The derived per-post columns some signals read: a breakout note, an original post, the impressions a
    cover click rate implies."""
    out = posts.copy()
    if "likes" in out:
        out["breakout_note"] = (out["likes"] >= BREAKOUT_NOTE_LIKES).astype(float).where(out["likes"].notna())
    if "is_original" in out:
        out["original"] = out["is_original"].map({True: 1.0, False: 0.0})
    if "cover_click_rate" in out and "reads" in out:
        rate = out["cover_click_rate"].astype(float)
        out["implied_impressions"] = out["reads"] / rate.where(rate > 0)
    else:
        out["implied_impressions"] = np.nan
    return out


def figures(posts: pd.DataFrame, names: tuple[str, ...]) -> pd.DataFrame:
    """Each signal's period figure, its median per post and how many posts carry it (index: signal)."""
    ready = prepare(posts)
    rows = []
    for name in names:
        signal = SIGNALS[name]
        per_post = signal.per_post(ready)
        rows.append({"metric": name, "value": signal.period(ready), "posts": len(per_post),
                     "median": float(per_post.median()) if len(per_post) and not signal.total else None})
    return pd.DataFrame(rows, columns=["metric", "value", "median", "posts"]).set_index("metric")
