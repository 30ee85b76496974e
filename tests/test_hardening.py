"""Faults that used to pass silently: each is refused or handled explicitly, with file and place."""
from __future__ import annotations

import pytest

from conftest import write_csv
from socialops.load import load_dataset

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
