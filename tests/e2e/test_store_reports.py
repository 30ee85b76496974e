"""Reports read from a history store say exactly what the same reports read from the folder say."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from socialops.publish.render import render

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("notebook", ["account_audit", "competitor_comparison"])
def test_store_backed_reports_match_folder_backed_ones(tmp_path, sample_store, notebook):
    a = render(ROOT / "notebooks" / f"{notebook}.ipynb", tmp_path / "store.html", {"data_dir": str(sample_store)}, reuse_kernel=True)
    b = render(ROOT / "notebooks" / f"{notebook}.ipynb", tmp_path / "folder.html", {}, reuse_kernel=True)
    assert a.ok and b.ok, (a.error, b.error)
    ours, theirs = (json.loads(r.json.read_text(encoding="utf-8")) for r in (a, b))
    assert ours["metrics"] == theirs["metrics"] and ours["findings"] == theirs["findings"]
    assert ours.get("accounts") == theirs.get("accounts")
