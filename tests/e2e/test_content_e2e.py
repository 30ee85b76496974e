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
                   "6. Posts at the same age", "7. What works", "8. Tags and mentions", "9. When to publish", "10. Trends", "11. Conversion", "Glossary"],
            "zh": ["1. 概览", "2. 平台指标", "3. 阅读来源", "4. 档位分布", "5. 最佳与最差内容", "6. 同龄对比", "7. 什么内容有效", "8. 话题与提及",
                   "9. 什么时候发", "10. 趋势", "11. 转化", "指标说明"]}


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("content")
    pages = {}
    for lang, account in (("en", "own_wechat"), ("zh", "own_weibo")):
        result = render(NOTEBOOK, out / f"{lang}.html", {"account_id": account, "lang": lang, "top_n": 5}, reuse_kernel=True)
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
    result = render(NOTEBOOK, tmp_path / "min.html", {"data_dir": str(data), "start": "2026-10-01", "end": "2026-10-31"}, reuse_kernel=True)
    assert result.ok, result.error
    page = result.html.read_text(encoding="utf-8")
    assert "not available" in page and "<img src=x" not in page and "很长的标题" * 100 not in page
    empty = render(NOTEBOOK, tmp_path / "empty.html", {"start": "2026-04-01", "end": "2026-04-30", "lang": "zh"}, reuse_kernel=True)
    assert not empty.ok  # a period outside the data is no report: the page says so first, with the data's range
    page = empty.html.read_text(encoding="utf-8")
    assert "没有运营日志，也没有发布内容；其数据范围为 2026-05-01 – 2026-10-31" in page
    assert page.index("so-error-panel") < page.index('class="so-body"') and not (tmp_path / "empty.html").exists()
    assert "<h1>内容表现" in page and "ReportError" not in page  # the workbook's title, the message in Chinese alone


def _at_age(readings: list[tuple[pd.Timestamp, float]], published: pd.Timestamp, hours: float) -> float | None:
    """A post's reads at an age, worked out plainly: the reading then, else the line between the readings either side."""
    aged = sorted(((at - published) / pd.Timedelta(hours=1), reads) for at, reads in readings if at >= published)
    before = [r for r in aged if r[0] <= hours]
    after = [r for r in aged if r[0] >= hours]
    if not before or not after or after[0][0] - before[-1][0] > 24 + 1e-9:  # hours as floats: 24.000000000000004 is a day
        return None
    (h0, v0), (h1, v1) = before[-1], after[0]
    return v0 if h1 == h0 else v0 + (v1 - v0) * (hours - h0) / (h1 - h0)


def test_posts_are_compared_at_the_same_age_from_the_samples_readings(reports, sample_dir):
    _, info = reports["en"]
    posts = pd.read_csv(sample_dir / "posts.csv", dtype={"reads": str}, parse_dates=["published_at", "captured_at"])
    posts = posts[posts["account_id"] == "own_wechat"]
    snaps = pd.read_csv(sample_dir / "post_snapshots.csv", parse_dates=["captured_at"])
    readings = {p: list(zip(g["captured_at"], g["reads"])) for p, g in snaps.groupby("post_id")}
    for p in posts.itertuples():
        readings.setdefault(p.post_id, []).append((p.captured_at, 100_001 if p.reads == "10万+" else float(p.reads)))
    for name, hours in (("reads_24h", 24), ("reads_7d", 168)):
        for key, month in (("current", 10), ("previous", 9)):
            chosen = posts[posts["published_at"].dt.month == month]
            values = [v for p in chosen.itertuples() if (v := _at_age(readings[p.post_id], p.published_at, hours)) is not None]
            assert info["metrics"][name][key] == pytest.approx(float(pd.Series(values).median()), abs=1e-5), (name, key)
    assert any(f.startswith("Every other section compares lifetime totals") for f in info["findings"])
