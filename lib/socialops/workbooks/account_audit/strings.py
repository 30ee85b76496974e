"""The words of the account audit, in ``en`` and ``zh`` (looked up with ``report.strings.t``)."""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "partial": {"en": "{known} of {days} days recorded", "zh": "仅 {known}/{days} 天有记录"},
    "from_posts": {"en": "counted from the posts table", "zh": "按内容表统计"},
    "not_comparable": {"en": "no change shown: the two periods are counted from different tables (daily log and posts)",
                       "zh": "不计算变化：两期分别按日志与内容表统计，口径不同"},
    "set": {"en": "set", "zh": "已设置"},
    "not_set": {"en": "missing", "zh": "未设置"},
    "what_to_fix": {"en": "What to do", "zh": "建议"},
    "fix_unknown": {"en": "Not in the accounts table: check it by hand.", "zh": "账号表中没有此项，请人工核对。"},
    "net_growth": {"en": "Net growth", "zh": "净增粉丝"},
    "gained": {"en": "Gained", "zh": "新增"},
    "lost": {"en": "Lost", "zh": "流失"},
    "anomaly": {"en": "Anomaly", "zh": "异常"},
    "followers_axis": {"en": "Followers per day", "zh": "每日粉丝数"},
    "chart_growth": {"en": "Daily follower growth", "zh": "每日粉丝增长"},
    "chart_quality": {"en": "Follower quality (sample of {n})", "zh": "粉丝质量（样本 {n} 人）"},
}
