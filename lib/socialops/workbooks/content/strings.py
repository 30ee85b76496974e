"""The words of content performance, in ``en`` and ``zh`` (looked up with ``report.strings.t``)."""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "posts_axis": {"en": "Posts", "zh": "发布数"},
    "median_engagement_rate": {"en": "Median engagement rate", "zh": "互动率中位数"},
    "median": {"en": "Median", "zh": "中位数"},
    "median_previous": {"en": "Median (previous)", "zh": "上期中位数"},
    "tier": {"en": "Tier", "zh": "档位"},
    "share_posts": {"en": "Share of posts", "zh": "内容占比"},
    "share_interactions": {"en": "Share of interactions", "zh": "互动占比"},
    "lower_bounds": {"en": "10万+ (lower bounds)", "zh": "10万+（下限）"},
    "times_median": {"en": "×\u00a0median", "zh": "×\u00a0中位数"},  # one unit: the header never breaks inside it
    "group": {"en": "Group", "zh": "分组"},
    "median_rate": {"en": "Median engagement rate", "zh": "互动率中位数"},
    "interval": {"en": "95% interval", "zh": "95% 区间"},
    "too_few": {"en": "too few posts to judge", "zh": "样本过少，不作判断"},
    "best_by_rate": {"en": "Best by engagement rate", "zh": "互动率最高"},
    "worst_by_rate": {"en": "Weakest by engagement rate", "zh": "互动率最低"},
    "best_by_reads": {"en": "Most read", "zh": "阅读最高"},
    "worst_by_reads": {"en": "Least read", "zh": "阅读最低"},
    "slot": {"en": "Slot", "zh": "时段"},
    "week_of": {"en": "Week of", "zh": "周（起始日）"},
    "step": {"en": "Step", "zh": "环节"},
    "rate_from_reads": {"en": "Of reads", "zh": "占阅读"},
    "rate_from_previous": {"en": "Of the step before", "zh": "占上一环节"},
    "at_least": {"en": "at least", "zh": "至少"},
    "weekly": {"en": "Week by week", "zh": "逐周"},
    "monthly": {"en": "Month by month", "zh": "逐月"},
    "chart_tiers": {"en": "Share of posts and of interactions per tier", "zh": "各档位的内容占比与互动占比"},
    "chart_groups": {"en": "Median engagement rate with 95% interval (faded: too few posts)",
                     "zh": "互动率中位数与 95% 区间（浅色：样本过少）"},
    "chart_timing": {"en": "Median engagement rate by weekday and hour (numbers: posts)",
                     "zh": "按星期与时段的互动率中位数（数字：内容数）"},
    "chart_trends": {"en": "Weekly posts and engagement rate", "zh": "每周内容数与互动率"},
    "chart_funnel": {"en": "From reads to orders", "zh": "从阅读到订单"},
    "overall_median": {"en": "overall median", "zh": "整体中位数"},
    # readings: one entry per thing a reading can say (report.findings.Finding keys)
    "content.content_overview.no_posts": {
        "en": "No posts in this period: nothing to measure. The previous period had {p}.",
        "zh": "本期没有发布内容，无从衡量。上期发布 {p} 条。",
    },
    "content.content_overview.posts_without_reads": {
        "en": "{n} posts. The export gives no reads, so rates per read are not available; instead: {per} interactions per post.",
        "zh": "共 {n} 条内容。导出数据没有阅读数，无法计算按阅读的互动率；改用条均互动 {per}。",
    },
    "content.content_overview.posts_reads_rate": {
        "en": "{n} posts reached {reads} reads; engagement rate {rate} (median post {mrate}).",
        "zh": "{n} 条内容共获得 {reads} 次阅读；互动率 {rate}（单条中位数 {mrate}）。",
    },
    "content.content_overview.partial_interactions": {
        "en": "Interactions here are {parts} only: the export carries no {missing}.",
        "zh": "此处互动仅含{parts}：导出数据中没有{missing}。",
    },
    "content.content_overview.mean_above_median": {
        "en": ("Average reads per post ({mean}) sit well above the median ({median}): a few posts carried "
               "the period, so read the medians for the typical post."),
        "zh": "平均每条阅读（{mean}）远高于中位数（{median}）：少数内容撑起了整体，看典型内容请看中位数。",
    },
    "content.content_overview.lower_bound_reads": {
        "en": "{n} post(s) show reads as 10万+: counted as 100,001, so read totals are lower bounds.",
        "zh": "{n} 条内容阅读显示为“10万+”，按 100,001 计，阅读总数为下限。",
    },
    "content.content_overview.not_in_data": {
        "en": "Not available from this data: {s}.",
        "zh": "此数据无法给出：{s}。",
    },
    "content.content_overview.up": {
        "en": "Against the previous period, up: {s}.",
        "zh": "较上期上升：{s}。",
    },
    "content.content_overview.down": {
        "en": "Down: {s}.",
        "zh": "下降：{s}。",
    },
    "content.tiers.no_posts": {
        "en": "No posts to put in tiers.",
        "zh": "没有可分档的内容。",
    },
    "content.tiers.top_tier": {
        "en": "{tiering}: the highest tier any post reached ({tier}) holds {sp} of posts and carries {si} of interactions.",
        "zh": "{tiering}：本期内容达到的最高档（{tier}）占内容 {sp}，贡献互动 {si}。",
    },
    "content.tiers.top_tier_lower_bounds": {
        "en": "Posts in the top reads tier shown as 10万+ (lower bounds): {n}.",
        "zh": "最高阅读档中有 {n} 条为“10万+”（下限）。",
    },
    "content.top_posts.no_posts_with_reads": {
        "en": "No posts with reads in this period: best and worst posts are not available.",
        "zh": "本期没有带阅读数的内容，无法列出最佳与最差内容。",
    },
    "content.top_posts.best_by_rate": {
        "en": "Best engagement: “{title}” ({fmt}, {topic}) at {rate}, {mult}× the account's median.",
        "zh": "互动率最高：“{title}”（{fmt}，{topic}），{rate}，为账号中位数的 {mult} 倍。",
    },
    "content.top_posts.most_read": {
        "en": "Most read: “{title}” with {reads} reads, {mult}× the median.",
        "zh": "阅读最高：“{title}”，{reads} 次阅读，为中位数的 {mult} 倍。",
    },
    "content.top_posts.best_share_format": {
        "en": "{share} of the best posts by engagement are {fmt}.",
        "zh": "互动率最高的内容中 {share} 为{fmt}。",
    },
    "content.what_works.no_posts": {
        "en": "No posts in this period: nothing to compare.",
        "zh": "本期没有发布内容，无法比较。",
    },
    "content.what_works.only_one": {
        "en": "{dim}: every post in the period is {g}, so there is nothing to compare it with.",
        "zh": "{dim}：本期内容全部为{g}，没有可比较的对象。",
    },
    "content.what_works.nothing_to_compare": {
        "en": "Posts carry no format, topic or headline column: nothing to compare.",
        "zh": "内容没有体裁、主题或头条字段，无法比较。",
    },
    "content.what_works.headline_read_rate": {
        "en": "Headline read rate: {r} of followers read the headline ({n} headline posts).",
        "zh": "头条阅读率：{r}（{n} 篇头条）。",
    },
    "content.platform_signals.no_platform": {
        "en": "The account's platform is not in the accounts table, so no platform-specific figures are shown.",
        "zh": "账号表没有给出该账号的平台，因此不显示平台专属指标。",
    },
    "content.platform_signals.none_in_export": {
        "en": "The export carries none of {platform}'s own figures ({names}): only the counts above are read.",
        "zh": "导出数据不含{platform}的平台指标（{names}），只能解读上面的计数。",
    },
    "content.platform_signals.figures": {
        "en": "{platform}'s own figures this period: {figures}.",
        "zh": "{platform}平台指标：{figures}。",
    },
    "content.platform_signals.hook": {
        "en": "Openings: {held} of plays last past 5 seconds and {left} leave within 2 seconds; the first seconds decide the rest.",
        "zh": "开头：{held} 的播放看过 5 秒，{left} 在 2 秒内离开；前几秒决定了后面的表现。",
    },
    "content.platform_signals.openings": {
        "en": "Strongest opening: “{best}” ({b} of plays past 5 seconds); weakest: “{worst}” ({w}).",
        "zh": "开头最强：“{best}”（{b} 的播放看过 5 秒）；最弱：“{worst}”（{w}）。",
    },
    "content.platform_signals.openings_by": {
        "en": "By {dim}: {top} holds best past 5 seconds ({t}), {low} least ({l}).",
        "zh": "按{dim}：{top} 的 5 秒完播最好（{t}），{low} 最差（{l}）。",
    },
    "content.platform_signals.skewed_above": {
        "en": "{m} is {v} over the period but {med} for the median post: a few posts carry the figure.",
        "zh": "{m}全期为 {v}，但中位数内容只有 {med}：少数内容拉高了整体。",
    },
    "content.platform_signals.skewed_below": {
        "en": "{m} is {v} over the period against {med} for the median post: the posts with the largest base do worse than most.",
        "zh": "{m}全期为 {v}，中位数内容为 {med}：基数最大的内容表现不如多数内容。",
    },
    "content.platform_signals.moved": {
        "en": "Against the previous period: {s}.",
        "zh": "较上期：{s}。",
    },
    "content.platform_signals.not_in_export": {
        "en": "Not in this export: {names}. The back end shows them; a download that carries them adds them here.",
        "zh": "本次导出不含：{names}。后台可以看到这些指标，导出时带上即可在此显示。",
    },
    "content.traffic_sources.no_table": {
        "en": "The data has no traffic table (流量分析) for this account: where reads come from is not known.",
        "zh": "数据中没有该账号的流量分析表：无法得知阅读来自哪里。",
    },
    "content.traffic_sources.no_reads": {
        "en": "The traffic table has no reads in this period.",
        "zh": "流量分析表在本期没有阅读数据。",
    },
    "content.traffic_sources.channels": {
        "en": "Most reads came from {s}.",
        "zh": "阅读主要来自：{s}。",
    },
    "content.traffic_sources.recommended": {
        "en": "The platform's recommendation brought {v} of reads: the algorithm's verdict on the content.",
        "zh": "平台推荐带来了 {v} 的阅读：这是算法对内容的评价。",
    },
    "content.traffic_sources.recommended_up": {
        "en": "The recommendation's share rose: {moved}. The algorithm is showing the content to more people who do not follow.",
        "zh": "推荐流量占比上升：{moved}。算法正把内容推给更多非粉丝。",
    },
    "content.traffic_sources.recommended_down": {
        "en": "The recommendation's share fell: {moved}. Reads lean more on followers; the algorithm picks the content up less.",
        "zh": "推荐流量占比下降：{moved}。阅读更多依赖粉丝，算法推荐减少。",
    },
    "content.tag_effects.no_tags": {
        "en": "No post carries a tag (#话题#, a tag list) or an @-mention: nothing to compare.",
        "zh": "内容中没有话题（#话题#、标签）或 @提及：无可比较。",
    },
    "content.tag_effects.on_interactions": {
        "en": "The export gives no reads: tags are compared on interactions per post.",
        "zh": "导出数据没有阅读数：话题按单条互动数比较。",
    },
    "content.tag_effects.tagged": {
        "en": "{k} of {n} posts carry at least one tag ({share}); a post with several tags counts once under each.",
        "zh": "{n} 条内容中有 {k} 条带至少一个话题（{share}）；带多个话题的内容在每个话题下各计一次。",
    },
    "content.tag_effects.tag_leads": {
        "en": "#{tag}# goes with better posts: median {v} against {o} for the account ({n} posts, 95% interval {lo}–{hi}).",
        "zh": "#{tag}# 的内容表现更好：中位数 {v}，账号整体为 {o}（{n} 条，95% 区间 {lo}–{hi}）。",
    },
    "content.tag_effects.tag_lags": {
        "en": "#{tag}# goes with weaker posts: median {v} against {o} for the account ({n} posts, 95% interval {lo}–{hi}).",
        "zh": "#{tag}# 的内容表现较弱：中位数 {v}，账号整体为 {o}（{n} 条，95% 区间 {lo}–{hi}）。",
    },
    "content.tag_effects.mention": {
        "en": "Posts that @-mention {m}: median {v} against {w} for the rest ({n} posts).",
        "zh": "@{m} 的内容：中位数 {v}，其余内容为 {w}（{n} 条）。",
    },
    "content.tag_effects.too_few": {
        "en": "{n} tags are on too few posts to judge; they are listed, not ranked.",
        "zh": "{n} 个话题涉及的内容太少，只列出、不评判。",
    },
    "content.timing.slot_figures": {"en": "{r}, n={n}", "zh": "{r}，{n} 条"},
    "posts_n": {"en": "n={n}", "zh": "{n} 条"},
    "channel": {"en": "Channel", "zh": "渠道"},
    "tag": {"en": "Tag", "zh": "话题"},
    "most_interactions": {"en": "Most interactions", "zh": "互动最多"},
    "fewest_interactions": {"en": "Fewest interactions", "zh": "互动最少"},
    "median_interactions": {"en": "Median interactions per post", "zh": "条均互动中位数"},
    "interactions_per_post_axis": {"en": "Interactions per post (median)", "zh": "条均互动（中位数）"},
    "chart_groups_interactions": {"en": "Median interactions per post with 95% interval (faded: too few posts)",
                                  "zh": "条均互动中位数与 95% 区间（浅色：样本过少）"},
    "chart_timing_interactions": {"en": "Median interactions per post by weekday and hour (numbers: posts)",
                                  "zh": "按星期与时段的条均互动中位数（数字：内容数）"},
    "chart_trends_interactions": {"en": "Weekly posts and interactions per post", "zh": "每周内容数与条均互动"},
    "content.tiers.no_reads": {
        "en": "No post carries reads, so posts are tiered by reposts alone.",
        "zh": "内容都没有阅读数，因此只按转发分档。",
    },
    "content.top_posts.on_interactions": {
        "en": "The export gives no reads: posts are ranked by their interactions, against the account's median post.",
        "zh": "导出数据没有阅读数：内容按互动数排名，并与账号中位数内容对比。",
    },
    "content.top_posts.most_interactions": {
        "en": "Most interactions: “{title}” ({fmt}, {topic}) with {v}, {mult}× the account's median post.",
        "zh": "互动最多：“{title}”（{fmt}，{topic}），{v} 次互动，为账号中位数内容的 {mult} 倍。",
    },
    "content.what_works.on_interactions": {
        "en": "The export gives no reads: formats and topics are compared on median interactions per post.",
        "zh": "导出数据没有阅读数：体裁与主题按条均互动中位数比较。",
    },
    "content.timing.on_interactions": {
        "en": "The export gives no reads: slots are compared on median interactions per post.",
        "zh": "导出数据没有阅读数：各时段按条均互动中位数比较。",
    },
    "content.trends.last_week_interactions": {
        "en": "Last week (from {d}): {p} posts, {v} interactions per post ({c} week over week).",
        "zh": "最近一周（{d} 起）：{p} 条内容，条均互动 {v}（环比 {c}）。",
    },
    "content.trends.this_month_interactions": {
        "en": "This month: {v} interactions per post ({c} month over month), {p} posts ({pc}).",
        "zh": "本月：条均互动 {v}（环比 {c}），内容 {p} 条（{pc}）。",
    },
    "age_24h": {"en": "24 hours", "zh": "24 小时"},
    "age_7d": {"en": "7 days", "zh": "7 天"},
    "same_age_table": {"en": "The period's posts and the previous period's, each at the same age",
                       "zh": "本期与上期内容，在相同发布时长下对比"},
    "fastest_starts": {"en": "Fastest starts (most reads in the first 24 hours)", "zh": "起量最快（发布 24 小时阅读最高）"},
    "posts_with_reading": {"en": "Posts with the figure", "zh": "有该数据的内容"},
    "reads_at_24h": {"en": "Reads at 24 h", "zh": "24 小时阅读"},
    "reads_at_7d": {"en": "Reads at 7 days", "zh": "7 天阅读"},
    "under_7_days": {"en": "not 7 days old", "zh": "未满 7 天"},
    "lifetime_reads": {"en": "Reads when last read", "zh": "最后读数时的阅读"},
    "age_when_read": {"en": "Age then (days)", "zh": "当时发布天数"},
    "content.same_age.no_posts": {
        "en": "No posts in this period to compare at the same age.",
        "zh": "本期没有内容，无法做同龄对比。",
    },
    "content.same_age.against_previous": {
        "en": "At {age} the median post had {reads} reads against {prev} for the previous period's posts at the same age "
              "({change}), over the {n} of {of} posts with a reading then; {moved}.",
        "zh": "发布后 {age}，中位数内容阅读 {reads}，上期内容同龄时为 {prev}（{change}），统计 {of} 条中有该时点读数的 {n} 条；{moved}。",
    },
    "content.same_age.no_previous": {
        "en": "At {age} the median post had {reads} reads and an engagement rate of {rate}, over the {n} of {of} posts with a "
              "reading then; the previous period's posts have no readings at that age to compare with.",
        "zh": "发布后 {age}，中位数内容阅读 {reads}，互动率 {rate}（统计 {of} 条中有该时点读数的 {n} 条）；上期内容没有该时点的读数可比。",
    },
    "content.same_age.fastest": {
        "en": "Fastest start: “{title}”, {reads} reads in its first 24 hours, {mult}× the period's median post at that age.",
        "zh": "起量最快：“{title}”，发布 24 小时阅读 {reads}，为本期同龄中位数的 {mult} 倍。",
    },
    "content.same_age.too_young": {
        "en": "{n} of the period's posts were under 7 days old at their last reading: their 7-day figures are not in yet.",
        "zh": "本期有 {n} 条内容在最后一次读数时发布未满 7 天，7 天数据尚未产生。",
    },
    "content.same_age.left_out": {
        "en": "A post without readings either side of an age (at most 24 hours apart) is left out of that age's figures, "
              "never counted as zero.",
        "zh": "在某一时点前后没有读数（两次读数相距不超过 24 小时）的内容不计入该时点的数据，也不按零计算。",
    },
    "content.same_age.lifetime": {
        "en": "Every other section compares lifetime totals as last read, when this period's posts were {young} to {old} days old.",
        "zh": "其他各节比较的是最后一次读数时的累计数据，彼时本期内容已发布 {young} 至 {old} 天。",
    },
    "content.same_age.lifetime_only": {
        "en": "The data holds one reading per post, so posts cannot be compared at the same age: the report compares lifetime "
              "totals, read when this period's posts were {young} to {old} days old. Ingesting each day's export keeps "
              "every reading and makes the comparison possible.",
        "zh": "数据中每条内容只有一次读数，无法做同龄对比：本报告比较的是累计数据，读数时本期内容已发布 {young} 至 {old} 天。"
              "每天导入导出文件即可保留每次读数，实现同龄对比。",
    },
    "content.same_age.undated": {
        "en": "The data does not say when its figures were read, so the report compares lifetime totals of posts at least "
              "{young} to {old} days old (their ages at the period's end).",
        "zh": "数据没有注明读数时间，因此本报告比较的是累计数据；按期末计算，这些内容至少已发布 {young} 至 {old} 天。",
    },
    "content.same_age.some_undated": {
        "en": "For {n} of the period's posts the data does not say when their figures were read.",
        "zh": "本期有 {n} 条内容的数据没有注明读数时间。",
    },
    "openings_dim_format_label": {"en": "the platform's format", "zh": "平台体裁"},
    "openings_dim_topic": {"en": "topic", "zh": "主题"},
    "openings_dim_duration_band": {"en": "length", "zh": "视频时长"},
    "openings_title": {"en": "Openings by {dim}", "zh": "按{dim}的开头表现"},
    "best_openings": {"en": "Strongest openings", "zh": "开头最强的视频"},
    "worst_openings": {"en": "Weakest openings", "zh": "开头最弱的视频"},
    "mentioned": {"en": "@-mentioned", "zh": "@提及"},
    "median_with": {"en": "Median with it", "zh": "含该项中位数"},
    "median_without": {"en": "Median without it", "zh": "不含该项中位数"},
    "channel_all": {"en": "all channels", "zh": "全部"},
    "channel_message": {"en": "the push message", "zh": "公众号消息"},
    "channel_chat": {"en": "chats", "zh": "聊天会话"},
    "channel_moments": {"en": "Moments", "zh": "朋友圈"},
    "channel_recommended": {"en": "recommendation", "zh": "推荐"},
    "channel_search": {"en": "search", "zh": "搜一搜"},
    "channel_profile": {"en": "the profile page", "zh": "公众号主页"},
    "channel_other": {"en": "other", "zh": "其他"},
    "share_of_reads": {"en": "Share of reads", "zh": "阅读占比"},
    "previous_share": {"en": "Previous share", "zh": "上期占比"},
    "chart_traffic": {"en": "Share of reads by channel, week by week", "zh": "各渠道阅读占比（按周）"},
    "platform_signals_caption": {"en": "{period}; rates weighted by the plays or reads they apply to, the median post beside",
                                 "zh": "{period}；比率按其对应的播放或阅读加权，旁列单条中位数"},
    "posts_with_figure": {"en": "Posts with it", "zh": "有该数据的内容数"},
    "median_post": {"en": "Median post", "zh": "单条中位数"},
    "content.what_works.headline_read_rate_moved": {
        "en": "Headline read rate: {r} of followers read the headline ({n} headline posts); against the previous period: {moved}.",
        "zh": "头条阅读率：{r}（{n} 篇头条）；较上期：{moved}。",
    },
    "content.what_works.clear_leader": {
        "en": "{dim}: {g} clearly leads with a median engagement rate of {r} (95% interval {lo}–{hi}, {n} posts) against {o} overall.",
        "zh": "{dim}：{g} 明显领先，互动率中位数 {r}（95% 区间 {lo}–{hi}，{n} 条），整体为 {o}。",
    },
    "content.what_works.too_few_posts": {
        "en": "{dim}: too few posts to judge {g}.",
        "zh": "{dim}：{g} 样本过少，不作判断。",
    },
    "content.what_works.ahead_not_clear": {
        "en": "{dim}: {g} is ahead on median ({r}) but its interval overlaps the overall median: no clear winner yet.",
        "zh": "{dim}：{g} 中位数领先（{r}），但区间与整体中位数重叠，尚无明确优胜者。",
    },
    "content.timing.best_slots": {
        "en": "Best slots (median engagement, 3+ posts each): {s}.",
        "zh": "最佳时段（互动率中位数，每格至少 3 条）：{s}。",
    },
    "content.timing.slots_in_active_hours": {
        "en": "{k} of {n} fall in the usual active hours ({hours}); the account posts most at {h}.",
        "zh": "{n} 个中有 {k} 个落在常见活跃时段（{hours}）；账号最常在 {h} 发布。",
    },
    "content.timing.dates_only": {
        "en": "The export gives publish dates without times, so no weekday-and-hour slot is recommended.",
        "zh": "导出数据只有发布日期、没有时间，因此不推荐发布时段。",
    },
    "content.timing.no_slot": {
        "en": "No weekday-and-hour slot has 3 or more posts with figures yet: no slot is recommended.",
        "zh": "没有任何时段积累 3 条以上有数据的内容，暂不推荐发布时段。",
    },
    "content.timing.slots_unused": {
        "en": "None of the best slots is an hour the account often uses: try moving some posts there.",
        "zh": "最佳时段都不是账号常用的发布时间：可尝试把部分内容移到这些时段。",
    },
    "content.trends.no_history": {
        "en": "Not enough history for trends.",
        "zh": "历史数据不足，无法看趋势。",
    },
    "content.trends.last_week": {
        "en": "Last week (from {d}): {p} posts, engagement rate {r} ({c} week over week); reads {rc}.",
        "zh": "最近一周（{d} 起）：{p} 条内容，互动率 {r}（环比 {c}）；阅读 {rc}。",
    },
    "content.trends.this_month": {
        "en": "This month: engagement rate {r} ({c} month over month), {p} posts ({pc}).",
        "zh": "本月：互动率 {r}（环比 {c}），内容 {p} 条（{pc}）。",
    },
    "content.trends.breakout": {
        "en": "Breakout: “{title}” reached {v} interactions per 1,000 followers, {z} standard deviations above the period's other posts.",
        "zh": "爆款：“{title}” 每千粉丝互动 {v}，高出本期其他内容 {z} 个标准差。",
    },
    "content.trends.no_breakout": {
        "en": "No breakout this period: the best post stood {z} standard deviations above the rest (a breakout needs 3).",
        "zh": "本期没有爆款：表现最好的内容仅高出其他内容 {z} 个标准差（爆款需 3 个）。",
    },
    "content.conversion.rates_per_read": {
        "en": "Over {n} posts that carry every step, per read: {s}.",
        "zh": "在 {n} 条各环节数据齐全的内容中，按阅读计：{s}。",
    },
    "content.conversion.no_funnel": {
        "en": "Posts carry no reads-to-orders columns: conversion is not available.",
        "zh": "内容缺少从阅读到订单的字段，无法计算转化。",
    },
    "content.conversion.orders_per_100_follows": {
        "en": "{r} orders for every 100 follows gained from posts.",
        "zh": "内容每带来 100 个关注，对应 {r} 个订单。",
    },
}
