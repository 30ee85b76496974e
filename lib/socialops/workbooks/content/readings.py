"""Written readings of this workbook's results, in ``en`` or ``zh``, generated from the numbers.

Each function answers one question in plain sentences (never HTML): the view escapes them.
"""
from __future__ import annotations

from socialops import metrics as M
from socialops.report.prose import STEADY_PCT, active_hours, group_label, list_sep, pick, short_title
from socialops.report.strings import fmt_change_pct, fmt_count, fmt_date, fmt_number, fmt_pct, t, value_label, weekday_name
from socialops.workbooks.content.analysis import ContentOverview, Conversion, Tiers, Timing, TopPosts, Trends, WhatWorks


def content_overview(o: ContentOverview, lang: str = "en") -> list[str]:
    """What the period's posts achieved against the previous period, in totals and per post."""
    posts = o.value("posts")
    if not posts:
        return [pick(lang, "No posts in this period: nothing to measure. The previous period had {p}.",
                      "本期没有发布内容，无从衡量。上期发布 {p} 条。", p=fmt_count(o.value("posts", "previous"), lang))]
    if o.value("reads") is None:
        interactions = sum(o.value(p) or 0 for p in o.parts)
        out = [pick(lang, "{n} posts. The export gives no reads, so rates per read are not available; "
                     "instead: {per} interactions per post.",
                     "共 {n} 条内容。导出数据没有阅读数，无法计算按阅读的互动率；改用每条互动 {per}。",
                     n=fmt_count(posts, lang), per=fmt_number(interactions / posts, lang, 1))]
    else:
        out = [pick(lang, "{n} posts reached {reads} reads; engagement rate {rate} (median post {mrate}).",
                     "{n} 条内容共获得 {reads} 次阅读；互动率 {rate}（单条中位数 {mrate}）。",
                     n=fmt_count(posts, lang), reads=_reads_total(o, lang),
                     rate=fmt_pct(o.value("engagement_rate"), lang, 2), mrate=fmt_pct(o.value("engagement_rate", "median"), lang, 2))]
    lacking = [p for p in ("reposts", "comments", "likes") if p not in o.parts]
    if lacking and o.parts:
        out.append(pick(lang, "Interactions here are {parts} only: the export carries no {missing}.",
                         "此处互动仅含{parts}：导出数据中没有{missing}。",
                         parts=list_sep(lang).join(M.metric_label(p, lang).lower() for p in o.parts),
                         missing=list_sep(lang).join(M.metric_label(p, lang).lower() for p in lacking)))
    mean, median = o.value("avg_reads_per_post"), o.value("avg_reads_per_post", "median")
    if mean and median and mean > 1.5 * median:
        out.append(pick(lang, "Average reads per post ({mean}) sit well above the median ({median}): a few posts "
                         "carried the period, so read the medians for the typical post.",
                         "平均每条阅读（{mean}）远高于中位数（{median}）：少数内容撑起了整体，看典型内容请看中位数。",
                         mean=fmt_number(mean, lang, 0), median=fmt_number(median, lang, 0)))
    changes = o.table["change_pct"].dropna()
    if len(changes):
        def fmt(names):
            return list_sep(lang).join(f"{M.metric_label(m, lang)} {fmt_change_pct(changes[m], lang)}" for m in names)
        ups = changes[changes >= STEADY_PCT].sort_values(ascending=False).index[:3]
        downs = changes[changes <= -STEADY_PCT].sort_values().index[:3]
        if len(ups):
            out.append(pick(lang, "Against the previous period, up: {s}.", "较上期上升：{s}。", s=fmt(ups)))
        if len(downs):
            out.append(pick(lang, "Down: {s}.", "下降：{s}。", s=fmt(downs)))
    if o.lower_bound_reads:
        out.append(pick(lang, "{n} post(s) show reads as 10万+: counted as 100,001, so read totals are lower bounds.",
                         "{n} 条内容阅读显示为“10万+”，按 100,001 计，阅读总数为下限。", n=o.lower_bound_reads))
    missing = [m for m in ("reads", "favorites", "follows", "orders") if o.value(m) is None]
    if missing:
        out.append(pick(lang, "Not in the data: {s}.", "数据中缺少：{s}。", s=list_sep(lang).join(M.metric_label(m, lang) for m in missing)))
    return out


def _reads_total(o: ContentOverview, lang: str) -> str:
    total = fmt_count(o.value("reads"), lang)
    return f"{t('at_least', lang)} {total}" if o.lower_bound_reads and o.value("reads") is not None else total


def tiers_reading(tr: Tiers, lang: str = "en") -> list[str]:
    """How posts spread over read and repost tiers, and which tier carries the interactions."""
    if not tr.posts:
        return [pick(lang, "No posts to put in tiers.", "没有可分档的内容。")]
    out = []
    for name, table in (("reads_tier", tr.reads), ("reposts_tier", tr.reposts)):
        filled = table[table["posts"] > 0]
        if filled.empty:
            continue
        top = filled.iloc[-1]
        out.append(pick(lang, "{tiering}: the top tier ({tier}) holds {sp} of posts and carries {si} of interactions.",
                         "{tiering}：最高档（{tier}）占内容 {sp}，贡献互动 {si}。", tiering=M.metric_label(name, lang),
                         tier=top["tier"], sp=fmt_pct(top["share_posts"], lang), si=fmt_pct(top["share_interactions"], lang)))
    bound = int(tr.reads["lower_bounds"].sum())
    if bound:
        out.append(pick(lang, "{n} post(s) in the top reads tier are 10万+ lower bounds.", "最高阅读档中有 {n} 条为“10万+”（下限）。", n=bound))
    return out


def top_posts_reading(tp: TopPosts, lang: str = "en") -> list[str]:
    """Which posts did best and worst, and by how much against the account's usual post."""
    if tp.best_by_reads.empty and tp.best_by_rate.empty:
        return [pick(lang, "No posts with reads in this period: best and worst posts are not available.",
                      "本期没有带阅读数的内容，无法列出最佳与最差内容。")]
    out = []
    if not tp.best_by_rate.empty:
        best = tp.best_by_rate.iloc[0]
        out.append(pick(lang, "Best engagement: “{title}” ({fmt}, {topic}) at {rate}, {mult}× the account's median.",
                         "互动率最高：“{title}”（{fmt}，{topic}），{rate}，为账号中位数的 {mult} 倍。",
                         title=short_title(best.get("title"), lang, 60), fmt=value_label("format", best.get("format"), lang),
                         topic=value_label("topic", best.get("topic"), lang),
                         rate=fmt_pct(best["engagement_rate"], lang, 2), mult=fmt_number(best["multiple"], lang)))
    if not tp.best_by_reads.empty:
        top = tp.best_by_reads.iloc[0]
        bound = bool(top.get("reads_lower_bound", False))
        out.append(pick(lang, "Most read: “{title}” with {reads} reads, {mult}× the median.",
                         "阅读最高：“{title}”，{reads} 次阅读，为中位数的 {mult} 倍。", title=short_title(top.get("title"), lang, 60),
                         reads=("10万+" if bound else fmt_count(top["reads"], lang)), mult=fmt_number(top["multiple"], lang)))
    if len(tp.best_by_rate) >= 3 and "format" in tp.best_by_rate:
        common = tp.best_by_rate["format"].mode()
        if len(common):
            share = (tp.best_by_rate["format"] == common.iloc[0]).mean()
            if share >= 0.5:
                out.append(pick(lang, "{share} of the best posts by engagement are {fmt}.", "互动率最高的内容中 {share} 为{fmt}。",
                                 share=fmt_pct(share, lang, 0), fmt=value_label("format", common.iloc[0], lang)))
    return out


def what_works_reading(w: WhatWorks, lang: str = "en") -> list[str]:
    """Which formats and topics engage best, where the evidence is strong enough to say."""
    if not w.groups:
        return [pick(lang, "Posts carry no format, topic or headline column: nothing to compare.",
                      "内容没有体裁、主题或头条字段，无法比较。")]
    out = []
    for dimension, table in w.groups.items():
        label = t(dimension, lang)
        winner = w.winners.get(dimension)
        eligible = table[table["enough"]]
        if winner is not None:
            row = table[table["group"] == winner].iloc[0]
            out.append(pick(lang, "{dim}: {g} clearly leads with a median engagement rate of {r} "
                             "(95% interval {lo}–{hi}, {n} posts) against {o} overall.",
                             "{dim}：{g} 明显领先，互动率中位数 {r}（95% 区间 {lo}–{hi}，{n} 条），整体为 {o}。",
                             dim=label, g=group_label(winner, lang, dimension), r=fmt_pct(row["median_rate"], lang, 2),
                             lo=fmt_pct(row["ci_low"], lang, 2), hi=fmt_pct(row["ci_high"], lang, 2),
                             n=int(row["rated"]), o=fmt_pct(w.overall_median, lang, 2)))
        elif len(eligible):
            out.append(pick(lang, "{dim}: {g} is ahead on median ({r}) but its interval overlaps the overall median: "
                             "no clear winner yet.", "{dim}：{g} 中位数领先（{r}），但区间与整体中位数重叠，尚无明确优胜者。",
                             dim=label, g=group_label(eligible["group"].iloc[0], lang, dimension), r=fmt_pct(eligible["median_rate"].iloc[0], lang, 2)))
        few = table[~table["enough"]]
        if len(few):
            out.append(pick(lang, "{dim}: too few posts to judge {g}.", "{dim}：{g} 样本过少，不作判断。", dim=label,
                             g=list_sep(lang).join(group_label(g, lang, dimension) for g in few["group"])))
    if w.headline_read_rate is not None:
        out.append(pick(lang, "Headline read rate: {r} of followers read the headline ({n} headline posts).",
                         "头条阅读率：{r}（{n} 篇头条）。", r=fmt_pct(w.headline_read_rate, lang), n=w.headline_posts))
    return out


def timing_reading(ti: Timing, lang: str = "en") -> list[str]:
    """Which weekday-hours engage best, and whether the account posts in them."""
    if ti.dates_only and not int(ti.count_grid.values.sum()):
        return [pick(lang, "The export gives publish dates without times, so no weekday-and-hour slot is recommended.",
                      "导出数据只有发布日期、没有时间，因此不推荐发布时段。")]
    if ti.best_slots.empty:
        return [pick(lang, "No weekday-and-hour slot has 3 or more posts with reads yet: no slot is recommended.",
                      "没有任何时段积累 3 条以上带阅读数据的内容，暂不推荐发布时段。")]
    slots = list_sep(lang).join(f"{weekday_name(int(r.weekday), lang)} {int(r.hour)}:00 ({fmt_pct(r.median_rate, lang, 2)}, n={int(r.posts)})"
                            for r in ti.best_slots.itertuples())
    out = [pick(lang, "Best slots (median engagement, 3+ posts each): {s}.", "最佳时段（互动率中位数，每格至少 3 条）：{s}。", s=slots),
           pick(lang, "{k} of {n} fall in the usual active hours ({hours}); the account posts most at {h}.",
                 "{n} 个中有 {k} 个落在常见活跃时段（{hours}）；账号最常在 {h} 发布。",
                 k=ti.in_active_hours, n=len(ti.best_slots), h=list_sep(lang).join(f"{h}:00" for h in ti.usual_hours),
                 hours=active_hours(lang))]
    best_hours = {int(h) for h in ti.best_slots["hour"]}
    if not best_hours & set(ti.usual_hours):
        out.append(pick(lang, "None of the best slots is an hour the account often uses: try moving some posts there.",
                         "最佳时段都不是账号常用的发布时间：可尝试把部分内容移到这些时段。"))
    return out


def trends_reading(tr: Trends, lang: str = "en") -> list[str]:
    """How reads and engagement moved week by week and month by month."""
    out = []
    weeks = tr.weekly.dropna(subset=["engagement_rate"])
    if len(weeks) >= 2:
        last, before = weeks.iloc[-1], weeks.iloc[-2]
        out.append(pick(lang, "Last week (from {d}): {p} posts, engagement rate {r} ({c} week over week); reads {rc}.",
                         "最近一周（{d} 起）：{p} 条内容，互动率 {r}（环比 {c}）；阅读 {rc}。",
                         d=fmt_date(last["start"], lang), p=fmt_count(last["posts"], lang), r=fmt_pct(last["engagement_rate"], lang, 2),
                         c=fmt_change_pct(M.change_pct(last["engagement_rate"], before["engagement_rate"]), lang),
                         rc=fmt_change_pct(last["reads_change_pct"], lang)))
    months = tr.monthly.dropna(subset=["engagement_rate"])
    if len(months) >= 2:
        last = months.iloc[-1]
        out.append(pick(lang, "This month: engagement rate {r} ({c} month over month), {p} posts ({pc}).",
                         "本月：互动率 {r}（环比 {c}），内容 {p} 条（{pc}）。", r=fmt_pct(last["engagement_rate"], lang, 2),
                         c=fmt_change_pct(last["engagement_rate_change_pct"], lang), p=fmt_count(last["posts"], lang),
                         pc=fmt_change_pct(last["posts_change_pct"], lang)))
    if tr.breakout is not None:
        out.append(pick(lang, "Breakout: “{title}” reached {v} interactions per 1,000 followers, {z} standard deviations "
                         "above the period's other posts.", "爆款：“{title}” 每千粉丝互动 {v}，高出本期其他内容 {z} 个标准差。",
                         title=short_title(tr.breakout.get("title"), lang, 60), v=fmt_number(tr.breakout["engagement_per_1k"], lang),
                         z=fmt_number(tr.top_z, lang)))
    elif tr.top_z is not None:
        out.append(pick(lang, "No breakout this period: the best post stood {z} standard deviations above the rest "
                         "(a breakout needs 3).", "本期没有爆款：表现最好的内容仅高出其他内容 {z} 个标准差（爆款需 3 个）。",
                         z=fmt_number(tr.top_z, lang)))
    return out or [pick(lang, "Not enough history for trends.", "历史数据不足，无法看趋势。")]


def conversion_reading(cv: Conversion, lang: str = "en") -> list[str]:
    """How reads turned into follows and orders, step by step."""
    if cv.steps.empty or not cv.posts:
        return [pick(lang, "Posts carry no reads-to-orders columns: conversion is not available.",
                      "内容缺少从阅读到订单的字段，无法计算转化。")]
    steps = cv.steps.set_index("step")
    parts = list_sep(lang).join(f"{M.metric_label(s, lang)} {fmt_pct(r, lang, 2)}" for s, r in steps["rate_from_reads"].iloc[1:].items())
    out = [pick(lang, "Over {n} posts that carry every step, per read: {s}.", "在 {n} 条各环节数据齐全的内容中，按阅读计：{s}。",
                 n=cv.posts, s=parts)]
    if "orders" in steps.index and "follows" in steps.index and steps.loc["follows", "total"]:
        out.append(pick(lang, "{r} orders for every 100 follows gained from posts.", "内容每带来 100 个关注，对应 {r} 个订单。",
                         r=fmt_number(100 * steps.loc["orders", "total"] / steps.loc["follows", "total"], lang)))
    return out
