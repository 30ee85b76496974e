"""Account-audit analysis on small fixtures with hand-computed results."""
from __future__ import annotations

import pandas as pd
import pytest

from socialops.data.periods import Period
from socialops.report.findings import Count, Finding, Signed, Title, texts
from socialops.workbooks.account_audit import analysis as audit
from socialops.workbooks.account_audit import readings as findings

from conftest import days


def P(a, b):
    return Period(pd.Timestamp(a), pd.Timestamp(b))


@pytest.fixture
def growth_log():
    return pd.DataFrame({"date": days("2026-09-30", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"),
                         "account_id": "a", "followers": [1000, 1010, 1030, 1025, 1040],
                         "followers_gained": [10, 15, 25, 0, 20], "followers_lost": [5, 5, 5, 5, 5]})


def test_follower_growth(growth_log):
    g = audit.follower_growth(growth_log, P("2026-10-01", "2026-10-04"))
    assert (g.start_followers, g.end_followers, g.net, g.gained, g.lost) == (1000, 1040, 40, 60, 20)
    assert g.growth_rate == pytest.approx(0.04)
    assert g.days["net"].tolist() == [10, 20, -5, 15]


def test_follower_growth_without_data_is_not_available():
    g = audit.follower_growth(None, P("2026-10-01", "2026-10-04"))
    assert g.net is None and g.growth_rate is None
    assert [f.key for f in findings.growth(g)] == ["account_audit.growth.no_follower_data"]


def test_anomaly_run_names_its_top_post():
    dates = pd.date_range("2026-09-01", "2026-10-31")
    net = [10.0] * len(dates)
    for i in range(45, 48):
        net[i] = 400.0  # Oct 16-18
    log = pd.DataFrame({"date": dates, "account_id": "a", "followers": 1000 + pd.Series(net).cumsum(),
                        "followers_net": net})
    posts = pd.DataFrame({"post_id": ["p1", "p2"], "account_id": "a", "title": ["<i>big</i>", "small"],
                          "published_at": pd.to_datetime(["2026-10-16 10:00", "2026-10-17 10:00"]), "reads": [900, 50]})
    g = audit.follower_growth(log, P("2026-10-01", "2026-10-31"), posts)
    assert g.anomalies["date"].dt.day.tolist() == [16, 17, 18]
    said = {f.key: f for f in findings.growth(g)}
    spike = said["account_audit.growth.spike"]
    assert spike.values["avg"] == Signed(400.0) and spike.values["span"].show("en") == "Oct 16–Oct 18"
    assert said["account_audit.growth.spike_top_post"].values == {"reads": Count(900), "title": Title("<i>big</i>")}
    assert "<i>big</i>" in " ".join(texts(list(said.values()), "en"))  # raw here; the view escapes it


def test_profile_checklist():
    account = pd.Series({"verified": True, "avatar_set": False, "bio": "hi", "tags": None, "custom_domain": ""})
    check = audit.profile_checklist(account)
    assert check.to_fix == ["avatar_set", "tags", "custom_domain"]
    assert audit.profile_checklist(None).unknown == list(audit.PROFILE_ITEMS)


def test_follower_quality_with_mentions(growth_log):
    log = growth_log.assign(mentions=[1, 2, 3, 4, 5])
    sample = pd.DataFrame({"follower_followers": [1, 50, 600, 20]})
    q = audit.follower_quality(sample, log, P("2026-10-01", "2026-10-04"))
    assert q.shares["share_followers_under_10"] == 0.25
    assert q.mentions == 14 and q.followers == 1040
    assert q.mentions_per_1k_followers == pytest.approx(14 / 1040 * 1000)


@pytest.fixture
def rhythm_posts():
    stamps = ["2026-10-05 09:10", "2026-10-05 09:20", "2026-10-05 09:50", "2026-10-05 21:00",
              "2026-10-07 16:30", "2026-10-08 13:00"]
    return pd.DataFrame({"post_id": [f"p{i}" for i in range(6)], "account_id": "a",
                         "published_at": pd.to_datetime(stamps)})


def test_posting_rhythm(rhythm_posts):
    r = audit.posting_rhythm(rhythm_posts, P("2026-10-05", "2026-10-08"))
    assert r.posts == 6 and r.grid.to_numpy().sum() == 6
    assert (r.grid.loc[0, 9], r.grid.loc[0, 21], r.grid.loc[2, 16], r.grid.loc[3, 13]) == (3, 1, 1, 1)
    assert r.active_hour_share == pytest.approx(5 / 6)
    assert r.days_without_posts == 1
    assert r.longest_gap_hours == pytest.approx(43.5)
    assert r.longest_gap_from == pd.Timestamp("2026-10-05 21:00")
    assert len(r.bursts) == 1 and r.bursts["posts"].iloc[0] == 3
    assert (r.morning_slot, r.evening_slot) == (9, None)


def test_posting_rhythm_without_posts():
    r = audit.posting_rhythm(None, P("2026-10-05", "2026-10-08"))
    assert r.posts == 0 and r.active_hour_share is None
    assert findings.rhythm(r) == [Finding("account_audit.rhythm.no_posts")]
    assert texts(findings.rhythm(r), "en") == ["No posts in this period."]


@pytest.fixture
def kpi_log():
    return pd.DataFrame({
        "date": days("2026-09-29", "2026-09-30", "2026-10-01", "2026-10-02"), "account_id": "a",
        "followers": [100, 100, 100, 100], "posts": [2, 2, 3, 1], "reposts": [10, 14, 30, 10],
        "comments": [4, 4, 6, 2], "mentions": [1, 1, 5, None]})


def test_operations_kpis(kpi_log):
    k = audit.operations_kpis(kpi_log, None, P("2026-10-01", "2026-10-02"))
    assert k.previous == P("2026-09-29", "2026-09-30")
    assert (k.value("posts"), k.value("posts", "previous")) == (4, 4)
    assert (k.value("reposts"), k.value("reposts", "previous")) == (40, 24)
    assert k.value("reposts", "change_pct") == pytest.approx(66.6667, abs=1e-3)
    assert (k.value("avg_reposts_per_post"), k.value("avg_reposts_per_post", "previous")) == (10, 6)
    assert k.value("avg_comments_per_post", "change_pct") == 0
    assert k.value("reads") is None and k.value("reads", "change_pct") is None  # no column: not available
    assert k.value("mentions") == 5 and k.table.loc["mentions", "note"] == "partial:1/2"


def test_operations_kpis_fall_back_to_posts_table(kpi_log):
    posts = pd.DataFrame({"post_id": ["x", "y"], "account_id": "a", "reads": [70, 30],
                          "published_at": pd.to_datetime(["2026-10-01 09:00", "2026-10-02 09:00"])})
    k = audit.operations_kpis(kpi_log.drop(columns="posts"), posts, P("2026-10-01", "2026-10-02"))
    assert k.value("reads") == 100 and k.table.loc["reads", "note"] == "from_posts"
    assert k.value("posts") == 2


def test_kpi_reading_names_what_moved(kpi_log):
    k = audit.operations_kpis(kpi_log, None, P("2026-10-01", "2026-10-02"))
    said = findings.kpis(k)
    assert [f.key for f in said][:1] == ["account_audit.kpis.up"]
    en, zh = texts(said, "en"), texts(said, "zh")
    assert en[0].startswith("Up: Reposts +66.7% (24 → 40)")
    assert "Not compared, the log misses days: Mentions." in en
    assert zh[0].startswith("上升：转发数 +66.7%")
    assert any("Reads" in line and "Not in the data" in line for line in en)


def _campaign(name, start, end):
    return pd.DataFrame({"campaign_id": ["c1"], "account_id": "a", "name": [name], "start": [pd.Timestamp(start)],
                         "end": [pd.Timestamp(end)]})


def test_a_spike_during_a_campaign_names_the_campaign():
    dates = pd.date_range("2026-09-01", "2026-10-31")
    net = [10.0] * len(dates)
    for i in range(45, 48):
        net[i] = 400.0  # Oct 16-18
    log = pd.DataFrame({"date": dates, "account_id": "a", "followers": 1000 + pd.Series(net).cumsum(), "followers_net": net})
    g = audit.follower_growth(log, P("2026-10-01", "2026-10-31"), None, _campaign("Autumn <b>draw</b>", "2026-10-15", "2026-10-17"))
    said = {f.key: f for f in findings.growth(g)}
    assert "account_audit.growth.spike" not in said  # no list of guesses when the cause is known
    assert said["account_audit.growth.spike_in_campaign"].text("en") == (
        "Oct 16–Oct 18: +400/day against a usual +10/day, during the campaign “Autumn <b>draw</b>” (Oct 15–Oct 17).")
    later = audit.follower_growth(log, P("2026-10-01", "2026-10-31"), None, _campaign("Spring", "2026-04-01", "2026-04-07"))
    assert "account_audit.growth.spike" in {f.key for f in findings.growth(later)}


def test_a_comparison_with_a_campaign_period_says_so(kpi_log):
    k = audit.operations_kpis(kpi_log, None, P("2026-10-01", "2026-10-02"), campaigns=_campaign("Launch", "2026-09-28", "2026-09-30"))
    said = findings.kpis(k)
    assert said[0].key == "account_audit.kpis.campaign_in_previous" and "Launch" in said[0].text("en")
    plain = audit.operations_kpis(kpi_log, None, P("2026-10-01", "2026-10-02"))
    assert not any("campaign" in f.key for f in findings.kpis(plain))
