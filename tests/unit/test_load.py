"""Loaders: encodings, formats, header rows, totals rows, aliases and value parsing."""
from __future__ import annotations

import gzip
import pickle

import numpy as np
import pandas as pd
import pytest

from socialops.data.load import load_dataset, read_dataset
from socialops.data.parse import parse_bool, parse_datetime, parse_number

from conftest import write_csv

DAILY_ZH = "日期,粉丝数,新增粉丝,取消关注人数,阅读数,转发数\n2026-10-01,\"1,200\",30,5,10万+,12\n2026-10-02,1225,-,3,1.2万,8\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_reads_utf8_bom_and_gb18030(tmp_path, encoding):
    write_csv(tmp_path, "daily.csv", DAILY_ZH, encoding)
    data = read_dataset(tmp_path, account_id="acc")
    daily = data["daily"]
    assert list(daily["followers"]) == [1200, 1225]
    assert daily["account_id"].unique().tolist() == ["acc"]


def test_values_thousands_wan_lower_bound_and_dash(tmp_path):
    write_csv(tmp_path, "daily.csv", DAILY_ZH)
    daily = read_dataset(tmp_path, account_id="acc")["daily"]
    assert daily["reads"].tolist() == [100001, 12000]
    assert daily["reads_lower_bound"].tolist() == [True, False]
    assert np.isnan(daily.loc[1, "followers_gained"])  # "-" is unknown, not zero


def test_csv_gz(tmp_path):
    (tmp_path / "daily.csv.gz").write_bytes(gzip.compress(DAILY_ZH.encode()))
    assert len(read_dataset(tmp_path, account_id="acc")["daily"]) == 2


def test_xlsx_with_note_row_and_totals_row(tmp_path):
    rows = [["说明：数据来自小红书后台，仅供参考", None, None],
            ["笔记标题", "发布时间", "阅读量"],
            ["秋季新品", "2026-10-01 20:15", 1500],
            ["<b>福利</b>", "2026-10-02 09:05", "2,300"],
            ["合计", None, 3800]]
    pd.DataFrame(rows).to_excel(tmp_path / "笔记数据.xlsx", header=False, index=False)
    data = read_dataset(tmp_path, account_id="xhs")
    posts = data["posts"]
    assert posts["reads"].tolist() == [1500, 2300]
    assert posts["title"].tolist() == ["秋季新品", "<b>福利</b>"]
    assert posts["published_at"].iloc[0] == pd.Timestamp("2026-10-01 20:15")
    assert posts["post_id"].str.startswith("p-").all()  # derived: the export has no id column


def test_excel_serial_dates(tmp_path):
    pd.DataFrame({"日期": [46296, 46297], "粉丝数": [10, 12]}).to_excel(tmp_path / "daily.xlsx", index=False)
    daily = read_dataset(tmp_path, account_id="ch")["daily"]
    assert daily["date"].dt.strftime("%Y-%m-%d").tolist() == ["2026-10-01", "2026-10-02"]


def test_parquet(tmp_path):
    frame = pd.DataFrame({"account_id": ["a"], "follower_id": ["f1"], "follower_followers": [3]})
    frame.to_parquet(tmp_path / "followers.parquet")
    assert read_dataset(tmp_path)["followers"]["follower_followers"].tolist() == [3]


def test_table_recognised_from_headers_and_unknown_columns_kept(tmp_path):
    write_csv(tmp_path, "export_2026.csv", "日期,累积关注人数,新关注人数,备注\n2026-10-01,500,3,x\n")
    data = read_dataset(tmp_path, account_id="wx")
    assert "daily" in data
    assert data["daily"]["备注"].tolist() == ["x"]
    assert any("备注" in w for w in data.warnings)
    assert data.unmapped == {"export_2026.csv": ["备注"]}


def test_aware_datetimes_become_account_local_time(tmp_path):
    write_csv(tmp_path, "accounts.csv", "account_id,platform,name,role,timezone\na,weibo,A,own,Asia/Shanghai\n")
    write_csv(tmp_path, "posts.csv", "post_id,account_id,published_at\np1,a,2026-10-01T01:30:00Z\np2,a,2026-10-01 09:30\n")
    posts = read_dataset(tmp_path)["posts"]
    assert posts["published_at"].tolist() == [pd.Timestamp("2026-10-01 09:30")] * 2


def test_parse_number_cases():
    values, bad, lower, approx = parse_number(pd.Series(["1,234", "10万+", "1.5万", "-", "", "12+", "abc", "￥8.5"]))
    assert approx.tolist() == [False, False, True] + [False] * 5  # a 万 figure is rounded by the platform
    assert values.iloc[:3].tolist() == [1234, 100001, 15000]
    assert values.iloc[3:5].isna().all()
    assert values.iloc[5] == 12 and lower.tolist() == [False, True, False, False, False, True, False, False]
    assert bad.tolist() == [False] * 6 + [True, False]
    assert values.iloc[7] == 8.5


def test_a_column_of_plain_numbers_reads_as_the_cleaning_path_does():
    """Plain numbers skip the cleaning; blanks stay unknown, and a number too long for a float is refused as before."""
    values, bad, lower, approx = parse_number(pd.Series([" 12 ", "-3", "+4.5", "007", None, "-", "1" * 400], dtype=object))
    assert values.iloc[:4].tolist() == [12, -3, 4.5, 7] and values.iloc[4:].isna().all()
    assert bad.tolist() == [False] * 6 + [True] and not lower.any() and not approx.any()
    assert values.dtype == "float64"


def test_parse_datetime_and_bool():
    values, bad = parse_datetime(pd.Series(["2026/10/01", "2026年10月2日", "46296", "later"]))
    assert values.iloc[:3].dt.strftime("%Y-%m-%d").tolist() == ["2026-10-01", "2026-10-02", "2026-10-01"]
    assert bad.tolist() == [False, False, False, True]
    flags, bad = parse_bool(pd.Series(["是", "否", "true", "0", "", "maybe"]))
    assert flags.iloc[:4].tolist() == [True, False, True, False]
    assert bad.tolist() == [False] * 5 + [True]


def test_sample_loads_clean(sample):
    assert set(sample.tables) == {"accounts", "daily", "posts", "followers", "campaigns", "post_snapshots", "targets", "events",
                                  "comments"}
    assert sample.problems == []
    accounts = sample["accounts"]
    assert (accounts["role"] == "own").sum() >= 2 and (accounts["role"] == "competitor").sum() >= 3
    assert set(accounts.loc[accounts["role"] == "own", "platform"]) >= {"weibo", "wechat"}
    span = sample["daily"]["date"].max() - sample["daily"]["date"].min()
    assert span.days >= 120
    assert sample["posts"]["title"].str.contains("<script>", regex=False).any()
    assert sample["posts"]["reads_lower_bound"].sum() == 1


def test_format_values_map_through_aliases_case_and_blanks(tmp_path):
    write_csv(tmp_path, "posts.csv", "post_id,account_id,published_at,format\n"
                                     "p1,a,2026-10-01 09:00,图文\np2,a,2026-10-01 10:00, VIDEO \n"
                                     "p3,a,2026-10-01 11:00,\np4,a,2026-10-01 12:00,vlog\np5,a,2026-10-01 13:00,图文\n")
    data = read_dataset(tmp_path)
    assert data["posts"]["format"].tolist() == ["image", "video", None, "other", "image"]
    assert any("vlog" in w and "other" in w for w in data.warnings)


def test_store_form_keeps_text_arrow_backed_with_the_same_values(tmp_path):
    write_csv(tmp_path, "posts.csv", "post_id,account_id,published_at,title\np1,a,2026-10-01 09:00, Hi \np2,a,2026-10-01 10:00,\n")
    analysis = read_dataset(tmp_path)["posts"]
    stored = load_dataset(tmp_path, arrow_text=True)["posts"]
    assert analysis["title"].tolist() == ["Hi", None] and analysis["title"].dtype == object
    assert stored["title"].dtype == "str" and stored["title"].iloc[0] == "Hi" and pd.isna(stored["title"].iloc[1])
    assert stored["post_id"].tolist() == analysis["post_id"].tolist()


def test_notices_read_in_the_report_language_and_as_english_text(tmp_path):
    write_csv(tmp_path, "daily.csv", DAILY_ZH)
    notices = {n.key: n for n in read_dataset(tmp_path, account_id="acc").warnings}
    assert set(notices) == {"notice_lower_bounds", "notice_rounded"}  # 10万+ and 1.2万
    notice = notices["notice_lower_bounds"]
    assert notice == "daily.csv: 1 'reads' values are lower bounds (e.g. 10万+)"  # logs and the CLI
    assert notice.in_lang("zh") == "daily.csv：1 个“reads”数值为下限（如 10万+）"
    again = pickle.loads(pickle.dumps(notice))
    assert again.in_lang("zh") == notice.in_lang("zh") and again == notice


def test_notices_name_the_accounts_of_the_rows_they_are_about(tmp_path):
    write_csv(tmp_path, "daily.csv", "date,account_id,followers,reads,note\n2026-10-01, weibo ,100,10万+,x\n"
                                     "2026-10-01,wechat,200,300,\n2026-10-02,wechat,210,400,\n")
    write_csv(tmp_path, "posts.csv", "post_id,account_id,published_at,reads,format\n"
                                     "p1,wechat,2026-10-01 09:00,10,vlog\np2,weibo,2026-10-01 10:00,20,image\n")
    notices = {n.key: n for n in read_dataset(tmp_path).warnings}
    assert notices["notice_lower_bounds"].accounts == {"weibo"}
    assert notices["notice_counted_as_other"].accounts == {"wechat"}
    assert notices["notice_lower_bounds"].concerns({"weibo", "other"}) and not notices["notice_lower_bounds"].concerns({"wechat"})
    assert pickle.loads(pickle.dumps(notices["notice_lower_bounds"])).accounts == {"weibo"}
    assert notices["notice_unmapped"].accounts is None and notices["notice_unmapped"].concerns({"wechat"})  # the whole file
