"""Each platform's own signals against figures worked out by hand on small fixtures."""
from __future__ import annotations

import pandas as pd
import pytest

from socialops import metrics as M
from socialops import platforms as P
from socialops.data.periods import Period
from socialops.workbooks.content import analysis as content
from socialops.workbooks.content import readings

OCTOBER = Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-31"))


def posts(platform: str, **columns) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    frame = pd.DataFrame({"post_id": [f"p{i}" for i in range(n)], "account_id": "a",
                          "published_at": pd.date_range("2026-10-02 20:00", periods=n, freq="D"), **columns})
    return content.enrich(frame, None, platform)


def test_a_video_rate_is_weighted_by_plays_and_equals_completed_plays_over_plays():
    p = posts("douyin", reads=[1000, 3000, 6000], completion_rate=[0.30, 0.20, 0.10])
    completed = 1000 * 0.30 + 3000 * 0.20 + 6000 * 0.10  # 1,500 completed plays
    f = P.figures(p, ("completion_rate",))
    assert f.loc["completion_rate", "value"] == pytest.approx(completed / 10_000)  # 15.0%, not the mean 20.0%
    assert f.loc["completion_rate", "median"] == pytest.approx(0.20) and f.loc["completion_rate", "posts"] == 3


def test_watch_ratio_and_watch_time():
    p = posts("douyin", reads=[100, 300], avg_watch_seconds=[10.0, 20.0], duration_seconds=[20.0, 80.0])
    f = P.figures(p, ("avg_watch_seconds", "watch_ratio"))
    assert f.loc["avg_watch_seconds", "value"] == pytest.approx((100 * 10 + 300 * 20) / 400)   # 17.5 s
    assert f.loc["watch_ratio", "value"] == pytest.approx((100 * 10 + 300 * 20) / (100 * 20 + 300 * 80))  # 26.9%
    assert f.loc["watch_ratio", "median"] == pytest.approx((0.5 + 0.25) / 2)


def test_a_cover_click_rate_is_clicks_over_the_impressions_it_implies():
    p = posts("douyin", reads=[500, 1500], cover_click_rate=[0.05, 0.10])
    impressions = 500 / 0.05 + 1500 / 0.10  # 10,000 + 15,000
    assert P.figures(p, ("cover_click_rate",)).loc["cover_click_rate", "value"] == pytest.approx(2000 / impressions)


def test_wechat_rates_are_sums_over_sums():
    p = posts("wechat", reads=[2000, 800], message_reads=[1200, 300], delivered=[10_000, 10_000], first_shares=[24, 3],
              reposts=[60, 10], share_reads=[300, 20], read_completion_rate=[0.5, 0.2], in_view=[15, 2], likes=[40, 8])
    f = P.figures(p, P.signal_set("wechat"))
    assert f.loc["open_rate", "value"] == pytest.approx(1500 / 20_000)
    assert f.loc["first_share_rate", "value"] == pytest.approx(27 / 1500)
    assert f.loc["reads_per_share", "value"] == pytest.approx(320 / 70)
    assert f.loc["read_completion_rate", "value"] == pytest.approx((2000 * 0.5 + 800 * 0.2) / 2800)
    assert f.loc["in_view", "value"] == 17 and pd.isna(f.loc["in_view", "median"])  # a count: no median of a total
    assert p["interactions"].tolist() == [60 + 40 + 15, 10 + 8 + 2]  # 在看 counts as an interaction on WeChat


def test_xiaohongshu_clicks_saves_and_breakout_notes():
    p = posts("xiaohongshu", impressions=[10_000, 40_000, 2_000], reads=[800, 2400, 100], likes=[1200, 300, 10],
              favorites=[900, 450, 5], comments=[50, 20, 1], reposts=[30, 10, 0])
    f = P.figures(p, P.signal_set("xiaohongshu"))
    assert f.loc["click_rate", "value"] == pytest.approx(3300 / 52_000)
    assert f.loc["saves_per_like", "value"] == pytest.approx(1355 / 1510)
    assert f.loc["breakout_note_share", "value"] == pytest.approx(1 / 3)  # one note of three reached 1,000 likes
    assert p["interactions"].tolist() == [1200 + 900 + 50 + 30, 300 + 450 + 20 + 10, 10 + 5 + 1]  # saves count there


def test_bilibili_triple_rate_and_its_interactions():
    p = posts("bilibili", reads=[10_000, 5_000], likes=[500, 100], coins=[200, 50], favorites=[300, 40], reposts=[20, 5],
              comments=[40, 10], danmaku=[90, 30])
    f = P.figures(p, P.signal_set("bilibili"))
    assert f.loc["triple_rate", "value"] == pytest.approx((500 + 200 + 300 + 100 + 50 + 40) / 15_000)
    assert f.loc["coins", "value"] == 250 and f.loc["danmaku", "value"] == 120
    assert p["interactions"].tolist() == [500 + 200 + 300 + 20 + 40 + 90, 100 + 50 + 40 + 5 + 10 + 30]


def test_a_post_missing_a_part_is_left_out_not_counted_as_zero():
    p = posts("bilibili", reads=[10_000, 5_000], likes=[500, 100], coins=[200, None], favorites=[300, 40])
    f = P.figures(p, ("triple_rate",))
    assert f.loc["triple_rate", "value"] == pytest.approx(1000 / 10_000) and f.loc["triple_rate", "posts"] == 1


def test_signals_the_export_lacks_are_named_and_the_rest_shown():
    p = posts("douyin", reads=[1000, 2000], completion_rate=[0.2, 0.4], favorites=[10, 20], likes=[5, 6])
    s = content.platform_signals(p, OCTOBER, "douyin")
    assert list(s.table.index) == ["completion_rate", "favorites"]
    assert s.missing == ("completion_5s_rate", "bounce_2s_rate", "avg_watch_seconds", "watch_ratio", "cover_click_rate")
    said = {f.key: f.text("en") for f in readings.platform_signals_reading(s)}
    assert said["content.platform_signals.figures"] == "Douyin's own figures this period: Completion rate (完播率) 33.3%, Favorites 30."
    assert "5-second completion rate" in said["content.platform_signals.not_in_export"]
    zh = {f.key: f.text("zh") for f in readings.platform_signals_reading(s)}
    assert zh["content.platform_signals.figures"] == "抖音平台指标：完播率 33.3%、收藏数 30。"


def test_the_hook_reading_needs_both_opening_figures():
    p = posts("douyin", reads=[1000, 1000], completion_5s_rate=[0.5, 0.3], bounce_2s_rate=[0.2, 0.4])
    said = {f.key: f.text("en") for f in readings.platform_signals_reading(content.platform_signals(p, OCTOBER, "douyin"))}
    assert said["content.platform_signals.hook"].startswith("Openings: 40.0% of plays last past 5 seconds and 30.0% leave")
    only = posts("douyin", reads=[1000], completion_5s_rate=[0.5])
    assert "content.platform_signals.hook" not in {f.key for f in readings.platform_signals_reading(
        content.platform_signals(only, OCTOBER, "douyin"))}


def test_an_unknown_platform_says_so():
    s = content.platform_signals(posts("weibo", reads=[1]), OCTOBER, None)
    assert [f.key for f in readings.platform_signals_reading(s)] == ["content.platform_signals.no_platform"]


def test_each_platforms_interactions_are_in_the_glossary():
    text = M.METRICS["interactions"].formula["en"]
    assert "Douyin likes + comments + shares + saves" in text and "WeChat shares + comments + likes + 在看" in text
    for platform, parts in M.INTERACTION_PARTS.items():
        assert M.interaction_parts(platform) == parts
    assert M.interaction_parts(None) == ("reposts", "comments", "likes")


def test_every_signal_is_a_defined_metric_with_its_unit():
    for name in {n for names in P.SETS.values() for n in names}:
        assert name in M.registry(), name
    assert M.spec("avg_watch_seconds").show(17.5, "en") == "17.5 s" and M.spec("avg_watch_seconds").show(17.5, "zh") == "17.5 秒"
    assert M.METRICS["cover_click_rate"].columns == "posts.reads, cover_click_rate"


def test_reads_by_channel_leave_the_total_out_and_compare_shares_in_points():
    rows = []
    for day, parts in ((pd.Timestamp("2026-09-15"), {"message": 600, "recommended": 200, "moments": 200}),
                       (pd.Timestamp("2026-10-15"), {"message": 500, "recommended": 400, "moments": 100})):
        rows.append({"date": day, "account_id": "a", "channel": "all", "reads": sum(parts.values())})
        rows += [{"date": day, "account_id": "a", "channel": c, "reads": r} for c, r in parts.items()]
    ts = content.traffic_sources(pd.DataFrame(rows), OCTOBER)
    assert list(ts.table.index) == ["message", "recommended", "moments"]  # "all" is a total, not a channel
    assert ts.table.loc["recommended", "share"] == pytest.approx(0.4)
    assert ts.table.loc["recommended", "change"] == pytest.approx(0.4 - 0.2)
    said = {f.key: f.text("en") for f in readings.traffic_sources_reading(ts)}
    assert said["content.traffic_sources.recommended_up"].startswith("The recommendation's share rose: Recommendation share +20.0 pp (20.0% → 40.0%)")
    assert [f.key for f in readings.traffic_sources_reading(content.traffic_sources(None, OCTOBER))] == ["content.traffic_sources.no_table"]


def test_openings_by_group_are_weighted_by_plays_and_name_the_strongest_and_weakest():
    p = posts("douyin", title=["a", "b", "c", "d"], reads=[1000, 3000, 2000, 2000], completion_5s_rate=[0.6, 0.4, 0.2, 0.5],
              bounce_2s_rate=[0.2, 0.3, 0.5, 0.25], duration_seconds=[10, 12, 200, 90], format_label=["短视频"] * 4)
    groups, best, worst = content.openings(p)
    bands = groups["duration_band"].set_index("group")
    assert bands.loc["< 15 s", "completion_5s_rate"] == pytest.approx((1000 * 0.6 + 3000 * 0.4) / 4000)  # 45%, not 50%
    assert bands.loc["< 15 s", "posts"] == 2 and list(bands.index) == ["1–3 min", "< 15 s", "> 3 min"]
    assert list(best["title"]) == ["a", "d"] and list(worst["title"]) == ["c", "b"]
    said = {f.key: f.text("en") for f in readings.platform_signals_reading(content.platform_signals(p, OCTOBER, "douyin"))}
    assert said["content.platform_signals.openings"] == ("Strongest opening: “a” (60.0% of plays past 5 seconds); "
                                                           "weakest: “c” (20.0%).")


def test_competitors_are_compared_on_the_platforms_own_figures():
    from socialops.workbooks.competitors import analysis as competitors
    from socialops.workbooks.competitors import readings as competitor_readings

    rows = pd.DataFrame({"post_id": ["a1", "a2", "b1"], "account_id": ["us", "us", "them"],
                         "published_at": pd.to_datetime(["2026-10-02", "2026-10-03", "2026-10-04"]),
                         "reads": [1000, 3000, 2000], "completion_rate": [0.30, 0.10, 0.20], "bounce_2s_rate": [0.3, 0.5, 0.2]})
    side = competitors.SideBySide(pd.DataFrame(index=pd.Index(["us", "them"], name="account_id")), "us",
                                  {"us": "Us", "them": "Them"}, OCTOBER)
    pf = competitors.platform_figures({"posts": rows}, side, "douyin")
    assert pf.table.loc["us", "completion_rate"] == pytest.approx((300 + 300) / 4000)  # 15%, below their 20%
    said = [f.text("en") for f in competitor_readings.platform_figures_reading(pf)]
    assert said[0] == "Completion rate (完播率): Them leads at 20.0%; we are at 15.0%."
    assert said[1] == "2-second bounce rate: Them leads at 20.0%; we are at 45.0%."  # lower is better for a bounce
    assert "Not in any account's data: 5-second completion rate" in said[2]
