"""The published indexes, exactly as their publishers define them: WCI v14.2 (WeChat) and BCI (Weibo).

WCI v14.2 (清博 gsdata): four components of the same shape over reads R, 在看 Z, likes L and
shares RE, each ``0.70·ln(R+1) + 0.09·ln(10·Z+1) + 0.06·ln(10·L+1) + 0.15·ln(10·RE+1)``:
O on daily averages (÷ d), A on per-article averages (÷ n), H on the headlines' daily
averages (÷ d), P on the period's highest single figures; WCI = (0.6·O + 0.2·A + 0.1·H +
0.1·P)² × 1.2 × 10. d is 7 for a week, 30 for a month, 365 for a year, else the period's
days; a 10万+ read counts as 100,001. BCI: (0.2·W1 + 0.8·W2) × 160 with W1 = ln(posts + 1)
and W2 = 0.4·ln(reposts + 1) + 0.4·ln(comments + 1) + 0.2·ln(likes + 1), over the period.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from socialops import metrics as M
from socialops.data.periods import Period

WCI_PARTS = {"reads": (0.70, 1), "in_view": (0.09, 10), "likes": (0.06, 10), "reposts": (0.15, 10)}  # weight, scale
WCI_WEIGHTS = {"O": 0.6, "A": 0.2, "H": 0.1, "P": 0.1}
WCI_SCALE = 1.2 * 10
BCI_W2 = {"reposts": 0.4, "comments": 0.4, "likes": 0.2}
BCI_WEIGHTS = {"W1": 0.2, "W2": 0.8}
BCI_SCALE = 160
WCI_NEEDS = ("reads", "in_view", "likes", "reposts", "is_headline")
BCI_NEEDS = ("reposts", "comments", "likes")


@dataclass
class IndexScore:
    """An index's value and its components; ``missing``: inputs the data lacks (then no value)."""

    name: str
    value: float | None
    components: dict[str, float] = field(default_factory=dict)     # each component's own score
    contributions: dict[str, float] = field(default_factory=dict)  # weight × component: they add up to the inner sum
    missing: tuple[str, ...] = ()


def index_days(period: Period) -> int:
    """The publisher's d: 7 for a week, 30 for a month, 365 for a year, else the period's own days."""
    start, end = period.start, period.end
    if period.days == 7 and start.weekday() == 0:
        return 7
    if start.day == 1 and end == start + pd.offsets.MonthEnd(0):
        return 30
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
        return 365
    return period.days


def _wci_part(values: dict[str, float]) -> float:
    return sum(weight * math.log(scale * values[name] + 1) for name, (weight, scale) in WCI_PARTS.items())


@M.defines("wci", "WCI v14.2", "WCI（v14.2）",
           "(0.6·O + 0.2·A + 0.1·H + 0.1·P)² × 12; each of O (per day), A (per article), H (headlines per day) and "
           "P (the highest article) = 0.70·ln(reads + 1) + 0.09·ln(10·在看 + 1) + 0.06·ln(10·likes + 1) + 0.15·ln(10·shares + 1); "
           "a day count d of 7 a week, 30 a month, 365 a year",
           "(0.6·O + 0.2·A + 0.1·H + 0.1·P)² × 12；O（日均）、A（篇均）、H（头条日均）、P（单篇最高）各为 0.70·ln(阅读 + 1) + "
           "0.09·ln(10·在看 + 1) + 0.06·ln(10·点赞 + 1) + 0.15·ln(10·转发 + 1)；周取 7 天、月取 30 天、年取 365 天",
           "posts.reads, in_view, likes, reposts, is_headline", "number", 2)
def wci(posts: pd.DataFrame, period: Period) -> IndexScore:
    """WeChat Communication Index v14.2 of one account's articles in ``period``."""
    missing = tuple(c for c in WCI_NEEDS if c not in posts or posts[c].isna().all())
    if missing:
        return IndexScore("wci", None, missing=missing)
    articles = posts.dropna(subset=list(WCI_NEEDS))
    if articles.empty:
        return IndexScore("wci", None, missing=("posts",))
    d, n = index_days(period), len(articles)
    heads = articles[articles["is_headline"].astype(bool)]
    totals = {c: float(articles[c].sum()) for c in WCI_PARTS}
    components = {
        "O": _wci_part({c: v / d for c, v in totals.items()}),
        "A": _wci_part({c: v / n for c, v in totals.items()}),
        "H": _wci_part({c: float(heads[c].sum()) / d for c in WCI_PARTS}),
        "P": _wci_part({c: float(articles[c].max()) for c in WCI_PARTS}),
    }
    contributions = {k: WCI_WEIGHTS[k] * v for k, v in components.items()}
    return IndexScore("wci", sum(contributions.values()) ** 2 * WCI_SCALE, components, contributions)


@M.defines("bci", "BCI", "BCI",
           "(0.2·W1 + 0.8·W2) × 160; W1 = ln(posts + 1), W2 = 0.4·ln(reposts + 1) + 0.4·ln(comments + 1) + 0.2·ln(likes + 1), "
           "over the period",
           "(0.2·W1 + 0.8·W2) × 160；W1 = ln(发博数 + 1)，W2 = 0.4·ln(转发 + 1) + 0.4·ln(评论 + 1) + 0.2·ln(点赞 + 1)（全期合计）",
           "posts, reposts, comments, likes", "number", 2)
def bci(posts: float | None, totals: dict[str, float | None]) -> IndexScore:
    """Weibo's BCI from the period's post count and its reposts, comments and likes."""
    missing = tuple(c for c in BCI_NEEDS if M.is_missing(totals.get(c)))
    if M.is_missing(posts):
        missing = ("posts", *missing)
    if missing:
        return IndexScore("bci", None, missing=missing)
    components = {"W1": math.log(float(posts) + 1),
                  "W2": sum(w * math.log(float(totals[c]) + 1) for c, w in BCI_W2.items())}  # type: ignore[arg-type]
    contributions = {k: BCI_WEIGHTS[k] * v * BCI_SCALE for k, v in components.items()}
    return IndexScore("bci", sum(contributions.values()), components, contributions)
