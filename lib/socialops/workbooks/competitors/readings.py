"""What the competitor comparison says, as findings: each a key (worded in ``strings.py``) and its values.

Each function answers one question from the numbers; the view words the findings in the
report's language and escapes them.
"""

from __future__ import annotations

from socialops import metrics as M
from socialops import platforms as P
from socialops.report.findings import (
    Aside,
    Change,
    Concat,
    Finding,
    Join,
    Label,
    MetricValue,
    Pct,
    say,
)
from socialops.workbooks.competitors.analysis import (
    SIDE_METRICS,
    CompositeIndex,
    Momentum,
    Normalized,
    PlatformFigures,
    PublishedIndex,
    QualityComparison,
    SideBySide,
    Strategy,
    Takeaways,
)

# The executive summary: what moved (up to three, in this order of weight), then what to do next.
SUMMARY_KEYS = ("competitors.side_by_side.rankings", "competitors.index.ranking", "competitors.takeaways.weakest",
                "competitors.side_by_side.size_flatters")
ACTION_KEYS = ("competitors.takeaways.peer_more_efficient", "competitors.takeaways.peer_more_video",
               "competitors.takeaways.peer_topic_gap", "competitors.takeaways.peer_posts_more", "competitors.takeaways.more_zombies")


def _name(side: SideBySide, account: str) -> str:
    return side.names.get(account, account)


def _order(side: SideBySide, column: str) -> str:
    ranked = side.table[column].dropna().sort_values(ascending=False)
    return " > ".join(_name(side, a) for a in ranked.index)


def side_by_side_reading(side: SideBySide) -> list[Finding]:
    """Who leads on raw figures, and whether the order holds once size is accounted for."""
    if not side.peers:
        return [say("competitors.side_by_side.no_competitors")]
    out = [
        say(
            "competitors.side_by_side.rankings",
            raw=_order(side, "engagement_per_post"),
            norm=_order(side, "engagement_per_1k_followers"),
        )
    ]
    raw_first = side.table["engagement_per_post"].idxmax() if side.table["engagement_per_post"].notna().any() else None
    norm_first = side.table["engagement_per_1k_followers"].idxmax() if side.table["engagement_per_1k_followers"].notna().any() else None
    if raw_first and norm_first and raw_first != norm_first:
        out.append(say("competitors.side_by_side.size_flatters", a=_name(side, raw_first), b=_name(side, norm_first)))
    silent = [a for a in side.table.index if not side.value(a, "posts")]
    if silent:
        out.append(say("competitors.side_by_side.no_posts", s=Join(tuple(_name(side, a) for a in silent))))
    lacking = [m for m in SIDE_METRICS if m in side.table and side.table[m].isna().all()]
    if lacking:
        out.append(say("competitors.side_by_side.not_carried", names=Join(tuple(Label(m) for m in lacking))))
    return out


def normalized_reading(n: Normalized) -> list[Finding]:
    """Who does better or worse than their audience size alone explains."""
    side = n.side
    if not side.peers:
        return [say("competitors.normalized.no_peers")]
    out = []
    for account in side.peers:
        f, e, eff = (side.value(account, c) for c in ("follower_multiple", "engagement_multiple", "efficiency"))
        if eff is None:
            out.append(say("competitors.normalized.no_efficiency", a=_name(side, account)))
            continue
        verdict = (
            say("competitors.normalized.better_than_size")
            if eff > 1.05
            else say("competitors.normalized.worse_than_size")
            if eff < 0.95
            else say("competitors.normalized.in_line_with_size")
        )
        out.append(say("competitors.normalized.multiples", a=_name(side, account), f=MetricValue(f, "follower_multiple"),
                       e=MetricValue(e, "engagement_multiple"), eff=MetricValue(eff, "efficiency"), v=verdict))
    return out


def quality_comparison_reading(q: QualityComparison) -> list[Finding]:
    """Whose audience is most real, and engagement per effective follower."""
    side, out = q.side, []
    shares = side.table["share_followers_under_10"].dropna()
    if shares.empty:
        return [say("competitors.quality_comparison.no_samples")]
    worst = shares.idxmax()
    out.append(
        say(
            "competitors.quality_comparison.zombie_range",
            a=_name(side, worst),
            z=Pct(shares.max()),
            b=_name(side, shares.idxmin()),
            y=Pct(shares.min()),
        )
    )
    effective = side.table["engagement_per_1k_effective_followers"].dropna()
    if len(effective) >= 2:
        out.append(say("competitors.quality_comparison.per_effective_follower", order=_order(side, "engagement_per_1k_effective_followers")))
    missing = [a for a in side.table.index if M.is_missing(side.table.loc[a, "share_followers_under_10"])]
    if missing:
        out.append(say("competitors.quality_comparison.without_sample", s=Join(tuple(_name(side, a) for a in missing))))
    return out


def strategy_reading(st: Strategy) -> list[Finding]:
    """How the accounts differ in posting hours, formats and topics."""
    side, out = st.side, []
    per_day = side.table["posts_per_day"].dropna()
    if len(per_day):
        out.append(say("competitors.strategy.posts_per_day", s=Join(tuple((Concat((_name(side, a), " ",
                                                                                   MetricValue(v, "posts_per_day"))) for a, v in per_day.items())))))
    peak = st.hour_share.dropna(how="all").idxmax(axis=1).dropna()  # an account without posts has no busiest hour
    if len(peak):
        out.append(say("competitors.strategy.busiest_hour", s=Join(tuple((f"{_name(side, a)} {int(h)}:00" for a, h in peak.items())))))
    if "video" in st.format_mix.columns:
        video = st.format_mix["video"].dropna()
        if len(video):
            out.append(say("competitors.strategy.video_share", s=Join(tuple((Concat((_name(side, a), " ", Pct(v, 0))) for a, v in video.items())))))
    return out or [say("competitors.strategy.no_posts")]


def momentum_reading(m: Momentum) -> list[Finding]:
    """Who is gaining share of voice and followers over the period."""
    side, out = m.side, []
    shares = m.mentions_share.dropna()
    if len(shares):
        out.append(
            say(
                "competitors.momentum.share_of_voice",
                s=Join(tuple((Concat((_name(side, a), " ", Pct(v))) for a, v in shares.sort_values(ascending=False).items()))),
            )
        )
    else:
        out.append(say("competitors.momentum.no_mentions"))
    if not m.follower_index.empty:
        last = m.follower_index.ffill().iloc[-1].dropna()
        if len(last):
            out.append(
                say(
                    "competitors.momentum.follower_growth",
                    s=Join(tuple((Concat((_name(side, a), " ", Change(v - 100))) for a, v in last.sort_values(ascending=False).items()))),
                )
            )
    return out


def platform_figures_reading(pf: PlatformFigures) -> list[Finding]:
    """Where we lead and trail among the accounts on the platform's own figures (only figures two or more carry)."""
    side, out = pf.side, []
    if pf.table.empty:
        return [say("competitors.platform_figures.none")] if pf.platform in P.SETS else []
    for metric in pf.table.columns:
        known = pf.table[metric].dropna()
        if len(known) < 2 or side.ours not in known.index or P.SIGNALS[metric].total:
            continue
        best = known.idxmax() if metric != "bounce_2s_rate" else known.idxmin()  # a bounce is better low
        key = "competitors.platform_figures.lead" if best == side.ours else "competitors.platform_figures.trail"
        out.append(say(key, m=Label(metric), a=_name(side, best), v=MetricValue(known[best], metric),
                       ours=MetricValue(known[side.ours], metric)))
    if pf.missing:
        out.append(say("competitors.platform_figures.not_carried", names=Join(tuple(Label(m) for m in pf.missing))))
    return out


def index_reading(ci: CompositeIndex) -> list[Finding]:
    """The composite index's order and what drives it."""
    side = ci.side
    if ci.index.dropna().empty:
        return [say("competitors.index.not_available")]
    out = [say("competitors.index.ranking",
               s=Join(tuple(Concat((_name(side, a), Aside((MetricValue(v, "index"),)))) for a, v in ci.index.items()), "ranked"))]
    for account in ci.index.index:
        driver = ci.contributions.loc[account].idxmax()
        out.append(say("competitors.index.carried_by", a=_name(side, account), c=say(driver)))
    leader = ci.index.index[0]
    if leader != side.ours and side.ours in ci.scaled.index:
        gap = (ci.scaled.loc[leader] - ci.scaled.loc[side.ours]).fillna(0).idxmax()
        out.append(say("competitors.index.largest_gap", a=_name(side, leader), c=say(gap)))
    for account, lacking in ci.missing.items():
        out.append(say("competitors.index.scored_without", a=_name(side, account), c=Join(tuple(say(c) for c in lacking))))
    return out + _sensitivity(ci.sensitivity, side, lambda w: say(w), ("competitors.index.stable", "competitors.index.moves"))


def _sensitivity(table, side: SideBySide, weight_name, keys: tuple[str, str]) -> list[Finding]:
    """Whether the ranking holds when each weight moves by ±20%, and which pairs swap where it does not."""
    if table is None or table.empty:
        return []
    moves = table[table["swaps"].map(len) > 0]
    if moves.empty:
        return [say(keys[0])]
    said = tuple(Concat((weight_name(r.weight), " ", "+20%" if r.factor > 1 else "−20%", Aside((Join(tuple(
        Concat((_name(side, a), " ⇄ ", _name(side, b))) for a, b in r.swaps)),)))) for r in moves.itertuples())
    return [say(keys[1], s=Join(said, "clauses"))]


def published_index_reading(pi: PublishedIndex) -> list[Finding]:
    """The platform's published index per account, what it lacks where it cannot be computed, and how steady it is."""
    side = pi.side
    if pi.name is None:
        return [say("competitors.published_index.none")]
    name = say(f"index_name_{pi.name}")
    known = sorted(((a, s.value) for a, s in pi.scores.items() if s.value is not None), key=lambda x: -x[1])
    out = []
    if known:
        out.append(say("competitors.published_index.ranking", name=name, s=Join(tuple(
            Concat((_name(side, a), Aside((MetricValue(v, pi.name),)))) for a, v in known), "ranked")))
    for account, score in pi.scores.items():
        if score.value is None:
            out.append(say("competitors.published_index.missing", name=name, a=_name(side, account),
                           c=Join(tuple(Label(c) for c in score.missing))))
    return out + _sensitivity(pi.sensitivity, side, lambda w: say(f"{pi.name}_{w}"),
                              ("competitors.published_index.stable", "competitors.published_index.moves"))


def takeaways_reading(tk: Takeaways) -> list[Finding]:
    """What our account should copy, keep or stop, from the comparison."""
    side, st = tk.side, tk.strategy
    ours, best = side.ours, tk.best_peer
    if best is None:
        return [say("competitors.takeaways.no_peer")]
    out = []
    name = _name(side, best)
    eff = side.value(best, "efficiency")
    if eff is not None and eff > 1:
        out.append(say("competitors.takeaways.peer_more_efficient", a=name, e=MetricValue(eff, "efficiency")))
    else:
        out.append(say("competitors.takeaways.we_most_efficient"))
    ours_pd, best_pd = side.value(ours, "posts_per_day"), side.value(best, "posts_per_day")
    if ours_pd and best_pd and best_pd >= ours_pd * 1.2:  # only what the peer does more of than we do
        out.append(say("competitors.takeaways.peer_posts_more", a=name, b=MetricValue(best_pd, "posts_per_day"), c=MetricValue(ours_pd, "posts_per_day")))
    if "video" in st.format_mix.columns and ours in st.format_mix.index and best in st.format_mix.index:
        ov, bv = st.format_mix.loc[ours, "video"], st.format_mix.loc[best, "video"]
        if not (M.is_missing(ov) or M.is_missing(bv)) and bv - ov >= 0.1:
            out.append(say("competitors.takeaways.peer_more_video", a=name, b=Pct(bv, 0), c=Pct(ov, 0)))
    if not st.topic_mix.empty and best in st.topic_mix.index and ours in st.topic_mix.index:
        gap = (st.topic_mix.loc[best] - st.topic_mix.loc[ours]).dropna()
        if len(gap) and gap.max() >= 0.08:
            out.append(
                say(
                    "competitors.takeaways.peer_topic_gap",
                    a=name,
                    t=gap.idxmax(),
                    b=Pct(st.topic_mix.loc[best, gap.idxmax()], 0),
                    c=Pct(st.topic_mix.loc[ours, gap.idxmax()], 0),
                )
            )
    og, bg = side.value(ours, "growth_rate"), side.value(best, "growth_rate")
    if og is not None and bg is not None and bg > og:
        out.append(say("competitors.takeaways.peer_grew_faster", a=name, b=MetricValue(bg, "growth_rate"), c=MetricValue(og, "growth_rate")))
    oz, bz = side.value(ours, "share_followers_under_10"), side.value(best, "share_followers_under_10")
    if oz is not None and bz is not None and oz - bz >= 0.1:
        out.append(say("competitors.takeaways.more_zombies", b=MetricValue(bz, "share_followers_under_10"),
                       c=MetricValue(oz, "share_followers_under_10")))
    return out + _weakest(side)


WEAK_SPOTS = ("mentions_share", "engagement_per_post", "engagement_per_1k_followers", "growth_rate")  # not size: that is no one's to fix in a month


def _weakest(side) -> list[Finding]:
    """Where we trail the set's leader furthest (ours ÷ the best value), so the takeaways are not only where we lead."""
    gaps = {}
    for metric in WEAK_SPOTS:
        values = side.table[metric].dropna()
        if side.ours not in values.index or len(values) < 2:
            continue
        leader = values.idxmax()
        best, mine = values[leader], values[side.ours]
        if leader != side.ours and best > 0:
            gaps[metric] = (mine / best if mine > 0 else 0.0, leader, best, mine)
    if not gaps:
        return []
    metric, (_, leader, best, mine) = min(gaps.items(), key=lambda item: item[1][0])
    rank = int(side.table[metric].rank(ascending=False, method="min")[side.ours])
    return [say("competitors.takeaways.weakest", m=Label(metric, lower=True), c=MetricValue(mine, metric), a=_name(side, leader),
                b=MetricValue(best, metric), r=rank, n=int(side.table[metric].notna().sum()))]
