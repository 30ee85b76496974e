"""What the audience says (评论洞察): how much, about what, in what mood, what it asks and complains of, whether
the account answers, and who speaks.

DataFrames in, dataclasses out; no I/O and no plotting. Comments arrive already read: authors hashed, terms,
sentiment and flags worked out when they were loaded (:mod:`socialops.data.comments`). "The audience" is every
comment the account did not write itself; the account's own comments are its replies.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

from socialops import metrics as M
from socialops.data import text as T
from socialops.data.periods import Period
from socialops.voice import (  # noqa: F401 - the workbook's notebook and tests read these here too
    BOOTSTRAP_SAMPLES,
    REPLY_HOURS,
    Care,
    audience,
    business_minutes,
    care,
    comments_written,
    in_period,
    net_sentiment,
    sentiment_shares,
)

TOP_POSTS = 5              # the posts that drew the most discussion
TOP_TERMS = 10             # terms that rose and fell
MIN_TERM_COUNT = 3         # a term said fewer times in both periods never rises or falls
QUOTES = 5                 # most-liked comments quoted
MIN_GROUP_COMMENTS = 20    # fewer comments in a format, topic or post: shown, never said to draw the negative share up
CORE_POSTS = 3             # core commenters: commented on at least this many posts in the last 90 days
CORE_WINDOW_DAYS = 90
DORMANT_DAYS = 60          # commented before, silent this long: dormant
TIERS = ("core", "active", "one_off", "dormant")


# ---------------------------------------------------------------- 1. volume

@dataclass
class Volume:
    crawled: bool              # any comment of the account at all: without, every figure is "not available"
    table: pd.DataFrame        # index metric: current, previous, change_pct
    top_posts: pd.DataFrame    # post_id, title, published_at, crawled (the audience's comments), reads, negative_share
    period: Period
    previous: Period
    covered: Period | None = None  # the part of the period the data covers, where it stops early: nothing is compared


@M.defines("comments_per_post", "Comments per post", "条均评论",
           "The audience's crawled comments on the period's posts ÷ the period's posts",
           "本期内容下已抓取的受众评论数 ÷ 本期发布数", "comments.post_id; posts.published_at", "number", 1)
@M.defines("comments_per_1k_reads", "Comments per 1,000 reads", "每千次阅读评论数",
           "The audience's crawled comments on the period's posts with reads ÷ their reads × 1000",
           "本期有阅读数的内容下受众评论数 ÷ 这些内容的阅读数 × 1000", "comments.post_id; posts.reads", "number", 2)
def volume(voice: pd.DataFrame, posts: pd.DataFrame | None, period: Period, previous: Period,
           covered: Period | None = None) -> Volume:
    """Comments in the period and per post and per 1,000 reads, against the previous period, and the posts that
    drew the most discussion. Where the data covers only part of the period (``covered``), the figures are that
    part's and are not set against the whole previous period."""
    partial = covered is not None and covered != period
    said = voice[~voice["own"]] if len(voice) else voice
    posts = posts if posts is not None else pd.DataFrame(columns=["post_id", "published_at"])
    now = in_period(posts, period, "published_at")
    before = {name: None for name in _volume_figures(said, now, period)} if partial else \
        _volume_figures(said, in_period(posts, previous, "published_at"), previous)
    table = pd.DataFrame({"current": _volume_figures(said, now, period), "previous": before})
    table["change_pct"] = [M.change_pct(c, p) for c, p in zip(table["current"], table["previous"])]
    per_post = said[said["post_id"].isin(now["post_id"])].groupby("post_id").agg(
        crawled=("comment_id", "size"), negative=("sentiment", lambda s: float((s == "negative").mean())))
    shown = now.set_index("post_id")[[c for c in ("title", "published_at", "reads") if c in now]]
    top = shown.join(per_post, how="inner").nlargest(TOP_POSTS, "crawled").reset_index()
    keep = [c for c in ("post_id", "title", "published_at", "crawled", "reads", "negative") if c in top]
    return Volume(len(voice) > 0, table, top[keep].rename(columns={"negative": "negative_share"}), period, previous,
                  covered if partial else None)


def _volume_figures(said: pd.DataFrame, posts: pd.DataFrame, window: Period) -> dict[str, float | None]:
    on = said[said["post_id"].isin(posts["post_id"])] if len(said) else said
    read = posts.dropna(subset=["reads"]) if "reads" in posts else posts.iloc[0:0]
    on_read = on[on["post_id"].isin(read["post_id"])] if len(on) else on
    reads = M.total(read["reads"]) if len(read) else None
    return {"audience_comments": comments_written(said, window),
            "comments_per_post": M.per_post(float(len(on)), len(posts)) if len(said) else None,
            "comments_per_1k_reads": None if not len(said) or not reads else len(on_read) / reads * 1000}


# ---------------------------------------------------------------- 2. what they talk about

@dataclass
class Topics:
    rising: pd.DataFrame       # term, count, previous, per_1k, previous_per_1k, change (per 1,000 comments)
    falling: pd.DataFrame
    top: pd.DataFrame          # the period's most said terms: term, count
    quotes: pd.DataFrame       # the most-liked comments: text, likes, sentiment, created_at
    comments: int
    previous_comments: int


def _most_said(counts: Counter, n: int) -> list[tuple[str, int]]:
    """The ``n`` terms said most, ties in the terms' order: Counter.most_common breaks ties by insertion order, which
    a set of each comment's terms makes differ from one process to the next (the same data, two pages)."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def _term_counts(said: pd.DataFrame) -> Counter:
    counts: Counter = Counter()
    for terms in said["terms"].dropna() if "terms" in said else ():
        counts.update(set(t for t in str(terms).split(";") if t))  # a comment says a term once however often it repeats it
    return counts


@M.defines("term_change", "Change per 1,000 comments", "每千条评论变化",
           f"Comments saying the term per 1,000 comments, this period − the previous (terms said at least {MIN_TERM_COUNT} "
           "times; jieba with the brand's words, stop words left out, laughter and emoji as terms of their own)",
           f"提及该词的评论数 / 千条评论，本期 − 上期（至少被提及 {MIN_TERM_COUNT} 次的词；jieba 分词并加入品牌词，去除停用词，"
           "笑声与表情单独成词）", "comments.terms", "number", 1, signed=True)
def topics(voice: pd.DataFrame, period: Period, previous: Period) -> Topics:
    """The terms that rose and fell against the previous period (per 1,000 comments, so a busier period does not
    raise every term), the most said, and the most-liked comments."""
    said = voice[~voice["own"]] if len(voice) else voice
    now, before = in_period(said, period), in_period(said, previous)
    current, prior = _term_counts(now), _term_counts(before)
    table = pd.DataFrame({"term": sorted(set(current) | set(prior))})
    table["count"] = table["term"].map(current).fillna(0).astype(int)
    table["previous"] = table["term"].map(prior).fillna(0).astype(int)
    table["per_1k"] = table["count"] / max(len(now), 1) * 1000
    table["previous_per_1k"] = table["previous"] / max(len(before), 1) * 1000
    table["change"] = table["per_1k"] - table["previous_per_1k"]
    compared = table[(table[["count", "previous"]].max(axis=1) >= MIN_TERM_COUNT)] if len(before) and len(now) else table.iloc[0:0]
    rising = compared[compared["change"] > 0].nlargest(TOP_TERMS, "change")
    falling = compared[compared["change"] < 0].nsmallest(TOP_TERMS, "change")
    top = table[table["count"] > 0].sort_values(["count", "term"], ascending=[False, True]).head(TOP_TERMS)
    quotes = now.dropna(subset=["text"])
    if "likes" in quotes and quotes["likes"].notna().any():
        quotes = quotes.sort_values(["likes", "created_at"], ascending=[False, True], na_position="last")
    cols = [c for c in ("text", "likes", "sentiment", "created_at", "post_id") if c in quotes]
    return Topics(rising.reset_index(drop=True), falling.reset_index(drop=True), top[["term", "count"]].reset_index(drop=True),
                  quotes.head(QUOTES)[cols].reset_index(drop=True), len(now), len(before))


# ---------------------------------------------------------------- 3. how they feel

@dataclass
class Mood:
    shares: pd.DataFrame         # index sentiment: current, previous (shares of the comments with a sentiment)
    counts: dict[str, int]       # the period's comments per sentiment
    nsr: float | None
    nsr_low: float | None
    nsr_high: float | None
    nsr_previous: float | None
    groups: dict[str, pd.DataFrame]   # format / topic / post → group, comments, negative_share, ci_low, ci_high, enough
    drawn_up: dict[str, str | None]   # dimension → the group whose negative share is clearly above the period's
    accuracy: T.Accuracy
    daily: pd.DataFrame          # date × sentiment counts


def _bootstrap(counts: np.ndarray, statistic, seed: int) -> tuple[float | None, float | None]:
    """A percentile bootstrap interval of a statistic of class counts: resampling n comments with replacement is a
    multinomial draw of the counts, so 100,000 comments cost what 100 do (seeded: the same comments, the same interval)."""
    n = int(counts.sum())
    if n < 2:
        return None, None
    draws = np.random.default_rng(seed).multinomial(n, counts / n, size=BOOTSTRAP_SAMPLES)
    stats = statistic(draws)
    stats = stats[~np.isnan(stats)]
    if not len(stats):
        return None, None
    low, high = np.percentile(stats, [2.5, 97.5])
    return float(low), float(high)


def _nsr_of(draws: np.ndarray) -> np.ndarray:
    """NSR of each row of (positive, neutral, negative) counts."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return (draws[:, 0] - draws[:, 2]) / (draws[:, 0] + draws[:, 2])


def _share_of_first(draws: np.ndarray) -> np.ndarray:
    return draws[:, 0] / draws.sum(axis=1)


def _counts(labels: pd.Series) -> np.ndarray:
    return np.array([(labels == s).sum() for s in ("positive", "neutral", "negative")], dtype=float)


@M.defines("sentiment_accuracy", "Sentiment accuracy", "情感判断准确率",
           "The classifier's accuracy on labelled short comments it was never trained on, measured when the report ran "
           "(macro-F1 and the number of comments beside it)", "情感分类器在未参与训练的人工标注短评上的准确率，于生成报告时实测"
           "（旁附宏平均 F1 与样本数）", "socialops' and the team's labelled comments", "percent", 1)
def mood(voice: pd.DataFrame, posts: pd.DataFrame | None, period: Period, previous: Period) -> Mood:
    """Positive, neutral and negative shares and the net sentiment rate with its interval, against the previous
    period; which formats, topics and posts draw the negative share up; the classifier's measured accuracy."""
    said = voice[~voice["own"]] if len(voice) else voice
    now, before = in_period(said, period), in_period(said, previous)
    labels_now = now["sentiment"] if "sentiment" in now else pd.Series(dtype=object)
    labels_before = before["sentiment"] if "sentiment" in before else pd.Series(dtype=object)
    shares = pd.DataFrame({"current": sentiment_shares(labels_now), "previous": sentiment_shares(labels_before)})
    counts = _counts(labels_now)
    low, high = _bootstrap(counts, _nsr_of, seed=int(counts.sum()))
    groups, drawn = _negative_groups(now, posts)
    daily = pd.crosstab(now["created_at"].dt.normalize(), now["sentiment"]) if len(now) and "sentiment" in now else pd.DataFrame()
    return Mood(shares, {s: int((labels_now == s).sum()) for s in ("positive", "neutral", "negative")},
                net_sentiment(labels_now), low, high, net_sentiment(labels_before), groups, drawn, T.accuracy(), daily)


def _negative_groups(now: pd.DataFrame, posts: pd.DataFrame | None) -> tuple[dict[str, pd.DataFrame], dict[str, str | None]]:
    """The negative share of comments under each format, topic and post, with intervals; a group draws the share up
    when it has enough comments and its interval lies wholly above the period's share."""
    if not len(now) or "sentiment" not in now or posts is None or posts.empty:
        return {}, {}
    rated = now.dropna(subset=["sentiment"])
    overall = float((rated["sentiment"] == "negative").mean()) if len(rated) else None
    joined = rated.merge(posts[[c for c in ("post_id", "format", "topic", "title") if c in posts]], on="post_id", how="left")
    groups, drawn = {}, {}
    for dimension in ("format", "topic", "post_id"):
        if dimension not in joined or joined[dimension].isna().all():
            continue
        rows = []
        for group, part in joined.dropna(subset=[dimension]).groupby(dimension, sort=True):
            negative = int((part["sentiment"] == "negative").sum())
            low, high = _bootstrap(np.array([negative, len(part) - negative], dtype=float), _share_of_first, seed=len(part))
            rows.append({"group": group, "comments": len(part), "negative_share": negative / len(part),
                         "ci_low": low, "ci_high": high, "enough": len(part) >= MIN_GROUP_COMMENTS,
                         "title": part["title"].iloc[0] if "title" in part else None})
        table = pd.DataFrame(rows).sort_values(["negative_share", "comments"], ascending=[False, False]).reset_index(drop=True)
        if dimension == "post_id":
            table = table[table["enough"]].head(TOP_POSTS).reset_index(drop=True)
        groups[dimension] = table
        eligible = table[table["enough"]]
        drawn[dimension] = (eligible["group"].iloc[0] if len(eligible) >= 2 and overall is not None
                            and eligible["ci_low"].iloc[0] is not None and eligible["ci_low"].iloc[0] > overall else None)
    return groups, drawn


# ---------------------------------------------------------------- 4. questions, complaints and care

# ---------------------------------------------------------------- 5. who speaks

@dataclass
class Pyramid:
    tiers: pd.DataFrame         # index tier: commenters now, previous, comments (in the period)
    moves: pd.DataFrame         # from tier (or "new") × to tier: commenters
    terms: dict[str, list[tuple[str, int]]]   # tier → its most said terms in the period
    core_k: int
    authors: int                # commenters known by their (hashed) author


def tiers_at(said: pd.DataFrame, day: pd.Timestamp, core_k: int = CORE_POSTS) -> pd.Series:
    """Each commenter's tier as of the close of ``day``: core (commented on ``core_k``+ posts in the last 90 days),
    dormant (silent for 60 days), one-off (one comment ever), else active."""
    close = day.normalize() + pd.Timedelta(days=1)
    known = said[said["created_at"] < close].dropna(subset=["author"])
    if known.empty:
        return pd.Series(dtype=object)
    recent = known[known["created_at"] >= close - pd.Timedelta(days=CORE_WINDOW_DAYS)]
    posts = recent.groupby("author")["post_id"].nunique()
    last = known.groupby("author")["created_at"].max()
    count = known.groupby("author").size()
    tier = pd.Series("active", index=last.index, dtype=object)
    tier[count == 1] = "one_off"
    tier[posts.reindex(tier.index).fillna(0) >= core_k] = "core"
    tier[last < close - pd.Timedelta(days=DORMANT_DAYS)] = "dormant"  # silent now, whatever they were
    return tier


@M.defines("core_commenters", "Core commenters", "核心评论用户",
           f"Commenters who commented on at least k posts (default {CORE_POSTS}) in the {CORE_WINDOW_DAYS} days to the period's end; "
           f"dormant: commented before, silent {DORMANT_DAYS} days; one-off: one comment ever; active: the rest. "
           "People are told apart by a salted hash, never by name",
           f"截至期末 {CORE_WINDOW_DAYS} 天内评论过至少 k 条内容（默认 {CORE_POSTS}）的用户；沉睡：曾评论、已 {DORMANT_DAYS} 天未评论；"
           "一次性：只评论过一次；活跃：其余。用户以加盐哈希区分，从不记录昵称", "comments.author, post_id, created_at")
def pyramid(voice: pd.DataFrame, period: Period, previous: Period, core_k: int = CORE_POSTS) -> Pyramid:
    """The user pyramid (用户分层) at the period's end against the previous period's end, the moves between tiers,
    and what each tier talks about."""
    said = voice[~voice["own"]] if len(voice) else voice
    if not len(said) or "author" not in said or said["author"].isna().all():
        empty = pd.DataFrame(0, index=list(TIERS), columns=["commenters", "previous", "comments"])
        return Pyramid(empty, pd.DataFrame(), {}, core_k, 0)
    now, before = tiers_at(said, period.end, core_k), tiers_at(said, previous.end, core_k)
    written = in_period(said, period).dropna(subset=["author"])
    table = pd.DataFrame({"commenters": now.value_counts().reindex(TIERS, fill_value=0),
                          "previous": before.value_counts().reindex(TIERS, fill_value=0),
                          "comments": written["author"].map(now).value_counts().reindex(TIERS, fill_value=0)})
    moves = pd.crosstab(before.reindex(now.index).fillna("new").rename("from"), now.rename("to"))
    moves = moves.reindex(index=["new", *TIERS], columns=list(TIERS), fill_value=0)
    terms = {}
    for tier in TIERS:
        said_by = written[written["author"].map(now) == tier]
        terms[tier] = _most_said(_term_counts(said_by), 5)
    return Pyramid(table, moves, terms, core_k, int(now.size))


@dataclass
class Peers:
    table: pd.DataFrame       # index account_id (ours first): name, audience_comments, nsr, negative_share, reply_rate,
                              # core_commenters, core_share (of the period's commenters); only accounts whose comments exist
    account: str
    missing: list[str]        # competitors on our platform whose comments were not crawled
    core_k: int


def peers(comments: pd.DataFrame | None, accounts: pd.DataFrame, account: str, period: Period,
          core_k: int = CORE_POSTS) -> Peers:
    """Our audience against each competitor's on our platform, where their comments were crawled: volume, net sentiment,
    negative share, how often the account answers, and how many of the period's commenters are core."""
    info = accounts.set_index("account_id")
    platform = info.loc[account, "platform"] if account in info.index else None
    rivals = [str(a) for a in info.index[(info["platform"] == platform) & (info["role"] == "competitor")]] if platform else []
    rows, missing = [], []
    for who in [account, *rivals]:
        said = audience(comments, accounts, who)
        heard = said[~said["own"]] if len(said) else said
        if heard.empty:
            if who != account:
                missing.append(str(info.loc[who, "name"]) if "name" in info else who)
            continue
        now = in_period(heard, period)
        tiers = tiers_at(heard, period.end, core_k)
        speakers = now["author"].dropna().unique() if "author" in now else []
        core = int((tiers == "core").sum())
        replied = care(said, period)
        rows.append({"account_id": who, "name": str(info.loc[who, "name"]) if "name" in info else who,
                     "audience_comments": comments_written(heard, period),
                     "nsr": net_sentiment(now["sentiment"]) if len(now) else None,
                     "negative_share": sentiment_shares(now["sentiment"])["negative_share"] if len(now) else None,
                     "reply_rate": replied.reply_rate, "core_commenters": float(core),
                     "core_share": M.ratio(int((tiers.reindex(speakers) == "core").sum()), len(speakers))})
    table = pd.DataFrame(rows, columns=["account_id", "name", "audience_comments", "nsr", "negative_share", "reply_rate",
                                        "core_commenters", "core_share"]).set_index("account_id")
    return Peers(table, account, missing, core_k)

