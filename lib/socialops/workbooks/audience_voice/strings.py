"""The words of the audience voice workbook (评论洞察), in ``en`` and ``zh`` (looked up with ``report.strings.t``)."""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "comments_col": {"en": "Comments read", "zh": "已读取评论"},
    "discussed_post": {"en": "Post", "zh": "内容"},
    "most_discussed": {"en": "The posts that drew the most discussion", "zh": "讨论最多的内容"},
    "negative_col": {"en": "Negative", "zh": "负面"},
    "term": {"en": "Term", "zh": "词"},
    "said_now": {"en": "Comments saying it", "zh": "提及评论数"},
    "said_before": {"en": "Previous period", "zh": "上期"},
    "comment_text": {"en": "Comment", "zh": "评论"},
    "comment_likes": {"en": "Likes", "zh": "点赞"},
    "sentiment_col": {"en": "Sentiment", "zh": "情感"},
    "written_at": {"en": "Written", "zh": "发表时间"},
    "waiting_hours": {"en": "Hours waiting", "zh": "已等待（小时）"},
    "kind_col": {"en": "Kind", "zh": "类型"},
    "kind_question": {"en": "question", "zh": "提问"},
    "kind_complaint": {"en": "complaint", "zh": "投诉"},
    "sentiment_positive": {"en": "positive", "zh": "正面"},
    "sentiment_neutral": {"en": "neutral", "zh": "中性"},
    "sentiment_negative": {"en": "negative", "zh": "负面"},
    "group_col": {"en": "Group", "zh": "分组"},
    "interval_col": {"en": "95% interval", "zh": "95% 区间"},
    "dimension_format": {"en": "By format", "zh": "按体裁"},
    "dimension_topic": {"en": "By topic", "zh": "按主题"},
    "dimension_post_id": {"en": "Posts with the largest negative share", "zh": "负面占比最高的内容"},
    "tier_col": {"en": "Tier", "zh": "分层"},
    "tier_core": {"en": "core", "zh": "核心"},
    "tier_active": {"en": "active", "zh": "活跃"},
    "tier_one_off": {"en": "one-off", "zh": "一次性"},
    "tier_dormant": {"en": "dormant", "zh": "沉睡"},
    "tier_new": {"en": "new", "zh": "新用户"},
    "commenters_now": {"en": "Commenters now", "zh": "本期末人数"},
    "commenters_before": {"en": "At the previous period's end", "zh": "上期末人数"},
    "tier_comments": {"en": "Comments in the period", "zh": "本期评论数"},
    "tier_terms": {"en": "What they talk about", "zh": "常提到的词"},
    "moved_from": {"en": "From (previous end) → to (this end)", "zh": "从（上期末）→ 到（本期末）"},
    "rising_terms": {"en": "Rose", "zh": "上升"},
    "falling_terms": {"en": "Fell", "zh": "下降"},
    "most_said": {"en": "Most said", "zh": "提及最多"},
    "most_liked": {"en": "Most-liked comments", "zh": "点赞最多的评论"},
    "unanswered_heading": {"en": "Questions and complaints without a reply, oldest first", "zh": "尚未回复的提问与投诉（按时间先后）"},
    "care_table_caption": {"en": "Replies by the account, in business minutes (9:00–18:00 on working days)",
                           "zh": "账号回复情况，按工作时间分钟计（工作日 9:00–18:00）"},
    "all_comments": {"en": "All questions and comments", "zh": "全部评论"},
    "complaints_only": {"en": "Complaints", "zh": "投诉"},
    "chart_sentiment_days": {"en": "Comments per day by sentiment", "zh": "每日评论情感分布"},
    "chart_terms": {"en": "Terms that rose and fell (comments saying them per 1,000 comments, change)",
                    "zh": "上升与下降的词（每千条评论中提及的评论数变化）"},
    "chart_commenter_tiers": {"en": "Commenters by tier, at the end of each period", "zh": "各分层评论用户数（各期期末）"},
    "comments_axis": {"en": "Comments", "zh": "评论"},
    "audience_voice.volume.none": {
        "en": "No comments of this account were crawled: every figure below is not available (load the comments file "
              "of a crawl, e.g. MediaCrawler's *_comments_*.csv, with `socialops ingest`).",
        "zh": "没有该账号的评论数据：以下各项均无法计算（请用 `socialops ingest` 导入爬虫的评论文件，例如 MediaCrawler 的 *_comments_*.csv）。",
    },
    "audience_voice.volume.comments": {
        "en": "The audience wrote {n} comments this period ({change} on the previous); {per_post} per post.",
        "zh": "本期受众共发表 {n} 条评论（较上期 {change}），条均评论 {per_post}。",
    },
    "audience_voice.volume.partial": {
        "en": "The data ends on {last}, before the period does: the audience wrote {n} comments up to then ({per_post} per "
              "post), not compared with the whole previous period.",
        "zh": "数据截至 {last}，早于本期结束：截至该日受众共发表 {n} 条评论（条均 {per_post}），不与上期整期对比。",
    },
    "audience_voice.volume.most_discussed": {
        "en": "Most discussed: “{title}” with {n} comments.",
        "zh": "讨论最多的内容：“{title}”，{n} 条评论。",
    },
    "audience_voice.topics.rising": {
        "en": "Said more than in the previous period: {terms}.",
        "zh": "比上期提及更多的词：{terms}。",
    },
    "audience_voice.topics.falling": {
        "en": "Said less: {terms}.",
        "zh": "提及减少的词：{terms}。",
    },
    "audience_voice.topics.no_previous": {
        "en": "The previous period has no comments to compare terms with; the most said are listed.",
        "zh": "上期没有评论可供对比，仅列出本期提及最多的词。",
    },
    "audience_voice.mood.nsr": {
        "en": "Net sentiment {nsr} (95% interval {low} to {high}; previous period {previous}): {pos} positive, {neu} neutral, "
              "{neg} negative comments.",
        "zh": "净情感度 {nsr}（95% 区间 {low} 至 {high}；上期 {previous}）：正面 {pos} 条、中性 {neu} 条、负面 {neg} 条。",
    },
    "audience_voice.mood.negative_up": {
        "en": "The negative share rose to {share} from {previous}.",
        "zh": "负面占比由 {previous} 升至 {share}。",
    },
    "audience_voice.mood.drawn_up": {
        "en": "{dimension} “{group}” draws the negative share up: {share} of {n} comments (interval {low}–{high}) against {overall} overall.",
        "zh": "{dimension}“{group}”拉高了负面占比：{n} 条评论中 {share}（区间 {low}–{high}），整体为 {overall}。",
    },
    "audience_voice.mood.none_drawn_up": {
        "en": "No format or topic draws the negative share clearly above the period's (groups under {min} comments are never called).",
        "zh": "没有哪种体裁或主题的负面占比明显高于整体（少于 {min} 条评论的分组不做判断）。",
    },
    "audience_voice.mood.accuracy": {
        "en": "Sentiment is judged by a classifier measured at {accuracy} accuracy (macro-F1 {f1}) on {n} labelled comments it "
              "never saw: read shares as estimates, and single comments with care.",
        "zh": "情感由分类器判断，在 {n} 条未参与训练的标注评论上实测准确率 {accuracy}（宏平均 F1 {f1}）：占比为估计值，单条评论请谨慎看待。",
    },
    "audience_voice.care.reply": {
        "en": "The account replied to {rate} of {n} comments that start a thread; the median first reply came after {minutes} "
              "business minutes.",
        "zh": "在 {n} 条受众一级评论中，账号回复了 {rate}；首次回复时长中位数为 {minutes} 个工作分钟。",
    },
    "audience_voice.care.complaints": {
        "en": "{n} complaints and {q} questions; {rate} of the complaints got a reply, the median after {minutes} business minutes.",
        "zh": "投诉 {n} 条、提问 {q} 条；投诉回复率 {rate}，回复时长中位数 {minutes} 个工作分钟。",
    },
    "audience_voice.care.overdue": {
        "en": "{n} complaints have waited more than {hours} hours without a reply: answer them first (listed below, oldest first).",
        "zh": "有 {n} 条投诉超过 {hours} 小时仍未回复：请优先处理（见下表，按时间先后）。",
    },
    "audience_voice.care.none_overdue": {
        "en": "No complaint has waited more than {hours} hours without a reply.",
        "zh": "没有超过 {hours} 小时未回复的投诉。",
    },
    "audience_voice.care.no_replies": {
        "en": "The crawl holds none of the account's replies (or the accounts table has no platform_user_id for it), so reply "
              "rate and reply times are not available.",
        "zh": "抓取的数据中没有该账号的回复（或账号表缺少其 platform_user_id），因此回复率与回复时长无法计算。",
    },
    "audience_voice.care.calendar": {
        "en": "The official holiday calendar does not cover these dates: business minutes count Monday to Friday.",
        "zh": "官方节假日日历未覆盖这些日期：工作时间按周一至周五计算。",
    },
    "audience_voice.pyramid.tiers": {
        "en": "{core} core commenters (commented on {k}+ posts in 90 days; {core_before} at the previous period's end), "
              "{active} active, {one_off} one-off and {dormant} dormant.",
        "zh": "核心评论用户 {core} 人（90 天内评论过 {k} 条及以上内容；上期末 {core_before} 人），活跃 {active} 人，一次性 {one_off} 人，沉睡 {dormant} 人。",
    },
    "audience_voice.pyramid.core_lost": {
        "en": "No longer core: {n} of the previous period's core commenters; worth a look at what they last said.",
        "zh": "上期的核心评论用户中有 {n} 人本期不再是核心：值得看看他们最近说了什么。",
    },
    "audience_voice.pyramid.newcomers": {
        "en": "{n} people commented for the first time.",
        "zh": "{n} 人首次评论。",
    },
    "accuracy_measured": {"en": "{accuracy} accuracy, macro-F1 {f1}, on {n} held-out labelled comments (trained on {trained})",
                          "zh": "在 {n} 条留出的标注评论上准确率 {accuracy}、宏平均 F1 {f1}（训练用 {trained} 条）"},
    "core_share_col": {"en": "Core among the period's commenters", "zh": "本期评论者中核心用户占比"},
    "audience_voice.peers.against": {
        "en": "Against {name}: net sentiment {nsr} (theirs {their_nsr}), reply rate {reply} (theirs {their_reply}), "
              "core commenters {core} of the period's commenters (theirs {their_core}).",
        "zh": "与{name}相比：净情感度 {nsr}（对方 {their_nsr}），回复率 {reply}（对方 {their_reply}），本期评论者中核心用户占 {core}（对方 {their_core}）。",
    },
    "audience_voice.peers.not_crawled": {
        "en": "No comments were crawled for {names}: crawl their comments (MediaCrawler's creator mode) to compare audiences.",
        "zh": "没有抓取{names}的评论：用 MediaCrawler 的 creator 模式抓取其评论即可对比受众。",
    },
    "audience_voice.peers.none": {
        "en": "No competitor on this platform: there is no audience to compare with.",
        "zh": "本平台没有竞品账号：没有可对比的受众。",
    },
    "audience_voice.pyramid.none": {
        "en": "The comments carry no author, so commenters cannot be told apart into tiers.",
        "zh": "评论中没有作者信息，无法对评论用户分层。",
    },
}
