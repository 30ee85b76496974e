"""Content performance on a hand-computed fixture, plus the edge cases a report must survive."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from socialops.data.periods import Period
from socialops.report import blocks as views
from socialops.report.findings import Count
from socialops.workbooks.content import analysis as C

PERIOD = Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-03"))  # 3 days: previous is 09-28..09-30


def posts_fixture() -> pd.DataFrame:
    rows = [  # post, published, reads, reposts, comments, likes, format, topic
        ("p0", "2026-09-29 10:00", 2000, 20, 10, 70, "image", "新品"),
        ("p1", "2026-10-01 09:00", 1000, 10, 5, 35, "video", "福利"),
        ("p2", "2026-10-01 21:00", 4000, 60, 20, 120, "video", "福利"),
        ("p3", "2026-10-02 09:30", 100001, 1200, 300, 500, "image", "新品"),
        ("p4", "2026-10-03 12:00", np.nan, 5, 0, 5, "text", "新品"),
    ]
    frame = pd.DataFrame(rows, columns=["post_id", "published_at", "reads", "reposts", "comments", "likes", "format", "topic"])
    frame["account_id"] = "a"
    frame["published_at"] = pd.to_datetime(frame["published_at"])
    frame["reads_lower_bound"] = frame["post_id"] == "p3"  # shown as 10万+
    frame["title"] = ["t0", "t1", "t2", "<b>t3</b>", "t4"]
    return frame


def daily_fixture() -> pd.DataFrame:
    return pd.DataFrame({"date": pd.to_datetime(["2026-10-01", "2026-10-02"]), "account_id": "a", "followers": [1000, 2000]})


@pytest.fixture
def posts():
    return C.enrich(posts_fixture(), daily_fixture())


def test_enrich(posts):
    p = posts.set_index("post_id")
    assert p["interactions"].tolist() == [100, 50, 200, 2000, 10]
    assert p.loc["p1", "engagement_rate"] == 0.05 and np.isnan(p.loc["p4", "engagement_rate"])
    assert p.loc["p3", "followers_at_post"] == 2000 and p.loc["p4", "followers_at_post"] == 2000  # 10-03 missing: latest earlier day
    assert np.isnan(p.loc["p0", "followers_at_post"])  # no log before the post
    assert p["engagement_per_1k"].tolist()[1:] == [50, 200, 1000, 5]


def test_overview_current_and_previous(posts):
    o = C.overview(posts, PERIOD)
    assert o.previous == Period(pd.Timestamp("2026-09-28"), pd.Timestamp("2026-09-30"))
    assert (o.value("posts"), o.value("reads"), o.value("reposts"), o.value("comments"), o.value("likes")) == (4, 105001, 1275, 325, 660)
    assert o.value("avg_reads_per_post") == pytest.approx(105001 / 3) and o.value("avg_reads_per_post", "median") == 4000
    assert o.value("avg_reposts_per_post") == 318.75 and o.value("avg_reposts_per_post", "median") == 35
    assert o.value("avg_comments_per_post") == 81.25 and o.value("avg_comments_per_post", "median") == 12.5
    assert o.value("engagement_rate") == pytest.approx(2250 / 105001) and o.value("engagement_rate", "median") == 0.05
    assert o.value("engagement_per_1k_followers") == 313.75 and o.value("engagement_per_1k_followers", "median") == 125
    assert (o.value("posts", "previous"), o.value("reads", "previous"), o.value("reposts", "previous")) == (1, 2000, 20)
    assert o.value("reposts", "change_pct") == pytest.approx(6275.0)
    assert o.value("favorites") is None and o.value("favorites", "change_pct") is None
    assert o.lower_bound_reads == 1


def test_tiers(posts):
    tr = C.tiers(C.in_period(posts, PERIOD))
    reads = tr.reads.set_index("tier")
    assert reads["posts"].to_dict() == {"< 1k": 0, "1k–5k": 2, "5k–10k": 0, "10k–50k": 0, "50k–100k": 0, "≥ 100k (10万+)": 1}
    assert reads.loc["1k–5k", "share_posts"] == pytest.approx(2 / 3)
    assert reads.loc["1k–5k", "share_interactions"] == pytest.approx(250 / 2250)
    assert reads.loc["≥ 100k (10万+)", "lower_bounds"] == 1
    reposts = tr.reposts.set_index("tier")
    assert reposts["posts"].tolist() == [1, 1, 1, 0, 0, 1]
    assert reposts.loc["≥ 1,000", "share_interactions"] == pytest.approx(2000 / 2260)


def test_top_posts_and_multiples(posts):
    tp = C.top_posts(C.in_period(posts, PERIOD), posts, top_n=2)
    assert tp.median_rate == 0.05 and tp.median_reads == 3000
    assert list(tp.best_by_rate["post_id"]) == ["p1", "p2"] and tp.best_by_rate["multiple"].tolist() == [1.0, 1.0]
    assert tp.best_by_reads["post_id"].iloc[0] == "p3"
    assert tp.best_by_reads["multiple"].iloc[0] == pytest.approx(100001 / 3000)
    assert list(tp.worst_by_reads["post_id"]) == ["p1", "p2"]


def test_bootstrap_interval_is_seeded_and_sane():
    assert C.bootstrap_median_ci([0.05] * 8) == (0.05, 0.05)
    values = np.linspace(0.01, 0.09, 41)
    low, high = C.bootstrap_median_ci(values, seed=1)
    assert low < np.median(values) < high
    assert C.bootstrap_median_ci(values, seed=1) == (low, high)


def test_what_works_needs_enough_posts(posts):
    w = C.what_works(C.in_period(posts, PERIOD), min_posts=2)
    formats = w.groups["format"].set_index("group")
    assert formats.loc["video", "median_rate"] == 0.05 and bool(formats.loc["video", "enough"])
    assert not bool(formats.loc["image", "enough"]) and formats.loc["text", "rated"] == 0
    assert w.winners["format"] is None  # one eligible group is no contest


def test_what_works_names_a_clear_winner():
    rows = [("v", 0.09 + i * 0.001) for i in range(8)] + [("i", 0.03 + i * 0.001) for i in range(8)]
    frame = pd.DataFrame({"format": [f for f, _ in rows], "engagement_rate": [r for _, r in rows],
                          "published_at": pd.Timestamp("2026-10-01")})
    assert C.what_works(frame).winners["format"] == "v"


def test_headline_read_rate():
    frame = C.enrich(pd.DataFrame({
        "post_id": ["h1", "s1", "h2"], "account_id": "a", "reads": [300, 50, 500], "is_headline": [True, False, True],
        "published_at": pd.to_datetime(["2026-10-01 20:00", "2026-10-01 20:00", "2026-10-02 20:00"])}), daily_fixture())
    w = C.what_works(frame)
    assert w.headline_posts == 2 and w.headline_read_rate == pytest.approx((300 / 1000 + 500 / 2000) / 2)
    assert w.headline_read_rate_previous is None


def test_headline_read_rate_against_the_previous_period():
    frame = C.enrich(pd.DataFrame({
        "post_id": ["h1", "s1", "h2", "h0"], "account_id": "a", "reads": [300, 50, 500, 200],
        "is_headline": [True, False, True, True],
        "published_at": pd.to_datetime(["2026-10-01 20:00", "2026-10-01 20:00", "2026-10-02 20:00", "2026-09-29 20:00"])}),
        pd.concat([daily_fixture(), pd.DataFrame({"date": [pd.Timestamp("2026-09-29")], "account_id": "a", "followers": [800]})]))
    now, before = C.in_period(frame, PERIOD), C.in_period(frame, PERIOD.previous())
    w = C.what_works(now, before)
    assert w.headline_read_rate == pytest.approx((300 / 1000 + 500 / 2000) / 2)
    assert w.headline_read_rate_previous == pytest.approx(200 / 800)
    from socialops.workbooks.content import readings

    said = [f for f in readings.what_works_reading(w) if f.key.endswith("headline_read_rate_moved")]
    assert said and "pp" in said[0].text("en") and "25.00% → 27.50%" in said[0].text("en")


def test_overview_changes_a_rate_in_points(posts):
    o = C.overview(posts, PERIOD)
    rate, before = o.value("engagement_rate"), o.value("engagement_rate", "previous")
    assert o.value("engagement_rate", "change") == pytest.approx(rate - before)
    assert o.value("reposts", "change") == 1275 - 20


def test_timing_grid_counts_and_slots(posts):
    ti = C.timing(C.in_period(posts, PERIOD), min_posts=1)
    counts = ti.count_grid
    assert counts.to_numpy().sum() == 3  # the post without reads has no rate
    assert (counts.loc[3, 9], counts.loc[3, 21], counts.loc[4, 9]) == (1, 1, 1)  # 2026-10-01 is a Thursday
    assert ti.median_grid.loc[3, 9] == 0.05 and np.isnan(ti.median_grid.loc[0, 0])
    assert [(int(r.weekday), int(r.hour)) for r in ti.best_slots.itertuples()][:2] == [(3, 9), (3, 21)]
    assert C.timing(C.in_period(posts, PERIOD)).best_slots.empty  # default needs 3 posts per cell


def test_trends_and_breakout():
    stamps = pd.date_range("2026-10-01 09:00", periods=10, freq="D")
    values = [10, 11, 9, 10, 12, 10, 9, 11, 10, 100]
    frame = pd.DataFrame({"post_id": [f"p{i}" for i in range(10)], "account_id": "a", "published_at": stamps,
                          "reads": 1000, "reposts": values, "title": [f"t{i}" for i in range(10)]})
    daily = pd.DataFrame({"date": pd.to_datetime(["2026-09-30"]), "account_id": "a", "followers": [1000]})
    posts = C.enrich(frame, daily)
    tr = C.trends(posts, Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-31")))
    assert tr.breakout is not None and tr.breakout["post_id"] == "p9"
    assert tr.top_z == pytest.approx((100 - np.mean(values[:9])) / np.std(values[:9], ddof=1))
    assert tr.monthly["posts"].iloc[-1] == 10 and tr.monthly["posts"].iloc[-2] == 0
    october_weeks = tr.weekly[tr.weekly["start"] >= pd.Timestamp("2026-09-28")]
    assert october_weeks["posts"].sum() == 10
    calm = C.trends(C.enrich(frame.assign(reposts=10), daily), Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-31")))
    assert calm.breakout is None


def test_conversion_uses_posts_with_every_step():
    frame = pd.DataFrame({"reads": [1000, 3000], "reposts": [10, 30], "follows": [2, 6], "orders": [1, np.nan]})
    cv = C.conversion(frame)
    assert cv.posts == 1
    assert cv.steps.set_index("step")["rate_from_reads"].to_dict() == {"reads": 1.0, "reposts": 0.01, "follows": 0.002, "orders": 0.001}
    assert cv.steps["rate_from_previous"].tolist()[1:] == [0.01, 0.2, 0.5]
    assert C.conversion(frame[["reads"]]).posts == 0


# ---------------------------------------------------------------- robustness: every section renders

def all_blocks(posts: pd.DataFrame, daily: pd.DataFrame | None, period: Period, lang: str = "en"):
    enriched = C.enrich(posts, daily)
    current = C.in_period(enriched, period)
    results = [C.overview(enriched, period), C.tiers(current), C.top_posts(current, enriched), C.what_works(current),
               C.timing(current), C.trends(enriched, period), C.conversion(current)]
    return [views.view(r, lang) for r in results]


def minimal_posts(n: int, **columns) -> pd.DataFrame:
    return pd.DataFrame({"post_id": [f"p{i}" for i in range(n)], "account_id": "a",
                         "published_at": pd.date_range("2026-10-02 09:00", periods=n, freq="7h"), **columns})


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_posts_in_the_period(lang):
    blocks = all_blocks(posts_fixture(), daily_fixture(), Period(pd.Timestamp("2026-11-01"), pd.Timestamp("2026-11-30")), lang)
    said = [f for b in blocks for f in b.facts]
    assert said[0].key == "content.content_overview.no_posts" and "p" in said[0].values
    assert ("No posts in this period" if lang == "en" else "本期没有发布内容") in blocks[0].findings[0]  # and worded in lang


def test_single_post():
    blocks = all_blocks(minimal_posts(1, reads=[500], reposts=[5], comments=[1], likes=[4]), daily_fixture(), PERIOD)
    assert blocks[0].facts[0].values["n"] == Count(1) and blocks[0].facts[0].values["reads"] == Count(500.0)
    assert "1 post reached 500 reads" in blocks[0].findings[0]  # a count of one takes the singular


def test_posts_without_reads_are_judged_on_interactions_per_post_and_each_section_says_so():
    posts = minimal_posts(12, reposts=[3, 0, 5, 1, 9, 2, 4, 4, 7, 1, 0, 6], comments=[1] * 12, likes=[10, 2] * 6,
                          format=["image", "video"] * 6, published_at=pd.date_range("2026-10-02", periods=12, freq="3h"),
                          title=[f"post {i}" for i in range(12)])
    blocks = all_blocks(posts, daily_fixture(), PERIOD)
    keys = [f.key for b in blocks for f in b.facts]
    assert {"content.content_overview.posts_without_reads", "content.tiers.no_reads", "content.top_posts.on_interactions",
            "content.top_posts.most_interactions", "content.what_works.on_interactions"} <= set(keys)
    best = next(f for b in blocks for f in b.facts if f.key == "content.top_posts.most_interactions")
    assert best.values["v"].value == 9 + 1 + 10       # p4: reposts 9 + comments 1 + likes 10
    overview = blocks[0]
    per_post = next(f for f in overview.facts if f.key == "content.content_overview.posts_without_reads").values["per"].value
    assert per_post == pytest.approx((sum([3, 0, 5, 1, 9, 2, 4, 4, 7, 1, 0, 6]) + 12 + 6 * 12) / 12)
    html = "".join(b.html for b in blocks)
    assert ">Reads<" not in overview.html and "Interactions per post" in overview.html   # no row of "not available"
    assert "Reads tier" not in html and "Most interactions" in html and "Median interactions per post" in html
    for section in blocks[1:5]:  # tiers, best and worst, what works, timing: judged on interactions, nothing missing
        assert "not available" not in section.html


def test_account_without_any_optional_column():
    blocks = all_blocks(minimal_posts(5), None, PERIOD)
    assert blocks[3].facts[0].key == "content.what_works.nothing_to_compare"
    assert blocks[6].facts[0].key == "content.conversion.no_funnel"


def test_huge_html_title_is_escaped_and_cut():
    title = "<script>alert(1)</script>" + "长" * 10_000
    posts = minimal_posts(3, reads=[100, 200, 300], reposts=[1, 2, 3], title=[title, "b", "c"])
    html = "".join(b.html for b in all_blocks(posts, daily_fixture(), PERIOD))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "长" * 200 not in html  # cut in tables and sentences, so the layout holds


def test_tables_in_reports_are_capped():
    html = views.table_html(pd.DataFrame({"n": range(100_000)}), "en")
    assert html.count("<tr>") == 51 and "Showing the first 50 of 100,000 rows." in html


def _keys(findings) -> set[str]:
    return {f.key for f in findings}


def test_one_eligible_format_is_never_called_ahead(posts):
    from socialops.workbooks.content import readings

    w = C.what_works(C.in_period(posts, PERIOD), min_posts=2)  # video alone has enough posts
    said = readings.what_works_reading(w)
    assert "content.what_works.ahead_not_clear" not in _keys(said) and "content.what_works.clear_leader" not in _keys(said)


def test_a_single_format_is_said_to_have_nothing_to_compare():
    from socialops.workbooks.content import readings

    frame = pd.DataFrame({"format": ["video"] * 6, "engagement_rate": [0.05 + i / 100 for i in range(6)],
                          "published_at": pd.Timestamp("2026-10-01")})
    said = readings.what_works_reading(C.what_works(frame))
    assert [f.key for f in said] == ["content.what_works.only_one"]
    assert said[0].text("en") == "Format: every post in the period is video, so there is nothing to compare it with."


def test_no_posts_is_not_called_a_missing_column():
    from socialops.workbooks.content import readings

    empty = C.enrich(None)
    assert [f.key for f in readings.what_works_reading(C.what_works(empty))] == ["content.what_works.no_posts"]


def test_a_rate_moves_in_points_with_both_values():
    from socialops.report.findings import Moved

    moved = Moved("engagement_rate", 0.0534, 0.0577, -7.45)
    assert moved.show("en") == "Engagement rate -0.43 pp (5.77% → 5.34%)"
    assert moved.show("zh") == "互动率 -0.43 个百分点（5.77% → 5.34%）"  # full-width brackets in Chinese
    assert Moved("reposts", 3018, 2377, 26.97).show("en") == "Reposts +27.0%"


def test_tags_and_mentions_count_each_post_once_under_each_tag():
    p = C.enrich(pd.DataFrame({
        "post_id": list("abcd"), "account_id": "x", "published_at": pd.Timestamp("2026-10-02"),
        "title": ["#新品上市#第1条 @好友", "#新品上市# #秋季#", "日常", "探店 @小林"],
        "tags": ["新品上市", "", "秋季;探店", None], "reads": [100, 200, 100, 100], "likes": [10, 10, 1, 5]}), None, "weibo")
    te = C.tag_effects(p)
    new = te.tags.set_index("tag").loc["新品上市"]
    assert new["posts"] == 2  # listed and written on post a: once
    assert new["median_with"] == pytest.approx((0.10 + 0.05) / 2) and new["median_without"] == pytest.approx((0.01 + 0.05) / 2)
    assert te.tagged == 3 and te.posts == 4 and te.overall == pytest.approx(0.05)
    assert set(te.mentions["tag"]) == {"好友", "小林"} and te.measure == "engagement_rate"


def test_tags_without_reads_are_compared_on_interactions_per_post():
    from socialops.workbooks.content import readings

    p = C.enrich(pd.DataFrame({"post_id": list("ab"), "account_id": "x", "published_at": pd.Timestamp("2026-10-02"),
                               "title": ["#a# hi", "bye"], "likes": [10, 4]}), None, "weibo")
    te = C.tag_effects(p)
    assert te.measure == "interactions_per_post" and te.tags.loc[0, "median_with"] == 10
    keys = [f.key for f in readings.tag_effects_reading(te)]
    assert keys[0] == "content.tag_effects.on_interactions" and "content.tag_effects.tag_leads" not in keys  # 1 post: not ranked
