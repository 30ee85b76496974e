"""The weekly review (周报 / 月报): every account on one page, against its own past, its targets and its events.

DataFrames in, dataclasses out; no I/O and no plotting. Each account's figures are computed as the
account audit and content performance compute them (the daily log's growth, the platform's own
interactions), never summed across platforms.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from socialops import metrics as M
from socialops import voice
from socialops.data.coverage import last_day
from socialops.data.events import events_for
from socialops.data.periods import Period

DIGEST_METRICS = ("followers", "followers_net", "posts", "reads", "interactions", "engagement_rate")
MOVERS = ("posts", "reads", "interactions", "engagement_rate")  # what "moved most" ranks by: never signs crossing zero
BASELINE_PERIODS = 4        # "the average of the four before it"
HOT_K = 3.0                 # robust deviations above the account's median that make a post hot
HOT_WINDOW_DAYS = 90        # the account's usual: its posts of the last 90 days
MIN_USUAL_POSTS = 8         # fewer posts: no usual to stand out from
ROBUST = 1.4826             # MAD × this estimates a standard deviation for normal data
LEVELS = ("followers", "engagement_rate")  # a target on these is a level to reach, not an amount to add up


# ---------------------------------------------------------------- one account's figures

class _Logs:
    """Each account's posts and daily log (sorted, with each day's net growth read off the whole log), split out once:
    a review reads about fifteen periods of every account, and refiltering the whole log for each made a team's
    digest of 30 accounts take seconds."""

    def __init__(self, daily: pd.DataFrame | None, posts: pd.DataFrame | None):
        self.daily, self.posts = daily, posts
        self._days: dict[str, tuple[pd.DataFrame, pd.Series]] = {}
        self._posts: dict[str, tuple[pd.DataFrame, pd.Series]] = {}
        self._interactions: dict[tuple[str, str | None], pd.Series] = {}

    def days_in(self, account: str, period: Period) -> pd.DataFrame:
        """The account's log in the period, with its days' net growth (``_net``; a log of follower totals alone
        needs the day before the period for its first day's growth)."""
        if self.daily is None or self.daily.empty:
            return pd.DataFrame(columns=["date", "account_id", "followers", "_net"])
        mine, dates = self._days_of(account)
        return mine[period.mask(dates)]

    def posts_in(self, account: str, period: Period) -> pd.DataFrame:
        if self.posts is None or self.posts.empty:
            return pd.DataFrame(columns=["post_id", "account_id", "published_at"])
        mine, published = self._posts_of(account)
        return mine[period.mask(published)]

    def interactions_in(self, account: str, platform: str | None, period: Period) -> pd.Series:
        """Each of the account's posts' interactions in the period, on the platform's own definition."""
        if self.posts is None or self.posts.empty:
            return pd.Series(dtype=float)
        mine, published = self._posts_of(account)
        if (account, platform) not in self._interactions:
            self._interactions[account, platform] = (M.interactions(mine, M.interaction_parts(platform)) if len(mine)
                                                     else pd.Series(dtype=float))
        return self._interactions[account, platform][period.mask(published)]

    def has_posts(self, account: str) -> bool:
        """Whether the posts table has any post of the account (none in a period then counts 0, not unknown)."""
        return self.posts is not None and not self.posts.empty and len(self._posts_of(account)[0]) > 0

    def last_day(self, account: str) -> pd.Timestamp | None:
        """The last day the account's exports cover (:func:`coverage.last_day`), read off its own rows."""
        days = None if self.daily is None or self.daily.empty else self._days_of(account)[0]
        posts = None if self.posts is None or self.posts.empty else self._posts_of(account)[0]
        return last_day(days, posts, account)

    def _days_of(self, account: str) -> tuple[pd.DataFrame, pd.Series]:
        if account not in self._days:
            mine = self.daily[self.daily["account_id"] == account].sort_values("date")
            mine = mine.assign(_net=M.daily_net_growth(mine)) if len(mine) else mine.assign(_net=pd.Series(dtype=float))
            self._days[account] = mine, pd.to_datetime(mine["date"])
        return self._days[account]

    def _posts_of(self, account: str) -> tuple[pd.DataFrame, pd.Series]:
        if account not in self._posts:
            mine = self.posts[self.posts["account_id"] == account]
            self._posts[account] = mine, pd.to_datetime(mine["published_at"])
        return self._posts[account]


def figures(daily: pd.DataFrame | None, posts: pd.DataFrame | None, account: str, platform: str | None,
            period: Period) -> dict[str, float | None]:
    """One account's period: followers at its end, net growth, posts, reads (the daily log's, else its posts'),
    interactions and engagement rate (interactions ÷ reads over posts with both) on the platform's own definition."""
    return _figures(_Logs(daily, posts), account, platform, period)


def _figures(logs: _Logs, account: str, platform: str | None, period: Period) -> dict[str, float | None]:
    days, mine = logs.days_in(account, period), logs.posts_in(account, period)
    interactions = logs.interactions_in(account, platform, period)
    reads = mine["reads"] if "reads" in mine else pd.Series(np.nan, index=mine.index)
    rated = pd.DataFrame({"interactions": interactions, "reads": reads,
                          "engagement_rate": interactions / reads.where(reads > 0)})  # as content performance reads posts
    followers = days["followers"].dropna() if "followers" in days else pd.Series(dtype=float)
    logged_reads = M.total(days["reads"]) if "reads" in days else None
    net = days["_net"] if len(days) else pd.Series(dtype=float)
    return {"followers": float(followers.iloc[-1]) if len(followers) else None,
            "followers_net": M.total(net),
            "posts": _posts_count(mine, days, logs.has_posts(account)),
            "reads": logged_reads if logged_reads is not None else M.total(reads),
            "interactions": M.total(interactions),
            "engagement_rate": M.engagement_rate(rated)}


def _posts_count(mine: pd.DataFrame, days: pd.DataFrame, has_posts: bool) -> float | None:
    """The period's posts: counted from the account's posts table (none that week is 0), else the log's count."""
    if len(mine) or has_posts:
        return float(len(mine))
    return M.total(days["posts"]) if "posts" in days else None


def periods_before(period: Period, n: int = BASELINE_PERIODS) -> list[Period]:
    """The ``n`` periods just before ``period`` (each the previous of the next), latest first."""
    out, current = [], period
    for _ in range(n):
        current = current.previous()
        out.append(current)
    return out


# ---------------------------------------------------------------- every account

@dataclass
class AccountsTable:
    table: pd.DataFrame       # index account_id: name, platform, last_day, stale, moved, and per metric
                              # <m>, <m>_previous, <m>_baseline, <m>_change_pct, <m>_vs_baseline_pct
    period: Period
    previous: Period
    baseline: list[Period]    # the periods averaged for the baseline, latest first
    stale: list[str]          # accounts whose data stops before the period ends (flagged, not averaged in)


@M.defines("accounts_stale", "Accounts with stale data", "数据滞后账号",
           "Accounts whose exports stop before the period ends (flagged at the top, never averaged in)",
           "导出数据在本期结束前就中断的账号（在顶部标出，不计入比较）", "daily.date, posts.published_at")
@M.defines("baseline_average", "Average of the 4 periods before", "前 4 期平均",
           "The metric's mean over the four periods before this one (weeks for a week, months for a month), "
           "over the periods the data has", "同一指标在本期之前 4 个周期（周报为周、月报为月）的平均值，只计有数据的周期",
           "daily, posts")
def accounts_table(daily: pd.DataFrame | None, posts: pd.DataFrame | None, accounts: pd.DataFrame,
                   chosen: list[str], period: Period) -> AccountsTable:
    """Every chosen account's figures against the previous period and the average of the four before; sorted by
    what moved most (the largest change against the previous period, of any metric)."""
    previous = period.previous()
    before = periods_before(period)
    info = accounts.set_index("account_id")
    logs = _Logs(daily, posts)
    rows = []
    for account in chosen:
        platform = _field(info, account, "platform")
        now = _figures(logs, account, platform, period)
        prev = _figures(logs, account, platform, previous)
        history = [_figures(logs, account, platform, p) for p in before]
        row: dict = {"account_id": account, "name": _field(info, account, "name") or account, "platform": platform,
                     "last_day": logs.last_day(account)}
        for metric in DIGEST_METRICS:
            known = [h[metric] for h in history if not M.is_missing(h[metric])]
            baseline = float(np.mean(known)) if known else None
            row.update({metric: now[metric], f"{metric}_previous": prev[metric], f"{metric}_baseline": baseline,
                        f"{metric}_change_pct": M.change_pct(now[metric], prev[metric]),
                        f"{metric}_vs_baseline_pct": M.change_pct(now[metric], baseline)})
        row["stale"] = row["last_day"] is None or row["last_day"] < period.end
        changes = [abs(row[f"{m}_change_pct"]) for m in MOVERS if row[f"{m}_change_pct"] is not None]
        row["moved"] = max(changes) if changes else 0.0
        rows.append(row)
    table = pd.DataFrame(rows).set_index("account_id")
    table = table.sort_values(["stale", "moved"], ascending=[True, False])
    return AccountsTable(table, period, previous, before, [a for a in table.index if table.loc[a, "stale"]])


def _field(info: pd.DataFrame, account: str, column: str) -> str | None:
    if account not in info.index or column not in info or pd.isna(info.loc[account, column]):
        return None
    return str(info.loc[account, column])


# ---------------------------------------------------------------- hot posts

@dataclass
class HotPosts:
    posts: pd.DataFrame       # post_id, account_id, name, title, published_at, interactions, usual, multiple (highest first)
    k: float
    checked: list[str]        # accounts with enough posts to have a usual
    too_few: list[str]        # accounts with fewer than MIN_USUAL_POSTS posts in the window


@M.defines("hot_posts", "Hot posts", "热帖数", "Posts of the period above their account's usual by the hot-post rule (× usual)",
           "本期按热帖规则（见“相对常态倍数”）高于账号常态的内容数", "posts: the platform's interactions")
@M.defines("hot_multiple", "× usual", "相对常态倍数",
           f"A post's interactions ÷ its account's median post over the {HOT_WINDOW_DAYS} days to the period's end; a post is "
           f"hot above the median + k × {ROBUST} × the median absolute deviation (k a parameter)",
           f"单条互动 ÷ 账号截至期末 {HOT_WINDOW_DAYS} 天内内容的中位数；高于 中位数 + k × {ROBUST} × 绝对中位差 即为热帖（k 可设）",
           "posts: the platform's interactions", "number", 1)
def hot_posts(posts: pd.DataFrame | None, accounts: pd.DataFrame, chosen: list[str], period: Period,
              k: float = HOT_K) -> HotPosts:
    """The period's posts far above their account's usual: interactions above the 90-day median + k robust
    deviations (1.4826 × MAD), with their multiple of that median."""
    info = accounts.set_index("account_id")
    window = Period(period.end - pd.Timedelta(days=HOT_WINDOW_DAYS - 1), period.end)
    logs = _Logs(None, posts)
    found, checked, too_few = [], [], []
    for account in chosen:
        usual = logs.posts_in(account, window)
        values = logs.interactions_in(account, _field(info, account, "platform"), window)
        known = values.dropna()
        if len(known) < MIN_USUAL_POSTS:
            too_few.append(account)
            continue
        checked.append(account)
        median = float(known.median())
        spread = ROBUST * float((known - median).abs().median())
        now = period.mask(pd.to_datetime(usual["published_at"]))
        hot = now & (values > median + k * spread) & (values > median)
        for index in usual.index[hot]:
            post = usual.loc[index]
            found.append({"post_id": post["post_id"], "account_id": account, "name": _field(info, account, "name") or account,
                          "title": post.get("title"), "published_at": post["published_at"], "interactions": values[index],
                          "usual": median, "multiple": values[index] / median if median else np.nan})
    table = pd.DataFrame(found, columns=["post_id", "account_id", "name", "title", "published_at", "interactions", "usual",
                                         "multiple"])
    return HotPosts(table.sort_values("multiple", ascending=False).reset_index(drop=True), k, checked, too_few)


# ---------------------------------------------------------------- targets

@dataclass
class Targets:
    table: pd.DataFrame       # account_id, name, metric, period, target, actual, achieved, expected, status, needed_per_day,
                              # days_left, to (the last day counted)
    has_table: bool


def target_period(text: str) -> Period:
    """``2026-10`` → October 2026; ``2026-W43`` → that ISO week."""
    if "-W" in text:
        year, week = text.split("-W")
        start = pd.Timestamp.fromisocalendar(int(year), int(week), 1)
        return Period(start, start + pd.Timedelta(days=6))
    start = pd.Timestamp(f"{text}-01")
    return Period(start, start + pd.offsets.MonthEnd(0))


@M.defines("achieved", "Achieved (达成率)", "达成率", "Actual so far ÷ target (for followers and engagement rate: the level reached)",
           "目前实际 ÷ 目标（粉丝数与互动率为达到的水平）", "targets; daily, posts", "percent", 1)
def targets(table: pd.DataFrame | None, daily: pd.DataFrame | None, posts: pd.DataFrame | None, accounts: pd.DataFrame,
            chosen: list[str], period: Period) -> Targets:
    """Each target whose period overlaps the review's: 达成率 to the review's end (or the data's, if earlier), and the
    pace: an amount (growth, posts, reads, interactions) is on track when it is at least the target's share of the
    days gone; a level (followers, engagement rate) when it has been reached. What the rest needs, per day."""
    columns = ["account_id", "name", "metric", "period", "target", "actual", "achieved", "expected", "status",
               "needed_per_day", "days_left", "to"]
    if table is None or table.empty:
        return Targets(pd.DataFrame(columns=columns), False)
    info = accounts.set_index("account_id")
    logs = _Logs(daily, posts)
    rows = []
    for r in table[table["account_id"].isin(chosen)].itertuples():
        span = target_period(str(r.period))
        if span.end < period.start or span.start > period.end:
            continue
        last = logs.last_day(r.account_id)
        to = min(period.end, span.end, last) if last is not None else None
        if to is None or to < span.start:
            continue
        actual = _figures(logs, r.account_id, _field(info, r.account_id, "platform"), Period(span.start, to))[r.metric]
        gone, total = (to - span.start).days + 1, span.days
        level = r.metric in LEVELS
        expected = float(r.target) if level else float(r.target) * gone / total
        days_left = total - gone
        status = ("unknown" if M.is_missing(actual) else
                  ("achieved" if actual >= r.target else "missed") if days_left == 0 or (not level and actual >= r.target) else
                  "on_track" if actual >= expected else "behind")  # an amount past its target is reached, whatever is left
        needed = None if level or status != "behind" else (float(r.target) - actual) / days_left
        rows.append({"account_id": r.account_id, "name": _field(info, r.account_id, "name") or r.account_id,
                     "metric": r.metric, "period": str(r.period), "target": float(r.target), "actual": actual,
                     "achieved": M.ratio(actual, float(r.target)), "expected": expected, "status": status,
                     "needed_per_day": needed, "days_left": days_left, "to": to})
    return Targets(pd.DataFrame(rows, columns=columns), True)


# ---------------------------------------------------------------- events and the weeks around them

@dataclass
class Trend:
    weekly: pd.DataFrame      # index week start; a column per account: its interactions that week
    events: pd.DataFrame      # date, account_id, name, kind, note: the events inside the chart's weeks
    names: dict[str, str]


def trend(daily: pd.DataFrame | None, posts: pd.DataFrame | None, events: pd.DataFrame | None, accounts: pd.DataFrame,
          chosen: list[str], period: Period, weeks: int = 8) -> Trend:
    """Each account's interactions week by week up to the period's end, and the events in those weeks."""
    info = accounts.set_index("account_id")
    end = period.end + pd.Timedelta(days=(6 - period.end.day_of_week))
    starts = [end - pd.Timedelta(days=6 + 7 * i) for i in range(weeks)][::-1]
    logs = _Logs(daily, posts)
    weekly = pd.DataFrame({account: [M.total(logs.interactions_in(account, _field(info, account, "platform"),
                                                                   Period(s, s + pd.Timedelta(days=6)))) for s in starts]
                           for account in chosen}, index=pd.DatetimeIndex(starts, name="week"))
    return Trend(weekly.astype(float), events_for(events, chosen, starts[0], end),
                 {a: _field(info, a, "name") or a for a in chosen})


# ---------------------------------------------------------------- what the audience says

@dataclass
class AudienceLines:
    table: pd.DataFrame       # index account_id: name, platform, stale, audience_comments(_previous), nsr(_previous),
                              # unanswered_complaints; None where the account's comments (or replies) were not crawled,
                              # and no previous figure for a stale account (a part of the period is never set against a whole)
    period: Period
    previous: Period
    hours: float              # a complaint unanswered longer than this counts


def audience_lines(comments: pd.DataFrame | None, accounts: pd.DataFrame, chosen: list[str], period: Period,
                   daily: pd.DataFrame | None = None, posts: pd.DataFrame | None = None,
                   hours: float = voice.REPLY_HOURS) -> AudienceLines:
    """Each account's line of what its audience says: comments against the previous period, net sentiment, and the
    complaints unanswered past ``hours`` at the period's close (the audience voice workbook reads the same figures).
    An account whose data stops before the period ends (``daily``, ``posts``) is not compared with the period before,
    and its complaints are judged as they stood when its data ends (a reply since would not be in it)."""
    previous = period.previous()
    info = accounts.set_index("account_id")
    logs = _Logs(daily, posts)
    rows = []
    for account in chosen:
        last = logs.last_day(account)
        stale = last is not None and last < period.end.normalize()
        said = voice.audience(comments, accounts, account)
        heard = said[~said["own"]] if len(said) else said
        now, before = voice.in_period(heard, period), voice.in_period(heard, previous)
        judged = Period(period.start, last) if stale and last >= period.start else period  # waited until the data ends
        care = voice.care(said, judged, hours) if len(said) else None
        rows.append({"account_id": account, "name": _field(info, account, "name") or account,
                     "platform": _field(info, account, "platform"),
                     "audience_comments": voice.comments_written(heard, period),
                     "audience_comments_previous": None if stale else voice.comments_written(heard, previous),
                     "nsr": voice.net_sentiment(now["sentiment"]) if len(now) else None,
                     "nsr_previous": voice.net_sentiment(before["sentiment"]) if len(before) and not stale else None,
                     "stale": stale, "last_day": last,
                     "unanswered_complaints": float(care.overdue) if care is not None and care.replies_crawled else None})
    return AudienceLines(pd.DataFrame(rows).set_index("account_id"), period, previous, hours)
