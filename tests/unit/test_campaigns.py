"""Campaign retrospective on a small fixture with hand-computed lift, ROI, costs, K and retention."""
from __future__ import annotations

import pandas as pd
import pytest

from socialops.data.problems import ReportError
from socialops.report import blocks as views
from socialops.workbooks.campaigns import analysis as R


def daily_fixture() -> pd.DataFrame:
    days = pd.date_range("2026-09-01", "2026-09-30")
    gained = [20 if d.day <= 8 else 10 if d.day <= 10 else 60 if d.day <= 15 else 10 for d in days]
    lost = [12 if 16 <= d.day <= 20 else 4 for d in days]
    reposts = [50 if 11 <= d.day <= 15 else 20 for d in days]
    return pd.DataFrame({"date": days, "account_id": "a", "followers": 1000, "followers_gained": gained,
                         "followers_lost": lost, "reposts": reposts})


def campaign(**overrides) -> pd.Series:
    row = dict(campaign_id="c1", account_id="a", name="Autumn lottery", kind="platform_lottery",
               start=pd.Timestamp("2026-09-11"), end=pd.Timestamp("2026-09-15"), cost=1000.0, prize_value=600.0,
               revenue=2500.0, participants=400.0, followers_gained=250.0, orders=50.0, invites=300.0, invite_conversions=100.0)
    row.update(overrides)
    return pd.Series(row)


@pytest.fixture
def daily():
    return daily_fixture()


def test_windows_default_to_the_campaign_length(daily):
    w = R.windows(campaign(), daily)
    assert (w.baseline.start, w.baseline.end) == (pd.Timestamp("2026-09-06"), pd.Timestamp("2026-09-10"))
    assert (w.after.start, w.after.end) == (pd.Timestamp("2026-09-16"), pd.Timestamp("2026-09-20"))
    assert not w.running


@pytest.mark.parametrize("baseline_days, per_day, lift_pct", [(None, 16, 275.0), (2, 10, 500.0), (10, 18, 700 / 3)])
def test_lift_per_day_with_unequal_windows(daily, baseline_days, per_day, lift_pct):
    lifted = R.lift(daily, R.windows(campaign(), daily, baseline_days=baseline_days))
    assert lifted.value("followers_gained", "baseline") == per_day
    assert lifted.value("followers_gained", "during") == 60
    assert lifted.value("followers_gained", "lift_pct") == pytest.approx(lift_pct)
    assert lifted.value("reposts", "lift_pct") == pytest.approx(150.0)
    assert "mentions" not in lifted.table.index  # no such column: left out, not zero


def test_efficiency():
    e = R.efficiency(campaign())
    assert (e.cost_per_participant, e.cost_per_follower, e.cost_per_order) == (2.5, 4.0, 20.0)
    assert e.roi == 1.5 and e.prize_share_of_cost == 0.6


def test_zero_cost_and_missing_revenue():
    free = R.efficiency(campaign(cost=0.0))
    assert free.cost_per_follower == 0 and free.roi is None and "zero_cost" in free.notes
    no_revenue = R.efficiency(campaign(revenue=float("nan")))
    assert no_revenue.roi is None and "no_revenue" in no_revenue.notes
    assert "campaigns.efficiency.no_revenue" in {f.key for f in views.view(no_revenue, "en").facts}


def test_followers_fall_back_to_the_daily_lift():
    assert R.efficiency(campaign(followers_gained=float("nan")), gained_fallback=220).cost_per_follower == pytest.approx(1000 / 220)


def test_virality():
    v = R.virality(campaign())
    assert v.k == 0.25
    assert v.generations["cumulative"].tolist()[:3] == pytest.approx([400, 500, 525])
    assert v.limit == pytest.approx(400 / 0.75)
    assert R.virality(campaign(invite_conversions=800.0)).limit is None  # K = 2 keeps growing
    missing = R.virality(campaign(invite_conversions=None))
    assert missing.k is None and "not available" in views.view(missing, "en").findings[0]


@pytest.mark.parametrize("after_days", [None, 10])
def test_retention(daily, after_days):
    kept = R.retention(R.lift(daily, R.windows(campaign(), daily, after_days=after_days)))
    assert kept.extra_gained == pytest.approx((60 - 16) * 5)
    assert kept.extra_lost == pytest.approx(40)  # (12 - 4) x 5 days, or (8 - 4) x 10 days
    assert kept.net_kept == pytest.approx(180) and kept.retention_rate == pytest.approx(180 / 220)


def test_no_baseline_at_the_start_of_the_log(daily):
    early = campaign(start=pd.Timestamp("2026-09-01"), end=pd.Timestamp("2026-09-03"))
    lifted = R.lift(daily, R.windows(early, daily))
    assert lifted.value("followers_gained", "lift_pct") is None
    assert "campaigns.lift.no_baseline" in {f.key for f in views.view(lifted, "en").facts}
    assert R.retention(lifted).retention_rate is None


def test_still_running(daily):
    live = campaign(start=pd.Timestamp("2026-09-28"), end=pd.Timestamp("2026-10-05"))
    w = R.windows(live, daily)
    assert w.running and w.during.end == pd.Timestamp("2026-09-30") and w.planned_end == pd.Timestamp("2026-10-05")
    lifted = R.lift(daily, w)
    assert R.retention(lifted).extra_lost is None
    card = views.view(R.card(live, w, R.efficiency(live), lifted), "en")
    assert "campaigns.card.still_running" in {f.key for f in card.facts}


def test_timing_holidays_overlaps_and_launch_hour():
    table = pd.DataFrame([campaign(), campaign(campaign_id="c2", name="Overlapper", start=pd.Timestamp("2026-09-14"),
                                               end=pd.Timestamp("2026-09-18"))])
    posts = pd.DataFrame({"post_id": ["x"], "account_id": "a", "published_at": pd.to_datetime(["2026-09-11 23:30"])})
    ti = R.timing(table.iloc[0], table, posts)
    assert ti.launch_hour == 23 and ti.launch_in_active_hours is False
    assert list(ti.overlaps["campaign_id"]) == ["c2"] and ti.holidays == []
    golden = R.timing(campaign(start=pd.Timestamp("2026-10-01"), end=pd.Timestamp("2026-10-07")), table, None)
    assert golden.holiday_calendar and len(golden.holidays) == 7
    assert "National Day" in {name for _, name in golden.holidays}


def test_review_compares_ranks_and_writes_the_checklist(daily):
    table = pd.DataFrame([campaign(), campaign(campaign_id="c0", name="Summer", start=pd.Timestamp("2026-09-22"),
                                               end=pd.Timestamp("2026-09-24"), cost=900.0, revenue=900.0, followers_gained=30.0)])
    posts = pd.DataFrame({"post_id": ["x"], "account_id": "a", "published_at": pd.to_datetime(["2026-09-11 23:30"])})
    r = R.review(table.iloc[0], {"daily": daily, "campaigns": table, "posts": posts})
    assert list(r.comparison.table.index) == ["c1", "c0"]  # ROI 150% before 0%
    verdicts = {key: verdict for verdict, key, _ in r.checklist.items}
    assert verdicts["check_launch_hour"] == "change" and verdicts["check_k"] == "change"  # 23:00, K 0.25
    assert verdicts["check_roi"] == "keep" and verdicts["check_cost_per_follower"] == "keep"
    assert verdicts["check_overlap"] == "keep"
    text = " ".join(views.view(r.checklist, "zh").findings)
    assert text.startswith("下次需调整：")


def test_choose_campaign(daily):
    table = pd.DataFrame([campaign(), campaign(campaign_id="c9", start=pd.Timestamp("2026-09-28"), end=pd.Timestamp("2026-10-05"))])
    assert R.choose_campaign(table, daily)["campaign_id"] == "c1"  # c9 has not finished within the log
    assert R.choose_campaign(table, daily, "c9")["campaign_id"] == "c9"
    with pytest.raises(ReportError, match="not in the data"):
        R.choose_campaign(table, daily, "nope")
    with pytest.raises(ReportError, match="no campaigns table"):
        R.choose_campaign(None, daily)


def _said(result, lang="en"):
    return {f.key: f for f in views.view(result, lang).facts}


def test_the_records_followers_stand_beside_what_the_log_saw(daily):
    """The log: 60 a day for 5 days = 300 gained; baseline 16 a day, so 220 above it; cost 1000 → ¥4.55 per extra follower."""
    beside = R.review(campaign(), {"daily": daily, "campaigns": pd.DataFrame([campaign()])})
    e = beside.efficiency
    assert (e.record_gained, e.log_gained, e.log_extra) == (250.0, 300.0, pytest.approx(220.0))
    assert e.cost_per_extra_follower == pytest.approx(1000 / 220) and e.gained_from == "record" and not e.record_exceeds_log
    said = _said(e)["campaigns.efficiency.record_beside_log"].text("en")
    assert "record's 250 new followers stand beside 300" in said and "¥4.00 on the record, ¥4.55 on the log" in said
    claims = R.review(campaign(followers_gained=400.0), {"daily": daily, "campaigns": pd.DataFrame([campaign(followers_gained=400.0)])})
    assert claims.efficiency.record_exceeds_log
    assert "more than the 300 the daily log counted" in _said(claims.efficiency)["campaigns.efficiency.record_exceeds_log"].text("en")
    no_record = R.review(campaign(followers_gained=None), {"daily": daily, "campaigns": pd.DataFrame([campaign(followers_gained=None)])})
    assert no_record.efficiency.gained_from == "log" and "campaigns.efficiency.log_only" in _said(no_record.efficiency)


def test_the_json_change_of_followers_gained_is_the_lift_the_page_shows(daily):
    card = R.review(campaign(), {"daily": daily, "campaigns": pd.DataFrame([campaign()])}).card
    current, previous = views.view(card, "en").values["followers_gained"]
    assert (current, previous) == (300.0, 80.0)  # the log's 5 days against 16 a day × 5
    assert (current - previous) / previous * 100 == pytest.approx(card.lift.value("followers_gained", "lift_pct"))


@pytest.mark.parametrize("kind, key", [("platform_lottery", "campaigns.lift.unfollows_after_lottery"),
                                       ("joint", "campaigns.lift.unfollows_after")])
def test_only_a_lottery_is_said_to_lose_prize_hunters(daily, kind, key):
    lifted = R.review(campaign(kind=kind), {"daily": daily, "campaigns": pd.DataFrame([campaign(kind=kind)])}).lift
    said = _said(lifted)
    assert key in said and ("prize hunters" in said[key].text("en")) == (kind == "platform_lottery")


def test_k_above_one_is_not_called_self_sustaining_unless_the_followers_show_it(daily):
    grown = R.review(campaign(invite_conversions=500.0), {"daily": daily, "campaigns": pd.DataFrame([campaign()])}).virality
    assert grown.k == 1.25 and grown.shows_in_followers is False  # 220 extra followers against 500 conversions
    text = _said(grown)["campaigns.virality.k"].text("en")
    assert "did not show in followers" in text and "grows by itself" not in text
    assert R.virality(campaign(invite_conversions=500.0)).shows_in_followers is None  # no log: not confirmed either way
