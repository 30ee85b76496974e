"""What the campaign retrospective says, as findings: each a key (worded in ``strings.py``) and its values.

Each function answers one question from the numbers; the view words the findings in the
report's language and escapes them.
"""

from __future__ import annotations

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


def card_reading(c: Card) -> list[Finding]:
    """What the campaign was and its headline results in one line."""
    e, lifted = c.efficiency, c.lift
    follower_lift = lifted.value("followers_gained", "lift_pct")
    parts = []
    if e.participants is not None:
        parts.append(say("campaigns.card.n_participants", n=Count(e.participants)))
    if e.followers_gained is not None:
        parts.append(say("campaigns.card.n_new_followers", n=Count(e.followers_gained)))
    if follower_lift is not None:
        parts.append(say("campaigns.card.follower_gains_l_against", l=Change(follower_lift)))
    if e.roi is not None:
        parts.append(say("campaigns.card.roi_r", r=MetricValue(e.roi, "roi")))
    head = Join(tuple(parts)) if parts else say("campaigns.card.no_outcome_recorded")
    out = [say("campaigns.card.name_head", name=str(c.campaign["name"]), head=head)]
    if c.windows.running:
        out.append(say("campaigns.card.campaign_still_running_planned", d=Date(c.windows.planned_end)))
    return out


def lift_reading(lifted: Lift) -> list[Finding]:
    """How far the campaign lifted each figure above the baseline, and what stayed after."""
    table = lifted.table
    if table.empty:
        return [say("campaigns.lift.no_daily_log_around")]
    out = []
    if table["days_baseline"].max() == 0:
        out.append(say("campaigns.lift.no_log_before_start"))
    else:
        moved = table["lift_pct"].dropna()
        if len(moved):
            out.append(say("campaigns.lift.per_day_against_baseline", s=Join(tuple((Concat((Label(m), " ", Change(v))) for m, v in moved.items())))))
        short = table[(table["days_baseline"] > 0) & (table["days_baseline"] < lifted.windows.baseline.days)]
        if len(short):
            out.append(say("campaigns.lift.baseline_window_only_partly", d=int(short["days_baseline"].max()), n=lifted.windows.baseline.days))
    after = table["after_pct"].dropna()
    if "followers_lost" in after.index and after["followers_lost"] > 20:
        out.append(say("campaigns.lift.unfollows_after_campaign_ran", v=Change(after["followers_lost"])))
    if lifted.windows.running:
        out.append(say("campaigns.lift.still_running_after_window"))
    return out


def efficiency_reading(e: Efficiency) -> list[Finding]:
    """What each participant, follower and order cost, and whether it paid back."""
    out = []
    if "no_cost" in e.notes:
        out.append(say("campaigns.efficiency.no_cost_recorded_costs"))
    elif "zero_cost" in e.notes:
        out.append(say("campaigns.efficiency.zero_cost_recorded_every"))
    else:
        out.append(
            say(
                "campaigns.efficiency.cost_c_p_per",
                c=MetricValue(e.cost, "cost"),
                p=MetricValue(e.cost_per_participant, "cost_per_participant"),
                f=MetricValue(e.cost_per_follower, "cost_per_follower"),
                o=MetricValue(e.cost_per_order, "cost_per_order"),
            )
        )
    if e.roi is not None:
        out.append(say("campaigns.efficiency.roi_r_every_spent", r=MetricValue(e.roi, "roi"), b=Num(1 + e.roi, 2)))
    elif "no_revenue" in e.notes:
        out.append(say("campaigns.efficiency.no_revenue_recorded_roi"))
    if e.prize_share_of_cost is not None:
        out.append(say("campaigns.efficiency.prizes_were_s_cost", s=MetricValue(e.prize_share_of_cost, "prize_share_of_cost")))
    return out


def virality_reading(v: Virality) -> list[Finding]:
    """How far the campaign spread by itself (viral coefficient K)."""
    if v.k is None:
        return [say("campaigns.virality.no_invite_data_invite")]
    if v.k > 1:
        meaning = say("campaigns.virality.above_every_wave_participants")
    else:
        meaning = say("campaigns.virality.below_each_wave_smaller")
    out = [say("campaigns.virality.k_k_m", k=MetricValue(v.k, "viral_coefficient"), m=meaning)]
    if v.limit is not None:
        out.append(say("campaigns.virality.k_spread_levels_off", n=Count(v.limit), x=Num(v.limit / v.participants, 2)))
    return out


def retention_reading(r: Retention) -> list[Finding]:
    """How many of the extra followers stayed once it ended."""
    if r.extra_gained is None:
        return [say("campaigns.retention.retention_not_available_needs")]
    if r.extra_gained <= 0:
        return [say("campaigns.retention.campaign_brought_no_followers")]
    if r.retention_rate is None:
        return [say("campaigns.retention.g_extra_followers_retention", g=Count(r.extra_gained))]
    return [say("campaigns.retention.g_extra_followers_l", g=Count(r.extra_gained), l=Count(r.extra_lost), n=Count(r.net_kept),
                r=MetricValue(r.retention_rate, "retention_rate"))]


def campaign_timing_reading(ti: LaunchTiming) -> list[Finding]:
    """Whether the launch day and hour suited the audience, holidays and other campaigns."""
    out = [say("campaigns.campaign_timing.d_days_launched_w", d=ti.days, w=Weekday(ti.launch_weekday))]
    if ti.launch_hour is None:
        out.append(say("campaigns.campaign_timing.launch_hour_unknown_no"))
    elif ti.launch_in_active_hours:
        out.append(say("campaigns.campaign_timing.first_post_h_inside", h=ti.launch_hour))
    else:
        out.append(say("campaigns.campaign_timing.first_post_h_outside", h=ti.launch_hour, hours=ActiveHours()))
    if not ti.holiday_calendar:
        out.append(say("campaigns.campaign_timing.official_holiday_calendar_does"))
    elif ti.holidays:
        names = sorted({n for _, n in ti.holidays})
        out.append(say("campaigns.campaign_timing.overlaps_public_holidays_h", h=Join(tuple(names)), n=len(ti.holidays)))
    else:
        out.append(say("campaigns.campaign_timing.no_public_holiday_during"))
    if len(ti.overlaps):
        out.append(say("campaigns.campaign_timing.overlaps_account_s_other", c=Join(tuple(str(n) for n in ti.overlaps["name"]))))
    return out


def comparison_reading(c: Comparison) -> list[Finding]:
    """How this campaign ranks against the account's others."""
    table = c.table
    if len(table) < 2:
        return [say("campaigns.comparison.account_has_no_other")]
    out = []
    for metric, best_high in (("roi", True), ("cost_per_follower", False), ("viral_coefficient", True), ("lift_pct", True)):
        values = table[metric].dropna()
        if c.current in values.index and len(values) >= 2:
            rank = int(values.rank(ascending=not best_high, method="min")[c.current])
            out.append(say("campaigns.comparison.m_ranks_r_n", m=Label(metric), r=rank, n=len(values)))
    return out


def checklist_reading(ch: Checklist) -> list[Finding]:
    """What to keep and what to change next time."""
    change = [check(key, values) for verdict, key, values in ch.items if verdict == "change"]
    keep = [check(key, values) for verdict, key, values in ch.items if verdict == "keep"]
    out = []
    if change:
        out.append(say("campaigns.checklist.change_next_time_s", s=Join(tuple(change), "clauses")))
    if keep:
        out.append(say("campaigns.checklist.keep_s", s=Join(tuple(keep), "clauses")))
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
