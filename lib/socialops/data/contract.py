"""The data contract as data: the canonical tables, their columns and aliases.

Mirrors ``docs/data-contract.md``. Loaders map platform exports onto these names;
nothing downstream ever sees a platform's own column names. No logic lives here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

ID_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{1,128}$")  # ids become folder names: short, and never . or ..
ID_PATTERN_TEXT = "letters, digits, '_', '-', '.' (at most 128, and not '.' or '..')"
DOT_IDS = (".", "..")
DEFAULT_TIMEZONE = "Asia/Shanghai"

PLATFORMS = ("weibo", "wechat", "channels", "douyin", "xiaohongshu", "bilibili", "kuaishou", "other")
ROLES = ("own", "competitor")
FORMATS = ("text", "image", "video", "live", "article", "other")
CAMPAIGN_KINDS = ("platform_lottery", "self_run", "joint", "other")
TRAFFIC_CHANNELS = ("all", "message", "chat", "moments", "recommended", "search", "profile", "other")

# Column kinds: how a value is parsed and checked.
ID, TEXT, COUNT, MONEY, DATE, DATETIME, BOOL, ENUM, TAGS, FRACTION, SECONDS, NUMBER = (
    "id", "text", "count", "money", "date", "datetime", "bool", "enum", "tags", "fraction", "seconds", "number",
)
TARGET_METRICS = ("followers", "followers_net", "posts", "reads", "interactions", "engagement_rate")
EVENT_KINDS = ("campaign", "crisis", "outage", "kol", "launch", "other")
SENTIMENTS = ("positive", "neutral", "negative")
ALL_ACCOUNTS = "all"  # an event's account_id when it concerns every account (a holiday, a platform-wide change)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    required: bool = False
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    # Headers that, when present, make a file of unknown name this table.
    signature: tuple[str, ...] = field(default=())

    @property
    def required(self) -> list[str]:
        return [c.name for c in self.columns if c.required]

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


def _c(name, kind, required=False, choices=(), aliases=()):
    return Column(name, kind, required, tuple(choices), tuple(aliases))


# Aliases shared by several tables (Chinese and English export headers).
ALIASES: dict[str, tuple[str, ...]] = {
    "account_id": ("账号ID", "账号id", "账号", "account"),
    "date": ("日期", "时间", "统计日期", "Date"),
    "followers": ("粉丝数", "粉丝总数", "累积关注人数", "累计关注人数", "总粉丝数", "Followers"),
    "followers_gained": ("新增粉丝", "新增粉丝数", "新关注人数", "涨粉数"),
    "followers_lost": ("取消关注人数", "掉粉数", "流失粉丝"),
    "followers_net": ("净增关注人数", "净增粉丝"),
    "posts": ("发博数", "微博数", "发文数", "发布数", "群发篇数"),
    "reads": ("阅读数", "阅读次数", "图文阅读次数", "阅读量", "播放量", "观看量", "Views"),
    "readers": ("阅读人数", "图文阅读人数"),
    "impressions": ("曝光", "曝光量"),
    "delivered": ("送达人数",),
    "reposts": ("转发数", "转发量", "分享次数", "分享数", "分享量", "Shares"),
    "comments": ("评论数", "评论量", "Comments"),
    "likes": ("点赞数", "点赞量", "赞", "Likes"),
    "in_view": ("在看数", "在看"),
    "favorites": ("收藏数", "收藏次数", "收藏量"),
    "follows": ("粉丝增量", "关注量"),
    "profile_visits": ("主页访问量",),
    "mentions": ("搜索结果数", "提及数"),
    "orders": ("订单数", "成交数"),
    "revenue": ("收入", "成交金额", "销售额"),
    "clicks": ("点击数", "点击量"),
    "title": ("标题", "内容", "微博内容", "作品名称", "笔记标题", "视频描述"),
    "format": ("体裁", "类型"),
    "topic": ("内容主题", "主题"),
    "published_at": ("发布时间", "发表时间", "群发时间", "首次发布时间"),
    "post_id": ("微博ID", "作品ID", "笔记ID", "文章ID", "id"),
    "name": ("昵称", "账号名称"),
}

TABLES: dict[str, Table] = {
    "accounts": Table(
        "accounts", ("account_id",),
        (
            _c("account_id", ID, True),
            _c("platform", ENUM, True, PLATFORMS, ("平台",)),
            _c("name", TEXT, True),
            _c("role", ENUM, True, ROLES, ("角色",)),
            _c("verified", BOOL, aliases=("认证",)),
            _c("avatar_set", BOOL),
            _c("bio", TEXT, aliases=("简介",)),
            _c("tags", TAGS, aliases=("标签",)),
            _c("custom_domain", TEXT, aliases=("个性域名",)),
            _c("industry", TEXT, aliases=("行业",)),
            _c("timezone", TEXT),
            _c("created_on", DATE),
            # the account's own id on its platform (a Weibo uid), or a crawler's hash of it: tells its own comments
            _c("platform_user_id", TEXT, aliases=("平台用户ID", "用户ID", "uid")),
        ),
        signature=("platform", "role"),
    ),
    "daily": Table(
        "daily", ("date", "account_id"),
        (
            _c("date", DATE, True),
            _c("account_id", ID, True),
            _c("followers", COUNT, True),
            _c("followers_gained", COUNT),
            _c("followers_lost", COUNT),
            _c("followers_net", COUNT),  # may be negative: checked separately
            _c("posts", COUNT),
            _c("reads", COUNT),
            _c("reposts", COUNT),
            _c("comments", COUNT),
            _c("likes", COUNT),
            _c("mentions", COUNT),
            _c("orders", COUNT),
            _c("revenue", MONEY),
            _c("pv", COUNT, aliases=("PV",)),
            _c("uv", COUNT, aliases=("UV", "IP")),
            _c("impressions", COUNT),
            _c("favorites", COUNT),
            _c("profile_visits", COUNT),
            _c("approximate", TAGS),
        ),
        signature=("date", "followers"),
    ),
    "posts": Table(
        "posts", ("post_id",),
        (
            _c("post_id", ID, True),
            _c("account_id", ID, True),
            _c("published_at", DATETIME, True),
            _c("title", TEXT),
            _c("format", ENUM, choices=FORMATS),
            _c("topic", TEXT),
            _c("is_headline", BOOL, aliases=("头条",)),
            _c("reads", COUNT),
            _c("readers", COUNT),
            _c("impressions", COUNT),
            _c("delivered", COUNT),
            _c("reposts", COUNT),
            _c("comments", COUNT),
            _c("likes", COUNT),
            _c("favorites", COUNT),
            _c("clicks", COUNT),
            _c("follows", COUNT),
            _c("orders", COUNT),
            _c("profile_visits", COUNT),
            # when these figures were read (the export's 数据日期, a crawler's last_modify_ts): a post's age at the time
            _c("captured_at", DATETIME, aliases=("数据更新时间", "抓取时间", "快照时间")),
            # platform-native figures (kept for the analyses that read them)
            _c("in_view", COUNT),
            _c("message_reads", COUNT, aliases=("公众号消息阅读次数",)),
            _c("sharers", COUNT, aliases=("总分享人数",)),
            _c("first_shares", COUNT, aliases=("首次分享次数",)),
            _c("share_reads", COUNT, aliases=("分享产生阅读次数",)),
            _c("recommends", COUNT),
            _c("coins", COUNT, aliases=("投币数",)),
            _c("danmaku", COUNT, aliases=("弹幕", "弹幕数")),
            _c("completion_rate", FRACTION, aliases=("完播率",)),
            _c("completion_5s_rate", FRACTION, aliases=("5s完播率", "5秒完播率")),
            _c("bounce_2s_rate", FRACTION, aliases=("2s跳出率", "2秒跳出率")),
            _c("cover_click_rate", FRACTION, aliases=("封面点击率",)),
            _c("read_completion_rate", FRACTION, aliases=("阅读完成率",)),
            _c("avg_watch_seconds", SECONDS, aliases=("平均播放时长", "人均观看时长")),
            _c("duration_seconds", SECONDS, aliases=("视频时长", "作品时长")),
            _c("format_label", TEXT),
            _c("tags", TAGS, aliases=("话题",)),
            _c("mentioned_users", TAGS, aliases=("@用户",)),
            _c("is_original", BOOL, aliases=("是否原创",)),
            _c("ip_location", TEXT, aliases=("IP属地",)),
            _c("url", TEXT, aliases=("链接", "内容url")),
            _c("published_date_only", BOOL),
            _c("approximate", TAGS),  # columns of this row the platform rounded (1.2万): set by the loader
        ),
        signature=("published_at",),
    ),
    "followers": Table(
        "followers", ("account_id", "follower_id"),
        (
            _c("account_id", ID, True),
            _c("follower_id", ID, True, aliases=("粉丝ID", "用户ID")),
            _c("follower_followers", COUNT, True, aliases=("粉丝的粉丝数",)),
            _c("follower_following", COUNT, aliases=("关注数",)),
            _c("follower_posts", COUNT),
            _c("gender", TEXT, aliases=("性别",)),
            _c("region", TEXT, aliases=("地区",)),
            _c("age_band", TEXT, aliases=("年龄",)),
            _c("last_active", DATE),
            _c("verified", BOOL),
        ),
        signature=("follower_id", "follower_followers"),
    ),
    "campaigns": Table(
        "campaigns", ("campaign_id",),
        (
            _c("campaign_id", ID, True, aliases=("活动ID",)),
            _c("account_id", ID, True),
            _c("name", TEXT, True, aliases=("活动名称",)),
            _c("kind", ENUM, True, CAMPAIGN_KINDS, ("活动类型",)),
            _c("start", DATE, True, aliases=("开始日期",)),
            _c("end", DATE, True, aliases=("结束日期",)),
            _c("goal", TEXT, aliases=("目标",)),
            _c("cost", MONEY, aliases=("成本", "费用")),
            _c("prize_value", MONEY, aliases=("奖品价值",)),
            _c("revenue", MONEY),
            _c("participants", COUNT, aliases=("参与人数",)),
            _c("reposts", COUNT),
            _c("comments", COUNT),
            _c("followers_gained", COUNT),
            _c("orders", COUNT),
            _c("reach", COUNT, aliases=("覆盖人数",)),
            _c("invites", COUNT, aliases=("邀请数",)),
            _c("invite_conversions", COUNT, aliases=("邀请转化数",)),
        ),
        signature=("campaign_id", "kind", "start", "end"),
    ),
}

TABLES["traffic"] = Table(
    "traffic", ("date", "account_id", "channel"),
    (
        _c("date", DATE, True),
        _c("account_id", ID, True),
        _c("channel", ENUM, True, TRAFFIC_CHANNELS, ("渠道", "流量来源")),
        _c("reads", COUNT),
        _c("readers", COUNT),
        _c("share_of_reads", FRACTION, aliases=("阅读次数占比",)),
    ),
    signature=("date", "channel", "reads"),
)

# Every reading of a post's running totals, kept so posts can be compared at the same age (24 h, 7 d).
# Filled from any posts export that says when it was read, or from a file of snapshots; the store keeps all.
TABLES["post_snapshots"] = Table(
    "post_snapshots", ("post_id", "captured_at"),
    (
        _c("post_id", ID, True),
        _c("account_id", ID, True),
        _c("captured_at", DATETIME, True, aliases=("数据更新时间", "抓取时间", "快照时间")),
        *(_c(name, COUNT) for name in ("reads", "readers", "impressions", "reposts", "comments", "likes", "favorites",
                                       "in_view", "coins", "danmaku", "follows")),
    ),
    signature=("post_id", "captured_at"),
)
SNAPSHOT_FIGURES = tuple(c.name for c in TABLES["post_snapshots"].columns if c.kind == COUNT)

# What the team aims at: one row per account, metric and period (a month 2026-10 or an ISO week 2026-W43).
TABLES["targets"] = Table(
    "targets", ("account_id", "metric", "period"),
    (
        _c("account_id", ID, True),
        _c("metric", ENUM, True, TARGET_METRICS, ("指标",)),
        _c("period", TEXT, True, aliases=("周期", "月份")),
        _c("target", NUMBER, True, aliases=("目标", "目标值")),
    ),
    signature=("metric", "period", "target"),
)
# What happened that a chart should explain: a launch, a crisis, an outage, a KOL's post.
TABLES["events"] = Table(
    "events", ("date", "account_id", "kind", "note"),
    (
        _c("date", DATE, True),
        _c("account_id", ID, True),  # or "all"
        _c("kind", ENUM, True, EVENT_KINDS, ("类型", "事件类型")),
        _c("note", TEXT, True, aliases=("说明", "事件", "备注")),
    ),
    signature=("date", "kind", "note"),
)

# What the audience writes: one row per comment or reply (评论). Authors are never stored as given: the loader
# replaces them with a salted hash (socialops.data.comments), so tiers work and nobody is named. The terms,
# sentiment and flags are worked out once, when the comments are read, and kept with them.
TABLES["comments"] = Table(
    "comments", ("comment_id",),
    (
        _c("comment_id", ID, True, aliases=("评论ID", "评论id")),
        _c("post_id", ID, True),
        _c("account_id", ID, True),
        _c("created_at", DATETIME, True, aliases=("评论时间",)),
        _c("text", TEXT, aliases=("评论内容", "content", "留言内容")),
        _c("author", TEXT, aliases=("评论者", "author_id")),
        _c("parent_id", ID, aliases=("父评论ID", "parent_comment_id")),
        _c("likes", COUNT, aliases=("评论点赞数", "like_count")),
        _c("sub_comments", COUNT, aliases=("回复数", "sub_comment_count")),
        _c("ip_location", TEXT, aliases=("IP属地",)),
        _c("is_own", BOOL, aliases=("是否作者", "作者回复")),
        # worked out by the loader from the text (never read from a file)
        _c("terms", TAGS),
        _c("sentiment", ENUM, choices=SENTIMENTS),
        _c("sentiment_score", FRACTION),
        _c("is_question", BOOL),
        _c("is_complaint", BOOL),
    ),
    signature=("comment_id", "post_id", "created_at"),
)
COMMENT_DERIVED = ("terms", "sentiment", "sentiment_score", "is_question", "is_complaint")

TABLE_NAMES = tuple(TABLES)

# The platforms' own post figures (everything after profile_visits in posts): most exports fill
# few of them, so the store keeps them in a table of their own beside the posts.
NATIVE_POST_COLUMNS = tuple(c.name for c in TABLES["posts"].columns[
    [c.name for c in TABLES["posts"].columns].index("in_view"):])

# Required columns whose single values may be blank: unknown that day, not a broken file.
BLANK_ALLOWED = {("daily", "followers")}

# Columns whose values may be negative although they are counts.
SIGNED_COUNTS = {("daily", "followers_net")}

# Chinese file-name hints for exports saved under their platform names.
FILE_NAME_HINTS: dict[str, tuple[str, ...]] = {
    "accounts": ("accounts", "账号"),
    "daily": ("daily", "运营日志", "日报", "数据概览", "用户分析"),
    "posts": ("posts", "内容", "作品", "图文", "微博列表", "笔记"),
    "followers": ("followers", "粉丝样本", "粉丝画像"),
    "campaigns": ("campaigns", "活动"),
    "comments": ("comments", "评论", "留言"),
}

# The column that dates each table's rows (date ranges, store filters, validate's summary).
DATE_COLUMNS = {"daily": "date", "posts": "published_at", "campaigns": "start", "traffic": "date",
                "comments": "created_at"}
# Tables read whole whatever the period (a few rows each, and what they say reaches past any window).
UNDATED_TABLES = ("accounts", "campaigns", "targets", "events")
# What interactions are made of (engagement = their sum).
INTERACTIONS = ("reposts", "comments", "likes")

TOTALS_MARKERS = ("合计", "总计", "汇总", "total", "sum")
LOWER_BOUND_SUFFIX = "_lower_bound"


def aliases_for(table: Table, column: Column) -> tuple[str, ...]:
    """Every header that maps to ``column`` in ``table``: its name, its own and shared aliases."""
    return (column.name, *column.aliases, *ALIASES.get(column.name, ()))

# Values of enumerated columns as exports write them.
VALUE_ALIASES: dict[str, dict[str, str]] = {
    "platform": {"微博": "weibo", "微信": "wechat", "公众号": "wechat", "微信公众号": "wechat",
                 "视频号": "channels", "微信视频号": "channels", "快手": "kuaishou", "抖音": "douyin", "小红书": "xiaohongshu",
                 "b站": "bilibili", "哔哩哔哩": "bilibili", "其他": "other"},
    "role": {"自有": "own", "我方": "own", "本品": "own", "竞品": "competitor", "竞争对手": "competitor"},
    "format": {"文字": "text", "纯文字": "text", "图片": "image", "图文": "image", "视频": "video",
               "直播": "live", "文章": "article", "长文": "article", "其他": "other"},
    "channel": {"全部": "all", "公众号消息": "message", "聊天会话": "chat", "朋友圈": "moments", "推荐": "recommended",
                "看一看": "recommended", "搜一搜": "search", "公众号主页": "profile", "其他": "other"},
    "metric": {"粉丝数": "followers", "净增粉丝": "followers_net", "涨粉": "followers_net", "发布数": "posts",
               "阅读": "reads", "阅读数": "reads", "播放量": "reads", "互动": "interactions", "互动数": "interactions",
               "互动率": "engagement_rate"},
    "kind": {"活动": "campaign", "活动上线": "campaign", "舆情": "crisis", "危机": "crisis", "平台故障": "outage",
             "故障": "outage", "达人": "kol", "达人发布": "kol", "KOL": "kol", "新品上市": "launch", "上新": "launch",
             "平台抽奖": "platform_lottery", "抽奖": "platform_lottery", "自建": "self_run",
             "自建活动": "self_run", "联合": "joint", "异业": "joint", "联合活动": "joint",
             "其他": "other"},
}
# Enumerated columns where an unknown value becomes "other" with a warning, not an error.
LENIENT_ENUMS = {"format", "channel"}
# Platform format names that say what they are in passing ("1-3min视频", "横版视频"): a word in them decides.
FORMAT_WORDS = (("直播", "live"), ("视频", "video"), ("video", "video"), ("图文", "image"), ("图片", "image"),
                ("文章", "article"), ("文字", "text"))
