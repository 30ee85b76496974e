"""The published indexes against figures worked by hand from the publishers' formulas."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from socialops import indexes as X
from socialops.data.periods import Period

OCTOBER = Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-31"))


def articles() -> pd.DataFrame:
    """Three articles in October: two headlines, one secondary; one headline read 10万+ (counted as 100,001)."""
    return pd.DataFrame({"reads": [100_001, 2_000, 500], "in_view": [300, 20, 5], "likes": [500, 40, 10],
                         "reposts": [1_000, 60, 12], "is_headline": [True, True, False],
                         "published_at": pd.to_datetime(["2026-10-03", "2026-10-10", "2026-10-10"])})


def test_wci_v14_2_worked_by_hand():
    # d = 30 for a calendar month (as published, not October's 31 days); n = 3 articles.
    # totals R = 102,501, Z = 325, L = 550, RE = 1,072; headlines Rt = 102,001, Zt = 320, Lt = 540, REt = 1,060;
    # peaks Rmax = 100,001, Zmax = 300, Lmax = 500, REmax = 1,000.
    def part(r, z, lk, re):
        return 0.70 * math.log(r + 1) + 0.09 * math.log(10 * z + 1) + 0.06 * math.log(10 * lk + 1) + 0.15 * math.log(10 * re + 1)
    o = part(102_501 / 30, 325 / 30, 550 / 30, 1_072 / 30)
    a = part(102_501 / 3, 325 / 3, 550 / 3, 1_072 / 3)
    h = part(102_001 / 30, 320 / 30, 540 / 30, 1_060 / 30)
    p = part(100_001, 300, 500, 1_000)
    score = X.wci(articles(), OCTOBER)
    assert score.components == pytest.approx({"O": o, "A": a, "H": h, "P": p})
    assert score.value == pytest.approx((0.6 * o + 0.2 * a + 0.1 * h + 0.1 * p) ** 2 * 12)
    # written out: O = 0.70·ln(3,417.7) + 0.09·ln(109.3) + 0.06·ln(184.3) + 0.15·ln(358.3) = 5.6957 + 0.4225 + 0.3130 + 0.8822
    assert o == pytest.approx(7.3134, abs=1e-4)
    assert score.value == pytest.approx(789.0, abs=0.1)  # (0.6·7.3134 + 0.2·9.6144 + 0.1·7.3058 + 0.1·10.6723)² × 12
    assert sum(score.contributions.values()) ** 2 * 12 == pytest.approx(score.value)


def test_wci_day_count_follows_the_publisher():
    week = Period(pd.Timestamp("2026-10-05"), pd.Timestamp("2026-10-11"))
    custom = Period(pd.Timestamp("2026-10-05"), pd.Timestamp("2026-10-14"))
    year = Period(pd.Timestamp("2026-01-01"), pd.Timestamp("2026-12-31"))
    assert (X.index_days(OCTOBER), X.index_days(week), X.index_days(custom), X.index_days(year)) == (30, 7, 10, 365)


def test_wci_needs_in_view_and_says_so():
    score = X.wci(articles().drop(columns="in_view"), OCTOBER)
    assert score.value is None and score.missing == ("in_view",)


def test_bci_worked_by_hand():
    # 120 posts, 10,976 reposts, 5,142 comments, 23,365 likes over the period
    w1 = math.log(121)
    w2 = 0.4 * math.log(10_977) + 0.4 * math.log(5_143) + 0.2 * math.log(23_366)
    score = X.bci(120, {"reposts": 10_976, "comments": 5_142, "likes": 23_365})
    assert score.components == pytest.approx({"W1": w1, "W2": w2})
    assert score.value == pytest.approx((0.2 * w1 + 0.8 * w2) * 160)
    # written out: W1 = ln(121) = 4.7958; W2 = 0.4·9.3035 + 0.4·8.5453 + 0.2·10.0591 = 9.1513
    assert score.value == pytest.approx(1324.8, abs=0.1)  # (0.2·4.7958 + 0.8·9.1513) × 160
    assert sum(score.contributions.values()) == pytest.approx(score.value)
    assert X.bci(120, {"reposts": 10_976, "comments": None, "likes": 23_365}).missing == ("comments",)


def test_the_sensitivity_check_names_the_pairs_that_swap():
    from socialops.workbooks.competitors.analysis import swaps

    parts = {"a": {"x": 10.0, "y": 0.0}, "b": {"x": 0.0, "y": 11.0}, "c": {"x": 1.0, "y": 1.0}}

    def score(w):
        return pd.Series({k: sum(w[n] * v[n] for n in w) for k, v in parts.items()})
    table = swaps(score, {"x": 1.0, "y": 1.0})  # base: b (11) > a (10) > c (2)
    moved = {(r.weight, round(r.factor, 1)): r.swaps for r in table.itertuples()}
    assert moved[("x", 1.2)] == [("b", "a")]   # a reaches 12 and passes b
    assert moved[("y", 0.8)] == [("b", "a")]   # b falls to 8.8
    assert moved[("x", 0.8)] == [] and moved[("y", 1.2)] == []
