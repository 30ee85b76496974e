"""The sample's comments: what the audience of the three own accounts (and of competitor A, whose comments the team
crawls too) wrote under their posts from August on, and the accounts' replies, generated from a fixed seed (the same
bytes every run).

The story: a core of regulars who comment on most posts, casual fans, one-off passers-by; questions about
stores, prices and restocks that the team mostly answers within working hours; and in the week of 19 October
a delivery delay on the joint campaign's orders that brings complaints, some still unanswered when the data ends.
Authors are written as the platforms' user ids would be (``fan-0007``): loading hashes them like any download.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 20261101
FROM = pd.Timestamp("2026-08-01")
USER_IDS = {"own_weibo": "7300001001", "own_wechat": "gh_7a1c2e3f4b5d", "own_douyin": "MS4wLjABAAAA-chayu",
            "comp_a": "7300002002"}  # the accounts whose comments are crawled, and their own ids (their replies)
ANSWERS = {"comp_a": 0.5}  # competitor A answers half as often as we do
ANSWERS_OWN = ("own_weibo", "own_wechat", "own_douyin")
CORE, CASUAL, PASSERS = 30, 900, 6000
DELAY = (pd.Timestamp("2026-10-19"), pd.Timestamp("2026-10-31"))  # the joint campaign's orders ship late

PRAISE = ["太好喝了吧{e}", "{item}yyds！！", "绝绝子，{item}回购第{n}次了", "包装好可爱{e}", "{item}一口入魂，好喝到跺脚",
          "姐妹们冲，{item}真的不踩雷", "支持国货，越来越好{e}", "哈哈哈哈哈小编太会了", "拍照超出片，朋友都问链接",
          "门店小姐姐超热情{e}", "每天一杯，快乐加倍", "这次联名也太会了吧，爱了爱了", "抽中了！！谢谢官方{e}",
          "{item}甜度刚刚好，推荐", "宝藏茶饮，怎么现在才发现", "已经安利给全宿舍了哈哈哈"]
NEUTRAL = ["请问{city}有门店吗？", "{item}多少钱一杯呀", "什么时候补货？", "蹲一个链接", "{item}是限定款吗", "打卡",
           "周末去试试", "孕妇可以喝{item}吗", "来了来了", "外卖能点到吗", "中奖名单在哪里看？", "有没有无糖的版本",
           "这个活动要怎么参与", "收藏了，回头再看", "@{friend} 你看这个", "几号开始发货？"]
NEGATIVE = ["{item}太甜了，喝不下去", "又涨价了，告辞", "排队一小时，结果做错了😤", "味道变了，没以前好喝了",
            "这个广告好尴尬[衰]", "门店卫生堪忧，吃出头发了", "抽奖是不是内定的啊"]
COMPLAINTS = ["联名礼盒下单一周了还没发货，什么情况？", "等了十天还没发货，要退款", "客服一直不回消息，服务太差了",
              "物流慢死了，催了也没用😭", "收到的礼盒压扁了，给个说法吧", "退款申请三天了还没处理，投诉了"]
REPLIES = ["感谢支持～我们会继续努力哒", "亲，{city}的门店地址已私信您哦", "已经补货啦，快去下单吧", "亲，已为您加急处理，请私信订单号哦",
           "抱歉让您久等了，礼盒已陆续发出，物流信息会短信通知", "收到您的建议啦，已反馈给产品同学"]
ITEMS = ["桂花乌龙", "茉莉雪芽", "冷泡白桃", "生椰乌龙", "芝士奶盖", "联名礼盒"]
CITIES = ["北京", "上海", "杭州", "成都", "深圳"]
FRIENDS = ["小雨", "阿花", "大橘", "Momo"]
EMOJI = ["😍", "🥰", "👍", "[心]", "[赞]", "🎉", ""]


def _text(rng: np.random.Generator, templates: list[str]) -> str:
    return templates[rng.integers(len(templates))].format(
        item=ITEMS[rng.integers(len(ITEMS))], city=CITIES[rng.integers(len(CITIES))], n=int(rng.integers(2, 6)),
        friend=FRIENDS[rng.integers(len(FRIENDS))], e=EMOJI[rng.integers(len(EMOJI))])


def _author(rng: np.random.Generator) -> str:
    """Regulars write a third of the comments, casual fans half, passers-by the rest."""
    pick = rng.random()
    if pick < 0.33:
        return f"fan-{rng.integers(CORE):04d}"
    if pick < 0.83:
        return f"fan-{CORE + rng.integers(CASUAL):04d}"
    return f"fan-{CORE + CASUAL + rng.integers(PASSERS):04d}"


def _business_delay(rng: np.random.Generator, at: pd.Timestamp, slow: bool) -> pd.Timestamp:
    """When the team answers: within working hours, a few hours later (a day or more in the delay week)."""
    hours = float(rng.gamma(2.0, 10.0 if slow else 2.5))
    reply = at + pd.Timedelta(hours=hours)
    if reply.hour < 9:
        reply = reply.normalize() + pd.Timedelta(hours=9, minutes=int(rng.integers(0, 50)))
    elif reply.hour >= 18:
        reply = reply.normalize() + pd.Timedelta(days=1, hours=9, minutes=int(rng.integers(0, 50)))
    return reply.floor("min")


def build_comments(posts: pd.DataFrame, end: pd.Timestamp, crawled: dict[str, pd.Timestamp] | None = None) -> pd.DataFrame:
    """Comments and replies under the own accounts' posts published from August to ``end`` (``crawled``: an
    account whose comments were last downloaded earlier, and when)."""
    rng = np.random.default_rng(SEED)
    own = posts[posts["account_id"].isin(USER_IDS) & (posts["published_at"] >= FROM)].sort_values(["published_at", "post_id"])
    rows = []
    for post in own.itertuples():
        close = (crawled or {}).get(post.account_id, end.normalize() + pd.Timedelta(days=1))
        published = pd.Timestamp(post.published_at)
        delayed = post.account_id in ANSWERS_OWN and DELAY[0] <= published <= DELAY[1]  # our orders, not theirs
        count = int(min(max(float(post.comments) if pd.notna(post.comments) else 4.0, 2.0) * 0.07, 14)) + int(rng.integers(0, 3))
        for i in range(count):
            at = (published + pd.Timedelta(minutes=float(rng.exponential(240)))).floor("min")
            if at >= close:
                continue
            roll = rng.random()
            if delayed and roll < 0.30:
                text, kind = _text(rng, COMPLAINTS), "complaint"
            elif roll < (0.10 if not delayed else 0.42):
                text, kind = _text(rng, NEGATIVE), "negative"
            elif roll < 0.72:
                text, kind = _text(rng, PRAISE), "praise"
            else:
                text, kind = _text(rng, NEUTRAL), "question"
            cid = f"{post.post_id}-c{i:02d}"
            rows.append({"comment_id": cid, "post_id": post.post_id, "account_id": post.account_id, "created_at": at,
                         "text": text, "author": _author(rng), "parent_id": None,
                         "likes": int(rng.poisson(30 if kind == "complaint" else 6)), "sub_comments": 0,
                         "ip_location": CITIES[rng.integers(len(CITIES))]})
            answer = {"complaint": 0.55, "question": 0.8, "negative": 0.3, "praise": 0.15}[kind] * ANSWERS.get(post.account_id, 1.0)
            if rng.random() < answer:
                reply_at = _business_delay(rng, at, slow=delayed)
                if reply_at < close:
                    rows[-1]["sub_comments"] = 1
                    template = REPLIES[3 + int(rng.integers(0, 2))] if kind == "complaint" else _text(rng, REPLIES[:3] + REPLIES[5:])
                    rows.append({"comment_id": f"{cid}-r", "post_id": post.post_id, "account_id": post.account_id,
                                 "created_at": reply_at, "text": template.format(city=CITIES[0]) if "{" in template else template,
                                 "author": USER_IDS[post.account_id], "parent_id": cid, "likes": int(rng.poisson(2)),
                                 "sub_comments": 0, "ip_location": "上海"})
    return pd.DataFrame(rows)
