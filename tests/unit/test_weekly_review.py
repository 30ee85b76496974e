"""The weekly review against figures worked out by hand on small fixtures."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from socialops.data.comments import hash_person
from socialops.data.load import read_dataset
from socialops.data.periods import Period, last_whole_week
from socialops.data.problems import DataError
from socialops.workbooks.weekly_review import analysis as W
from socialops.workbooks.weekly_review import readings

WEEK = Period(pd.Timestamp("2026-10-19"), pd.Timestamp("2026-10-25"))
ACCOUNTS = pd.DataFrame({"account_id": ["wb", "dy"], "platform": ["weibo", "douyin"], "name": ["微博号", "抖音号"],
                         "role": "own"})


def daily(account: str, end: str = "2026-10-25", followers: int = 1000, gained: int = 10, lost: int = 4) -> pd.DataFrame:
    days = pd.date_range("2026-09-14", end)
    return pd.DataFrame({"date": days, "account_id": account, "followers": followers + np.arange(len(days)) * (gained - lost),
                         "followers_gained": gained, "followers_lost": lost})


def posts(account: str, days: list[str], reads: list[float], likes: list[float], **extra) -> pd.DataFrame:
    return pd.DataFrame({"post_id": [f"{account}{i}" for i in range(len(days))], "account_id": account,
                         "published_at": pd.to_datetime(days), "title": [f"{account} post {i}" for i in range(len(days))],
                         "reads": reads, "likes": likes, **extra})


def test_an_accounts_week_is_read_as_its_platform_reads_it():
    p = posts("dy", ["2026-10-20 20:00", "2026-10-22 20:00"], [1000, 3000], [50, 90],
              comments=[5, 10], reposts=[2, 3], favorites=[3, 7])
    f = W.figures(daily("dy"), p, "dy", "douyin", WEEK)
    assert f["interactions"] == 50 + 5 + 2 + 3 + 90 + 10 + 3 + 7       # Douyin: likes + comments + shares + saves
    assert f["engagement_rate"] == pytest.approx(170 / 4000)           # weighted by plays, not the mean of 6.0% and 3.67%
    assert f["followers_net"] == 7 * 6 and f["posts"] == 2
    assert f["followers"] == 1000 + (len(pd.date_range("2026-09-14", "2026-10-25")) - 1) * 6


def test_every_account_against_the_previous_week_and_the_four_before_stale_ones_last():
    weeks = ["2026-09-21", "2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19"]
    wb = posts("wb", [f"{w} 09:00" for w in weeks], [100] * 5, [10, 20, 30, 40, 100])
    dy = posts("dy", [f"{w} 09:00" for w in weeks], [100] * 5, [5, 5, 5, 5, 5])
    log = pd.concat([daily("wb"), daily("dy", end="2026-10-23")])
    table = W.accounts_table(log, pd.concat([wb, dy]), ACCOUNTS, ["wb", "dy"], WEEK)
    row = table.table.loc["wb"]
    assert row["interactions"] == 100 and row["interactions_previous"] == 40
    assert row["interactions_baseline"] == pytest.approx((10 + 20 + 30 + 40) / 4)   # the 4 weeks before
    assert row["interactions_change_pct"] == pytest.approx(150.0)
    assert table.stale == ["dy"] and list(table.table.index) == ["wb", "dy"]       # data to 10-23 of a week to 10-25
    keys = [f.key for f in readings.accounts_reading(table)]
    assert keys[0] == "weekly_review.freshness.stale" and "weekly_review.accounts.moved_most" in keys


def test_a_hot_post_passes_its_accounts_median_plus_k_robust_deviations():
    days = [f"2026-{d} 12:00" for d in ("08-01", "08-08", "08-15", "08-22", "08-29", "09-05", "09-12", "09-19", "10-20", "10-21")]
    likes = [10, 12, 14, 10, 12, 14, 10, 12, 13, 60]
    hot = W.hot_posts(posts("wb", days, [1000] * 10, likes), ACCOUNTS, ["wb"], WEEK, k=3.0)
    median = float(np.median(likes))                                       # 12.0
    spread = 1.4826 * float(np.median(np.abs(np.array(likes) - median)))  # 1.4826 × 2 = 2.97
    assert median + 3 * spread < 60 and not median + 3 * spread < 13
    assert list(hot.posts["post_id"]) == ["wb9"] and hot.posts.loc[0, "multiple"] == pytest.approx(60 / median)
    few = W.hot_posts(posts("dy", days[:3], [1] * 3, [1, 1, 50]), ACCOUNTS, ["dy"], WEEK)
    assert few.too_few == ["dy"] and few.posts.empty


def test_targets_give_achievement_and_pace():
    p = posts("wb", ["2026-10-02 09:00", "2026-10-20 09:00"], [30_000, 20_000], [1, 1])
    targets = pd.DataFrame({"account_id": "wb", "metric": ["reads", "followers_net", "posts", "engagement_rate"],
                            "period": ["2026-10", "2026-10", "2026-W43", "2026-10"], "target": [100_000, 150, 2, 0.01]})
    table = W.targets(targets, daily("wb"), p, ACCOUNTS, ["wb"], WEEK).table.set_index("metric")
    reads = table.loc["reads"]   # 50,000 of 100,000 with 25 of 31 days gone: behind; 6 days left need 8,333 a day
    assert reads["achieved"] == 0.5 and reads["status"] == "behind" and reads["days_left"] == 6
    assert reads["expected"] == pytest.approx(100_000 * 25 / 31) and reads["needed_per_day"] == pytest.approx(50_000 / 6)
    assert table.loc["followers_net", "actual"] == 25 * 6 and table.loc["followers_net", "status"] == "achieved"
    assert table.loc["posts", "status"] == "missed" and table.loc["posts", "days_left"] == 0   # 1 of 2 in W43
    assert table.loc["engagement_rate", "status"] == "behind"   # a level: 2 likes ÷ 50,000 reads is below 1%
    assert pd.isna(table.loc["engagement_rate", "needed_per_day"])  # a rate has no amount per day to add
    keys = [f.key for f in readings.targets_reading(W.targets(targets, daily("wb"), p, ACCOUNTS, ["wb"], WEEK))]
    assert keys[:2] == ["weekly_review.targets.behind", "weekly_review.targets.below"]


def test_periods_and_events():
    assert W.target_period("2026-W43") == WEEK and W.target_period("2026-02").end == pd.Timestamp("2026-02-28")
    assert last_whole_week(pd.Timestamp("2026-10-31")) == WEEK and last_whole_week(pd.Timestamp("2026-10-25")) == WEEK
    events = pd.DataFrame({"date": pd.to_datetime(["2026-10-01", "2026-10-20", "2026-10-21"]), "account_id": ["all", "wb", "xx"],
                           "kind": "other", "note": ["a", "b", "c"]})
    assert list(W.events_for(events, ["wb"], pd.Timestamp("2026-09-01"), WEEK.end)["note"]) == ["a", "b"]


def test_targets_and_events_files_are_read_and_checked(tmp_path):
    (tmp_path / "accounts.csv").write_text("account_id,platform,name,role\nwb,weibo,W,own\n", encoding="utf-8")
    (tmp_path / "targets.csv").write_text("account_id,指标,周期,目标\nwb,阅读,2026-10,80万\nwb,互动率,2026-W43,5%\n", encoding="utf-8")
    (tmp_path / "events.csv").write_text("date,account_id,类型,说明\n2026-10-01,all,活动上线,国庆\n", encoding="utf-8")
    data = read_dataset(tmp_path)
    assert list(data["targets"]["target"]) == [800_000, 0.05] and list(data["targets"]["metric"]) == ["reads", "engagement_rate"]
    assert data["events"].loc[0, "kind"] == "campaign"
    (tmp_path / "targets.csv").write_text("account_id,metric,period,target\nwb,reads,Oct 2026,1\n", encoding="utf-8")
    with pytest.raises(DataError, match="ISO week"):
        read_dataset(tmp_path)


def test_events_reach_the_audit_and_content_trend_charts_as_escaped_tables():
    from socialops.report.blocks import events_html
    from socialops.workbooks.account_audit import analysis as audit
    from socialops.workbooks.content import analysis as content

    events = pd.DataFrame({"date": pd.to_datetime(["2026-09-30", "2026-10-12", "2026-10-20"]), "account_id": ["wb", "all", "wb"],
                           "kind": ["crisis", "other", "kol"], "note": ["a", "国庆", "<b>KOL</b>"]})
    growth = audit.follower_growth(daily("wb"), WEEK, events=events)
    assert list(growth.events["note"]) == ["<b>KOL</b>"]                                   # inside the period only
    trend = content.trends(content.enrich(posts("wb", ["2026-10-20 09:00"], [100], [5]), None, "weibo"), WEEK, events=events)
    assert list(trend.events["note"]) == ["a", "国庆", "<b>KOL</b>"]                        # inside the chart's eight weeks
    html = events_html(trend.events, None, "zh")
    assert "&lt;b&gt;KOL&lt;/b&gt;" in html and "<b>KOL" not in html and "达人发布" in html and "舆情" in html


def test_events_reach_the_campaign_and_competitor_trend_charts(sample):
    from socialops.workbooks.campaigns import analysis as campaigns
    from socialops.workbooks.competitors import analysis as competitors

    joint = sample["campaigns"].set_index("campaign_id").loc["cmp-2026-10-joint"].rename("cmp-2026-10-joint")
    joint["campaign_id"] = "cmp-2026-10-joint"
    review = campaigns.review(joint, sample.tables)
    assert list(review.lift.events["note"]) == ["秋季联名：茶语×城市书店上线", "微博评论区故障约 2 小时"]  # own_weibo's, in the days charted
    side = competitors.side_by_side(sample.tables, "own_weibo", ["comp_a"], Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-31")))
    events = sample["events"][sample["events"]["account_id"].isin(["own_weibo", "all"])]
    shown = competitors.momentum(sample["daily"], side, events).events
    assert list(shown["date"].dt.strftime("%m-%d")) == ["10-01", "10-12", "10-16"]


def test_an_account_with_a_log_and_no_posts_table_counts_its_posts_from_the_log():
    log = daily("wb").assign(posts=2)
    assert W.figures(log, None, "wb", "weibo", WEEK)["posts"] == 14
    assert W.figures(log.drop(columns="posts"), None, "wb", "weibo", WEEK)["posts"] is None   # unknown, never 0


def test_growth_from_follower_totals_alone_counts_the_periods_first_day():
    log = pd.DataFrame({"date": pd.date_range("2026-10-17", "2026-10-25"), "account_id": "wb",
                        "followers": [100, 100, 110, 130, 130, 125, 140, 140, 150]})
    assert W.figures(log, None, "wb", "weibo", WEEK)["followers_net"] == 150 - 100   # 10-19's +10 is the week's


def test_a_teams_review_lists_an_account_a_row_and_draws_a_grid():
    import sys
    from pathlib import Path

    from socialops.workbooks.weekly_review import charts, views
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from chartcheck import problems

    ids = [f"a{i:02d}" for i in range(7)]
    accounts = pd.DataFrame({"account_id": ids, "platform": "weibo", "name": [f"号{i}" for i in range(7)], "role": "own"})
    log = pd.concat([daily(a, followers=1000 * (i + 1)) for i, a in enumerate(ids)])
    table = W.accounts_table(log, None, accounts, ids, WEEK)
    html = views.accounts_view(table, "en").html
    body = html.split("<tbody>")[1]
    assert body.count("<tr>") == 7 and all(f"号{i}" in body for i in range(7))   # an account a row, not a column
    assert "<th>Account</th>" in html
    weeks = pd.date_range("2026-08-31", periods=8, freq="7D")
    weekly = pd.DataFrame({a: np.arange(8) * (i + 1) for i, a in enumerate(ids)}, index=weeks, dtype=float)
    fig = charts.weekly_interactions(weekly, dict(zip(ids, accounts["name"])), pd.DataFrame(), "en")
    shown = [ax for ax in fig.axes if ax.get_visible()]
    assert len(shown) == 7 and len({ax.get_position().x0.round(2) for ax in shown}) == 3   # three columns
    assert problems(fig) == []  # (draws the figure)
    labelled = [ax for ax in shown if any(tick.label1.get_visible() and tick.label1.get_text()
                                           for tick in ax.xaxis.get_major_ticks())]
    assert len(labelled) == 3  # the lowest panel of each column carries the weeks


@pytest.mark.parametrize("lang, expected", [
    ("en", "Accounts: 30 (Weibo 8, WeChat Official Account 8, Douyin 7, Xiaohongshu 7), each in the table below"),
    ("zh", "账号：30 个（微博 8、微信公众号 8、抖音 7、小红书 7），逐一见下表")])
def test_a_teams_digest_counts_its_accounts_by_platform_in_its_intro(tmp_path_factory, lang, expected):
    from socialops.data.sample import write_team
    from socialops.report.workbook import Workbook

    folder = tmp_path_factory.getbasetemp() / "team"
    if not folder.exists():
        write_team(folder)
    intro = Workbook.open_accounts("weekly_review", str(folder / "data"), "own", lang=lang, show=False).intro().html
    assert expected in intro and "茶语微博01" not in intro  # the table names each one


@pytest.mark.parametrize("lang, expected", [
    ("en", "The data for 茶语时光抖音号 ends on 2026-10-23, before this period ends (2026-10-25): the figures below count "
           "nothing after 2026-10-23"),
    ("zh", "茶语时光抖音号的数据截至 2026-10-23，早于本期结束（2026-10-25）：以下数字不含 2026-10-23 之后的数据")])
def test_a_report_whose_period_runs_past_its_accounts_data_says_so(sample_dir, lang, expected):
    from socialops.report.workbook import Workbook

    week = Workbook.open("content_performance", str(sample_dir), "own_douyin", "2026-10-19", "2026-10-25", lang, show=False)
    assert expected in week.intro().html  # the Douyin export stops on Oct 23, inside week 43
    month = Workbook.open("content_performance", str(sample_dir), "own_weibo", "2026-10-01", "2026-10-31", lang, show=False)
    assert ("The data for" if lang == "en" else "的数据截至") not in month.intro().html  # Weibo's log runs to Oct 31


def test_each_accounts_line_of_what_its_audience_says():
    """Comments against the previous week, net sentiment and complaints unanswered past 24 hours at the week's close;
    an account whose data ends early is not compared, and one without crawled comments is not available, not 0."""
    from socialops.workbooks.weekly_review import analysis as review

    accounts = pd.DataFrame({"account_id": ["a", "b", "c"], "platform": ["weibo", "douyin", "wechat"],
                             "name": ["A", "B", "C"], "role": ["own"] * 3, "platform_user_id": ["brand-a", "brand-b", None]})
    rows = [  # id, account, written, sentiment, complaint, author, parent
        ("a1", "a", "2026-10-13 10:00", "positive", False, "f1", None),       # the week before
        ("a2", "a", "2026-10-20 10:00", "positive", False, "f1", None),
        ("a3", "a", "2026-10-21 10:00", "positive", False, "f2", None),
        ("a4", "a", "2026-10-22 10:00", "negative", True, "f3", None),        # answered within the hour
        ("a5", "a", "2026-10-22 10:30", "brand", False, "brand-a", "a4"),
        ("a6", "a", "2026-10-24 09:00", "negative", True, "f4", None),        # 39 hours by the week's close: overdue
        ("a7", "a", "2026-10-25 20:00", "negative", True, "f5", None),        # 4 hours: not yet
        ("b1", "b", "2026-10-13 10:00", "negative", False, "g1", None),
        ("b2", "b", "2026-10-21 10:00", "positive", True, "g2", None),        # b's data ends on the 21st: 14 hours by then
        ("b3", "b", "2026-10-20 11:00", "brand", False, "brand-b", "b1"),
    ]
    comments = pd.DataFrame(rows, columns=["comment_id", "account_id", "created_at", "sentiment", "is_complaint", "author",
                                           "parent_id"]).assign(post_id="p", text="…", created_at=lambda f: pd.to_datetime(f["created_at"]))
    comments["sentiment"] = comments["sentiment"].replace("brand", "neutral")
    comments["author"] = comments["author"].map(hash_person)
    daily = pd.DataFrame({"date": pd.to_datetime(["2026-10-25", "2026-10-21", "2026-10-25"]), "account_id": ["a", "b", "c"],
                          "followers": [1.0, 1.0, 1.0]})
    week = Period(pd.Timestamp("2026-10-19"), pd.Timestamp("2026-10-25"))
    lines = review.audience_lines(comments, accounts, ["a", "b", "c"], week, daily, None).table
    assert lines.loc["a", ["audience_comments", "audience_comments_previous"]].tolist() == [5.0, 1.0]
    assert lines.loc["a", "nsr"] == (2 - 3) / 5 and lines.loc["a", "nsr_previous"] == 1.0
    assert lines.loc["a", "unanswered_complaints"] == 1.0
    assert lines.loc["b", "stale"] and lines.loc["b", "audience_comments"] == 1.0
    assert lines.loc["b", ["audience_comments_previous", "nsr_previous"]].isna().all()   # a part of a week is not compared
    assert lines.loc["b", "unanswered_complaints"] == 0.0
    assert lines.loc["c", ["audience_comments", "nsr", "unanswered_complaints"]].isna().all()
