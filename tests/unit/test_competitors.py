"""Competitor comparison: the A/B/C example from the issue, with hand-computed multiples."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from socialops.data.periods import Period
from socialops.data.problems import ReportError
from socialops.report import blocks as views
from socialops.report.findings import Join
from socialops.workbooks.competitors import analysis as K

PERIOD = Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-02"))
# account: followers, reposts per post, mentions per day, sample (zombie, ordinary, influencer)
ABC = {"A": (10_000, 100, 50, (1, 8, 1)), "B": (100_000, 300, 100, (6, 4, 0)), "C": (40_000, 95, 50, (7, 3, 0))}


@pytest.fixture
def tables():
    accounts = pd.DataFrame({"account_id": list(ABC), "platform": "weibo", "name": [f"Brand {a}" for a in ABC],
                             "role": ["own", "competitor", "competitor"]})
    daily, followers = [], []
    for account, (count, reposts, mentions, (z, o, i)) in ABC.items():
        for day in PERIOD.dates():
            daily.append({"date": day, "account_id": account, "followers": count, "followers_gained": 0, "followers_lost": 0,
                          "posts": 5, "reposts": 5 * reposts, "comments": 0, "likes": 0, "mentions": mentions})
        bands = [5] * z + [100] * o + [900] * i
        followers += [{"account_id": account, "follower_id": f"{account}{k}", "follower_followers": v} for k, v in enumerate(bands)]
    return {"accounts": accounts, "daily": pd.DataFrame(daily), "followers": pd.DataFrame(followers)}


@pytest.fixture
def side(tables):
    return K.side_by_side(tables, "A", ["B", "C"], PERIOD)


def test_multiples_and_efficiency(side):
    t = side.table
    assert t.loc["B", "follower_multiple"] == 10 and t.loc["B", "engagement_multiple"] == 3
    assert t.loc["B", "efficiency"] == pytest.approx(0.3)
    assert t.loc["C", "follower_multiple"] == 4 and t.loc["C", "engagement_multiple"] == pytest.approx(0.95)
    assert t.loc["C", "efficiency"] == pytest.approx(0.2375)
    assert t.loc["A", "efficiency"] == 1.0


def test_raw_ranking_differs_from_per_follower_ranking(side):
    assert K.ranking(side, "avg_reposts_per_post") == ["B", "A", "C"]
    assert K.ranking(side, "engagement_per_1k_followers") == ["A", "B", "C"]
    assert side.table["engagement_per_1k_followers"].tolist() == pytest.approx([10.0, 3.0, 2.375])


def test_follower_quality_and_effective_followers(side):
    t = side.table
    assert t["share_followers_under_10"].tolist() == pytest.approx([0.1, 0.6, 0.7])
    assert t["effective_followers"].tolist() == pytest.approx([8_000, 40_000, 12_000])
    assert t["engagement_per_1k_effective_followers"].tolist() == pytest.approx([12.5, 7.5, 95 / 12_000 * 1000])


def test_mentions_share(side):
    assert side.table["mentions_share"].tolist() == pytest.approx([0.25, 0.5, 0.25])
    assert side.table.loc["B", "mentions_per_1k_followers"] == pytest.approx(200 / 100_000 * 1000)


def test_index_with_default_and_custom_weights(side):
    default = K.composite_index(side)
    assert default.index.index[0] == "A"
    assert default.contributions.sum(axis=1).tolist() == pytest.approx(default.index.tolist())
    reach = K.composite_index(side, {"reach": 1, "engagement_per_post": 0, "engagement_per_follower": 0,
                                     "growth": 0, "follower_quality": 0})
    assert list(reach.index.index) == ["B", "C", "A"]
    assert reach.index["C"] == pytest.approx(math.log10(40_001 / 101) / math.log10(10_000_001 / 101) * 100)  # 100 → 10 million
    per_follower = K.composite_index(side, "reach=0,engagement_per_post=0,engagement_per_follower=1,growth=0,follower_quality=0")
    assert list(per_follower.index.index) == ["A", "B", "C"]
    assert per_follower.index["A"] == pytest.approx(math.log10(1 + 10) / math.log10(101) * 100)  # 10 per 1,000 followers


def test_bad_weights_are_refused():
    with pytest.raises(ReportError, match="unknown index component"):
        K.parse_weights({"vibes": 1})
    with pytest.raises(ReportError, match="non-negative"):
        K.parse_weights({"reach": -1})
    with pytest.raises(ReportError, match="look like"):
        K.parse_weights("reach:1")


def test_choosing_competitors(tables):
    accounts = tables["accounts"]
    assert K.choose_competitors(accounts, "A") == ["B", "C"]
    assert K.choose_competitors(accounts, "A", "C") == ["C"]
    assert K.choose_competitors(accounts, "A", ["B"]) == ["B"]
    with pytest.raises(ReportError, match="not in the accounts table: Z"):
        K.choose_competitors(accounts, "A", "Z")
    mixed = accounts.assign(platform=["weibo", "wechat", "weibo"])
    with pytest.raises(ReportError, match=r"B \(wechat\) not on weibo"):
        K.choose_competitors(mixed, "A", "B,C")
    assert K.choose_competitors(mixed, "A") == ["C"]


def test_a_set_of_one(tables):
    side = K.side_by_side(tables, "A", [], PERIOD)
    assert side.peers == [] and side.table.loc["A", "efficiency"] == 1
    # A alone: 10,000 followers, 100 interactions per post, 10 per 1,000 followers, flat (growth 0 → 50), 80% with 10–500
    scores = {"reach": math.log10(10_001 / 101) / math.log10(10_000_001 / 101) * 100,
              "engagement_per_post": math.log10(101) / math.log10(10_001) * 100,
              "engagement_per_follower": math.log10(11) / math.log10(101) * 100, "growth": 50.0, "follower_quality": 80.0}
    assert K.composite_index(side).index["A"] == pytest.approx(sum(K.DEFAULT_WEIGHTS[c] * v for c, v in scores.items()))
    block = views.view(side, "en")
    assert [f.key for f in block.facts] == ["competitors.side_by_side.no_competitors"]


def test_gaps_and_a_silent_competitor(tables):
    daily = tables["daily"]
    daily.loc[daily["account_id"] == "C", "posts"] = 0
    daily.loc[daily["account_id"] == "C", ["reposts", "comments", "likes"]] = 0
    tables["daily"] = daily[~((daily["account_id"] == "B") & (daily["date"] == PERIOD.end))]
    tables["followers"] = tables["followers"][tables["followers"]["account_id"] != "B"]
    side = K.side_by_side(tables, "A", ["B", "C"], PERIOD)
    assert side.table.loc["C", "engagement_per_post"] != side.table.loc["C", "engagement_per_post"]  # NaN: no posts
    assert math.isnan(side.table.loc["C", "efficiency"])
    assert math.isnan(side.table.loc["B", "share_followers_under_10"])  # no sample: marked, not guessed
    index = K.composite_index(side)
    assert "follower_quality" in index.missing["B"]
    blocks = [views.view(r, "en") for r in (side, K.normalized(side), K.quality(side), index)]
    said = {f.key: f for b in blocks for f in b.facts}
    assert said["competitors.side_by_side.no_posts"].values["s"] == Join(("Brand C",))
    assert said["competitors.quality_comparison.without_sample"].values["s"] == Join(("Brand B",))
    assert "no follower sample" in blocks[2].html


def test_a_peer_without_posts_in_the_period_has_no_busiest_hour(side):
    """It crashed the page (idxmax over a row of NaN) when one account had posted nothing."""
    posts = pd.DataFrame({"post_id": ["p1", "p2"], "account_id": ["A", "B"], "reposts": [3, 4], "comments": 0, "likes": 0,
                          "published_at": pd.to_datetime(["2026-10-01 09:10", "2026-10-02 21:00"])})
    said = views.view(K.strategy(posts, side), "en").facts
    busiest = next(f for f in said if f.key == "competitors.strategy.busiest_hour")
    assert busiest.text("en") == "Busiest hour: Brand A 9:00, Brand B 21:00."


def test_two_accounts_are_not_scored_0_and_100(tables):
    """Scaled within a set of two, every component was 0 or 100; against fixed points it says how far apart they are."""
    pair = K.composite_index(K.side_by_side(tables, "A", ["B"], PERIOD))
    assert not pair.scaled.isin([0.0, 100.0]).all().all()
    assert pair.scaled.loc["A", "growth"] == 50 and pair.scaled.loc["B", "reach"] == pytest.approx(60.0, abs=0.05)  # 10^5 within 10^2..10^7


def test_takeaways_name_where_we_trail_and_only_what_peers_do_more(tables):
    """A trails furthest on engagement per post (100 against B's 300: a third; share of voice 25% against 50% is half);
    B posts as often as A, so no 'posts more'."""
    side = K.side_by_side(tables, "A", ["B", "C"], PERIOD)
    plan = K.strategy(None, side)
    said = {f.key: f for f in views.view(K.takeaways(plan, K.composite_index(side)), "en").facts}
    weakest = said["competitors.takeaways.weakest"]
    assert weakest.text("en") == "Where we trail most: engagement per post, 100.0 against 300.0 at Brand B (we rank 2 of 3)."
    assert "competitors.takeaways.peer_posts_more" not in said
    daily = tables["daily"]
    daily.loc[daily["account_id"] == "A", "posts"] = 10  # we now post twice as often as every peer
    side = K.side_by_side(tables, "A", ["B", "C"], PERIOD)
    said = {f.key for f in views.view(K.takeaways(K.strategy(None, side), K.composite_index(side)), "en").facts}
    assert "competitors.takeaways.peer_posts_more" not in said


def test_engagement_per_1k_and_top_posts_count_what_the_platform_counts():
    """Xiaohongshu counts saves: the comparison's per-1,000 figure and its top posts read interactions as content
    performance does (they read reposts + comments + likes alone, so the two reports disagreed)."""
    from socialops.workbooks.content import analysis as C

    day = pd.Timestamp("2026-10-01")
    accounts = pd.DataFrame({"account_id": ["A", "B"], "platform": "xiaohongshu", "name": ["Brand A", "Brand B"],
                             "role": ["own", "competitor"]})
    daily = pd.DataFrame({"date": [day, day], "account_id": ["A", "B"], "followers": [1_000, 2_000], "posts": [2, 1]})
    posts = pd.DataFrame({"post_id": ["a1", "a2", "b1"], "account_id": ["A", "A", "B"], "published_at": [day] * 3,
                          "likes": [10, 30, 4], "favorites": [90, 0, 6], "comments": [0, 0, 0], "reposts": [0, 0, 0]},
                         index=[7, 3, 7])  # an index with repeats, as files concatenated can leave it
    side = K.side_by_side({"accounts": accounts, "daily": daily, "posts": posts}, "A", ["B"], Period(day, day))
    # A: (10 + 90) / 1,000 × 1,000 = 100 and 30 / 1,000 × 1,000 = 30, mean 65; B: (4 + 6) / 2,000 × 1,000 = 5
    assert side.table.loc["A", "engagement_per_1k_followers"] == pytest.approx(65)
    assert side.table.loc["B", "engagement_per_1k_followers"] == pytest.approx(5)
    own = C.in_period(C.enrich(posts[posts["account_id"] == "A"], daily, "xiaohongshu"), Period(day, day))
    assert C.period_figures(own)["engagement_per_1k_followers"]["value"] == pytest.approx(65)  # the content report's figure
    top = K.strategy(posts, side).top_posts
    assert top["post_id"].tolist() == ["a1", "a2", "b1"] and top["interactions"].tolist() == [100, 30, 10]
