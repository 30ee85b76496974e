"""Declared export formats, value shapes and combining one account's files (unit tier)."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from socialops.cli import main
from socialops.data import formats as F
from socialops.data.load import load_dataset
from socialops.data.parse import parse_datetime, parse_fraction, parse_number, parse_seconds

from conftest import write_csv

DOUYIN = ("作品名称,发布时间,体裁,播放量,完播率,点赞量,评论量,分享量\n"
          "第一条,2026-10-01 20:00,1-3min视频,1200,12.5%,30,4,2\n"
          "第二条,2026-10-02 20:00,图文,800,-,10,1,0\n")


def test_rates_durations_and_counts_as_platforms_write_them():
    rates, bad = parse_fraction(pd.Series(["28.64%", "0.5", "-", "45", "12 %"]))
    assert rates.iloc[0] == pytest.approx(0.2864) and rates.iloc[1] == 0.5 and pd.isna(rates.iloc[2])
    assert bad.tolist() == [False, False, False, True, False]  # a bare 45 could be a percent or a count: refused
    seconds, bad = parse_seconds(pd.Series(["10.59秒", "1分23秒", "00:01:23", "1:23", "83s", "2小时", "soon"]))
    assert seconds.iloc[:6].tolist() == [10.59, 83, 83, 83, 83, 7200] and bad.tolist() == [False] * 6 + [True]
    values, bad, lower, approx = parse_number(pd.Series(["1.2w", "3.4k", "1w+", "100万+", "2万"]))
    assert values.tolist() == [12000, 3400, 10001, 1000001, 20000]
    assert lower.tolist() == [False, False, True, True, False] and approx.tolist() == [True, True, False, False, True]


def test_times_in_every_shape_become_local_clock_time():
    raw = pd.Series(["2026年07月30日21时14分52秒", "2026/06/23", "20260503", "2026-05-03T10:00:00+00:00",
                     "1777777777", "1777777777000"])
    values, bad = parse_datetime(raw)
    assert not bad.any()
    assert values.dt.strftime("%Y-%m-%d %H:%M:%S").tolist() == [
        "2026-07-30 21:14:52", "2026-06-23 00:00:00", "2026-05-03 00:00:00", "2026-05-03 18:00:00",
        "2026-05-03 11:09:37", "2026-05-03 11:09:37"]  # epochs and offsets in Asia/Shanghai


def test_an_unknown_file_names_its_headers_and_the_nearest_formats(tmp_path):
    write_csv(tmp_path, "export.csv", "作品名称,上传时间,点赞量\n一,2026-10-01,3\n")
    [problem] = load_dataset(tmp_path, account_id="a").problems
    assert "headers seen: 作品名称, 上传时间, 点赞量" in problem.message
    assert "Douyin creator centre" in problem.message and "would need 发布时间, 播放量" in problem.message


def test_platform_from_the_format_and_a_contradicting_flag_refused(tmp_path, capsys):
    write_csv(tmp_path, "works.csv", DOUYIN)
    data = load_dataset(tmp_path, account_id="dy")
    assert data["accounts"].to_dict("records")[0] | {} == {"account_id": "dy", "platform": "douyin", "role": "own", "name": "dy"}
    assert main(["validate", str(tmp_path), "--account", "dy", "--platform", "weibo"]) == 1
    assert "--platform weibo contradicts it" in capsys.readouterr().err


def test_platform_export_values_map_onto_the_contract(tmp_path):
    write_csv(tmp_path, "works.csv", DOUYIN)
    posts = load_dataset(tmp_path, account_id="dy")["posts"]
    assert posts["format"].tolist() == ["video", "image"] and posts["format_label"].tolist() == ["1-3min视频", "图文"]
    assert posts["completion_rate"].iloc[0] == pytest.approx(0.125) and pd.isna(posts["completion_rate"].iloc[1])


def test_derived_ids_survive_an_edited_title_and_a_clash_is_explained(tmp_path):
    write_csv(tmp_path / "a", "works.csv", DOUYIN)
    write_csv(tmp_path / "b", "works.csv", DOUYIN.replace("第一条", "第一条（改）"))
    first = load_dataset(tmp_path / "a", account_id="dy")["posts"]["post_id"].tolist()
    assert load_dataset(tmp_path / "b", account_id="dy")["posts"]["post_id"].tolist() == first
    twice = DOUYIN + "第二条,2026-10-02 20:00,图文,800,-,10,1,0\n"
    write_csv(tmp_path / "c", "works.csv", twice)
    [problem] = load_dataset(tmp_path / "c", account_id="dy").problems
    assert "rows 3, 4 have the same publish time" in problem.message and "post_id" not in problem.message


def test_a_crawl_of_several_authors_is_not_one_account(tmp_path):
    lines = [{"note_id": f"n{i}", "liked_count": "1", "collected_count": "0", "time": 1790000000000,
              "user_id": f"u{i % 2}", "nickname": f"作者{i % 2}"} for i in range(4)]
    (tmp_path / "search_contents_2026-11-01.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines))
    [problem] = load_dataset(tmp_path, account_id="x").problems
    assert "2 different authors" in problem.message and "creator mode" in problem.message


def test_a_broken_json_line_is_named(tmp_path):
    (tmp_path / "c.jsonl").write_text('{"note_id": "1", "liked_count": "1", "collected_count": "1"}\n{"note_id": \n')
    [problem] = load_dataset(tmp_path, account_id="x").problems
    assert "line 2 is not a JSON record" in problem.message


def test_per_channel_traffic_gives_daily_reads(tmp_path):
    write_csv(tmp_path / "with_total", "t.csv", "日期,渠道,阅读次数\n2026-10-01,全部,100\n2026-10-01,朋友圈,60\n"
                                                  "2026-10-01,推荐,39\n")
    write_csv(tmp_path / "channels_only", "t.csv", "日期,渠道,阅读次数\n2026-10-01,朋友圈,60\n2026-10-01,推荐,39\n")
    assert load_dataset(tmp_path / "with_total", account_id="w")["daily"]["reads"].tolist() == [100]  # 全部 as given
    data = load_dataset(tmp_path / "channels_only", account_id="w")
    assert data["daily"]["reads"].tolist() == [99] and data["traffic"]["channel"].tolist() == ["moments", "recommended"]
    assert any(w.key == "notice_no_follower_totals" for w in data.warnings)


def test_metric_per_file_downloads_merge_on_their_date(tmp_path):
    for metric, values in (("总粉丝量", [100, 110]), ("播放量", [5, 7])):
        pd.DataFrame({"日期": ["2026-10-01", "2026-10-02"], metric: values}).to_excel(tmp_path / f"{metric}.xlsx", index=False)
    daily = load_dataset(tmp_path, account_id="dy", platform="douyin")["daily"]
    assert daily[["followers", "reads"]].values.tolist() == [[100, 5], [110, 7]]


def test_a_trend_sheet_whose_metric_is_unknown_is_named_not_dropped(tmp_path, capsys):
    with pd.ExcelWriter(tmp_path / "dashboard.xlsx") as writer:
        pd.DataFrame({"指标": ["新增关注"], "数值": [3]}).to_excel(writer, sheet_name="总览", index=False)
        pd.DataFrame({"日期": ["2026-10-01"], "数值": [3]}).to_excel(writer, sheet_name="新增关注", index=False)
        pd.DataFrame({"日期": ["2026-10-01"], "数值": [9]}).to_excel(writer, sheet_name="神秘指标", index=False)
    assert main(["validate", str(tmp_path), "--account", "x"]) == 0
    out = capsys.readouterr().out
    assert "[神秘指标]" in out and "names no metric socialops knows" in out and "[总览]" in out


def test_old_binary_xls_reads(tmp_path):
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook()
    sheet = book.add_sheet("Sheet1")
    for c, header in enumerate(["时间", "新关注人数", "取消关注人数", "净增关注人数", "累积关注人数"]):
        sheet.write(0, c, header)
    for c, value in enumerate(["2026-10-01", 12, 3, 9, 1009]):
        sheet.write(1, c, value)
    book.save(str(tmp_path / "用户分析.xls"))
    data = load_dataset(tmp_path, account_id="w")
    assert not data.problems and data["daily"]["followers"].tolist() == [1009]
    assert data.parts[0].format == "wechat_user_growth"


def test_every_declared_format_maps_onto_contract_columns():
    from socialops.data import contract as C

    for fmt in F.FORMATS:
        table = C.TABLES.get(fmt.table)
        known = {c.name for c in table.columns} if table else {"name", "verified", "bio", "created_on", "followers",
                                                                 "date", "platform_user_id"}
        for header, columns in fmt.columns.items():
            for column in (columns,) if isinstance(columns, str) else columns:
                assert column in known or (column == "value" and fmt.metric_from_sheet) or column in F.DAILY_METRICS.values(), \
                    (fmt.key, header, column)
        assert fmt.platform in (None, *C.PLATFORMS)


def test_ingest_of_nothing_readable_exits_1(tmp_path, capsys):
    write_csv(tmp_path / "junk", "notes.csv", "hello,world\n1,2\n")
    assert main(["ingest", str(tmp_path / "junk"), "--account", "a", "--store", str(tmp_path / "s.duckdb")]) == 1
    assert "nothing could be read" in capsys.readouterr().err


def test_the_same_bytes_for_another_account_are_a_new_ingest(tmp_path, capsys):
    write_csv(tmp_path / "x", "works.csv", DOUYIN)
    target = str(tmp_path / "s.duckdb")
    assert main(["ingest", str(tmp_path / "x"), "--account", "dy1", "--store", target]) == 0
    assert main(["ingest", str(tmp_path / "x"), "--account", "dy2", "--store", target]) == 0
    assert main(["ingest", str(tmp_path / "x"), "--account", "dy2", "--store", target]) == 0
    out = capsys.readouterr().out
    assert out.count("ingested   works.csv") == 2 and out.count("unchanged  works.csv") == 1
