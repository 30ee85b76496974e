"""The words of the weekly review, in ``en`` and ``zh`` (looked up with ``report.strings.t``)."""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "platform": {"en": "Platform", "zh": "平台"},
    "data_to": {"en": "Data to", "zh": "数据截至"},
    "vs_baseline": {"en": "the 4-period average", "zh": "前 4 期平均"},
    "against_baseline": {"en": "(avg {pct})", "zh": "（较前 4 期平均 {pct}）"},
    "aside": {"en": " ({text})", "zh": "（{text}）"},
    "net_against": {"en": "(previous {prev}; avg {avg})", "zh": "（上期 {prev}；前 4 期平均 {avg}）"},
    "stale_mark": {"en": "data ends {date}", "zh": "数据截至 {date}"},
    "hot_post": {"en": "Post", "zh": "内容"},
    "usual": {"en": "Account's usual", "zh": "账号常态"},
    "times_usual": {"en": "× usual", "zh": "× 常态"},
    "target": {"en": "Target", "zh": "目标"},
    "actual": {"en": "Actual so far", "zh": "目前实际"},
    "target_period": {"en": "For", "zh": "周期"},
    "pace": {"en": "Pace", "zh": "进度"},
    "needed_per_day": {"en": "Needed per day", "zh": "每日还需"},
    "status_on_track": {"en": "on track", "zh": "符合进度"},
    "status_behind": {"en": "behind", "zh": "落后"},
    "status_achieved": {"en": "achieved", "zh": "已达成"},
    "status_missed": {"en": "missed", "zh": "未达成"},
    "status_unknown": {"en": "not known", "zh": "未知"},
    "interactions_axis": {"en": "Interactions", "zh": "互动"},
    "chart_weekly_interactions": {"en": "Interactions week by week (darker: this week; numbers: events)",
                                  "zh": "每周互动（深色：本周；数字：事件）"},
    "weekly_review.freshness.stale": {
        "en": "{name}'s data ends {date}, {n} days before the period's end: its figures cover part of the period and are "
              "listed last; download its latest export.",
        "zh": "{name}的数据截至 {date}，比本期结束早 {n} 天：其数据只覆盖本期的一部分，排在最后；请下载最新导出。",
    },
    "nsr_previous": {"en": "NSR, previous", "zh": "上期净情感度"},
    "weekly_review.audience.unanswered": {
        "en": "{name} has {n} complaints unanswered for more than {hours} hours at the period's end: answer them first.",
        "zh": "{name}在本期结束时有 {n} 条投诉超过 {hours} 小时未回复：请优先处理。",
    },
    "weekly_review.audience.nsr_fell": {
        "en": "{name}'s net sentiment fell to {nsr} from {previous}.",
        "zh": "{name}的净情感度由 {previous} 降至 {nsr}。",
    },
    "weekly_review.audience.not_crawled": {
        "en": "No comments were crawled for {names}: what their audience says is not available.",
        "zh": "{names}没有抓取评论：其受众声音无法统计。",
    },
    "weekly_review.audience.none": {
        "en": "No account's comments were crawled: load a crawler's comments file (e.g. MediaCrawler's *_comments_*) to see "
              "what the audience says.",
        "zh": "没有任何账号的评论数据：导入爬虫的评论文件（如 MediaCrawler 的 *_comments_*）即可查看受众声音。",
    },
    "weekly_review.freshness.all_fresh": {
        "en": "Every account's data covers the whole period.",
        "zh": "所有账号的数据都覆盖了整个周期。",
    },
    "weekly_review.accounts.moved_most": {
        "en": "{name} moved most: {moved}.",
        "zh": "{name}变化最大：{moved}。",
    },
    "weekly_review.accounts.lost_followers": {
        "en": "{name} lost followers on balance: {net} (the 4 periods before averaged {avg}).",
        "zh": "{name}净流失粉丝 {net}（前 4 期平均为 {avg}）。",
    },
    "weekly_review.accounts.against_usual": {
        "en": "{name}: interactions {v}, {pct} against its average of the 4 periods before ({avg}).",
        "zh": "{name}：互动 {v}，较前 4 期平均（{avg}）{pct}。",
    },
    "weekly_review.hot_posts.found": {
        "en": "Hot post on {name}: “{title}”, {v} interactions, {mult}× the account's usual post.",
        "zh": "{name}热帖：“{title}”，互动 {v}，为账号常态的 {mult} 倍。",
    },
    "weekly_review.hot_posts.none": {
        "en": "No post stood out: none passed its account's median plus {k} robust deviations.",
        "zh": "本期没有热帖：没有内容超过账号中位数加 {k} 个稳健标准差。",
    },
    "weekly_review.hot_posts.too_few": {
        "en": "Too few posts in 90 days to know what is usual, so not checked: {names}.",
        "zh": "近 90 天内容太少、无法判断常态，未检查：{names}。",
    },
    "weekly_review.targets.none": {
        "en": "No targets for these accounts in this period (a targets table gives 达成率 and pacing).",
        "zh": "这些账号本期没有目标（提供目标表即可显示达成率与进度）。",
    },
    "weekly_review.targets.behind": {
        "en": "{name} is behind on {metric}: {actual} of {target} for {period} ({achieved}); the {days} days left need {need} a day.",
        "zh": "{name}的{metric}落后于进度：{period} 目标 {target}，目前 {actual}（{achieved}）；剩余 {days} 天每天需 {need}。",
    },
    "weekly_review.targets.below": {
        "en": "{name} is below its {metric} target for {period}: {actual} against {target} ({achieved}).",
        "zh": "{name}的{metric}低于 {period} 目标：目前 {actual}，目标 {target}（{achieved}）。",
    },
    "weekly_review.targets.level_met": {
        "en": "{name}'s {metric} is {actual} against a target of {target} for {period}.",
        "zh": "{name}的{metric}为 {actual}，{period} 目标为 {target}。",
    },
    "weekly_review.targets.on_track": {
        "en": "{name} is on track for {metric}: {actual} of {target} for {period} ({achieved}).",
        "zh": "{name}的{metric}符合进度：{period} 目标 {target}，目前 {actual}（{achieved}）。",
    },
    "weekly_review.targets.achieved": {
        "en": "{name} reached its {metric} target for {period}: {actual} of {target} ({achieved}).",
        "zh": "{name}已达成 {period} 的{metric}目标：{actual} / {target}（{achieved}）。",
    },
    "weekly_review.targets.missed": {
        "en": "{name} missed its {metric} target for {period}: {actual} of {target} ({achieved}).",
        "zh": "{name}未达成 {period} 的{metric}目标：{actual} / {target}（{achieved}）。",
    },
    "weekly_review.trend.events": {
        "en": "{n} events fall in these weeks; each is numbered on the chart where it happened.",
        "zh": "这几周共有 {n} 个事件，图中按编号标在发生的位置。",
    },
    "weekly_review.trend.no_events": {
        "en": "No events recorded in these weeks (an events table explains spikes where they are drawn).",
        "zh": "这几周没有记录事件（提供事件表即可在图上标注波动的原因）。",
    },
}
