"""Real downloads in, as downloaded: every supported source validates, ingests and renders.

The fixtures (tests/exports.py) copy each source's real shape: file kind, note rows,
Chinese headers, ``10万+``, ``28.64%``, ``10.59秒``, ``-``, epoch times, ids ending in a tab.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest

from socialops.cli import main
from socialops.data import store
from socialops.data.load import load_dataset
from socialops.data.sheets import read_sheets

from exports import write_all

KEYS = ("wechat", "channels", "douyin", "xiaohongshu", "weibo_crawler", "weibo_spider", "mediacrawler_xhs",
        "mediacrawler_douyin", "mediacrawler_weibo", "mediacrawler_bilibili", "mediacrawler_kuaishou")


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    return write_all(tmp_path_factory.mktemp("exports"))


@pytest.fixture(scope="module")
def history(cases, tmp_path_factory):
    """One store with every account ingested the way the README says: one command per account."""
    path = tmp_path_factory.mktemp("store") / "history.duckdb"
    for case in cases.values():
        assert main(["ingest", str(case.folder), "--account", case.account, "--store", str(path), *case.flags]) == 0
    return path


def _headers_on_disk(path, sheet):
    """The header row as pandas reads it, independently of socialops' own reader."""
    if path.suffix == ".jsonl":
        return list(json.loads(path.read_text(encoding="utf-8").splitlines()[0]))
    if path.suffix == ".json":
        return list(json.loads(path.read_text(encoding="utf-8"))[0])
    if path.suffix == ".csv":
        return list(pd.read_csv(path, nrows=0, encoding="utf-8-sig" if path.read_bytes()[:3] == b"\xef\xbb\xbf" else "gb18030").columns)
    if path.suffix == ".xls":
        return list(pd.read_html(path)[0].columns)
    grid = pd.read_excel(path, sheet_name=sheet or 0, header=None, engine="openpyxl")
    row = 1 if str(grid.iloc[0, 0]).startswith("以下数据") else 0  # Xiaohongshu's note row above the header
    return [str(c) for c in grid.iloc[row]]


@pytest.mark.parametrize("key", KEYS)
def test_each_source_validates_and_every_column_is_named(cases, key, capsys):
    case = cases[key]
    assert main(["validate", str(case.folder), "--account", case.account, *case.flags]) == 0
    printed = capsys.readouterr().out
    data = load_dataset(case.folder, account_id=case.account, role=case.role)
    assert not data.problems
    for part in data.parts:
        assert part.label in printed and part.file in printed
        if part.skipped:
            continue
        on_disk = _headers_on_disk(case.folder / part.file, part.sheet)
        assert set(part.headers) == set(on_disk), part.where
        named = set(part.used) | set(part.extras) | set(part.ignored)
        assert named == set(on_disk), f"{part.where}: not named: {set(on_disk) - named}"
        for header in on_disk:
            assert header in printed, f"{part.where}: '{header}' not in the validate output"
    accounts = data["accounts"].set_index("account_id")
    assert accounts.loc[case.account, "platform"] == case.platform
    assert accounts.loc[case.account, "role"] == case.role
    if case.name:
        assert accounts.loc[case.account, "name"] == case.name


def test_the_store_holds_each_files_own_totals(cases, history):
    data = store.read_slice(history)
    posts, daily = data["posts"], data["daily"]
    october = posts[posts["published_at"].between("2026-10-01", "2026-10-31 23:59:59")]
    for case in cases.values():
        mine = october[october["account_id"] == case.account]
        assert len(mine) == case.totals.get("posts", len(mine)), case.key
        if case.workbook == "content_performance":  # the audit's totals come from the daily log, checked below
            for metric, expected in case.totals.items():
                if metric != "posts":
                    assert mine[metric].sum() == expected, (case.key, metric)
    wechat = daily[(daily["account_id"] == "brand_wechat") & (daily["date"] >= "2026-10-01")]
    assert wechat["reads"].sum() == cases["wechat"].totals["reads"]  # the 全部 rows of the traffic download
    assert wechat["followers"].notna().all()  # from the user-growth download beside it
    assert len(data["traffic"]) == 31 * 8
    douyin = daily[daily["account_id"] == "brand_douyin"]
    assert douyin[["followers", "followers_net", "reads"]].notna().all().all()  # three metric files, one log
    accounts = data["accounts"].set_index("account_id")
    assert accounts.loc["rival_weibo", "name"] == "品牌官方微博" and bool(accounts.loc["rival_weibo", "verified"])
    bili = daily[daily["account_id"] == "rival_bilibili"]
    assert bili["followers"].tolist() == [45678]  # the crawler's Creators sheet, dated by its crawl time


AUDITED = ("wechat", "douyin", "xiaohongshu")  # the sources with daily downloads


@pytest.fixture(scope="module")
def rendered(cases, history, tmp_path_factory):
    """Every account's content report, and the audit of each account with daily downloads, in one run."""
    out = tmp_path_factory.mktemp("reports")
    config = out / "reports.toml"
    october = '{ start = "2026-10-01", end = "2026-10-31" }'
    content = ", ".join(f'"{c.account}"' for c in cases.values())
    audited = ", ".join(f'"{cases[k].account}"' for k in AUDITED)
    config.write_text(f"""[defaults]
data_dir = "{history}"
output = "{out / 'site'}"
workers = 2
[jobs.content]
notebook = "content_performance"
accounts = [{content}]
period = {october}
[jobs.content_zh]
notebook = "content_performance"
accounts = ["{cases['channels'].account}", "{cases['weibo_crawler'].account}"]
period = {october}
lang = "zh"
[jobs.audit]
notebook = "account_audit"
accounts = [{audited}]
period = {october}
""", encoding="utf-8")
    assert main(["run", "--config", str(config)]) == 0
    pages = {}
    for path in (out / "site").glob("*/*/*.json"):
        notebook, account = path.parent.parent.name, path.parent.name
        lang = "zh" if path.name.endswith(".zh.json") else "en"
        pages[(notebook, account, lang)] = (path.with_suffix(".html").read_text(encoding="utf-8"),
                                           json.loads(path.read_text(encoding="utf-8")))
    return pages


def _page(rendered, cases, key, notebook=None, lang="en"):
    case = cases[key]
    return rendered[(notebook or case.workbook, case.account, lang)]


@pytest.mark.parametrize("key", KEYS)
def test_reports_show_the_files_own_totals(cases, rendered, key):
    _, info = _page(rendered, cases, key)
    assert info["period"]["start"] == "2026-10-01" and info["period"]["end"] == "2026-10-31"
    for metric, expected in cases[key].totals.items():
        assert info["metrics"][metric]["current"] == pytest.approx(expected), metric


@pytest.mark.parametrize("key", AUDITED)
def test_daily_downloads_render_the_audit(cases, rendered, key):
    _, info = _page(rendered, cases, key, "account_audit")
    assert info["metrics"]["posts"]["current"] == cases[key].totals["posts"]
    for metric, value in _expected_signals(cases, key).items():  # the audit reads the platform's own figures too
        if metric == "recommended_share":
            continue  # the traffic table is read in content performance only
        assert info["metrics"][metric]["current"] == pytest.approx(value, rel=1e-5, abs=1e-6), metric


def test_a_report_says_what_its_engagement_is_made_of(cases, rendered):
    page, info = _page(rendered, cases, "wechat")
    assert "Interactions here are made of reposts only: the data has no comments, likes" in page
    assert any("posting hours and slots are not available" in f for f in info["findings"])
    assert info["metrics"]["active_hour_share"]["current"] is None  # dates only: no share of hours


def test_dates_without_times_give_no_slot_advice(cases, rendered):
    page, info = _page(rendered, cases, "channels", lang="zh")
    assert info["best_slots"] == []
    assert "导出数据只有发布日期、没有时间，因此不推荐发布时段。" in page
    assert "发布时间只有日期" in page


def test_crawled_posts_without_reads_say_what_is_shown_instead(cases, rendered):
    page, info = _page(rendered, cases, "weibo_crawler")
    assert info["metrics"]["reads"]["current"] is None and info["metrics"]["engagement_rate"]["current"] is None
    assert any("The export gives no reads" in f and "interactions per post" in f for f in info["findings"])
    assert "The posts carry no reads" in page
    zh, _ = _page(rendered, cases, "weibo_crawler", lang="zh")
    assert "内容数据没有阅读数" in zh and "The posts carry" not in zh


def test_rounded_crawler_counts_are_said_to_be_approximate(cases, rendered):
    page, _ = _page(rendered, cases, "mediacrawler_kuaishou")
    assert "Some reads figures are rounded by the platform (e.g. 1.2万)" in page


def test_no_follower_total_is_said_not_guessed(cases, rendered):
    page, info = _page(rendered, cases, "xiaohongshu", "account_audit")
    net = pd.read_excel(cases["xiaohongshu"].folder / "近30日涨粉数据.xlsx", sheet_name="净涨粉", engine="openpyxl")["数值"].sum()
    assert info["metrics"]["followers_net"]["current"] == net  # from the 净涨粉 sheet
    assert info["metrics"]["growth_rate"]["current"] is None and info["metrics"]["followers"]["current"] is None
    assert "No daily file gives the follower total" in page
    assert any("The exports give no follower total" in f for f in info["findings"])
    assert not any("not available of the" in f for f in info["findings"])


def test_sources_are_read_from_the_bytes_not_the_name(cases, tmp_path):
    """The same WeChat download re-saved as .xlsx, and an .xlsx saved as .xls, read alike."""
    source = cases["wechat"].folder / "用户增长_20261101.xls"
    [sheet] = read_sheets(source)
    frame = sheet.body(0)
    frame.to_excel(tmp_path / "用户增长_resaved.xlsx", index=False)
    (tmp_path / "misnamed.xls").write_bytes((tmp_path / "用户增长_resaved.xlsx").read_bytes())
    for name in ("用户增长_resaved.xlsx", "misnamed.xls"):
        data = load_dataset(tmp_path / name, account_id="w")
        assert not data.problems and len(data["daily"]) == len(frame)
        assert data.parts[0].format == "wechat_user_growth"


def _pct(series: pd.Series) -> pd.Series:
    """'28.6%' → 0.286; '-' (no such figure) → NaN."""
    return pd.to_numeric(series.astype(str).str.rstrip("%"), errors="coerce") / 100


def _seconds(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series.astype(str).str.rstrip("秒"), errors="coerce")


def _weighted(rate: pd.Series, base: pd.Series) -> float:
    known = rate.notna() & base.notna()
    return float((rate[known] * base[known]).sum() / base[known].sum())


def _recommended(path) -> float:
    t = pd.read_csv(path, encoding="gb18030")
    t = t[(t["日期"] >= "2026-10-01") & (t["渠道"] != "全部")]
    return float(t.loc[t["渠道"] == "推荐", "阅读次数"].sum() / t["阅读次数"].sum())


def _expected_signals(cases, key) -> dict[str, float]:
    """Each platform's own figures for October, computed here from the files as written (not by the library)."""
    folder = cases[key].folder
    if key == "douyin":
        f = pd.read_excel(folder / "作品数据_20261101.xlsx", engine="openpyxl")
        f = f[pd.to_datetime(f["发布时间"]) >= "2026-10-01"]
        plays, cover = f["播放量"].astype(float), _pct(f["封面点击率"])
        return {"completion_rate": _weighted(_pct(f["完播率"]), plays), "completion_5s_rate": _weighted(_pct(f["5s完播率"]), plays),
                "bounce_2s_rate": _weighted(_pct(f["2s跳出率"]), plays), "avg_watch_seconds": _weighted(_seconds(f["平均播放时长"]), plays),
                "cover_click_rate": plays.sum() / (plays / cover).sum(), "favorites": f["收藏量"].sum()}
    if key == "xiaohongshu":
        f = pd.read_excel(folder / "笔记列表明细表.xlsx", header=1, engine="openpyxl")
        f = f[pd.to_datetime(f["首次发布时间"], format="%Y年%m月%d日%H时%M分%S秒") >= "2026-10-01"]
        views = f["观看量"].astype(float)
        return {"click_rate": views.sum() / f["曝光"].sum(), "saves_per_like": f["收藏"].sum() / f["点赞"].sum(),
                "favorites": f["收藏"].sum(), "avg_watch_seconds": _weighted(_seconds(f["人均观看时长"]), views),
                "cover_click_rate": views.sum() / (views / _pct(f["封面点击率"])).sum()}
    if key == "wechat":
        f = pd.read_excel(folder / "已通知内容_数据明细.xlsx", engine="openpyxl")
        f = f[f["发表时间"].astype(str) >= "20261001"]
        reads = pd.to_numeric(f["总阅读次数"].replace("10万+", "100001"))
        return {"open_rate": f["公众号消息阅读次数"].sum() / f["送达人数"].sum(),
                "first_share_rate": f["首次分享次数"].sum() / f["公众号消息阅读次数"].sum(),
                "reads_per_share": f["分享产生阅读次数"].sum() / f["总分享次数"].sum(),
                "read_completion_rate": _weighted(_pct(f["阅读完成率"]), reads),
                "recommended_share": _recommended(folder / "流量分析_明细.csv")}
    if key == "channels":
        f = pd.read_excel(folder / "视频号_动态数据.xlsx", engine="openpyxl")
        f = f[pd.to_datetime(f["发布时间"]) >= "2026-10-01"]
        plays = f["播放量"].astype(float)
        return {"completion_rate": _weighted(_pct(f["完播率"]), plays), "avg_watch_seconds": _weighted(_seconds(f["平均播放时长"]), plays),
                "recommends": f["推荐"].sum()}
    if key == "mediacrawler_bilibili":
        f = pd.read_excel(folder / "bilibili_creator_20261101_120000.xlsx", sheet_name="Contents", engine="openpyxl")
        f = f[pd.to_datetime(f["create_time"], unit="s", utc=True).dt.tz_convert("Asia/Shanghai") >= pd.Timestamp("2026-10-01", tz="Asia/Shanghai")]
        n = {c: f[c].astype(float) for c in ("liked_count", "video_coin_count", "video_favorite_count", "video_play_count", "video_danmaku")}
        return {"triple_rate": (n["liked_count"] + n["video_coin_count"] + n["video_favorite_count"]).sum() / n["video_play_count"].sum(),
                "coins": n["video_coin_count"].sum(), "danmaku": n["video_danmaku"].sum(), "favorites": n["video_favorite_count"].sum()}
    raise KeyError(key)


@pytest.mark.parametrize("key", ["douyin", "xiaohongshu", "wechat", "channels", "mediacrawler_bilibili"])
def test_each_platform_is_read_by_its_own_signals(cases, rendered, key):
    page, info = _page(rendered, cases, key, "content_performance")
    expected = _expected_signals(cases, key)
    for metric, value in expected.items():
        assert info["metrics"][metric]["current"] == pytest.approx(value, rel=1e-5, abs=1e-6), metric  # the JSON keeps 6 decimals
    assert "Platform signals" in page
