"""A real browser (Debian's headless Chromium) opens the index and a report from disk.

No console errors, no request leaving file://, every image decoded, Chinese text present,
and the HTML title from the data stays inert: no dialog fires. CI installs chromium
(.ci/system-deps.sh); there a missing browser fails the test instead of skipping it.
"""
from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest

from socialops.batch.config import load_config
from socialops.batch.execute import run
from socialops.batch.plan import plan

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed: .ci/system-deps.sh should have installed it", pytrace=False)
    pytest.skip("chromium not installed (run: sudo bash .ci/system-deps.sh)", allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory, sample_dir):
    tmp = tmp_path_factory.mktemp("site")
    path = tmp / "reports.toml"
    path.write_text(textwrap.dedent(f"""
        [defaults]
        data_dir = "{sample_dir}"
        output = "{tmp / 'out'}"
        as_of = "data"
        [jobs.audit]
        notebook = "account_audit"
        accounts = ["own_weibo"]
        lang = "zh"
        [jobs.content]
        notebook = "content_performance"
        accounts = ["own_weibo"]
        """), encoding="utf-8")
    cfg = load_config(path)
    outcomes = run(cfg, plan(cfg), workers=2)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    return cfg.output, [Path(o.path) for o in outcomes]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync", "--disable-quic"])
        yield browser
        browser.close()


def visit(browser, path: Path) -> dict:
    page = browser.new_page()
    seen = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda msg: seen["errors"].append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: seen["errors"].append(str(exc)))
    page.on("request", lambda request: seen["requests"].append(request.url))
    page.on("dialog", lambda dialog: (seen["dialogs"].append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    seen["images"] = page.evaluate("Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
    seen["text"] = page.inner_text("body")
    seen["fonts_ok"] = page.evaluate("document.fonts.check('16px SocialopsCJK', '茶语')")
    seen["links"] = page.evaluate("Array.from(document.links).map(a => a.getAttribute('href'))")
    page.close()
    return seen


def test_index_in_a_real_browser(site, browser):
    output, _ = site
    seen = visit(browser, output / "index.html")
    assert seen["errors"] == [] and seen["dialogs"] == []
    assert all(url.startswith(("file://", "data:")) for url in seen["requests"]), seen["requests"]
    assert "茶语时光官方微博" in seen["text"]
    assert all(not href.startswith(("http:", "https:", "/")) for href in seen["links"])  # relative, works zipped


@pytest.mark.parametrize("which", [0, 1])
def test_reports_in_a_real_browser(site, browser, which):
    _, reports = site
    assert sum("content_performance" in str(path) for path in reports) == 1
    seen = visit(browser, reports[which])
    assert seen["errors"] == [], seen["errors"]
    assert seen["dialogs"] == []  # <script>alert("xss")</script> and <img onerror=alert(1)> stayed text
    assert all(url.startswith(("file://", "data:")) for url in seen["requests"]), seen["requests"]
    assert seen["images"] and all(complete and width > 0 for complete, width in seen["images"])
    assert "茶语时光官方微博" in seen["text"] and seen["fonts_ok"]
    if "content_performance" in str(reports[which]):  # the page that lists the posts
        assert '<script>alert("xss")</script>' in seen["text"]  # shown as text, exactly as in the data


def test_a_chinese_failed_page_draws_its_error_in_the_pages_own_font(tmp_path, browser):
    """The error sits in a <pre>: a fixed-width font has no Chinese, and without the page's CJK font behind it
    a zh message was drawn as empty boxes on a machine without Chinese fonts (this one)."""
    from socialops import paths
    from socialops.publish.render import render

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "daily.csv").write_text("date,account_id,followers\n2026-10-01,a,1x\n", encoding="utf-8")
    result = render(paths.notebooks_dir() / "account_audit.ipynb", tmp_path / "a.html",
                    {"data_dir": str(tmp_path / "data"), "account_id": "a", "lang": "zh"})
    assert not result.ok
    page = browser.new_page()
    page.goto(result.html.as_uri(), wait_until="load")
    page.wait_for_timeout(300)
    assert "应为数字" in page.inner_text(".so-error-panel pre")
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": ".so-error-panel pre"})["nodeId"]
    used = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    page.close()
    embedded = sum(f["glyphCount"] for f in used if f.get("isCustomFont"))  # the page's own @font-face, not the system's
    assert embedded >= 20, used  # 输入数据有问题, 应为数字 and the rest drawn from the embedded font
