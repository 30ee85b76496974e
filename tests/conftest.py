from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
os.environ.setdefault("MPLBACKEND", "Agg")
# The installation's own settings (the comment authors' salt, a team's word lists): the tests', never the user's.
os.environ.setdefault("SOCIALOPS_HOME", str(Path(tempfile.gettempdir()) / f"socialops-tests-home-{os.getuid()}"))


TIERS = ("unit", "notebooks", "e2e", "browser")


def pytest_collection_modifyitems(items) -> None:
    """Each test carries its tier's marker (its folder; nbval's notebook cells are ``notebooks``)."""
    for item in items:
        parts = Path(str(item.path)).parts
        tier = next((t for t in TIERS if t in parts[-3:-1]), "notebooks" if str(item.path).endswith(".ipynb") else None)
        if tier:
            item.add_marker(getattr(pytest.mark, tier))


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample():
    from socialops.data.load import read_dataset

    return read_dataset(SAMPLE)


def write_csv(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def days(*values: str) -> pd.Series:
    return pd.to_datetime(pd.Series(values))


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, sample_dir):
    """The bundled sample, ingested into a history store."""
    from socialops.data import store

    db = tmp_path_factory.mktemp("store") / "sample.duckdb"
    assert all(r.status == "ingested" for r in store.ingest(db, [sample_dir]))
    return db
