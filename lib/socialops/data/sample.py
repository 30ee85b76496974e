"""The bundled sample: a synthetic but realistic half-year of six brand accounts.

The story: a tea-drink brand runs a Weibo account, a WeChat service account and a Douyin
account and watches three competitors. Its Douyin export was last downloaded on October 24
(the weekly review flags it), and a KOL's duet sent one video far past the rest; the team
keeps targets for October and week 43 and a log of events (launches, a crisis, an outage). Posting follows real audience hours and weekday rhythms;
titles fit their day (seasonal launches in season, festival posts before the festival)
and competitors write about their own products. Campaigns show in the posts (a repost
lottery is reposted) and in the log (a joint campaign in October gives Weibo a follower
spike and a wave of prize hunters unfollowing after it); each campaign's record claims a
share of what the daily log saw, never more. Competitor A is ten times our size but
zombie-heavy; one post title carries HTML (a well-engaged campaign post, not the most read). Same seed, same bytes: ``socialops sample DIR`` is reproducible.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from socialops.atomic import write_text_atomic
from socialops.data.sample_comments import USER_IDS, build_comments

START, END = pd.Timestamp("2026-05-01"), pd.Timestamp("2026-10-31")
SEED = 20261031
EXPORTED_AT = END + pd.Timedelta(hours=33)        # every file downloaded at 09:00 the morning after the last day
SNAPSHOTS_FROM = pd.Timestamp("2026-09-01")       # the team has ingested its back end's export every morning since
SNAPSHOT_DAYS = (0, 1, 2, 6, 7, 8)                # ... and kept the readings around each post's 1st and 7th day
SNAPSHOT_FIGURES = ("reads", "reposts", "comments", "likes", "favorites", "in_view")


@dataclass(frozen=True)
class Persona:
    account_id: str
    platform: str
    name: str
    role: str
    followers: int
    posts_per_day: float
    reach: float          # reads per follower per post
    repost_rate: float    # reposts per read
    zombie_share: float   # followers with < 10 followers of their own
    daily_gain: float
    daily_loss: float
    mentions_per_1k: float
    profile: dict


PERSONAS = (
    Persona("own_weibo", "weibo", "茶语时光官方微博", "own", 85_000, 4.0, 0.060, 0.012, 0.14, 160, 60, 9.0,
            dict(verified=True, avatar_set=True, bio="每一杯好茶，都值得被认真对待。", tags="茶饮;新品;生活方式",
                 custom_domain="", industry="food_beverage")),
    Persona("own_wechat", "wechat", "茶语时光服务号", "own", 42_000, 1.0, 0.110, 0.006, 0.10, 70, 35, 2.0,
            dict(verified=True, avatar_set=True, bio="会员服务、新品预告与门店活动。", tags="",
                 custom_domain="", industry="food_beverage")),
    Persona("comp_a", "weibo", "竞品A奶茶官方微博", "competitor", 850_000, 6.0, 0.004, 0.010, 0.58, 900, 820, 2.5,
            dict(verified=True, avatar_set=True, bio="A 牌奶茶官方", tags="奶茶", custom_domain="abrand")),
    Persona("comp_b", "weibo", "竞品B茶饮", "competitor", 340_000, 3.0, 0.016, 0.014, 0.31, 420, 300, 6.0,
            dict(verified=True, avatar_set=True, bio="", tags="茶饮;咖啡", custom_domain="")),
    Persona("comp_c", "wechat", "竞品C茶馆", "competitor", 60_000, 1.2, 0.090, 0.007, 0.12, 90, 50, 3.0,
            dict(verified=False, avatar_set=True, bio="新中式茶馆", tags="", custom_domain="")),
)

VIDEO_SHARE = {"comp_b": 0.5}  # competitor B leans on video; everyone else a quarter
TOPICS = ("新品", "福利", "知识科普", "品牌故事", "用户故事", "节日")
TOPIC_LIFT = {"新品": 1.35, "福利": 1.6, "知识科普": 0.8, "品牌故事": 0.7, "用户故事": 1.1, "节日": 1.2}
FORMAT_LIFT = {"text": 0.6, "image": 1.0, "video": 1.7, "article": 1.0, "live": 1.3}
# Interactions per read: lotteries get reposted, stories get comments, video gets shared.
TOPIC_RATE = {"新品": 1.0, "福利": 1.9, "知识科普": 0.8, "品牌故事": 0.75, "用户故事": 1.25, "节日": 1.05}
FORMAT_RATE = {"text": 0.85, "image": 1.0, "video": 1.3, "article": 1.0, "live": 1.2}
# Share of posts by hour of day for a brand account (peaks at 9-10, 12, 16-17, 20-22).
HOUR_WEIGHTS = np.array([0, 0, 0, 0, 0, 0, 0.2, 0.5, 1.2, 2.4, 1.6, 1.0, 1.8, 0.8, 0.6, 0.8,
                         1.6, 1.4, 0.9, 1.2, 2.2, 2.3, 1.5, 0.4], dtype=float)
HOUR_LIFT = np.array([0.5, 0.4, 0.3, 0.3, 0.3, 0.4, 0.6, 0.8, 0.9, 1.15, 1.1, 1.0, 1.1, 0.95, 0.9, 0.95,
                      1.15, 1.1, 1.0, 1.05, 1.25, 1.3, 1.2, 0.8])
WEEKDAY_LIFT = np.array([1.0, 1.02, 1.05, 1.0, 0.95, 0.82, 0.85])
TITLE_PARTS = {
    "新品": ["新品试饮：{n}位茶友的真实评价", "上新倒计时：第{n}款新品是什么？"],
    "福利": ["转发抽{n}位送新品券", "会员日：第二杯半价", "评论区揪{n}位送周边"],
    "知识科普": ["乌龙茶和红茶到底差在哪？", "冷泡茶的{n}个小窍门", "一张图看懂茶的发酵度"],
    "品牌故事": ["我们去了福建茶园", "一杯茶背后的{n}道工序", "创始人说：慢一点也没关系"],
    "用户故事": ["茶友@小林 的办公桌日常", "{n}位茶友的周末打卡", "把茶带去露营"],
}
# Seasonal launches, by the months they run in.
NEW_BY_SEASON = {5: ["春季限定「茉莉雪芽」返场"], 6: ["夏日限定「冰柠绿妍」上线", "今天上新！冷泡白桃{n}号"],
                 7: ["今天上新！冷泡白桃{n}号", "夏日限定「冰柠绿妍」上线"], 8: ["今天上新！冷泡白桃{n}号", "夏日冰茶{n}号试饮"],
                 9: ["秋季限定「桂花乌龙」上线", "桂花季：{n}家门店先尝"], 10: ["秋季限定「桂花乌龙」上线", "热饮回归：{n}号红茶拿铁"]}
# Festival posts go out in the ten days before the festival, and only then.
FESTIVALS = (("2026-05-01", "劳动节"), ("2026-05-20", "520"), ("2026-06-19", "端午"), ("2026-06-21", "夏至"),
             ("2026-08-19", "七夕"), ("2026-09-25", "中秋"), ("2026-10-01", "国庆"), ("2026-11-11", "双十一"))
FESTIVAL_TITLES = ["{fest}礼盒预告", "{fest}出行，带上一杯茶", "{fest}快乐：今天喝什么？"]
# Competitors write about their own products.
BRANDS = {"comp_a": ("A牌", ["珍珠奶茶", "芋泥波波", "黑糖鲜奶"]), "comp_b": ("B茶饮", ["生椰拿铁", "鸭屎香柠檬茶", "冷萃美式"]),
          "comp_c": ("C茶馆", ["凤凰单丛", "白毫银针", "老枞水仙"])}
COMPETITOR_TITLES = {
    "新品": ["{brand}新品「{item}」今日开售", "{brand}上新：{n}款限定口味"],
    "福利": ["关注并转发，抽{n}人送{brand}饮品券", "{brand}会员日：满{n}减10"],
    "知识科普": ["{brand}小课堂：{item}怎么喝", "{n}秒看懂{item}的原料"],
    "品牌故事": ["{brand}第{n}家门店开业", "走进{brand}的中央厨房"],
    "用户故事": ["粉丝投稿：我的{item}日常", "{n}位粉丝的{brand}打卡"],
    "节日": ["{fest}限定：{brand}联名杯", "{fest}快乐！{brand}请你喝{item}"],
}
CAMPAIGNS = (
    dict(campaign_id="cmp-2026-08-lottery", account_id="own_weibo", name="八月转发抽奖：夏日冰茶",
         kind="platform_lottery", start="2026-08-10", end="2026-08-16", goal="新增粉丝与新品曝光",
         cost=8000, prize_value=5000, revenue=15000, participants=12000, reposts=9800, comments=2100,
         followers_gained=3400, orders=410, reach=680000, invites=6000, invite_conversions=1500, boost=2.6),
    dict(campaign_id="cmp-2026-09-member", account_id="own_wechat", name="会员邀请有礼（自建）",
         kind="self_run", start="2026-09-05", end="2026-09-11", goal="会员拉新",
         cost=3000, prize_value=1800, revenue=21000, participants=2000, reposts=2600, comments=340,
         followers_gained=2100, orders=520, reach=90000, invites=4200, invite_conversions=2500, boost=2.2),
    dict(campaign_id="cmp-2026-10-joint", account_id="own_weibo", name="秋季联名：茶语×城市书店",
         kind="joint", start="2026-10-12", end="2026-10-18", goal="联名曝光与到店转化",
         cost=20000, prize_value=12000, revenue=46000, participants=25000, reposts=21000, comments=5200,
         followers_gained=8200, orders=1250, reach=1500000, invites=30000, invite_conversions=9000, boost=6.0),
)
# What a campaign does to the account's posts while it runs: a repost lottery is reposted, a joint campaign read.
POST_EFFECT = {"platform_lottery": dict(reads=1.4, reposts=3.2, comments=1.8),
               "self_run": dict(reads=1.2, reposts=1.5, comments=1.3),
               "joint": dict(reads=1.9, reposts=1.8, comments=1.5)}
# The share of what the daily log saw that a campaign's own record claims (a platform attributes most, not all).
RECORD_SHARE = {"followers_gained": 0.93, "reposts": 0.88, "comments": 0.85, "orders": 0.9}
HTML_TITLE = '<script>alert("xss")</script><b>限时</b>新品 & “桂花乌龙” <img src=x onerror=alert(1)>'


def _accounts() -> pd.DataFrame:
    rows = []
    for p in PERSONAS:
        rows.append(dict(account_id=p.account_id, platform=p.platform, name=p.name, role=p.role,
                         timezone="Asia/Shanghai", created_on="2019-03-01" if p.role == "own" else "",
                         **p.profile))
    rows.append(dict(account_id=DOUYIN, platform="douyin", name="茶语时光抖音号", role="own", timezone="Asia/Shanghai",
                     created_on="2021-06-01", verified=True, avatar_set=True, bio="每天一杯好茶的短视频。", tags="茶饮;短视频",
                     custom_domain="", industry="food_beverage"))
    frame = pd.DataFrame(rows)
    frame["platform_user_id"] = frame["account_id"].map(USER_IDS)  # tells the accounts' own replies in comments
    return frame


# What the team aims at this month and this week, and what happened that the charts should explain.
TARGETS = [("own_weibo", "followers_net", "2026-10", 5000), ("own_weibo", "reads", "2026-10", 800_000),
           ("own_weibo", "posts", "2026-W43", 28), ("own_wechat", "followers_net", "2026-10", 1000),
           ("own_wechat", "reads", "2026-10", 300_000), ("own_douyin", "followers_net", "2026-10", 6000),
           ("own_douyin", "engagement_rate", "2026-10", "5%")]
EVENTS = [("2026-08-10", "own_weibo", "campaign", "八月转发抽奖上线"), ("2026-09-05", "own_wechat", "campaign", "会员邀请有礼上线"),
          ("2026-09-20", "own_weibo", "crisis", "门店排队投诉登上同城热搜"), ("2026-10-01", "all", "other", "国庆假期开始"),
          ("2026-10-12", "own_weibo", "campaign", "秋季联名：茶语×城市书店上线"), ("2026-10-16", "own_weibo", "outage", "微博评论区故障约 2 小时"),
          ("2026-10-21", "own_douyin", "kol", "达人@茶小白 合拍视频发布")]


# ---------------------------------------------------------------- the third own account: Douyin, from its own seed

DOUYIN = "own_douyin"
DOUYIN_EXPORTED_AT = pd.Timestamp("2026-10-24 09:00")  # nobody has downloaded its back end since: its data stops a week early
DOUYIN_KOL_DAY = pd.Timestamp("2026-10-21")             # a KOL's duet sends one video far past the rest
VIDEO_LABELS = ("1min以内视频", "1-3min视频", "3min以上视频")


def _douyin(days: pd.DatetimeIndex) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The Douyin account's daily log and videos, from a seed of their own (nothing else in the sample moves)."""
    rng = np.random.default_rng(SEED + 1)
    days = days[days < DOUYIN_EXPORTED_AT.normalize()]
    gained = rng.poisson(260 * np.where(days.day_of_week >= 5, 1.25, 1.0)).astype(float)
    lost = rng.poisson(95, len(days)).astype(float)
    gained[days == DOUYIN_KOL_DAY] *= 9
    gained[(days > DOUYIN_KOL_DAY) & (days <= DOUYIN_KOL_DAY + pd.Timedelta(days=2))] *= 3
    followers = 120_000 + np.cumsum(gained - lost)
    rows = []
    for i, day in enumerate(days):
        for _ in range(max(int(rng.poisson(0.9)), 1 if day == DOUYIN_KOL_DAY else 0)):
            ts = day + pd.Timedelta(hours=int(rng.choice([12, 18, 19, 20, 21], p=[0.15, 0.2, 0.2, 0.25, 0.2])),
                                    minutes=int(rng.integers(0, 60)))
            topic = str(rng.choice(TOPICS[:5], p=[0.25, 0.2, 0.25, 0.1, 0.2]))
            length = int(rng.choice(3, p=[0.45, 0.45, 0.1]))
            duration = float(rng.integers(*((12, 60), (60, 180), (180, 420))[length]))
            duet = day == DOUYIN_KOL_DAY and not any(r["published_at"].normalize() == day for r in rows[-3:])
            lift = TOPIC_LIFT[topic] * rng.lognormal(0, 0.6) * (8.0 if duet else 1.0)
            plays = followers[i] * 0.22 * lift
            held = float(np.clip(rng.normal(0.55, 0.08) + 0.04 * TOPIC_RATE[topic], 0.3, 0.8))
            completion = float(np.clip(held * (0.62 - 0.12 * length) + rng.normal(0, 0.03), 0.05, 0.7))
            rows.append(dict(account_id=DOUYIN, published_at=ts, title=_douyin_title(rng, topic, duet), format="video",
                             format_label=VIDEO_LABELS[length], topic=topic, reads=round(plays),
                             likes=round(plays * 0.045 * TOPIC_RATE[topic] * rng.lognormal(0, 0.3)),
                             comments=round(plays * 0.004 * TOPIC_RATE[topic] * rng.lognormal(0, 0.4)),
                             reposts=round(plays * 0.003 * rng.lognormal(0, 0.5)),
                             favorites=round(plays * 0.006 * rng.lognormal(0, 0.5)),
                             follows=round(plays * 0.002 * rng.lognormal(0, 0.5)),
                             completion_rate=round(completion, 4), completion_5s_rate=round(held, 4),
                             bounce_2s_rate=round(float(np.clip(0.62 - held * 0.55 + rng.normal(0, 0.03), 0.1, 0.6)), 4),
                             duration_seconds=duration,
                             avg_watch_seconds=round(duration * float(np.clip(completion + 0.2, 0.1, 0.9)), 1)))
    posts = pd.DataFrame(rows)
    posts.insert(0, "post_id", [f"{DOUYIN}-{k:05d}" for k in range(len(posts))])
    posts["captured_at"] = DOUYIN_EXPORTED_AT
    day_of = posts["published_at"].dt.normalize()
    log = pd.DataFrame({"date": days, "account_id": DOUYIN, "followers": followers.round(), "followers_gained": gained,
                        "followers_lost": lost})
    for column in ("reads", "reposts", "comments", "likes"):
        log[column] = posts.groupby(day_of)[column].sum().reindex(days, fill_value=0).to_numpy()
    log["posts"] = posts.groupby(day_of).size().reindex(days, fill_value=0).to_numpy()
    return log, posts


def _douyin_title(rng, topic: str, duet: bool) -> str:
    n = int(rng.integers(3, 50))
    if duet:
        return "和@茶小白 合拍：一分钟泡好一杯桂花乌龙"
    return {"新品": "新品开箱：{n}秒看懂桂花乌龙", "福利": "评论区抽{n}位送新品", "知识科普": "{n}秒学会冷泡茶",
            "品牌故事": "跟拍：一杯茶的{n}道工序", "用户故事": "茶友vlog：{n}天喝遍茶语"}[topic].format(n=n)


def _campaign_boost(account_id: str, days: pd.DatetimeIndex) -> tuple[np.ndarray, np.ndarray]:
    """Multipliers of daily gains during campaigns, and extra losses in the week after."""
    gain = np.ones(len(days))
    loss = np.ones(len(days))
    for c in CAMPAIGNS:
        if c["account_id"] != account_id:
            continue
        start, end = pd.Timestamp(c["start"]), pd.Timestamp(c["end"])
        during = (days >= start) & (days <= end)
        gain[during] *= c["boost"]
        after = (days > end) & (days <= end + pd.Timedelta(days=10))
        loss[after] *= 1 + c["boost"] * 0.6
    return gain, loss


def _posts(rng: np.random.Generator, days: pd.DatetimeIndex, followers: dict[str, np.ndarray]) -> pd.DataFrame:
    rows = []
    hour_p = HOUR_WEIGHTS / HOUR_WEIGHTS.sum()
    for p in PERSONAS:
        for i, day in enumerate(days):
            weekday = day.weekday()
            if p.platform == "wechat":
                pushes = 1 if rng.random() < (0.88 if weekday < 5 else 0.5) * p.posts_per_day else 0
                n = pushes * int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]))
                push_time = day + pd.Timedelta(hours=int(rng.choice([8, 12, 20, 21], p=[0.15, 0.15, 0.4, 0.3])),
                                               minutes=int(rng.integers(0, 50)))
                times = [push_time] * n
            else:
                n = int(rng.poisson(p.posts_per_day * (0.75 if weekday >= 5 else 1.05)))
                hours = rng.choice(24, size=n, p=hour_p)
                times = sorted(day + pd.Timedelta(hours=int(h), minutes=int(rng.integers(0, 60))) for h in hours)
            for slot, ts in enumerate(times):
                rows.append(_post(rng, p, ts, slot, followers[p.account_id][i], _running(p.account_id, day)))
    posts = pd.DataFrame(rows)
    posts.insert(0, "post_id", [f"{a}-{k:05d}" for k, a in enumerate(posts["account_id"])])
    posts.loc[_html_post(posts), ["title", "topic"]] = [HTML_TITLE, "新品"]  # the title announces a launch
    return posts


TOPIC_TAGS = {"新品": "茶语新品", "福利": "茶语福利", "用户故事": "喝茶的人", "知识科普": "茶知识"}  # the brand's recurring #话题#
CAMPAIGN_TAGS = {"cmp-2026-08-lottery": "夏日冰茶", "cmp-2026-09-member": "茶语会员日", "cmp-2026-10-joint": "茶语×城市书店"}


def _tags(posts: pd.DataFrame) -> pd.Series:
    """The #话题# each post carries (no randomness, so the rest of the sample is untouched): our accounts tag their
    recurring topics and their campaigns; competitors tag their brand."""
    tags = []
    for row in posts.itertuples():
        found = []
        if row.account_id in BRANDS:
            found.append(BRANDS[row.account_id][0])
        else:
            if row.topic in TOPIC_TAGS:
                found.append(TOPIC_TAGS[row.topic])
            campaign = _running(row.account_id, row.published_at.normalize())
            if campaign is not None:
                found.append(CAMPAIGN_TAGS[campaign["campaign_id"]])
        tags.append(";".join(found))
    return pd.Series(tags, index=posts.index)


def _wechat_figures(posts: pd.DataFrame, followers: dict[str, pd.Series]) -> pd.DataFrame:
    """What WeChat's back end gives beside reads, derived from each article's own figures without randomness (so
    nothing else in the sample moves): 在看 for every WeChat account (third parties read it off the article too),
    and for our own account the push's delivery and message reads, first shares, reads from shares and read
    completion (the article-detail export)."""
    out = posts.copy()
    wechat = out["account_id"].isin([p.account_id for p in PERSONAS if p.platform == "wechat"])
    out.loc[wechat, "in_view"] = (out.loc[wechat, "likes"] * 0.32).round()
    own = out["account_id"] == "own_wechat"
    day = out.loc[own, "published_at"].dt.normalize()
    out.loc[own, "delivered"] = [round(followers["own_wechat"][d] * 0.985) for d in day]
    out.loc[own, "message_reads"] = (out.loc[own, "reads"] * 0.58).round()
    out.loc[own, "first_shares"] = (out.loc[own, "reposts"] * 0.45).round()
    out.loc[own, "share_reads"] = (out.loc[own, "reposts"] * (2.2 + out.loc[own, "topic"].map(TOPIC_RATE))).round()
    rate = out.loc[own, "topic"].map(TOPIC_RATE) * out.loc[own, "is_headline"].map({True: 1.0, False: 0.8}).fillna(0.9)
    out.loc[own, "read_completion_rate"] = (0.22 + 0.2 * rate).round(4)
    return out


def _running(account_id: str, day: pd.Timestamp) -> dict | None:
    """The account's campaign running on ``day``, if any."""
    return next((c for c in CAMPAIGNS if c["account_id"] == account_id
                 and pd.Timestamp(c["start"]) <= day <= pd.Timestamp(c["end"])), None)


def _html_post(posts: pd.DataFrame):
    """The post that carries the HTML title: the joint campaign's most-engaged post that is not the period's
    most-read one (so the reports list it among the top posts, and it is not the headline of the month)."""
    october = (posts["account_id"] == "own_weibo") & posts["published_at"].between("2026-10-01", "2026-11-01")
    joint = october & posts["published_at"].between("2026-10-12", "2026-10-19")
    candidates = posts[joint & (posts.index != posts.loc[october, "reads"].idxmax())]
    return (candidates["reposts"] + candidates["comments"] + candidates["likes"]).idxmax()


def _post(rng, p: Persona, ts: pd.Timestamp, slot: int, followers: float, campaign: dict | None = None) -> dict:
    topic = str(rng.choice(TOPICS, p=[0.22, 0.14, 0.2, 0.12, 0.2, 0.12]))
    festival = _festival_ahead(ts)
    if topic == "节日" and festival is None:  # no festival near: a post about something else
        topic = str(rng.choice(TOPICS[:5]))
    if p.platform == "wechat":
        fmt = "article"
    else:
        video = VIDEO_SHARE.get(p.account_id, 0.25)
        fmt = str(rng.choice(["text", "image", "video"], p=[0.2, 0.8 - video, video]))
    headline = p.platform == "wechat" and slot == 0
    lift = (TOPIC_LIFT[topic] * FORMAT_LIFT[fmt] * HOUR_LIFT[ts.hour] * WEEKDAY_LIFT[ts.weekday()]
            * (1.0 if slot == 0 else 0.45) * rng.lognormal(0, 0.55))
    if rng.random() < 0.004:
        lift *= 12  # the occasional breakout
    effect = POST_EFFECT[campaign["kind"]] if campaign else dict(reads=1.0, reposts=1.0, comments=1.0)
    reads = followers * p.reach * lift * effect["reads"]
    rate = TOPIC_RATE[topic] * FORMAT_RATE[fmt] * (1.2 if 20 <= ts.hour < 23 else 1.0)
    reposts = reads * p.repost_rate * rate * rng.lognormal(0, 0.35) * effect["reposts"]
    row = dict(account_id=p.account_id, published_at=ts, title=_title(rng, p, topic, ts, festival), format=fmt,
               topic=topic, is_headline=headline if p.platform == "wechat" else None,
               reads=round(reads), reposts=round(reposts),
               comments=round(reads * 0.006 * rate * rng.lognormal(0, 0.4) * effect["comments"]),
               likes=round(reads * 0.03 * rate ** 0.5 * rng.lognormal(0, 0.3)),
               favorites=round(reads * 0.004 * rng.lognormal(0, 0.5)))
    if p.role == "own":
        row.update(clicks=round(reads * 0.02 * rng.lognormal(0, 0.3)),
                   follows=round(reads * 0.0025 * rng.lognormal(0, 0.5)),
                   orders=round(reads * 0.0006 * (2.5 if topic in ("新品", "福利") else 0.6) * rng.lognormal(0, 0.5)))
    return row


def _festival_ahead(ts: pd.Timestamp) -> str | None:
    """The festival in the next ten days (the day itself included), if any."""
    day = ts.normalize()
    return next((name for date, name in FESTIVALS if pd.Timedelta(0) <= pd.Timestamp(date) - day <= pd.Timedelta(days=10)), None)


def _title(rng, p: Persona, topic: str, ts: pd.Timestamp, festival: str | None) -> str:
    """A title that fits the account and the day: seasonal launches in their season, festivals before them."""
    n = int(rng.integers(3, 50))
    if p.account_id in BRANDS:
        brand, items = BRANDS[p.account_id]
        template = str(rng.choice(COMPETITOR_TITLES[topic]))
        return template.format(brand=brand, item=str(rng.choice(items)), n=n, fest=festival or "")
    if topic == "节日":
        return str(rng.choice(FESTIVAL_TITLES)).format(fest=festival)
    choices = TITLE_PARTS[topic] + (NEW_BY_SEASON.get(ts.month, []) * 2 if topic == "新品" else [])
    return str(rng.choice(choices)).format(n=n)


def _followers_path(rng, p: Persona, days: pd.DatetimeIndex):
    gain_boost, loss_boost = _campaign_boost(p.account_id, days)
    weekday = np.array([WEEKDAY_LIFT[d.weekday()] for d in days])
    gained = rng.poisson(p.daily_gain * weekday * gain_boost).astype(float)
    lost = rng.poisson(p.daily_loss * loss_boost).astype(float)
    if p.account_id == "comp_b":  # a day of bought followers
        gained[days.get_loc(pd.Timestamp("2026-09-20"))] += 24_000
    followers = p.followers + np.cumsum(gained - lost)
    return gained, lost, followers


def _daily(rng, days, paths, posts: pd.DataFrame) -> pd.DataFrame:
    frames = []
    per_day = (posts.assign(date=posts["published_at"].dt.normalize())
               .groupby(["account_id", "date"])[["reads", "reposts", "comments", "likes"]].sum())
    counts = posts.assign(date=posts["published_at"].dt.normalize()).groupby(["account_id", "date"]).size()
    for p in PERSONAS:
        gained, lost, followers = paths[p.account_id]
        frame = pd.DataFrame({"date": days, "account_id": p.account_id, "followers": followers.round(),
                              "followers_gained": gained, "followers_lost": lost})
        idx = pd.MultiIndex.from_arrays([frame["account_id"], frame["date"]])
        frame["posts"] = counts.reindex(idx, fill_value=0).to_numpy()
        for col in ("reads", "reposts", "comments", "likes"):
            frame[col] = per_day[col].reindex(idx, fill_value=0).to_numpy()
        gain_boost, _ = _campaign_boost(p.account_id, days)
        frame["mentions"] = rng.poisson(followers / 1000 * p.mentions_per_1k / 7 * np.sqrt(gain_boost)).astype(float)
        if p.role == "own":
            day_orders = posts[posts.account_id == p.account_id].assign(date=lambda d: d.published_at.dt.normalize())
            orders = day_orders.groupby("date")["orders"].sum().reindex(days, fill_value=0).to_numpy()
            frame["orders"] = orders
            frame["revenue"] = (orders * 38.0).round(2)
            frame["pv"] = rng.poisson(followers * 0.02 * gain_boost).astype(float)
            frame["uv"] = (frame["pv"] * 0.62).round()
        frames.append(frame)
    daily = pd.concat(frames, ignore_index=True)
    # two days the back end did not record reads: blank, never zero
    daily.loc[(daily.account_id == "own_wechat") & daily.date.isin(pd.to_datetime(["2026-07-14", "2026-07-15"])), "reads"] = np.nan
    return daily


def _record(campaign: dict, daily: pd.DataFrame) -> dict:
    """A campaign's own record: what was planned and spent as declared, and the figures a platform's campaign
    tool reports, a share of what the account's daily log saw over the same days (never more)."""
    days = daily[(daily["account_id"] == campaign["account_id"])
                 & daily["date"].between(pd.Timestamp(campaign["start"]), pd.Timestamp(campaign["end"]))]
    seen = {"followers_gained": days["followers_gained"].sum(), "reposts": days["reposts"].sum(),
            "comments": days["comments"].sum(), "orders": days["orders"].sum()}
    record = {k: v for k, v in campaign.items() if k != "boost"}
    record.update({name: int(round(total * RECORD_SHARE[name])) for name, total in seen.items()})
    return record


def _follower_sample(rng, size: int = 400) -> pd.DataFrame:
    frames = []
    for p in PERSONAS:
        kind = rng.choice(3, size=size, p=[p.zombie_share, (1 - p.zombie_share) * 0.93, (1 - p.zombie_share) * 0.07])
        counts = np.where(kind == 0, rng.integers(0, 10, size),
                          np.where(kind == 1, rng.integers(10, 501, size), rng.integers(501, 200_000, size)))
        frames.append(pd.DataFrame({
            "account_id": p.account_id,
            "follower_id": [f"{p.account_id}-f{k:04d}" for k in range(size)],
            "follower_followers": counts,
            "follower_following": np.where(kind == 0, rng.integers(200, 2000, size), rng.integers(20, 800, size)),
            "follower_posts": np.where(kind == 0, rng.integers(0, 5, size), rng.integers(5, 3000, size)),
            "gender": rng.choice(["female", "male"], size=size, p=[0.64, 0.36]),
            "region": rng.choice(["上海", "北京", "广东", "浙江", "江苏", "四川", "其他"], size=size),
            "age_band": rng.choice(["18-24", "25-30", "31-40", "41+"], size=size, p=[0.34, 0.38, 0.2, 0.08]),
        }))
    return pd.concat(frames, ignore_index=True)


def build() -> dict[str, pd.DataFrame]:
    """The five sample tables, generated from the fixed seed."""
    rng = np.random.default_rng(SEED)
    days = pd.date_range(START, END, freq="D")
    paths = {p.account_id: _followers_path(rng, p, days) for p in PERSONAS}
    posts = _posts(rng, days, {k: v[2] for k, v in paths.items()})
    wechat_top = posts.index[posts.account_id == "own_wechat"][posts.loc[posts.account_id == "own_wechat", "reads"].argmax()]
    posts.loc[wechat_top, "reads"] = max(posts.loc[wechat_top, "reads"], 100_001)
    posts["tags"] = _tags(posts)
    posts = _wechat_figures(posts, {k: pd.Series(v[2], index=days) for k, v in paths.items()})
    posts["reads_display"] = posts["reads"].astype("Int64").astype(str)
    posts.loc[wechat_top, "reads_display"] = "10万+"  # as WeChat shows it
    daily = _daily(rng, days, paths, posts)
    campaigns = pd.DataFrame([_record(c, daily) for c in CAMPAIGNS])
    snapshots = _snapshots(posts)
    posts["captured_at"] = EXPORTED_AT
    followers = _follower_sample(rng)
    douyin_daily, douyin_posts = _douyin(days)
    douyin_posts["reads_display"] = douyin_posts["reads"].astype("Int64").astype(str)
    every_post = pd.concat([posts, douyin_posts], ignore_index=True)
    return {"accounts": _accounts(), "daily": pd.concat([daily, douyin_daily], ignore_index=True),
            "posts": every_post, "followers": followers, "campaigns": campaigns,
            "post_snapshots": snapshots, "targets": pd.DataFrame(TARGETS, columns=["account_id", "metric", "period", "target"]),
            "events": pd.DataFrame(EVENTS, columns=["date", "account_id", "kind", "note"]),
            "comments": build_comments(every_post, END, {DOUYIN: DOUYIN_EXPORTED_AT})}


def _snapshots(posts: pd.DataFrame) -> pd.DataFrame:
    """Our own posts' running totals as the 09:00 exports read them, from September on (without randomness):
    each figure grows as 1 - exp(-age / tau) towards its total at the final export, faster for a Weibo post than
    for an article, slowest for a video; comments trail the rest."""
    own = posts[posts["account_id"].isin([p.account_id for p in PERSONAS if p.role == "own"])
                & (posts["published_at"] >= SNAPSHOTS_FROM)]
    rows = []
    for _, post in own.iterrows():
        spread = 0.7 + 0.6 * (int(post["post_id"].rsplit("-", 1)[1]) * 0.618034 % 1)  # each post its own pace, no rng
        tau = (8.0 if post["account_id"] == "own_weibo" else 14.0) * (2.0 if post["format"] == "video" else 1.0) * spread
        final = (EXPORTED_AT - post["published_at"]) / pd.Timedelta(hours=1)
        for day in SNAPSHOT_DAYS:
            taken = post["published_at"].normalize() + pd.Timedelta(days=day, hours=9)
            if not post["published_at"] < taken < EXPORTED_AT:
                continue
            age = (taken - post["published_at"]) / pd.Timedelta(hours=1)
            row = {"post_id": post["post_id"], "account_id": post["account_id"], "captured_at": taken}
            for column in SNAPSHOT_FIGURES:
                if pd.notna(post.get(column)):
                    scale = tau * (1.5 if column == "comments" else 1.0)
                    row[column] = round(post[column] * (1 - np.exp(-age / scale)) / (1 - np.exp(-final / scale)))
            if post.get("reads_display") == "10万+":  # the back end writes 10万+ once past it, in every reading
                row["reads"] = min(row["reads"], 100_001)
            rows.append(row)
    return pd.DataFrame(rows)


def _to_csv(frame: pd.DataFrame) -> str:
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            fmt = "%Y-%m-%d" if (out[col].dt.normalize() == out[col]).all() else "%Y-%m-%dT%H:%M:%S"
            out[col] = out[col].dt.strftime(fmt)
        elif pd.api.types.is_float_dtype(out[col]) and (out[col].dropna() % 1 == 0).all():
            out[col] = out[col].astype("Int64")
    return out.to_csv(index=False, lineterminator="\n")


def write_sample(folder: str | Path) -> list[Path]:
    """Write the sample tables as UTF-8 CSV into ``folder``; same bytes on every run."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in build().items():
        if name == "posts":
            frame = frame.assign(reads=frame["reads_display"]).drop(columns="reads_display")
        path = folder / f"{name}.csv"
        write_text_atomic(path, _to_csv(frame))
        written.append(path)
    return written


# ---------------------------------------------------------------- the same story at scale

SCALE_TITLES = {**{topic: parts[0].format(n=5) for topic, parts in TITLE_PARTS.items()}, "节日": "节日礼盒预告"}
SCALE_ACCOUNTS = 50
SCALE_DAYS = 5 * 365 + 1
SCALE_PLATFORMS = ("weibo", "wechat", "douyin", "xiaohongshu", "bilibili")


def build_scaled(posts: int, accounts: int = SCALE_ACCOUNTS, days: int = SCALE_DAYS, seed: int = SEED) -> dict[str, pd.DataFrame]:
    """A large dataset of the same shape: ``accounts`` x ``days`` of daily rows and ``posts`` posts.

    Vectorised so a million posts take seconds; every fifth account is our own.
    """
    roster = pd.DataFrame({"account_id": [f"acct{i:03d}" for i in range(accounts)],
                           "platform": [SCALE_PLATFORMS[i % len(SCALE_PLATFORMS)] for i in range(accounts)],
                           "name": [f"品牌{i:03d}" for i in range(accounts)],
                           "role": ["own" if i % 5 == 0 else "competitor" for i in range(accounts)]})
    return _synthetic(roster, posts, days, seed, campaigns_per_own=3)


def _synthetic(roster: pd.DataFrame, posts: int, days: int, seed: int, campaigns_per_own: int) -> dict[str, pd.DataFrame]:
    """Daily rows, posts, follower samples and finished campaigns for ``roster``'s accounts, vectorised."""
    rng = np.random.default_rng(seed)
    end = END
    dates = pd.date_range(end - pd.Timedelta(days=days - 1), end, freq="D")
    accounts, ids = len(roster), roster["account_id"].tolist()
    size = rng.lognormal(11, 1.2, accounts).round()
    accounts_frame = pd.DataFrame({
        "account_id": ids, "platform": roster["platform"].tolist(), "name": roster["name"].tolist(),
        "role": roster["role"].tolist(),
        "verified": rng.random(accounts) < 0.8, "avatar_set": True, "bio": "规模测试账号", "tags": "茶饮;生活",
        "custom_domain": "", "timezone": "Asia/Shanghai"})

    gained = rng.poisson((size / 600)[:, None] * np.ones(len(dates)))
    lost = rng.poisson((size / 1200)[:, None] * np.ones(len(dates)))
    followers = size[:, None] + np.cumsum(gained - lost, axis=1)
    daily = pd.DataFrame({
        "date": np.tile(dates, accounts), "account_id": np.repeat(ids, len(dates)),
        "followers": followers.ravel().astype(float), "followers_gained": gained.ravel().astype(float),
        "followers_lost": lost.ravel().astype(float),
        "mentions": rng.poisson(np.repeat(size / 2000, len(dates))).astype(float)})

    owner = rng.integers(0, accounts, posts)
    day = rng.integers(0, len(dates), posts)
    hour_p = HOUR_WEIGHTS / HOUR_WEIGHTS.sum()
    stamps = dates.values[day] + rng.choice(24, posts, p=hour_p).astype("timedelta64[h]") + \
        rng.integers(0, 60, posts).astype("timedelta64[m]")
    topic = rng.choice(np.array(TOPICS), posts)
    fmt = rng.choice(np.array(["text", "image", "video"]), posts, p=[0.2, 0.55, 0.25])
    reads = (size[owner] * 0.02 * rng.lognormal(0, 0.8, posts)).round()
    rate = pd.Series(topic).map(TOPIC_RATE).to_numpy() * pd.Series(fmt).map(FORMAT_RATE).to_numpy()
    posts_frame = pd.DataFrame({
        "post_id": [f"p{i:08d}" for i in range(posts)], "account_id": np.array(ids)[owner], "published_at": stamps,
        "title": pd.Series(topic).map(SCALE_TITLES).to_numpy(), "format": fmt, "topic": topic,
        "reads": reads, "reposts": (reads * 0.01 * rate * rng.lognormal(0, 0.35, posts)).round(),
        "comments": (reads * 0.006 * rate * rng.lognormal(0, 0.4, posts)).round(),
        "likes": (reads * 0.03 * rng.lognormal(0, 0.3, posts)).round()})
    per_day = (posts_frame.assign(date=posts_frame["published_at"].dt.normalize())
               .groupby(["account_id", "date"])[["reads", "reposts", "comments", "likes"]].agg(["sum", "size"]))
    key = pd.MultiIndex.from_arrays([daily["account_id"], daily["date"]])
    daily["posts"] = per_day[("reads", "size")].reindex(key, fill_value=0).to_numpy().astype(float)
    for col in ("reads", "reposts", "comments", "likes"):
        daily[col] = per_day[(col, "sum")].reindex(key, fill_value=0).to_numpy()

    sample = 200
    bands = rng.choice(3, accounts * sample, p=[0.25, 0.7, 0.05])
    followers_frame = pd.DataFrame({
        "account_id": np.repeat(ids, sample), "follower_id": [f"f{i:07d}" for i in range(accounts * sample)],
        "follower_followers": np.where(bands == 0, rng.integers(0, 10, bands.size),
                                       np.where(bands == 1, rng.integers(10, 501, bands.size), rng.integers(501, 50_000, bands.size)))})
    own = [a for a, r in zip(ids, accounts_frame["role"]) if r == "own"]
    starts = [end - pd.Timedelta(days=int(d)) for d in rng.integers(30, days - 30, len(own) * campaigns_per_own)]
    campaigns = pd.DataFrame({
        "campaign_id": [f"cmp{i:04d}" for i in range(len(starts))], "account_id": np.repeat(own, campaigns_per_own),
        "name": [f"活动{i}" for i in range(len(starts))], "kind": rng.choice(list(("platform_lottery", "self_run", "joint")), len(starts)),
        "start": starts, "end": [s + pd.Timedelta(days=6) for s in starts], "cost": rng.integers(1000, 30000, len(starts)).astype(float),
        "revenue": rng.integers(0, 80000, len(starts)).astype(float), "participants": rng.integers(500, 30000, len(starts)).astype(float),
        "followers_gained": rng.integers(100, 9000, len(starts)).astype(float)})
    return {"accounts": accounts_frame, "daily": daily, "posts": posts_frame, "followers": followers_frame, "campaigns": campaigns}


def write_scaled(folder: str | Path, posts: int) -> list[Path]:
    """Write :func:`build_scaled` as Parquet (typed, compact, fast to load)."""
    return _write_parquet(Path(folder), build_scaled(posts))


def _write_parquet(folder: Path, tables: dict[str, pd.DataFrame]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = folder / f"{name}.parquet"
        tmp = path.with_suffix(".parquet.tmp")
        frame.to_parquet(tmp, index=False)
        tmp.replace(path)
        written.append(path)
    return written


# ---------------------------------------------------------------- a team's suite

TEAM_PLATFORMS = {"weibo": ("微博", 8), "wechat": ("公众号", 8), "douyin": ("抖音", 7), "xiaohongshu": ("小红书", 7)}
TEAM_RIVALS = 3          # competitors watched on each platform
TEAM_DAYS = 400          # a year and a month: every period has one before it
TEAM_POSTS = 25_000      # about 1.5 posts a day per account
TEAM_REPORTS = Path(__file__).parents[1] / "templates" / "team-reports.toml"  # every workbook for each account


def build_team(posts: int = TEAM_POSTS, days: int = TEAM_DAYS, seed: int = SEED) -> dict[str, pd.DataFrame]:
    """30 own accounts on four platforms and three competitors on each, one finished campaign per own account."""
    rows = []
    for platform, (label, own) in TEAM_PLATFORMS.items():
        rows += [(f"team_{platform}_{n:02d}", platform, f"茶语{label}{n:02d}", "own") for n in range(1, own + 1)]
        rows += [(f"rival_{platform}_{n}", platform, f"竞品{label}{n}", "competitor") for n in range(1, TEAM_RIVALS + 1)]
    roster = pd.DataFrame(rows, columns=["account_id", "platform", "name", "role"])
    return _synthetic(roster, posts, days, seed, campaigns_per_own=1)


def write_team(folder: str | Path) -> list[Path]:
    """Write :func:`build_team` as Parquet under ``folder/data`` and the suite's ``folder/reports.toml``."""
    folder = Path(folder)
    written = _write_parquet(folder / "data", build_team())
    config = folder / "reports.toml"
    write_text_atomic(config, TEAM_REPORTS.read_text(encoding="utf-8"))
    return [*written, config]
