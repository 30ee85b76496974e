"""Campaign retrospective (活动复盘): every figure read against what the account does without a campaign.

Windows: the baseline just before the start, the campaign itself, and the window just
after the end. Rates are per day, so windows of unequal length compare fairly.
DataFrames in, dataclasses out; no I/O and no plotting.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from socialops import metrics as M
from socialops.data.events import events_for
from socialops.data.periods import Period
from socialops.format import DEFAULT_CURRENCY
from socialops.report.strings import refusal

LIFT_METRICS = ("followers_gained", "followers_lost", "reposts", "comments", "mentions", "orders")
K_GENERATIONS = 5
LOW_K = 0.3           # a campaign whose K is below this barely spreads
LOW_RETENTION = 0.5   # under half of the extra followers kept
LIFT_MIN_PCT = 50.0   # a campaign should lift follower gains at least this far above the baseline
PRIZE_SHARE_MAX = 0.8  # prizes above this share of the cost buy participants, not followers


# ---------------------------------------------------------------- the campaign and its windows

def log_end(daily: pd.DataFrame | None, account_id: str) -> pd.Timestamp | None:
    """The last date the account's daily log covers."""
    if daily is None:
        return None
    dates = daily.loc[daily["account_id"] == account_id, "date"].dropna()
    return None if dates.empty else dates.max()


def choose_campaign(campaigns: pd.DataFrame | None, daily: pd.DataFrame | None, campaign_id: str | None = None) -> pd.Series:
    """``campaign_id``, or by default the most recent campaign that finished within the log."""
    if campaigns is None or campaigns.empty:
        raise refusal("error_no_campaigns")
    table = campaigns.set_index("campaign_id", drop=False)
    if campaign_id:
        if campaign_id not in table.index:
            raise refusal("error_campaign_unknown", campaign=campaign_id, known=", ".join(table.index))
        return table.loc[campaign_id]
    ends = table["account_id"].map(lambda a: log_end(daily, a))
    finished = table[ends.notna() & (table["end"] <= ends)]
    pool = finished if not finished.empty else table
    return pool.sort_values(["end", "start"]).iloc[-1]


@dataclass
class Windows:
    baseline: Period
    during: Period        # the campaign, cut at the end of the log while it is still running
    after: Period
    planned_end: pd.Timestamp
    running: bool         # the log ends before the campaign does
    log_start: pd.Timestamp | None
    log_end: pd.Timestamp | None

    @property
    def days(self) -> int:
        return self.during.days


def windows(campaign: pd.Series, daily: pd.DataFrame | None, baseline_days: int | None = None,
            after_days: int | None = None) -> Windows:
    """Baseline, campaign and after windows (default lengths: the campaign's own)."""
    start, end = pd.Timestamp(campaign["start"]), pd.Timestamp(campaign["end"])
    length = (end - start).days + 1
    baseline_days = int(baseline_days or length)
    after_days = int(after_days or length)
    if baseline_days < 1 or after_days < 1:
        raise refusal("error_window_days")
    last = log_end(daily, campaign["account_id"])
    first = None if daily is None else daily.loc[daily["account_id"] == campaign["account_id"], "date"].min()
    running = last is not None and last < end
    during = Period(start, min(end, last) if running and last >= start else end)
    baseline = Period(start - pd.Timedelta(days=baseline_days), start - pd.Timedelta(days=1))
    after = Period(end + pd.Timedelta(days=1), end + pd.Timedelta(days=after_days))
    return Windows(baseline, during, after, end, running, None if pd.isna(first) else first, last)


# ---------------------------------------------------------------- 2. lift

@dataclass
class Lift:
    table: pd.DataFrame     # index metric: baseline, during, after (per day), lift_pct, after_pct, days_*
    daily: pd.DataFrame     # date-indexed series of the metrics around the campaign
    windows: Windows
    kind: str | None = None  # the campaign's kind: only a lottery's unfollows are read as prize hunters leaving
    events: pd.DataFrame | None = None  # the account's events (and those for every account) inside the charted days

    def value(self, metric: str, column: str):
        if metric not in self.table.index:
            return None
        v = self.table.loc[metric, column]
        return None if M.is_missing(v) else float(v)


def _per_day(frame: pd.DataFrame, column: str, period: Period) -> tuple[float | None, int]:
    """Mean per recorded day of ``column`` inside ``period``, and how many days were recorded."""
    if column not in frame:
        return None, 0
    values = frame.loc[period.mask(frame["date"]), column].dropna()
    return (float(values.mean()) if len(values) else None), len(values)


@M.defines("lift_pct", "Lift", "提升幅度", "(During − baseline) ÷ baseline, both per day, so windows of unequal length compare fairly",
           "（活动期 − 基线期）÷ 基线期，均按日均计算，不同长度的窗口可公平比较", "daily, per day in each window", "change")
def lift(daily: pd.DataFrame | None, win: Windows, kind: str | None = None) -> Lift:
    """Per-day figures in the baseline, during and after windows; lift = (during − baseline) / baseline."""
    frame = pd.DataFrame(columns=["date"]) if daily is None else daily.sort_values("date")
    rows = []
    for metric in LIFT_METRICS:
        base, base_days = _per_day(frame, metric, win.baseline)
        during, during_days = _per_day(frame, metric, win.during)
        after, after_days = _per_day(frame, metric, win.after)
        if during is None and base is None:
            continue
        rows.append({"metric": metric, "baseline": base, "during": during, "after": after,
                     "lift_pct": M.change_pct(during, base), "after_pct": M.change_pct(after, base),
                     "days_baseline": base_days, "days_during": during_days, "days_after": after_days})
    table = pd.DataFrame(rows, columns=["metric", "baseline", "during", "after", "lift_pct", "after_pct",
                                        "days_baseline", "days_during", "days_after"]).set_index("metric")
    span = Period(win.baseline.start, win.after.end)
    series = frame[span.mask(frame["date"])].set_index("date") if "date" in frame and len(frame) else frame
    keep = [m for m in LIFT_METRICS if m in series]
    return Lift(table, series[keep] if len(keep) else pd.DataFrame(), win, kind)


@M.defines("baseline_followers_gained", "Baseline followers gained", "基线新增粉丝",
           "Followers gained per day in the baseline window × the campaign's days: what the account gets without a campaign",
           "基线期日均新增粉丝 × 活动天数：没有活动时账号本应获得的新增", "daily.followers_gained")
def baseline_followers_gained(lifted: Lift) -> float | None:
    """What the account would have gained in the campaign's days without it."""
    per_day = lifted.value("followers_gained", "baseline")
    return None if per_day is None else per_day * lifted.windows.during.days


def log_total(lifted: Lift, metric: str) -> float | None:
    """What the daily log counted of ``metric`` over the campaign's days (unknown when no day has it)."""
    if lifted.daily.empty or metric not in lifted.daily:
        return None
    return M.total(lifted.daily.loc[lifted.windows.during.mask(lifted.daily.index), metric])


# ---------------------------------------------------------------- 3. efficiency

@M.defines("cost_per_participant", "Cost per participant", "单个参与成本", "Cost ÷ participants", "成本 ÷ 参与人数",
           "campaigns.cost, participants", "money", 2)
@M.defines("cost_per_follower", "Cost per new follower", "单个新粉成本",
           "Cost ÷ followers gained (campaign record; else the extra followers in the daily log)",
           "成本 ÷ 新增粉丝（取活动记录；缺失时取日志中的额外新增）", "campaigns.cost, followers_gained", "money", 2)
@M.defines("cost_per_extra_follower", "Cost per extra follower (daily log)", "单个额外新粉成本（日志）",
           "Cost ÷ the followers the daily log counted above the baseline in the campaign's days",
           "成本 ÷ 日志中活动期间高于基线的新增粉丝", "campaigns.cost; daily.followers_gained", "money", 2)
@M.defines("cost_per_order", "Cost per order", "单笔订单成本", "Cost ÷ orders", "成本 ÷ 订单数", "campaigns.cost, orders", "money", 2)
def cost_per(cost: float | None, count: float | None) -> float | None:
    """What each participant, new follower or order cost: 0 at zero cost, unknown without a count."""
    if cost is None or count is None or count == 0:
        return None
    return cost / count


@M.defines("roi", "ROI", "投资回报率", "(Revenue − cost) ÷ cost; not available at zero cost", "（收入 − 成本）÷ 成本；成本为零时不计算",
           "campaigns.revenue, cost", "percent", signed=True)
def roi(revenue: float | None, cost: float | None) -> float | None:
    """What each unit spent brought back beyond itself; unknown at zero cost or without revenue."""
    return None if cost in (None, 0) or revenue is None else (revenue - cost) / cost


@M.defines("prize_share_of_cost", "Prize share of cost", "奖品占成本比", "Prize value ÷ cost", "奖品价值 ÷ 成本",
           "campaigns.prize_value, cost", "percent")
def prize_share_of_cost(prize_value: float | None, cost: float | None) -> float | None:
    return M.ratio(prize_value, cost)


@dataclass
class Efficiency:
    cost: float | None
    prize_value: float | None
    revenue: float | None
    participants: float | None
    followers_gained: float | None
    orders: float | None
    cost_per_participant: float | None
    cost_per_follower: float | None
    cost_per_order: float | None
    roi: float | None
    prize_share_of_cost: float | None
    notes: list[str] = field(default_factory=list)   # keys: zero_cost, no_revenue, no_cost
    currency: str = DEFAULT_CURRENCY                 # the dataset's, for the money figures
    record_gained: float | None = None               # followers gained as the campaign record claims
    log_gained: float | None = None                  # followers the daily log counted in the campaign's days
    log_extra: float | None = None                   # of those, above the baseline (what the campaign added)
    cost_per_extra_follower: float | None = None     # cost ÷ log_extra

    @property
    def gained_from(self) -> str | None:
        """Which count ``followers_gained`` and its cost use: "record", "log" (the log's extra) or None."""
        return "record" if self.record_gained is not None else "log" if self.followers_gained is not None else None

    @property
    def record_exceeds_log(self) -> bool:
        """The record claims more new followers than the daily log counted in all the campaign's days."""
        return self.record_gained is not None and self.log_gained is not None and self.record_gained > self.log_gained


def _get(campaign: pd.Series, column: str) -> float | None:
    value = campaign.get(column)
    return None if value is None or M.is_missing(value) else float(value)


def efficiency(campaign: pd.Series, gained_fallback: float | None = None, currency: str = DEFAULT_CURRENCY,
               log_gained: float | None = None) -> Efficiency:
    """Cost per participant, per new follower and per order; ROI = (revenue − cost) / cost.

    Followers gained come from the campaign record, else from the lift in the daily log
    (``gained_fallback``: the log's followers above the baseline, which also prices the
    cost per extra follower; ``log_gained``: all the log counted in the campaign's days).
    Zero cost gives costs of 0 and an ROI that is not available.
    """
    cost, prize, revenue = _get(campaign, "cost"), _get(campaign, "prize_value"), _get(campaign, "revenue")
    participants, orders = _get(campaign, "participants"), _get(campaign, "orders")
    record = _get(campaign, "followers_gained")
    gained = record if record is not None else gained_fallback
    notes = []
    if cost is None:
        notes.append("no_cost")
    elif cost == 0:
        notes.append("zero_cost")
    if revenue is None:
        notes.append("no_revenue")

    return Efficiency(cost, prize, revenue, participants, gained, orders, cost_per(cost, participants), cost_per(cost, gained),
                      cost_per(cost, orders), roi(revenue, cost), prize_share_of_cost(prize, cost), notes, currency,
                      record, log_gained, gained_fallback, cost_per(cost, gained_fallback))


# ---------------------------------------------------------------- 4. virality

@dataclass
class Virality:
    k: float | None                   # invite_conversions / participants
    invites: float | None
    conversions: float | None
    participants: float | None
    generations: pd.DataFrame         # generation, new, cumulative (expected people reached)
    limit: float | None               # participants / (1 − K) when K < 1
    log_extra: float | None = None    # followers the daily log counted above the baseline: does the spread show?

    @property
    def shows_in_followers(self) -> bool | None:
        """Whether the log's extra followers hold at least the invite conversions the record claims (None: no log)."""
        if self.log_extra is None or self.conversions is None:
            return None
        return self.log_extra >= self.conversions


@M.defines("viral_coefficient", "Viral coefficient K", "病毒系数 K",
           "Invite conversions ÷ participants; K > 1 grows by itself, K < 1 fades; reach after g generations = participants × (1 + K + … + K^g)",
           "邀请转化数 ÷ 参与人数；K > 1 可自我增长，K < 1 逐渐衰减；g 代后覆盖 = 参与人数 × (1 + K + … + K^g)",
           "campaigns.invite_conversions, participants", "number", 2)
def viral_coefficient(invite_conversions: float | None, participants: float | None) -> float | None:
    return M.ratio(invite_conversions, participants)


def virality(campaign: pd.Series, generations: int = K_GENERATIONS) -> Virality:
    """Viral coefficient K and the reach it implies: each generation brings K times the one before.

    After g generations: participants × (1 + K + … + K^g); with K < 1 this levels off at
    participants / (1 − K), with K > 1 it keeps growing.
    """
    participants, conversions, invites = (_get(campaign, c) for c in ("participants", "invite_conversions", "invites"))
    k = viral_coefficient(conversions, participants)
    table = pd.DataFrame(columns=["generation", "new", "cumulative"])
    limit = None
    if k is not None:
        new = [participants * k ** g for g in range(generations + 1)]  # generation 0: the participants
        table = pd.DataFrame({"generation": range(generations + 1), "new": new, "cumulative": np.cumsum(new)})
        limit = participants / (1 - k) if k < 1 else None
    return Virality(k, invites, conversions, participants, table, limit)


# ---------------------------------------------------------------- 5. retention

@dataclass
class Retention:
    extra_gained: float | None      # gained during − baseline gained per day × campaign days
    extra_lost: float | None        # lost after − baseline lost per day × after days (never below 0)
    net_kept: float | None
    retention_rate: float | None    # net kept ÷ extra gained
    baseline_loss_per_day: float | None
    after_loss_per_day: float | None


@M.defines("retention_rate", "Retention rate", "留存率",
           "Extra followers kept ÷ extra followers gained; extra gained = (during − baseline gained per day) × days, "
           "extra lost = (after − baseline lost per day) × days after",
           "留下的额外粉丝 ÷ 额外新增粉丝；额外新增 =（活动期 − 基线期日均新增）× 天数，额外流失 =（活动后 − 基线期日均流失）× 活动后天数",
           "daily.followers_gained, followers_lost", "percent")
def retention(lifted: Lift) -> Retention:
    """How many of the campaign's extra followers stayed (after a lottery, prize hunters unfollow in the days after)."""
    win = lifted.windows
    base_gain, during_gain = lifted.value("followers_gained", "baseline"), lifted.value("followers_gained", "during")
    base_loss, after_loss = lifted.value("followers_lost", "baseline"), lifted.value("followers_lost", "after")
    extra_gained = None if base_gain is None or during_gain is None else (during_gain - base_gain) * win.during.days
    extra_lost = None
    if base_loss is not None and after_loss is not None and not win.running:
        extra_lost = max(0.0, (after_loss - base_loss) * win.after.days)
    net = None if extra_gained is None or extra_lost is None else extra_gained - extra_lost
    rate = M.ratio(net, extra_gained) if extra_gained and extra_gained > 0 else None
    return Retention(extra_gained, extra_lost, net, rate, base_loss, after_loss)


# ---------------------------------------------------------------- 6. timing

@dataclass
class LaunchTiming:
    start: pd.Timestamp
    end: pd.Timestamp
    days: int
    launch_weekday: int
    launch_hour: int | None          # the first post on the start day, if the posts say
    launch_in_active_hours: bool | None
    holidays: list[tuple[str, str]]  # (date, holiday name) inside the campaign
    holiday_calendar: bool           # False when the official calendar does not cover the dates
    overlaps: pd.DataFrame           # other campaigns of the account that overlap


def _holidays(start: pd.Timestamp, end: pd.Timestamp) -> tuple[list[tuple[str, str]], bool]:
    """Official Chinese public holidays inside the dates (the State Council's schedule, via chinese-calendar)."""
    import chinese_calendar

    found = []
    try:
        for day in pd.date_range(start, end):
            on_holiday, name = chinese_calendar.get_holiday_detail(day.date())
            if on_holiday and name:
                found.append((day.strftime("%Y-%m-%d"), str(name)))
    except NotImplementedError:
        return [], False
    return found, True


def timing(campaign: pd.Series, campaigns: pd.DataFrame, posts: pd.DataFrame | None) -> LaunchTiming:
    """Launch day and hour, duration, public holidays and the account's other campaigns it overlaps."""
    start, end = pd.Timestamp(campaign["start"]), pd.Timestamp(campaign["end"])
    hour = None
    if posts is not None and not posts.empty:
        first = posts[(posts["account_id"] == campaign["account_id"]) & (posts["published_at"].dt.normalize() == start)]
        if not first.empty:
            hour = int(first["published_at"].min().hour)
    holidays, covered = _holidays(start, end)
    others = campaigns[(campaigns["account_id"] == campaign["account_id"]) & (campaigns["campaign_id"] != campaign["campaign_id"])]
    overlaps = others[(others["start"] <= end) & (others["end"] >= start)][["campaign_id", "name", "start", "end"]]
    return LaunchTiming(start, end, (end - start).days + 1, start.day_of_week, hour,
                  None if hour is None else M.is_active_hour(hour), holidays, covered, overlaps.reset_index(drop=True))


# ---------------------------------------------------------------- 7. against other campaigns

@dataclass
class Comparison:
    table: pd.DataFrame   # index campaign_id: name, kind, roi, cost_per_follower, k, lift_pct (ranked by ROI)
    current: str
    currency: str = DEFAULT_CURRENCY


def compare(campaigns: pd.DataFrame, daily: pd.DataFrame | None, current: pd.Series, currency: str = DEFAULT_CURRENCY) -> Comparison:
    """The account's campaigns side by side on ROI, cost per follower, K and follower lift."""
    rows = []
    for _, c in campaigns[campaigns["account_id"] == current["account_id"]].iterrows():
        e, v = efficiency(c), virality(c)
        lifted = lift(daily, windows(c, daily))
        rows.append({"campaign_id": c["campaign_id"], "name": c["name"], "kind": c["kind"], "start": c["start"],
                     "roi": e.roi, "cost_per_follower": e.cost_per_follower, "viral_coefficient": v.k,
                     "lift_pct": lifted.value("followers_gained", "lift_pct")})
    table = pd.DataFrame(rows).set_index("campaign_id")
    table = table.sort_values("roi", ascending=False, na_position="last")
    return Comparison(table, current["campaign_id"], currency)


# ---------------------------------------------------------------- 8. keep / change

@dataclass
class Checklist:
    items: list[tuple[str, str, dict]]   # (verdict keep|change|unknown, rule key, values for its sentence)


def checklist(eff: Efficiency, vir: Virality, ret: Retention, lifted: Lift, tim: LaunchTiming, others: Comparison) -> Checklist:
    """What to keep and what to change next time, each rule read from the numbers."""
    items = []

    def add(ok: bool | None, key: str, **values):
        items.append(("unknown" if ok is None else "keep" if ok else "change", key, values))

    add(tim.launch_in_active_hours, "check_launch_hour", hour=tim.launch_hour)
    add(None if vir.k is None else vir.k >= LOW_K, "check_k", k=vir.k, k_min=LOW_K)
    median_cpf = others.table["cost_per_follower"].median() if others.table["cost_per_follower"].notna().any() else None
    add(None if eff.cost_per_follower is None or median_cpf is None else eff.cost_per_follower <= median_cpf,
        "check_cost_per_follower", cpf=eff.cost_per_follower, median=median_cpf)
    add(None if eff.roi is None else eff.roi > 0, "check_roi", roi=eff.roi)
    add(None if ret.retention_rate is None else ret.retention_rate >= LOW_RETENTION, "check_retention", rate=ret.retention_rate,
        rate_min=LOW_RETENTION)
    follower_lift = lifted.value("followers_gained", "lift_pct")
    add(None if follower_lift is None else follower_lift >= LIFT_MIN_PCT, "check_lift", lift=follower_lift, lift_min=LIFT_MIN_PCT)
    add(None if eff.prize_share_of_cost is None else eff.prize_share_of_cost <= PRIZE_SHARE_MAX, "check_prize_share",
        share=eff.prize_share_of_cost, share_max=PRIZE_SHARE_MAX)
    add(len(tim.overlaps) == 0, "check_overlap", n=len(tim.overlaps))
    return Checklist(items)


# ---------------------------------------------------------------- summary card

@dataclass
class Card:
    campaign: pd.Series
    windows: Windows
    efficiency: Efficiency
    lift: Lift


def card(campaign: pd.Series, win: Windows, eff: Efficiency, lifted: Lift) -> Card:
    return Card(campaign, win, eff, lifted)


@dataclass
class Review:
    """Every section of a retrospective, computed once."""
    card: Card
    lift: Lift
    efficiency: Efficiency
    virality: Virality
    retention: Retention
    timing: LaunchTiming
    comparison: Comparison
    checklist: Checklist


def review(campaign: pd.Series, tables: dict[str, pd.DataFrame], baseline_days: int | None = None,
           after_days: int | None = None, currency: str = DEFAULT_CURRENCY) -> Review:
    """The whole retrospective of ``campaign`` from the dataset's tables (money in the dataset's ``currency``)."""
    account = campaign["account_id"]
    daily = tables.get("daily")
    daily = None if daily is None else daily[daily["account_id"] == account]
    win = windows(campaign, daily, baseline_days, after_days)
    lifted = lift(daily, win, campaign.get("kind"))
    if len(lifted.daily):
        lifted.events = events_for(tables.get("events"), [account], lifted.daily.index.min(), lifted.daily.index.max())
    kept = retention(lifted)
    eff = efficiency(campaign, gained_fallback=kept.extra_gained, currency=currency, log_gained=log_total(lifted, "followers_gained"))
    vir = replace(virality(campaign), log_extra=kept.extra_gained)
    tim = timing(campaign, tables["campaigns"], tables.get("posts"))
    others = compare(tables["campaigns"], daily, campaign, currency)
    return Review(card(campaign, win, eff, lifted), lifted, eff, vir, kept, tim, others,
                  checklist(eff, vir, kept, lifted, tim, others))
