"""The sample's Monday digest rendered in both languages: sections, figures worked out from the CSVs, JSON, words."""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from socialops.publish.render import render

from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "weekly_review.ipynb"
SECTIONS = {"en": ["1. Every account", "2. Hot posts", "3. Targets", "4. Weeks and events", "5. What the audience says", "Glossary"],
            "zh": ["1. 各账号概览", "2. 热帖", "3. 目标进度", "4. 周趋势与事件", "5. 受众声音", "指标说明"]}


@pytest.fixture(scope="module")
def digests(tmp_path_factory):
    out = tmp_path_factory.mktemp("weekly")
    pages = {}
    for lang in ("en", "zh"):
        result = render(NOTEBOOK, out / f"{lang}.html", {"lang": lang}, reuse_kernel=True)  # defaults: every own account, the last whole week
        assert result.ok, result.error
        pages[lang] = (result.html.read_text(encoding="utf-8"), json.loads(result.json.read_text(encoding="utf-8")))
    return pages


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sections_and_subject(digests, lang):
    page, info = digests[lang]
    assert [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page, re.S)] == SECTIONS[lang]
    assert info["period"]["start"] == "2026-10-19" and info["period"]["end"] == "2026-10-25"  # the last whole ISO week
    assert info["subject"]["accounts"] == ["own_weibo", "own_wechat", "own_douyin"]


def test_three_accounts_on_three_platforms_worked_out_from_the_csvs(digests, sample_dir):
    _, info = digests["en"]
    accounts = {a["id"]: a for a in info["accounts"]}
    assert {a["platform"] for a in info["accounts"]} == {"weibo", "wechat", "douyin"}
    posts = pd.read_csv(sample_dir / "posts.csv", dtype={"reads": str}, parse_dates=["published_at"])
    week = posts[(posts["published_at"] >= "2026-10-19") & (posts["published_at"] < "2026-10-26")]
    before = posts[(posts["published_at"] >= "2026-10-12") & (posts["published_at"] < "2026-10-19")]
    for account in ("own_weibo", "own_douyin"):
        assert accounts[account]["posts"]["current"] == (week["account_id"] == account).sum()
        assert accounts[account]["posts"]["previous"] == (before["account_id"] == account).sum()
    douyin = week[week["account_id"] == "own_douyin"]
    assert accounts["own_douyin"]["interactions"]["current"] == douyin[["likes", "comments", "reposts", "favorites"]].sum().sum()
    daily = pd.read_csv(sample_dir / "daily.csv", parse_dates=["date"])
    wechat = daily[(daily["account_id"] == "own_wechat") & daily["date"].between("2026-10-19", "2026-10-25")]
    assert accounts["own_wechat"]["followers_net"]["current"] == (wechat["followers_gained"] - wechat["followers_lost"]).sum()
    assert [a["id"] for a in info["accounts"] if a["stale"]] == ["own_douyin"] and info["accounts"][-1]["id"] == "own_douyin"


def test_hot_posts_targets_and_the_summary(digests):
    page, info = digests["en"]
    assert info["hot_posts"][0]["post_id"] == "own_douyin-00156" and info["hot_posts"][0]["multiple"] > 5  # the KOL duet
    assert all(set(h) == {"post_id", "account", "title", "multiple"} for h in info["hot_posts"])
    targets = {(t["account"], t["metric"], t["period"]): t for t in info["targets"]}
    reads = targets[("own_weibo", "reads", "2026-10")]
    assert reads["status"] == "behind" and reads["achieved"] == pytest.approx(reads["actual"] / 800_000, abs=1e-6)
    assert info["metrics"]["hot_posts"]["current"] == len(info["hot_posts"]) and info["metrics"]["accounts_stale"]["current"] == 1
    summary = info["executive_summary"]
    assert summary["moved"][0].startswith("茶语时光抖音号's data ends Oct 23") and summary["next"]
    assert "达人@茶小白 合拍视频发布" in page and "<h4 class=\"so-subhead\">Events</h4>" in page


def test_zh_digest_is_chinese(digests):
    page, info = digests["zh"]
    assert '<html lang="zh-CN">' in page and "运营周报" in page
    assert info["findings"] and all(not re.search(r"\b(the|and|of)\b", f) for f in info["findings"])
    assert "平台故障" in page and "platform outage" not in page


def test_a_period_no_account_has_data_for_is_refused_in_the_reports_language(tmp_path):
    result = render(NOTEBOOK, tmp_path / "x.html", {"start": "2020-01-06", "end": "2020-01-12", "lang": "zh"}, reuse_kernel=True)
    assert not result.ok and "没有运营日志" in result.error and "own_weibo, own_wechat, own_douyin" in result.error
