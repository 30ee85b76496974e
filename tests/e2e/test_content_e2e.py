"""Render the content performance workbook and read its HTML and JSON."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from socialops.publish.render import render

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "content_performance.ipynb"
SECTIONS = {"en": ["1. Overview", "2. Platform signals", "3. Where reads come from", "4. Tiers (档位)", "5. Best and worst posts",
                   "6. What works", "7. Tags and mentions", "8. When to publish", "9. Trends", "10. Conversion", "Glossary"],
            "zh": ["1. 概览", "2. 平台指标", "3. 阅读来源", "4. 档位分布", "5. 最佳与最差内容", "6. 什么内容有效", "7. 话题与提及", "8. 什么时候发",
                   "9. 趋势", "10. 转化", "指标说明"]}


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("content")
    pages = {}
    for lang, account in (("en", "own_wechat"), ("zh", "own_weibo")):
        result = render(NOTEBOOK, out / f"{lang}.html", {"account_id": account, "lang": lang, "top_n": 5})
        assert result.ok, result.error
        pages[lang] = (result.html.read_text(encoding="utf-8"), json.loads(result.json.read_text(encoding="utf-8")))
    return pages


def headings(page: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page, re.S)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sections(reports, lang):
    assert headings(reports[lang][0]) == SECTIONS[lang]


def test_the_samples_html_title_is_listed_as_text(reports):
    page = reports["zh"][0]  # own_weibo: the title is one of the campaign's best posts
    assert "&lt;script&gt;alert(" in page
    assert "<script" not in page and "<img src=x" not in page


def test_json_carries_the_contracted_fields(reports, sample_dir):
    _, info = reports["en"]
    for name in ("posts", "reads", "reposts", "comments", "likes", "avg_reads_per_post", "avg_reposts_per_post",
                 "avg_comments_per_post", "engagement_rate", "engagement_per_1k_followers", "headline_read_rate"):
        assert set(info["metrics"][name]) == {"current", "previous", "change", "change_pct", "unit"}, name
    posts = pd.read_csv(sample_dir / "posts.csv", dtype={"reads": str}, parse_dates=["published_at"])
    october = posts[(posts["account_id"] == "own_wechat") & (posts["published_at"].dt.month == 10)]
    assert info["metrics"]["posts"]["current"] == len(october)
    assert info["metrics"]["reposts"]["current"] == october["reposts"].sum()
    # WeChat read by its own figures: sums over sums, from the sample's article-detail columns
    assert info["metrics"]["open_rate"]["current"] == pytest.approx(october["message_reads"].sum() / october["delivered"].sum(), abs=1e-6)
    assert info["metrics"]["reads_per_share"]["current"] == pytest.approx(october["share_reads"].sum() / october["reposts"].sum(), abs=1e-6)
    assert info["metrics"]["in_view"]["current"] == october["in_view"].sum()
    ids = [p["post_id"] for p in info["top_posts"]]
    assert len(ids) >= 5 and set(ids) <= set(october["post_id"]) and all(p["title"] for p in info["top_posts"])
    assert info["best_slots"] and all(set(slot) == {"weekday", "weekday_name", "hour"} for slot in info["best_slots"])
    assert info["conventions"]["weekday"] == "0 = Monday … 6 = Sunday"
    assert all(s["weekday_name"] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][s["weekday"]] for s in info["best_slots"])
    assert "headline_read_rate" not in reports["zh"][1]["metrics"]  # Weibo has no headline slot


def test_wechat_10wan_reads_are_flagged_as_lower_bounds(reports):
    page, info = reports["en"]
    assert "10万+" in page and "≥ " in page
    assert any("lower bounds" in f for f in info["findings"])


def test_zh_report_is_chinese_and_escaped(reports):
    page, info = reports["zh"]
    assert '<html lang="zh-CN">' in page and "内容表现" in page
    assert "视频" in page and "&lt;script&gt;" in page and "<script" not in page
    assert any(f.startswith("体裁：") for f in info["findings"])


def test_minimal_export_and_empty_period_still_render(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    title = "<img src=x onerror=alert(1)>" + "很长的标题" * 2000
    pd.DataFrame({"post_id": ["a", "b"], "account_id": "acc", "title": [title, "short"],
                  "published_at": ["2026-10-03 09:00", "2026-10-04 21:00"]}).to_csv(data / "posts.csv", index=False)
    result = render(NOTEBOOK, tmp_path / "min.html", {"data_dir": str(data), "start": "2026-10-01", "end": "2026-10-31"})
    assert result.ok, result.error
    page = result.html.read_text(encoding="utf-8")
    assert "not available" in page and "<img src=x" not in page and "很长的标题" * 100 not in page
    empty = render(NOTEBOOK, tmp_path / "empty.html", {"start": "2026-04-01", "end": "2026-04-30", "lang": "zh"})
    assert not empty.ok  # a period outside the data is no report: the page says so first, with the data's range
    page = empty.html.read_text(encoding="utf-8")
    assert "没有运营日志，也没有发布内容；其数据范围为 2026-05-01 – 2026-10-31" in page
    assert page.index("so-error-panel") < page.index('class="so-body"') and not (tmp_path / "empty.html").exists()
    assert "<h1>内容表现" in page and "ReportError" not in page  # the workbook's title, the message in Chinese alone
