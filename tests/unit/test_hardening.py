"""Faults that used to pass silently: each is refused or handled explicitly, with file and place."""
from __future__ import annotations

import pytest

from socialops.data.load import load_dataset

from conftest import write_csv

UTF8 = "日期,粉丝数,标题\n2026-10-01,100,秋季新品\n2026-10-02,200,会员日\n"


def _problems(tmp_path, data: bytes, name: str = "daily.csv"):
    (tmp_path / name).write_bytes(data)
    return [str(p) for p in load_dataset(tmp_path, account_id="a").problems]


def test_a_damaged_byte_in_utf8_is_refused_with_its_place(tmp_path):
    data = bytearray(UTF8.encode("utf-8"))
    data[30] = 0xFF
    [problem] = _problems(tmp_path, bytes(data))
    assert "line 2 (byte offset 30) is not valid UTF-8 while the rest of the file is" in problem


def test_one_gb18030_row_in_a_utf8_file_is_refused(tmp_path):
    data = UTF8.encode("utf-8") + "2026-10-03,300,国庆\n".encode("gb18030")
    [problem] = _problems(tmp_path, data)
    assert "line 4" in problem and "mixes encodings" in problem


def test_a_utf8_mark_in_front_of_gb18030_is_refused(tmp_path):
    [problem] = _problems(tmp_path, b"\xef\xbb\xbf" + UTF8.encode("gb18030"))
    assert "starts with a UTF-8 byte-order mark" in problem and "re-save the file as UTF-8" in problem


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8", "utf-8-sig"])
def test_whole_files_in_one_encoding_read(tmp_path, encoding):
    write_csv(tmp_path, "daily.csv", UTF8, encoding)
    data = load_dataset(tmp_path, account_id="a")
    assert not data.problems and data["daily"]["followers"].tolist() == [100, 200]


@pytest.mark.parametrize("header", ["日期,阅读数,粉丝数,阅读量", "日期,粉丝数,阅读数,阅读数"])
def test_two_columns_for_one_contract_column_are_refused(tmp_path, header):
    write_csv(tmp_path, "daily.csv", header + "\n2026-10-01,1,100,2\n")
    problems = load_dataset(tmp_path, account_id="a").problems
    assert any("both hold" in p.message and "keep one of them" in p.message for p in problems), problems


def test_a_header_with_invisible_characters_is_read_and_said(tmp_path):
    write_csv(tmp_path, "daily.csv", "日期,粉丝\u200b数\n2026-10-01,100\n")
    data = load_dataset(tmp_path, account_id="a")
    assert not data.problems and data["daily"]["followers"].tolist() == [100]
    assert any(w.key == "notice_invisible_header" for w in data.warnings)


@pytest.mark.parametrize("value, expected", [
    ("inf", "expected a number"), ("NaN", "expected a number"), ("1e30", "implausibly large"),
])
def test_implausible_numbers_are_refused(tmp_path, value, expected):
    write_csv(tmp_path, "daily.csv", f"date,account_id,followers,reads\n2026-10-01,a,100,{value}\n")
    [problem] = load_dataset(tmp_path).problems
    assert expected in problem.message and problem.column == "reads" and problem.rows == [2]


@pytest.mark.parametrize("day", ["1999-12-31", "2999-01-01"])
def test_dates_outside_the_platforms_years_are_refused(tmp_path, day):
    write_csv(tmp_path, "daily.csv", f"date,account_id,followers\n2026-10-01,a,100\n{day},a,101\n")
    [problem] = load_dataset(tmp_path).problems
    assert "a date before 2000 or after" in problem.message and problem.rows == [3]


def test_a_bare_number_among_written_dates_is_not_read_as_a_date(tmp_path):
    write_csv(tmp_path, "daily.csv", "date,account_id,followers\n2026-10-01,a,100\n46300,a,101\n")
    [problem] = load_dataset(tmp_path).problems
    assert "a bare number among written dates" in problem.message and problem.rows == [3]


def test_a_post_before_its_account_existed_is_refused(tmp_path):
    write_csv(tmp_path, "accounts.csv", "account_id,platform,name,role,created_on\na,weibo,A,own,2026-05-01\n")
    write_csv(tmp_path, "posts.csv", "post_id,account_id,published_at\np1,a,2026-04-30 10:00\np2,a,2026-05-02 10:00\n")
    [problem] = load_dataset(tmp_path).problems
    assert "published before its account was created" in problem.message and problem.rows == [2]


def test_validate_and_ingest_refuse_alike(tmp_path, capsys):
    from socialops.cli import main

    write_csv(tmp_path / "x", "daily.csv", "date,account_id,followers\n2999-10-01,a,100\n")
    assert main(["validate", str(tmp_path / "x")]) == 1
    assert main(["ingest", str(tmp_path / "x"), "--store", str(tmp_path / "s.duckdb")]) == 1
    err = capsys.readouterr().err
    assert err.count("a date before 2000 or after") == 2


def test_trailing_commas_are_not_columns_and_a_stray_value_is_refused(tmp_path):
    write_csv(tmp_path / "a", "daily.csv", "date,account_id,followers\n2026-10-01,a,1,\n2026-10-02,a,2,\n")
    daily = load_dataset(tmp_path / "a")["daily"]
    assert daily["date"].dt.day.tolist() == [1, 2] and daily["followers"].tolist() == [1, 2]  # not shifted a column
    write_csv(tmp_path / "b", "daily.csv", "date,account_id,followers\n2026-10-01,a,1\n2026-10-02,a,2,x\n")
    [problem] = load_dataset(tmp_path / "b").problems
    assert "line(s) 3 have more fields than the header's 3" in problem.message


def test_notes_and_lock_files_beside_exports_are_reported_and_left_alone(tmp_path, capsys):
    from socialops.cli import main

    write_csv(tmp_path, "daily.csv", "date,account_id,followers\n2026-10-01,a,1\n")
    write_csv(tmp_path, "README.txt", "exports downloaded on Monday\n")
    (tmp_path / "~$daily.xlsx").write_bytes(b"locked")
    assert main(["validate", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "README.txt" in out and "~$daily.xlsx" in out and "left alone" in out


@pytest.mark.parametrize("name, data, expected", [
    ("posts.parquet", b"PAR1garbagePAR1", "could not read as a Parquet file"),
    ("daily.xlsx", b"PK\x03\x04broken", "could not read as an Excel workbook"),
])
def test_damaged_binary_files_say_so(tmp_path, name, data, expected):
    [problem] = _problems(tmp_path, data, name)
    assert expected in problem


def test_dollar_signs_in_names_are_plain_text_in_charts():
    import pandas as pd

    from socialops.format import NUMBER
    from socialops.report import charts

    names = {"a": "$$ Deals $x^2$", "b": "50% off $"}
    fig = charts.account_bars(pd.Series({"a": 1.0, "b": 2.0}), names, "a", "Engagement $per$ post", NUMBER)
    assert charts.to_png(fig)[:4] == b"\x89PNG"  # TeX parsing of "$$" used to raise
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["$$ Deals $x^2$", "50% off $"]


@pytest.mark.parametrize("account", [".", "..", "a" * 129])
def test_ids_that_cannot_be_folder_names_are_refused(tmp_path, account):
    write_csv(tmp_path, "daily.csv", f"date,account_id,followers\n2026-10-01,{account},1\n")
    [problem] = load_dataset(tmp_path).problems
    assert problem.column == "account_id" and "not '.' or '..'" in problem.message


@pytest.mark.parametrize("part", [".", "..", "a/b", "x" * 256])
def test_subjects_are_checked_again_before_they_become_paths(tmp_path, part):
    from socialops.paths import inside

    with pytest.raises(ValueError, match="as a file name"):
        inside(tmp_path, "account_audit", part, "2026-10.html")


@pytest.mark.parametrize("schedule, expected", [
    ("0 0 31 2 *", "never fires"), ("0 0 9 * * MON", "has six"), ("0 9 * * 1 30", "has six"), ("every day", "not a cron expression"),
])
def test_cron_expressions_that_would_not_run_as_meant_are_refused(schedule, expected):
    from socialops.batch.config import cron_problem

    assert expected in cron_problem(schedule)
    assert cron_problem("0 9 * * MON") is None and cron_problem("0 9 1 * *") is None


@pytest.mark.parametrize("timeout", ["0", "-5"])
def test_a_timeout_must_be_above_zero(timeout, capsys):
    from socialops.cli import main

    assert main(["render", "account_audit", "--timeout", timeout]) == 1
    assert "--timeout takes the seconds a cell may run, above 0" in capsys.readouterr().err


@pytest.mark.parametrize("params, expected", [
    ('{ lang = "fr" }', "parameter 'lang' takes 'en' or 'zh'; got 'fr'"),
    ('{ acount_id = "own_weibo" }', "has no parameter 'acount_id' (did you mean 'account_id'?)"),
    ('{ "x=__import__(\'os\').system(\'touch pwned\')#" = 1 }', "is not a name a notebook can declare"),
    ('{ api_key = "abc" }', "looks like a secret"),
    ('{ top_n = "abc" }', "has no parameter 'top_n'"),
])
def test_reports_toml_params_are_declared_names_with_literal_values(tmp_path, params, expected):
    from socialops.batch.config import ConfigError, load_config

    config = tmp_path / "reports.toml"
    config.write_text(f'[defaults]\ndata_dir = "data/sample"\n[jobs.audit]\nnotebook = "account_audit"\n'
                      f'accounts = ["own_weibo"]\nparams = {params}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="params") as caught:
        load_config(config)
    assert expected in str(caught.value)
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize("name, value, expected", [
    ("x=__import__('os').system('touch pwned')#", "1", "is not a name a notebook can declare"),
    ("acount_id", "own_weibo", "did you mean 'account_id'?"),
    ("top_n", "abc", "parameter 'top_n' takes a whole number; got 'abc'"),
    ("start", "2026-13-45", "takes a date (YYYY-MM-DD) or none"),
])
def test_render_refuses_undeclared_names_and_mistyped_values_before_running(tmp_path, name, value, expected, capsys):
    from socialops.cli import main

    assert main(["render", "content_performance", "-p", name, value, "-o", str(tmp_path / "r.html")]) == 1
    assert expected in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "r.failed.html").exists()


@pytest.mark.parametrize("name, secret", [
    ("api_key", True), ("authToken", True), ("session_id", True), ("private_pem", True), ("pat", True),
    ("bearer", True), ("cookie", True), ("pwd", True), ("passphrase", True), ("authorization", True),
    ("monkey", False), ("keyword_filter", False), ("top_n", False), ("account_id", False), ("patterns", False),
])
def test_secret_names_are_judged_by_their_parts(name, secret):
    from socialops.publish.params import looks_like_secret

    assert looks_like_secret(name) is secret


@pytest.mark.parametrize("kind", ["csv", "folder", "truncated"])
def test_a_store_that_is_not_one_is_refused_and_left_as_it_was(tmp_path, kind, capsys):
    from socialops.cli import main
    from socialops.data import store

    if kind == "csv":
        target = tmp_path / "daily.csv"
        target.write_text("date,followers\n2026-10-01,1\n", encoding="utf-8")
    elif kind == "folder":
        target = tmp_path
    else:
        good = tmp_path / "good.duckdb"
        store.connect(good).close()
        target = tmp_path / "cut.duckdb"
        target.write_bytes(good.read_bytes()[:5000])
    before = target.read_bytes() if target.is_file() else None
    write_csv(tmp_path / "x", "daily.csv", "date,account_id,followers\n2026-10-01,a,1\n")
    assert main(["ingest", str(tmp_path / "x"), "--store", str(target)]) == 1
    assert main(["store", "info", "--store", str(target)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("error: ") == 2
    assert {"csv": "is not a socialops store", "folder": "is a folder, not a store",
            "truncated": "may be damaged"}[kind] in err
    if before is not None:
        assert target.read_bytes() == before


def test_a_full_disk_is_named_and_the_files_before_it_stay_in(tmp_path, sample_dir, monkeypatch, capsys):
    """DuckDB's own words for a full disk, then "cannot rollback": the first is the one said."""
    import duckdb

    from socialops.cli import main
    from socialops.data import store

    merge = store._merge

    def full(con, stored, frame, name, now):
        if stored == "posts":
            raise duckdb.IOException('IO Error: Could not write file "s.duckdb.wal": No space left on device')
        return merge(con, stored, frame, name, now)

    monkeypatch.setattr(store, "_merge", full)
    target = tmp_path / "s.duckdb"
    assert main(["ingest", str(sample_dir), "--store", str(target)]) == 1
    out, err = capsys.readouterr()
    assert "error: nothing from posts.csv was stored: the disk is full" in err and "Traceback" not in err
    assert "ingested   daily.csv" in out  # the files before it are in, and said to be
    monkeypatch.setattr(store, "_merge", merge)
    with store.connect(target, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM posts").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM daily").fetchone()[0] > 0


def test_the_scheduler_goes_on_when_a_run_fails():
    from datetime import datetime

    from socialops.batch.scheduler import Scheduler

    calls = []

    def failing(jobs):
        calls.append(jobs)
        raise RuntimeError("the store is in use by another process")

    from types import SimpleNamespace

    job = SimpleNamespace(name="audit")
    scheduler = Scheduler.__new__(Scheduler)
    scheduler.run_jobs, scheduler._remember = failing, lambda jobs, when: calls.append("remembered")
    scheduler.fire([job], datetime(2026, 11, 23, 9), "scheduled")  # logs the failure, does not raise
    assert calls == [[job], "remembered"]


def test_a_chinese_report_names_its_data_problems_in_chinese(tmp_path):
    """A zh report that stops on bad data says where and what in Chinese (it said it in English); logs keep English."""
    from socialops.data.problems import DataError, Problem, set_report_lang
    from socialops.report.workbook import Workbook

    rows = "".join(f"2026-10-{d:02d},a,{'x' if d > 1 else 1}\n" for d in range(1, 9))  # 7 bad cells: rows 3-9
    write_csv(tmp_path, "daily.csv", "date,account_id,followers\n" + rows)
    try:
        with pytest.raises(DataError) as stopped:
            Workbook.open("account_audit", str(tmp_path), "a", "2026-10-01", "2026-10-31", "zh", show=False)
        shown = stopped.value._render_traceback_()
    finally:
        set_report_lang("en")
    assert shown == ["输入数据有问题：daily.csv，列“followers”，第 3、4、5、6、7 行（另有 2 行）："
                     "应为数字（如 1234、1,234、1.2万 或 10万+）"]
    assert str(stopped.value) == ("Input data problem: daily.csv, column 'followers', rows 3, 4, 5, 6, 7 (and 2 more): "
                                  "expected a number (e.g. 1234, 1,234, 1.2万 or 10万+)")
    two = DataError([stopped.value.problems[0], Problem("x.csv", "an unkeyed message stays English")])
    assert two.render("zh").splitlines() == ["输入数据有 2 个问题，第一个：" + shown[0].removeprefix("输入数据有问题："),
                                             "  - " + shown[0].removeprefix("输入数据有问题："),
                                             "  - x.csv：an unkeyed message stays English"]
