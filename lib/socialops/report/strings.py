"""Every user-facing string in ``en`` and ``zh``, in one place, plus number formatting."""
from __future__ import annotations

import math

LANGS = ("en", "zh")

STRINGS: dict[str, dict[str, str]] = {
    "not_available": {"en": "not available", "zh": "暂无数据"},
    "yes": {"en": "yes", "zh": "是"},
    "no": {"en": "no", "zh": "否"},
    "unknown": {"en": "unknown", "zh": "未知"},
    "metric": {"en": "Metric", "zh": "指标"},
    "current": {"en": "This period", "zh": "本期"},
    "previous": {"en": "Previous period", "zh": "上期"},
    "change": {"en": "Change", "zh": "变化"},
    "change_pct": {"en": "Change %", "zh": "变化率"},
    "note": {"en": "Note", "zh": "备注"},
    "formula": {"en": "Formula", "zh": "计算方式"},
    "source_columns": {"en": "Source columns", "zh": "数据来源列"},
    "glossary": {"en": "Glossary", "zh": "指标说明"},
    "findings": {"en": "Reading", "zh": "解读"},
    "period": {"en": "Period", "zh": "周期"},
    "compared_with": {"en": "compared with", "zh": "对比"},
    "generated": {"en": "Generated", "zh": "生成时间"},
    "account": {"en": "Account", "zh": "账号"},
    "contents": {"en": "Contents", "zh": "目录"},
    "all_reports": {"en": "All reports", "zh": "全部报告"},
    "partial": {"en": "{known} of {days} days recorded", "zh": "仅 {known}/{days} 天有记录"},
    "from_posts": {"en": "counted from the posts table", "zh": "按内容表统计"},
    "not_comparable": {"en": "no change shown: the two periods are counted from different tables (daily log and posts)",
                       "zh": "不计算变化：两期分别按日志与内容表统计，口径不同"},
    "weekday": {"en": "Weekday", "zh": "星期"},
    "hour": {"en": "Hour of day", "zh": "发布时段（点）"},
    "weekdays": {"en": "Mon,Tue,Wed,Thu,Fri,Sat,Sun", "zh": "周一,周二,周三,周四,周五,周六,周日"},
    "date": {"en": "Date", "zh": "日期"},
    "item": {"en": "Item", "zh": "项目"},
    "status": {"en": "Status", "zh": "状态"},
    "set": {"en": "set", "zh": "已设置"},
    "not_set": {"en": "missing", "zh": "未设置"},
    "what_to_fix": {"en": "What to do", "zh": "建议"},
    "share": {"en": "Share", "zh": "占比"},
    "band": {"en": "Band", "zh": "分档"},
    "sampled": {"en": "Sampled followers", "zh": "样本粉丝数"},
    "active_hours": {"en": "Usual active hours", "zh": "常见活跃时段"},
    "report_failed": {"en": "This report could not be completed", "zh": "报告未能生成"},
    # what loading noticed (socialops.problems.Notice)
    "notice_derived_ids": {"en": "{file}: no post id column; ids derived from account and publish time (an edited title keeps its id)",
                           "zh": "{file}：没有帖子 ID 列，已按账号和发布时间生成 ID（标题修改后 ID 不变）"},
    "notice_date_only": {"en": "{file}: publish times carry only a date, so no weekday-by-hour advice is drawn from these posts",
                         "zh": "{file}：发布时间只有日期，这些内容不参与“星期 × 小时”发布建议"},
    "notice_invisible_header": {"en": "{file}: headers {columns} carry invisible characters (zero-width spaces or the "
                                      "like); read without them",
                                "zh": "{file}：表头 {columns} 含不可见字符（如零宽空格），已去除后读取"},
    "notice_rounded": {"en": "{file}: {count} '{column}' values are rounded by the platform (e.g. 1.2万), so approximate",
                       "zh": "{file}：{count} 个“{column}”数值为平台取整的近似值（如 1.2万）"},
    "notice_profile_unmatched": {"en": "{file}: lists {count} users and none is known to be this account; its names and "
                                       "follower counts were not used (load it with the account's own <user_id>.csv)",
                                 "zh": "{file}：包含 {count} 个用户，无法确定哪一个是本账号，未使用其昵称与粉丝数"
                                       "（请与该账号的 <user_id>.csv 一同导入）"},
    "notice_platform_unknown": {"en": "{account}: the exports do not say which platform they come from; pass --platform "
                                      "so the account is registered and compared with the right peers",
                                "zh": "{account}：导出文件无法判断所属平台，请加 --platform，以便登记账号并与同平台账号比较"},
    "note_no_reads": {"en": "The posts carry no reads (crawled data has none), so figures per read (engagement rate, "
                            "reads tiers, best posts by engagement rate) are not available; interactions per post are shown instead",
                      "zh": "内容数据没有阅读数（爬取数据不含阅读），按阅读计算的指标（互动率、阅读档位、按互动率的最佳内容）无法计算；改看每条互动"},
    "note_engagement_parts": {"en": "Interactions here are made of {parts} only: the data has no {missing}",
                              "zh": "此处互动仅由{parts}构成：数据中没有{missing}"},
    "note_rounded": {"en": "Some {columns} figures are rounded by the platform (e.g. 1.2万), in {count} of the posts: "
                           "their totals are approximate",
                     "zh": "{count} 条内容的{columns}为平台取整的近似值（如 1.2万），相关合计为近似数"},
    "note_dates_only": {"en": "Publish times carry only dates, so no weekday-by-hour advice is drawn from them",
                        "zh": "发布时间只有日期，因此不给出“星期 × 小时”发布建议"},
    "notice_no_follower_totals": {"en": "No daily file gives the follower total, so follower growth and per-follower "
                                        "figures are not available; add the platform's follower download",
                                  "zh": "日数据中没有粉丝总数，粉丝增长与按粉丝计的指标无法计算；请补充平台的粉丝数据下载"},
    "notice_unmapped": {"en": "{file}: columns not in the contract, kept and ignored: {columns}",
                        "zh": "{file}：以下列不在数据约定中，已保留但不参与计算：{columns}"},
    "notice_lower_bounds": {"en": "{file}: {count} '{column}' values are lower bounds (e.g. 10万+)",
                            "zh": "{file}：{count} 个“{column}”数值为下限（如 10万+）"},
    "notice_counted_as_other": {"en": "{file}: '{column}' values outside the contract counted as 'other': {values}",
                                "zh": "{file}：“{column}”中约定之外的取值计为“其他”：{values}"},
    # profile items
    "verified": {"en": "Verified (认证)", "zh": "认证"},
    "avatar_set": {"en": "Avatar", "zh": "头像"},
    "bio": {"en": "Bio", "zh": "简介"},
    "tags": {"en": "Tags", "zh": "标签"},
    "custom_domain": {"en": "Custom domain", "zh": "个性域名"},
    "fix_verified": {"en": "Apply for verification: it is the first trust signal on a brand page.",
                     "zh": "申请认证：这是品牌主页最基本的信任标识。"},
    "fix_avatar_set": {"en": "Upload the brand logo as avatar.", "zh": "上传品牌 Logo 作为头像。"},
    "fix_bio": {"en": "Write a one-line bio: what the account offers and why to follow.",
                "zh": "写一句简介：账号提供什么、为什么值得关注。"},
    "fix_tags": {"en": "Add 3–5 tags for the brand's topics so search can find it.",
                 "zh": "添加 3–5 个与品牌相关的标签，便于被搜索到。"},
    "fix_custom_domain": {"en": "Claim a short custom domain (the brand's name) for the profile URL.",
                          "zh": "申请简短的个性域名（品牌名），便于传播。"},
    "fix_unknown": {"en": "Not in the accounts table: check it by hand.", "zh": "账号表中没有此项，请人工核对。"},
    "ok": {"en": "Fine as it is.", "zh": "无需调整。"},
    # chart labels
    "net_growth": {"en": "Net growth", "zh": "净增粉丝"},
    "gained": {"en": "Gained", "zh": "新增"},
    "lost": {"en": "Lost", "zh": "流失"},
    "anomaly": {"en": "Anomaly", "zh": "异常"},
    "followers_axis": {"en": "Followers per day", "zh": "每日粉丝数"},
    "posts_axis": {"en": "Posts", "zh": "发布数"},
    "under_10": {"en": "< 10 (likely zombie)", "zh": "< 10（疑似僵尸）"},
    "10_500": {"en": "10–500 (ordinary users)", "zh": "10–500（普通用户）"},
    "over_500": {"en": "> 500 (influencers)", "zh": "> 500（意见领袖）"},
    "chart_growth": {"en": "Daily follower growth", "zh": "每日粉丝增长"},
    "chart_quality": {"en": "Follower quality (sample of {n})", "zh": "粉丝质量（样本 {n} 人）"},
    "chart_rhythm": {"en": "Posts by weekday and hour (boxes: usual active hours)",
                     "zh": "按星期与时段的发布数（框：常见活跃时段）"},
    "chart_kpis": {"en": "Change against the previous period", "zh": "较上期变化"},
    # content performance
    "median": {"en": "Median", "zh": "中位数"},
    "median_previous": {"en": "Median (previous)", "zh": "上期中位数"},
    "tier": {"en": "Tier", "zh": "档位"},
    "posts": {"en": "Posts", "zh": "内容数"},
    "share_posts": {"en": "Share of posts", "zh": "内容占比"},
    "share_interactions": {"en": "Share of interactions", "zh": "互动占比"},
    "lower_bounds": {"en": "10万+ (lower bounds)", "zh": "10万+（下限）"},
    "title": {"en": "Title", "zh": "标题"},
    "format": {"en": "Format", "zh": "体裁"},
    "topic": {"en": "Topic", "zh": "主题"},
    "published": {"en": "Published", "zh": "发布时间"},
    "reads": {"en": "Reads", "zh": "阅读"},
    "engagement_rate": {"en": "Engagement rate", "zh": "互动率"},
    "times_median": {"en": "× median", "zh": "× 中位数"},
    "group": {"en": "Group", "zh": "分组"},
    "median_rate": {"en": "Median engagement rate", "zh": "互动率中位数"},
    "interval": {"en": "95% interval", "zh": "95% 区间"},
    "too_few": {"en": "too few posts to judge", "zh": "样本过少，不作判断"},
    "headline": {"en": "headline", "zh": "头条"},
    "secondary": {"en": "secondary", "zh": "次条"},
    "is_headline": {"en": "Headline slot", "zh": "头条位置"},
    "best_by_rate": {"en": "Best by engagement rate", "zh": "互动率最高"},
    "worst_by_rate": {"en": "Weakest by engagement rate", "zh": "互动率最低"},
    "best_by_reads": {"en": "Most read", "zh": "阅读最高"},
    "worst_by_reads": {"en": "Least read", "zh": "阅读最低"},
    "slot": {"en": "Slot", "zh": "时段"},
    "week_of": {"en": "Week of", "zh": "周（起始日）"},
    "month": {"en": "Month", "zh": "月份"},
    "step": {"en": "Step", "zh": "环节"},
    "total": {"en": "Total", "zh": "总数"},
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
    # competitor comparison
    "ours": {"en": "ours", "zh": "我方"},
    "no_sample": {"en": "no follower sample", "zh": "无粉丝样本"},
    "component": {"en": "Component", "zh": "分项"},
    "weight": {"en": "Weight", "zh": "权重"},
    "reach": {"en": "Reach", "zh": "规模"},
    "engagement_per_post": {"en": "Engagement per post", "zh": "单条互动"},
    "engagement_per_follower": {"en": "Engagement per follower", "zh": "粉丝互动"},
    "growth": {"en": "Growth", "zh": "增长"},
    "follower_quality": {"en": "Follower quality", "zh": "粉丝质量"},
    "rank": {"en": "Rank", "zh": "排名"},
    "index": {"en": "Index", "zh": "指数"},
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
    # campaign retrospective
    "campaign": {"en": "Campaign", "zh": "活动"},
    "kind": {"en": "Kind", "zh": "类型"},
    "dates": {"en": "Dates", "zh": "日期"},
    "goal": {"en": "Goal", "zh": "目标"},
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
    "value": {"en": "Value", "zh": "数值"},
    "rows_shown": {"en": "Showing the first {shown} of {total} rows.", "zh": "仅显示前 {shown} 行，共 {total} 行。"},
    "holidays": {"en": "Public holidays", "zh": "法定节假日"},
    "still_running": {"en": "still running: figures cover the days logged so far", "zh": "活动仍在进行：数据仅覆盖已记录的天数"},
    "chart_campaign": {"en": "Daily figures around the campaign (shaded)", "zh": "活动前后的每日数据（阴影为活动期）"},
    "chart_campaigns": {"en": "This campaign against the account's others", "zh": "本次活动与该账号其他活动对比"},
    "kind_platform_lottery": {"en": "platform lottery", "zh": "平台抽奖"},
    "kind_self_run": {"en": "self-run", "zh": "自建活动"},
    "kind_joint": {"en": "joint", "zh": "联合活动"},
    "kind_other": {"en": "other", "zh": "其他"},
    "check_launch_hour": {"en": "Launch hour inside the audience's active hours", "zh": "在粉丝活跃时段上线"},
    "check_k": {"en": "Viral coefficient K at least 0.3", "zh": "病毒系数 K 不低于 0.3"},
    "check_cost_per_follower": {"en": "Cost per new follower at or below the account's median", "zh": "单个新粉成本不高于账号中位数"},
    "check_roi": {"en": "ROI above zero", "zh": "投资回报率为正"},
    "check_retention": {"en": "At least half of the extra followers kept", "zh": "至少留住一半额外新增粉丝"},
    "check_lift": {"en": "Follower gains at least 50% above baseline", "zh": "新增粉丝较基线提升至少 50%"},
    "check_prize_share": {"en": "Prizes at most 80% of the cost", "zh": "奖品不超过成本的 80%"},
    "check_overlap": {"en": "No overlap with the account's other campaigns", "zh": "未与该账号其他活动重叠"},
    # values of the contract's format column
    "format_text": {"en": "text", "zh": "文字"},
    "format_image": {"en": "image", "zh": "图片"},
    "format_video": {"en": "video", "zh": "视频"},
    "format_live": {"en": "live", "zh": "直播"},
    "format_article": {"en": "article", "zh": "文章"},
    "format_other": {"en": "other", "zh": "其他"},
}


def value_label(column: str, value, lang: str = "en") -> str:
    """A data value as shown in a report: known enum values are translated, anything else is kept."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    key = f"{column}_{value}"
    return t(key, lang) if key in STRINGS else str(value)


def t(key: str, lang: str = "en", **values) -> str:
    """The string ``key`` in ``lang`` (falls back to English), with ``values`` filled in."""
    entry = STRINGS.get(key)
    text = key if entry is None else entry.get(lang, entry["en"])
    return text.format(**values) if values else text


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def fmt_count(value, lang: str = "en") -> str:
    if _missing(value):
        return t("not_available", lang)
    return f"{value:,.0f}"


def fmt_number(value, lang: str = "en", digits: int = 1) -> str:
    if _missing(value):
        return t("not_available", lang)
    return f"{value:,.{digits}f}"


def fmt_pct(value, lang: str = "en", digits: int = 1, signed: bool = False) -> str:
    """A percentage given as a fraction (0.123 → 12.3%)."""
    if _missing(value):
        return t("not_available", lang)
    return f"{value * 100:{'+' if signed else ''}.{digits}f}%"


def fmt_change_pct(value, lang: str = "en") -> str:
    """A change already in percent (12.3 → +12.3%)."""
    if _missing(value):
        return t("not_available", lang)
    return f"{value:+.1f}%"


def fmt_metric(value, metric: str, lang: str = "en", pct_digits: int = 1) -> str:
    """A value formatted by its metric's kind (count, number, percent) from the metric registry."""
    from socialops.metrics import METRICS

    kind = METRICS[metric].kind if metric in METRICS else "count"
    if kind == "percent":
        return fmt_pct(value, lang, pct_digits)
    if kind == "number":
        return fmt_number(value, lang)
    return fmt_count(value, lang)


def shorten(text, limit: int = 80, missing: str = "–") -> str:
    """Text on one line, cut to ``limit`` characters (titles in tables and sentences; escaped later)."""
    if text is None or (isinstance(text, float) and text != text):
        return missing
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fmt_date(value, lang: str = "en") -> str:
    if _missing(value) or value is None:
        return t("not_available", lang)
    return f"{value.month}月{value.day}日" if lang == "zh" else value.strftime("%b %-d")


def weekday_name(day: int, lang: str = "en") -> str:
    return t("weekdays", lang).split(",")[day]
