"""The sample's audience voice (评论洞察) rendered in both languages: sections, figures worked out from comments.csv,
nobody named anywhere in what is written, Chinese throughout the zh page's readings."""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from socialops.data import text as T
from socialops.publish.render import render

from conftest import ROOT, SAMPLE

NOTEBOOK = ROOT / "notebooks" / "audience_voice.ipynb"
SECTIONS = {"en": ["1. How much they say", "2. What they talk about", "3. How they feel", "4. Questions, complaints and care",
                   "5. Who speaks", "Glossary"],
            "zh": ["1. 评论量", "2. 在聊什么", "3. 情绪如何", "4. 提问、投诉与回复", "5. 谁在说话", "指标说明"]}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("voice")
    rendered = {}
    for lang in ("en", "zh"):
        result = render(NOTEBOOK, out / f"{lang}.html", {"lang": lang, "account_id": "own_weibo"}, reuse_kernel=True)
        assert result.ok, result.error
        rendered[lang] = (result.html.read_text(encoding="utf-8"), json.loads(result.json.read_text(encoding="utf-8")),
                          result.html.with_suffix(".ipynb").read_text(encoding="utf-8"))
    return rendered


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sections_period_and_subject(pages, lang):
    page, info, _ = pages[lang]
    assert [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page, re.S)] == SECTIONS[lang]
    assert (info["period"]["start"], info["period"]["end"]) == ("2026-10-01", "2026-10-31")
    assert info["subject"]["account_id"] == "own_weibo"


def test_figures_worked_out_from_the_csv(pages):
    _, info, _ = pages["en"]
    comments = pd.read_csv(SAMPLE / "comments.csv", parse_dates=["created_at"], dtype={"author": str})
    own_id = pd.read_csv(SAMPLE / "accounts.csv").set_index("account_id").loc["own_weibo", "platform_user_id"]
    mine = comments[comments["account_id"] == "own_weibo"]
    heard = mine[mine["author"] != str(own_id)]
    october = heard[heard["created_at"].between("2026-10-01", "2026-10-31 23:59:59")]
    assert info["metrics"]["audience_comments"]["current"] == len(october)
    threads = october[october["parent_id"].isna()]
    replied = set(mine.loc[mine["author"] == str(own_id), "parent_id"])
    assert info["metrics"]["reply_rate"]["current"] == pytest.approx(threads["comment_id"].isin(replied).mean(), abs=1e-6)
    assert info["metrics"]["sentiment_accuracy"]["current"] == pytest.approx(T.accuracy().accuracy, abs=1e-6)
    assert info["sentiment"]["measured_on"] == T.accuracy().n
    page = pages["en"][0]  # the glossary says what was measured, beside the formula
    assert f"Measured for this report: {T.accuracy().accuracy:.1%} accuracy" in page and f"on {T.accuracy().n} held-out" in page
    assert info["metrics"]["unanswered_complaints"]["current"] > 0  # the late-October delivery delay


def test_nobody_is_named_in_what_is_written(pages):
    authors = set(pd.read_csv(SAMPLE / "comments.csv", dtype={"author": str})["author"])
    for lang, (page, info, notebook) in pages.items():
        written = page + json.dumps(info, ensure_ascii=False) + notebook
        ids = set(re.findall(r"[A-Za-z0-9_-]+", written))  # every id-like word written, looked up once
        assert not ids & authors, lang


def test_the_zh_readings_are_chinese(pages):
    _, info, _ = pages["zh"]
    data = " ".join(pd.read_csv(SAMPLE / "comments.csv")["text"].astype(str))  # the audience's own words (yyds) are data
    data += " MediaCrawler creator"  # a tool's name and its mode, as the user types them
    for line in info["findings"] + info["executive_summary"]["moved"] + info["executive_summary"]["next"]:
        words = [w for w in re.findall(r"[A-Za-z]{3,}", line.replace("F1", "")) if w.lower() not in data.lower()]
        assert not words, line
