"""One formatter: hand-written expectations for each kind, and a figure written alike in a table and a sentence."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from socialops import metrics as M
from socialops.format import CHANGE, COUNT, MONEY, NUMBER, PERCENT, Figure, Spec, missing
from socialops.report import blocks
from socialops.workbooks.campaigns import analysis as campaigns


@pytest.mark.parametrize("spec, value, en", [
    (COUNT, 1234.0, "1,234"),                      # a count carries no trailing .0
    (COUNT, 12_345_678, "12,345,678"),
    (Spec("count", signed=True), -40.0, "-40"),
    (Spec("count", signed=True), 40, "+40"),
    (NUMBER, 3.456, "3.5"),
    (Spec("number", 2), 0.125, "0.12"),            # Python rounds half to even, as the JSON's reader would
    (PERCENT, 0.1234, "12.3%"),
    (Spec("percent", 2), 0.05342, "5.34%"),
    (Spec("percent", 1, signed=True), 0.875, "+87.5%"),
    (Spec("percent").difference(), 0.012, "+1.2 pp"),
    (CHANGE, 12.34, "+12.3%"),
    (CHANGE, -1234.5, "-1,234.5%"),
    (MONEY, 8000.0, "8,000"),
    (MONEY, 12.5, "12.50"),
    (Spec("money", 2), 4.0, "4.00"),
    (Spec("number", 1, unit="×"), 1.44, "1.4×"),
])
def test_each_kind_by_hand(spec, value, en):
    assert spec.show(value, "en") == en


@pytest.mark.parametrize("value", [None, float("nan"), pd.NA, pd.NaT])
def test_unknown_is_not_available_never_zero(value):
    assert missing(value)
    assert COUNT.show(value, "en") == "not available" and PERCENT.show(value, "zh") == "暂无数据"
    assert Spec("text").show(value, "en") == ""


def test_points_in_chinese_and_lower_bounds():
    assert Spec("percent").difference().show(-0.004, "zh") == "-0.4 个百分点"
    assert Figure(100_001, COUNT, at_least=True).show("en") == "≥ 100,001"
    assert Figure(None, COUNT, at_least=True).show("en") == "not available"


def test_every_metric_has_a_spec_that_writes_a_number():
    for name, metric in M.registry().items():
        assert metric.spec.show(0.5, "en"), name


def test_a_campaigns_roi_reads_the_same_in_its_table_and_its_sentence():
    record = pd.Series(dict(campaign_id="c1", account_id="a", name="x", kind="other", cost=8000.0, prize_value=5000.0,
                            revenue=15000.0, participants=12000.0, followers_gained=3400.0, orders=410.0))
    block = blocks.view(campaigns.efficiency(record), "en")
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", block.html)
    roi = M.spec("roi").show(7000 / 8000, "en")
    assert roi == "+87.5%"
    assert roi in cells and any(roi in line for line in block.findings)
    share = M.spec("prize_share_of_cost").show(5000 / 8000, "en")
    assert share in cells and any(share in line for line in block.findings)
    per_follower = M.spec("cost_per_follower", "CNY").show(8000 / 3400, "en")
    assert per_follower == "¥2.35" and per_follower in cells and any(per_follower in line for line in block.findings)


def test_money_carries_the_datasets_currency():
    assert Spec("money", currency="CNY").show(8000, "en") == "¥8,000" and Spec("money", currency="CNY").show(-3.2, "zh") == "-¥3.20"
    assert Spec("money", 2, currency="USD").show(12.5, "en") == "$12.50"
    assert Spec("money", currency="XYZ").show(5, "en") == "5 XYZ"  # no sign known: the code, never a wrong sign
    assert M.spec("cost", "EUR").show(1200, "en") == "€1,200" and M.spec("roi", "EUR") == M.spec("roi")  # only money is priced
    record = pd.Series(dict(campaign_id="c1", account_id="a", name="x", kind="other", cost=100.0, revenue=250.0))
    said = blocks.view(campaigns.efficiency(record, currency="USD"), "zh").findings
    assert any("每投入 $1 带回 $2.50" in line for line in said)


def test_a_table_keeps_numbers_until_it_is_written():
    frame = pd.DataFrame({"Posts": [1200.0, None], "Rate": [0.1, 0.2], "Title": ["<b>x</b>", "y"]})
    html = blocks.table_html(frame, "en", {"Posts": COUNT, "Rate": PERCENT})
    num = '<td class="so-num">'  # numbers never break mid-digit
    assert f"{num}1,200</td>{num}10.0%</td><td>&lt;b&gt;x&lt;/b&gt;</td>" in html
    assert f"{num}not available</td>{num}20.0%</td><td>y</td>" in html
