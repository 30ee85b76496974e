"""Written readings of this workbook's results, in ``en`` or ``zh``, generated from the numbers.

Each function answers one question in plain sentences (never HTML): the view escapes them.
"""
from __future__ import annotations

from socialops import metrics as M
from socialops.report.prose import active_hours, list_sep, money, pick
from socialops.report.strings import fmt_change_pct, fmt_count, fmt_date, fmt_number, fmt_pct, t, weekday_name
from socialops.workbooks.campaigns.analysis import Card, Checklist, Comparison, Efficiency, LaunchTiming, Lift, Retention, Virality


def card_reading(c: Card, lang: str = "en") -> list[str]:
    """What the campaign was and its headline results in one line."""
    e, lifted = c.efficiency, c.lift
    follower_lift = lifted.value("followers_gained", "lift_pct")
    parts = []
    if e.participants is not None:
        parts.append(pick(lang, "{n} participants", "{n} 人参与", n=fmt_count(e.participants, lang)))
    if e.followers_gained is not None:
        parts.append(pick(lang, "{n} new followers", "新增粉丝 {n}", n=fmt_count(e.followers_gained, lang)))
    if follower_lift is not None:
        parts.append(pick(lang, "follower gains {l} against the baseline", "新增粉丝较基线 {l}", l=fmt_change_pct(follower_lift, lang)))
    if e.roi is not None:
        parts.append(pick(lang, "ROI {r}", "投资回报率 {r}", r=fmt_pct(e.roi, lang, 0, signed=True)))
    head = list_sep(lang).join(parts) if parts else pick(lang, "no outcome recorded", "未记录活动结果")
    out = [pick(lang, "{name}: {head}.", "{name}：{head}。", name=str(c.campaign["name"]), head=head)]
    if c.windows.running:
        out.append(pick(lang, "The campaign is still running (planned to end {d}): figures cover the days logged so far.",
                         "活动仍在进行（计划 {d} 结束）：数据仅覆盖已记录的天数。", d=fmt_date(c.windows.planned_end, lang)))
    return out


def lift_reading(lifted: Lift, lang: str = "en") -> list[str]:
    """How far the campaign lifted each figure above the baseline, and what stayed after."""
    table = lifted.table
    if table.empty:
        return [pick(lang, "No daily log around the campaign: lift is not available.", "活动前后没有每日日志，无法计算提升。")]
    out = []
    if table["days_baseline"].max() == 0:
        out.append(pick(lang, "No log before the start (the campaign opens the log): there is no baseline, so lift is not available.",
                         "活动开始前没有日志记录（活动位于日志起点），没有基线，无法计算提升。"))
    else:
        moved = table["lift_pct"].dropna()
        if len(moved):
            out.append(pick(lang, "Per day against the baseline: {s}.", "与基线相比（日均）：{s}。",
                             s=list_sep(lang).join(f"{M.metric_label(m, lang)} {fmt_change_pct(v, lang)}" for m, v in moved.items())))
        short = table[(table["days_baseline"] > 0) & (table["days_baseline"] < lifted.windows.baseline.days)]
        if len(short):
            out.append(pick(lang, "The baseline window is only partly logged ({d} of {n} days).", "基线窗口仅部分有记录（{d}/{n} 天）。",
                             d=int(short["days_baseline"].max()), n=lifted.windows.baseline.days))
    after = table["after_pct"].dropna()
    if "followers_lost" in after.index and after["followers_lost"] > 20:
        out.append(pick(lang, "Unfollows after the campaign ran {v} above the baseline: prize hunters leaving.",
                         "活动结束后取关比基线高 {v}：抽奖用户在离开。", v=fmt_change_pct(after["followers_lost"], lang)))
    if lifted.windows.running:
        out.append(pick(lang, "Still running: the after window has not started.", "活动仍在进行，尚无活动后数据。"))
    return out


def efficiency_reading(e: Efficiency, lang: str = "en") -> list[str]:
    """What each participant, follower and order cost, and whether it paid back."""
    out = []
    if "no_cost" in e.notes:
        out.append(pick(lang, "No cost recorded: costs per result and ROI are not available.", "未记录成本：无法计算单位成本与投资回报率。"))
    elif "zero_cost" in e.notes:
        out.append(pick(lang, "Zero cost recorded: every result came free, and ROI is not defined.", "记录的成本为零：所有结果均无成本，投资回报率无定义。"))
    else:
        out.append(pick(lang, "Cost {c}: {p} per participant, {f} per new follower, {o} per order.",
                         "成本 {c}：单个参与 {p}，单个新粉 {f}，单笔订单 {o}。", c=money(e.cost, lang),
                         p=fmt_number(e.cost_per_participant, lang, 2), f=fmt_number(e.cost_per_follower, lang, 2),
                         o=fmt_number(e.cost_per_order, lang, 2)))
    if e.roi is not None:
        out.append(pick(lang, "ROI {r}: every 1 spent brought back {b}.", "投资回报率 {r}：每投入 1 元带回 {b} 元。",
                         r=fmt_pct(e.roi, lang, 0, signed=True), b=fmt_number(1 + e.roi, lang, 2)))
    elif "no_revenue" in e.notes:
        out.append(pick(lang, "No revenue recorded: ROI is not available.", "未记录收入：无法计算投资回报率。"))
    if e.prize_share_of_cost is not None:
        out.append(pick(lang, "Prizes were {s} of the cost.", "奖品占成本的 {s}。", s=fmt_pct(e.prize_share_of_cost, lang, 0)))
    return out


def virality_reading(v: Virality, lang: str = "en") -> list[str]:
    """How far the campaign spread by itself (viral coefficient K)."""
    if v.k is None:
        return [pick(lang, "No invite data (invite_conversions, participants): the viral coefficient is not available.",
                      "没有邀请数据（邀请转化数、参与人数），无法计算病毒系数。")]
    if v.k > 1:
        meaning = pick(lang, "above 1: every wave of participants brings a larger one, the campaign grows by itself.",
                        "大于 1：每一波参与者会带来更大的一波，活动可自我增长。")
    else:
        meaning = pick(lang, "below 1: each wave is smaller than the last and the spread fades.", "小于 1：每一波都比上一波小，传播会逐渐衰减。")
    out = [pick(lang, "K = {k}, {m}", "K = {k}，{m}", k=fmt_number(v.k, lang, 2), m=meaning)]
    if v.limit is not None:
        out.append(pick(lang, "At this K the spread levels off at about {n} people ({x}× the participants).",
                         "按此 K 值，传播最终约覆盖 {n} 人（参与人数的 {x} 倍）。", n=fmt_count(v.limit, lang),
                         x=fmt_number(v.limit / v.participants, lang, 2)))
    return out


def retention_reading(r: Retention, lang: str = "en") -> list[str]:
    """How many of the extra followers stayed once it ended."""
    if r.extra_gained is None:
        return [pick(lang, "Retention is not available: it needs followers gained in the baseline and during the campaign.",
                      "无法计算留存：需要基线期与活动期的新增粉丝数据。")]
    if r.extra_gained <= 0:
        return [pick(lang, "The campaign brought no followers beyond the baseline, so there is nothing to retain.",
                      "活动没有带来超出基线的新增粉丝，无留存可言。")]
    if r.retention_rate is None:
        return [pick(lang, "{g} extra followers; retention is not known yet (no log after the campaign).",
                      "额外新增 {g} 个粉丝；活动后尚无日志，暂无法判断留存。", g=fmt_count(r.extra_gained, lang))]
    return [pick(lang, "{g} extra followers, {l} extra unfollows after the end: {n} kept, a retention rate of {r}.",
                  "额外新增 {g}，活动后额外流失 {l}：净留存 {n}，留存率 {r}。", g=fmt_count(r.extra_gained, lang),
                  l=fmt_count(r.extra_lost, lang), n=fmt_count(r.net_kept, lang), r=fmt_pct(r.retention_rate, lang, 0))]


def campaign_timing_reading(ti: LaunchTiming, lang: str = "en") -> list[str]:
    """Whether the launch day and hour suited the audience, holidays and other campaigns."""
    out = [pick(lang, "{d} days, launched on a {w}.", "共 {d} 天，于{w}上线。", d=ti.days, w=weekday_name(ti.launch_weekday, lang))]
    if ti.launch_hour is None:
        out.append(pick(lang, "Launch hour unknown (no post on the start day).", "上线时刻未知（开始当天没有发布内容）。"))
    elif ti.launch_in_active_hours:
        out.append(pick(lang, "First post at {h}:00, inside the audience's active hours.", "首条内容 {h}:00 发布，处于粉丝活跃时段。", h=ti.launch_hour))
    else:
        out.append(pick(lang, "First post at {h}:00, outside the active hours ({hours}): launch when followers are online.",
                         "首条内容 {h}:00 发布，不在活跃时段（{hours}）：应在粉丝在线时上线。", h=ti.launch_hour,
                        hours=active_hours(lang)))
    if not ti.holiday_calendar:
        out.append(pick(lang, "The official holiday calendar does not cover these dates yet.", "官方节假日日历尚未覆盖这些日期。"))
    elif ti.holidays:
        names = sorted({n for _, n in ti.holidays})
        out.append(pick(lang, "Overlaps public holidays: {h} ({n} days).", "与法定节假日重叠：{h}（{n} 天）。",
                         h=list_sep(lang).join(names), n=len(ti.holidays)))
    else:
        out.append(pick(lang, "No public holiday during the campaign.", "活动期间没有法定节假日。"))
    if len(ti.overlaps):
        out.append(pick(lang, "Overlaps the account's other campaigns: {c}; their effects mix.", "与该账号其他活动重叠：{c}，效果会相互混杂。",
                         c=list_sep(lang).join(str(n) for n in ti.overlaps["name"])))
    return out


def comparison_reading(c: Comparison, lang: str = "en") -> list[str]:
    """How this campaign ranks against the account's others."""
    table = c.table
    if len(table) < 2:
        return [pick(lang, "The account has no other campaign to compare with.", "该账号没有其他活动可对比。")]
    out = []
    for metric, best_high in (("roi", True), ("cost_per_follower", False), ("viral_coefficient", True), ("lift_pct", True)):
        values = table[metric].dropna()
        if c.current in values.index and len(values) >= 2:
            rank = int(values.rank(ascending=not best_high, method="min")[c.current])
            out.append(pick(lang, "{m}: ranks {r} of {n}.", "{m}：在 {n} 个活动中排第 {r}。", m=M.metric_label(metric, lang), r=rank, n=len(values)))
    return out


def checklist_reading(ch: Checklist, lang: str = "en") -> list[str]:
    """What to keep and what to change next time."""
    change = [check_text(key, values, lang) for verdict, key, values in ch.items if verdict == "change"]
    keep = [check_text(key, values, lang) for verdict, key, values in ch.items if verdict == "keep"]
    out = []
    if change:
        out.append(pick(lang, "Change next time: {s}.", "下次需调整：{s}。", s="；".join(change) if lang == "zh" else "; ".join(change)))
    if keep:
        out.append(pick(lang, "Keep: {s}.", "保持：{s}。", s="；".join(keep) if lang == "zh" else "; ".join(keep)))
    return out


def check_text(key: str, values: dict, lang: str) -> str:
    """A checklist rule in words, its threshold filled in from the value the analysis used."""
    shown = {"k_min": f"{values['k_min']:g}" if "k_min" in values else None,
             "rate_min": fmt_pct(values.get("rate_min"), lang, 0), "lift_min": f"{values.get('lift_min', 0):g}%",
             "share_max": fmt_pct(values.get("share_max"), lang, 0)}
    return t(key, lang, **shown)
