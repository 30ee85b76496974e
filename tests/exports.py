"""Small downloads in the real shapes of each supported source (see docs/sources.md).

Every writer makes one account's folder exactly as the platform or crawler writes it (file
kind, note rows, header names, value spellings such as ``10万+``, ``28.64%``, ``10.59秒``,
``-``, ids ending in a tab) and returns a :class:`Case` with the figures a test can check
against: the file's own totals for October 2026.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

OCTOBER = pd.date_range("2026-10-01", "2026-10-31", freq="D")
SEPTEMBER = pd.date_range("2026-09-20", "2026-09-30", freq="D")


@dataclass
class Case:
    key: str
    folder: Path
    account: str
    platform: str
    workbook: str                       # the workbook that reads this export
    role: str = "own"
    totals: dict[str, float] = field(default_factory=dict)   # October figures the report must show
    name: str | None = None             # the display name the export gives
    flags: list[str] = field(default_factory=list)           # cli options beyond --account


def _html_xls(path: Path, frame: pd.DataFrame) -> None:
    """WeChat's "Excel" download: an HTML table saved with an .xls name."""
    rows = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in frame.astype(str).values)
    head = "<tr>" + "".join(f"<th>{c}</th>" for c in frame.columns) + "</tr>"
    path.write_text(f'<html><head><meta charset="utf-8"></head><body><table>{head}{rows}</table></body></html>',
                    encoding="utf-8")


def _times(rng, days, hours=(8, 12, 18, 21)) -> list[pd.Timestamp]:
    return [d + pd.Timedelta(hours=int(rng.choice(hours)), minutes=int(rng.integers(0, 60))) for d in days]


def _post_days(rng, count: int) -> pd.DatetimeIndex:
    days = list(SEPTEMBER[::3]) + list(rng.choice(OCTOBER, size=count, replace=False))
    return pd.DatetimeIndex(sorted(days))


# ---------------------------------------------------------------- WeChat Official Account

def wechat(root: Path) -> Case:
    folder = root / "wechat"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(1)
    days = SEPTEMBER.append(OCTOBER)
    gained = rng.integers(20, 80, len(days))
    lost = rng.integers(5, 20, len(days))
    followers = 12000 + np.cumsum(gained - lost)
    growth = pd.DataFrame({"时间": days.strftime("%Y-%m-%d"), "新关注人数": gained, "取消关注人数": lost,
                           "净增关注人数": gained - lost, "累积关注人数": followers})
    _html_xls(folder / "用户增长_20261101.xls", growth)
    posted = _post_days(rng, 12)
    reads = rng.integers(800, 6000, len(posted))
    reads_text = [str(r) for r in reads]
    reads_text[3] = "10万+"
    articles = pd.DataFrame({
        "内容标题": [f"第{i + 1}期｜秋季新品 <速览>" for i in range(len(posted))],
        "发表时间": posted.strftime("%Y%m%d"),
        "总阅读人数": (reads * 0.8).astype(int), "总阅读次数": reads_text,
        "总分享人数": (reads * 0.02).astype(int), "总分享次数": (reads * 0.03).astype(int),
        "阅读后关注人数": (reads * 0.004).astype(int), "送达人数": 11800,
        "公众号消息阅读次数": (reads * 0.5).astype(int), "送达阅读率": [f"{r * 0.5 / 11800:.2%}" for r in reads],
        "首次分享次数": (reads * 0.01).astype(int), "首次分享率": "1.20%", "分享产生阅读次数": (reads * 0.1).astype(int),
        "每次分享带来阅读次数": "3.3", "阅读完成率": [f"{v:.2f}%" for v in rng.uniform(20, 60, len(posted))],
        "内容url": [f"http://mp.weixin.qq.com/s?__biz=MzA5NzAxNjM2MQ==&mid=26501{i:05d}&idx=1&sn=abc{i}"
                   for i in range(len(posted))],
    })
    articles.to_excel(folder / "已通知内容_数据明细.xlsx", index=False)
    channels = ["全部", "公众号消息", "聊天会话", "朋友圈", "推荐", "搜一搜", "公众号主页", "其他"]
    rows = []
    for day in OCTOBER:
        parts = rng.integers(10, 200, len(channels) - 1)
        rows.append([day.strftime("%Y-%m-%d"), "全部", int(parts.sum()), int(parts.sum() * 0.8)])
        rows += [[day.strftime("%Y-%m-%d"), c, int(v), int(v * 0.8)] for c, v in zip(channels[1:], parts)]
    traffic = pd.DataFrame(rows, columns=["日期", "渠道", "阅读次数", "阅读人数"])
    traffic.to_csv(folder / "流量分析_明细.csv", index=False, encoding="gb18030")
    october_growth = growth[growth["时间"] >= "2026-10-01"]
    october_posts = articles[posted >= "2026-10-01"]
    return Case("wechat", folder, "brand_wechat", "wechat", "account_audit", totals={
        "followers_net": int(october_growth["净增关注人数"].sum()),
        "reads": int(traffic[traffic["渠道"] == "全部"]["阅读次数"].sum()),
        "posts": len(october_posts),
    })


# ---------------------------------------------------------------- WeChat Channels

def channels(root: Path) -> Case:
    folder = root / "channels"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(2)
    posted = _post_days(rng, 10)
    plays = rng.integers(500, 20000, len(posted))
    frame = pd.DataFrame({
        "视频描述": [f"新品上手 #{i} 看完有惊喜" for i in range(len(posted))], "视频ID": [f"export/UzFfAgtgekIEAQAAAAAA{i:04d}" for i in range(len(posted))],
        "发布时间": posted.strftime("%Y/%m/%d"), "完播率": [f"{v:.2f}%" for v in rng.uniform(10, 45, len(posted))],
        "平均播放时长": [f"{v:.2f}秒" for v in rng.uniform(5, 40, len(posted))], "播放量": plays,
        "推荐": rng.integers(0, 50, len(posted)), "喜欢": rng.integers(10, 400, len(posted)),
        "评论量": rng.integers(0, 60, len(posted)), "分享量": rng.integers(0, 90, len(posted)),
        "关注量": rng.integers(0, 30, len(posted)),
    })
    frame["视频ID"] = frame["视频ID"].str.replace("/", "_")
    frame.to_excel(folder / "视频号_动态数据.xlsx", index=False)
    october = frame[posted >= "2026-10-01"]
    return Case("channels", folder, "brand_channels", "channels", "content_performance", totals={
        "posts": len(october), "reads": int(october["播放量"].sum()), "likes": int(october["喜欢"].sum()),
        "comments": int(october["评论量"].sum()), "reposts": int(october["分享量"].sum())})


# ---------------------------------------------------------------- Douyin creator centre

def douyin(root: Path) -> Case:
    folder = root / "douyin"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(3)
    posted = _post_days(rng, 14)
    times = _times(rng, posted)
    plays = rng.integers(1000, 90000, len(posted))
    frame = pd.DataFrame({
        "作品名称": [f"开箱第{i}弹" for i in range(len(posted))], "发布时间": [t.strftime("%Y-%m-%d %H:%M") for t in times],
        "体裁": rng.choice(["1-3min视频", "1min以内视频", "图文"], len(posted)), "审核状态": "已发布",
        "播放量": plays, "完播率": [f"{v:.1f}%" for v in rng.uniform(5, 40, len(posted))],
        "5s完播率": [f"{v:.1f}%" for v in rng.uniform(30, 70, len(posted))],
        "封面点击率": [f"{v:.1f}%" for v in rng.uniform(2, 12, len(posted))],
        "2s跳出率": [f"{v:.1f}%" for v in rng.uniform(20, 50, len(posted))],
        "平均播放时长": [f"{v:.1f}秒" for v in rng.uniform(4, 30, len(posted))],
        "点赞量": rng.integers(10, 3000, len(posted)), "分享量": rng.integers(0, 200, len(posted)),
        "评论量": rng.integers(0, 300, len(posted)), "收藏量": rng.integers(0, 300, len(posted)),
        "主页访问量": rng.integers(0, 500, len(posted)), "粉丝增量": rng.integers(0, 80, len(posted)),
        "数据日期": "2026-10-31",  # the day the figures were read
    })
    image = frame["体裁"] == "图文"
    for column in ("完播率", "5s完播率", "2s跳出率", "平均播放时长"):
        frame[column] = frame[column].astype(object).where(~image, "-")  # no such figure for an image post
    frame.to_excel(folder / "作品数据_20261101.xlsx", index=False)
    days = SEPTEMBER.append(OCTOBER)
    net = rng.integers(-5, 60, len(days))
    for metric, values in (("总粉丝量", 50000 + np.cumsum(net)), ("净增粉丝", net),
                           ("播放量", rng.integers(5000, 40000, len(days)))):
        pd.DataFrame({"日期": days.strftime("%Y-%m-%d"), metric: values}).to_excel(folder / f"{metric}_近60天.xlsx", index=False)
    october = frame[posted >= "2026-10-01"]
    return Case("douyin", folder, "brand_douyin", "douyin", "content_performance", totals={
        "posts": len(october), "reads": int(october["播放量"].sum()), "likes": int(october["点赞量"].sum()),
        "comments": int(october["评论量"].sum()), "reposts": int(october["分享量"].sum())},
        flags=[])


# ---------------------------------------------------------------- Xiaohongshu creator platform

def xiaohongshu(root: Path) -> Case:
    folder = root / "xiaohongshu"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(4)
    posted = _post_days(rng, 9)
    times = _times(rng, posted, hours=(12, 20, 22))
    views = rng.integers(300, 9000, len(posted))
    header = ["笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "封面点击率", "点赞", "评论", "收藏", "涨粉", "分享",
              "人均观看时长", "弹幕"]
    body = [[f"秋冬穿搭｜第{i}套", t.strftime("%Y年%m月%d日%H时%M分%S秒"), rng.choice(["图文", "视频"]),
             int(v * rng.uniform(5, 12)), int(v), f"{rng.uniform(5, 15):.1f}%", int(v * 0.05), int(v * 0.01),
             int(v * 0.03), int(v * 0.004), int(v * 0.005), f"{rng.uniform(8, 40):.0f}秒", 0]
            for i, (t, v) in enumerate(zip(times, views))]
    note = [["以下数据统计截至 2026-11-01，仅包含首次发布后 90 天内的笔记"] + [None] * (len(header) - 1)]
    pd.DataFrame(note + [header] + body).to_excel(folder / "笔记列表明细表.xlsx", header=False, index=False)
    days = OCTOBER
    gained = rng.integers(5, 40, len(days))
    lost = rng.integers(0, 6, len(days))
    with pd.ExcelWriter(folder / "近30日涨粉数据.xlsx") as writer:
        pd.DataFrame({"指标": ["新增关注", "取消关注", "净涨粉"],
                      "数值": [gained.sum(), lost.sum(), (gained - lost).sum()]}).to_excel(writer, sheet_name="数据总览", index=False)
        for name, values in (("新增关注", gained), ("取消关注", lost), ("净涨粉", gained - lost)):
            pd.DataFrame({"日期": days.strftime("%Y-%m-%d"), "数值": values}).to_excel(writer, sheet_name=name, index=False)
    october = [row for row, t in zip(body, times) if t >= pd.Timestamp("2026-10-01")]
    return Case("xiaohongshu", folder, "brand_xhs", "xiaohongshu", "content_performance", totals={
        "posts": len(october), "reads": sum(r[4] for r in october), "likes": sum(r[6] for r in october),
        "comments": sum(r[7] for r in october), "reposts": sum(r[10] for r in october)})


# ---------------------------------------------------------------- Weibo crawlers

WEIBO_CRAWLER_HEADER = ["id", "bid", "正文", "头条文章url", "原始图片url", "视频url", "Live Photo视频url", "位置", "日期",
                        "工具", "点赞数", "评论数", "转发数", "话题", "@用户", "完整日期", "是否编辑过", "编辑次数",
                        "是否原创", "源用户id", "源用户昵称"]


def weibo_crawler(root: Path) -> Case:
    """dataabc/weibo-crawler: ``<uid>.csv`` (UTF-8 with BOM, ids ending in a tab) and ``users.csv``."""
    folder = root / "weibo_crawler"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(5)
    posted = _post_days(rng, 15)
    times = _times(rng, posted)
    rows = []
    for i, t in enumerate(times):
        media = i % 3
        rows.append([f"50{i:014d}\t", f"Q{i:08d}\t", f"#新品上市#第{i}条\n转发抽奖 @好友", "",
                     "https://wx1.sinaimg.cn/large/a.jpg" if media == 1 else "",
                     "https://f.video.weibocdn.com/v.mp4" if media == 2 else "", "", "", t.strftime("%Y-%m-%dT%H:%M:%S"),
                     "iPhone客户端", int(rng.integers(0, 900)), int(rng.integers(0, 120)), int(rng.integers(0, 300)),
                     "新品上市", "好友", t.strftime("%Y-%m-%d %H:%M:%S"), "False", 0, "True", "", ""])
    frame = pd.DataFrame(rows, columns=WEIBO_CRAWLER_HEADER)
    frame.to_csv(folder / "1669879400.csv", index=False, encoding="utf-8-sig")
    users = pd.DataFrame([["1669879400", "品牌官方微博", "f", "", "上海", "上海", "", "", "2012-03-01", "信用极好", 4200,
                           880000, 300, "官方账号", "", "", "", 30, 6, "True", 2, "品牌官方微博", "50 2026-10-30"],
                          ["2000000001", "别人家", "m", "", "北京", "北京", "", "", "2015-01-01", "", 10, 20, 5, "", "", "",
                           "", 3, 0, "False", -1, "", ""]],
                         columns=["用户id", "昵称", "性别", "生日", "所在地", "IP属地", "学习经历", "公司", "注册时间", "阳光信用",
                                  "微博数", "粉丝数", "关注数", "简介", "主页", "头像", "高清头像", "微博等级", "会员等级",
                                  "是否认证", "认证类型", "认证信息", "上次记录微博信息"])
    users.to_csv(folder / "users.csv", index=False, encoding="utf-8-sig")
    october = frame[[t >= pd.Timestamp("2026-10-01") for t in times]]
    return Case("weibo_crawler", folder, "rival_weibo", "weibo", "content_performance", role="competitor",
                name="品牌官方微博", totals={
                    "posts": len(october), "likes": int(october["点赞数"].sum()), "comments": int(october["评论数"].sum()),
                    "reposts": int(october["转发数"].sum())}, flags=["--role", "competitor"])


def weibo_spider(root: Path) -> Case:
    """dataabc/weiboSpider: ``<uid>.csv`` with its own Chinese headers."""
    folder = root / "weibo_spider"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(6)
    times = _times(rng, _post_days(rng, 8))
    frame = pd.DataFrame({
        "微博id": [f"N{i:08d}" for i in range(len(times))], "微博正文": [f"今日话题 {i}" for i in range(len(times))],
        "头条文章url": "", "原始图片url": ["无" if i % 2 else "http://ww1.sinaimg.cn/a.jpg" for i in range(len(times))],
        "被转发微博原始图片url": "无", "是否为原创微博": "True", "微博视频url": "无", "发布位置": "无",
        "发布时间": [t.strftime("%Y-%m-%d %H:%M") for t in times], "发布工具": "微博 weibo.com",
        "点赞数": rng.integers(0, 50, len(times)), "转发数": rng.integers(0, 10, len(times)),
        "评论数": rng.integers(0, 20, len(times)),
    })
    frame.to_csv(folder / "1234567890.csv", index=False, encoding="utf-8-sig")
    october = frame[[t >= pd.Timestamp("2026-10-01") for t in times]]
    return Case("weibo_spider", folder, "small_weibo", "weibo", "content_performance", totals={
        "posts": len(october), "likes": int(october["点赞数"].sum()), "reposts": int(october["转发数"].sum())})


# ---------------------------------------------------------------- NanmiCoder/MediaCrawler

def _count_text(value: int) -> str:
    """How the crawler stores counts: strings, 万 above ten thousand as the site shows them."""
    if value >= 100000:
        return "10万+"
    if value >= 10000:
        return f"{value / 10000:.1f}万"
    return str(value)


def _count_value(text: str) -> int:
    if text.endswith("万+"):
        return int(text[:-2]) * 10000 + 1
    if text.endswith("万"):
        return round(float(text[:-1]) * 10000)
    return int(text)


def mediacrawler_xhs(root: Path) -> Case:
    folder = root / "mediacrawler_xhs"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(7)
    times = _times(rng, _post_days(rng, 10))
    likes = [int(v) for v in rng.integers(10, 3000, len(times))]
    likes[-1] = 12345  # shown by the site as 1.2万
    records = [{"note_id": f"66a{i:021x}", "type": "video" if i % 2 else "normal", "title": f"探店第{i}站",
                "desc": "全文 #探店[话题]#", "video_url": "", "time": int(t.tz_localize("Asia/Shanghai").timestamp() * 1000),
                "last_update_time": 0, "user_id": "5f0000000000000000000001", "nickname": "品牌小红书",
                "avatar": "https://sns-avatar.example/a.jpg", "liked_count": _count_text(v),
                "collected_count": str(int(v * 0.3)), "comment_count": str(int(v * 0.1)), "share_count": str(int(v * 0.05)),
                "ip_location": "上海", "image_list": "", "tag_list": "探店,秋季", "last_modify_ts": 1793500000000,
                "note_url": f"https://www.xiaohongshu.com/explore/66a{i:021x}?xsec_token=AB1", "source_keyword": "",
                "xsec_token": "ABsecret"} for i, (t, v) in enumerate(zip(times, likes))]
    (folder / "jsonl").mkdir()
    with open(folder / "jsonl" / "creator_contents_2026-11-01.jsonl", "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    with open(folder / "jsonl" / "creator_comments_2026-11-01.jsonl", "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"comment_id": "c1", "create_time": 1793500000000, "note_id": records[0]["note_id"],
                                 "content": "好看", "user_id": "x", "nickname": "路人"}, ensure_ascii=False) + "\n")
    with open(folder / "jsonl" / "creator_creators_2026-11-01.jsonl", "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"user_id": "5f0000000000000000000001", "nickname": "品牌小红书", "gender": None,
                                 "avatar": "", "desc": "", "ip_location": "上海", "follows": 10, "fans": "2.3万",
                                 "interaction": "10万+", "tag_list": "{}", "last_modify_ts": 1793500000000},
                                ensure_ascii=False) + "\n")
    shown = [_count_value(_count_text(v)) for v in likes]  # what the file says, rounded as the site rounds
    october = [(t, v) for t, v in zip(times, shown) if t >= pd.Timestamp("2026-10-01")]
    return Case("mediacrawler_xhs", folder / "jsonl", "rival_xhs", "xiaohongshu", "content_performance",
                role="competitor", name="品牌小红书", totals={"posts": len(october), "likes": sum(v for _, v in october)},
                flags=["--role", "competitor"])


def mediacrawler_douyin(root: Path) -> Case:
    folder = root / "mediacrawler_douyin" / "csv"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(8)
    times = _times(rng, _post_days(rng, 10))
    rows = [{"aweme_id": f"74{i:017d}", "aweme_type": "68" if i % 4 == 0 else "0", "title": f"日常vlog {i}",
             "desc": f"日常vlog {i} #生活", "create_time": int(t.tz_localize("Asia/Shanghai").timestamp()),
             "user_id": "1000001", "sec_uid": "MS4wLjABAAAA", "short_user_id": "", "user_unique_id": "brand",
             "user_signature": "", "nickname": "品牌抖音号", "avatar": "", "liked_count": str(int(v)),
             "collected_count": str(int(v * 0.2)), "comment_count": str(int(v * 0.05)), "share_count": str(int(v * 0.03)),
             "ip_location": "IP属地：上海", "last_modify_ts": 1793500000000, "aweme_url": f"https://www.douyin.com/video/74{i:017d}",
             "cover_url": "", "video_download_url": "", "music_download_url": "", "note_download_url": "", "source_keyword": ""}
            for i, (t, v) in enumerate(zip(times, rng.integers(50, 8000, len(times))))]
    pd.DataFrame(rows).to_csv(folder / "creator_contents_2026-11-01.csv", index=False, encoding="utf-8-sig")
    october = [r for r, t in zip(rows, times) if t >= pd.Timestamp("2026-10-01")]
    return Case("mediacrawler_douyin", folder, "rival_douyin", "douyin", "content_performance", role="competitor",
                name="品牌抖音号", totals={"posts": len(october), "likes": sum(int(r["liked_count"]) for r in october)},
                flags=["--role", "competitor"])


def mediacrawler_weibo(root: Path) -> Case:
    folder = root / "mediacrawler_weibo" / "json"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(9)
    times = _times(rng, _post_days(rng, 8))
    records = [{"note_id": f"51{i:014d}", "content": f"官宣 {i}", "create_time": int(t.tz_localize("Asia/Shanghai").timestamp()),
                "create_date_time": t.strftime("%Y-%m-%d %H:%M:%S+08:00"), "liked_count": str(int(v)),
                "comments_count": str(int(v * 0.2)), "shared_count": str(int(v * 0.1)), "last_modify_ts": 1793500000000,
                "note_url": f"https://m.weibo.cn/detail/51{i:014d}", "ip_location": "上海", "user_id": "7000001",
                "nickname": "品牌微博", "gender": "f", "profile_url": "", "avatar": "", "source_keyword": ""}
               for i, (t, v) in enumerate(zip(times, rng.integers(10, 600, len(times))))]
    (folder / "creator_contents_2026-11-01.json").write_text(json.dumps(records, ensure_ascii=False, indent=4), encoding="utf-8")
    october = [r for r, t in zip(records, times) if t >= pd.Timestamp("2026-10-01")]
    return Case("mediacrawler_weibo", folder, "peer_weibo", "weibo", "content_performance", role="competitor",
                name="品牌微博", totals={"posts": len(october), "likes": sum(int(r["liked_count"]) for r in october),
                                       "reposts": sum(int(r["shared_count"]) for r in october)},
                flags=["--role", "competitor"])


def mediacrawler_bilibili(root: Path) -> Case:
    """The crawler's Excel store: one workbook, sheets Contents, Comments and Creators."""
    folder = root / "mediacrawler_bilibili"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(10)
    times = _times(rng, _post_days(rng, 8))
    plays = rng.integers(1000, 50000, len(times))
    contents = pd.DataFrame([{
        "video_id": str(100000 + i), "video_type": "video", "title": f"测评 {i}", "desc": "", "create_time": int(t.tz_localize("Asia/Shanghai").timestamp()),
        "user_id": "3001", "nickname": "品牌B站", "avatar": "", "liked_count": str(int(p * 0.05)), "disliked_count": "0",
        "video_play_count": str(int(p)), "video_favorite_count": str(int(p * 0.02)), "video_share_count": str(int(p * 0.01)),
        "video_coin_count": str(int(p * 0.015)), "video_danmaku": str(int(p * 0.004)), "video_comment": str(int(p * 0.003)),
        "last_modify_ts": 1793500000000, "video_url": f"https://www.bilibili.com/video/av{100000 + i}", "video_cover_url": "",
        "source_keyword": ""} for i, (t, p) in enumerate(zip(times, plays))])
    comments = pd.DataFrame([{"comment_id": "1", "content": "好", "video_id": "100000", "create_time": 1793500000}])
    creators = pd.DataFrame([{"user_id": "3001", "nickname": "品牌B站", "sex": "保密", "sign": "", "avatar": "",
                              "last_modify_ts": 1793500000000, "total_fans": 45678, "total_liked": 99999, "user_rank": 6,
                              "is_official": 1}])
    with pd.ExcelWriter(folder / "bilibili_creator_20261101_120000.xlsx") as writer:
        contents.to_excel(writer, sheet_name="Contents", index=False)
        comments.to_excel(writer, sheet_name="Comments", index=False)
        creators.to_excel(writer, sheet_name="Creators", index=False)
    october = contents[[t >= pd.Timestamp("2026-10-01") for t in times]]
    return Case("mediacrawler_bilibili", folder, "rival_bilibili", "bilibili", "content_performance", role="competitor",
                name="品牌B站", totals={"posts": len(october), "reads": int(october["video_play_count"].astype(int).sum())},
                flags=["--role", "competitor"])


def mediacrawler_kuaishou(root: Path) -> Case:
    folder = root / "mediacrawler_kuaishou"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(11)
    times = _times(rng, _post_days(rng, 8))
    with open(folder / "creator_contents_2026-11-01.jsonl", "w", encoding="utf-8") as handle:
        for i, (t, v) in enumerate(zip(times, rng.integers(1000, 30000, len(times)))):
            handle.write(json.dumps({"video_id": f"3x{i:010d}", "video_type": "1", "title": f"快手日常 {i}", "desc": "",
                                     "create_time": int(t.tz_localize("Asia/Shanghai").timestamp() * 1000), "user_id": "3xabc",
                                     "nickname": "品牌快手", "avatar": "", "liked_count": str(int(v * 0.04)),
                                     "viewd_count": _count_text(int(v)), "last_modify_ts": 1793500000000,
                                     "video_url": "", "video_cover_url": "", "video_play_url": "", "source_keyword": ""},
                                    ensure_ascii=False) + "\n")
    return Case("mediacrawler_kuaishou", folder, "rival_kuaishou", "kuaishou", "content_performance", role="competitor",
                name="品牌快手", flags=["--role", "competitor"])


WRITERS = (wechat, channels, douyin, xiaohongshu, weibo_crawler, weibo_spider, mediacrawler_xhs, mediacrawler_douyin,
           mediacrawler_weibo, mediacrawler_bilibili, mediacrawler_kuaishou)


def write_all(root: Path) -> dict[str, Case]:
    return {case.key: case for case in (writer(root) for writer in WRITERS)}
