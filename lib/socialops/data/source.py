"""Where a report's data comes from: a folder of exports or a history store, asked once.

Both answer the same questions: which accounts and campaigns there are (to choose a
subject), where each account's log ends and how far it reaches, and the data itself. A
store reads only what is asked for in DuckDB; a folder is read once, whole, and answers
everything from memory.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pandas as pd

from socialops.data.load import Dataset, load_dataset, read_dataset


@dataclass
class FolderSource:
    """A folder (or file) of exports. ``strict``: refuse data with problems (reports do; planning
    reads leniently, so data that fails validation still names its subjects)."""

    path: Path
    account_id: str | None = None  # the account of exports that carry no account column
    strict: bool = True
    _data: Dataset | None = field(default=None, repr=False)

    def _all(self) -> Dataset:
        if self._data is None:
            read = read_dataset if self.strict else load_dataset
            self._data = read(self.path, account_id=self.account_id)
        return self._data

    def directory(self) -> Dataset:
        return self._all()

    def log_ends(self) -> pd.DataFrame | None:
        return self._all().get("daily")

    def dates(self, account_id: str) -> pd.Series | None:
        """The account's daily dates (else its posts' times), for choosing a period."""
        data = self._all()
        for table, column in (("daily", "date"), ("posts", "published_at")):
            frame = data.get(table)
            if frame is not None and not frame.empty:
                rows = frame.loc[frame["account_id"] == account_id, column]
                if len(rows):
                    return rows
        return None

    def read(self, accounts: list[str] | None = None, since: pd.Timestamp | None = None) -> Dataset:
        return self._all()


@dataclass
class StoreSource:
    """A DuckDB history store: each question is one query, and the data is read filtered."""

    path: Path

    @property
    def _store(self) -> ModuleType:
        """The store module: DuckDB is imported when a store is read, never for a folder of exports."""
        return importlib.import_module("socialops.data.store")

    def directory(self) -> Dataset:
        return self._store.directory(self.path)

    def log_ends(self) -> pd.DataFrame:
        return self._store.log_ends(self.path)

    def dates(self, account_id: str) -> pd.Series:
        return self._store.date_range(self.path, account_id)

    def read(self, accounts: list[str] | None = None, since: pd.Timestamp | None = None) -> Dataset:
        return self._store.read_slice(self.path, accounts, since=since)


def is_store(path: str | Path) -> bool:
    """A DuckDB file: by its suffix, else by the magic bytes DuckDB writes at offset 8."""
    path = Path(path)
    if path.suffix == ".duckdb":
        return True
    if not path.is_file():
        return False
    with open(path, "rb") as handle:
        return handle.read(12)[8:12] == b"DUCK"


Source = FolderSource | StoreSource


def open_source(path: str | Path, account_id: str | None = None, strict: bool = True) -> Source:
    """The source at ``path``: a store when the file is one, else a folder of exports."""
    return StoreSource(Path(path)) if is_store(path) else FolderSource(Path(path), account_id, strict)
