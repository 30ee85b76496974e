"""The words of the competitor comparison, in ``en`` and ``zh`` (looked up with ``report.strings.t``)."""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "ours": {"en": "ours", "zh": "我方"},
    "no_sample": {"en": "no follower sample", "zh": "无粉丝样本"},
    "component": {"en": "Component", "zh": "分项"},
    "weight": {"en": "Weight", "zh": "权重"},
    "engagement_per_follower": {"en": "Engagement per follower", "zh": "粉丝互动"},
    "growth": {"en": "Growth", "zh": "增长"},
    "follower_quality": {"en": "Follower quality", "zh": "粉丝质量"},
    "rank": {"en": "Rank", "zh": "排名"},
    "top_posts_by_account": {"en": "Top posts of each account", "zh": "各账号最佳内容"},
    "format_mix": {"en": "Format mix", "zh": "体裁构成"},
    "topic_mix": {"en": "Topic mix", "zh": "主题构成"},
    "chart_scatter": {"en": "Followers against engagement per post (log scales; line: proportional to ours)",
                      "zh": "粉丝数与单条互动（对数坐标；虚线：与我方成比例）"},
    "chart_efficiency": {"en": "Efficiency: engagement multiple ÷ follower multiple (ours = 1)",
                         "zh": "效率：互动倍数 ÷ 粉丝倍数（我方 = 1）"},
    "chart_quality_set": {"en": "Follower quality of each account", "zh": "各账号粉丝质量"},
    "chart_hours": {"en": "Share of posts by hour of day", "zh": "各时段发布占比"},
    "chart_mix": {"en": "Format and topic mix", "zh": "体裁与主题构成"},
    "chart_follower_index": {"en": "Followers (first day of the period = 100)", "zh": "粉丝数（周期首日 = 100）"},
    "chart_weekly_engagement": {"en": "Engagement per post by week", "zh": "每周单条互动"},
    "chart_share_of_voice": {"en": "Share of voice (mentions)", "zh": "声量份额（提及）"},
    "chart_index": {"en": "Composite index and what makes it up", "zh": "综合指数及其构成"},
}
