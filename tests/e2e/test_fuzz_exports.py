"""Every real-shape fixture, damaged: truncated, cells blanked at random, header shuffled.

Each must give a clean load or clear problems (file, column, rows), never a traceback.
"""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from socialops.cli import main
from socialops.data.load import load_dataset
from socialops.data.sheets import FileProblem, data_suffix, read_sheets

from exports import write_all


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    cases = write_all(tmp_path_factory.mktemp("fuzz_sources"))
    return [(case, path) for case in cases.values() for path in sorted(case.folder.iterdir()) if data_suffix(path)]


def _check(target, case, capsys) -> None:
    """validate exits 0 or 1 with readable lines; load_dataset never raises."""
    data = load_dataset(target, account_id=case.account, role=case.role)
    for problem in data.problems:
        assert target.name in str(problem) or str(target) in str(problem), str(problem)
    code = main(["validate", str(target), "--account", case.account, *case.flags])
    captured = capsys.readouterr()
    assert code in (0, 1) and "Traceback" not in captured.err + captured.out
    assert code == (1 if data.problems else 0)


def _frames(path):
    try:
        sheets = read_sheets(path)
    except FileProblem:
        return []
    out = []
    for sheet in sheets:
        row = next((i for i, cells in enumerate(sheet.head) if sum(bool(c) for c in cells) >= 2), 0)
        out.append((sheet.name, sheet.body(0 if sheet.records else row)))
    return out


def _write_like(path, target_dir, frame: pd.DataFrame):
    """The mutated table in the source's own kind (JSON Lines for JSON, a workbook for Excel, else CSV)."""
    target_dir.mkdir(parents=True, exist_ok=True)
    suffix = data_suffix(path)
    if suffix in (".json", ".jsonl"):
        target = target_dir / (path.stem + ".jsonl")
        records = frame.astype(object).where(frame.notna(), None).to_dict("records")
        target.write_text("\n".join(json.dumps(r, ensure_ascii=False, default=str) for r in records), encoding="utf-8")
    elif suffix == ".xlsx":
        target = target_dir / path.name
        frame.to_excel(target, index=False)
    else:
        target = target_dir / (path.stem + ".csv")
        frame.to_csv(target, index=False, encoding="utf-8")
    return target


def test_truncated_files(files, tmp_path, capsys):
    rng = np.random.default_rng(12)
    for i, (case, path) in enumerate(files):
        data = path.read_bytes()
        for j, cut in enumerate(sorted(rng.integers(1, max(2, len(data)), 3))):
            target = tmp_path / f"t{i}_{j}" / path.name
            target.parent.mkdir()
            target.write_bytes(data[:cut])
            _check(target, case, capsys)


def test_cells_blanked_at_random(files, tmp_path, capsys):
    rng = np.random.default_rng(13)
    for i, (case, path) in enumerate(files):
        for name, frame in _frames(path):
            frame = frame.astype(object).copy()
            mask = rng.random(frame.shape) < 0.25
            frame = frame.mask(mask, "")
            _check(_write_like(path, tmp_path / f"b{i}_{name}", frame), case, capsys)


def test_header_shuffled_loads_the_same(files, tmp_path, capsys):
    rng = np.random.default_rng(14)
    for i, (case, path) in enumerate(files):
        for name, frame in _frames(path):
            straight = _write_like(path, tmp_path / f"s{i}_{name}", frame)
            shuffled = _write_like(path, tmp_path / f"x{i}_{name}", frame[list(rng.permutation(frame.columns))])
            _check(shuffled, case, capsys)
            a = load_dataset(straight, account_id=case.account, role=case.role)
            b = load_dataset(shuffled, account_id=case.account, role=case.role)
            assert [str(p) for p in a.problems] == [str(p) for p in b.problems]
            for table, left in a.tables.items():
                right = b.tables[table][list(left.columns)]
                pd.testing.assert_frame_equal(left.reset_index(drop=True), right.reset_index(drop=True), check_dtype=False)
