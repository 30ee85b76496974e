"""Validation: one test per kind of bad input, each naming file, column, rows and what was expected."""
from __future__ import annotations

import pytest

from socialops.data.load import load_dataset, read_dataset
from socialops.data.problems import DataError

from conftest import write_csv

ACCOUNTS = "account_id,platform,name,role\na1,weibo,A,own\n"


def problems(folder, **kw):
    return load_dataset(folder, **kw).problems


def only(found, column=None):
    assert len(found) == 1, [str(p) for p in found]
    if column:
        assert found[0].column == column
    return found[0]


def test_required_column_missing(tmp_path):
    write_csv(tmp_path, "daily.csv", "date,account_id,posts\n2026-10-01,a1,3\n")
    p = only(problems(tmp_path), "followers")
    assert p.file == "daily.csv" and "required column missing" in p.message


def test_negative_counts(tmp_path):
    write_csv(tmp_path, "daily.csv", "date,account_id,followers\n2026-10-01,a1,10\n2026-10-02,a1,-4\n")
    p = only(problems(tmp_path), "followers")
    assert p.rows == [3] and "non-negative" in p.message


def test_negative_net_growth_is_allowed(tmp_path):
    write_csv(tmp_path, "daily.csv", "date,account_id,followers,followers_net\n2026-10-01,a1,10,-4\n")
    assert problems(tmp_path) == []


def test_duplicate_keys(tmp_path):
    write_csv(tmp_path, "daily.csv", "date,account_id,followers\n2026-10-01,a1,10\n2026-10-01,a1,11\n2026-10-02,a1,12\n")
    p = only(problems(tmp_path))
    assert p.rows == [2, 3] and "duplicate key" in p.message


def test_unparseable_dates(tmp_path):
    write_csv(tmp_path, "daily.csv", "date,account_id,followers\n2026-10-01,a1,10\nyesterday,a1,11\n")
    p = only(problems(tmp_path), "date")
    assert p.rows == [3] and "YYYY-MM-DD" in p.message


def test_text_in_numeric_columns(tmp_path):
    write_csv(tmp_path, "daily.csv", "date,account_id,followers,reads\n2026-10-01,a1,10,lots\n")
    p = only(problems(tmp_path), "reads")
    assert p.rows == [2] and "expected a number" in p.message


def test_fractional_counts(tmp_path):
    write_csv(tmp_path, "daily.csv", "date,account_id,followers\n2026-10-01,a1,10.5\n")
    assert "whole number" in only(problems(tmp_path), "followers").message


def test_ids_outside_the_pattern(tmp_path):
    write_csv(tmp_path, "posts.csv", "post_id,account_id,published_at\n../x,a1,2026-10-01 10:00\nok-1,a1,2026-10-01 11:00\n")
    p = only(problems(tmp_path), "post_id")
    assert p.rows == [2] and "'../x'" in p.message


def test_empty_file(tmp_path):
    write_csv(tmp_path, "daily.csv", "")
    p = only(problems(tmp_path))
    assert p.file == "daily.csv" and "empty file" in p.message


def test_non_text_file(tmp_path):
    (tmp_path / "posts.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "not a text file" in only(problems(tmp_path)).message


def test_broken_workbook(tmp_path):
    (tmp_path / "daily.xlsx").write_bytes(b"this is not a zip file")
    assert "Excel workbook" in only(problems(tmp_path)).message


def test_posts_whose_account_is_unknown(tmp_path):
    write_csv(tmp_path, "accounts.csv", ACCOUNTS)
    write_csv(tmp_path, "posts.csv", "post_id,account_id,published_at\np1,a1,2026-10-01 10:00\np2,ghost,2026-10-01 11:00\n")
    p = only(problems(tmp_path), "account_id")
    assert p.file == "posts.csv" and p.rows == [3] and "ghost" in p.message


def test_unknown_enum_value(tmp_path):
    write_csv(tmp_path, "accounts.csv", "account_id,platform,name,role\na1,myspace,A,own\n")
    assert "weibo" in only(problems(tmp_path), "platform").message


def test_export_without_account_needs_the_option(tmp_path):
    write_csv(tmp_path, "数据概览.csv", "日期,粉丝数\n2026-10-01,10\n")
    assert "--account" in only(problems(tmp_path), "account_id").message
    assert problems(tmp_path, account_id="a1") == []


def test_campaign_ending_before_it_starts(tmp_path):
    write_csv(tmp_path, "campaigns.csv", "campaign_id,account_id,name,kind,start,end\nc1,a1,X,joint,2026-10-05,2026-10-01\n")
    assert "ends before" in only(problems(tmp_path), "end").message


def test_missing_folder_and_folder_without_data(tmp_path):
    assert "no such file" in only(problems(tmp_path / "nope")).message
    (tmp_path / "notes.md").write_text("hi")
    assert "no data files" in only(problems(tmp_path)).message


def test_read_dataset_raises_one_error_listing_every_problem(tmp_path):
    write_csv(tmp_path, "daily.csv", "date,account_id,followers\nbad,a1,-1\n")
    with pytest.raises(DataError) as caught:
        read_dataset(tmp_path)
    assert len(caught.value.problems) == 2
    text = str(caught.value)
    assert "daily.csv, column 'date', row 2" in text and "daily.csv, column 'followers', row 2" in text


def test_rows_list_is_capped_in_messages(tmp_path):
    body = "".join(f"2026-10-{d:02d},a1,x\n" for d in range(1, 10))
    write_csv(tmp_path, "daily.csv", "date,account_id,followers\n" + body)
    assert "(and 4 more)" in str(only(problems(tmp_path)))


def test_duplicate_pair_found_when_neither_part_is_unique_alone(tmp_path):
    # one follower may follow two accounts; the same (account, follower) twice is a duplicate
    write_csv(tmp_path, "followers.csv", "account_id,follower_id,follower_followers\n"
                                         "a1,f1,3\na2,f1,3\na1,f2,5\na1,f2,6\n")
    p = only(problems(tmp_path), "account_id, follower_id")
    assert p.rows == [4, 5]
