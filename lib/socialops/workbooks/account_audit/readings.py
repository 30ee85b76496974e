"""Written readings of this workbook's results, in ``en`` or ``zh``, generated from the numbers.

Each function answers one question in plain sentences (never HTML): the view escapes them.
"""
from __future__ import annotations

import pandas as pd

from socialops import metrics as M
from socialops.report.prose import STEADY_PCT, active_hours, hour_label, metric_value, pick, short_title, signed
from socialops.report.strings import fmt_change_pct, fmt_count, fmt_date, fmt_number, fmt_pct, t
from socialops.workbooks.account_audit.analysis import FollowerGrowth, FollowerQuality, KpiComparison, PostingRhythm, ProfileChecklist

ZOMBIE_HIGH, ZOMBIE_OK = 0.40, 0.20
ACTIVE_SHARE_LOW = 0.5


def profile(check: ProfileChecklist, lang: str = "en") -> list[str]:
    """How many profile basics are in place, and which to fix first."""
    total = len(check.items)
    done = int((check.items["ok"] == True).sum())  # noqa: E712 - None means unknown
    out = [pick(lang, "{done} of {total} profile basics are in place.", "{total} 项主页基础设置中已完成 {done} 项。",
                 done=done, total=total)]
    if check.to_fix:
        names = ("、" if lang == "zh" else ", ").join(t(i, lang) for i in check.to_fix)
        out.append(pick(lang, "Fix first: {names}.", "优先补齐：{names}。", names=names))
    if check.unknown:
        names = ("、" if lang == "zh" else ", ").join(t(i, lang) for i in check.unknown)
        out.append(pick(lang, "Not recorded in the data, check by hand: {names}.", "数据中未记录，请人工核对：{names}。",
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
    """How far the audience grew, how much of the intake stayed, and which days broke the pattern."""
    if g.days.empty:
        return [pick(lang, "No daily follower data in this period.", "本期没有每日粉丝数据。")]
    if M.is_missing(g.start_followers) or M.is_missing(g.end_followers):
        out = [pick(lang, "Net growth {net} followers. The exports give no follower total, so the growth rate "
                     "and the follower count are not available.",
                     "净增粉丝 {net}。导出数据中没有粉丝总数，无法计算增长率与粉丝总量。", net=signed(g.net, lang))]
    else:
        out = [pick(lang, "Net growth {net} followers ({rate} of the {start} at the start), ending at {end}.",
                     "净增粉丝 {net}（占期初 {start} 的 {rate}），期末 {end}。",
                     net=signed(g.net, lang), rate=fmt_pct(g.growth_rate, lang, signed=True),
                     start=fmt_count(g.start_followers, lang), end=fmt_count(g.end_followers, lang))]
    if not (M.is_missing(g.gained) or M.is_missing(g.lost)):
        out.append(pick(lang, "{gained} gained against {lost} lost: for every 100 new followers, {keep} stayed.",
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
            out.append(pick(lang, "{span}: {avg}/day against a usual {usual}/day. A spike like this comes from a "
                             "campaign, a breakout post or bought followers: check which.",
                             "{span}：日均净增 {avg}，常态为 {usual}。此类峰值通常来自活动、爆款内容或买粉，请核实来源。",
                             span=span, avg=signed(avg, lang), usual=signed(usual, lang)))
            top = g.top_post(first, last)
            if top is not None:
                out.append(pick(lang, "Most-read post of those days ({reads} reads): “{title}”.",
                                 "这几天阅读最高的内容（{reads} 次阅读）：“{title}”。",
                                 reads=fmt_count(top["reads"], lang), title=short_title(top.get("title"), lang)))
        else:
            out.append(pick(lang, "{span}: {avg}/day against a usual {usual}/day. Losses right after a campaign are "
                             "usually prize hunters leaving.",
                             "{span}：日均净增 {avg}，常态为 {usual}。活动刚结束后的掉粉通常是抽奖用户离开。",
                             span=span, avg=signed(avg, lang), usual=signed(usual, lang)))
    if not runs:
        out.append(pick(lang, "No day fell far outside the account's usual range.", "没有明显偏离常态的日子。"))
    return out


def quality(q: FollowerQuality, lang: str = "en") -> list[str]:
    """How real the audience is: the zombie share of the sample and mentions per follower."""
    out = []
    zombie = q.shares["share_followers_under_10"]
    if zombie is None:
        out.append(pick(lang, "No follower sample for this account: follower quality is not available.",
                         "该账号没有粉丝样本，无法评估粉丝质量。"))
    else:
        out.append(pick(lang, "{z} of {n} sampled followers have fewer than 10 followers of their own (likely zombie "
                         "or inactive); {core} are ordinary users and {inf} are influencers.",
                         "样本 {n} 人中，{z} 自身粉丝少于 10（疑似僵尸或不活跃），{core} 为普通用户，{inf} 为意见领袖。",
                         z=fmt_pct(zombie, lang), n=fmt_count(q.sample_size, lang),
                         core=fmt_pct(q.shares["share_followers_10_500"], lang),
                         inf=fmt_pct(q.shares["share_followers_over_500"], lang)))
        if zombie >= ZOMBIE_HIGH:
            out.append(pick(lang, "That zombie share is high: the follower count overstates the real audience; judge "
                             "reach by engagement, not by followers.",
                             "僵尸粉比例偏高：粉丝数高估了真实受众，应以互动而非粉丝数衡量影响力。"))
        elif zombie <= ZOMBIE_OK:
            out.append(pick(lang, "A healthy audience: most followers are real, active users.",
                             "粉丝结构健康：大部分为真实活跃用户。"))
    if q.mentions_per_1k_followers is None:
        out.append(pick(lang, "Mentions are not available, so the mentions-to-followers check is skipped.",
                         "无提及数据，跳过提及/粉丝比检查。"))
    else:
        out.append(pick(lang, "{m} brand mentions in the period: {r} per 1,000 followers.",
                         "本期品牌提及 {m} 次，每千粉丝 {r} 次。",
                         m=fmt_count(q.mentions, lang), r=fmt_number(q.mentions_per_1k_followers, lang)))
        if q.mentions_per_1k_followers < 5:
            out.append(pick(lang, "Few mentions for the audience size: a sign of zombie followers or a passive audience.",
                             "相对粉丝规模提及偏少：可能是僵尸粉多或粉丝不活跃。"))
    return out


def rhythm(r: PostingRhythm, lang: str = "en") -> list[str]:
    """How often and when the account posts, and how long it went silent."""
    if r.posts == 0:
        return [pick(lang, "No posts in this period.", "本期没有发布内容。")]
    if r.dates_only:
        return [pick(lang, "{n} posts, {per} a day; {z} days without any post. The export gives publish dates without "
                      "times, so posting hours and slots are not available.",
                      "共发布 {n} 条，日均 {per} 条；{z} 天没有发布。导出数据只有发布日期、没有时间，无法分析发布时段。",
                      n=fmt_count(r.posts, lang), per=fmt_number(r.posts_per_day, lang),
                      z=fmt_count(r.days_without_posts, lang))]
    out = [pick(lang, "{n} posts, {per} a day; {share} of them in the usual active hours ({hours}).",
                 "共发布 {n} 条，日均 {per} 条；其中 {share} 在常见活跃时段（{hours}）。",
                 n=fmt_count(r.posts, lang), per=fmt_number(r.posts_per_day, lang),
                 share=fmt_pct(r.active_hour_share, lang), hours=active_hours(lang))]
    if r.active_hour_share is not None and r.active_hour_share < ACTIVE_SHARE_LOW:
        out.append(pick(lang, "Fewer than half the posts meet the audience when it is online: move some into the "
                         "active windows.", "不到一半的内容在粉丝活跃时发布：建议把部分内容调整到活跃时段。"))
    slots = []
    if r.morning_slot is not None:
        slots.append(pick(lang, "{h} in the morning", "早间 {h}", h=hour_label(r.morning_slot, lang)))
    if r.evening_slot is not None:
        slots.append(pick(lang, "{h} in the evening", "晚间 {h}", h=hour_label(r.evening_slot, lang)))
    if slots:
        out.append(pick(lang, "Regular slots: {s}.", "固定发布时段：{s}。", s=("、" if lang == "zh" else " and ").join(slots)))
    else:
        out.append(pick(lang, "No regular morning or evening slot: a fixed slot helps followers know when to look.",
                         "没有固定的早晚发布时段：固定时段有助于培养粉丝的阅读习惯。"))
    if r.longest_gap_hours is not None:
        out.append(pick(lang, "Longest gap between posts: {h} hours (from {d}); {z} days without any post.",
                         "最长发布间隔 {h} 小时（自 {d} 起）；{z} 天没有发布。",
                         h=fmt_number(r.longest_gap_hours, lang, 0), d=fmt_date(r.longest_gap_from, lang),
                         z=fmt_count(r.days_without_posts, lang)))
    if len(r.bursts):
        out.append(pick(lang, "{n} bursts of 3 or more posts within an hour: bunched posts compete with each other.",
                         "{n} 次一小时内连发 3 条以上：扎堆发布会互相抢流量。", n=len(r.bursts)))
    return out


def kpis(k: KpiComparison, lang: str = "en") -> list[str]:
    """Which operations-log figures moved against the previous period, and which held steady."""
    table = k.table
    moved = table["change_pct"].dropna().drop(k.incomplete, errors="ignore")
    if moved.empty:
        return [pick(lang, "No comparison with the previous period is available.", "无法与上期对比（缺少数据）。")]
    ups = moved[moved >= STEADY_PCT].sort_values(ascending=False)
    downs = moved[moved <= -STEADY_PCT].sort_values()

    def describe(names) -> str:
        sep = "；" if lang == "zh" else "; "
        return sep.join(
            f"{M.metric_label(m, lang)} {fmt_change_pct(table.loc[m, 'change_pct'], lang)} "
            f"({metric_value(table.loc[m, 'previous'], m, lang)} → {metric_value(table.loc[m, 'current'], m, lang)})"
            for m in names)

    out = []
    if len(ups):
        out.append(pick(lang, "Up: {s}.", "上升：{s}。", s=describe(ups.index[:4])))
    if len(downs):
        out.append(pick(lang, "Down: {s}.", "下降：{s}。", s=describe(downs.index[:4])))
    steady = moved[(moved.abs() < STEADY_PCT)]
    if len(steady):
        names = ("、" if lang == "zh" else ", ").join(M.metric_label(m, lang) for m in steady.index)
        out.append(pick(lang, "Steady (within ±3%): {s}.", "基本持平（±3% 以内）：{s}。", s=names))
    per_post = table.loc["avg_reposts_per_post", "change_pct"]
    posts = table.loc["posts", "change_pct"]
    if not (M.is_missing(per_post) or M.is_missing(posts)) and posts > 0 > per_post:
        out.append(pick(lang, "More posts but fewer reposts per post: volume went up, content quality or fan "
                         "activity did not keep pace.", "发布更多但单条转发下降：数量上去了，内容质量或粉丝活跃度没有跟上。"))
    if k.incomplete:
        names = ("、" if lang == "zh" else ", ").join(M.metric_label(m, lang) for m in k.incomplete)
        out.append(pick(lang, "Not compared, the log misses days: {s}.", "日志有缺失天数，未做对比：{s}。", s=names))
    missing = [m for m in table.index if M.is_missing(table.loc[m, "current"])]
    if missing:
        names = ("、" if lang == "zh" else ", ").join(M.metric_label(m, lang) for m in missing)
        out.append(pick(lang, "Not in the data for this period: {s}.", "本期数据中缺少：{s}。", s=names))
    return out
