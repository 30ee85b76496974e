"""The committed sample is exactly what the generator writes, byte for byte."""
from __future__ import annotations

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
