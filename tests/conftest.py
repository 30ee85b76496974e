from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
os.environ.setdefault("MPLBACKEND", "Agg")


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
