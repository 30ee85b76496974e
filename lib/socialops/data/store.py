"""The history store: one DuckDB file that grows with every export.

Exports go through the same loaders and validation as a data folder, then merge into
tables keyed by the contract's keys: overlapping exports add no duplicates, a later
export's value wins (a blank never erases a known value) and every revised value is
kept in ``_revisions``. Each file is one transaction; a file seen before (same bytes)
is skipped. Reads push account and date filters into DuckDB.
"""
from __future__ import annotations

import hashlib
import os
import re
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from socialops.data import contract as C
from socialops.data.combine import platform_of, snapshots_of
from socialops.data.load import Dataset, Part, data_suffix, load_dataset, survey
from socialops.data.problems import DataError, Problem, StoreError

SQL_TYPES = {C.ID: "VARCHAR", C.TEXT: "VARCHAR", C.ENUM: "VARCHAR", C.TAGS: "VARCHAR", C.COUNT: "DOUBLE",
             C.MONEY: "DOUBLE", C.DATE: "DATE", C.DATETIME: "TIMESTAMP", C.BOOL: "BOOLEAN",
             C.FRACTION: "DOUBLE", C.SECONDS: "DOUBLE", C.NUMBER: "DOUBLE"}
LOWER_BOUND_COLUMNS = {"posts": ("reads",), "daily": ("reads",),
                       "post_figures": ("likes", "comments", "reposts", "favorites")}
# Store tables that extend a contract table, keyed like it: posts' platform-native figures. One
# wide posts table made every ingest pay for columns most exports never fill (DuckDB writes
# each column of each row group, NULL or not: 1M posts ingested ~30% slower).
SIDE_TABLES = {"post_figures": "posts"}


def columns(table: str) -> list[tuple[str, str]]:
    """(name, SQL type) of a store table: its contract columns plus lower-bound flags."""
    base = SIDE_TABLES.get(table, table)
    spec = C.TABLES[base]
    if table in SIDE_TABLES:
        names = [*spec.key, *C.NATIVE_POST_COLUMNS]
    else:
        names = [c.name for c in spec.columns if base != "posts" or c.name not in C.NATIVE_POST_COLUMNS]
    cols = [(n, SQL_TYPES[spec.column(n).kind]) for n in names]
    cols += [(f"{c}{C.LOWER_BOUND_SUFFIX}", "BOOLEAN") for c in LOWER_BOUND_COLUMNS.get(table, ())]
    return cols


def _stored_as(table: str) -> list[str]:
    """The store tables a contract table's rows go to."""
    return [table, *(side for side, base in SIDE_TABLES.items() if base == table)]


WAIT_SECONDS = float(os.environ.get("SOCIALOPS_STORE_WAIT", 30))  # for a store another process is writing


def _check_is_store(path: Path) -> None:
    """Refuse to open (let alone write into) anything but a DuckDB file: a CSV given as --store stays a CSV."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a store: give the store's file (e.g. data/socialops.duckdb)")
    if path.exists() and path.stat().st_size:
        with open(path, "rb") as handle:
            magic = handle.read(12)[8:12]
        if magic != b"DUCK":
            raise StoreError(f"{path} is not a socialops store (not a DuckDB file); refusing to open it as one")


def _open(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Connect, waiting a bounded time for a store another process holds; errors in one line."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" not in message.lower():
                raise StoreError(f"the store {path} cannot be read ({_first_clause(message)}): it may be damaged; "
                                 "restore it from a backup or ingest the exports into a new store") from None
            if time.monotonic() >= deadline:
                holder = re.search(r"held in (.+?) \(PID (\d+)\)", message)
                who = f" (PID {holder.group(2)}, {Path(holder.group(1)).name})" if holder else ""
                raise StoreError(f"the store {path} is in use by another process{who}; waited {WAIT_SECONDS:g} s. "
                                 "Try again when it has finished") from None
            time.sleep(0.5)


def _first_clause(message: str) -> str:
    return message.replace("IO Error: ", "").split(". See also")[0].strip()


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    _check_is_store(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no store at {path}: run `socialops ingest` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    con = _open(path, read_only)
    if not read_only:
        # Rows carry _position and every read orders explicitly, so DuckDB may write row
        # groups in parallel as it inserts: the commit's checkpoint then has little left to do.
        con.execute("SET preserve_insertion_order = false")
        _create(con)
    return con


def _create(con: duckdb.DuckDBPyConnection) -> None:
    have: dict[str, set[str]] = {}
    for table, column in con.execute("SELECT table_name, column_name FROM information_schema.columns").fetchall():
        have.setdefault(table, set()).add(column)
    for table in (*C.TABLE_NAMES, *SIDE_TABLES):
        if table not in have:
            cols = ", ".join(f'"{n}" {t}' for n, t in columns(table))
            con.execute(f'CREATE TABLE "{table}" ({cols}, _source VARCHAR, _ingested_at TIMESTAMP, _position BIGINT)')
            continue
        for name, sql_type in columns(table):  # a store made before the contract gained a column gets it, empty
            if name not in have[table]:
                con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {sql_type}')
    con.execute("""CREATE TABLE IF NOT EXISTS _ingests (sha256 VARCHAR PRIMARY KEY, file VARCHAR, tables VARCHAR,
                   rows BIGINT, ingested_at TIMESTAMP)""")
    con.execute("""CREATE TABLE IF NOT EXISTS _revisions ("table" VARCHAR, "key" VARCHAR, "column" VARCHAR,
                   old_value VARCHAR, new_value VARCHAR, file VARCHAR, revised_at TIMESTAMP)""")


# ---------------------------------------------------------------- ingest

@dataclass
class IngestResult:
    file: str
    status: str            # "ingested", "unchanged" (same content and meaning seen before), "skipped" or "failed"
    rows: dict[str, int]
    revised: int = 0
    seconds: float = 0.0
    problems: list[Problem] | None = None
    parts: list[Part] | None = None


@dataclass(frozen=True)
class Meaning:
    """What an export means beyond its bytes: whose it is and what kind of account."""

    account_id: str | None = None
    platform: str | None = None
    role: str = "own"

    def text(self) -> str:
        return f"account={self.account_id or ''}|platform={self.platform or ''}|role={self.role}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _known_accounts(con) -> set[str]:
    return {row[0] for row in con.execute('SELECT account_id FROM "accounts"').fetchall()}


def _check_accounts(data: Dataset, known: set[str], name: str) -> list[Problem]:
    """Rows whose account is neither in the store nor in the file's own accounts table."""
    if not known and "accounts" not in data:
        return []
    known = known | (set(data["accounts"]["account_id"].unique()) if "accounts" in data else set())
    problems = []
    for table, frame in data.tables.items():
        if table == "accounts" or "account_id" not in frame:
            continue
        unknown = sorted(set(frame["account_id"].dropna().unique()) - known - {C.ALL_ACCOUNTS})  # an event for all
        if unknown:
            problems.append(Problem(name, f"account not in the store's accounts table ({', '.join(unknown[:3])}); "
                                          "ingest the accounts file first", "account_id", table=table))
    return problems


def _merge(con, table: str, frame: pd.DataFrame, source: str, now: datetime) -> int:
    """Upsert ``frame`` into ``table`` by key; returns how many values it revised.

    Only the columns the export has are handed to DuckDB (absent ones are typed NULLs in
    SQL), through Arrow; when no incoming key exists yet the rows are simply appended.
    """
    spec = C.TABLES[SIDE_TABLES.get(table, table)]
    types = dict(columns(table))
    present = [n for n in types if n in frame]
    if table in SIDE_TABLES and not set(present) - set(spec.key):
        return 0  # nothing for this table in the export (a side table's figures it does not carry)
    incoming = frame[present].copy()  # keys are unique: validated
    for n in present:
        if types[n] == "BOOLEAN":
            incoming[n] = incoming[n].astype("boolean")
    incoming["_position"] = np.arange(len(incoming))  # rows read back in the order the export had them
    con.register("incoming", pa.Table.from_pandas(incoming, preserve_index=False))  # Arrow scans far faster
    key = list(spec.key)
    join = " AND ".join(f'e."{k}" = i."{k}"' for k in key)

    def new(n: str) -> str:
        return f'CAST(i."{n}" AS {types[n]})' if n in present else f"CAST(NULL AS {types[n]})"

    if not con.execute(f'SELECT count(*) FROM incoming i JOIN "{table}" e ON {join}').fetchone()[0]:
        # by name, the export's own columns only: the others default to NULL (and migrated stores order columns differently)
        names = ", ".join(f'{new(n)} AS "{n}"' for n in present)
        con.execute(f'INSERT INTO "{table}" BY NAME SELECT {names}, ? AS _source, ? AS _ingested_at, i._position '
                    f'FROM incoming i', [source, now])
        con.unregister("incoming")
        return 0
    key_json = "json_object(" + ", ".join(f"'{k}', CAST(i.\"{k}\" AS VARCHAR)" for k in key) + ")"
    revised = sum(_revise(con, table, n, key_json, join, source, now) for n in present if n not in key)
    select = ", ".join(f'{new(n)} AS "{n}"' if n in key else f'COALESCE({new(n)}, e."{n}") AS "{n}"' for n in types)
    con.execute(f"""CREATE OR REPLACE TEMP TABLE merged AS SELECT {select}, ? AS _source, ? AS _ingested_at,
                    i._position FROM incoming i LEFT JOIN "{table}" e ON {join}""", [source, now])
    con.execute(f'DELETE FROM "{table}" e USING incoming i WHERE {join}')
    con.execute(f'INSERT INTO "{table}" BY NAME SELECT * FROM merged')
    con.unregister("incoming")
    return revised


def _revise(con, table, column, key_json, join, source, now) -> int:
    """Record every value of ``column`` the incoming rows change; returns how many."""
    where = (f'i."{column}" IS NOT NULL AND e."{column}" IS NOT NULL '
             f'AND CAST(i."{column}" AS VARCHAR) IS DISTINCT FROM CAST(e."{column}" AS VARCHAR)')
    count = con.execute(f'SELECT count(*) FROM incoming i JOIN "{table}" e ON {join} WHERE {where}').fetchone()[0]
    if count:
        con.execute(f"""INSERT INTO _revisions SELECT '{SIDE_TABLES.get(table, table)}', {key_json}, '{column}', CAST(e."{column}" AS VARCHAR),
                        CAST(i."{column}" AS VARCHAR), ?, ? FROM incoming i JOIN "{table}" e ON {join} WHERE {where}""",
                    [source, now])
    return count


def _account_row(con, account_id: str | None) -> tuple[str, str] | None:
    if not account_id:
        return None
    return con.execute('SELECT platform, role FROM "accounts" WHERE account_id = ?', [account_id]).fetchone()


def _dated_snapshots(data: Dataset, path: Path) -> None:
    """Keep this export's reading of its posts' totals: dated by the export where it says when (数据日期,
    last_modify_ts), else by the file's modification time (when it was downloaded), in the default zone."""
    posts = data.tables.get("posts")
    if posts is None or not any(c in posts for c in C.SNAPSHOT_FIGURES):
        return
    undated = posts["captured_at"].isna() if "captured_at" in posts else pd.Series(True, index=posts.index)
    if not undated.any():
        return
    when = pd.Timestamp(path.stat().st_mtime, unit="s", tz="UTC").tz_convert(C.DEFAULT_TIMEZONE).tz_localize(None)
    posts = posts.assign(captured_at=posts["captured_at"].where(~undated, when) if "captured_at" in posts else when)
    data.tables["posts"] = posts
    taken = snapshots_of(posts[undated])
    known = data.tables.get("post_snapshots")
    data.tables["post_snapshots"] = taken if known is None else pd.concat([known, taken], ignore_index=True)


def ingest_file(con, path: Path, meaning: Meaning = Meaning(), siblings: list[str] = ()) -> IngestResult:
    """Validate one export and merge it in one transaction; a bad file changes nothing.

    The same bytes ingested again with the same meaning (account, platform, role) are a no-op;
    with another account they are a different ingest.
    """
    started = datetime.now()
    digest = hashlib.sha256(f"{_sha256(path)}|{meaning.text()}".encode()).hexdigest()
    if con.execute("SELECT 1 FROM _ingests WHERE sha256 = ?", [digest]).fetchone():
        return IngestResult(path.name, "unchanged", {}, seconds=(datetime.now() - started).total_seconds())
    known = _account_row(con, meaning.account_id)
    data = load_dataset(path, account_id=meaning.account_id, arrow_text=True, platform=meaning.platform,
                        role=meaning.role, known_platform=known[0] if known else None, registered=known is not None,
                        siblings=siblings)
    problems = data.problems + _check_accounts(data, _known_accounts(con), path.name)
    if known is not None and not data.problems:
        problems += [Problem(p.where, f"account {meaning.account_id} is a {known[0]} account in the store; "
                                      f"this is a {p.label} export ({p.platform})")
                     for p in data.parts if p.platform and known[0] and p.platform != known[0] and not p.skipped]
    if problems:
        return IngestResult(path.name, "failed", {}, problems=problems, seconds=(datetime.now() - started).total_seconds(),
                            parts=data.parts)
    if not data.tables:
        return IngestResult(path.name, "skipped", {}, seconds=(datetime.now() - started).total_seconds(),
                            parts=data.parts)
    _dated_snapshots(data, path)
    now = datetime.now()
    rows, revised = {}, 0
    con.execute("BEGIN TRANSACTION")
    try:
        for table in sorted(data.tables, key=lambda t: t != "accounts"):
            frame = data.tables[table]
            revised += sum(_merge(con, stored, frame, path.name, now) for stored in _stored_as(table))
            rows[table] = len(frame)
        con.execute("INSERT INTO _ingests VALUES (?, ?, ?, ?, ?)",
                    [digest, path.name, ",".join(rows), sum(rows.values()), now])
        con.execute("COMMIT")
    except BaseException as exc:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # the first error is the one to report (a full disk, not "cannot rollback")
        if isinstance(exc, duckdb.Error):
            cause = "the disk is full" if "space left" in str(exc).lower() else _first_clause(str(exc))
            raise StoreError(f"nothing from {path.name} was stored: {cause}") from None
        raise
    return IngestResult(path.name, "ingested", rows, revised, (datetime.now() - started).total_seconds(),
                        parts=data.parts)


def export_files(paths: list[str | Path]) -> list[Path]:
    """The data files named or inside the folders named (hidden files and Office lock files left out)."""
    files: list[Path] = []
    for item in map(Path, paths):
        if not item.exists():
            raise FileNotFoundError(f"no such file or folder: {item}")
        found = sorted(p for p in item.iterdir() if p.is_file() and data_suffix(p)) if item.is_dir() else [item]
        files += [p for p in found if not p.name.startswith((".", "~$"))]
    return files


def ingest(store: str | Path, paths: list[str | Path], account_id: str | None = None, platform: str | None = None,
           role: str = "own", on_file=None) -> list[IngestResult]:
    """Ingest files and folders: accounts files and account profiles first (others refer to them),
    then oldest first by modification time, so when exports overlap the newest one's values win.

    ``on_file`` is called with each result as soon as its file is committed (or refused), so a
    later failure or a kill still leaves a record of which files are in.
    """
    files = export_files(paths)
    parts = survey(files)
    profiles = {p.file for p in parts if p.table == "profile"}
    files.sort(key=lambda p: (0 if p.name.lower().startswith("accounts") else 1 if p.name in profiles else 2,
                              p.stat().st_mtime_ns, str(p)))
    results = []
    with connect(store) as con:
        known = _account_row(con, account_id)
        resolved, problems = platform_of([p for p in parts if not p.skipped], platform, known[0] if known else None)
        if problems:
            raise DataError(problems)
        meaning = Meaning(account_id, resolved if (platform or any(p.platform for p in parts)) else platform, role)
        names = [f.name for f in files]
        for f in files:
            result = ingest_file(con, f, meaning, siblings=names)
            results.append(result)
            if on_file is not None:
                on_file(result)
    return results


# ---------------------------------------------------------------- reading

def info(store: str | Path) -> pd.DataFrame:
    """Per table: rows, accounts, date range and the last ingest."""
    rows = []
    with connect(store, read_only=True) as con:
        for table in C.TABLE_NAMES:
            date = C.DATE_COLUMNS.get(table)
            span = f', min("{date}"), max("{date}")' if date else ", NULL, NULL"
            count, accounts, first, last, ingested = con.execute(
                f'SELECT count(*), count(DISTINCT account_id){span}, max(_ingested_at) FROM "{table}"').fetchone()
            rows.append({"table": table, "rows": count, "accounts": accounts, "from": first, "to": last,
                         "last_ingest": ingested})
    return pd.DataFrame(rows)


def _read(con, table: str, accounts: list[str] | None, since, until) -> pd.DataFrame:
    """One contract table, its side tables joined on its key, filtered in DuckDB."""
    key = C.TABLES[table].key
    stored = [(name, [(n, t) for n, t in columns(name) if i == 0 or n not in key]) for i, name in enumerate(_stored_as(table))]
    select = ", ".join(f't{i}."{n}"' for i, (_, cols) in enumerate(stored) for n, _ in cols)
    joins = "".join(f' LEFT JOIN "{name}" t{i} ON ' + " AND ".join(f't{i}."{k}" = t0."{k}"' for k in key)
                    for i, (name, _) in enumerate(stored) if i)
    where, args = [], []
    if accounts is not None and table != "accounts":
        where.append(f"t0.account_id IN ({', '.join('?' for _ in accounts)})")
        args += list(accounts)
    date = C.DATE_COLUMNS.get(table) if table != "campaigns" else None
    if date and since is not None:
        where.append(f't0."{date}" >= ?')
        args.append(pd.Timestamp(since).to_pydatetime())
    if date and until is not None:
        where.append(f't0."{date}" < ?')
        args.append((pd.Timestamp(until) + pd.Timedelta(days=1)).to_pydatetime())
    sql = f'SELECT {select} FROM "{table}" t0{joins}'
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY t0._ingested_at, t0._position"
    frame = con.execute(sql, args).df()
    for n, sql_type in (col for _, cols in stored for col in cols):
        if sql_type in ("DATE", "TIMESTAMP"):
            frame[n] = pd.to_datetime(frame[n]).astype("datetime64[ns]")
        elif sql_type == "VARCHAR":  # the loaders' form: Python strings, None for missing
            frame[n] = frame[n].astype("object").where(frame[n].notna(), None)
    empty = [n for n in frame.columns if frame[n].isna().all() and n not in C.TABLES[table].required]
    return frame.drop(columns=empty)  # a column the store never received is absent, as in a folder


def read_slice(store: str | Path, accounts: list[str] | None = None, since=None, until=None) -> Dataset:
    """The store's tables as a :class:`Dataset`, filtered in DuckDB by account and date."""
    data = Dataset(source=str(store))
    with connect(store, read_only=True) as con:
        for table in C.TABLE_NAMES:
            frame = _read(con, table, accounts, since, until)
            if len(frame) or table in ("accounts",):
                data.tables[table] = frame
    if not data.tables.get("accounts", pd.DataFrame()).shape[0]:
        data.tables.pop("accounts", None)
    if not data.tables:
        raise DataError([Problem(str(store), "the store is empty: run `socialops ingest` first")])
    return data


def directory(store: str | Path) -> Dataset:
    """The accounts table (and campaigns) alone: enough to choose a subject before loading its data."""
    data = Dataset(source=str(store))
    with connect(store, read_only=True) as con:
        for table in ("accounts", "campaigns"):
            frame = _read(con, table, None, None, None)
            if len(frame):
                data.tables[table] = frame
        if "accounts" not in data.tables:
            ids = con.execute('SELECT DISTINCT account_id FROM "daily" UNION SELECT DISTINCT account_id FROM "posts" '
                              "ORDER BY 1").fetchall()
            data.tables["daily"] = pd.DataFrame({"account_id": [r[0] for r in ids]})
    return data


def log_ends(store: str | Path) -> pd.DataFrame:
    """Each account's last logged day, as (account_id, date) rows."""
    with connect(store, read_only=True) as con:
        return con.execute('SELECT account_id, max("date") AS "date" FROM "daily" GROUP BY account_id').df().assign(
            date=lambda d: pd.to_datetime(d["date"]))


def date_range(store: str | Path, account_id: str) -> pd.Series:
    """The first and last day of an account's daily log (else its posts), for choosing a period."""
    with connect(store, read_only=True) as con:
        for table, column in (("daily", "date"), ("posts", "published_at")):
            first, last = con.execute(f'SELECT min("{column}"), max("{column}") FROM "{table}" WHERE account_id = ?',
                                      [account_id]).fetchone()
            if first is not None:
                return pd.Series(pd.to_datetime([first, last]))
    return pd.Series(dtype="datetime64[ns]")
