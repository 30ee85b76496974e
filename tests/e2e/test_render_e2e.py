"""Render the account audit on the sample and read the HTML and JSON as a reader would."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from socialops.cli import main
from socialops.publish.render import RenderError, render

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "account_audit.ipynb"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    assert main(["render", str(NOTEBOOK), "-p", "account_id", "own_weibo", "-o", str(out / "en.html")]) == 0
    zh = render(NOTEBOOK, out / "zh.html", {"account_id": "own_weibo", "lang": "zh"})
    assert zh.ok, zh.error
    read = lambda name: (out / name).read_text(encoding="utf-8")  # noqa: E731
    return {"en": read("en.html"), "zh": read("zh.html"),
            "en_json": json.loads(read("en.json")), "zh_json": json.loads(read("zh.json")), "dir": out}


@pytest.fixture(scope="module")
def october(sample_dir):
    """Expected figures computed straight from the sample CSV, independently of the library."""
    daily = pd.read_csv(sample_dir / "daily.csv", parse_dates=["date"])
    weibo = daily[daily["account_id"] == "own_weibo"]
    oct_, sep = weibo[weibo["date"].dt.month == 10], weibo[weibo["date"].dt.month == 9]
    net = int((oct_["followers_gained"] - oct_["followers_lost"]).sum())
    return {"net": net, "posts": int(oct_["posts"].sum()), "posts_prev": int(sep["posts"].sum()),
            "reposts_per_post": oct_["reposts"].sum() / oct_["posts"].sum()}


SECTIONS_EN = ["1. Profile set-up", "2. Follower growth", "3. Follower quality", "4. Posting rhythm",
               "5. Operations KPIs", "Glossary"]
SECTIONS_ZH = ["1. 主页设置", "2. 粉丝增长", "3. 粉丝质量", "4. 发布节奏", "5. 运营指标", "指标说明"]


def headings(page: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page, re.S)]


@pytest.mark.parametrize("lang, sections", [("en", SECTIONS_EN), ("zh", SECTIONS_ZH)])
def test_sections_in_the_report_language_only(rendered, lang, sections):
    page = rendered[lang]
    assert headings(page) == sections
    other = SECTIONS_ZH if lang == "en" else SECTIONS_EN
    assert not any(s in page for s in other[:5])
    for section in sections:  # the table of contents links every section
        assert f">{section}</a>" in page


def test_loading_notes_in_the_report_language_and_only_for_their_account(rendered):
    # the sample's one 10万+ read count is a WeChat post: the Weibo audit leaves the note out
    assert "lower bounds" not in rendered["en"] and "数值为下限" not in rendered["zh"]
    wechat = render(NOTEBOOK, rendered["dir"] / "wechat.zh.html", {"account_id": "own_wechat", "lang": "zh"})
    assert wechat.ok, wechat.error
    page = wechat.html.read_text(encoding="utf-8")
    assert "posts.csv：1 个“reads”数值为下限" in page and "lower bounds" not in page


def test_header_title_period_and_language(rendered):
    assert '<html lang="zh-CN">' in rendered["zh"]
    assert re.search(r"<h1>账号诊断 · <span class=\"so-subject\">茶语时光官方微博</span></h1>", rendered["zh"])
    assert "2026年10月" in rendered["zh"] and "October 2026" in rendered["en"]
    assert "<title>Account audit · 茶语时光官方微博 · October 2026</title>" in rendered["en"]


def test_known_figures(rendered, october):
    assert f"{october['net']:,}" in rendered["en"]
    metrics = rendered["en_json"]["metrics"]
    assert metrics["followers_net"]["current"] == october["net"]
    assert metrics["posts"] == {"current": october["posts"], "previous": october["posts_prev"], "unit": "count",
                                "change": october["posts"] - october["posts_prev"],
                                "change_pct": pytest.approx((october["posts"] / october["posts_prev"] - 1) * 100, abs=1e-4)}
    assert metrics["avg_reposts_per_post"]["current"] == pytest.approx(october["reposts_per_post"], abs=1e-4)


def test_html_from_the_data_is_escaped(rendered):
    # the sample's HTML title is a campaign post, not the most-read: the audit names the most-read post of the
    # spike, so the title itself is checked where posts are listed (content and competitor e2e, the browser test)
    for lang in ("en", "zh"):
        page = rendered[lang]
        assert "<script" not in page and "<img src=x" not in page and "onerror=alert" not in page.replace("&lt;img src=x onerror=alert", "")


def test_no_code_no_parameters_and_nothing_from_the_network(rendered):
    for lang in ("en", "zh"):
        page = rendered[lang]
        assert "wb.show" not in page and "Workbook.open" not in page and "import socialops" not in page
        assert "account_id = " not in page and "injected-parameters" not in page
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
        assert "@import" not in page and "<link" not in page and "url(http" not in page
        assert len(re.findall(r'<img [^>]*src="data:image/png;base64,', page)) >= 4
        assert "@font-face" in page and "data:font/woff;base64," in page  # Chinese reads without system fonts


def test_glossary_lists_formulas_from_the_library(rendered):
    from socialops.metrics import registry

    assert registry()["growth_rate"].formula["en"] in rendered["en"]
    assert registry()["avg_reposts_per_post"].formula["zh"] in rendered["zh"]


def test_written_summary_is_generated_in_the_report_language(rendered):
    assert any(f.startswith("Up: ") for f in rendered["en_json"]["findings"])
    assert any(f.startswith("上升：") for f in rendered["zh_json"]["findings"])
    assert "Not compared" not in " ".join(rendered["en_json"]["findings"])


def test_json_shape(rendered):
    info = rendered["en_json"]
    assert {"notebook", "params", "period", "previous_period", "metrics", "findings"} <= set(info)
    assert info["notebook"] == "account_audit"
    assert info["period"] == {"start": "2026-10-01", "end": "2026-10-31", "label": "October 2026"}
    assert info["previous_period"] == {"start": "2026-09-01", "end": "2026-09-30", "label": "September 2026"}
    assert info["params"]["account_id"] == "own_weibo" and info["params"]["lang"] == "en"
    assert all(set(v) == {"current", "previous", "change", "change_pct", "unit"} for v in info["metrics"].values())
    assert (rendered["dir"] / "en.ipynb").exists()


def test_bad_data_leaves_a_failed_report_and_keeps_the_good_one(tmp_path, capsys):
    bad = tmp_path / "exports"
    bad.mkdir()
    (bad / "daily.csv").write_text("date,account_id,followers\n2026-10-01,a1,10\n2026-10-02,a1,-3\n", encoding="utf-8")
    out = tmp_path / "audit.html"
    out.write_text("GOOD EARLIER REPORT", encoding="utf-8")
    code = main(["render", "account_audit", "-p", "data_dir", str(bad), "-o", str(out)])
    assert code == 1
    assert out.read_text(encoding="utf-8") == "GOOD EARLIER REPORT"
    assert not out.with_suffix(".json").exists()
    failed = (tmp_path / "audit.failed.html").read_text(encoding="utf-8")
    assert "could not be completed" in failed
    assert "daily.csv, column &#39;followers&#39;, row 3" in failed or "daily.csv, column 'followers', row 3" in failed
    assert "Traceback" not in failed
    err = capsys.readouterr().err
    assert "row 3" in err and "Traceback" not in err


def test_unknown_account_fails_with_the_accounts_it_knows(tmp_path):
    result = render(NOTEBOOK, tmp_path / "x.html", {"account_id": "nobody"})
    assert not result.ok
    assert "account 'nobody' is not in the data" in result.error and "own_weibo" in result.error


def test_secret_like_parameters_are_refused(tmp_path):
    with pytest.raises(RenderError, match="secret"):
        render(NOTEBOOK, tmp_path / "x.html", {"api_token": "abc"})
    assert not (tmp_path / "x.html").exists()


def test_render_names_its_report_as_run_does_and_the_index_finds_it(tmp_path, sample_dir):
    """One output-naming rule: `render` into a folder writes <notebook>/<subject>/<period>[.lang].html."""
    from socialops.batch.config import load_config
    from socialops.batch.plan import plan

    config = tmp_path / "reports.toml"
    config.write_text(f'[defaults]\ndata_dir = "{sample_dir}"\noutput = "{tmp_path / "run"}"\nas_of = "data"\n'
                      '[jobs.audit]\nnotebook = "account_audit"\naccounts = ["own_wechat"]\nlang = "zh"\n', encoding="utf-8")
    expected = Path(plan(load_config(config))[0].out_html).relative_to(tmp_path / "run")
    assert main(["render", "account_audit", "-p", "data_dir", str(sample_dir), "-p", "account_id", "own_wechat",
                 "-p", "lang", "zh", "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / expected).exists(), sorted(p.name for p in (tmp_path / "out").rglob("*.html"))
    assert str(expected) == "account_audit/own_wechat/2026-10.zh.html"
    assert f'href="{expected}"' in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_executive_summary_opens_the_report_drawn_from_its_readings(rendered, lang):
    brief = rendered[f"{lang}_json"]["executive_summary"]
    lines = brief["moved"] + brief["next"]
    assert 3 <= len(lines) <= 5 and brief["moved"] and brief["next"]
    assert all(line in rendered[f"{lang}_json"]["findings"] for line in lines)  # the same sentences as the sections below
    page = rendered[lang]
    top = page.index('class="so-brief"')
    assert top < page.index('class="so-body"')
    for line in lines:
        assert html.escape(line, quote=False) in page[top:page.index('class="so-body"')]
    assert "run all cells" not in page and "全部运行" not in page  # how to run it stays in the notebook
    assert ") (" not in page[:page.index('class="so-body"')].split("<dd>")[1]  # no nested brackets in the header


def test_the_json_is_versioned_and_every_metric_says_its_unit_and_change(rendered):
    info = rendered["en_json"]
    assert info["schema_version"] == 2 and info["conventions"]["weekday"].startswith("0 = Monday")
    for name, figure in info["metrics"].items():
        assert figure["unit"] in {"count", "number", "fraction", "percent", "money"}, name
        if figure["current"] is not None and figure["previous"] is not None:
            assert figure["change"] == pytest.approx(figure["current"] - figure["previous"], abs=1e-5), name
    assert info["metrics"]["growth_rate"]["unit"] == "fraction" and info["metrics"]["posts"]["unit"] == "count"
    assert info["metrics"]["followers_gained"]["previous"] is not None  # the previous month has a log
    assert info["params"]["start"] == "2026-10-01" and info["params"]["data_dir"] in (None, "data/sample")


def test_the_executed_notebook_carries_no_path_of_this_machine(rendered):
    text = (rendered["dir"] / "en.ipynb").read_text(encoding="utf-8")
    assert str(ROOT) not in text and "/tmp" not in text and "os.chdir" not in text
