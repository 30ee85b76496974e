"""Written readings of the analysis results, in ``en`` or ``zh``, generated from the numbers.

Each function returns plain sentences (never HTML): the view escapes them.
"""
from __future__ import annotations

import pandas as pd

from . import metrics as M
from .audit import FollowerGrowth, FollowerQuality, KpiComparison, PostingRhythm, ProfileChecklist
from .campaigns import Card, Checklist, Comparison, Efficiency, Lift, Retention, Virality
from .campaigns import Timing as CampaignTiming
from .competitors import CompositeIndex, Momentum, Normalized, QualityComparison, SideBySide, Strategy, Takeaways
from .content import Conversion, ContentOverview, Tiers, Timing, TopPosts, Trends, WhatWorks
from .i18n import (fmt_change_pct, fmt_count, fmt_date, fmt_metric, fmt_number, fmt_pct, shorten, t, value_label,
                   weekday_name)

ZOMBIE_HIGH, ZOMBIE_OK = 0.40, 0.20
ACTIVE_SHARE_LOW = 0.5
STEADY_PCT = 3.0


def _pick(lang: str, en: str, zh: str, **values) -> str:
    return (zh if lang == "zh" else en).format(**values)


def _signed(value, lang) -> str:
    return t("not_available", lang) if M.is_missing(value) else f"{value:+,.0f}"


def profile(check: ProfileChecklist, lang: str = "en") -> list[str]:
    total = len(check.items)
    done = int((check.items["ok"] == True).sum())  # noqa: E712 - None means unknown
    out = [_pick(lang, "{done} of {total} profile basics are in place.", "{total} 项主页基础设置中已完成 {done} 项。",
                 done=done, total=total)]
    if check.to_fix:
        names = ("、" if lang == "zh" else ", ").join(t(i, lang) for i in check.to_fix)
        out.append(_pick(lang, "Fix first: {names}.", "优先补齐：{names}。", names=names))
    if check.unknown:
        names = ("、" if lang == "zh" else ", ").join(t(i, lang) for i in check.unknown)
        out.append(_pick(lang, "Not recorded in the data, check by hand: {names}.", "数据中未记录，请人工核对：{names}。",
                         names=names))
    return out


def _runs(days: pd.DataFrame, usual: float) -> list[pd.DataFrame]:
    """Consecutive anomalous days on the same side of the usual value, grouped into runs."""
    odd = days[days["anomaly"]].sort_values("date")
    if odd.empty:
        return []
    above = odd["net"] > usual
    breaks = (odd["date"].diff().dt.days.fillna(1).ne(1) | above.ne(above.shift())).cumsum()
    return [run for _, run in odd.groupby(breaks)]


def growth(g: FollowerGrowth, lang: str = "en") -> list[str]:
    if g.days.empty:
        return [_pick(lang, "No daily follower data in this period.", "本期没有每日粉丝数据。")]
    if M.is_missing(g.start_followers) or M.is_missing(g.end_followers):
        out = [_pick(lang, "Net growth {net} followers. The exports give no follower total, so the growth rate "
                     "and the follower count are not available.",
                     "净增粉丝 {net}。导出数据中没有粉丝总数，无法计算增长率与粉丝总量。", net=_signed(g.net, lang))]
    else:
        out = [_pick(lang, "Net growth {net} followers ({rate} of the {start} at the start), ending at {end}.",
                     "净增粉丝 {net}（占期初 {start} 的 {rate}），期末 {end}。",
                     net=_signed(g.net, lang), rate=fmt_pct(g.growth_rate, lang, signed=True),
                     start=fmt_count(g.start_followers, lang), end=fmt_count(g.end_followers, lang))]
    if not (M.is_missing(g.gained) or M.is_missing(g.lost)):
        out.append(_pick(lang, "{gained} gained against {lost} lost: for every 100 new followers, {keep} stayed.",
                         "新增 {gained}，流失 {lost}：每 100 个新粉丝约留下 {keep} 个。",
                         gained=fmt_count(g.gained, lang), lost=fmt_count(g.lost, lang),
                         keep=fmt_number(100 * (1 - g.lost / g.gained), lang, 0) if g.gained else t("not_available", lang)))
    usual = float(g.history_days["net"].median()) if g.history_days is not None else 0.0
    runs = _runs(g.days, usual)
    for run in runs[:4]:
        first, last = run["date"].iloc[0], run["date"].iloc[-1]
        span = fmt_date(first, lang) + ("" if first == last else f"–{fmt_date(last, lang)}")
        avg = run["net"].mean()
        if avg > usual:
            out.append(_pick(lang, "{span}: {avg}/day against a usual {usual}/day. A spike like this comes from a "
                             "campaign, a breakout post or bought followers: check which.",
                             "{span}：日均净增 {avg}，常态为 {usual}。此类峰值通常来自活动、爆款内容或买粉，请核实来源。",
                             span=span, avg=_signed(avg, lang), usual=_signed(usual, lang)))
            top = g.top_post(first, last)
            if top is not None:
                out.append(_pick(lang, "Most-read post of those days ({reads} reads): “{title}”.",
                                 "这几天阅读最高的内容（{reads} 次阅读）：“{title}”。",
                                 reads=fmt_count(top["reads"], lang), title=_short(top.get("title"), lang)))
        else:
            out.append(_pick(lang, "{span}: {avg}/day against a usual {usual}/day. Losses right after a campaign are "
                             "usually prize hunters leaving.",
                             "{span}：日均净增 {avg}，常态为 {usual}。活动刚结束后的掉粉通常是抽奖用户离开。",
                             span=span, avg=_signed(avg, lang), usual=_signed(usual, lang)))
    if not runs:
        out.append(_pick(lang, "No day fell far outside the account's usual range.", "没有明显偏离常态的日子。"))
    return out


def quality(q: FollowerQuality, lang: str = "en") -> list[str]:
    out = []
    zombie = q.shares["share_followers_under_10"]
    if zombie is None:
        out.append(_pick(lang, "No follower sample for this account: follower quality is not available.",
                         "该账号没有粉丝样本，无法评估粉丝质量。"))
    else:
        out.append(_pick(lang, "{z} of {n} sampled followers have fewer than 10 followers of their own (likely zombie "
                         "or inactive); {core} are ordinary users and {inf} are influencers.",
                         "样本 {n} 人中，{z} 自身粉丝少于 10（疑似僵尸或不活跃），{core} 为普通用户，{inf} 为意见领袖。",
                         z=fmt_pct(zombie, lang), n=fmt_count(q.sample_size, lang),
                         core=fmt_pct(q.shares["share_followers_10_500"], lang),
                         inf=fmt_pct(q.shares["share_followers_over_500"], lang)))
        if zombie >= ZOMBIE_HIGH:
            out.append(_pick(lang, "That zombie share is high: the follower count overstates the real audience; judge "
                             "reach by engagement, not by followers.",
                             "僵尸粉比例偏高：粉丝数高估了真实受众，应以互动而非粉丝数衡量影响力。"))
        elif zombie <= ZOMBIE_OK:
            out.append(_pick(lang, "A healthy audience: most followers are real, active users.",
                             "粉丝结构健康：大部分为真实活跃用户。"))
    if q.mentions_per_1k_followers is None:
        out.append(_pick(lang, "Mentions are not available, so the mentions-to-followers check is skipped.",
                         "无提及数据，跳过提及/粉丝比检查。"))
    else:
        out.append(_pick(lang, "{m} brand mentions in the period: {r} per 1,000 followers.",
                         "本期品牌提及 {m} 次，每千粉丝 {r} 次。",
                         m=fmt_count(q.mentions, lang), r=fmt_number(q.mentions_per_1k_followers, lang)))
        if q.mentions_per_1k_followers < 5:
            out.append(_pick(lang, "Few mentions for the audience size: a sign of zombie followers or a passive audience.",
                             "相对粉丝规模提及偏少：可能是僵尸粉多或粉丝不活跃。"))
    return out


def _short(text, lang: str, limit: int = 80) -> str:
    """A title cut to ``limit`` characters for a sentence (the view escapes it)."""
    return shorten(text, limit, missing=t("not_available", lang))


def _hour(h, lang) -> str:
    return t("not_available", lang) if h is None else f"{h}:00"


def rhythm(r: PostingRhythm, lang: str = "en") -> list[str]:
    if r.posts == 0:
        return [_pick(lang, "No posts in this period.", "本期没有发布内容。")]
    if r.dates_only:
        return [_pick(lang, "{n} posts, {per} a day; {z} days without any post. The export gives publish dates without "
                      "times, so posting hours and slots are not available.",
                      "共发布 {n} 条，日均 {per} 条；{z} 天没有发布。导出数据只有发布日期、没有时间，无法分析发布时段。",
                      n=fmt_count(r.posts, lang), per=fmt_number(r.posts_per_day, lang),
                      z=fmt_count(r.days_without_posts, lang))]
    out = [_pick(lang, "{n} posts, {per} a day; {share} of them in the usual active hours (9–10, 16–17, 20–23).",
                 "共发布 {n} 条，日均 {per} 条；其中 {share} 在常见活跃时段（9–10、16–17、20–23 点）。",
                 n=fmt_count(r.posts, lang), per=fmt_number(r.posts_per_day, lang),
                 share=fmt_pct(r.active_hour_share, lang))]
    if r.active_hour_share is not None and r.active_hour_share < ACTIVE_SHARE_LOW:
        out.append(_pick(lang, "Fewer than half the posts meet the audience when it is online: move some into the "
                         "active windows.", "不到一半的内容在粉丝活跃时发布：建议把部分内容调整到活跃时段。"))
    slots = []
    if r.morning_slot is not None:
        slots.append(_pick(lang, "{h} in the morning", "早间 {h}", h=_hour(r.morning_slot, lang)))
    if r.evening_slot is not None:
        slots.append(_pick(lang, "{h} in the evening", "晚间 {h}", h=_hour(r.evening_slot, lang)))
    if slots:
        out.append(_pick(lang, "Regular slots: {s}.", "固定发布时段：{s}。", s=("、" if lang == "zh" else " and ").join(slots)))
    else:
        out.append(_pick(lang, "No regular morning or evening slot: a fixed slot helps followers know when to look.",
                         "没有固定的早晚发布时段：固定时段有助于培养粉丝的阅读习惯。"))
    if r.longest_gap_hours is not None:
        out.append(_pick(lang, "Longest gap between posts: {h} hours (from {d}); {z} days without any post.",
                         "最长发布间隔 {h} 小时（自 {d} 起）；{z} 天没有发布。",
                         h=fmt_number(r.longest_gap_hours, lang, 0), d=fmt_date(r.longest_gap_from, lang),
                         z=fmt_count(r.days_without_posts, lang)))
    if len(r.bursts):
        out.append(_pick(lang, "{n} bursts of 3 or more posts within an hour: bunched posts compete with each other.",
                         "{n} 次一小时内连发 3 条以上：扎堆发布会互相抢流量。", n=len(r.bursts)))
    return out


def kpis(k: KpiComparison, lang: str = "en") -> list[str]:
    table = k.table
    moved = table["change_pct"].dropna().drop(k.incomplete, errors="ignore")
    if moved.empty:
        return [_pick(lang, "No comparison with the previous period is available.", "无法与上期对比（缺少数据）。")]
    ups = moved[moved >= STEADY_PCT].sort_values(ascending=False)
    downs = moved[moved <= -STEADY_PCT].sort_values()

    def describe(names) -> str:
        sep = "；" if lang == "zh" else "; "
        return sep.join(
            f"{M.metric_label(m, lang)} {fmt_change_pct(table.loc[m, 'change_pct'], lang)} "
            f"({_value(table.loc[m, 'previous'], m, lang)} → {_value(table.loc[m, 'current'], m, lang)})"
            for m in names)

    out = []
    if len(ups):
        out.append(_pick(lang, "Up: {s}.", "上升：{s}。", s=describe(ups.index[:4])))
    if len(downs):
        out.append(_pick(lang, "Down: {s}.", "下降：{s}。", s=describe(downs.index[:4])))
    steady = moved[(moved.abs() < STEADY_PCT)]
    if len(steady):
        names = ("、" if lang == "zh" else ", ").join(M.metric_label(m, lang) for m in steady.index)
        out.append(_pick(lang, "Steady (within ±3%): {s}.", "基本持平（±3% 以内）：{s}。", s=names))
    per_post = table.loc["avg_reposts_per_post", "change_pct"]
    posts = table.loc["posts", "change_pct"]
    if not (M.is_missing(per_post) or M.is_missing(posts)) and posts > 0 > per_post:
        out.append(_pick(lang, "More posts but fewer reposts per post: volume went up, content quality or fan "
                         "activity did not keep pace.", "发布更多但单条转发下降：数量上去了，内容质量或粉丝活跃度没有跟上。"))
    if k.incomplete:
        names = ("、" if lang == "zh" else ", ").join(M.metric_label(m, lang) for m in k.incomplete)
        out.append(_pick(lang, "Not compared, the log misses days: {s}.", "日志有缺失天数，未做对比：{s}。", s=names))
    missing = [m for m in table.index if M.is_missing(table.loc[m, "current"])]
    if missing:
        names = ("、" if lang == "zh" else ", ").join(M.metric_label(m, lang) for m in missing)
        out.append(_pick(lang, "Not in the data for this period: {s}.", "本期数据中缺少：{s}。", s=names))
    return out


# ---------------------------------------------------------------- content performance

def _sep(lang: str) -> str:
    return "、" if lang == "zh" else ", "


def content_overview(o: ContentOverview, lang: str = "en") -> list[str]:
    posts = o.value("posts")
    if not posts:
        return [_pick(lang, "No posts in this period: nothing to measure. The previous period had {p}.",
                      "本期没有发布内容，无从衡量。上期发布 {p} 条。", p=fmt_count(o.value("posts", "previous"), lang))]
    if o.value("reads") is None:
        interactions = sum(o.value(p) or 0 for p in o.parts)
        out = [_pick(lang, "{n} posts. The export gives no reads, so rates per read are not available; "
                     "instead: {per} interactions per post.",
                     "共 {n} 条内容。导出数据没有阅读数，无法计算按阅读的互动率；改用每条互动 {per}。",
                     n=fmt_count(posts, lang), per=fmt_number(interactions / posts, lang, 1))]
    else:
        out = [_pick(lang, "{n} posts reached {reads} reads; engagement rate {rate} (median post {mrate}).",
                     "{n} 条内容共获得 {reads} 次阅读；互动率 {rate}（单条中位数 {mrate}）。",
                     n=fmt_count(posts, lang), reads=_reads_total(o, lang),
                     rate=fmt_pct(o.value("engagement_rate"), lang, 2), mrate=fmt_pct(o.value("engagement_rate", "median"), lang, 2))]
    lacking = [p for p in ("reposts", "comments", "likes") if p not in o.parts]
    if lacking and o.parts:
        out.append(_pick(lang, "Interactions here are {parts} only: the export carries no {missing}.",
                         "此处互动仅含{parts}：导出数据中没有{missing}。",
                         parts=_sep(lang).join(M.metric_label(p, lang).lower() for p in o.parts),
                         missing=_sep(lang).join(M.metric_label(p, lang).lower() for p in lacking)))
    mean, median = o.value("avg_reads_per_post"), o.value("avg_reads_per_post", "median")
    if mean and median and mean > 1.5 * median:
        out.append(_pick(lang, "Average reads per post ({mean}) sit well above the median ({median}): a few posts "
                         "carried the period, so read the medians for the typical post.",
                         "平均每条阅读（{mean}）远高于中位数（{median}）：少数内容撑起了整体，看典型内容请看中位数。",
                         mean=fmt_number(mean, lang, 0), median=fmt_number(median, lang, 0)))
    changes = o.table["change_pct"].dropna()
    if len(changes):
        def fmt(names):
            return _sep(lang).join(f"{M.metric_label(m, lang)} {fmt_change_pct(changes[m], lang)}" for m in names)
        ups = changes[changes >= STEADY_PCT].sort_values(ascending=False).index[:3]
        downs = changes[changes <= -STEADY_PCT].sort_values().index[:3]
        if len(ups):
            out.append(_pick(lang, "Against the previous period, up: {s}.", "较上期上升：{s}。", s=fmt(ups)))
        if len(downs):
            out.append(_pick(lang, "Down: {s}.", "下降：{s}。", s=fmt(downs)))
    if o.lower_bound_reads:
        out.append(_pick(lang, "{n} post(s) show reads as 10万+: counted as 100,001, so read totals are lower bounds.",
                         "{n} 条内容阅读显示为“10万+”，按 100,001 计，阅读总数为下限。", n=o.lower_bound_reads))
    missing = [m for m in ("reads", "favorites", "follows", "orders") if o.value(m) is None]
    if missing:
        out.append(_pick(lang, "Not in the data: {s}.", "数据中缺少：{s}。", s=_sep(lang).join(M.metric_label(m, lang) for m in missing)))
    return out


def _reads_total(o: ContentOverview, lang: str) -> str:
    total = fmt_count(o.value("reads"), lang)
    return f"{t('at_least', lang)} {total}" if o.lower_bound_reads and o.value("reads") is not None else total


def tiers_reading(tr: Tiers, lang: str = "en") -> list[str]:
    if not tr.posts:
        return [_pick(lang, "No posts to put in tiers.", "没有可分档的内容。")]
    out = []
    for name, table in (("reads_tier", tr.reads), ("reposts_tier", tr.reposts)):
        filled = table[table["posts"] > 0]
        if filled.empty:
            continue
        top = filled.iloc[-1]
        out.append(_pick(lang, "{tiering}: the top tier ({tier}) holds {sp} of posts and carries {si} of interactions.",
                         "{tiering}：最高档（{tier}）占内容 {sp}，贡献互动 {si}。", tiering=M.metric_label(name, lang),
                         tier=top["tier"], sp=fmt_pct(top["share_posts"], lang), si=fmt_pct(top["share_interactions"], lang)))
    bound = int(tr.reads["lower_bounds"].sum())
    if bound:
        out.append(_pick(lang, "{n} post(s) in the top reads tier are 10万+ lower bounds.", "最高阅读档中有 {n} 条为“10万+”（下限）。", n=bound))
    return out


def top_posts_reading(tp: TopPosts, lang: str = "en") -> list[str]:
    if tp.best_by_reads.empty and tp.best_by_rate.empty:
        return [_pick(lang, "No posts with reads in this period: best and worst posts are not available.",
                      "本期没有带阅读数的内容，无法列出最佳与最差内容。")]
    out = []
    if not tp.best_by_rate.empty:
        best = tp.best_by_rate.iloc[0]
        out.append(_pick(lang, "Best engagement: “{title}” ({fmt}, {topic}) at {rate}, {mult}× the account's median.",
                         "互动率最高：“{title}”（{fmt}，{topic}），{rate}，为账号中位数的 {mult} 倍。",
                         title=_short(best.get("title"), lang, 60), fmt=value_label("format", best.get("format"), lang),
                         topic=value_label("topic", best.get("topic"), lang),
                         rate=fmt_pct(best["engagement_rate"], lang, 2), mult=fmt_number(best["multiple"], lang)))
    if not tp.best_by_reads.empty:
        top = tp.best_by_reads.iloc[0]
        bound = bool(top.get("reads_lower_bound", False))
        out.append(_pick(lang, "Most read: “{title}” with {reads} reads, {mult}× the median.",
                         "阅读最高：“{title}”，{reads} 次阅读，为中位数的 {mult} 倍。", title=_short(top.get("title"), lang, 60),
                         reads=("10万+" if bound else fmt_count(top["reads"], lang)), mult=fmt_number(top["multiple"], lang)))
    if len(tp.best_by_rate) >= 3 and "format" in tp.best_by_rate:
        common = tp.best_by_rate["format"].mode()
        if len(common):
            share = (tp.best_by_rate["format"] == common.iloc[0]).mean()
            if share >= 0.5:
                out.append(_pick(lang, "{share} of the best posts by engagement are {fmt}.", "互动率最高的内容中 {share} 为{fmt}。",
                                 share=fmt_pct(share, lang, 0), fmt=value_label("format", common.iloc[0], lang)))
    return out


def what_works_reading(w: WhatWorks, lang: str = "en") -> list[str]:
    if not w.groups:
        return [_pick(lang, "Posts carry no format, topic or headline column: nothing to compare.",
                      "内容没有体裁、主题或头条字段，无法比较。")]
    out = []
    for dimension, table in w.groups.items():
        label = t(dimension, lang)
        winner = w.winners.get(dimension)
        eligible = table[table["enough"]]
        if winner is not None:
            row = table[table["group"] == winner].iloc[0]
            out.append(_pick(lang, "{dim}: {g} clearly leads with a median engagement rate of {r} "
                             "(95% interval {lo}–{hi}, {n} posts) against {o} overall.",
                             "{dim}：{g} 明显领先，互动率中位数 {r}（95% 区间 {lo}–{hi}，{n} 条），整体为 {o}。",
                             dim=label, g=_group(winner, lang, dimension), r=fmt_pct(row["median_rate"], lang, 2),
                             lo=fmt_pct(row["ci_low"], lang, 2), hi=fmt_pct(row["ci_high"], lang, 2),
                             n=int(row["rated"]), o=fmt_pct(w.overall_median, lang, 2)))
        elif len(eligible):
            out.append(_pick(lang, "{dim}: {g} is ahead on median ({r}) but its interval overlaps the overall median: "
                             "no clear winner yet.", "{dim}：{g} 中位数领先（{r}），但区间与整体中位数重叠，尚无明确优胜者。",
                             dim=label, g=_group(eligible["group"].iloc[0], lang, dimension), r=fmt_pct(eligible["median_rate"].iloc[0], lang, 2)))
        few = table[~table["enough"]]
        if len(few):
            out.append(_pick(lang, "{dim}: too few posts to judge {g}.", "{dim}：{g} 样本过少，不作判断。", dim=label,
                             g=_sep(lang).join(_group(g, lang, dimension) for g in few["group"])))
    if w.headline_read_rate is not None:
        out.append(_pick(lang, "Headline read rate: {r} of followers read the headline ({n} headline posts).",
                         "头条阅读率：{r}（{n} 篇头条）。", r=fmt_pct(w.headline_read_rate, lang), n=w.headline_posts))
    return out


def _group(value, lang: str, dimension: str = "format") -> str:
    return t(value, lang) if value in ("headline", "secondary") else value_label(dimension, value, lang)


def timing_reading(ti: Timing, lang: str = "en") -> list[str]:
    if ti.dates_only and not int(ti.count_grid.values.sum()):
        return [_pick(lang, "The export gives publish dates without times, so no weekday-and-hour slot is recommended.",
                      "导出数据只有发布日期、没有时间，因此不推荐发布时段。")]
    if ti.best_slots.empty:
        return [_pick(lang, "No weekday-and-hour slot has 3 or more posts with reads yet: no slot is recommended.",
                      "没有任何时段积累 3 条以上带阅读数据的内容，暂不推荐发布时段。")]
    slots = _sep(lang).join(f"{weekday_name(int(r.weekday), lang)} {int(r.hour)}:00 ({fmt_pct(r.median_rate, lang, 2)}, n={int(r.posts)})"
                            for r in ti.best_slots.itertuples())
    out = [_pick(lang, "Best slots (median engagement, 3+ posts each): {s}.", "最佳时段（互动率中位数，每格至少 3 条）：{s}。", s=slots),
           _pick(lang, "{k} of {n} fall in the usual active hours (9–10, 16–17, 20–23); the account posts most at {h}.",
                 "{n} 个中有 {k} 个落在常见活跃时段（9–10、16–17、20–23 点）；账号最常在 {h} 发布。",
                 k=ti.in_active_hours, n=len(ti.best_slots), h=_sep(lang).join(f"{h}:00" for h in ti.usual_hours))]
    best_hours = {int(h) for h in ti.best_slots["hour"]}
    if not best_hours & set(ti.usual_hours):
        out.append(_pick(lang, "None of the best slots is an hour the account often uses: try moving some posts there.",
                         "最佳时段都不是账号常用的发布时间：可尝试把部分内容移到这些时段。"))
    return out


def trends_reading(tr: Trends, lang: str = "en") -> list[str]:
    out = []
    weeks = tr.weekly.dropna(subset=["engagement_rate"])
    if len(weeks) >= 2:
        last, before = weeks.iloc[-1], weeks.iloc[-2]
        out.append(_pick(lang, "Last week (from {d}): {p} posts, engagement rate {r} ({c} week over week); reads {rc}.",
                         "最近一周（{d} 起）：{p} 条内容，互动率 {r}（环比 {c}）；阅读 {rc}。",
                         d=fmt_date(last["start"], lang), p=fmt_count(last["posts"], lang), r=fmt_pct(last["engagement_rate"], lang, 2),
                         c=fmt_change_pct(M.change_pct(last["engagement_rate"], before["engagement_rate"]), lang),
                         rc=fmt_change_pct(last["reads_change_pct"], lang)))
    months = tr.monthly.dropna(subset=["engagement_rate"])
    if len(months) >= 2:
        last = months.iloc[-1]
        out.append(_pick(lang, "This month: engagement rate {r} ({c} month over month), {p} posts ({pc}).",
                         "本月：互动率 {r}（环比 {c}），内容 {p} 条（{pc}）。", r=fmt_pct(last["engagement_rate"], lang, 2),
                         c=fmt_change_pct(last["engagement_rate_change_pct"], lang), p=fmt_count(last["posts"], lang),
                         pc=fmt_change_pct(last["posts_change_pct"], lang)))
    if tr.breakout is not None:
        out.append(_pick(lang, "Breakout: “{title}” reached {v} interactions per 1,000 followers, {z} standard deviations "
                         "above the period's other posts.", "爆款：“{title}” 每千粉丝互动 {v}，高出本期其他内容 {z} 个标准差。",
                         title=_short(tr.breakout.get("title"), lang, 60), v=fmt_number(tr.breakout["engagement_per_1k"], lang),
                         z=fmt_number(tr.top_z, lang)))
    elif tr.top_z is not None:
        out.append(_pick(lang, "No breakout this period: the best post stood {z} standard deviations above the rest "
                         "(a breakout needs 3).", "本期没有爆款：表现最好的内容仅高出其他内容 {z} 个标准差（爆款需 3 个）。",
                         z=fmt_number(tr.top_z, lang)))
    return out or [_pick(lang, "Not enough history for trends.", "历史数据不足，无法看趋势。")]


def conversion_reading(cv: Conversion, lang: str = "en") -> list[str]:
    if cv.steps.empty or not cv.posts:
        return [_pick(lang, "Posts carry no reads-to-orders columns: conversion is not available.",
                      "内容缺少从阅读到订单的字段，无法计算转化。")]
    steps = cv.steps.set_index("step")
    parts = _sep(lang).join(f"{M.metric_label(s, lang)} {fmt_pct(r, lang, 2)}" for s, r in steps["rate_from_reads"].iloc[1:].items())
    out = [_pick(lang, "Over {n} posts that carry every step, per read: {s}.", "在 {n} 条各环节数据齐全的内容中，按阅读计：{s}。",
                 n=cv.posts, s=parts)]
    if "orders" in steps.index and "follows" in steps.index and steps.loc["follows", "total"]:
        out.append(_pick(lang, "{r} orders for every 100 follows gained from posts.", "内容每带来 100 个关注，对应 {r} 个订单。",
                         r=fmt_number(100 * steps.loc["orders", "total"] / steps.loc["follows", "total"], lang)))
    return out


# ---------------------------------------------------------------- competitor comparison

def _name(side: SideBySide, account: str) -> str:
    return side.names.get(account, account)


def _order(side: SideBySide, column: str, lang: str) -> str:
    ranked = side.table[column].dropna().sort_values(ascending=False)
    return " > ".join(_name(side, a) for a in ranked.index)


def side_by_side_reading(side: SideBySide, lang: str = "en") -> list[str]:
    if not side.peers:
        return [_pick(lang, "No competitors to compare with on this platform in the data: the figures are ours alone.",
                      "数据中没有同平台的竞品，以下仅为我方数据。")]
    out = [_pick(lang, "By raw engagement per post: {raw}. Per 1,000 followers: {norm}.",
                 "按单条互动原始值：{raw}。按每千粉丝互动：{norm}。",
                 raw=_order(side, "engagement_per_post", lang), norm=_order(side, "engagement_per_1k_followers", lang))]
    raw_first = side.table["engagement_per_post"].idxmax() if side.table["engagement_per_post"].notna().any() else None
    norm_first = side.table["engagement_per_1k_followers"].idxmax() if side.table["engagement_per_1k_followers"].notna().any() else None
    if raw_first and norm_first and raw_first != norm_first:
        out.append(_pick(lang, "Raw counts flatter size: {a} leads on raw engagement, but {b} gets the most out of each follower.",
                         "原始数值偏向大号：{a} 原始互动领先，但 {b} 单位粉丝的互动最高。",
                         a=_name(side, raw_first), b=_name(side, norm_first)))
    silent = [a for a in side.table.index if not side.value(a, "posts")]
    if silent:
        out.append(_pick(lang, "No posts in the period (per-post figures not available): {s}.", "本期没有发布（单条指标暂无）：{s}。",
                         s=_sep(lang).join(_name(side, a) for a in silent)))
    return out


def normalized_reading(n: Normalized, lang: str = "en") -> list[str]:
    side = n.side
    if not side.peers:
        return [_pick(lang, "Nothing to normalise against: no peers in the set.", "对比组中没有竞品，无需归一化。")]
    out = []
    for account in side.peers:
        f, e, eff = (side.value(account, c) for c in ("follower_multiple", "engagement_multiple", "efficiency"))
        if eff is None:
            out.append(_pick(lang, "{a}: efficiency not available (missing followers or posts).", "{a}：缺少粉丝或发布数据，无法计算效率。",
                             a=_name(side, account)))
            continue
        verdict = (_pick(lang, "does better than its size explains", "表现超出其规模") if eff > 1.05 else
                   _pick(lang, "does worse than its size would predict", "表现不及其规模应有水平") if eff < 0.95 else
                   _pick(lang, "performs in line with its size", "表现与规模相当"))
        out.append(_pick(lang, "{a}: {f}× our followers, {e}× our engagement per post: efficiency {eff}, it {v}.",
                         "{a}：粉丝为我方 {f} 倍，单条互动为我方 {e} 倍，效率 {eff}，{v}。",
                         a=_name(side, account), f=fmt_number(f, lang), e=fmt_number(e, lang), eff=fmt_number(eff, lang, 2), v=verdict))
    return out


def quality_comparison_reading(q: QualityComparison, lang: str = "en") -> list[str]:
    side, out = q.side, []
    shares = side.table["share_followers_under_10"].dropna()
    if shares.empty:
        return [_pick(lang, "No follower samples: follower quality is not available for any account.",
                      "没有粉丝样本，无法评估任何账号的粉丝质量。")]
    worst = shares.idxmax()
    out.append(_pick(lang, "Zombie share (followers with < 10 followers): highest at {a} ({z}), lowest at {b} ({y}).",
                     "僵尸粉占比（自身粉丝 < 10）：{a} 最高（{z}），{b} 最低（{y}）。",
                     a=_name(side, worst), z=fmt_pct(shares.max(), lang), b=_name(side, shares.idxmin()), y=fmt_pct(shares.min(), lang)))
    effective = side.table["engagement_per_1k_effective_followers"].dropna()
    if len(effective) >= 2:
        out.append(_pick(lang, "Per 1,000 effective followers (followers × share 10–500): {order}. Much of a big account's "
                         "gap in per-follower engagement is followers who are not really there.",
                         "按每千有效粉丝（粉丝 × 10–500 占比）：{order}。大号单位粉丝互动偏低，很大程度上是因为不少粉丝并非真实活跃用户。",
                         order=_order(side, "engagement_per_1k_effective_followers", lang)))
    missing = [a for a in side.table.index if M.is_missing(side.table.loc[a, "share_followers_under_10"])]
    if missing:
        out.append(_pick(lang, "No follower sample (not guessed): {s}.", "无粉丝样本（不做估计）：{s}。",
                         s=_sep(lang).join(_name(side, a) for a in missing)))
    return out


def strategy_reading(st: Strategy, lang: str = "en") -> list[str]:
    side, out = st.side, []
    per_day = side.table["posts_per_day"].dropna()
    if len(per_day):
        out.append(_pick(lang, "Posts per day: {s}.", "日均发布：{s}。",
                         s=_sep(lang).join(f"{_name(side, a)} {fmt_number(v, lang)}" for a, v in per_day.items())))
    peak = st.hour_share.idxmax(axis=1).dropna()
    if len(peak):
        out.append(_pick(lang, "Busiest hour: {s}.", "最常发布的时段：{s}。",
                         s=_sep(lang).join(f"{_name(side, a)} {int(h)}:00" for a, h in peak.items())))
    if "video" in st.format_mix.columns:
        video = st.format_mix["video"].dropna()
        if len(video):
            out.append(_pick(lang, "Video share of posts: {s}.", "视频占比：{s}。",
                             s=_sep(lang).join(f"{_name(side, a)} {fmt_pct(v, lang, 0)}" for a, v in video.items())))
    return out or [_pick(lang, "No posts to compare strategies on.", "没有可比较的内容。")]


def momentum_reading(m: Momentum, lang: str = "en") -> list[str]:
    side, out = m.side, []
    shares = m.mentions_share.dropna()
    if len(shares):
        out.append(_pick(lang, "Share of voice: {s}.", "声量份额：{s}。",
                         s=_sep(lang).join(f"{_name(side, a)} {fmt_pct(v, lang)}" for a, v in shares.sort_values(ascending=False).items())))
    else:
        out.append(_pick(lang, "No mentions data: share of voice is not available.", "无提及数据，无法计算声量份额。"))
    if not m.follower_index.empty:
        last = m.follower_index.ffill().iloc[-1].dropna()
        if len(last):
            out.append(_pick(lang, "Follower growth over the period: {s}.", "期内粉丝增长：{s}。",
                             s=_sep(lang).join(f"{_name(side, a)} {fmt_change_pct(v - 100, lang)}" for a, v in last.sort_values(ascending=False).items())))
    return out


def index_reading(ci: CompositeIndex, lang: str = "en") -> list[str]:
    side = ci.side
    if ci.index.dropna().empty:
        return [_pick(lang, "The index is not available: no component could be computed.", "无法计算综合指数。")]
    out = [_pick(lang, "Ranking: {s}.", "排名：{s}。", s=" > ".join(f"{_name(side, a)} ({fmt_number(v, lang, 0)})" for a, v in ci.index.items()))]
    for account in ci.index.index:
        driver = ci.contributions.loc[account].idxmax()
        out.append(_pick(lang, "{a}: carried most by {c}.", "{a}：主要得分来自{c}。", a=_name(side, account), c=t(driver, lang)))
    leader = ci.index.index[0]
    if leader != side.ours and side.ours in ci.scaled.index:
        gap = (ci.scaled.loc[leader] - ci.scaled.loc[side.ours]).fillna(0).idxmax()
        out.append(_pick(lang, "Our largest gap to {a} is {c}.", "我方与 {a} 差距最大的是{c}。", a=_name(side, leader), c=t(gap, lang)))
    for account, lacking in ci.missing.items():
        out.append(_pick(lang, "{a}: scored without {c} (not in the data).", "{a}：缺少{c}，按其余分项计分。",
                         a=_name(side, account), c=_sep(lang).join(t(c, lang) for c in lacking)))
    return out


def takeaways_reading(tk: Takeaways, lang: str = "en") -> list[str]:
    side, st = tk.side, tk.strategy
    ours, best = side.ours, tk.best_peer
    if best is None:
        return [_pick(lang, "No peer with comparable figures: no takeaways.", "没有可对比的竞品数据，暂无结论。")]
    out = []
    name = _name(side, best)
    eff = side.value(best, "efficiency")
    if eff is not None and eff > 1:
        out.append(_pick(lang, "{a} is more efficient than us (efficiency {e}): study its content before its volume.",
                         "{a} 效率高于我方（{e}）：先学它的内容，而不是发布量。", a=name, e=fmt_number(eff, lang, 2)))
    else:
        out.append(_pick(lang, "We are the most efficient account in the set: no peer gets more engagement for its size.",
                         "我方是对比组中效率最高的账号：没有竞品在同等规模下获得更多互动。"))
    ours_pd, best_pd = side.value(ours, "posts_per_day"), side.value(best, "posts_per_day")
    if ours_pd and best_pd and abs(best_pd / ours_pd - 1) >= 0.2:
        out.append(_pick(lang, "{a} posts {b} a day against our {c}.", "{a} 日均发布 {b} 条，我方 {c} 条。",
                         a=name, b=fmt_number(best_pd, lang), c=fmt_number(ours_pd, lang)))
    if "video" in st.format_mix.columns and ours in st.format_mix.index and best in st.format_mix.index:
        ov, bv = st.format_mix.loc[ours, "video"], st.format_mix.loc[best, "video"]
        if not (M.is_missing(ov) or M.is_missing(bv)) and bv - ov >= 0.1:
            out.append(_pick(lang, "{a} puts {b} of its posts into video; we put {c}.", "{a} 的视频占比 {b}，我方 {c}。",
                             a=name, b=fmt_pct(bv, lang, 0), c=fmt_pct(ov, lang, 0)))
    if not st.topic_mix.empty and best in st.topic_mix.index and ours in st.topic_mix.index:
        gap = (st.topic_mix.loc[best] - st.topic_mix.loc[ours]).dropna()
        if len(gap) and gap.max() >= 0.08:
            out.append(_pick(lang, "{a} gives more room to “{t}” ({b} of posts against our {c}).", "{a} 更多发布“{t}”（占 {b}，我方 {c}）。",
                             a=name, t=gap.idxmax(), b=fmt_pct(st.topic_mix.loc[best, gap.idxmax()], lang, 0),
                             c=fmt_pct(st.topic_mix.loc[ours, gap.idxmax()], lang, 0)))
    og, bg = side.value(ours, "growth_rate"), side.value(best, "growth_rate")
    if og is not None and bg is not None and bg > og:
        out.append(_pick(lang, "{a} grew faster: {b} against our {c}.", "{a} 增长更快：{b}，我方 {c}。",
                         a=name, b=fmt_pct(bg, lang, 1, signed=True), c=fmt_pct(og, lang, 1, signed=True)))
    oz, bz = side.value(ours, "share_followers_under_10"), side.value(best, "share_followers_under_10")
    if oz is not None and bz is not None and oz - bz >= 0.1:
        out.append(_pick(lang, "Our audience holds more zombie followers ({c} against {b}): clean-up or better targeting would help.",
                         "我方僵尸粉占比更高（{c}，对方 {b}）：可清理或改进投放定向。", b=fmt_pct(bz, lang), c=fmt_pct(oz, lang)))
    return out


# ---------------------------------------------------------------- campaign retrospective

def _money(value, lang: str) -> str:
    return fmt_number(value, lang, 2) if value is not None and value % 1 else fmt_count(value, lang)


def card_reading(c: Card, lang: str = "en") -> list[str]:
    e, lifted = c.efficiency, c.lift
    follower_lift = lifted.value("followers_gained", "lift_pct")
    parts = []
    if e.participants is not None:
        parts.append(_pick(lang, "{n} participants", "{n} 人参与", n=fmt_count(e.participants, lang)))
    if e.followers_gained is not None:
        parts.append(_pick(lang, "{n} new followers", "新增粉丝 {n}", n=fmt_count(e.followers_gained, lang)))
    if follower_lift is not None:
        parts.append(_pick(lang, "follower gains {l} against the baseline", "新增粉丝较基线 {l}", l=fmt_change_pct(follower_lift, lang)))
    if e.roi is not None:
        parts.append(_pick(lang, "ROI {r}", "投资回报率 {r}", r=fmt_pct(e.roi, lang, 0, signed=True)))
    head = _sep(lang).join(parts) if parts else _pick(lang, "no outcome recorded", "未记录活动结果")
    out = [_pick(lang, "{name}: {head}.", "{name}：{head}。", name=str(c.campaign["name"]), head=head)]
    if c.windows.running:
        out.append(_pick(lang, "The campaign is still running (planned to end {d}): figures cover the days logged so far.",
                         "活动仍在进行（计划 {d} 结束）：数据仅覆盖已记录的天数。", d=fmt_date(c.windows.planned_end, lang)))
    return out


def lift_reading(lifted: Lift, lang: str = "en") -> list[str]:
    table = lifted.table
    if table.empty:
        return [_pick(lang, "No daily log around the campaign: lift is not available.", "活动前后没有每日日志，无法计算提升。")]
    out = []
    if table["days_baseline"].max() == 0:
        out.append(_pick(lang, "No log before the start (the campaign opens the log): there is no baseline, so lift is not available.",
                         "活动开始前没有日志记录（活动位于日志起点），没有基线，无法计算提升。"))
    else:
        moved = table["lift_pct"].dropna()
        if len(moved):
            out.append(_pick(lang, "Per day against the baseline: {s}.", "与基线相比（日均）：{s}。",
                             s=_sep(lang).join(f"{M.metric_label(m, lang)} {fmt_change_pct(v, lang)}" for m, v in moved.items())))
        short = table[(table["days_baseline"] > 0) & (table["days_baseline"] < lifted.windows.baseline.days)]
        if len(short):
            out.append(_pick(lang, "The baseline window is only partly logged ({d} of {n} days).", "基线窗口仅部分有记录（{d}/{n} 天）。",
                             d=int(short["days_baseline"].max()), n=lifted.windows.baseline.days))
    after = table["after_pct"].dropna()
    if "followers_lost" in after.index and after["followers_lost"] > 20:
        out.append(_pick(lang, "Unfollows after the campaign ran {v} above the baseline: prize hunters leaving.",
                         "活动结束后取关比基线高 {v}：抽奖用户在离开。", v=fmt_change_pct(after["followers_lost"], lang)))
    if lifted.windows.running:
        out.append(_pick(lang, "Still running: the after window has not started.", "活动仍在进行，尚无活动后数据。"))
    return out


def efficiency_reading(e: Efficiency, lang: str = "en") -> list[str]:
    out = []
    if "no_cost" in e.notes:
        out.append(_pick(lang, "No cost recorded: costs per result and ROI are not available.", "未记录成本：无法计算单位成本与投资回报率。"))
    elif "zero_cost" in e.notes:
        out.append(_pick(lang, "Zero cost recorded: every result came free, and ROI is not defined.", "记录的成本为零：所有结果均无成本，投资回报率无定义。"))
    else:
        out.append(_pick(lang, "Cost {c}: {p} per participant, {f} per new follower, {o} per order.",
                         "成本 {c}：单个参与 {p}，单个新粉 {f}，单笔订单 {o}。", c=_money(e.cost, lang),
                         p=fmt_number(e.cost_per_participant, lang, 2), f=fmt_number(e.cost_per_follower, lang, 2),
                         o=fmt_number(e.cost_per_order, lang, 2)))
    if e.roi is not None:
        out.append(_pick(lang, "ROI {r}: every 1 spent brought back {b}.", "投资回报率 {r}：每投入 1 元带回 {b} 元。",
                         r=fmt_pct(e.roi, lang, 0, signed=True), b=fmt_number(1 + e.roi, lang, 2)))
    elif "no_revenue" in e.notes:
        out.append(_pick(lang, "No revenue recorded: ROI is not available.", "未记录收入：无法计算投资回报率。"))
    if e.prize_share_of_cost is not None:
        out.append(_pick(lang, "Prizes were {s} of the cost.", "奖品占成本的 {s}。", s=fmt_pct(e.prize_share_of_cost, lang, 0)))
    return out


def virality_reading(v: Virality, lang: str = "en") -> list[str]:
    if v.k is None:
        return [_pick(lang, "No invite data (invite_conversions, participants): the viral coefficient is not available.",
                      "没有邀请数据（邀请转化数、参与人数），无法计算病毒系数。")]
    if v.k > 1:
        meaning = _pick(lang, "above 1: every wave of participants brings a larger one, the campaign grows by itself.",
                        "大于 1：每一波参与者会带来更大的一波，活动可自我增长。")
    else:
        meaning = _pick(lang, "below 1: each wave is smaller than the last and the spread fades.", "小于 1：每一波都比上一波小，传播会逐渐衰减。")
    out = [_pick(lang, "K = {k}, {m}", "K = {k}，{m}", k=fmt_number(v.k, lang, 2), m=meaning)]
    if v.limit is not None:
        out.append(_pick(lang, "At this K the spread levels off at about {n} people ({x}× the participants).",
                         "按此 K 值，传播最终约覆盖 {n} 人（参与人数的 {x} 倍）。", n=fmt_count(v.limit, lang),
                         x=fmt_number(v.limit / v.participants, lang, 2)))
    return out


def retention_reading(r: Retention, lang: str = "en") -> list[str]:
    if r.extra_gained is None:
        return [_pick(lang, "Retention is not available: it needs followers gained in the baseline and during the campaign.",
                      "无法计算留存：需要基线期与活动期的新增粉丝数据。")]
    if r.extra_gained <= 0:
        return [_pick(lang, "The campaign brought no followers beyond the baseline, so there is nothing to retain.",
                      "活动没有带来超出基线的新增粉丝，无留存可言。")]
    if r.retention_rate is None:
        return [_pick(lang, "{g} extra followers; retention is not known yet (no log after the campaign).",
                      "额外新增 {g} 个粉丝；活动后尚无日志，暂无法判断留存。", g=fmt_count(r.extra_gained, lang))]
    return [_pick(lang, "{g} extra followers, {l} extra unfollows after the end: {n} kept, a retention rate of {r}.",
                  "额外新增 {g}，活动后额外流失 {l}：净留存 {n}，留存率 {r}。", g=fmt_count(r.extra_gained, lang),
                  l=fmt_count(r.extra_lost, lang), n=fmt_count(r.net_kept, lang), r=fmt_pct(r.retention_rate, lang, 0))]


def campaign_timing_reading(ti: CampaignTiming, lang: str = "en") -> list[str]:
    out = [_pick(lang, "{d} days, launched on a {w}.", "共 {d} 天，于{w}上线。", d=ti.days, w=weekday_name(ti.launch_weekday, lang))]
    if ti.launch_hour is None:
        out.append(_pick(lang, "Launch hour unknown (no post on the start day).", "上线时刻未知（开始当天没有发布内容）。"))
    elif ti.launch_in_active_hours:
        out.append(_pick(lang, "First post at {h}:00, inside the audience's active hours.", "首条内容 {h}:00 发布，处于粉丝活跃时段。", h=ti.launch_hour))
    else:
        out.append(_pick(lang, "First post at {h}:00, outside the active hours (9–10, 16–17, 20–23): launch when followers are online.",
                         "首条内容 {h}:00 发布，不在活跃时段（9–10、16–17、20–23 点）：应在粉丝在线时上线。", h=ti.launch_hour))
    if not ti.holiday_calendar:
        out.append(_pick(lang, "The official holiday calendar does not cover these dates yet.", "官方节假日日历尚未覆盖这些日期。"))
    elif ti.holidays:
        names = sorted({n for _, n in ti.holidays})
        out.append(_pick(lang, "Overlaps public holidays: {h} ({n} days).", "与法定节假日重叠：{h}（{n} 天）。",
                         h=_sep(lang).join(names), n=len(ti.holidays)))
    else:
        out.append(_pick(lang, "No public holiday during the campaign.", "活动期间没有法定节假日。"))
    if len(ti.overlaps):
        out.append(_pick(lang, "Overlaps the account's other campaigns: {c}; their effects mix.", "与该账号其他活动重叠：{c}，效果会相互混杂。",
                         c=_sep(lang).join(str(n) for n in ti.overlaps["name"])))
    return out


def comparison_reading(c: Comparison, lang: str = "en") -> list[str]:
    table = c.table
    if len(table) < 2:
        return [_pick(lang, "The account has no other campaign to compare with.", "该账号没有其他活动可对比。")]
    out = []
    for metric, best_high in (("roi", True), ("cost_per_follower", False), ("viral_coefficient", True), ("lift_pct", True)):
        values = table[metric].dropna()
        if c.current in values.index and len(values) >= 2:
            rank = int(values.rank(ascending=not best_high, method="min")[c.current])
            out.append(_pick(lang, "{m}: ranks {r} of {n}.", "{m}：在 {n} 个活动中排第 {r}。", m=M.metric_label(metric, lang), r=rank, n=len(values)))
    return out


def checklist_reading(ch: Checklist, lang: str = "en") -> list[str]:
    change = [t(key, lang) for verdict, key, _ in ch.items if verdict == "change"]
    keep = [t(key, lang) for verdict, key, _ in ch.items if verdict == "keep"]
    out = []
    if change:
        out.append(_pick(lang, "Change next time: {s}.", "下次需调整：{s}。", s="；".join(change) if lang == "zh" else "; ".join(change)))
    if keep:
        out.append(_pick(lang, "Keep: {s}.", "保持：{s}。", s="；".join(keep) if lang == "zh" else "; ".join(keep)))
    return out


def _value(value, metric: str, lang: str) -> str:
    return fmt_metric(value, metric, lang)
