"""Account audit: profile set-up, follower growth and quality, posting rhythm, KPIs.

DataFrames in, dataclasses of tables and figures out; no I/O and no plotting. Every
function takes one account's rows (``Workbook.rows``) and a :class:`Period`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from socialops import metrics as M
from socialops.data.events import events_for
from socialops.data.periods import Period
from socialops.workbooks.content import analysis as content  # content's platform signals, read here too

PROFILE_ITEMS = ("verified", "avatar_set", "bio", "tags", "custom_domain")
KPI_METRICS = ("followers_net", "posts", "reads", "reposts", "comments", "likes", "mentions",
               "orders", "avg_reposts_per_post", "avg_comments_per_post")
BURST_POSTS, BURST_WINDOW = 3, pd.Timedelta(hours=1)


# ---------------------------------------------------------------- 1. profile

@dataclass
class ProfileChecklist:
    items: pd.DataFrame  # item, ok (True/False/None = unknown), value

    @property
    def to_fix(self) -> list[str]:
        return [r.item for r in self.items.itertuples() if r.ok is False]

    @property
    def unknown(self) -> list[str]:
        return [r.item for r in self.items.itertuples() if r.ok is None]


def _filled(value) -> bool | None:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    return bool(str(value).strip())


def profile_checklist(account: pd.Series | None) -> ProfileChecklist:
    """Which profile basics are set. Text fields left blank count as not set."""
    rows = []
    for item in PROFILE_ITEMS:
        value = None if account is None else account.get(item)
        ok = _filled(value)
        if ok is None and account is not None and item in account.index and item not in ("verified", "avatar_set"):
            ok = False  # a known account with a blank text field has not set it
        rows.append({"item": item, "ok": ok, "value": None if ok is None or isinstance(value, (bool, np.bool_)) else value})
    return ProfileChecklist(pd.DataFrame(rows))


# ---------------------------------------------------------------- 2. growth

@dataclass
class FollowerGrowth:
    days: pd.DataFrame                # date, followers, gained, lost, net, anomaly
    start_followers: float | None
    end_followers: float | None
    net: float | None
    gained: float | None
    lost: float | None
    growth_rate: float | None
    history_days: pd.DataFrame = field(repr=False, default=None)  # every day, for context
    posts: pd.DataFrame | None = field(repr=False, default=None)  # the period's posts, to explain spikes
    campaigns: pd.DataFrame | None = field(repr=False, default=None)  # the account's campaigns, to name a spike's cause
    previous: FollowerGrowth | None = field(repr=False, default=None)  # the same figures for the period before
    events: pd.DataFrame | None = field(repr=False, default=None)  # date, account_id, kind, note: inside the period

    @property
    def anomalies(self) -> pd.DataFrame:
        return self.days[self.days["anomaly"]]

    def campaign_during(self, first: pd.Timestamp, last: pd.Timestamp, leavers: bool = False) -> pd.Series | None:
        """The account's campaign running on these days (``leavers``: or ended within a week before them)."""
        return campaign_overlapping(self.campaigns, first - pd.Timedelta(days=AFTER_CAMPAIGN_DAYS if leavers else 0), last)

    def top_post(self, first: pd.Timestamp, last: pd.Timestamp) -> pd.Series | None:
        """The most-read post published between two dates (inclusive), if posts carry reads."""
        if self.posts is None or self.posts.empty or "reads" not in self.posts:
            return None
        inside = self.posts[Period(first, last).mask(self.posts["published_at"])].dropna(subset=["reads"])
        return None if inside.empty else inside.loc[inside["reads"].idxmax()]


AFTER_CAMPAIGN_DAYS = 7  # unfollows this many days after a campaign's end are still its own


def campaign_overlapping(campaigns: pd.DataFrame | None, first: pd.Timestamp, last: pd.Timestamp) -> pd.Series | None:
    """The campaign (of an account's) running on any day from ``first`` to ``last``, the longest overlap first."""
    if campaigns is None or campaigns.empty:
        return None
    start, end = campaigns["start"], campaigns["end"].fillna(campaigns["start"])
    overlap = (end.clip(upper=last) - start.clip(lower=first)).dt.days
    inside = overlap[overlap >= 0]
    return None if inside.empty else campaigns.loc[inside.idxmax()]


def follower_growth(daily: pd.DataFrame | None, period: Period, posts: pd.DataFrame | None = None,
                    campaigns: pd.DataFrame | None = None, compare: bool = True,
                    events: pd.DataFrame | None = None) -> FollowerGrowth:
    """Daily net growth in the period, its rate, and days far outside the account's usual range.

    The usual range is judged on the whole log (not the period alone), so one campaign
    month does not make its own spike look normal. With ``posts``, the readings can
    name the post that led each unusual stretch.
    """
    cols = ["date", "followers", "gained", "lost", "net", "anomaly"]
    if daily is None or daily.empty:
        empty = pd.DataFrame(columns=cols)
        return FollowerGrowth(empty, None, None, None, None, None, None, empty)
    daily = daily.sort_values("date")
    history = pd.DataFrame({
        "date": daily["date"],
        "followers": daily["followers"],
        "gained": daily.get("followers_gained", pd.Series(np.nan, index=daily.index)),
        "lost": daily.get("followers_lost", pd.Series(np.nan, index=daily.index)),
        "net": M.daily_net_growth(daily),
    })
    history["anomaly"] = M.robust_outliers(history["net"])
    history = history.reset_index(drop=True)
    before = _growth_in(history, daily, period.previous()) if compare else None  # the same log, read once
    growth = _growth_in(history, daily, period, posts, campaigns, before)
    growth.events = events_for(events, None, period.start, period.end)
    return growth


def _growth_in(history: pd.DataFrame, daily: pd.DataFrame, period: Period, posts: pd.DataFrame | None = None,
               campaigns: pd.DataFrame | None = None, previous: FollowerGrowth | None = None) -> FollowerGrowth:
    """One period's growth figures from the whole log's daily history (anomalies judged on all of it)."""
    days = history[period.mask(history["date"])].reset_index(drop=True)
    start = M.followers_at_start(daily, period.start)
    end = None if days["followers"].dropna().empty else float(days["followers"].dropna().iloc[-1])
    net = M.total(days["net"])
    in_period = None if posts is None else posts[period.mask(posts["published_at"])]
    return FollowerGrowth(days, start, end, net, M.total(days["gained"]), M.total(days["lost"]),
                          M.growth_rate(net, start), history, in_period, campaigns, previous)


# ---------------------------------------------------------------- 3. quality

@dataclass
class FollowerQuality:
    shares: dict[str, float | None]
    sample_size: int
    mentions: float | None
    followers: float | None
    mentions_per_1k_followers: float | None
    previous_mentions_per_1k_followers: float | None = None


def follower_quality(sample: pd.DataFrame | None, daily: pd.DataFrame | None, period: Period) -> FollowerQuality:
    """Follower-quality bands from the sample, and mentions against the audience size."""
    quality = M.follower_quality(sample)
    size = quality.pop("sample_size")
    mentions, followers = _mentions_and_followers(daily, period)
    before = M.mentions_per_1k_followers(*_mentions_and_followers(daily, period.previous()))
    return FollowerQuality(quality, size, mentions, followers, M.mentions_per_1k_followers(mentions, followers), before)


def _mentions_and_followers(daily: pd.DataFrame | None, period: Period) -> tuple[float | None, float | None]:
    """The period's brand mentions and its closing followers, from the daily log."""
    mentions = followers = None
    if daily is not None and not daily.empty:
        inside = daily[period.mask(daily["date"])].sort_values("date")
        if "mentions" in inside:
            mentions = M.total(inside["mentions"])
        known = inside["followers"].dropna()
        followers = float(known.iloc[-1]) if not known.empty else None
    return mentions, followers


# ---------------------------------------------------------------- 4. rhythm

@dataclass
class PostingRhythm:
    grid: pd.DataFrame                 # 7 weekdays (0 = Monday) x 24 hours: post counts
    posts: int
    days: int
    active_hour_share: float | None
    days_without_posts: int
    longest_gap_hours: float | None
    longest_gap_from: pd.Timestamp | None
    bursts: pd.DataFrame               # start, posts: >= 3 posts within an hour
    morning_slot: int | None           # most used hour 5-11
    evening_slot: int | None           # most used hour 17-23
    dates_only: bool = False           # publish times carry no hour (the export gives dates)
    previous_active_hour_share: float | None = None  # the period before, for the JSON

    @property
    def posts_per_day(self) -> float | None:
        return M.posts_per_day(self.posts, self.days)


def _busiest(hours: pd.Series, lo: int, hi: int) -> int | None:
    slot = hours[(hours >= lo) & (hours <= hi)]
    if slot.empty:
        return None
    counts = slot.value_counts()
    top = counts.max()
    # a "regular" slot carries at least a fifth of that half-day's posts
    return int(counts[counts == top].index.min()) if top >= max(2, 0.2 * len(slot)) else None


def posting_rhythm(posts: pd.DataFrame | None, period: Period, daily: pd.DataFrame | None = None) -> PostingRhythm:
    """When the account posts: weekday x hour counts, active-hour share, gaps, bursts and slots. Days are counted
    to the last day the daily log covers (an export that stops early has no "days without posts" after it)."""
    previous = period.previous()
    if daily is not None and not daily.empty:
        logged = pd.to_datetime(daily["date"]).max().normalize()
        if period.start <= logged < period.end:
            period = Period(period.start, logged)
    grid = pd.DataFrame(0, index=range(7), columns=range(24))
    none = PostingRhythm(grid, 0, period.days, None, period.days, None, None,
                         pd.DataFrame(columns=["start", "posts"]), None, None)
    if posts is None or posts.empty:
        return none
    inside = posts[period.mask(posts["published_at"])].dropna(subset=["published_at"])
    times = M.timed(inside)["published_at"].sort_values()
    if times.empty and len(inside):  # the export gives dates only: count posts and days, say nothing of hours
        days = inside["published_at"].dt.normalize()
        return PostingRhythm(grid, len(inside), period.days, None, period.days - days.nunique(), None, None,
                             pd.DataFrame(columns=["start", "posts"]), None, None, dates_only=True)
    if times.empty:
        return none
    counts = pd.crosstab(times.dt.day_of_week, times.dt.hour)
    grid = grid.add(counts, fill_value=0).astype(int)
    posted_days = times.dt.normalize().nunique()
    gaps = times.diff()
    longest = gaps.max()
    window_counts = pd.Series(1, index=times.values).rolling(BURST_WINDOW).sum()
    burst_ends = window_counts[window_counts >= BURST_POSTS]
    bursts = (pd.DataFrame({"start": burst_ends.index - BURST_WINDOW, "posts": burst_ends.values.astype(int)})
              .assign(hour=lambda d: d["start"].dt.floor("h")).groupby("hour", as_index=False)["posts"].max()
              .rename(columns={"hour": "start"}))
    hours = times.dt.hour
    return PostingRhythm(
        grid=grid, posts=len(times), days=period.days,
        active_hour_share=M.active_hour_share(times),
        days_without_posts=period.days - posted_days,
        longest_gap_hours=None if pd.isna(longest) else longest.total_seconds() / 3600,
        longest_gap_from=None if pd.isna(longest) else times.iloc[int(np.argmax(gaps.fillna(pd.Timedelta(0)).values)) - 1],
        bursts=bursts,
        morning_slot=_busiest(hours, 5, 11), evening_slot=_busiest(hours, 17, 23),
        previous_active_hour_share=M.active_hour_share(
            M.timed(posts[previous.mask(posts["published_at"])].dropna(subset=["published_at"]))["published_at"]),
    )


# ---------------------------------------------------------------- 5. KPIs

@dataclass
class KpiComparison:
    table: pd.DataFrame  # index metric; current, previous, change, change_pct, note, previous_note
    period: Period
    previous: Period
    campaign: pd.Series | None = None           # a campaign of the account running in the period
    previous_campaign: pd.Series | None = None  # ... in the period it is compared with

    def value(self, metric: str, column: str = "current"):
        v = self.table.loc[metric, column]
        return None if M.is_missing(v) else float(v)

    @property
    def incomplete(self) -> list[str]:
        """Metrics whose log misses days in either period: their change is not a fair comparison."""
        notes = self.table[["note", "previous_note"]].fillna("")
        return [m for m, r in notes.iterrows() if r["note"].startswith("partial") or r["previous_note"].startswith("partial")]


def period_totals(daily: pd.DataFrame | None, posts: pd.DataFrame | None, period: Period) -> dict:
    """Sums of the log's columns over one period, with notes on gaps and fallbacks.

    Returns ``{"values": {metric: value}, "notes": {metric: note}}``; a metric the log
    lacks is counted from ``posts`` when possible (note ``from_posts``).
    """
    values: dict[str, float | None] = {}
    notes: dict[str, str] = {}
    day_rows = None if daily is None else daily[period.mask(daily["date"])]
    post_rows = None if posts is None else posts[period.mask(posts["published_at"])]
    for name in ("posts", "reads", "reposts", "comments", "likes", "mentions", "orders"):
        column = None if day_rows is None or name not in day_rows else day_rows[name]
        if column is not None and column.notna().any():
            values[name] = M.total(column)
            known = int(column.notna().sum())
            if known < period.days:
                notes[name] = f"partial:{known}/{period.days}"
        elif post_rows is not None and (name == "posts" or name in post_rows):
            values[name] = float(len(post_rows)) if name == "posts" else M.total(post_rows[name])
            notes[name] = "from_posts"
        else:
            values[name] = None
    growth = follower_growth(daily, period, compare=False)
    values["followers_net"] = growth.net
    values["avg_reposts_per_post"] = M.per_post(values["reposts"], values["posts"])
    values["avg_comments_per_post"] = M.per_post(values["comments"], values["posts"])
    return {"values": values, "notes": notes}


def operations_kpis(daily: pd.DataFrame | None, posts: pd.DataFrame | None, period: Period,
                    previous: Period | None = None, campaigns: pd.DataFrame | None = None) -> KpiComparison:
    """The operations-log KPIs of ``period`` beside ``previous`` (default: its previous period)."""
    previous = previous or period.previous()
    now, before = period_totals(daily, posts, period), period_totals(daily, posts, previous)
    rows = []
    for name in KPI_METRICS:
        cur, prev = now["values"][name], before["values"][name]
        note, previous_note = now["notes"].get(name), before["notes"].get(name)
        # a total from the log beside one counted from posts is no change: the two count different things
        comparable = (note == "from_posts") == (previous_note == "from_posts")
        change = None if M.is_missing(cur) or M.is_missing(prev) or not comparable else cur - prev
        rows.append({"metric": name, "current": cur, "previous": prev, "change": change,
                     "change_pct": M.change_pct(cur, prev) if comparable else None, "note": note,
                     "previous_note": previous_note if comparable else "not_comparable"})
    table = pd.DataFrame(rows).set_index("metric")
    return KpiComparison(table, period, previous, campaign_overlapping(campaigns, period.start, period.end),
                         campaign_overlapping(campaigns, previous.start, previous.end))


# ---------------------------------------------------------------- the platform's own figures

class PlatformKpis(content.PlatformSignals):
    """Content performance's platform signals, shown in the audit under a heading of their own below the log."""


def platform_kpis(posts: pd.DataFrame | None, daily: pd.DataFrame | None, period: Period, platform: str | None) -> PlatformKpis:
    """The account's period on its platform's own figures (the same signals and weighting as content performance)."""
    signals = content.platform_signals(content.enrich(posts, daily, platform), period, platform)
    return PlatformKpis(**vars(signals))
