"""What content performance says, as findings: each a key (worded in ``strings.py``) and its values.

Each function answers one question from the numbers; the view words the findings in the
report's language and escapes them.
"""

from __future__ import annotations

from socialops import ages as A
from socialops import metrics as M
from socialops.format import Figure
from socialops.report.findings import (
    ActiveHours,
    Aside,
    Change,
    Concat,
    Count,
    Date,
    Finding,
    Group,
    Join,
    Label,
    MetricValue,
    Moved,
    Num,
    Pct,
    Title,
    ValueLabel,
    Weekday,
    say,
)
from socialops.report.prose import STEADY_PCT
from socialops.workbooks.content.analysis import (
    ContentOverview,
    Conversion,
    PlatformSignals,
    SameAge,
    TagEffects,
    Tiers,
    Timing,
    TopPosts,
    TrafficSources,
    Trends,
    WhatWorks,
)

# The executive summary: what moved (up to three, in this order of weight), then what to do next.
SUMMARY_KEYS = ("content.content_overview.posts_reads_rate", "content.content_overview.posts_without_reads",
                "content.content_overview.up", "content.content_overview.down", "content.trends.breakout",
                "content.top_posts.best_by_rate", "content.top_posts.most_interactions", "content.what_works.clear_leader")
ACTION_KEYS = ("content.what_works.clear_leader", "content.timing.slots_unused", "content.timing.best_slots")


def content_overview(o: ContentOverview) -> list[Finding]:
    """What the period's posts achieved against the previous period, in totals and per post."""
    posts = o.value("posts")
    if not posts:
        return [say("content.content_overview.no_posts", p=Count(o.value("posts", "previous")))]
    if o.value("reads") is None:
        out = [say("content.content_overview.posts_without_reads", n=Count(posts),
                   per=MetricValue(o.value("interactions_per_post"), "interactions_per_post"))]
    else:
        out = [
            say(
                "content.content_overview.posts_reads_rate",
                n=Count(posts),
                reads=_reads_total(o),
                rate=MetricValue(o.value("engagement_rate"), "engagement_rate"),
                mrate=MetricValue(o.value("engagement_rate", "median"), "engagement_rate"),
            )
        ]
    lacking = [p for p in o.expected if p not in o.parts]
    if lacking and o.parts:
        out.append(
            say(
                "content.content_overview.partial_interactions",
                parts=Join(tuple(Label(p, lower=True) for p in o.parts)),
                missing=Join(tuple(Label(p, lower=True) for p in lacking)),
            )
        )
    mean, median = o.value("avg_reads_per_post"), o.value("avg_reads_per_post", "median")
    if mean and median and mean > 1.5 * median:
        out.append(say("content.content_overview.mean_above_median", mean=MetricValue(mean, "avg_reads_per_post"),
                       median=MetricValue(median, "avg_reads_per_post")))
    changes = o.table["change_pct"].dropna()
    if len(changes):

        def fmt(names):
            return Join(tuple(Moved(m, o.value(m), o.value(m, "previous"), changes[m]) for m in names))

        ups = changes[changes >= STEADY_PCT].sort_values(ascending=False).index[:3]
        downs = changes[changes <= -STEADY_PCT].sort_values().index[:3]
        if len(ups):
            out.append(say("content.content_overview.up", s=fmt(ups)))
        if len(downs):
            out.append(say("content.content_overview.down", s=fmt(downs)))
    if o.lower_bound_reads:
        out.append(say("content.content_overview.lower_bound_reads", n=o.lower_bound_reads))
    missing = [m for m in o.table.index if o.value(m) is None]  # every row the table leaves out or cannot fill
    if missing:
        out.append(say("content.content_overview.not_in_data", s=Join(tuple(Label(m) for m in missing))))
    return out


def _reads_total(o: ContentOverview) -> Count | Concat:
    total = Count(o.value("reads"))
    return Concat((say("at_least"), " ", total)) if o.lower_bound_reads and o.value("reads") is not None else total


SKEW = 1.3  # a period figure this many times its median post's (or less than 1/SKEW of it): a few posts carry it


def platform_signals_reading(ps: PlatformSignals) -> list[Finding]:
    """The platform's own figures: what they are, how the openings of videos hold, and what the export lacks."""
    if ps.platform is None:
        return [say("content.platform_signals.no_platform")]
    platform = ValueLabel("platform", ps.platform)
    table = ps.table
    if table.empty:
        return [say("content.platform_signals.none_in_export", platform=platform,
                    names=Join(tuple(Label(m) for m in ps.missing)))] if ps.missing else []
    out = [say("content.platform_signals.figures", platform=platform,
               figures=Join(tuple(Concat((Label(m), " ", MetricValue(r.current, m))) for m, r in table.iterrows())))]
    if {"completion_5s_rate", "bounce_2s_rate"} <= set(table.index):
        out.append(say("content.platform_signals.hook", held=MetricValue(table.loc["completion_5s_rate", "current"], "completion_5s_rate"),
                       left=MetricValue(table.loc["bounce_2s_rate", "current"], "bounce_2s_rate")))
    if len(ps.best_openings) and len(ps.worst_openings):
        best, worst = ps.best_openings.iloc[0], ps.worst_openings.iloc[0]
        out.append(say("content.platform_signals.openings", best=Title(best.get("title")),
                       b=MetricValue(best["completion_5s_rate"], "completion_5s_rate"), worst=Title(worst.get("title")),
                       w=MetricValue(worst["completion_5s_rate"], "completion_5s_rate")))
    for dimension, groups in ps.openings.items():
        known = groups.dropna(subset=["completion_5s_rate"])
        if len(known) >= 2 and known["posts"].min() >= 2:
            top, low = known.iloc[0], known.iloc[-1]
            out.append(say("content.platform_signals.openings_by", dim=say(f"openings_dim_{dimension}"), top=top["group"],
                           t=MetricValue(top["completion_5s_rate"], "completion_5s_rate"), low=low["group"],
                           l=MetricValue(low["completion_5s_rate"], "completion_5s_rate")))
    for metric, r in table.iterrows():
        if M.is_missing(r["median"]) or not r["median"] or M.is_missing(r["current"]) or r["posts"] < 3:
            continue
        if r["current"] > SKEW * r["median"] or r["current"] * SKEW < r["median"]:
            key = "content.platform_signals.skewed_above" if r["current"] > r["median"] else "content.platform_signals.skewed_below"
            out.append(say(key, m=Label(metric), v=MetricValue(r["current"], metric),
                           med=MetricValue(r["median"], metric)))
    moved = table.dropna(subset=["change"])
    if len(moved):
        out.append(say("content.platform_signals.moved",
                       s=Join(tuple(Moved(m, r["current"], r["previous"], r["change_pct"]) for m, r in moved.iterrows()))))
    if ps.missing:
        out.append(say("content.platform_signals.not_in_export", names=Join(tuple(Label(m) for m in ps.missing))))
    return out


def traffic_sources_reading(ts: TrafficSources) -> list[Finding]:
    """Where the reads came from, and what the recommendation share says about the content."""
    if not ts.has_table:
        return [say("content.traffic_sources.no_table")]
    if ts.table.empty:
        return [say("content.traffic_sources.no_reads")]
    top = ts.table.head(3)
    out = [say("content.traffic_sources.channels", s=Join(tuple(
        Concat((ValueLabel("channel", c), " ", MetricValue(r["share"], "recommended_share"))) for c, r in top.iterrows())))]
    if ts.recommended is not None:
        if ts.recommended_previous is None:
            out.append(say("content.traffic_sources.recommended", v=MetricValue(ts.recommended, "recommended_share")))
        else:
            up = ts.recommended > ts.recommended_previous
            key = "content.traffic_sources.recommended_up" if up else "content.traffic_sources.recommended_down"
            out.append(say(key, moved=Moved("recommended_share", ts.recommended, ts.recommended_previous, None)))
    return out


def tiers_reading(tr: Tiers) -> list[Finding]:
    """How posts spread over read and repost tiers, and which tier carries the interactions."""
    if not tr.posts:
        return [say("content.tiers.no_posts")]
    out = [say("content.tiers.no_reads")] if not tr.reads["posts"].sum() and tr.reposts["posts"].sum() else []
    for name, table in (("reads_tier", tr.reads), ("reposts_tier", tr.reposts)):
        filled = table[table["posts"] > 0]
        if filled.empty:
            continue
        top = filled.iloc[-1]
        out.append(
            say("content.tiers.top_tier", tiering=Label(name), tier=top["tier"], sp=Pct(top["share_posts"]), si=Pct(top["share_interactions"]))
        )
    bound = int(tr.reads["lower_bounds"].sum())
    if bound:
        out.append(say("content.tiers.top_tier_lower_bounds", n=bound))
    return out


def top_posts_reading(tp: TopPosts) -> list[Finding]:
    """Which posts did best and worst, and by how much against the account's usual post."""
    if tp.best_by_reads.empty and tp.best_by_rate.empty:
        return [say("content.top_posts.no_posts_with_reads")]
    if tp.measure != "engagement_rate":
        best = tp.best_by_rate.iloc[0]
        return [say("content.top_posts.on_interactions"),
                say("content.top_posts.most_interactions", title=Title(best.get("title"), 60), fmt=ValueLabel("format", best.get("format")),
                    topic=ValueLabel("topic", best.get("topic")), v=Count(best["interactions"]), mult=Num(best["multiple"]))]
    out = []
    if not tp.best_by_rate.empty:
        best = tp.best_by_rate.iloc[0]
        out.append(
            say(
                "content.top_posts.best_by_rate",
                title=Title(best.get("title"), 60),
                fmt=ValueLabel("format", best.get("format")),
                topic=ValueLabel("topic", best.get("topic")),
                rate=MetricValue(best["engagement_rate"], "engagement_rate"),
                mult=Num(best["multiple"]),
            )
        )
    if not tp.best_by_reads.empty:
        top = tp.best_by_reads.iloc[0]
        bound = bool(top.get("reads_lower_bound", False))
        out.append(
            say(
                "content.top_posts.most_read",
                title=Title(top.get("title"), 60),
                reads="10万+" if bound else Count(top["reads"]),
                mult=Num(top["multiple"]),
            )
        )
    if len(tp.best_by_rate) >= 3 and "format" in tp.best_by_rate:
        common = tp.best_by_rate["format"].mode()
        if len(common):
            share = (tp.best_by_rate["format"] == common.iloc[0]).mean()
            if share >= 0.5:
                out.append(say("content.top_posts.best_share_format", share=Pct(share, 0), fmt=ValueLabel("format", common.iloc[0])))
    return out


def same_age_reading(sa: SameAge) -> list[Finding]:
    """The period's posts against the previous period's at the same ages, and how old every lifetime total is."""
    if not sa.posts:
        return [say("content.same_age.no_posts")]
    out = []
    for name in A.AGES:
        r = sa.table.loc[name]
        if not r["aged"]:
            continue
        reads, rate = f"reads_{name}", f"engagement_rate_{name}"
        if r["previous_aged"]:
            out.append(say("content.same_age.against_previous", age=say(f"age_{name}"), reads=MetricValue(r["reads"], reads),
                           prev=MetricValue(r["previous_reads"], reads), change=Change(M.change_pct(r["reads"], r["previous_reads"])),
                           n=Count(r["aged"]), of=Count(r["posts"]),
                           moved=Moved(rate, r["engagement_rate"], r["previous_engagement_rate"], None)))
        else:
            out.append(say("content.same_age.no_previous", age=say(f"age_{name}"), reads=MetricValue(r["reads"], reads),
                           rate=MetricValue(r["engagement_rate"], rate), n=Count(r["aged"]), of=Count(r["posts"])))
    if len(sa.leaders) >= 2:
        top = sa.leaders.iloc[0]
        out.append(say("content.same_age.fastest", title=Title(top.get("title"), 60), reads=MetricValue(top["reads_24h"], "reads_24h"),
                       mult=Num(top["multiple"])))
    if sa.read_before and sa.table.loc["7d", "young"]:
        out.append(say("content.same_age.too_young", n=Count(sa.table.loc["7d", "young"])))
    if (sa.table["aged"] + sa.table["young"] < sa.table["posts"]).any() and sa.read_before:
        out.append(say("content.same_age.left_out"))
    return out + _lifetime_ages(sa)


def _lifetime_ages(sa: SameAge) -> list[Finding]:
    """How old the posts were when the lifetime totals every other section compares were read."""
    if sa.ages is None:
        return [say("content.same_age.undated", young=Num(sa.youngest_at_end), old=Num(sa.oldest_at_end))]
    young, old = Num(sa.ages[0]), Num(sa.ages[1])
    out = [say("content.same_age.lifetime" if sa.read_before else "content.same_age.lifetime_only", young=young, old=old)]
    if sa.undated:
        out.append(say("content.same_age.some_undated", n=Count(sa.undated)))
    return out


def what_works_reading(w: WhatWorks) -> list[Finding]:
    """Which formats and topics engage best, where the evidence is strong enough to say."""
    if not w.posts:
        return [say("content.what_works.no_posts")]
    if not w.groups:
        return [say("content.what_works.nothing_to_compare")]
    out = [say("content.what_works.on_interactions")] if w.measure != "engagement_rate" else []
    for dimension, table in w.groups.items():
        label = say(dimension)
        winner = w.winners.get(dimension)
        eligible = table[table["enough"]]
        if len(table) == 1:  # one format (or topic) only: nothing is ahead of anything
            out.append(say("content.what_works.only_one", dim=label, g=Group(table["group"].iloc[0], dimension)))
            continue
        if winner is not None:
            row = table[table["group"] == winner].iloc[0]
            out.append(
                say(
                    "content.what_works.clear_leader",
                    dim=label,
                    g=Group(winner, dimension),
                    r=MetricValue(row["median_rate"], w.measure),
                    lo=MetricValue(row["ci_low"], w.measure),
                    hi=MetricValue(row["ci_high"], w.measure),
                    n=int(row["rated"]),
                    o=MetricValue(w.overall_median, w.measure),
                )
            )
        elif len(eligible) >= 2:
            out.append(
                say(
                    "content.what_works.ahead_not_clear", dim=label, g=Group(eligible["group"].iloc[0], dimension),
                    r=MetricValue(eligible["median_rate"].iloc[0], w.measure)
                )
            )
        few = table[~table["enough"]]
        if len(few):
            out.append(say("content.what_works.too_few_posts", dim=label, g=Join(tuple(Group(g, dimension) for g in few["group"]))))
    if w.headline_read_rate is not None:
        r = MetricValue(w.headline_read_rate, "headline_read_rate")
        if w.headline_read_rate_previous is None:
            out.append(say("content.what_works.headline_read_rate", r=r, n=w.headline_posts))
        else:
            moved = Moved("headline_read_rate", w.headline_read_rate, w.headline_read_rate_previous, None)
            out.append(say("content.what_works.headline_read_rate_moved", r=r, n=w.headline_posts, moved=moved))
    return out


def tag_effects_reading(te: TagEffects) -> list[Finding]:
    """Which tags and mentions go with better or worse posts, only where enough posts carry them."""
    if te.tags.empty and te.mentions.empty:
        return [say("content.tag_effects.no_tags")]
    metric = te.measure
    out = []
    if te.measure != "engagement_rate":
        out.append(say("content.tag_effects.on_interactions"))
    if not te.tags.empty:
        out.append(say("content.tag_effects.tagged", k=te.tagged, n=te.posts, share=Pct(te.tagged / te.posts if te.posts else None)))
    for r in te.tags[te.tags["enough"]].itertuples():
        if te.overall is None or M.is_missing(r.ci_low):
            continue
        values = dict(tag=r.tag, v=MetricValue(r.median_with, metric), o=MetricValue(te.overall, metric), n=r.posts,
                      lo=MetricValue(r.ci_low, metric), hi=MetricValue(r.ci_high, metric))
        if r.ci_low > te.overall:
            out.append(say("content.tag_effects.tag_leads", **values))
        elif r.ci_high < te.overall:
            out.append(say("content.tag_effects.tag_lags", **values))
    mentioned = te.mentions[te.mentions["enough"]]
    if len(mentioned):
        r = mentioned.iloc[0]
        out.append(say("content.tag_effects.mention", m=r["tag"], n=int(r["posts"]), v=MetricValue(r["median_with"], metric),
                       w=MetricValue(r["median_without"], metric)))
    few = te.tags[~te.tags["enough"]]
    if len(few):
        out.append(say("content.tag_effects.too_few", n=len(few)))
    return out


def timing_reading(ti: Timing) -> list[Finding]:
    """Which weekday-hours engage best, and whether the account posts in them."""
    if ti.dates_only and not int(ti.count_grid.values.sum()):
        return [say("content.timing.dates_only")]
    if ti.best_slots.empty:
        return [say("content.timing.no_slot")]
    slots = Join(
        tuple(
            Concat((Weekday(int(r.weekday)), " ", int(r.hour), ":00",
                    Aside((say("content.timing.slot_figures", r=MetricValue(r.median_rate, ti.measure), n=int(r.posts)),))))
            for r in ti.best_slots.itertuples()
        )
    )
    out = [say("content.timing.on_interactions")] if ti.measure != "engagement_rate" else []
    out += [
        say("content.timing.best_slots", s=slots),
        say("content.timing.slots_in_active_hours", k=ti.in_active_hours, n=len(ti.best_slots),
            h=Join(tuple(f"{h}:00" for h in ti.usual_hours)), hours=ActiveHours()),
    ]
    best_hours = {int(h) for h in ti.best_slots["hour"]}
    if not best_hours & set(ti.usual_hours):
        out.append(say("content.timing.slots_unused"))
    return out


def trends_reading(tr: Trends) -> list[Finding]:
    """How reads and engagement moved week by week and month by month."""
    if tr.measure != "engagement_rate":
        return _trends_on_interactions(tr)
    out = []
    weeks = tr.weekly.dropna(subset=["engagement_rate"])
    if len(weeks) >= 2:
        last, before = weeks.iloc[-1], weeks.iloc[-2]
        out.append(
            say(
                "content.trends.last_week",
                d=Date(last["start"]),
                p=Count(last["posts"]),
                r=MetricValue(last["engagement_rate"], "engagement_rate"),
                c=Figure(last["engagement_rate"] - before["engagement_rate"], M.spec("engagement_rate").difference()),
                rc=Change(last["reads_change_pct"]),
            )
        )
    months = tr.monthly.dropna(subset=["engagement_rate"])
    if len(months) >= 2:
        last = months.iloc[-1]
        out.append(
            say(
                "content.trends.this_month",
                r=MetricValue(last["engagement_rate"], "engagement_rate"),
                c=Figure(last["engagement_rate_change"], M.spec("engagement_rate").difference()),
                p=Count(last["posts"]),
                pc=Change(last["posts_change_pct"]),
            )
        )
    if tr.breakout is not None:
        out.append(
            say("content.trends.breakout", title=Title(tr.breakout.get("title"), 60), v=Num(tr.breakout["engagement_per_1k"]), z=Num(tr.top_z))
        )
    elif tr.top_z is not None:
        out.append(say("content.trends.no_breakout", z=Num(tr.top_z)))
    return out or [say("content.trends.no_history")]


def _trends_on_interactions(tr: Trends) -> list[Finding]:
    """Without reads in any week: posts and interactions per post, week by week and month by month."""
    out = []
    weeks = tr.weekly.dropna(subset=["interactions_per_post"])
    if len(weeks) >= 2:
        last = weeks.iloc[-1]
        out.append(say("content.trends.last_week_interactions", d=Date(last["start"]), p=Count(last["posts"]),
                       v=MetricValue(last["interactions_per_post"], "interactions_per_post"),
                       c=Change(last["interactions_per_post_change_pct"])))
    months = tr.monthly.dropna(subset=["interactions_per_post"])
    if len(months) >= 2:
        last = months.iloc[-1]
        out.append(say("content.trends.this_month_interactions", v=MetricValue(last["interactions_per_post"], "interactions_per_post"),
                       c=Change(last["interactions_per_post_change_pct"]), p=Count(last["posts"]), pc=Change(last["posts_change_pct"])))
    if tr.breakout is not None:
        out.append(say("content.trends.breakout", title=Title(tr.breakout.get("title"), 60), v=Num(tr.breakout["engagement_per_1k"]),
                       z=Num(tr.top_z)))
    elif tr.top_z is not None:
        out.append(say("content.trends.no_breakout", z=Num(tr.top_z)))
    return out or [say("content.trends.no_history")]


def conversion_reading(cv: Conversion) -> list[Finding]:
    """How reads turned into follows and orders, step by step."""
    if cv.steps.empty or not cv.posts:
        return [say("content.conversion.no_funnel")]
    steps = cv.steps.set_index("step")
    parts = Join(tuple((Concat((Label(s), " ", MetricValue(r, "conversion_rate"))) for s, r in steps["rate_from_reads"].iloc[1:].items())))
    out = [say("content.conversion.rates_per_read", n=cv.posts, s=parts)]
    if "orders" in steps.index and "follows" in steps.index and steps.loc["follows", "total"]:
        out.append(say("content.conversion.orders_per_100_follows", r=Num(100 * steps.loc["orders", "total"] / steps.loc["follows", "total"])))
    return out
