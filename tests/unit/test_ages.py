"""Posts at the same age: readings, interpolation and the same-age section, against figures worked out by hand."""
from __future__ import annotations

import os

import numpy as np
import pandas as pd
import pytest

from socialops import ages as A
from socialops.data import store
from socialops.data.load import read_dataset
from socialops.data.periods import Period
from socialops.workbooks.content import analysis as content
from socialops.workbooks.content import readings

OCTOBER = Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-31"))
T = pd.Timestamp


def snaps(*rows) -> pd.DataFrame:
    return pd.DataFrame([dict(post_id=p, account_id="a", captured_at=T(at), reads=r, likes=lk) for p, at, r, lk in rows])


PUBLISHED = pd.Series([T("2026-10-01 10:00"), T("2026-10-01 20:00"), T("2026-10-02 08:00"), T("2026-10-03 12:00")],
                      index=["exact", "between", "wide", "none"])
READINGS = snaps(
    ("exact", "2026-10-02 10:00", 900, 30), ("exact", "2026-10-03 10:00", 1000, 40),       # a reading at 24 h itself
    ("between", "2026-10-02 09:00", 600, 20), ("between", "2026-10-03 09:00", 1200, 50),   # 13 h and 37 h: a day apart
    ("wide", "2026-10-02 09:00", 100, 5), ("wide", "2026-10-04 09:00", 500, 9),            # 1 h and 49 h: too far apart
    ("none", "2026-10-04 09:00", 700, 10),                                                 # 21 h only: nothing after 24 h
    ("none", "2026-10-01 09:00", 1, 1),                                                    # before publication: ignored
)


def test_a_figure_at_an_age_is_the_reading_then_or_the_line_between_readings_a_day_apart():
    at = A.at_age(READINGS, PUBLISHED, 24, ["reads", "likes"])
    assert at.loc["exact", "reads"] == 900 and at.loc["exact", "likes"] == 30
    # 24 h is 11 of the 24 hours between the 13 h and 37 h readings: 600 + (1200 - 600) × 11/24
    assert at.loc["between", "reads"] == pytest.approx(600 + 600 * 11 / 24)     # 875
    assert at.loc["between", "likes"] == pytest.approx(20 + 30 * 11 / 24)
    assert np.isnan(at.loc["wide", "reads"])     # 48 h between readings: not interpolated
    assert np.isnan(at.loc["none", "reads"])     # never extrapolated, never from a zero at publication


def test_a_post_is_as_old_as_its_latest_reading_says_and_unknown_without_one():
    posts = pd.DataFrame({"post_id": ["exact", "undated"], "published_at": [T("2026-10-01 10:00"), T("2026-10-05")],
                          "captured_at": [T("2026-10-02 10:00"), pd.NaT]})
    age = A.age_when_read(posts, READINGS)
    assert age["exact"] == pytest.approx(2.0)    # the latest snapshot (10-03 10:00), not the posts table's own time
    assert np.isnan(age["undated"])


def _posts() -> pd.DataFrame:
    """Three October posts and two September ones, each read at 24 h, one October post too young for 7 days."""
    rows = [("o1", "2026-10-01 09:00", 5000), ("o2", "2026-10-10 09:00", 2000), ("o3", "2026-10-30 09:00", 800),
            ("s1", "2026-09-10 09:00", 1000), ("s2", "2026-09-20 09:00", 3000)]
    frame = pd.DataFrame({"post_id": [r[0] for r in rows], "account_id": "a", "published_at": [T(r[1]) for r in rows],
                          "title": [f"post {r[0]}" for r in rows], "reads": [r[2] for r in rows],
                          "likes": [r[2] // 10 for r in rows], "captured_at": T("2026-11-01 09:00")})
    return content.enrich(frame, None, "weibo")


def _readings() -> pd.DataFrame:
    rows = []
    for post, published, reads in (("o1", "2026-10-01 09:00", (1000, 4000)), ("o2", "2026-10-10 09:00", (600, 1800)),
                                   ("o3", "2026-10-30 09:00", (400, None)), ("s1", "2026-09-10 09:00", (500, 900)),
                                   ("s2", "2026-09-20 09:00", (1500, 2800))):
        for hours, value in zip((24, 168), reads):
            if value is not None:
                rows.append((post, T(published) + pd.Timedelta(hours=hours), value, value // 20))
    return snaps(*rows)


def test_same_age_compares_medians_and_weighted_rates_with_the_previous_period_at_the_same_age():
    result = content.same_age(_posts(), _readings(), OCTOBER, platform="weibo", top_n=2)
    day, week = result.table.loc["24h"], result.table.loc["7d"]
    assert (day["posts"], day["aged"], day["young"]) == (3, 3, 0)
    assert day["reads"] == 600                                   # median of 1000, 600, 400
    assert day["previous_reads"] == pytest.approx((500 + 1500) / 2)
    # likes are reads // 20 at each reading: Σ likes ÷ Σ reads over the posts
    assert day["engagement_rate"] == pytest.approx((50 + 30 + 20) / (1000 + 600 + 400))
    assert (week["aged"], week["young"]) == (2, 1)               # o3 was 2 days old at its last reading
    assert week["reads"] == pytest.approx((4000 + 1800) / 2)
    assert list(result.leaders["post_id"]) == ["o1", "o2"] and result.leaders["multiple"].iloc[0] == pytest.approx(1000 / 600)
    assert result.ages == pytest.approx(((T("2026-11-01 09:00") - T("2026-10-30 09:00")).days,
                                         (T("2026-11-01 09:00") - T("2026-10-01 09:00")).days))
    keys = [f.key for f in readings.same_age_reading(result)]
    assert keys == ["content.same_age.against_previous", "content.same_age.against_previous", "content.same_age.fastest",
                    "content.same_age.too_young", "content.same_age.lifetime"]


def test_one_reading_per_post_says_lifetime_totals_are_compared_and_how_old_the_posts_were():
    result = content.same_age(_posts(), None, OCTOBER, platform="weibo")
    assert result.table["aged"].sum() == 0 and result.read_before == 0
    findings = readings.same_age_reading(result)
    assert [f.key for f in findings] == ["content.same_age.lifetime_only"]
    assert "2.0 to 31.0 days old" in findings[0].text("en")


def test_without_times_of_reading_the_ages_at_the_period_end_are_given_as_lower_bounds():
    result = content.same_age(_posts().drop(columns="captured_at"), None, OCTOBER, platform="weibo")
    finding = readings.same_age_reading(result)[0]
    assert finding.key == "content.same_age.undated" and result.undated == 3
    assert "at least 1.6 to 30.6 days old" in finding.text("en")   # 10-30 09:00 → the period's close, 11-01 00:00


# ---------------------------------------------------------------- readings kept by the loader and the store

POSTS_CSV = "post_id,account_id,published_at,reads,likes,captured_at\n{rows}"
ACCOUNTS_CSV = "account_id,platform,name,role\na,weibo,A,own\n"


def _export(folder, name: str, captured: str | None, reads: tuple[int, int]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "accounts.csv").write_text(ACCOUNTS_CSV, encoding="utf-8")
    rows = "".join(f"{p},a,2026-10-0{i + 1}T10:00:00,{r},{r // 10},{captured or ''}\n" for i, (p, r) in enumerate(zip("xy", reads)))
    (folder / name).write_text(POSTS_CSV.format(rows=rows), encoding="utf-8")


def test_a_posts_file_that_says_when_it_was_read_is_also_a_reading_beside_a_snapshots_file(tmp_path):
    _export(tmp_path, "posts.csv", "2026-10-05T09:00:00", (500, 300))
    (tmp_path / "post_snapshots.csv").write_text(
        "post_id,account_id,captured_at,reads,likes\nx,a,2026-10-02T09:00:00,200,20\nx,a,2026-10-03T09:00:00,400,40\n",
        encoding="utf-8")
    data = read_dataset(tmp_path)
    kept = data["post_snapshots"].sort_values(["post_id", "captured_at"])
    assert list(zip(kept["post_id"], kept["captured_at"].dt.strftime("%m-%d"), kept["reads"])) == [
        ("x", "10-02", 200), ("x", "10-03", 400), ("x", "10-05", 500), ("y", "10-05", 300)]


def test_a_day_of_reading_is_read_as_its_close(tmp_path):
    from exports import douyin

    case = douyin(tmp_path)
    data = read_dataset(case.folder, case.account)
    assert set(data["posts"]["captured_at"]) == {T("2026-11-01")}   # 数据日期 2026-10-31: the figures as of its close
    assert len(data["post_snapshots"]) == len(data["posts"])


def test_the_store_keeps_every_reading_and_dates_an_undated_export_by_its_download(tmp_path):
    path = tmp_path / "history.duckdb"
    _export(tmp_path / "day1", "posts.csv", "2026-10-03T09:00:00", (200, 100))
    _export(tmp_path / "day2", "posts.csv", None, (450, 250))
    downloaded = T("2026-10-09 09:30").tz_localize("Asia/Shanghai").timestamp()
    os.utime(tmp_path / "day2" / "posts.csv", (downloaded, downloaded))
    store.ingest(path, [tmp_path / "day1"])
    store.ingest(path, [tmp_path / "day2"])
    data = store.read_slice(path)
    kept = data["post_snapshots"].sort_values(["post_id", "captured_at"])
    assert list(zip(kept["post_id"], kept["captured_at"].dt.strftime("%m-%d %H:%M"), kept["reads"])) == [
        ("x", "10-03 09:00", 200), ("x", "10-09 09:30", 450), ("y", "10-03 09:00", 100), ("y", "10-09 09:30", 250)]
    posts = data["posts"].set_index("post_id")
    assert posts.loc["x", "reads"] == 450 and posts.loc["x", "captured_at"] == T("2026-10-09 09:30")  # the latest wins
