"""The words of the competitor comparison, in ``en`` and ``zh`` (looked up with ``report.strings.t``)."""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "ours": {"en": "ours", "zh": "我方"},
    "no_sample": {"en": "no follower sample", "zh": "无粉丝样本"},
    "component": {"en": "Component", "zh": "分项"},
    "weight": {"en": "Weight", "zh": "权重"},
    "scores_0_at": {"en": "Scores 0 at", "zh": "0 分对应"},
    "scores_100_at": {"en": "Scores 100 at", "zh": "100 分对应"},
    "index_made_of": {"en": "How the index is made: weights and fixed reference points (the same in any set of accounts)",
                      "zh": "指数构成：权重与固定参照点（在任何对比组中相同）"},
    "engagement_per_follower": {"en": "Engagement per follower", "zh": "粉丝互动"},
    "growth": {"en": "Growth (per 30 days)", "zh": "增长（每 30 天）"},
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
    "follower_index_axis": {"en": "Followers, first day = 100", "zh": "粉丝数（首日 = 100）"},
    "error_needs_accounts_table": {
        "en": "choosing competitors needs an accounts table (platform and role of each account)",
        "zh": "选择竞品需要账号表（每个账号的平台与角色）"},
    "error_competitor_unknown": {"en": "competitor(s) not in the accounts table: {unknown}; known: {known}",
                                 "zh": "账号表中没有这些竞品：{unknown}；已有账号：{known}"},
    "error_other_platform": {
        "en": "{listed} not on {platform} like {ours}: reposts, reads and likes are counted differently on each "
              "platform, so they are not compared. Accounts on {platform}: {same}",
        "zh": "{listed} 与 {ours} 不在同一平台（{platform}）：各平台转发、阅读与点赞的口径不同，不做比较。"
              "{platform} 上的账号：{same}"},
    "error_weights_format": {"en": "index weights must look like 'reach=0.2,growth=0.3', not {value}",
                             "zh": "指数权重应写作 'reach=0.2,growth=0.3'，而不是 {value}"},
    "error_weights_unknown": {"en": "unknown index component(s): {unknown}; use {known}",
                              "zh": "未知的指数成分：{unknown}；可用：{known}"},
    "error_weights_negative": {"en": "index weights must be non-negative and not all zero",
                               "zh": "指数权重不能为负，也不能全为零"},
    "index_name_wci": {"en": "WCI v14.2", "zh": "WCI（v14.2）"},
    "index_name_bci": {"en": "BCI", "zh": "BCI"},
    "wci_O": {"en": "O (overall, per day)", "zh": "O（整体，日均）"},
    "wci_A": {"en": "A (per article)", "zh": "A（篇均）"},
    "wci_H": {"en": "H (headlines, per day)", "zh": "H（头条，日均）"},
    "wci_P": {"en": "P (peak article)", "zh": "P（峰值）"},
    "bci_W1": {"en": "W1 (activity: posts)", "zh": "W1（活跃度：发博数）"},
    "bci_W2": {"en": "W2 (spread: reposts, comments, likes)", "zh": "W2（传播度：转发、评论、点赞）"},
    "published_index": {"en": "Published index", "zh": "公开指数"},
    "sensitivity": {"en": "Each weight ±20%: does the ranking move?", "zh": "各权重 ±20%：排名是否变化"},
    "weight_change": {"en": "Change", "zh": "变动"},
    "ranking_moves": {"en": "Ranking", "zh": "排名"},
    "stable": {"en": "stable", "zh": "不变"},
    "index_value": {"en": "Value", "zh": "数值"},
    "index_inputs_missing": {"en": "needs {c}", "zh": "缺少 {c}"},
    "index_axis": {"en": "Index (0–100 against fixed reference points)", "zh": "指数（0–100，按固定参照点）"},
    # readings: one entry per thing a reading can say (report.findings.Finding keys)
    "competitors.side_by_side.rankings": {
        "en": "By raw engagement per post: {raw}. Per 1,000 followers: {norm}.",
        "zh": "按单条互动原始值：{raw}。按每千粉丝互动：{norm}。",
    },
    "competitors.side_by_side.no_competitors": {
        "en": "No competitors to compare with on this platform in the data: the figures are ours alone.",
        "zh": "数据中没有同平台的竞品，以下仅为我方数据。",
    },
    "competitors.side_by_side.size_flatters": {
        "en": "Raw counts flatter size: {a} leads on raw engagement, but {b} gets the most out of each follower.",
        "zh": "原始数值偏向大号：{a} 原始互动领先，但 {b} 单位粉丝的互动最高。",
    },
    "competitors.side_by_side.no_posts": {
        "en": "No posts in the period (per-post figures not available): {s}.",
        "zh": "本期没有发布（单条指标暂无）：{s}。",
    },
    "competitors.normalized.no_peers": {
        "en": "Nothing to normalise against: no peers in the set.",
        "zh": "对比组中没有竞品，无需归一化。",
    },
    "competitors.normalized.better_than_size": {
        "en": "does better than its size explains",
        "zh": "表现超出其规模",
    },
    "competitors.normalized.worse_than_size": {
        "en": "does worse than its size would predict",
        "zh": "表现不及其规模应有水平",
    },
    "competitors.normalized.in_line_with_size": {
        "en": "performs in line with its size",
        "zh": "表现与规模相当",
    },
    "competitors.normalized.multiples": {
        "en": "{a}: {f}× our followers, {e}× our engagement per post: efficiency {eff}, it {v}.",
        "zh": "{a}：粉丝为我方 {f} 倍，单条互动为我方 {e} 倍，效率 {eff}，{v}。",
    },
    "competitors.normalized.no_efficiency": {
        "en": "{a}: efficiency not available (missing followers or posts).",
        "zh": "{a}：缺少粉丝或发布数据，无法计算效率。",
    },
    "competitors.quality_comparison.zombie_range": {
        "en": "Zombie share (followers with < 10 followers): highest at {a} ({z}), lowest at {b} ({y}).",
        "zh": "僵尸粉占比（自身粉丝 < 10）：{a} 最高（{z}），{b} 最低（{y}）。",
    },
    "competitors.quality_comparison.no_samples": {
        "en": "No follower samples: follower quality is not available for any account.",
        "zh": "没有粉丝样本，无法评估任何账号的粉丝质量。",
    },
    "competitors.quality_comparison.per_effective_follower": {
        "en": ("Per 1,000 effective followers (followers × share 10–500): {order}. Much of a big "
               "account's gap in per-follower engagement is followers who are not really there."),
        "zh": "按每千有效粉丝（粉丝 × 10–500 占比）：{order}。大号单位粉丝互动偏低，很大程度上是因为不少粉丝并非真实活跃用户。",
    },
    "competitors.quality_comparison.without_sample": {
        "en": "No follower sample (not guessed): {s}.",
        "zh": "无粉丝样本（不做估计）：{s}。",
    },
    "competitors.strategy.no_posts": {
        "en": "No posts to compare strategies on.",
        "zh": "没有可比较的内容。",
    },
    "competitors.strategy.posts_per_day": {
        "en": "Posts per day: {s}.",
        "zh": "日均发布：{s}。",
    },
    "competitors.strategy.busiest_hour": {
        "en": "Busiest hour: {s}.",
        "zh": "最常发布的时段：{s}。",
    },
    "competitors.strategy.video_share": {
        "en": "Video share of posts: {s}.",
        "zh": "视频占比：{s}。",
    },
    "competitors.momentum.share_of_voice": {
        "en": "Share of voice: {s}.",
        "zh": "声量份额：{s}。",
    },
    "competitors.momentum.no_mentions": {
        "en": "No mentions data: share of voice is not available.",
        "zh": "无提及数据，无法计算声量份额。",
    },
    "competitors.momentum.follower_growth": {
        "en": "Follower growth over the period: {s}.",
        "zh": "期内粉丝增长：{s}。",
    },
    "competitors.platform_figures.none": {
        "en": "No account's data carries the platform's own figures; the counts above are the comparison.",
        "zh": "各账号数据都不含平台专属指标，以上计数即为比较依据。",
    },
    "competitors.platform_figures.lead": {
        "en": "{m}: we lead at {ours}.",
        "zh": "{m}：我方领先，为 {ours}。",
    },
    "competitors.platform_figures.trail": {
        "en": "{m}: {a} leads at {v}; we are at {ours}.",
        "zh": "{m}：{a} 领先，为 {v}；我方为 {ours}。",
    },
    "competitors.side_by_side.not_carried": {
        "en": "Not in any account's data, so not compared: {names}.",
        "zh": "各账号数据均不含，因此不作比较：{names}。",
    },
    "competitors.platform_figures.not_carried": {
        "en": "Not in any account's data: {names}.",
        "zh": "各账号数据均不含：{names}。",
    },
    "competitors.index.stable": {
        "en": "The ranking holds when any one weight moves by ±20%: it does not hang on the choice of weights.",
        "zh": "任一权重变动 ±20%，排名都不变：结论不取决于权重的选择。",
    },
    "competitors.index.moves": {
        "en": "The ranking hangs on the weights: {s}. Read those places as close, not settled.",
        "zh": "排名受权重影响：{s}。这些名次应视为接近，而非定论。",
    },
    "competitors.published_index.none": {
        "en": "No published index covers this platform; the composite index above is the comparison.",
        "zh": "该平台没有公开的传播指数，以上综合指数即为比较依据。",
    },
    "competitors.published_index.ranking": {
        "en": "{name}, computed exactly as published: {s}.",
        "zh": "{name}（按公开公式计算）：{s}。",
    },
    "competitors.published_index.missing": {
        "en": "{name} for {a} needs {c}, which the data lacks: not computed rather than guessed.",
        "zh": "{a} 的 {name}需要{c}，数据中没有：不作估算。",
    },
    "competitors.published_index.stable": {
        "en": "Its ranking holds when any one component weight moves by ±20%.",
        "zh": "任一分项权重变动 ±20%，其排名都不变。",
    },
    "competitors.published_index.moves": {
        "en": "Its ranking hangs on the weights: {s}.",
        "zh": "其排名受权重影响：{s}。",
    },
    "competitors.index.ranking": {
        "en": "Ranking: {s}.",
        "zh": "排名：{s}。",
    },
    "competitors.index.not_available": {
        "en": "The index is not available: no component could be computed.",
        "zh": "无法计算综合指数。",
    },
    "competitors.index.carried_by": {
        "en": "{a}: carried most by {c}.",
        "zh": "{a}：主要得分来自{c}。",
    },
    "competitors.index.largest_gap": {
        "en": "Our largest gap to {a} is {c}.",
        "zh": "我方与 {a} 差距最大的是{c}。",
    },
    "competitors.index.scored_without": {
        "en": "{a}: scored without {c} (not in the data).",
        "zh": "{a}：缺少{c}，按其余分项计分。",
    },
    "competitors.takeaways.no_peer": {
        "en": "No peer with comparable figures: no takeaways.",
        "zh": "没有可对比的竞品数据，暂无结论。",
    },
    "competitors.takeaways.peer_more_efficient": {
        "en": "{a} is more efficient than us (efficiency {e}): study its content before its volume.",
        "zh": "{a} 效率高于我方（{e}）：先学它的内容，而不是发布量。",
    },
    "competitors.takeaways.we_most_efficient": {
        "en": "We are the most efficient account in the set: no peer gets more engagement for its size.",
        "zh": "我方是对比组中效率最高的账号：没有竞品在同等规模下获得更多互动。",
    },
    "competitors.takeaways.weakest": {
        "en": "Where we trail most: {m}, {c} against {b} at {a} (we rank {r} of {n}).",
        "zh": "我方差距最大之处：{m}，我方 {c}（在 {n} 个账号中排第 {r}），{a} 为 {b}。",
    },
    "competitors.takeaways.peer_posts_more": {
        "en": "{a} posts {b} a day against our {c}.",
        "zh": "{a} 日均发布 {b} 条，我方 {c} 条。",
    },
    "competitors.takeaways.peer_grew_faster": {
        "en": "{a} grew faster: {b} against our {c}.",
        "zh": "{a} 增长更快：{b}，我方 {c}。",
    },
    "competitors.takeaways.more_zombies": {
        "en": "Our audience holds more zombie followers ({c} against {b}): clean-up or better targeting would help.",
        "zh": "我方僵尸粉占比更高（{c}，对方 {b}）：可清理或改进投放定向。",
    },
    "competitors.takeaways.peer_more_video": {
        "en": "{a} puts {b} of its posts into video; we put {c}.",
        "zh": "{a} 的视频占比 {b}，我方 {c}。",
    },
    "competitors.takeaways.peer_topic_gap": {
        "en": "{a} gives more room to “{t}” ({b} of posts against our {c}).",
        "zh": "{a} 更多发布“{t}”（占 {b}，我方 {c}）。",
    },
}
