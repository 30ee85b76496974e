"""What several reports read of the comments: the account's audience, its net sentiment and shares, and customer
care (replies, their business-hours delay, what is still unanswered).

The audience voice workbook reads all of it; the weekly review reads an account's line (comments, NSR, complaints
unanswered) and the alerts read care. DataFrames in, dataclasses out; no I/O and no plotting. "The audience" is every
comment the account did not write itself; the account's own comments are its replies.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from socialops import metrics as M
from socialops.data.comments import is_own
from socialops.data.periods import Period

BOOTSTRAP_SAMPLES = 1000   # resamples of every interval of a share or a rate of comments
BUSINESS_HOURS = (9, 18)   # customer care's working day, local time, on the official calendar's working days
REPLY_HOURS = 24           # a complaint unanswered this long is listed (the notebook's ``reply_hours``)
WAITING = ("comment_id", "created_at", "text", "kind", "hours", "post_id")  # an unanswered question or complaint


def audience(comments: pd.DataFrame | None, accounts: pd.DataFrame | None, account: str) -> pd.DataFrame:
    """The account's comments with ``own`` (its own replies) and ``created_at`` as times, oldest first."""
    if comments is None or comments.empty:
        return pd.DataFrame(columns=["comment_id", "post_id", "account_id", "created_at", "own"])
    mine = comments[comments["account_id"] == account].copy()
    mine["created_at"] = pd.to_datetime(mine["created_at"])
    mine["own"] = is_own(mine, accounts)
    return mine.sort_values("created_at", kind="stable").reset_index(drop=True)


def in_period(frame: pd.DataFrame, period: Period, column: str = "created_at") -> pd.DataFrame:
    return frame[period.mask(pd.to_datetime(frame[column]))] if len(frame) else frame


@M.defines("audience_comments", "Comments read", "已读取评论",
           "Comments the audience wrote in the period, as crawled (the account's own replies left out; the platform's own "
           "comment count, 'Comments', may be higher: a crawl can miss some)",
           "期内受众发表、已抓取到的评论数（不含账号自己的回复；平台统计的“评论数”可能更高：抓取可能遗漏）",
           "comments.created_at, author")
def comments_written(said: pd.DataFrame, period: Period) -> float | None:
    """The audience's comments written in the period (``said``: the account's comments less its own); None where
    none was crawled, never 0."""
    return float(len(in_period(said, period))) if len(said) else None


@M.defines("nsr", "Net sentiment rate", "净情感度",
           f"(positive − negative) ÷ (positive + negative) comments, with a {BOOTSTRAP_SAMPLES:,}-resample bootstrap "
           "interval; neutral comments left out", f"（正面 − 负面）÷（正面 + 负面）评论，附 {BOOTSTRAP_SAMPLES} 次自助法区间；"
           "中性评论不计", "comments.sentiment", "percent", 1, signed=True)
def net_sentiment(labels: pd.Series) -> float | None:
    """KAWO's net sentiment rate: the balance of positive over negative, from -100% to +100%."""
    positive, negative = int((labels == "positive").sum()), int((labels == "negative").sum())
    return M.ratio(positive - negative, positive + negative)


@M.defines("negative_share", "Negative share", "负面占比", "Negative comments ÷ comments with a sentiment",
           "负面评论 ÷ 有情感判断的评论", "comments.sentiment", "percent", 1)
@M.defines("positive_share", "Positive share", "正面占比", "Positive comments ÷ comments with a sentiment",
           "正面评论 ÷ 有情感判断的评论", "comments.sentiment", "percent", 1)
@M.defines("neutral_share", "Neutral share", "中性占比", "Neutral comments ÷ comments with a sentiment",
           "中性评论 ÷ 有情感判断的评论", "comments.sentiment", "percent", 1)
def sentiment_shares(labels: pd.Series) -> dict[str, float | None]:
    known = labels.dropna()
    return {f"{s}_share": (float((known == s).mean()) if len(known) else None) for s in ("positive", "neutral", "negative")}


@dataclass
class Care:
    questions: int
    complaints: int
    top_level: int               # the audience's comments that start a thread (a reply is answered in its thread)
    replied: int
    reply_rate: float | None
    median_minutes: float | None             # to the account's first reply, in business minutes
    complaint_reply_rate: float | None
    complaint_median_minutes: float | None
    unanswered: pd.DataFrame     # questions and complaints without a reply, oldest first: created_at, text, kind, hours
    overdue: int                 # complaints unanswered past ``hours``
    hours: float
    calendar: bool               # False: the official calendar does not cover the dates (Monday–Friday used)
    replies_crawled: bool        # False: the crawl holds no reply at all, so "unanswered" cannot be told


def business_minutes(start: pd.Series, end: pd.Series, hours: tuple[int, int] = BUSINESS_HOURS) -> tuple[pd.Series, bool]:
    """Minutes of customer care's working day between each start and end: 9:00-18:00 on the official calendar's
    working days (public holidays off, the weekend days made working days on), via chinese-calendar."""
    import chinese_calendar

    start, end = pd.to_datetime(start), pd.to_datetime(end)
    known = start.notna() & end.notna()
    if not known.any():
        return pd.Series(np.nan, index=start.index), True
    first, last = start[known].min().normalize(), end[known].max().normalize()
    days = pd.date_range(first, last)
    try:
        working = np.array([chinese_calendar.is_workday(d.date()) for d in days])
        calendar = True
    except NotImplementedError:  # the official schedule is published a year at a time
        working, calendar = np.array([d.weekday() < 5 for d in days]), False
    open_at, close_at = hours[0] * 60, hours[1] * 60
    per_day = np.where(working, close_at - open_at, 0)
    before = np.concatenate([[0], np.cumsum(per_day)[:-1]])  # business minutes before each day

    def clock(times: pd.Series) -> np.ndarray:
        index = ((times.dt.normalize() - first) / pd.Timedelta(days=1)).to_numpy(dtype=int)
        minute = (times.dt.hour * 60 + times.dt.minute + times.dt.second / 60).to_numpy(dtype=float)
        inside = np.clip(minute, open_at, close_at) - open_at
        return before[index] + np.where(working[index], inside, 0)

    out = pd.Series(np.nan, index=start.index)
    out[known] = clock(end[known]) - clock(start[known])
    return out, calendar


@M.defines("reply_rate", "Reply rate", "回复率", "The audience's comments that start a thread and got a reply from the account ÷ those comments",
           "账号回复过的受众一级评论 ÷ 受众一级评论", "comments.parent_id, author", "percent", 1)
@M.defines("median_reply_minutes", "Median minutes to first reply", "首次回复时长中位数（分钟）",
           f"Median over replied comments of the business minutes ({BUSINESS_HOURS[0]}:00–{BUSINESS_HOURS[1]}:00 on working days "
           "of the official calendar, public holidays off) from the comment to the account's first reply",
           f"已回复评论从发表到账号首次回复之间的工作时间（官方日历工作日 {BUSINESS_HOURS[0]}:00–{BUSINESS_HOURS[1]}:00，法定节假日不计）"
           "分钟数的中位数", "comments.created_at, parent_id", "number", 0)
@M.defines("unanswered_complaints", "Complaints unanswered", "未回复投诉",
           "Complaints (the complaint lexicon) the account has not replied to, past the hours the report sets",
           "账号尚未回复、且超过报告设定小时数的投诉（按投诉词表判断）", "comments.is_complaint, parent_id")
@M.defines("questions", "Questions", "提问数", "The audience's comments that ask (a question mark or a question word)",
           "受众评论中的提问（问号或疑问词）", "comments.is_question")
@M.defines("complaints", "Complaints", "投诉数", "The audience's comments with a complaint word (a lexicon the team can extend)",
           "含投诉词的受众评论（团队可扩充词表）", "comments.is_complaint")
def care(voice: pd.DataFrame, period: Period, hours: float = REPLY_HOURS) -> Care:
    """Questions and complaints counted; the account's reply rate and median time to its first reply (overall and
    for complaints); the questions and complaints still unanswered, oldest first."""
    said = voice[~voice["own"]] if len(voice) else voice
    now = in_period(said, period)
    has_parent = "parent_id" in voice
    top = now[now["parent_id"].isna()] if has_parent and len(now) else now
    replies = voice[voice["own"] & voice["parent_id"].notna()] if has_parent and len(voice) else voice.iloc[0:0]
    first = replies.groupby("parent_id")["created_at"].min() if len(replies) else pd.Series(dtype="datetime64[ns]")
    answered_at = (pd.to_datetime(top["comment_id"].map(first)) if len(first)
                   else pd.Series(pd.NaT, index=top.index, dtype="datetime64[ns]"))
    minutes, calendar = business_minutes(top["created_at"], answered_at) if len(top) else (pd.Series(dtype=float), True)
    complaint = top["is_complaint"].fillna(False).astype(bool) if "is_complaint" in top else pd.Series(False, index=top.index)
    question = top["is_question"].fillna(False).astype(bool) if "is_question" in top else pd.Series(False, index=top.index)
    replied = answered_at.notna()
    as_of = period.end.normalize() + pd.Timedelta(days=1)  # the period's close: later replies were not there yet
    late = replied & (answered_at >= as_of)
    open_now = (~replied | late) & (complaint | question)
    waiting = top[open_now].assign(kind=np.where(complaint[open_now], "complaint", "question"),
                                   hours=((as_of - top.loc[open_now, "created_at"]) / pd.Timedelta(hours=1)).round(1))
    overdue = int(((waiting["kind"] == "complaint") & (waiting["hours"] > hours)).sum()) if len(waiting) else 0
    crawled = bool(len(voice)) and bool(voice["own"].any())  # none of the account's own comments: replies not crawled
    return Care(int(question.sum()), int(complaint.sum()), len(top), int(replied.sum()),
                M.ratio(int(replied.sum()), len(top)) if has_parent and crawled else None,
                float(minutes[replied].median()) if replied.any() else None,
                M.ratio(int((replied & complaint).sum()), int(complaint.sum())) if has_parent and crawled else None,
                float(minutes[replied & complaint].median()) if (replied & complaint).any() else None,
                waiting.sort_values("created_at")[list(WAITING)].reset_index(drop=True) if len(waiting)
                else pd.DataFrame(columns=list(WAITING)),
                overdue, hours, calendar, crawled and has_parent)
