"""The strings every workbook shares, in ``en`` and ``zh``, dates and plural forms (numbers: socialops.format).

Each workbook keeps its own words in ``workbooks/<name>/strings.py``; :func:`t` looks a key
up in one table made of these and every catalog workbook's (a key is defined once).
"""
from __future__ import annotations

import functools
import re
from typing import cast

from socialops.catalog import Lang
from socialops.data.problems import ReportError
from socialops.format import NOT_AVAILABLE, missing

LANGS: tuple[Lang, ...] = ("en", "zh")

STRINGS: dict[str, dict[str, str]] = {
    "not_available": NOT_AVAILABLE,
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
    "measured_here": {"en": ". Measured for this report: {text}", "zh": "。本报告实测：{text}"},
    "findings": {"en": "Reading", "zh": "解读"},
    "platform_weibo": {"en": "Weibo", "zh": "微博"},
    "platform_wechat": {"en": "WeChat Official Account", "zh": "微信公众号"},
    "platform_channels": {"en": "WeChat Channels", "zh": "视频号"},
    "platform_douyin": {"en": "Douyin", "zh": "抖音"},
    "platform_xiaohongshu": {"en": "Xiaohongshu", "zh": "小红书"},
    "platform_bilibili": {"en": "Bilibili", "zh": "哔哩哔哩"},
    "platform_kuaishou": {"en": "Kuaishou", "zh": "快手"},
    "platform_other": {"en": "other platform", "zh": "其他平台"},
    "n_days": {"en": "{n} days", "zh": "{n} 天"},
    "baseline_window": {"en": "the baseline", "zh": "基线期"},
    "executive_summary": {"en": "Summary", "zh": "摘要"},
    "next_steps": {"en": "What to do next", "zh": "下一步"},
    "period": {"en": "Period", "zh": "周期"},
    "compared_with": {"en": "compared with", "zh": "对比"},
    "generated": {"en": "Generated", "zh": "生成时间"},
    "account": {"en": "Account", "zh": "账号"},
    "accounts": {"en": "Accounts", "zh": "账号"},
    "accounts_by_platform": {"en": "{n} ({platforms}), each in the table below", "zh": "{n} 个（{platforms}），逐一见下表"},
    "own_accounts": {"en": "our {n} accounts", "zh": "我方 {n} 个账号"},
    "all_accounts": {"en": "all {n} accounts", "zh": "全部 {n} 个账号"},
    "chosen_accounts": {"en": "{n} accounts", "zh": "{n} 个账号"},
    "events": {"en": "Events", "zh": "事件"},
    "event_number": {"en": "#", "zh": "#"},
    "event_all": {"en": "all accounts", "zh": "全部账号"},
    "event_kind_campaign": {"en": "campaign", "zh": "活动"},
    "event_kind_crisis": {"en": "crisis", "zh": "舆情"},
    "event_kind_outage": {"en": "platform outage", "zh": "平台故障"},
    "event_kind_kol": {"en": "KOL post", "zh": "达人发布"},
    "event_kind_launch": {"en": "launch", "zh": "上新"},
    "event_kind_other": {"en": "other", "zh": "其他"},
    "note_column": {"en": "Note", "zh": "说明"},
    "contents": {"en": "Contents", "zh": "目录"},
    "all_reports": {"en": "All reports", "zh": "全部报告"},
    "weekday": {"en": "Weekday", "zh": "星期"},
    "hour": {"en": "Hour of day", "zh": "发布时段（点）"},
    "weekdays": {"en": "Mon,Tue,Wed,Thu,Fri,Sat,Sun", "zh": "周一,周二,周三,周四,周五,周六,周日"},
    "date": {"en": "Date", "zh": "日期"},
    "item": {"en": "Item", "zh": "项目"},
    "status": {"en": "Status", "zh": "状态"},
    "share": {"en": "Share", "zh": "占比"},
    "band": {"en": "Band", "zh": "分档"},
    "sampled": {"en": "Sampled followers", "zh": "样本粉丝数"},
    "active_hours": {"en": "Usual active hours", "zh": "常见活跃时段"},
    "report_failed": {"en": "This report could not be completed", "zh": "报告未能生成"},
    "error_account_unknown": {"en": "account '{account}' is not in the data; accounts found: {known}",
                              "zh": "数据中没有账号“{account}”；已有账号：{known}"},
    "error_no_accounts": {"en": "the data holds no accounts", "zh": "数据中没有任何账号"},
    "error_no_data_in_period": {"en": "{account} has no daily log and no posts in {dates}; its data covers {covers}: "
                                      "choose a period inside it",
                                "zh": "{account} 在 {dates} 没有运营日志，也没有发布内容；其数据范围为 {covers}，请选择该范围内的周期"},
    "error_no_data_at_all": {"en": "{account} has no daily log and no posts in the data",
                             "zh": "数据中没有 {account} 的运营日志或发布内容"},
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
    "platform_figures": {"en": "On the platform's own figures", "zh": "平台专属指标"},
    "note_no_reads": {"en": "The posts carry no reads (crawled data has none), so figures per read (engagement rate, "
                            "reads tiers, best posts by engagement rate) are not available; figures per post (interactions, reposts, "
                            "comments) are shown instead",
                      "zh": "内容数据没有阅读数（爬取数据不含阅读），按阅读计算的指标（互动率、阅读档位、按互动率的最佳内容）无法计算；"
                            "改看每条内容的互动、转发与评论"},
    "note_engagement_parts": {"en": "Interactions here are made of {parts} only: the data has no {missing}",
                              "zh": "此处互动仅由{parts}构成：数据中没有{missing}"},
    "note_rounded": {"en": "Some {columns} figures are rounded by the platform (e.g. 1.2万), in {count} of the posts: "
                           "their totals are approximate",
                     "zh": "{count} 条内容的{columns}为平台取整的近似值（如 1.2万），相关合计为近似数"},
    "note_dates_only": {"en": "Publish times carry only dates, so no weekday-by-hour advice is drawn from them",
                        "zh": "发布时间只有日期，因此不给出“星期 × 小时”发布建议"},
    "notice_data_ends": {"en": "The data for {name} ends on {last}, before this period ends ({end}): the figures below "
                                 "count nothing after {last}; add a newer export to cover the rest",
                         "zh": "{name}的数据截至 {last}，早于本期结束（{end}）：以下数字不含 {last} 之后的数据；请补充更新的导出"},
    "notice_no_follower_totals": {"en": "No daily file gives the follower total, so follower growth and per-follower "
                                        "figures are not available; add the platform's follower download",
                                  "zh": "日数据中没有粉丝总数，粉丝增长与按粉丝计的指标无法计算；请补充平台的粉丝数据下载"},
    "notice_unmapped": {"en": "{file}: columns not in the contract, kept and ignored: {columns}",
                        "zh": "{file}：以下列不在数据约定中，已保留但不参与计算：{columns}"},
    # problems in input data: where, and what was expected (socialops.data.problems.Problem.keyed)
    "data_error_one": {"en": "Input data problem: {problem}", "zh": "输入数据有问题：{problem}"},
    "data_error_many": {"en": "{n} problems in the input data, first: {problem}", "zh": "输入数据有 {n} 个问题，第一个：{problem}"},
    "data_error_heading": {"en": "{n} problem(s) in the input data", "zh": "输入数据有 {n} 个问题"},
    "problem_where_column": {"en": "column '{column}'", "zh": "列“{column}”"},
    "problem_where_row": {"en": "row {rows}", "zh": "第 {rows} 行"},
    "problem_where_rows": {"en": "rows {rows}", "zh": "第 {rows} 行"},
    "problem_where_more": {"en": " (and {more} more)", "zh": "（另有 {more} 行）"},
    "problem_expected_number": {"en": "expected a number (e.g. 1234, 1,234, 1.2万 or 10万+)",
                                "zh": "应为数字（如 1234、1,234、1.2万 或 10万+）"},
    "problem_expected_whole": {"en": "expected a whole number", "zh": "应为整数"},
    "problem_expected_amount": {"en": "expected a number (800000, 1.2万) or a rate (5%)", "zh": "应为数字（800000、1.2万）或比率（5%）"},
    "problem_expected_rate": {"en": "expected a rate such as 28.64% or 0.2864", "zh": "应为比率，如 28.64% 或 0.2864"},
    "problem_expected_duration": {"en": "expected a duration such as 10.59秒, 1分23秒 or 00:01:23",
                                  "zh": "应为时长，如 10.59秒、1分23秒 或 00:01:23"},
    "problem_expected_bool": {"en": "expected true/false (or 1/0, yes/no, 是/否)", "zh": "应为 是/否（或 true/false、1/0、yes/no）"},
    "problem_expected_date": {"en": "expected a date (YYYY-MM-DD)", "zh": "应为日期（YYYY-MM-DD）"},
    "problem_expected_datetime": {"en": "expected a date and time (ISO 8601, e.g. 2026-10-01 09:30)",
                                  "zh": "应为日期和时间（ISO 8601，如 2026-10-01 09:30）"},
    "problem_far_date": {"en": "a date before {first_year} or after next year: check the date format "
                               "(day and month swapped? a typo?)",
                         "zh": "日期早于 {first_year} 年或晚于明年：请检查日期格式（日与月颠倒？笔误？）"},
    "problem_bare_serial": {"en": "a bare number among written dates (an Excel serial day that lost its format?); "
                                  "write it as a date",
                            "zh": "日期之间夹着一个纯数字（丢了格式的 Excel 日期序号？）；请写成日期"},
    "problem_expected_choice": {"en": "expected one of: {choices}", "zh": "应为以下取值之一：{choices}"},
    "problem_missing_column": {"en": "required column missing (expected a header such as {headers})",
                               "zh": "缺少必需的列（应有类似 {headers} 的表头）"},
    "problem_no_account_column": {"en": "no account column: a platform export covers one account, so pass the account "
                                        "(--account ID, or account_id=...)",
                                  "zh": "没有账号列：平台导出只涵盖一个账号，请指明账号（--account ID 或 account_id=...）"},
    "problem_no_such_path": {"en": "no such file or folder", "zh": "没有这个文件或文件夹"},
    "problem_no_data_files": {"en": "no data files found (expected accounts, daily, posts, followers or campaigns, or a "
                                    "platform export, as .csv, .csv.gz, .xlsx, .xls, .json, .jsonl or .parquet)",
                              "zh": "没有找到数据文件（应为 accounts、daily、posts、followers 或 campaigns 表，或平台导出，"
                                    "格式为 .csv、.csv.gz、.xlsx、.xls、.json、.jsonl 或 .parquet）"},
    "problem_blank": {"en": "required value is blank", "zh": "必填值为空"},
    "problem_bad_ids": {"en": "ids may hold only {allowed}; found {found}",
                        "zh": "ID 只能包含字母、数字、“_”、“-”、“.”（最多 128 个字符，且不能是“.”或“..”）；发现 {found}"},
    "problem_negative": {"en": "expected a non-negative number (counts and money cannot be below zero)",
                         "zh": "应为非负数（计数与金额不能小于零）"},
    "problem_implausible": {"en": "implausibly large (over a trillion): a broken cell or a number in scientific notation",
                            "zh": "大得不合常理（超过一万亿）：单元格损坏，或是科学计数法写的数字"},
    "problem_before_created": {"en": "published before its account was created (accounts.created_on): one of the two "
                                     "dates is wrong",
                               "zh": "发布时间早于账号创建日期（accounts.created_on）：两个日期之一有误"},
    "problem_duplicate_key": {"en": "duplicate key: each ({columns}) may appear once", "zh": "键重复：每组（{columns}）只能出现一次"},
    "problem_unknown_account": {"en": "account not in the accounts table ({ids}); add it there or fix the id",
                                "zh": "账号不在账号表中（{ids}）；请在账号表中添加，或更正 ID"},
    "problem_campaign_backwards": {"en": "campaign ends before it starts (dates are inclusive: end >= start)",
                                   "zh": "活动结束日期早于开始日期（日期含首尾：end >= start）"},
    "problem_target_period": {"en": "expected a month (2026-10) or an ISO week (2026-W43)",
                              "zh": "应为月份（2026-10）或 ISO 周（2026-W43）"},
    "problem_timezone": {"en": "expected an IANA time zone name such as Asia/Shanghai", "zh": "应为 IANA 时区名，如 Asia/Shanghai"},
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
    "ok": {"en": "Fine as it is.", "zh": "无需调整。"},
    # chart labels
    "under_10": {"en": "< 10 (likely zombie)", "zh": "< 10（疑似僵尸）"},
    "10_500": {"en": "10–500 (ordinary users)", "zh": "10–500（普通用户）"},
    "over_500": {"en": "> 500 (influencers)", "zh": "> 500（意见领袖）"},
    "chart_rhythm": {"en": "Posts by weekday and hour (boxes: usual active hours)",
                     "zh": "按星期与时段的发布数（框：常见活跃时段）"},
    "chart_kpis": {"en": "Change against the previous period", "zh": "较上期变化"},
    "chart_kpis_axis": {"en": "Change (%)", "zh": "变化（%）"},
    "chart_kpis_axis_rates": {"en": "Change (%); rates are in the table above, their change in percentage points",
                              "zh": "变化（%）；比率类指标见上表，其变化以百分点计"},
    "posts_per_cell": {"en": "Posts", "zh": "发布数"},
    "week_starting": {"en": "Week starting", "zh": "周（起始日）"},
    # content performance
    "posts": {"en": "Posts", "zh": "内容数"},
    "title": {"en": "Title", "zh": "标题"},
    "format": {"en": "Format", "zh": "体裁"},
    "topic": {"en": "Topic", "zh": "主题"},
    "published": {"en": "Published", "zh": "发布时间"},
    "reads": {"en": "Reads", "zh": "阅读"},
    "engagement_rate": {"en": "Engagement rate", "zh": "互动率"},
    "headline": {"en": "headline", "zh": "头条"},
    "secondary": {"en": "secondary", "zh": "次条"},
    "is_headline": {"en": "Headline slot", "zh": "头条位置"},
    "month": {"en": "Month", "zh": "月份"},
    "total": {"en": "Total", "zh": "总数"},
    # competitor comparison
    "reach": {"en": "Reach", "zh": "规模"},
    "engagement_per_post": {"en": "Engagement per post", "zh": "单条互动"},
    "index": {"en": "Index", "zh": "指数"},
    # campaign retrospective
    "campaign": {"en": "Campaign", "zh": "活动"},
    "kind": {"en": "Kind", "zh": "类型"},
    "goal": {"en": "Goal", "zh": "目标"},
    "value": {"en": "Value", "zh": "数值"},
    "rows_shown": {"en": "Showing the first {shown} of {total} rows.", "zh": "仅显示前 {shown} 行，共 {total} 行。"},
    "kind_platform_lottery": {"en": "Platform lottery", "zh": "平台抽奖"},
    "kind_self_run": {"en": "Self-run campaign", "zh": "自建活动"},
    "kind_joint": {"en": "Joint (co-branded) campaign", "zh": "联合活动"},
    "kind_other": {"en": "Other campaign", "zh": "其他活动"},
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
    if missing(value):
        return "–"
    key = f"{column}_{value}"
    return t(key, lang) if key in all_strings() else str(value)


@functools.cache
def all_strings() -> dict[str, dict[str, str]]:
    """The shared strings and every workbook's, in one table."""
    from socialops import catalog

    table = dict(STRINGS)
    for spec in catalog.WORKBOOKS:
        table.update(spec.module("strings").STRINGS)
    return table


def refusal(key: str, **values) -> ReportError:
    """A ReportError that says ``key`` in every language; the page shows the report's own."""
    return ReportError(t(key, "en", **values), {lang: t(key, lang, **values) for lang in LANGS})


def t(key: str, lang: str = "en", **values) -> str:
    """The string ``key`` in ``lang`` (falls back to English), with ``values`` filled in."""
    entry = all_strings().get(key)
    text = key if entry is None else entry.get(lang, entry["en"])
    return plural_forms(text.format(**values) if values else text, lang)


_SINGULAR = {"posts": "post", "days": "day", "accounts": "account", "campaigns": "campaign", "followers": "follower",
             "competitors": "competitor", "weeks": "week", "months": "month", "reports": "report", "rows": "row",
             "files": "file", "orders": "order", "people": "person", "reads": "read", "interactions": "interaction",
             "comments": "comment", "likes": "like", "reposts": "repost", "mentions": "mention", "slots": "slot",
             "values": "value", "notes": "note", "groups": "group", "hours": "hour", "times": "time"}
_ONE = re.compile(r"(?<![\d.,])([+−-]?1) (" + "|".join(_SINGULAR) + r")\b")


def plural_forms(text: str, lang: str) -> str:
    """English counts take their noun's number ("1 post", "3 posts"); Chinese has no plural."""
    return text if lang == "zh" else _ONE.sub(lambda m: f"{m.group(1)} {_SINGULAR[m.group(2)]}", text)


def check_lang(lang: str) -> Lang:
    """``lang`` when it is one of :data:`LANGS` (typed as such), else a clear error."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return cast(Lang, lang)


def shorten(text, limit: int = 80, missing: str = "–") -> str:
    """Text on one line, cut to ``limit`` characters (titles in tables and sentences; escaped later)."""
    if text is None or (isinstance(text, float) and text != text):
        return missing
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fmt_date(value, lang: str = "en") -> str:
    if missing(value):
        return t("not_available", lang)
    return f"{value.month}月{value.day}日" if lang == "zh" else value.strftime("%b %-d")


def weekday_name(day: int, lang: str = "en") -> str:
    return t("weekdays", lang).split(",")[day]
