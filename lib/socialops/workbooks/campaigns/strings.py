"""The words of the campaign retrospective, in ``en`` and ``zh`` (looked up with ``report.strings.t``)."""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
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
}
