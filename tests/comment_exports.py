"""Comment downloads as the crawlers write them, rebuilt from the crawlers' own source code.

MediaCrawler (NanmiCoder/MediaCrawler, commit d6f7c5bb906b6dac40ddf343ef9e26438a3de092): the fields of
each platform's comment record are those of ``store/<platform>/__init__.py`` (``update_xhs_note_comment``,
``update_dy_aweme_comment``, ``update_weibo_note_comment``, ``update_bilibili_video_comment``,
``update_ks_video_comment``), in that order; authors as ``creator_hash`` (``tools/user_hash.py``:
sha256 of the user id, 16 hex digits) and a masked nickname. Older versions (weibo at d392747) wrote the raw
``user_id``, the nickname, avatar and profile link instead. Files are named as ``tools/async_file_writer.py``
names them (``{crawler_type}_comments_{date}.{csv|json|jsonl}``); the Excel store writes a ``Comments`` sheet
(``store/excel_store_base.py``). Times: Xiaohongshu and Kuaishou in epoch milliseconds, the others in seconds.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

SH = "Asia/Shanghai"


def creator_hash(user_id: str) -> str:
    """MediaCrawler's tools/user_hash.anonymize_user_id."""
    return hashlib.sha256(user_id.encode("utf-8")).hexdigest()[:16]


def _mask(name: str) -> str:
    return name[0] + "***" + name[-1] if len(name) >= 3 else name[0] + "*"


def _epoch(when: str, ms: bool = False) -> int:
    seconds = int(pd.Timestamp(when).tz_localize(SH).timestamp())
    return seconds * 1000 if ms else seconds


@dataclass
class CommentCase:
    key: str
    folder: Path
    platform: str
    comments: int                 # rows the file holds
    likes: int | None             # their likes, summed, where the platform's crawl carries them
    texts: list[str]


THREAD = [  # (comment id, parent, author, text, time, likes)
    ("1001", None, "u-fan-1", "太好喝了吧😍 求链接", "2026-10-03 20:15:00", 35),
    ("1002", None, "u-fan-2", "等了十天还没发货，什么情况？要退款", "2026-10-04 09:02:00", 12),
    ("1003", "1002", "u-brand", "亲，已为您加急处理，请私信订单号哦", "2026-10-04 11:30:00", 3),
    ("1004", None, "u-fan-1", "哈哈哈哈哈哈笑死[笑哭]", "2026-10-05 22:40:00", 0),
]
POST = "6710000000000000000000aa"


def _rows(platform: str) -> list[dict]:
    """The thread above as the crawler's store function writes it for ``platform`` (the newer, hashed shape)."""
    out = []
    for cid, parent, author, text, when, likes in THREAD:
        common = {"comment_id": cid, "content": text, "creator_hash": creator_hash(author), "nickname": _mask("品牌粉丝" + cid)}
        if platform == "xhs":
            out.append({"comment_id": cid, "create_time": _epoch(when, ms=True), "note_id": POST, "content": text,
                        "creator_hash": common["creator_hash"], "nickname": common["nickname"], "sub_comment_count": 0,
                        "pictures": "", "parent_comment_id": parent or "", "last_modify_ts": 1793500000000, "like_count": likes})
        elif platform == "douyin":
            out.append({"comment_id": cid, "create_time": _epoch(when), "aweme_id": "7400000000000000001", "content": text,
                        "creator_hash": common["creator_hash"], "nickname": common["nickname"], "sub_comment_count": "0",
                        "like_count": likes, "last_modify_ts": 1793500000000, "parent_comment_id": parent or "0",
                        "pictures": ""})
        elif platform == "weibo":
            out.append({"comment_id": cid, "create_time": _epoch(when),
                        "create_date_time": pd.Timestamp(when).strftime("%Y-%m-%d %H:%M:%S+08:00"), "note_id": "5100000000000001",
                        "content": text, "sub_comment_count": "0", "comment_like_count": str(likes),
                        "last_modify_ts": 1793500000000, "parent_comment_id": parent or cid,  # a root comment's rootid is its own
                        "creator_hash": common["creator_hash"], "nickname": common["nickname"]})
        elif platform == "bilibili":
            out.append({"comment_id": cid, "parent_comment_id": parent or "0", "create_time": _epoch(when),
                        "video_id": "100000", "content": text, "creator_hash": common["creator_hash"],
                        "nickname": common["nickname"], "sub_comment_count": "0", "like_count": likes,
                        "last_modify_ts": 1793500000000})
        elif platform == "kuaishou":
            out.append({"comment_id": cid, "create_time": _epoch(when, ms=True), "video_id": "3xabc", "content": text,
                        "creator_hash": common["creator_hash"], "nickname": common["nickname"], "sub_comment_count": "0",
                        "last_modify_ts": 1793500000000})
    return out


PLATFORMS = {"xhs": "xiaohongshu", "douyin": "douyin", "weibo": "weibo", "bilibili": "bilibili", "kuaishou": "kuaishou"}


def mediacrawler(root: Path, platform: str, store: str) -> CommentCase:
    """One platform's comments in one of the crawler's stores: csv, json (indented list), jsonl or xlsx."""
    folder = root / f"mc_{platform}_{store}"
    folder.mkdir(parents=True)
    rows = _rows(platform)
    name = f"creator_comments_2026-11-01.{store}"
    if store == "csv":
        pd.DataFrame(rows).to_csv(folder / name, index=False, encoding="utf-8-sig")
    elif store == "json":
        (folder / name).write_text(json.dumps(rows, ensure_ascii=False, indent=4), encoding="utf-8")
    elif store == "jsonl":
        (folder / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    else:
        with pd.ExcelWriter(folder / f"{platform}_creator_20261101_120000.xlsx") as writer:
            pd.DataFrame(rows).to_excel(writer, sheet_name="Comments", index=False)
    likes = None if platform == "kuaishou" else sum(r[5] for r in THREAD)
    return CommentCase(f"{platform}_{store}", folder, PLATFORMS[platform], len(rows), likes, [r[3] for r in THREAD])


def mediacrawler_weibo_old(root: Path) -> CommentCase:
    """The older weibo comment record (d392747): raw user id, nickname, gender, profile link and avatar."""
    folder = root / "mc_weibo_old"
    folder.mkdir(parents=True)
    rows = [{"comment_id": cid, "create_time": _epoch(when), "create_date_time": when + "+08:00", "note_id": "5100000000000001",
             "content": text, "sub_comment_count": "0", "comment_like_count": str(likes), "last_modify_ts": 1793500000000,
             "ip_location": "上海", "parent_comment_id": parent or cid, "user_id": author, "nickname": "真名" + author,
             "gender": "f", "profile_url": f"https://weibo.com/u/{author}", "avatar": "https://tva1.example/a.jpg"}
            for cid, parent, author, text, when, likes in THREAD]
    pd.DataFrame(rows).to_csv(folder / "search_comments_2026-11-01.csv", index=False, encoding="utf-8-sig")
    return CommentCase("weibo_old", folder, "weibo", len(rows), sum(r[5] for r in THREAD), [r[3] for r in THREAD])


def weibo_crawler(root: Path) -> CommentCase:
    """dataabc/weibo-crawler (commit 93cd292, weibo.py: ``parse_sqlite_comment`` stores the API's comment,
    ``export_comments_to_csv_for_current_user`` writes it): the user's folder holds ``<昵称>_comments.csv`` with every
    comment and ``<昵称>_<weibo_id>_comments.csv`` per weibo, UTF-8 with BOM, header id, weibo_id, created_at (the
    API's ``Sat Oct 03 20:15:00 +0800 2026``), user_screen_name, text (HTML removed), pic_url, like_count. No user id:
    the commenter is known by name alone (hashed as it is read), and the account's own replies by its name."""
    folder = root / "weibo" / "茶语时光官方微博"
    folder.mkdir(parents=True)
    names = {"u-fan-1": "爱喝茶的小林", "u-fan-2": "柠檬不酸", "u-brand": "茶语时光官方微博"}
    rows = [(cid, "5100000000000001" if i < 2 else "5100000000000002",
             pd.Timestamp(when).strftime("%a %b %d %H:%M:%S +0800 %Y"), names[author], text, "", likes)
            for i, (cid, _parent, author, text, when, likes) in enumerate(THREAD)]
    header = ["id", "weibo_id", "created_at", "user_screen_name", "text", "pic_url", "like_count"]
    frame = pd.DataFrame(rows, columns=header)
    frame.to_csv(folder / "茶语时光官方微博_comments.csv", index=False, encoding="utf-8-sig")
    for weibo_id, part in frame.groupby("weibo_id"):
        part.to_csv(folder / f"茶语时光官方微博_{weibo_id}_comments.csv", index=False, encoding="utf-8-sig")
    return CommentCase("weibo_crawler", folder, "weibo", len(rows), sum(r[5] for r in THREAD), [r[3] for r in THREAD])


WECHAT_ACCOUNT = "茶语时光服务号"


def _article(i: int, when: str, reads: int) -> dict:
    """An article as wechat-article-exporter (commit 55217d4) exports it: the back end's AppMsgEx (types/types.d.ts)
    with the account's name and the figures it fetched (utils/download/Exporter.ts, exportJsonFiles)."""
    link = f"http://mp.weixin.qq.com/s?__biz=MzA5&mid=26500000{i:02d}&idx=1&sn=abc{i}&chksm=1#rd"
    return {"aid": f"26500000{i:02d}_1", "album_id": "", "appmsg_album_infos": [], "appmsgid": 2650000000 + i,
            "author_name": "小茶", "ban_flag": 0, "checking": 0, "copyright_stat": 1 if i % 2 else 0, "copyright_type": 1,
            "cover": "https://mmbiz.qpic.cn/c.jpg", "create_time": _epoch(when) - 3600, "digest": "摘要", "item_show_type": 0,
            "itemidx": 1, "link": link, "title": f"秋季新品第{i}期", "update_time": _epoch(when), "_accountName": WECHAT_ACCOUNT,
            "readNum": reads, "oldLikeNum": reads // 50, "shareNum": reads // 80, "likeNum": reads // 120,
            "commentNum": 3, "fakeid": "MzA5"}


def _wechat_comment(cid: str, when: str, name: str, text: str, likes: int, replies: list[dict]) -> dict:
    """A 留言 as the comment API returns it (types/comment.d.ts), its replies under ``$reply_list`` (utils/comment.ts)."""
    return {"author_like_status": 0, "content": text, "content_id": cid, "create_time": _epoch(when), "id": 1,
            "identity_name": "", "identity_type": 1, "ip_wording": {"country_name": "中国", "province_name": "浙江"},
            "is_elected": 1, "is_from": 0, "is_from_friend": 0, "is_from_me": 0, "is_top": 0, "like_num": likes,
            "logo_url": "http://wx.qlogo.cn/a", "nick_name": name, "openid": f"o-{name}",
            "reply_new": {"max_reply_id": len(replies), "reply_list": replies, "reply_total_cnt": len(replies)},
            "$reply_list": replies}


def _wechat_reply(reply_id: int, when: str, name: str, text: str) -> dict:
    return {"content": text, "create_time": _epoch(when), "identity_type": 3, "ip_wording": {"province_name": "上海"},
            "is_from": 2, "nick_name": name, "openid": f"o-{name}", "reply_id": reply_id, "reply_like_num": 1}


def wechat_exporter(root: Path) -> CommentCase:
    """wechat-article-exporter's JSON export with 留言 (preference exportJsonIncludeComments): 微信公众号文章.json."""
    folder = root / "wechat_exporter"
    folder.mkdir(parents=True)
    first, second = _article(1, "2026-10-02 08:00:00", 5200), _article(2, "2026-10-09 08:00:00", 8100)
    first["comments"] = [
        _wechat_comment("1001", "2026-10-02 09:10:00", "爱喝茶的小林", "太好喝了吧😍 求链接", 12,
                        [_wechat_reply(1, "2026-10-02 10:00:00", WECHAT_ACCOUNT, "感谢支持～链接已放在文末"),
                         _wechat_reply(2, "2026-10-02 11:00:00", "柠檬不酸", "同求")]),
        _wechat_comment("1002", "2026-10-03 20:00:00", "柠檬不酸", "等了十天还没发货，要退款", 30, [])]
    second["comments"] = [_wechat_comment("2001", "2026-10-09 12:00:00", "路过的猫", "请问杭州有门店吗？", 2, [])]
    (folder / "微信公众号文章.json").write_text(json.dumps([first, second], ensure_ascii=False), encoding="utf-8")
    texts = ["太好喝了吧😍 求链接", "感谢支持～链接已放在文末", "同求", "等了十天还没发货，要退款", "请问杭州有门店吗？"]
    return CommentCase("wechat_exporter", folder, "wechat", 5, 12 + 1 + 1 + 30 + 2, texts)


def wechat_exporter_excel(root: Path) -> Path:
    """The same articles as the Excel export writes them (utils/exporter.ts, export2ExcelFile: Sheet1, its headers,
    times as formatTimeStamp writes them, 是否原创 `原创` or empty)."""
    folder = root / "wechat_exporter_excel"
    folder.mkdir(parents=True)
    rows = []
    for article in (_article(1, "2026-10-02 08:00:00", 5200), _article(2, "2026-10-09 08:00:00", 8100)):
        rows.append({"公众号": WECHAT_ACCOUNT, "ID": article["aid"], "链接": article["link"], "标题": article["title"],
                     "封面": article["cover"], "摘要": article["digest"],
                     "创建时间": pd.Timestamp(article["create_time"], unit="s", tz="UTC").tz_convert(SH).strftime("%Y-%m-%d %H:%M:%S"),
                     "发布时间": pd.Timestamp(article["update_time"], unit="s", tz="UTC").tz_convert(SH).strftime("%Y-%m-%d %H:%M:%S"),
                     "阅读": article["readNum"], "点赞": article["oldLikeNum"], "分享": article["shareNum"],
                     "喜欢": article["likeNum"], "留言": article["commentNum"], "作者": article["author_name"],
                     "是否原创": "原创" if article["copyright_stat"] == 1 else "", "文章类型": "普通图文", "所属合集": "",
                     "文章内容": "全文……"})
    with pd.ExcelWriter(folder / "微信公众号文章.xlsx") as writer:
        pd.DataFrame(rows).to_excel(writer, sheet_name="Sheet1", index=False)
    return folder
