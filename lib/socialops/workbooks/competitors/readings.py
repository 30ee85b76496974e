"""Written readings of this workbook's results, in ``en`` or ``zh``, generated from the numbers.

Each function answers one question in plain sentences (never HTML): the view escapes them.
"""
from __future__ import annotations

from socialops import metrics as M
from socialops.report.prose import list_sep, pick
from socialops.report.strings import fmt_change_pct, fmt_number, fmt_pct, t
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


def _order(side: SideBySide, column: str, lang: str) -> str:
    ranked = side.table[column].dropna().sort_values(ascending=False)
    return " > ".join(_name(side, a) for a in ranked.index)


def side_by_side_reading(side: SideBySide, lang: str = "en") -> list[str]:
    """Who leads on raw figures, and whether the order holds once size is accounted for."""
    if not side.peers:
        return [pick(lang, "No competitors to compare with on this platform in the data: the figures are ours alone.",
                      "数据中没有同平台的竞品，以下仅为我方数据。")]
    out = [pick(lang, "By raw engagement per post: {raw}. Per 1,000 followers: {norm}.",
                 "按单条互动原始值：{raw}。按每千粉丝互动：{norm}。",
                 raw=_order(side, "engagement_per_post", lang), norm=_order(side, "engagement_per_1k_followers", lang))]
    raw_first = side.table["engagement_per_post"].idxmax() if side.table["engagement_per_post"].notna().any() else None
    norm_first = side.table["engagement_per_1k_followers"].idxmax() if side.table["engagement_per_1k_followers"].notna().any() else None
    if raw_first and norm_first and raw_first != norm_first:
        out.append(pick(lang, "Raw counts flatter size: {a} leads on raw engagement, but {b} gets the most out of each follower.",
                         "原始数值偏向大号：{a} 原始互动领先，但 {b} 单位粉丝的互动最高。",
                         a=_name(side, raw_first), b=_name(side, norm_first)))
    silent = [a for a in side.table.index if not side.value(a, "posts")]
    if silent:
        out.append(pick(lang, "No posts in the period (per-post figures not available): {s}.", "本期没有发布（单条指标暂无）：{s}。",
                         s=list_sep(lang).join(_name(side, a) for a in silent)))
    return out


def normalized_reading(n: Normalized, lang: str = "en") -> list[str]:
    """Who does better or worse than their audience size alone explains."""
    side = n.side
    if not side.peers:
        return [pick(lang, "Nothing to normalise against: no peers in the set.", "对比组中没有竞品，无需归一化。")]
    out = []
    for account in side.peers:
        f, e, eff = (side.value(account, c) for c in ("follower_multiple", "engagement_multiple", "efficiency"))
        if eff is None:
            out.append(pick(lang, "{a}: efficiency not available (missing followers or posts).", "{a}：缺少粉丝或发布数据，无法计算效率。",
                             a=_name(side, account)))
            continue
        verdict = (pick(lang, "does better than its size explains", "表现超出其规模") if eff > 1.05 else
                   pick(lang, "does worse than its size would predict", "表现不及其规模应有水平") if eff < 0.95 else
                   pick(lang, "performs in line with its size", "表现与规模相当"))
        out.append(pick(lang, "{a}: {f}× our followers, {e}× our engagement per post: efficiency {eff}, it {v}.",
                         "{a}：粉丝为我方 {f} 倍，单条互动为我方 {e} 倍，效率 {eff}，{v}。",
                         a=_name(side, account), f=fmt_number(f, lang), e=fmt_number(e, lang), eff=fmt_number(eff, lang, 2), v=verdict))
    return out


def quality_comparison_reading(q: QualityComparison, lang: str = "en") -> list[str]:
    """Whose audience is most real, and engagement per effective follower."""
    side, out = q.side, []
    shares = side.table["share_followers_under_10"].dropna()
    if shares.empty:
        return [pick(lang, "No follower samples: follower quality is not available for any account.",
                      "没有粉丝样本，无法评估任何账号的粉丝质量。")]
    worst = shares.idxmax()
    out.append(pick(lang, "Zombie share (followers with < 10 followers): highest at {a} ({z}), lowest at {b} ({y}).",
                     "僵尸粉占比（自身粉丝 < 10）：{a} 最高（{z}），{b} 最低（{y}）。",
                     a=_name(side, worst), z=fmt_pct(shares.max(), lang), b=_name(side, shares.idxmin()), y=fmt_pct(shares.min(), lang)))
    effective = side.table["engagement_per_1k_effective_followers"].dropna()
    if len(effective) >= 2:
        out.append(pick(lang, "Per 1,000 effective followers (followers × share 10–500): {order}. Much of a big account's "
                         "gap in per-follower engagement is followers who are not really there.",
                         "按每千有效粉丝（粉丝 × 10–500 占比）：{order}。大号单位粉丝互动偏低，很大程度上是因为不少粉丝并非真实活跃用户。",
                         order=_order(side, "engagement_per_1k_effective_followers", lang)))
    missing = [a for a in side.table.index if M.is_missing(side.table.loc[a, "share_followers_under_10"])]
    if missing:
        out.append(pick(lang, "No follower sample (not guessed): {s}.", "无粉丝样本（不做估计）：{s}。",
                         s=list_sep(lang).join(_name(side, a) for a in missing)))
    return out


def strategy_reading(st: Strategy, lang: str = "en") -> list[str]:
    """How the accounts differ in posting hours, formats and topics."""
    side, out = st.side, []
    per_day = side.table["posts_per_day"].dropna()
    if len(per_day):
        out.append(pick(lang, "Posts per day: {s}.", "日均发布：{s}。",
                         s=list_sep(lang).join(f"{_name(side, a)} {fmt_number(v, lang)}" for a, v in per_day.items())))
    peak = st.hour_share.idxmax(axis=1).dropna()
    if len(peak):
        out.append(pick(lang, "Busiest hour: {s}.", "最常发布的时段：{s}。",
                         s=list_sep(lang).join(f"{_name(side, a)} {int(h)}:00" for a, h in peak.items())))
    if "video" in st.format_mix.columns:
        video = st.format_mix["video"].dropna()
        if len(video):
            out.append(pick(lang, "Video share of posts: {s}.", "视频占比：{s}。",
                             s=list_sep(lang).join(f"{_name(side, a)} {fmt_pct(v, lang, 0)}" for a, v in video.items())))
    return out or [pick(lang, "No posts to compare strategies on.", "没有可比较的内容。")]


def momentum_reading(m: Momentum, lang: str = "en") -> list[str]:
    """Who is gaining share of voice and followers over the period."""
    side, out = m.side, []
    shares = m.mentions_share.dropna()
    if len(shares):
        out.append(pick(lang, "Share of voice: {s}.", "声量份额：{s}。",
                         s=list_sep(lang).join(f"{_name(side, a)} {fmt_pct(v, lang)}" for a, v in shares.sort_values(ascending=False).items())))
    else:
        out.append(pick(lang, "No mentions data: share of voice is not available.", "无提及数据，无法计算声量份额。"))
    if not m.follower_index.empty:
        last = m.follower_index.ffill().iloc[-1].dropna()
        if len(last):
            out.append(pick(lang, "Follower growth over the period: {s}.", "期内粉丝增长：{s}。",
                             s=list_sep(lang).join(f"{_name(side, a)} {fmt_change_pct(v - 100, lang)}" for a, v in last.sort_values(ascending=False).items())))
    return out


def index_reading(ci: CompositeIndex, lang: str = "en") -> list[str]:
    """The composite index's order and what drives it."""
    side = ci.side
    if ci.index.dropna().empty:
        return [pick(lang, "The index is not available: no component could be computed.", "无法计算综合指数。")]
    out = [pick(lang, "Ranking: {s}.", "排名：{s}。", s=" > ".join(f"{_name(side, a)} ({fmt_number(v, lang, 0)})" for a, v in ci.index.items()))]
    for account in ci.index.index:
        driver = ci.contributions.loc[account].idxmax()
        out.append(pick(lang, "{a}: carried most by {c}.", "{a}：主要得分来自{c}。", a=_name(side, account), c=t(driver, lang)))
    leader = ci.index.index[0]
    if leader != side.ours and side.ours in ci.scaled.index:
        gap = (ci.scaled.loc[leader] - ci.scaled.loc[side.ours]).fillna(0).idxmax()
        out.append(pick(lang, "Our largest gap to {a} is {c}.", "我方与 {a} 差距最大的是{c}。", a=_name(side, leader), c=t(gap, lang)))
    for account, lacking in ci.missing.items():
        out.append(pick(lang, "{a}: scored without {c} (not in the data).", "{a}：缺少{c}，按其余分项计分。",
                         a=_name(side, account), c=list_sep(lang).join(t(c, lang) for c in lacking)))
    return out


def takeaways_reading(tk: Takeaways, lang: str = "en") -> list[str]:
    """What our account should copy, keep or stop, from the comparison."""
    side, st = tk.side, tk.strategy
    ours, best = side.ours, tk.best_peer
    if best is None:
        return [pick(lang, "No peer with comparable figures: no takeaways.", "没有可对比的竞品数据，暂无结论。")]
    out = []
    name = _name(side, best)
    eff = side.value(best, "efficiency")
    if eff is not None and eff > 1:
        out.append(pick(lang, "{a} is more efficient than us (efficiency {e}): study its content before its volume.",
                         "{a} 效率高于我方（{e}）：先学它的内容，而不是发布量。", a=name, e=fmt_number(eff, lang, 2)))
    else:
        out.append(pick(lang, "We are the most efficient account in the set: no peer gets more engagement for its size.",
                         "我方是对比组中效率最高的账号：没有竞品在同等规模下获得更多互动。"))
    ours_pd, best_pd = side.value(ours, "posts_per_day"), side.value(best, "posts_per_day")
    if ours_pd and best_pd and abs(best_pd / ours_pd - 1) >= 0.2:
        out.append(pick(lang, "{a} posts {b} a day against our {c}.", "{a} 日均发布 {b} 条，我方 {c} 条。",
                         a=name, b=fmt_number(best_pd, lang), c=fmt_number(ours_pd, lang)))
    if "video" in st.format_mix.columns and ours in st.format_mix.index and best in st.format_mix.index:
        ov, bv = st.format_mix.loc[ours, "video"], st.format_mix.loc[best, "video"]
        if not (M.is_missing(ov) or M.is_missing(bv)) and bv - ov >= 0.1:
            out.append(pick(lang, "{a} puts {b} of its posts into video; we put {c}.", "{a} 的视频占比 {b}，我方 {c}。",
                             a=name, b=fmt_pct(bv, lang, 0), c=fmt_pct(ov, lang, 0)))
    if not st.topic_mix.empty and best in st.topic_mix.index and ours in st.topic_mix.index:
        gap = (st.topic_mix.loc[best] - st.topic_mix.loc[ours]).dropna()
        if len(gap) and gap.max() >= 0.08:
            out.append(pick(lang, "{a} gives more room to “{t}” ({b} of posts against our {c}).", "{a} 更多发布“{t}”（占 {b}，我方 {c}）。",
                             a=name, t=gap.idxmax(), b=fmt_pct(st.topic_mix.loc[best, gap.idxmax()], lang, 0),
                             c=fmt_pct(st.topic_mix.loc[ours, gap.idxmax()], lang, 0)))
    og, bg = side.value(ours, "growth_rate"), side.value(best, "growth_rate")
    if og is not None and bg is not None and bg > og:
        out.append(pick(lang, "{a} grew faster: {b} against our {c}.", "{a} 增长更快：{b}，我方 {c}。",
                         a=name, b=fmt_pct(bg, lang, 1, signed=True), c=fmt_pct(og, lang, 1, signed=True)))
    oz, bz = side.value(ours, "share_followers_under_10"), side.value(best, "share_followers_under_10")
    if oz is not None and bz is not None and oz - bz >= 0.1:
        out.append(pick(lang, "Our audience holds more zombie followers ({c} against {b}): clean-up or better targeting would help.",
                         "我方僵尸粉占比更高（{c}，对方 {b}）：可清理或改进投放定向。", b=fmt_pct(bz, lang), c=fmt_pct(oz, lang)))
    return out
