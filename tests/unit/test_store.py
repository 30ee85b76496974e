"""The history store: idempotent ingest, overlap merge, revision audit, one transaction per file."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from socialops.cli import main
from socialops.data import contract as C
from socialops.data import store
from socialops.data.load import read_dataset

from conftest import write_csv

ROOT = Path(__file__).resolve().parents[2]
ACCOUNTS = "account_id,platform,name,role\nw1,weibo,微博号,own\n"


def rows(path, sql):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture
def exports(tmp_path):
    folder = tmp_path / "exports"
    write_csv(folder, "accounts.csv", ACCOUNTS)
    write_csv(folder, "daily_sep.csv", "date,account_id,followers,reads\n2026-09-29,w1,100,10\n2026-09-30,w1,110,20\n2026-10-01,w1,120,\n")
    write_csv(folder, "daily_oct.csv", "date,account_id,followers,reads\n2026-10-01,w1,125,30\n2026-10-02,w1,130,40\n")
    return folder


def test_overlapping_exports_merge_and_revisions_are_audited(tmp_path, exports):
    db = tmp_path / "s.duckdb"
    results = store.ingest(db, [exports])
    assert [r.status for r in results] == ["ingested"] * 3
    assert rows(db, 'SELECT count(*) FROM "daily"') == [(4,)]  # 2026-10-01 appears in both: once
    assert rows(db, "SELECT followers, reads FROM daily WHERE date = '2026-10-01'") == [(125.0, 30.0)]  # newer wins
    revisions = rows(db, 'SELECT "table", "column", old_value, new_value, file FROM _revisions')
    assert revisions == [("daily", "followers", "120.0", "125.0", "daily_oct.csv")]  # a blank read was unknown, not revised


def test_a_blank_never_erases_a_known_value(tmp_path, exports):
    db = tmp_path / "s.duckdb"
    store.ingest(db, [exports])
    later = write_csv(tmp_path, "daily_fix.csv", "date,account_id,followers,reads\n2026-10-02,w1,131,\n")
    store.ingest(db, [later])
    assert rows(db, "SELECT followers, reads FROM daily WHERE date = '2026-10-02'") == [(131.0, 40.0)]


def test_reingesting_the_same_file_is_a_no_op(tmp_path, exports, capsys):
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(exports), "--store", str(db)]) == 0
    before = rows(db, "SELECT * FROM daily ORDER BY date")
    assert main(["ingest", str(exports / "daily_oct.csv"), "--store", str(db)]) == 0
    assert "already ingested (same content, same account), nothing to do" in capsys.readouterr().out
    assert rows(db, "SELECT * FROM daily ORDER BY date") == before
    assert rows(db, "SELECT count(*) FROM _ingests") == [(3,)]


def test_a_bad_file_changes_nothing_and_says_why(tmp_path, exports, capsys):
    db = tmp_path / "s.duckdb"
    store.ingest(db, [exports])
    before = rows(db, "SELECT * FROM daily ORDER BY date")
    bad = write_csv(tmp_path, "daily_bad.csv", "date,account_id,followers\n2026-10-03,w1,140\n2026-10-04,w1,-5\n")
    assert main(["ingest", str(bad), "--store", str(db)]) == 1
    err = capsys.readouterr().err
    assert "FAILED     daily_bad.csv: nothing from this file was stored" in err and "row 3" in err
    assert rows(db, "SELECT * FROM daily ORDER BY date") == before  # not even the good row 2026-10-03
    unknown = write_csv(tmp_path, "posts.csv", "post_id,account_id,published_at\np1,ghost,2026-10-01 10:00\n")
    assert store.ingest(db, [unknown])[0].status == "failed"


def test_platform_export_with_account_option(tmp_path):
    db = tmp_path / "s.duckdb"
    store.ingest(db, [write_csv(tmp_path, "accounts.csv", ACCOUNTS)])
    export = write_csv(tmp_path, "数据概览.csv", "日期,粉丝数,阅读数\n2026-10-01,\"1,200\",10万+\n", "gb18030")
    result = store.ingest(db, [export], account_id="w1")[0]
    assert result.status == "ingested"
    assert rows(db, "SELECT account_id, followers, reads, reads_lower_bound FROM daily") == [("w1", 1200.0, 100001.0, True)]


def test_store_info(tmp_path, exports, capsys):
    db = tmp_path / "s.duckdb"
    store.ingest(db, [exports])
    assert main(["store", "info", "--store", str(db)]) == 0
    out = capsys.readouterr().out
    assert "daily" in out and "4 rows" in out and "2026-09-29 – 2026-10-02" in out and "last ingest" in out


def test_store_reads_back_the_folder_exactly(sample_store, sample_dir):
    folder = read_dataset(sample_dir)
    stored = store.read_slice(sample_store)
    for name, frame in folder.tables.items():
        theirs = stored[name][frame.columns.intersection(stored[name].columns)]
        ours = frame[theirs.columns]
        if name == "post_snapshots":  # readings come from two files (posts and snapshots): compared by key, not order
            key = list(C.TABLES[name].key)
            theirs, ours = theirs.sort_values(key), ours.sort_values(key)
        pd.testing.assert_frame_equal(ours.reset_index(drop=True), theirs.reset_index(drop=True),
                                      check_dtype=False, obj=name)


def test_filters_are_pushed_into_duckdb(sample_store):
    data = store.read_slice(sample_store, ["own_weibo"], since="2026-10-01", until="2026-10-31")
    assert set(data["posts"]["account_id"]) == {"own_weibo"} and len(data["daily"]) == 31
    assert data["posts"]["published_at"].min() >= pd.Timestamp("2026-10-01")


def test_planning_from_a_store_reads_only_the_directory_and_plans_the_same(sample_store, sample_dir, tmp_path):
    from socialops.batch.config import load_config
    from socialops.batch.plan import plan
    from socialops.cli import _planned

    shipped = (ROOT / "reports.toml").read_text(encoding="utf-8")
    configs = []
    for name, source in (("store", sample_store), ("folder", sample_dir)):
        path = tmp_path / f"{name}.toml"
        path.write_text(shipped.replace('data_dir = "data/sample"', f'data_dir = "{source}"'), encoding="utf-8")
        configs.append(plan(load_config(path)))
    from_store, from_folder = ([(t.label, t.params.get("start"), t.params.get("end")) for t in tasks] for tasks in configs)
    assert from_store == from_folder and len(from_store) == 23
    for notebook in ("campaign_retrospective", "account_audit"):
        planned = [[out.relative_to(tmp_path) for _, out in _planned(ROOT / "notebooks" / f"{notebook}.ipynb",
                                                                      {"data_dir": str(source)}, tmp_path, True, 60)]
                   for source in (sample_store, sample_dir)]
        assert planned[0] == planned[1]
    assert [str(p.parent.name) for p in planned[0]] == ["own_weibo", "own_wechat", "own_douyin"]
