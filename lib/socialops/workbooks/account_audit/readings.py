"""What the account audit says, as findings: each a key (worded in ``strings.py``) and its values.

Each function answers one question from the numbers; the view words the findings in the
report's language and escapes them.
"""

from __future__ import annotations

import pandas as pd

from socialops import metrics as M
from socialops.report.findings import (
    ActiveHours,
    Aside,
    Change,
    Concat,
    Count,
    Date,
    Finding,
    Hour,
    Join,
    Label,
    MetricValue,
    Num,
    Signed,
    Title,
    say,
)
from socialops.report.prose import STEADY_PCT
from socialops.workbooks.account_audit.analysis import FollowerGrowth, FollowerQuality, KpiComparison, PostingRhythm, ProfileChecklist

ZOMBIE_HIGH, ZOMBIE_OK = 0.40, 0.20
ACTIVE_SHARE_LOW = 0.5


# The executive summary: what moved (up to three, in this order of weight), then what to do next.
SUMMARY_KEYS = ("account_audit.growth.net_and_rate", "account_audit.growth.net_without_total", "account_audit.growth.spike_in_campaign",
                "account_audit.kpis.up", "account_audit.kpis.down", "account_audit.growth.spike", "account_audit.quality.bands")
ACTION_KEYS = ("account_audit.profile.fix_first", "account_audit.rhythm.off_active_hours", "account_audit.kpis.volume_over_quality",
               "account_audit.quality.zombies_high", "account_audit.rhythm.no_regular_slot", "account_audit.rhythm.bursts")


def profile(check: ProfileChecklist) -> list[Finding]:
    """How many profile basics are in place, and which to fix first."""
    total = len(check.items)
    done = int((check.items["ok"] == True).sum())  # noqa: E712 - None means unknown
    out = [say("account_audit.profile.basics_in_place", done=done, total=total)]
    if check.to_fix:
        names = Join(tuple(say(i) for i in check.to_fix))
        out.append(say("account_audit.profile.fix_first", names=names))
    if check.unknown:
        names = Join(tuple(say(i) for i in check.unknown))
        out.append(say("account_audit.profile.check_by_hand", names=names))
    return out


def _runs(days: pd.DataFrame, usual: float) -> list[pd.DataFrame]:
    """Consecutive anomalous days on the same side of the usual value, grouped into runs."""
    odd = days[days["anomaly"]].sort_values("date")
    if odd.empty:
        return []
    above = odd["net"] > usual
    breaks = (odd["date"].diff().dt.days.fillna(1).ne(1) | above.ne(above.shift())).cumsum()
    return [run for _, run in odd.groupby(breaks)]


def growth(g: FollowerGrowth) -> list[Finding]:
    """How far the audience grew, how much of the intake stayed, and which days broke the pattern."""
    if g.days.empty:
        return [say("account_audit.growth.no_follower_data")]
    if M.is_missing(g.start_followers) or M.is_missing(g.end_followers):
        out = [say("account_audit.growth.net_without_total", net=Signed(g.net))]
    else:
        out = [
            say(
                "account_audit.growth.net_and_rate",
                net=Signed(g.net),
                rate=MetricValue(g.growth_rate, "growth_rate"),
                start=Count(g.start_followers),
                end=Count(g.end_followers),
            )
        ]
    if not (M.is_missing(g.gained) or M.is_missing(g.lost)):
        out.append(
            say(
                "account_audit.growth.gained_and_kept",
                gained=Count(g.gained),
                lost=Count(g.lost),
                keep=Num(100 * (1 - g.lost / g.gained), 0) if g.gained else say("not_available"),
            )
        )
    usual = float(g.history_days["net"].median()) if g.history_days is not None else 0.0
    runs = _runs(g.days, usual)
    for run in runs[:4]:
        first, last = run["date"].iloc[0], run["date"].iloc[-1]
        span = Date(first) if first == last else Concat((Date(first), "–", Date(last)))
        avg = run["net"].mean()
        campaign = g.campaign_during(first, last, leavers=avg <= usual)
        if campaign is not None:  # the cause is known: name it, not a list of possible causes
            key = "account_audit.growth.spike_in_campaign" if avg > usual else "account_audit.growth.drop_after_campaign"
            out.append(say(key, span=span, avg=Signed(avg), usual=Signed(usual), name=str(campaign["name"]),
                           dates=Concat((Date(campaign["start"]), "–", Date(campaign["end"])))))
        elif avg > usual:
            out.append(say("account_audit.growth.spike", span=span, avg=Signed(avg), usual=Signed(usual)))
        else:
            out.append(say("account_audit.growth.drop", span=span, avg=Signed(avg), usual=Signed(usual)))
        top = g.top_post(first, last) if avg > usual else None
        if top is not None:
            out.append(say("account_audit.growth.spike_top_post", reads=Count(top["reads"]), title=Title(top.get("title"))))
    if not runs:
        out.append(say("account_audit.growth.no_anomaly"))
    return out


def quality(q: FollowerQuality) -> list[Finding]:
    """How real the audience is: the zombie share of the sample and mentions per follower."""
    out = []
    zombie = q.shares["share_followers_under_10"]
    if zombie is None:
        out.append(say("account_audit.quality.no_sample"))
    else:
        out.append(
            say(
                "account_audit.quality.bands",
                z=MetricValue(zombie, "share_followers_under_10"),
                n=Count(q.sample_size),
                core=MetricValue(q.shares["share_followers_10_500"], "share_followers_10_500"),
                inf=MetricValue(q.shares["share_followers_over_500"], "share_followers_over_500"),
            )
        )
        if zombie >= ZOMBIE_HIGH:
            out.append(say("account_audit.quality.zombies_high"))
        elif zombie <= ZOMBIE_OK:
            out.append(say("account_audit.quality.healthy"))
    if q.mentions_per_1k_followers is None:
        out.append(say("account_audit.quality.no_mentions"))
    else:
        out.append(say("account_audit.quality.mentions_per_1k", m=Count(q.mentions),
                       r=MetricValue(q.mentions_per_1k_followers, "mentions_per_1k_followers")))
        if q.mentions_per_1k_followers < 5:
            out.append(say("account_audit.quality.mentions_low"))
    return out


def rhythm(r: PostingRhythm) -> list[Finding]:
    """How often and when the account posts, and how long it went silent."""
    if r.posts == 0:
        return [say("account_audit.rhythm.no_posts")]
    if r.dates_only:
        return [say("account_audit.rhythm.posts_dates_only", n=Count(r.posts), per=Num(r.posts_per_day), z=Count(r.days_without_posts))]
    out = [say("account_audit.rhythm.posts_and_active_share", n=Count(r.posts), per=Num(r.posts_per_day),
               share=MetricValue(r.active_hour_share, "active_hour_share"), hours=ActiveHours())]
    if r.active_hour_share is not None and r.active_hour_share < ACTIVE_SHARE_LOW:
        out.append(say("account_audit.rhythm.off_active_hours"))
    slots = []
    if r.morning_slot is not None:
        slots.append(say("account_audit.rhythm.morning_slot", h=Hour(r.morning_slot)))
    if r.evening_slot is not None:
        slots.append(say("account_audit.rhythm.evening_slot", h=Hour(r.evening_slot)))
    if slots:
        out.append(say("account_audit.rhythm.regular_slots", s=Join(tuple(slots), "and")))
    else:
        out.append(say("account_audit.rhythm.no_regular_slot"))
    if r.longest_gap_hours is not None:
        out.append(
            say("account_audit.rhythm.longest_gap", h=Num(r.longest_gap_hours, 0), d=Date(r.longest_gap_from), z=Count(r.days_without_posts))
        )
    if len(r.bursts):
        out.append(say("account_audit.rhythm.bursts", n=len(r.bursts)))
    return out


def kpis(k: KpiComparison) -> list[Finding]:
    """Which operations-log figures moved against the previous period, and which held steady; a campaign in
    either period is named, since the change then partly measures the campaign."""
    return _campaigns_compared(k) + _kpi_changes(k)


def _campaigns_compared(k: KpiComparison) -> list[Finding]:
    now, before = k.campaign, k.previous_campaign
    if now is None and before is None:
        return []
    if now is not None and before is not None and now["campaign_id"] == before["campaign_id"]:
        return [say("account_audit.kpis.campaign_in_both", name=str(now["name"]))]
    out = []
    for key, campaign in (("account_audit.kpis.campaign_in_period", now), ("account_audit.kpis.campaign_in_previous", before)):
        if campaign is not None:
            out.append(say(key, name=str(campaign["name"]), dates=Concat((Date(campaign["start"]), "–", Date(campaign["end"])))))
    return out


def _kpi_changes(k: KpiComparison) -> list[Finding]:
    table = k.table
    moved = table["change_pct"].dropna().drop(k.incomplete, errors="ignore")
    if moved.empty:
        return [say("account_audit.kpis.no_comparison")]
    ups = moved[moved >= STEADY_PCT].sort_values(ascending=False)
    downs = moved[moved <= -STEADY_PCT].sort_values()

    def describe(names) -> Join:
        return Join(
            tuple(
                Concat(
                    (
                        Label(m),
                        " ",
                        Change(table.loc[m, "change_pct"]),
                        Aside((MetricValue(table.loc[m, "previous"], m), " → ", MetricValue(table.loc[m, "current"], m))),
                    )
                )
                for m in names
            ),
            "clauses",
        )

    out = []
    if len(ups):
        out.append(say("account_audit.kpis.up", s=describe(ups.index[:4])))
    if len(downs):
        out.append(say("account_audit.kpis.down", s=describe(downs.index[:4])))
    steady = moved[(moved.abs() < STEADY_PCT)]
    if len(steady):
        names = Join(tuple(Label(m) for m in steady.index))
        out.append(say("account_audit.kpis.steady", s=names))
    per_post = table.loc["avg_reposts_per_post", "change_pct"]
    posts = table.loc["posts", "change_pct"]
    if not (M.is_missing(per_post) or M.is_missing(posts)) and posts > 0 > per_post:
        out.append(say("account_audit.kpis.volume_over_quality"))
    if k.incomplete:
        names = Join(tuple(Label(m) for m in k.incomplete))
        out.append(say("account_audit.kpis.log_misses_days", s=names))
    missing = [m for m in table.index if M.is_missing(table.loc[m, "current"])]
    if missing:
        names = Join(tuple(Label(m) for m in missing))
        out.append(say("account_audit.kpis.not_in_data", s=names))
    return out
