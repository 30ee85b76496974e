"""The words of the campaign retrospective, in ``en`` and ``zh`` (looked up with ``report.strings.t``)."""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "error_no_campaigns": {"en": "the data has no campaigns table (campaigns.csv): nothing to review",
                           "zh": "数据中没有活动表（campaigns.csv）：没有可复盘的活动"},
    "error_campaign_unknown": {"en": "campaign '{campaign}' is not in the data; campaigns: {known}",
                               "zh": "数据中没有活动“{campaign}”；已有活动：{known}"},
    "error_window_days": {"en": "baseline_days and after_days must be at least 1", "zh": "baseline_days 与 after_days 至少为 1"},
    "log_gained": {"en": "Followers gained (daily log, campaign days)", "zh": "新增粉丝（日志，活动期间）"},
    "log_extra": {"en": "Extra followers above the baseline (daily log)", "zh": "高于基线的额外新增（日志）"},
    "dates": {"en": "Dates", "zh": "日期"},
    "baseline": {"en": "Baseline (per day)", "zh": "基线期（日均）"},
    "during": {"en": "During (per day)", "zh": "活动期（日均）"},
    "after": {"en": "After (per day)", "zh": "活动后（日均）"},
    "after_vs_baseline": {"en": "After vs baseline", "zh": "活动后较基线"},
    "generation": {"en": "Generation", "zh": "传播代数"},
    "new_people": {"en": "New people", "zh": "新增人数"},
    "cumulative": {"en": "Cumulative reach", "zh": "累计覆盖"},
    "verdict": {"en": "Verdict", "zh": "结论"},
    "keep": {"en": "✓ keep", "zh": "✓ 保持"},
    "change_it": {"en": "✗ change", "zh": "✗ 调整"},
    "unknown_verdict": {"en": "? not known", "zh": "? 无法判断"},
    "holidays": {"en": "Public holidays", "zh": "法定节假日"},
    "still_running": {"en": "still running: figures cover the days logged so far", "zh": "活动仍在进行：数据仅覆盖已记录的天数"},
    "chart_campaign": {"en": "Daily figures around the campaign (shaded)", "zh": "活动前后的每日数据（阴影为活动期）"},
    "chart_campaigns": {"en": "This campaign against the account's others", "zh": "本次活动与该账号其他活动对比"},
    "check_launch_hour": {"en": "Launch hour inside the audience's active hours", "zh": "在粉丝活跃时段上线"},
    "check_k": {"en": "Viral coefficient K at least {k_min}", "zh": "病毒系数 K 不低于 {k_min}"},
    "check_cost_per_follower": {"en": "Cost per new follower at or below the account's median", "zh": "单个新粉成本不高于账号中位数"},
    "check_roi": {"en": "ROI above zero", "zh": "投资回报率为正"},
    "check_retention": {"en": "At least {rate_min} of the extra followers kept", "zh": "至少留住 {rate_min} 的额外新增粉丝"},
    "check_lift": {"en": "Follower gains at least {lift_min} above baseline", "zh": "新增粉丝较基线提升至少 {lift_min}"},
    "check_prize_share": {"en": "Prizes at most {share_max} of the cost", "zh": "奖品不超过成本的 {share_max}"},
    "check_overlap": {"en": "No overlap with the account's other campaigns", "zh": "未与该账号其他活动重叠"},
    # readings: one entry per thing a reading can say (report.findings.Finding keys)
    "campaigns.card.no_outcome": {
        "en": "no outcome recorded",
        "zh": "未记录活动结果",
    },
    "campaigns.card.headline": {
        "en": "{name}: {head}.",
        "zh": "{name}：{head}。",
    },
    "campaigns.card.participants": {
        "en": "{n} participants",
        "zh": "{n} 人参与",
    },
    "campaigns.card.new_followers": {
        "en": "{n} new followers by the campaign record",
        "zh": "活动记录新增粉丝 {n}",
    },
    "campaigns.efficiency.record_beside_log": {
        "en": "The campaign record's {r} new followers stand beside {l} counted by the daily log in the campaign's days, {x} of "
              "them above the baseline: cost per new follower {c} on the record, {cx} on the log's extra followers.",
        "zh": "活动记录新增粉丝 {r}，日志在活动期间记录新增 {l}，其中高于基线 {x}：按记录计单个新粉成本 {c}，按日志额外新增计 {cx}。",
    },
    "campaigns.efficiency.record_exceeds_log": {
        "en": "The campaign record claims {r} new followers, more than the {l} the daily log counted in all the campaign's days "
              "({x} above the baseline): check the record (it may count other accounts or followers who left at once) and judge "
              "the cost on the log: {cx} per extra follower.",
        "zh": "活动记录称新增粉丝 {r}，多于日志在活动期间记录的全部新增 {l}（高于基线 {x}）：请核对活动记录（可能包含其他账号或随即取关的粉丝），"
              "成本请按日志判断：单个额外新粉 {cx}。",
    },
    "campaigns.efficiency.log_only": {
        "en": "The campaign record gives no followers gained: cost per new follower is on the {x} followers the daily log counted "
              "above the baseline ({cx} each).",
        "zh": "活动记录没有新增粉丝数：单个新粉成本按日志中高于基线的 {x} 个新增计算（每个 {cx}）。",
    },
    "campaigns.card.follower_lift": {
        "en": "follower gains {l} against the baseline",
        "zh": "新增粉丝较基线 {l}",
    },
    "campaigns.card.roi": {
        "en": "ROI {r}",
        "zh": "投资回报率 {r}",
    },
    "campaigns.card.still_running": {
        "en": "The campaign is still running (planned to end {d}): figures cover the days logged so far.",
        "zh": "活动仍在进行（计划 {d} 结束）：数据仅覆盖已记录的天数。",
    },
    "campaigns.lift.no_log": {
        "en": "No daily log around the campaign: lift is not available.",
        "zh": "活动前后没有每日日志，无法计算提升。",
    },
    "campaigns.lift.no_baseline": {
        "en": "No log before the start (the campaign opens the log): there is no baseline, so lift is not available.",
        "zh": "活动开始前没有日志记录（活动位于日志起点），没有基线，无法计算提升。",
    },
    "campaigns.lift.unfollows_after": {
        "en": "Unfollows after the campaign ran {v} above the baseline: followers it brought are leaving again.",
        "zh": "活动结束后取关比基线高 {v}：活动带来的粉丝正在离开。",
    },
    "campaigns.lift.unfollows_after_lottery": {
        "en": "Unfollows after the lottery ran {v} above the baseline: prize hunters leaving once the prizes are drawn.",
        "zh": "抽奖结束后取关比基线高 {v}：开奖后“羊毛党”在离开。",
    },
    "campaigns.lift.still_running": {
        "en": "Still running: the after window has not started.",
        "zh": "活动仍在进行，尚无活动后数据。",
    },
    "campaigns.lift.per_day": {
        "en": "Per day against the baseline: {s}.",
        "zh": "与基线相比（日均）：{s}。",
    },
    "campaigns.lift.partial_baseline": {
        "en": "The baseline window is only partly logged ({d} of {n} days).",
        "zh": "基线窗口仅部分有记录（{d}/{n} 天）。",
    },
    "campaigns.efficiency.no_cost": {
        "en": "No cost recorded: costs per result and ROI are not available.",
        "zh": "未记录成本：无法计算单位成本与投资回报率。",
    },
    "campaigns.efficiency.roi": {
        "en": "ROI {r}: every {one} spent brought back {b}.",
        "zh": "投资回报率 {r}：每投入 {one} 带回 {b}。",
    },
    "campaigns.efficiency.prize_share": {
        "en": "Prizes were {s} of the cost.",
        "zh": "奖品占成本的 {s}。",
    },
    "campaigns.efficiency.zero_cost": {
        "en": "Zero cost recorded: every result came free, and ROI is not defined.",
        "zh": "记录的成本为零：所有结果均无成本，投资回报率无定义。",
    },
    "campaigns.efficiency.costs": {
        "en": "Cost {c}: {p} per participant, {f} per new follower, {o} per order.",
        "zh": "成本 {c}：单个参与 {p}，单个新粉 {f}，单笔订单 {o}。",
    },
    "campaigns.efficiency.no_revenue": {
        "en": "No revenue recorded: ROI is not available.",
        "zh": "未记录收入：无法计算投资回报率。",
    },
    "campaigns.virality.k": {
        "en": "K = {k}, {m}",
        "zh": "K = {k}，{m}",
    },
    "campaigns.virality.no_invite_data": {
        "en": "No invite data (invite_conversions, participants): the viral coefficient is not available.",
        "zh": "没有邀请数据（邀请转化数、参与人数），无法计算病毒系数。",
    },
    "campaigns.virality.above_one_not_seen": {
        "en": "above 1 on the record, but the daily log counted only {x} extra followers against the {c} invite conversions the "
              "record claims: the spread did not show in followers, so do not count on the campaign growing by itself.",
        "zh": "按活动记录大于 1，但日志中高于基线的新增只有 {x}，少于记录的 {c} 个邀请转化：传播没有体现在粉丝增长上，不能指望活动自我增长。",
    },
    "campaigns.virality.above_one_unconfirmed": {
        "en": "above 1 on the record; without a daily log around the campaign, whether it grew by itself cannot be confirmed.",
        "zh": "按活动记录大于 1；活动前后没有运营日志，无法确认是否真正自我增长。",
    },
    "campaigns.virality.above_one": {
        "en": "above 1: every wave of participants brings a larger one, the campaign grows by itself.",
        "zh": "大于 1：每一波参与者会带来更大的一波，活动可自我增长。",
    },
    "campaigns.virality.below_one": {
        "en": "below 1: each wave is smaller than the last and the spread fades.",
        "zh": "小于 1：每一波都比上一波小，传播会逐渐衰减。",
    },
    "campaigns.virality.reach_limit": {
        "en": "At this K the spread levels off at about {n} people ({x}× the participants).",
        "zh": "按此 K 值，传播最终约覆盖 {n} 人（参与人数的 {x} 倍）。",
    },
    "campaigns.retention.kept": {
        "en": "{g} extra followers, {l} extra unfollows after the end: {n} kept, a retention rate of {r}.",
        "zh": "额外新增 {g}，活动后额外流失 {l}：净留存 {n}，留存率 {r}。",
    },
    "campaigns.retention.not_available": {
        "en": "Retention is not available: it needs followers gained in the baseline and during the campaign.",
        "zh": "无法计算留存：需要基线期与活动期的新增粉丝数据。",
    },
    "campaigns.retention.no_extra_followers": {
        "en": "The campaign brought no followers beyond the baseline, so there is nothing to retain.",
        "zh": "活动没有带来超出基线的新增粉丝，无留存可言。",
    },
    "campaigns.retention.not_known_yet": {
        "en": "{g} extra followers; retention is not known yet (no log after the campaign).",
        "zh": "额外新增 {g} 个粉丝；活动后尚无日志，暂无法判断留存。",
    },
    "campaigns.campaign_timing.days_and_weekday": {
        "en": "{d} days, launched on a {w}.",
        "zh": "共 {d} 天，于{w}上线。",
    },
    "campaigns.campaign_timing.hour_unknown": {
        "en": "Launch hour unknown (no post on the start day).",
        "zh": "上线时刻未知（开始当天没有发布内容）。",
    },
    "campaigns.campaign_timing.no_calendar": {
        "en": "The official holiday calendar does not cover these dates yet.",
        "zh": "官方节假日日历尚未覆盖这些日期。",
    },
    "campaigns.campaign_timing.overlaps_campaigns": {
        "en": "Overlaps the account's other campaigns: {c}; their effects mix.",
        "zh": "与该账号其他活动重叠：{c}，效果会相互混杂。",
    },
    "campaigns.campaign_timing.inside_active_hours": {
        "en": "First post at {h}:00, inside the audience's active hours.",
        "zh": "首条内容 {h}:00 发布，处于粉丝活跃时段。",
    },
    "campaigns.campaign_timing.outside_active_hours": {
        "en": "First post at {h}:00, outside the active hours ({hours}): launch when followers are online.",
        "zh": "首条内容 {h}:00 发布，不在活跃时段（{hours}）：应在粉丝在线时上线。",
    },
    "campaigns.campaign_timing.holidays": {
        "en": "Overlaps public holidays: {h} ({n} days).",
        "zh": "与法定节假日重叠：{h}（{n} 天）。",
    },
    "campaigns.campaign_timing.no_holiday": {
        "en": "No public holiday during the campaign.",
        "zh": "活动期间没有法定节假日。",
    },
    "campaigns.comparison.no_other": {
        "en": "The account has no other campaign to compare with.",
        "zh": "该账号没有其他活动可对比。",
    },
    "campaigns.comparison.rank": {
        "en": "{m}: ranks {r} of {n}.",
        "zh": "{m}：在 {n} 个活动中排第 {r}。",
    },
    "campaigns.checklist.change": {
        "en": "Change next time: {s}.",
        "zh": "下次需调整：{s}。",
    },
    "campaigns.checklist.keep": {
        "en": "Keep: {s}.",
        "zh": "保持：{s}。",
    },
}
