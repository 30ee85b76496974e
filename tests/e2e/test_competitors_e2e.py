"""Render the competitor comparison on the sample and read its HTML and JSON."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from socialops.publish.render import render

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "competitor_comparison.ipynb"
KEYS = {"followers", "followers_net", "posts", "avg_reposts_per_post", "avg_comments_per_post",
        "engagement_per_1k_followers", "efficiency", "share_followers_under_10", "share_followers_10_500",
        "share_followers_over_500", "mentions_share", "index"}


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("competitors")
    pages = {}
    for lang in ("en", "zh"):
        result = render(NOTEBOOK, out / f"{lang}.html", {"lang": lang}, reuse_kernel=True)
        assert result.ok, result.error
        pages[lang] = (result.html.read_text(encoding="utf-8"), json.loads(result.json.read_text(encoding="utf-8")))
    return pages


def headings(page):
    return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page, re.S)]


def test_sections(reports):
    assert headings(reports["en"][0]) == ["1. Side by side", "2. Normalized comparison", "3. Follower quality",
                                          "4. Content strategy", "5. Share of voice and momentum", "6. Composite index",
                                          "7. Takeaways", "Glossary"]
    assert headings(reports["zh"][0])[0] == "1. 并列对比"


def test_json_accounts(reports):
    accounts = reports["en"][1]["accounts"]
    assert set(accounts) == {"own_weibo", "comp_a", "comp_b"}  # same platform only, by default
    for figures in accounts.values():
        assert set(figures) >= KEYS
    assert accounts["own_weibo"]["efficiency"] == 1.0
    assert accounts["comp_a"]["share_followers_under_10"] > 0.5  # the zombie-heavy competitor
    assert accounts["comp_a"]["efficiency"] < accounts["comp_b"]["efficiency"] < 1
    assert sum(a["mentions_share"] for a in accounts.values()) == pytest.approx(1.0)
    weights = reports["en"][1]["index_weights"]
    assert sum(weights.values()) == pytest.approx(1.0)


def test_weights_are_printed_and_chinese_reads(reports):
    page = reports["zh"][0]
    assert "综合指数" in page and "权重" in page and "35%" in page
    assert "竞品A奶茶官方微博" in page and "&lt;script&gt;" in page and "<script" not in page


def test_cross_platform_set_is_refused_clearly(tmp_path):
    result = render(NOTEBOOK, tmp_path / "x.html", {"competitors": "comp_a,comp_c"}, reuse_kernel=True)
    assert not result.ok
    assert "comp_c (wechat) not on weibo" in result.error
    failed = (tmp_path / "x.failed.html").read_text(encoding="utf-8")
    assert "not on weibo" in failed and "Traceback" not in failed


def test_a_chinese_report_refuses_in_chinese(tmp_path):
    result = render(NOTEBOOK, tmp_path / "x.html", {"competitors": "comp_a,comp_c", "lang": "zh"}, reuse_kernel=True)
    assert not result.ok
    failed = (tmp_path / "x.failed.html").read_text(encoding="utf-8")
    assert "comp_c (wechat) 与 own_weibo 不在同一平台（weibo）" in failed and "not on weibo" not in failed
    assert "Traceback" not in failed
