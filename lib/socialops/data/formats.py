"""The export shapes socialops reads, declared as data: one :class:`SourceFormat` each.

A format says how to recognise a sheet (headers it must have, or a sheet name), which
platform and table it holds, how its headers map onto the contract's columns, which
headers are deliberately not used (and why), and the few steps no mapping can express
(an id inside a URL, a format told by which media a post has). A new export shape is a
new declaration here plus a fixture in the tests, not a change to the loader.
``docs/sources.md`` says where each shape comes from.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from socialops.data import contract as C

COMMENTS_SHEET = "留言"  # the sheet sheets.py makes of a JSON export's nested comments (wechat-article-exporter)
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalize_header(cell) -> str:
    """A header as it is compared: no BOM or other invisible characters, no unit suffix such as
    ``阅读数(次)``, lower case."""
    text = "" if cell is None or (isinstance(cell, float) and cell != cell) else str(cell)
    text = INVISIBLE.sub("", text).replace("\u00a0", " ").strip()
    text = re.sub(r"[（(][^)）]*[)）]$", "", text).strip()
    return text.lower()


Hook = Callable[[pd.DataFrame, pd.DataFrame], pd.DataFrame]


@dataclass(frozen=True)
class SourceFormat:
    """One export shape: how to recognise it, what it holds, how to read it."""

    key: str
    label: str                                   # what validate prints: source and menu
    platform: str | None                         # None: the same shape comes from several platforms
    table: str                                   # a contract table, or "profile" (an account's own page)
    columns: Mapping[str, str | tuple[str, ...]]  # export header → contract column(s)
    needs: tuple[str, ...] = ()                  # headers that must all be there
    needs_any: tuple[str, ...] = ()              # ... and at least one of these
    sheet_names: tuple[str, ...] = ()            # or: a workbook sheet with one of these names
    ignored: Mapping[str, str] = field(default_factory=dict)  # header → why it is not used
    author: tuple[str, ...] = ()                 # headers naming a post's author: one account per file
    name_from: str | None = None                 # header holding the account's display name
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # column → export value → contract value
    hooks: tuple[Hook, ...] = ()                 # steps after parsing: (canonical frame, raw frame) → frame
    metric_from_sheet: bool = False              # a 日期/数值 sheet whose name says the metric
    skip: str | None = None                      # recognised, deliberately not read: why
    max_columns: int | None = None

    def header_set(self) -> set[str]:
        return {normalize_header(h) for h in (*self.columns, *self.ignored)}

    def matches(self, headers: set[str], sheet: str | None) -> bool:
        if self.sheet_names and sheet is not None and normalize_header(sheet) in {normalize_header(s) for s in self.sheet_names}:
            return not self.needs or {normalize_header(h) for h in self.needs} <= headers
        if self.sheet_names and not self.needs:
            return False
        if not self.needs and not self.needs_any:
            return False
        if not {normalize_header(h) for h in self.needs} <= headers:
            return False
        if self.needs_any and not headers & {normalize_header(h) for h in self.needs_any}:
            return False
        return self.max_columns is None or len(headers) <= self.max_columns

    def missing(self, headers: set[str]) -> list[str]:
        return [h for h in self.needs if normalize_header(h) not in headers]


# ---------------------------------------------------------------- steps no mapping expresses

def wechat_article_ids(urls: pd.Series) -> pd.Series:
    """A WeChat article's id: ``mid`` and ``idx`` of its URL (``…&mid=2650…&idx=1…`` → ``2650…_1``); missing where the
    URL has neither."""
    url = urls.astype("string")
    mid = url.str.extract(r"[?&]mid=(\d+)", expand=False)
    idx = url.str.extract(r"[?&]idx=(\d+)", expand=False)
    return (mid + "_" + idx).where(mid.notna() & idx.notna())


def wechat_ids_from_url(frame: pd.DataFrame, raw: pd.DataFrame) -> pd.DataFrame:
    """WeChat articles: the id is ``mid`` and ``idx`` of the article's URL (``…&mid=2650…&idx=1…``)."""
    if "url" not in frame or "post_id" in frame:
        return frame
    ids = wechat_article_ids(frame["url"])
    if ids.notna().all():
        frame["post_id"] = ids.astype(object)
    return frame


def weibo_format_from_media(frame: pd.DataFrame, raw: pd.DataFrame) -> pd.DataFrame:
    """Weibo crawlers write media links, not a format: a video link makes a video, pictures an image post."""
    if "format" in frame:
        return frame

    def present(header: str) -> pd.Series:
        if header not in raw:
            return pd.Series(False, index=raw.index)
        text = raw[header].astype("string").str.strip()
        return (text.notna() & ~text.str.lower().isin(["", "无", "none", "nan", "-"])).fillna(False).astype(bool)

    video = present("视频url") | present("微博视频url")
    image = present("原始图片url")
    frame["format"] = pd.Series(["video" if v else "image" if i else "text" for v, i in zip(video, image)],
                                index=frame.index, dtype=object)
    return frame


# ---------------------------------------------------------------- shared pieces

_LINK = "a link (URLs are not analysed)"
_MEDIA = "a media link (images and videos are not analysed)"
_DERIVED = "a ratio the platform computed; socialops recomputes it from its parts"
_KEYWORD = "the crawler's search keyword, not a property of the post"
_TOKEN = "a crawler access token: never stored"
_PERSON = "a person's profile detail, not analysed"
_FULL_TEXT = "the full text (the title or first line is kept as the title)"

DAILY_METRICS: dict[str, str] = {
    # one metric per file or per sheet (trend downloads): its name → the daily column
    "总粉丝量": "followers", "粉丝总量": "followers", "总粉丝数": "followers", "粉丝数": "followers", "粉丝总数": "followers",
    "累计粉丝": "followers", "累计粉丝数": "followers",
    "净增粉丝": "followers_net", "净增粉丝数": "followers_net", "粉丝净增": "followers_net", "净涨粉": "followers_net",
    "净增关注": "followers_net", "净增关注数": "followers_net",
    "新增粉丝": "followers_gained", "新增粉丝数": "followers_gained", "涨粉数": "followers_gained", "涨粉": "followers_gained",
    "新增关注": "followers_gained", "新增关注数": "followers_gained",
    "取消关注": "followers_lost", "取消关注数": "followers_lost", "掉粉数": "followers_lost", "取关粉丝": "followers_lost",
    "流失粉丝": "followers_lost", "取关数": "followers_lost",
    "播放量": "reads", "观看量": "reads", "阅读量": "reads", "阅读数": "reads", "作品播放量": "reads",
    "主页访问量": "profile_visits", "主页访问": "profile_visits", "主页访客数": "profile_visits",
    "点赞": "likes", "点赞量": "likes", "点赞数": "likes", "获赞": "likes",
    "评论": "comments", "评论量": "comments", "评论数": "comments",
    "分享": "reposts", "分享量": "reposts", "分享数": "reposts",
    "收藏": "favorites", "收藏量": "favorites", "收藏数": "favorites",
    "曝光": "impressions", "曝光量": "impressions", "曝光数": "impressions",
    "作品数": "posts", "发布数": "posts", "投稿量": "posts", "笔记数": "posts",
}

_CRAWLER_AUTHOR = ("user_id", "creator_hash", "sec_uid")
_CRAWLER_IGNORED = {
    "desc": _FULL_TEXT, "avatar": _MEDIA, "source_keyword": _KEYWORD,
    "user_id": "the author's platform id (the account is named with --account)",
    "creator_hash": "the author's anonymised id (the account is named with --account)",
    "nickname": "the author's name: used as the account's display name",
    "gender": _PERSON, "profile_url": _LINK,
}


def _crawler(key: str, label: str, platform: str, columns: dict, needs: tuple, ignored: dict | None = None,
             values: dict | None = None) -> SourceFormat:
    """A MediaCrawler content store (CSV, JSONL, JSON or the Excel export's Contents sheet)."""
    columns = {**columns, "last_modify_ts": "captured_at"}  # when the crawler read the figures: the post's age then
    return SourceFormat(key, label, platform, "posts", columns, needs=needs,
                        ignored={**_CRAWLER_IGNORED, **(ignored or {})}, author=_CRAWLER_AUTHOR,
                        name_from="nickname", values=values or {})


_NEVER_STORED = "a commenter's name or picture: never read (comment authors are kept as a salted hash)"
_COMMENT_IGNORED = {
    "nickname": _NEVER_STORED, "avatar": _NEVER_STORED, "profile_url": _NEVER_STORED, "gender": _NEVER_STORED,
    "sex": _NEVER_STORED, "sign": _NEVER_STORED, "user_signature": _NEVER_STORED, "sec_uid": _NEVER_STORED,
    "short_user_id": _NEVER_STORED, "user_unique_id": _NEVER_STORED, "pictures": _MEDIA,
    "create_date_time": "the same time as create_time", "last_modify_ts": "when the crawler read the comment",
}


def _crawler_comments(key: str, platform: str | None, post_column: str, likes: str | None) -> SourceFormat:
    """A MediaCrawler comments store (CSV, JSONL, JSON or the Excel export's Comments sheet): one row per comment
    or reply. Its author comes as ``user_id`` (older versions) or ``creator_hash`` (newer): either is hashed with
    this installation's salt when read (socialops.data.comments), and nicknames are never read."""
    columns = {"comment_id": "comment_id", "create_time": "created_at", post_column: "post_id", "content": "text",
               "creator_hash": "author", "user_id": "author", "parent_comment_id": "parent_id",
               "like_count": "likes", "comment_like_count": "likes", "sub_comment_count": "sub_comments",
               "ip_location": "ip_location"}
    needs = ("comment_id", post_column, "content", *((likes,) if likes else ()))
    label = f"MediaCrawler · {platform or 'bilibili or kuaishou'} comments (CSV, JSONL, JSON or Excel)"
    return SourceFormat(f"mediacrawler_{key}_comments", label, platform, "comments", columns, needs=needs,
                        ignored=_COMMENT_IGNORED)


FORMATS: tuple[SourceFormat, ...] = (
    # ------------------------------------------------ WeChat Official Account (公众号后台)
    SourceFormat(
        "wechat_user_growth", "WeChat Official Account · 用户分析 → 用户增长 (daily)", "wechat", "daily",
        {"时间": "date", "日期": "date", "新关注人数": "followers_gained", "取消关注人数": "followers_lost",
         "净增关注人数": "followers_net", "累积关注人数": "followers", "累计关注人数": "followers"},
        needs=("新关注人数", "取消关注人数"), needs_any=("累积关注人数", "累计关注人数", "净增关注人数"),
    ),
    SourceFormat(
        "wechat_articles", "WeChat Official Account · 内容分析 → 已通知内容 / 单篇群发 (one row per article)", "wechat",
        "posts",
        {"内容标题": "title", "标题": "title", "发表时间": "published_at", "群发时间": "published_at",
         "总阅读次数": "reads", "总阅读人数": "readers", "总分享次数": "reposts", "总分享人数": "sharers",
         "阅读后关注人数": "follows", "送达人数": "delivered", "公众号消息阅读次数": "message_reads",
         "首次分享次数": "first_shares", "分享产生阅读次数": "share_reads", "阅读完成率": "read_completion_rate",
         "点赞人数": "likes", "点赞数": "likes", "在看人数": "in_view", "在看数": "in_view", "留言数": "comments",
         "留言人数": "comments", "评论数": "comments", "收藏人数": "favorites", "内容url": "url", "文章链接": "url"},
        needs=("内容标题", "发表时间"), needs_any=("总阅读次数", "总阅读人数"),
        ignored={"送达阅读率": _DERIVED, "首次分享率": _DERIVED, "每次分享带来阅读次数": _DERIVED,
                 "阅读完成人数": "readers who finished (socialops keeps the completion rate)"},
        hooks=(wechat_ids_from_url,),
    ),
    SourceFormat(
        "wechat_traffic", "WeChat Official Account · 内容分析 → 流量分析 detail (one row per day and channel)", "wechat",
        "traffic",
        {"日期": "date", "时间": "date", "渠道": "channel", "流量来源": "channel", "阅读次数": "reads",
         "阅读人数": "readers", "阅读次数占比": "share_of_reads"},
        needs=("阅读次数",), needs_any=("渠道", "流量来源"),
    ),
    # ------------------------------------------------ WeChat Channels (视频号助手)
    SourceFormat(
        "channels_posts", "WeChat Channels · 视频号助手 → 数据中心 → 动态数据 (one row per video)", "channels", "posts",
        {"视频描述": "title", "视频ID": "post_id", "视频id": "post_id", "发布时间": "published_at", "完播率": "completion_rate",
         "平均播放时长": "avg_watch_seconds", "播放量": "reads", "推荐": "recommends", "喜欢": "likes", "点赞": "likes",
         "评论量": "comments", "分享量": "reposts", "关注量": "follows", "收藏量": "favorites", "视频时长": "duration_seconds"},
        needs=("视频描述", "发布时间", "播放量"), needs_any=("完播率", "推荐", "喜欢"),
    ),
    # ------------------------------------------------ Douyin (抖音创作者中心)
    SourceFormat(
        "douyin_works", "Douyin creator centre · 数据中心 → 作品数据 → 作品列表 export", "douyin", "posts",
        {"作品名称": "title", "作品ID": "post_id", "作品id": "post_id", "发布时间": "published_at",
         "体裁": ("format", "format_label"), "播放量": "reads", "完播率": "completion_rate", "5s完播率": "completion_5s_rate",
         "封面点击率": "cover_click_rate", "2s跳出率": "bounce_2s_rate", "平均播放时长": "avg_watch_seconds",
         "点赞量": "likes", "分享量": "reposts", "评论量": "comments", "收藏量": "favorites", "主页访问量": "profile_visits",
         "粉丝增量": "follows", "作品时长": "duration_seconds", "视频时长": "duration_seconds",
         "数据日期": "captured_at"},  # the day the figures were read: the post's age then (the publish time dates it)
        needs=("作品名称", "发布时间", "播放量"), needs_any=("完播率", "2s跳出率", "5s完播率"),
        ignored={"审核状态": "the review status, not a performance figure",
                 "所属平台": "always 抖音 in this export"},
    ),
    SourceFormat(
        "daily_metric", "One metric per day (Douyin's account overview trend downloads, one file per metric)", None,
        "daily", {"日期": "date", "时间": "date", **DAILY_METRICS},
        needs=("日期",), needs_any=tuple(DAILY_METRICS), max_columns=2,
    ),
    # ------------------------------------------------ Xiaohongshu (小红书创作服务平台)
    SourceFormat(
        "xhs_notes", "Xiaohongshu creator platform · 数据中心 → 笔记数据 → 笔记列表明细表.xlsx", "xiaohongshu", "posts",
        {"笔记标题": "title", "笔记ID": "post_id", "笔记id": "post_id", "首次发布时间": "published_at",
         "体裁": ("format", "format_label"), "曝光": "impressions", "观看量": "reads", "封面点击率": "cover_click_rate",
         "点赞": "likes", "评论": "comments", "收藏": "favorites", "涨粉": "follows", "分享": "reposts",
         "人均观看时长": "avg_watch_seconds", "弹幕": "danmaku"},
        needs=("笔记标题", "首次发布时间", "观看量"),
    ),
    SourceFormat(
        "xhs_dashboard_summary", "Xiaohongshu creator platform · 数据看板 download, summary sheet (指标/数值)",
        "xiaohongshu", "daily", {}, needs=("指标", "数值"),
        skip="the period's totals: socialops adds up the daily sheets beside it instead",
    ),
    SourceFormat(
        "xhs_dashboard_trend", "Xiaohongshu creator platform · 数据看板 download, one sheet per trend (日期/数值)",
        None, "daily", {"日期": "date", "时间": "date", "数值": "value"}, needs=("日期", "数值"), metric_from_sheet=True,
    ),
    # ------------------------------------------------ Weibo crawlers
    SourceFormat(
        "weibo_crawler_posts", "dataabc/weibo-crawler · <user_id>.csv (one row per weibo)", "weibo", "posts",
        {"id": "post_id", "正文": "title", "完整日期": "published_at", "点赞数": "likes", "评论数": "comments",
         "转发数": "reposts", "话题": "tags", "@用户": "mentioned_users", "是否原创": "is_original"},
        needs=("bid", "正文", "转发数", "完整日期"),
        ignored={"bid": "the weibo's short id (its numeric id is used)", "日期": "the same time as 完整日期",
                 "头条文章url": _LINK, "原始图片url": "a media link: tells an image post", "视频url": "a media link: tells a video",
                 "Live Photo视频url": _MEDIA, "位置": "a place name, not analysed", "工具": "the client it was posted from",
                 "是否编辑过": "an edit flag, not analysed", "编辑次数": "an edit count, not analysed",
                 "源用户id": "the reposted weibo's author", "源用户昵称": "the reposted weibo's author",
                 **{f"源微博{h}": "the reposted weibo's own figures, not this account's" for h in (
                     "id", "bid", "正文", "头条文章url", "原始图片url", "视频url", "Live Photo视频url", "位置", "日期", "工具",
                     "点赞数", "评论数", "转发数", "话题", "@用户", "完整日期", "是否编辑过", "编辑次数")}},
        hooks=(weibo_format_from_media,),
    ),
    SourceFormat(
        "weibo_crawler_users", "dataabc/weibo-crawler · users.csv (one row per crawled user)", "weibo", "profile",
        {"昵称": "name", "是否认证": "verified", "简介": "bio", "注册时间": "created_on", "粉丝数": "followers",
         "用户id": "platform_user_id"},
        needs=("用户id", "昵称", "粉丝数", "微博数"),
        ignored={h: _PERSON for h in ("性别", "生日", "所在地", "IP属地", "学习经历", "公司", "阳光信用", "微博等级", "会员等级",
                                      "认证类型", "认证信息", "主页", "头像", "高清头像", "关注数", "微博数", "上次记录微博信息")},
        name_from="昵称",
    ),
    SourceFormat(
        "weibo_spider_posts", "dataabc/weiboSpider · <user_id>.csv (one row per weibo)", "weibo", "posts",
        {"微博id": "post_id", "微博正文": "title", "发布时间": "published_at", "点赞数": "likes", "转发数": "reposts",
         "评论数": "comments", "是否为原创微博": "is_original"},
        needs=("微博id", "微博正文", "发布时间"),
        ignored={"头条文章url": _LINK, "原始图片url": "a media link: tells an image post", "微博视频url": "a media link: tells a video",
                 "被转发微博原始图片url": _MEDIA, "发布位置": "a place name, not analysed", "发布工具": "the client it was posted from"},
        hooks=(weibo_format_from_media,),
    ),
    # ------------------------------------------------ NanmiCoder/MediaCrawler stores
    _crawler("mediacrawler_xhs", "MediaCrawler · xhs contents (CSV, JSONL, JSON or Excel)", "xiaohongshu",
             {"note_id": "post_id", "type": "format", "title": "title", "time": "published_at",
              "liked_count": "likes", "collected_count": "favorites", "comment_count": "comments",
              "share_count": "reposts", "ip_location": "ip_location", "tag_list": "tags", "note_url": "url"},
             needs=("note_id", "liked_count", "collected_count"),
             ignored={"video_url": _MEDIA, "image_list": _MEDIA, "last_update_time": "when the note was last edited",
                      "xsec_token": _TOKEN},
             values={"format": {"normal": "image", "video": "video"}}),
    _crawler("mediacrawler_douyin", "MediaCrawler · douyin contents (CSV, JSONL, JSON or Excel)", "douyin",
             {"aweme_id": "post_id", "aweme_type": "format", "title": "title", "create_time": "published_at",
              "liked_count": "likes", "collected_count": "favorites", "comment_count": "comments",
              "share_count": "reposts", "ip_location": "ip_location", "aweme_url": "url"},
             needs=("aweme_id", "liked_count"),
             ignored={"cover_url": _MEDIA, "video_download_url": _MEDIA, "music_download_url": _MEDIA,
                      "note_download_url": _MEDIA, "sec_uid": "the author's platform id", "short_user_id": "the author's short id",
                      "user_unique_id": "the author's handle", "user_signature": _PERSON},
             values={"format": {"0": "video", "4": "video", "61": "video", "2": "image", "68": "image"}}),
    _crawler("mediacrawler_weibo", "MediaCrawler · weibo contents (CSV, JSONL, JSON or Excel)", "weibo",
             {"note_id": "post_id", "content": "title", "create_time": "published_at", "liked_count": "likes",
              "comments_count": "comments", "shared_count": "reposts", "note_url": "url", "ip_location": "ip_location"},
             needs=("note_id", "comments_count", "shared_count"),
             ignored={"create_date_time": "the same time as create_time"}),
    _crawler("mediacrawler_bilibili", "MediaCrawler · bilibili videos (CSV, JSONL, JSON or Excel)", "bilibili",
             {"video_id": "post_id", "video_type": "format", "title": "title", "create_time": "published_at",
              "liked_count": "likes", "video_play_count": "reads", "video_favorite_count": "favorites",
              "video_share_count": "reposts", "video_coin_count": "coins", "video_danmaku": "danmaku",
              "video_comment": "comments", "video_url": "url"},
             needs=("video_id", "video_coin_count"),
             ignored={"disliked_count": "dislikes (always 0 in public data)", "video_cover_url": _MEDIA}),
    _crawler("mediacrawler_kuaishou", "MediaCrawler · kuaishou videos (CSV, JSONL, JSON or Excel)", "kuaishou",
             {"video_id": "post_id", "video_type": "format", "title": "title", "create_time": "published_at",
              "liked_count": "likes", "viewd_count": "reads", "video_url": "url"},
             needs=("video_id", "viewd_count"),
             ignored={"video_cover_url": _MEDIA, "video_play_url": _MEDIA},
             values={"format": {"video": "video", "1": "video"}}),
    SourceFormat(
        "mediacrawler_creators", "MediaCrawler · creators (the account's profile: name and follower count)", None,
        "profile",
        {"nickname": "name", "fans": "followers", "total_fans": "followers", "last_modify_ts": "date",
         "user_id": "platform_user_id"},
        needs=("user_id", "nickname"), needs_any=("fans", "total_fans"),
        ignored={"gender": _PERSON, "sex": _PERSON, "avatar": _MEDIA, "desc": _PERSON, "sign": _PERSON,
                 "ip_location": _PERSON, "follows": "how many accounts it follows", "interaction": "total interactions ever",
                 "tag_list": _PERSON, "videos_count": "posts ever", "total_liked": "likes ever", "user_rank": _PERSON,
                 "is_official": _PERSON},
        name_from="nickname",
    ),
    SourceFormat(
        "weibo_crawler_comments", "dataabc/weibo-crawler · <昵称>_comments.csv and <昵称>_<weibo_id>_comments.csv "
        "(one row per comment)", "weibo", "comments",
        {"id": "comment_id", "weibo_id": "post_id", "created_at": "created_at", "text": "text",
         "user_screen_name": "author", "like_count": "likes"},
        needs=("id", "weibo_id", "created_at", "user_screen_name", "text"),
        ignored={"pic_url": _MEDIA},
    ),
    # ------------------------------------------------ wechat-article-exporter (a 公众号's articles, own or a competitor's)
    SourceFormat(
        "wechat_exporter_json", "wechat-article-exporter · JSON export (one record per article)", "wechat", "posts",
        {"link": "url", "title": "title", "update_time": "published_at", "readNum": "reads", "oldLikeNum": "likes",
         "shareNum": "reposts", "likeNum": "in_view", "commentNum": "comments"},
        needs=("aid", "link", "title", "update_time", "_accountName"),
        ignored={"aid": "the article's id in the back end (its link's mid and idx are used, as every WeChat export's)",
                 "create_time": "when the draft was made (update_time is when it was published)",
                 "_accountName": "the 公众号's name: used as the account's display name", "author_name": _PERSON,
                 "cover": _MEDIA, "cover_img": _MEDIA, "digest": "the summary line (the title is kept)",
                 "content": _FULL_TEXT, "comments": f"the 留言: read into the comments table (sheet {COMMENTS_SHEET})",
                 **{k: "a back-end flag or media link, not analysed" for k in (
                     "album_id", "appmsg_album_infos", "appmsgid", "ban_flag", "checking", "copyright_stat",
                     "copyright_type", "cover_img_theme_color", "has_red_packet_cover", "is_deleted", "is_pay_subscribe",
                     "wecoin_count", "item_show_type", "itemidx", "media_duration", "mediaapi_publish_status",
                     "pic_cdn_url_1_1", "pic_cdn_url_3_4", "pic_cdn_url_16_9", "pic_cdn_url_235_1", "fakeid", "_status",
                     "_single")}},
        name_from="_accountName", hooks=(wechat_ids_from_url,),
    ),
    SourceFormat(
        "wechat_exporter_excel", "wechat-article-exporter · Excel export (微信公众号文章.xlsx)", "wechat", "posts",
        {"链接": "url", "标题": "title", "发布时间": "published_at", "阅读": "reads", "点赞": "likes", "分享": "reposts",
         "喜欢": "in_view", "留言": "comments", "是否原创": "is_original"},
        needs=("公众号", "ID", "链接", "标题", "发布时间"),
        ignored={"公众号": "the 公众号's name: used as the account's display name",
                 "ID": "the article's id in the back end (its link's mid and idx are used, as every WeChat export's)",
                 "封面": _MEDIA, "摘要": "the summary line (the title is kept)", "创建时间": "when the draft was made",
                 "作者": _PERSON, "文章类型": "the article's display type, not analysed", "所属合集": "the collections it is in",
                 "文章内容": _FULL_TEXT},
        values={"is_original": {"原创": "true"}}, name_from="公众号", hooks=(wechat_ids_from_url,),
    ),
    SourceFormat(
        "wechat_exporter_comments", "wechat-article-exporter · JSON export with 留言 (comments and the replies under them)",
        "wechat", "comments",
        {"comment_id": "comment_id", "article_id": "post_id", "create_time": "created_at", "content": "text",
         "nick_name": "author", "like_num": "likes", "reply_total_cnt": "sub_comments", "province_name": "ip_location",
         "reply_to": "parent_id"},
        needs=("comment_id", "article_id", "content", "nick_name"), sheet_names=(COMMENTS_SHEET,),
        ignored={"link": _LINK},
    ),
    # Bilibili's and Kuaishou's comments differ only by Bilibili's like_count: without it, the account's platform decides
    *(_crawler_comments(key, platform, post_column, likes) for key, platform, post_column, likes in (
        ("weibo", "weibo", "note_id", "comment_like_count"), ("xhs", "xiaohongshu", "note_id", None),
        ("douyin", "douyin", "aweme_id", None), ("bilibili", "bilibili", "video_id", "like_count"),
        ("video", None, "video_id", None))),
)

BY_KEY = {f.key: f for f in FORMATS}


def recognise(headers: list[str], sheet: str | None = None) -> SourceFormat | None:
    """The declared format these headers (or this sheet name) belong to; the most specific one wins."""
    present = {normalize_header(h) for h in headers if h}
    found = [f for f in FORMATS if f.matches(present, sheet)]
    if not found:
        return None
    return max(found, key=lambda f: (bool(f.sheet_names and sheet), len(f.needs) + bool(f.needs_any),
                                     len(present & f.header_set())))


def nearest(headers: list[str], count: int = 3) -> list[tuple[SourceFormat, list[str]]]:
    """The declared formats closest to these headers, with the headers each would still need."""
    present = {normalize_header(h) for h in headers if h}
    scored = []
    for f in FORMATS:
        if f.skip or not f.needs:
            continue
        have = len(present & {normalize_header(h) for h in f.needs}) + len(present & f.header_set()) / 100
        if have:
            scored.append((have, f))
    scored.sort(key=lambda pair: -pair[0])
    return [(f, f.missing(present)) for _, f in scored[:count]]


def metric_of_sheet(name: str | None) -> str | None:
    """The daily column a trend sheet named ``name`` holds (``涨粉数`` → followers_gained)."""
    if not name:
        return None
    key = re.sub(r"(趋势|数据|明细|\s)", "", str(name))
    return DAILY_METRICS.get(key) or DAILY_METRICS.get(str(name).strip())


PLATFORM_CHOICES = C.PLATFORMS
