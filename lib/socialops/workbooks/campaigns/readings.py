"""What the campaign retrospective says, as findings: each a key (worded in ``strings.py``) and its values.

Each function answers one question from the numbers; the view words the findings in the
report's language and escapes them.
"""

from __future__ import annotations

from socialops.format import Figure, Spec
from socialops.report.findings import (
    ActiveHours,
    Change,
    Concat,
    Count,
    Date,
    Finding,
    Join,
    Label,
    MetricValue,
    Num,
    Pct,
    Weekday,
    say,
)
from socialops.workbooks.campaigns.analysis import Card, Checklist, Comparison, Efficiency, LaunchTiming, Lift, Retention, Virality

# The executive summary: what moved (up to three, in this order of weight), then what to do next.
SUMMARY_KEYS = ("campaigns.card.headline", "campaigns.efficiency.record_exceeds_log", "campaigns.efficiency.roi",
                "campaigns.retention.kept", "campaigns.virality.k")
ACTION_KEYS = ("campaigns.checklist.change",)


def card_reading(c: Card) -> list[Finding]:
    """What the campaign was and its headline results in one line."""
    e, lifted = c.efficiency, c.lift
    follower_lift = lifted.value("followers_gained", "lift_pct")
    parts = []
    if e.participants is not None:
        parts.append(say("campaigns.card.participants", n=Count(e.participants)))
    if e.followers_gained is not None:
        parts.append(say("campaigns.card.new_followers", n=Count(e.followers_gained)))
    if follower_lift is not None:
        parts.append(say("campaigns.card.follower_lift", l=Change(follower_lift)))
    if e.roi is not None:
        parts.append(say("campaigns.card.roi", r=MetricValue(e.roi, "roi")))
    head = Join(tuple(parts)) if parts else say("campaigns.card.no_outcome")
    out = [say("campaigns.card.headline", name=str(c.campaign["name"]), head=head)]
    if c.windows.running:
        out.append(say("campaigns.card.still_running", d=Date(c.windows.planned_end)))
    return out


def lift_reading(lifted: Lift) -> list[Finding]:
    """How far the campaign lifted each figure above the baseline, and what stayed after."""
    table = lifted.table
    if table.empty:
        return [say("campaigns.lift.no_log")]
    out = []
    if table["days_baseline"].max() == 0:
        out.append(say("campaigns.lift.no_baseline"))
    else:
        moved = table["lift_pct"].dropna()
        if len(moved):
            out.append(say("campaigns.lift.per_day", s=Join(tuple((Concat((Label(m), " ", Change(v))) for m, v in moved.items())))))
        short = table[(table["days_baseline"] > 0) & (table["days_baseline"] < lifted.windows.baseline.days)]
        if len(short):
            out.append(say("campaigns.lift.partial_baseline", d=int(short["days_baseline"].max()), n=lifted.windows.baseline.days))
    after = table["after_pct"].dropna()
    if "followers_lost" in after.index and after["followers_lost"] > 20:
        key = "campaigns.lift.unfollows_after_lottery" if lifted.kind == "platform_lottery" else "campaigns.lift.unfollows_after"
        out.append(say(key, v=Change(after["followers_lost"])))
    if lifted.windows.running:
        out.append(say("campaigns.lift.still_running"))
    return out


def _followers_reconciled(e: Efficiency) -> list[Finding]:
    """The record's new followers beside what the daily log saw, and which one each cost uses."""
    if e.log_gained is None or e.log_extra is None or not e.cost:
        return []
    logged = {"l": Count(e.log_gained), "x": Count(e.log_extra),
              "cx": MetricValue(e.cost_per_extra_follower, "cost_per_extra_follower", e.currency)}
    if e.record_gained is None:
        return [say("campaigns.efficiency.log_only", **logged)]
    key = "campaigns.efficiency.record_exceeds_log" if e.record_exceeds_log else "campaigns.efficiency.record_beside_log"
    return [say(key, r=Count(e.record_gained), c=MetricValue(e.cost_per_follower, "cost_per_follower", e.currency), **logged)]


def efficiency_reading(e: Efficiency) -> list[Finding]:
    """What each participant, follower and order cost, and whether it paid back."""
    out = []
    if "no_cost" in e.notes:
        out.append(say("campaigns.efficiency.no_cost"))
    elif "zero_cost" in e.notes:
        out.append(say("campaigns.efficiency.zero_cost"))
    else:
        out.append(
            say(
                "campaigns.efficiency.costs",
                c=MetricValue(e.cost, "cost", e.currency),
                p=MetricValue(e.cost_per_participant, "cost_per_participant", e.currency),
                f=MetricValue(e.cost_per_follower, "cost_per_follower", e.currency),
                o=MetricValue(e.cost_per_order, "cost_per_order", e.currency),
            )
        )
    out += _followers_reconciled(e)
    if e.roi is not None:
        out.append(say("campaigns.efficiency.roi", r=MetricValue(e.roi, "roi"), one=Figure(1, Spec("money", 0, currency=e.currency)),
                       b=Figure(1 + e.roi, Spec("money", 2, currency=e.currency))))
    elif "no_revenue" in e.notes:
        out.append(say("campaigns.efficiency.no_revenue"))
    if e.prize_share_of_cost is not None:
        out.append(say("campaigns.efficiency.prize_share", s=MetricValue(e.prize_share_of_cost, "prize_share_of_cost")))
    return out


def virality_reading(v: Virality) -> list[Finding]:
    """How far the campaign spread by itself (viral coefficient K)."""
    if v.k is None:
        return [say("campaigns.virality.no_invite_data")]
    if v.k > 1 and v.shows_in_followers:
        meaning = say("campaigns.virality.above_one")
    elif v.k > 1 and v.shows_in_followers is False:  # K on the record is not growth the account saw
        meaning = say("campaigns.virality.above_one_not_seen", x=Count(v.log_extra), c=Count(v.conversions))
    elif v.k > 1:
        meaning = say("campaigns.virality.above_one_unconfirmed")
    else:
        meaning = say("campaigns.virality.below_one")
    out = [say("campaigns.virality.k", k=MetricValue(v.k, "viral_coefficient"), m=meaning)]
    if v.limit is not None:
        out.append(say("campaigns.virality.reach_limit", n=Count(v.limit), x=Num(v.limit / v.participants, 2)))
    return out


def retention_reading(r: Retention) -> list[Finding]:
    """How many of the extra followers stayed once it ended."""
    if r.extra_gained is None:
        return [say("campaigns.retention.not_available")]
    if r.extra_gained <= 0:
        return [say("campaigns.retention.no_extra_followers")]
    if r.retention_rate is None:
        return [say("campaigns.retention.not_known_yet", g=Count(r.extra_gained))]
    return [say("campaigns.retention.kept", g=Count(r.extra_gained), l=Count(r.extra_lost), n=Count(r.net_kept),
                r=MetricValue(r.retention_rate, "retention_rate"))]


def campaign_timing_reading(ti: LaunchTiming) -> list[Finding]:
    """Whether the launch day and hour suited the audience, holidays and other campaigns."""
    out = [say("campaigns.campaign_timing.days_and_weekday", d=ti.days, w=Weekday(ti.launch_weekday))]
    if ti.launch_hour is None:
        out.append(say("campaigns.campaign_timing.hour_unknown"))
    elif ti.launch_in_active_hours:
        out.append(say("campaigns.campaign_timing.inside_active_hours", h=ti.launch_hour))
    else:
        out.append(say("campaigns.campaign_timing.outside_active_hours", h=ti.launch_hour, hours=ActiveHours()))
    if not ti.holiday_calendar:
        out.append(say("campaigns.campaign_timing.no_calendar"))
    elif ti.holidays:
        names = sorted({n for _, n in ti.holidays})
        out.append(say("campaigns.campaign_timing.holidays", h=Join(tuple(names)), n=len(ti.holidays)))
    else:
        out.append(say("campaigns.campaign_timing.no_holiday"))
    if len(ti.overlaps):
        out.append(say("campaigns.campaign_timing.overlaps_campaigns", c=Join(tuple(str(n) for n in ti.overlaps["name"]))))
    return out


def comparison_reading(c: Comparison) -> list[Finding]:
    """How this campaign ranks against the account's others."""
    table = c.table
    if len(table) < 2:
        return [say("campaigns.comparison.no_other")]
    out = []
    for metric, best_high in (("roi", True), ("cost_per_follower", False), ("viral_coefficient", True), ("lift_pct", True)):
        values = table[metric].dropna()
        if c.current in values.index and len(values) >= 2:
            rank = int(values.rank(ascending=not best_high, method="min")[c.current])
            out.append(say("campaigns.comparison.rank", m=Label(metric), r=rank, n=len(values)))
    return out


def checklist_reading(ch: Checklist) -> list[Finding]:
    """What to keep and what to change next time."""
    change = [check(key, values) for verdict, key, values in ch.items if verdict == "change"]
    keep = [check(key, values) for verdict, key, values in ch.items if verdict == "keep"]
    out = []
    if change:
        out.append(say("campaigns.checklist.change", s=Join(tuple(change), "clauses")))
    if keep:
        out.append(say("campaigns.checklist.keep", s=Join(tuple(keep), "clauses")))
    return out


def check(key: str, values: dict) -> Finding:
    """A checklist rule in words, its threshold filled in from the value the analysis used."""
    shown = {
        "k_min": f"{values['k_min']:g}" if "k_min" in values else None,
        "rate_min": Pct(values.get("rate_min"), 0),
        "lift_min": f"{values.get('lift_min', 0):g}%",
        "share_max": Pct(values.get("share_max"), 0),
    }
    return say(key, **shown)
