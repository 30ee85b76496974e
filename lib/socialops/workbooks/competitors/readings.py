"""What the competitor comparison says, as findings: each a key (worded in ``strings.py``) and its values.

Each function answers one question from the numbers; the view words the findings in the
report's language and escapes them.
"""

from __future__ import annotations

from socialops import metrics as M
from socialops.report.findings import (
    Change,
    Concat,
    Finding,
    Join,
    MetricValue,
    Pct,
    say,
)
from socialops.workbooks.competitors.analysis import (
    CompositeIndex,
    Momentum,
    Normalized,
    QualityComparison,
    SideBySide,
    Strategy,
    Takeaways,
)


def _name(side: SideBySide, account: str) -> str:
    return side.names.get(account, account)


def _order(side: SideBySide, column: str) -> str:
    ranked = side.table[column].dropna().sort_values(ascending=False)
    return " > ".join(_name(side, a) for a in ranked.index)


def side_by_side_reading(side: SideBySide) -> list[Finding]:
    """Who leads on raw figures, and whether the order holds once size is accounted for."""
    if not side.peers:
        return [say("competitors.side_by_side.no_competitors_compare_platform")]
    out = [
        say(
            "competitors.side_by_side.raw_engagement_per_post",
            raw=_order(side, "engagement_per_post"),
            norm=_order(side, "engagement_per_1k_followers"),
        )
    ]
    raw_first = side.table["engagement_per_post"].idxmax() if side.table["engagement_per_post"].notna().any() else None
    norm_first = side.table["engagement_per_1k_followers"].idxmax() if side.table["engagement_per_1k_followers"].notna().any() else None
    if raw_first and norm_first and raw_first != norm_first:
        out.append(say("competitors.side_by_side.raw_counts_flatter_size", a=_name(side, raw_first), b=_name(side, norm_first)))
    silent = [a for a in side.table.index if not side.value(a, "posts")]
    if silent:
        out.append(say("competitors.side_by_side.no_posts_period_per", s=Join(tuple(_name(side, a) for a in silent))))
    return out


def normalized_reading(n: Normalized) -> list[Finding]:
    """Who does better or worse than their audience size alone explains."""
    side = n.side
    if not side.peers:
        return [say("competitors.normalized.nothing_normalise_against_no")]
    out = []
    for account in side.peers:
        f, e, eff = (side.value(account, c) for c in ("follower_multiple", "engagement_multiple", "efficiency"))
        if eff is None:
            out.append(say("competitors.normalized.efficiency_not_available_missing", a=_name(side, account)))
            continue
        verdict = (
            say("competitors.normalized.does_better_than_size")
            if eff > 1.05
            else say("competitors.normalized.does_worse_than_size")
            if eff < 0.95
            else say("competitors.normalized.performs_line_size")
        )
        out.append(say("competitors.normalized.f_our_followers_e", a=_name(side, account), f=MetricValue(f, "follower_multiple"),
                       e=MetricValue(e, "engagement_multiple"), eff=MetricValue(eff, "efficiency"), v=verdict))
    return out


def quality_comparison_reading(q: QualityComparison) -> list[Finding]:
    """Whose audience is most real, and engagement per effective follower."""
    side, out = q.side, []
    shares = side.table["share_followers_under_10"].dropna()
    if shares.empty:
        return [say("competitors.quality_comparison.no_follower_samples_follower")]
    worst = shares.idxmax()
    out.append(
        say(
            "competitors.quality_comparison.zombie_share_followers_followers",
            a=_name(side, worst),
            z=Pct(shares.max()),
            b=_name(side, shares.idxmin()),
            y=Pct(shares.min()),
        )
    )
    effective = side.table["engagement_per_1k_effective_followers"].dropna()
    if len(effective) >= 2:
        out.append(say("competitors.quality_comparison.per_effective_followers_followers", order=_order(side, "engagement_per_1k_effective_followers")))
    missing = [a for a in side.table.index if M.is_missing(side.table.loc[a, "share_followers_under_10"])]
    if missing:
        out.append(say("competitors.quality_comparison.no_follower_sample_not", s=Join(tuple(_name(side, a) for a in missing))))
    return out


def strategy_reading(st: Strategy) -> list[Finding]:
    """How the accounts differ in posting hours, formats and topics."""
    side, out = st.side, []
    per_day = side.table["posts_per_day"].dropna()
    if len(per_day):
        out.append(say("competitors.strategy.posts_per_day_s", s=Join(tuple((Concat((_name(side, a), " ",
                                                                                   MetricValue(v, "posts_per_day"))) for a, v in per_day.items())))))
    peak = st.hour_share.idxmax(axis=1).dropna()
    if len(peak):
        out.append(say("competitors.strategy.busiest_hour_s", s=Join(tuple((f"{_name(side, a)} {int(h)}:00" for a, h in peak.items())))))
    if "video" in st.format_mix.columns:
        video = st.format_mix["video"].dropna()
        if len(video):
            out.append(say("competitors.strategy.video_share_posts_s", s=Join(tuple((Concat((_name(side, a), " ", Pct(v, 0))) for a, v in video.items())))))
    return out or [say("competitors.strategy.no_posts_compare_strategies")]


def momentum_reading(m: Momentum) -> list[Finding]:
    """Who is gaining share of voice and followers over the period."""
    side, out = m.side, []
    shares = m.mentions_share.dropna()
    if len(shares):
        out.append(
            say(
                "competitors.momentum.share_voice_s",
                s=Join(tuple((Concat((_name(side, a), " ", Pct(v))) for a, v in shares.sort_values(ascending=False).items()))),
            )
        )
    else:
        out.append(say("competitors.momentum.no_mentions_data_share"))
    if not m.follower_index.empty:
        last = m.follower_index.ffill().iloc[-1].dropna()
        if len(last):
            out.append(
                say(
                    "competitors.momentum.follower_growth_over_period",
                    s=Join(tuple((Concat((_name(side, a), " ", Change(v - 100))) for a, v in last.sort_values(ascending=False).items()))),
                )
            )
    return out


def index_reading(ci: CompositeIndex) -> list[Finding]:
    """The composite index's order and what drives it."""
    side = ci.side
    if ci.index.dropna().empty:
        return [say("competitors.index.index_not_available_no")]
    out = [say("competitors.index.ranking_s",
               s=Join(tuple(Concat((_name(side, a), " (", MetricValue(v, "index"), ")")) for a, v in ci.index.items()), "ranked"))]
    for account in ci.index.index:
        driver = ci.contributions.loc[account].idxmax()
        out.append(say("competitors.index.carried_most_c", a=_name(side, account), c=say(driver)))
    leader = ci.index.index[0]
    if leader != side.ours and side.ours in ci.scaled.index:
        gap = (ci.scaled.loc[leader] - ci.scaled.loc[side.ours]).fillna(0).idxmax()
        out.append(say("competitors.index.our_largest_gap_c", a=_name(side, leader), c=say(gap)))
    for account, lacking in ci.missing.items():
        out.append(say("competitors.index.scored_without_c_not", a=_name(side, account), c=Join(tuple(say(c) for c in lacking))))
    return out


def takeaways_reading(tk: Takeaways) -> list[Finding]:
    """What our account should copy, keep or stop, from the comparison."""
    side, st = tk.side, tk.strategy
    ours, best = side.ours, tk.best_peer
    if best is None:
        return [say("competitors.takeaways.no_peer_comparable_figures")]
    out = []
    name = _name(side, best)
    eff = side.value(best, "efficiency")
    if eff is not None and eff > 1:
        out.append(say("competitors.takeaways.more_efficient_than_us", a=name, e=MetricValue(eff, "efficiency")))
    else:
        out.append(say("competitors.takeaways.we_most_efficient_account"))
    ours_pd, best_pd = side.value(ours, "posts_per_day"), side.value(best, "posts_per_day")
    if ours_pd and best_pd and abs(best_pd / ours_pd - 1) >= 0.2:
        out.append(say("competitors.takeaways.posts_b_day_against", a=name, b=MetricValue(best_pd, "posts_per_day"), c=MetricValue(ours_pd, "posts_per_day")))
    if "video" in st.format_mix.columns and ours in st.format_mix.index and best in st.format_mix.index:
        ov, bv = st.format_mix.loc[ours, "video"], st.format_mix.loc[best, "video"]
        if not (M.is_missing(ov) or M.is_missing(bv)) and bv - ov >= 0.1:
            out.append(say("competitors.takeaways.puts_b_posts_into", a=name, b=Pct(bv, 0), c=Pct(ov, 0)))
    if not st.topic_mix.empty and best in st.topic_mix.index and ours in st.topic_mix.index:
        gap = (st.topic_mix.loc[best] - st.topic_mix.loc[ours]).dropna()
        if len(gap) and gap.max() >= 0.08:
            out.append(
                say(
                    "competitors.takeaways.gives_more_room_t",
                    a=name,
                    t=gap.idxmax(),
                    b=Pct(st.topic_mix.loc[best, gap.idxmax()], 0),
                    c=Pct(st.topic_mix.loc[ours, gap.idxmax()], 0),
                )
            )
    og, bg = side.value(ours, "growth_rate"), side.value(best, "growth_rate")
    if og is not None and bg is not None and bg > og:
        out.append(say("competitors.takeaways.grew_faster_b_against", a=name, b=MetricValue(bg, "growth_rate"), c=MetricValue(og, "growth_rate")))
    oz, bz = side.value(ours, "share_followers_under_10"), side.value(best, "share_followers_under_10")
    if oz is not None and bz is not None and oz - bz >= 0.1:
        out.append(say("competitors.takeaways.our_audience_holds_more", b=MetricValue(bz, "share_followers_under_10"),
                       c=MetricValue(oz, "share_followers_under_10")))
    return out
