"""The committed sample is exactly what the generator writes, byte for byte."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from socialops.data.sample import write_sample


def test_sample_is_deterministic_and_committed(tmp_path, sample_dir):
    first = write_sample(tmp_path / "a")
    second = write_sample(tmp_path / "b")
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes()
        committed = sample_dir / a.name
        assert committed.read_bytes() == a.read_bytes(), f"{committed} is stale: run `make sample`"
    assert sum(p.stat().st_size for p in first) < 5 * 1024 * 1024


def test_sample_story(sample):
    daily, followers = sample["daily"], sample["followers"]
    zombie = followers.assign(z=followers["follower_followers"] < 10).groupby("account_id")["z"].mean()
    assert zombie.idxmax() == "comp_a" and zombie["comp_a"] > 0.5
    weibo = daily[daily["account_id"] == "own_weibo"].set_index("date")["followers_gained"]
    assert weibo["2026-10-12":"2026-10-18"].mean() > 3 * weibo["2026-09-01":"2026-09-30"].mean()  # campaign spike
    assert sample["campaigns"]["kind"].nunique() == 3
    hours = sample["posts"]["published_at"].dt.hour
    assert hours.between(0, 5).mean() < 0.02  # brands sleep


def test_team_suite_is_a_team_of_30_with_every_workbook_for_each(tmp_path, capsys):
    from socialops.batch.config import load_config
    from socialops.batch.plan import plan
    from socialops.cli import main

    assert main(["sample", str(tmp_path), "--team"]) == 0
    assert capsys.readouterr().out.split() == [str(tmp_path / "data" / f"{name}.parquet") for name in
                                               ("accounts", "daily", "posts", "followers", "campaigns")] + [str(tmp_path / "reports.toml")]
    accounts = pd.read_parquet(tmp_path / "data" / "accounts.parquet")
    own = accounts[accounts["role"] == "own"]
    assert own.groupby("platform").size().to_dict() == {"weibo": 8, "wechat": 8, "douyin": 7, "xiaohongshu": 7}
    rivals = accounts[accounts["role"] == "competitor"].groupby("platform").size()
    assert set(rivals.index) == set(own["platform"]) and (rivals == 3).all()  # every comparison has its peers
    campaigns = pd.read_parquet(tmp_path / "data" / "campaigns.parquet")
    daily = pd.read_parquet(tmp_path / "data" / "daily.parquet")
    assert sorted(campaigns["account_id"]) == sorted(own["account_id"])  # one each
    assert (campaigns["end"] < daily["date"].max()).all() and (campaigns["start"] - pd.Timedelta(days=28) >= daily["date"].min()).all()
    tasks = plan(load_config(tmp_path / "reports.toml"))
    by_notebook = pd.Series([Path(t.notebook).stem for t in tasks]).value_counts().to_dict()
    assert by_notebook == {"account_audit": 30, "content_performance": 30, "competitor_comparison": 30,
                           "campaign_retrospective": 30, "weekly_review": 2}
    assert len({t.out_html for t in tasks}) == len(tasks) == 122


def test_team_and_scale_are_one_or_the_other(tmp_path):
    from socialops.cli import main

    with pytest.raises(SystemExit):
        main(["sample", str(tmp_path), "--team", "--scale", "1000"])
