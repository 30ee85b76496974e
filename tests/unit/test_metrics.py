"""Metric formulas against hand-computed values."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from socialops import metrics as M

from conftest import days


def test_net_growth_prefers_gained_minus_lost_then_net_then_diff():
    both = pd.DataFrame({"date": days("2026-10-01", "2026-10-02"), "followers": [100, 120],
                         "followers_gained": [15, 25], "followers_lost": [5, 5]})
    assert M.daily_net_growth(both).tolist() == [10, 20]
    net_only = pd.DataFrame({"date": days("2026-10-01", "2026-10-02"), "followers": [100, 98], "followers_net": [3, -2]})
    assert M.daily_net_growth(net_only).tolist() == [3, -2]
    diff_only = pd.DataFrame({"date": days("2026-10-01", "2026-10-02", "2026-10-03"), "followers": [100, 105, 102]})
    got = M.daily_net_growth(diff_only)
    assert math.isnan(got.iloc[0]) and got.iloc[1:].tolist() == [5, -3]


def test_followers_at_start():
    daily = pd.DataFrame({"date": days("2026-09-30", "2026-10-01"), "followers": [1000, 1010],
                          "followers_gained": [1, 15], "followers_lost": [1, 5]})
    assert M.followers_at_start(daily, pd.Timestamp("2026-10-01")) == 1000  # the day before's close
    assert M.followers_at_start(daily.iloc[1:], pd.Timestamp("2026-10-01")) == 1000  # first close less its net


def test_safe_arithmetic_gives_none_not_zero():
    assert M.ratio(1, 0) is None and M.ratio(None, 3) is None and M.ratio(3, float("nan")) is None
    assert M.ratio(3, 4) == 0.75
    assert M.change_pct(6, 4) == 50.0
    assert M.change_pct(5, 0) is None and M.change_pct(None, 5) is None
    assert M.total(pd.Series([np.nan, np.nan])) is None
    assert M.total(pd.Series([2, np.nan, 3])) == 5
    assert M.per_post(24, 4) == 6 and M.per_post(24, 0) is None


def test_follower_quality_bands():
    sample = pd.DataFrame({"follower_followers": [0, 9, 10, 500, 501, 200, 3, 1000]})
    q = M.follower_quality(sample)
    assert q == {"share_followers_under_10": 3 / 8, "share_followers_10_500": 3 / 8,
                 "share_followers_over_500": 2 / 8, "sample_size": 8}
    assert M.follower_quality(None)["share_followers_under_10"] is None


def test_robust_outliers():
    values = pd.Series([10, 11, 9, 10, 12, 10, 9, 11, 10, 100])
    assert M.robust_outliers(values).tolist() == [False] * 9 + [True]
    assert not M.robust_outliers(pd.Series([1, 50])).any()  # too few days to judge


def test_active_hours_are_9_16_and_20_to_22():
    stamps = pd.Series(pd.to_datetime([f"2026-10-01 {h:02d}:30" for h in range(24)]))
    assert [h for h, ok in enumerate(M.in_active_hours(stamps)) if ok] == [9, 16, 20, 21, 22]


def test_every_metric_has_both_languages():
    for metric in M.registry().values():
        assert set(metric.label) == set(metric.formula) == {"en", "zh"}
        assert metric.columns


def test_engagement_per_1k_followers_is_one_function_from_posts_or_from_the_log():
    from socialops.metrics import engagement_per_1k_followers, registry

    posts = pd.DataFrame({"interactions": [30.0, 10.0, None], "followers_at_post": [1000.0, 2000.0, 1000.0]})
    assert engagement_per_1k_followers(posts) == pytest.approx((30 + 5) / 2)  # (30/1000, 10/2000) × 1000, mean
    log = pd.DataFrame({"posts": [2, 1, None], "reposts": [40, 6, 9], "comments": [0, 0, 0], "likes": [0, 0, 0],
                         "followers": [2000, 3000, 3000]})
    assert engagement_per_1k_followers(None, log) == pytest.approx((40 / 2000 + 6 / 3000) * 1000 / 3)
    assert engagement_per_1k_followers(posts.iloc[:0], log.iloc[:0]) is None
    assert registry()["engagement_per_1k_followers"].compute is engagement_per_1k_followers  # the formula sits beside it


def test_a_computed_metric_keeps_its_formula_beside_the_one_function_that_computes_it():
    """Only figures taken as recorded (sums of a column, a campaign record's fields) live in the METRICS table;
    a metric that divides, multiplies, scales or ranks is registered by ``defines`` on its function, in
    metrics.py, platforms.py (each platform's own signals) or in its workbook's analysis."""
    import re

    for name, metric in M.registry().items():
        computed = re.search(r"[÷×]|ln\(|\bmean\b|bootstrap|bucketed|deviations", metric.formula["en"])
        if computed:
            assert metric.compute is not None, f"{name}: formula text is not beside the function that computes it"
        if metric.compute is not None:
            module = metric.compute.__module__
            shared = ("socialops.metrics", "socialops.platforms", "socialops.indexes", "socialops.voice")
            assert module in shared or re.fullmatch(r"socialops\.workbooks\.\w+\.analysis", module), (name, module)


def test_workbook_metrics_are_their_analysis_functions():
    from socialops.workbooks.campaigns import analysis as campaigns
    from socialops.workbooks.competitors import analysis as competitors

    metrics = M.registry()
    assert metrics["roi"].compute is campaigns.roi and campaigns.roi(2500.0, 1000.0) == 1.5
    assert campaigns.roi(2500.0, 0.0) is None and campaigns.roi(None, 1000.0) is None
    assert metrics["cost_per_follower"].compute is campaigns.cost_per is metrics["cost_per_order"].compute
    assert metrics["efficiency"].compute is competitors.multiples
    assert M.mentions_per_1k_followers(30, 12_000) == pytest.approx(2.5) and M.mentions_per_1k_followers(30, 0) is None
    assert M.growth_rate(50, 1000) == 0.05 and M.interactions({"reposts": 2, "comments": None, "likes": 3}) == 5.0
    assert M.interactions({"reposts": None}) is None


def test_a_metric_defined_twice_is_refused():
    with pytest.raises(ValueError, match="defined twice"):
        M.defines("roi", "x", "x", "x", "x", "x")(lambda: None)
