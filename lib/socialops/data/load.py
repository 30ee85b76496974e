"""Exports as downloaded → the canonical tables.

Each file is read into sheets (:mod:`socialops.sheets`); each sheet is recognised as one
of the declared export shapes (:mod:`socialops.formats`) or, failing that, mapped through
the contract's header aliases. Every cell is parsed by its column's kind, totals rows are
dropped, and what was used, kept and ignored is recorded per sheet so ``validate`` can name
every column. Files of one account are then combined: metric-per-file downloads merge on
their date, per-channel traffic gives the daily reads, and an account that no accounts
table names is registered from the export (platform, display name, role).
Problems are collected, never raised one at a time: :func:`read_dataset` raises one
:class:`DataError` listing them all.
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from socialops.data import contract as C
from socialops.data import formats as F
from socialops.data.cells import accounts_of, parse_columns
from socialops.data.combine import combine, platform_of, profile_for, register, snapshots_of, traffic_reads
from socialops.data.comments import prepare as prepare_comments
from socialops.data.formats import normalize_header
from socialops.data.parse import has_time_of_day, parse_text, python_strings
from socialops.data.problems import DataError, Notice, Problem
from socialops.data.sheets import DATA_SUFFIXES, FileProblem, Sheet, data_suffix, read_heads, read_sheets  # noqa: F401 - re-exported

PROVENANCE = ("_file", "_row")
GENERIC = "generic"


@dataclass
class Part:
    """What one sheet of one file gave: its format, table, rows and the fate of every column."""

    file: str
    sheet: str | None
    format: str                      # a declared format's key, or "generic"
    label: str
    table: str | None
    platform: str | None = None
    rows: int = 0
    first: object = None             # first and last date (or publish time) in it
    last: object = None
    headers: list[str] = field(default_factory=list)         # every header the sheet has
    used: dict[str, str] = field(default_factory=dict)       # header → contract column
    extras: list[str] = field(default_factory=list)          # headers kept but not in the contract
    ignored: dict[str, str] = field(default_factory=dict)    # header → why it is not used
    skipped: str | None = None       # why the sheet was not read at all
    account_name: str | None = None  # the display name the export gives
    platform_user: str | None = None  # the author's platform id (or a crawler's hash of it): tells its own comments

    @property
    def where(self) -> str:
        return f"{self.file} [{self.sheet}]" if self.sheet else self.file


@dataclass
class Dataset:
    """Canonical tables of one data folder, plus what loading noticed."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    files: dict[str, list[str]] = field(default_factory=dict)
    unmapped: dict[str, list[str]] = field(default_factory=dict)
    source: str = ""
    parts: list[Part] = field(default_factory=list)
    registration: pd.DataFrame | None = None   # the accounts row the exports themselves imply

    def get(self, name: str) -> pd.DataFrame | None:
        return self.tables.get(name)

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.tables:
            raise KeyError(f"no '{name}' table in {self.source or 'the data'}")
        return self.tables[name]

    def __contains__(self, name: str) -> bool:
        return name in self.tables


_LOOKUPS: dict[str, dict[str, str]] = {
    t.name: {normalize_header(a): col.name for col in t.columns for a in C.aliases_for(t, col)}
    for t in C.TABLES.values()
}
_ALL_HEADERS = set().union(*(set(m) for m in _LOOKUPS.values()))


# ---------------------------------------------------------------- recognising a sheet

def _find_header_row(rows: list[list]) -> int | None:
    """The first row with at least two recognised headers (a note line may sit above)."""
    for i, row in enumerate(rows):
        if sum(normalize_header(c) in _ALL_HEADERS for c in row) >= 2:
            return i
    return None


def _recognise(sheet: Sheet) -> tuple[F.SourceFormat | None, int | None]:
    """The declared format of a sheet and the row its header is on."""
    for i, row in enumerate(sheet.head):
        found = F.recognise(row, sheet.name)
        if found is not None:
            return found, i
    return None, None


def _guess_table(path: Path, headers: list[str]) -> str | None:
    stem = path.name[: -len(data_suffix(path) or "")].lower()
    if stem in C.TABLES:
        return stem
    for name, hints in C.FILE_NAME_HINTS.items():
        if any(h in stem for h in hints):
            return name
    best, best_score = None, 0
    for name, table in C.TABLES.items():
        mapped = {_LOOKUPS[name].get(normalize_header(h)) for h in headers} - {None}
        if set(table.signature) <= mapped and len(mapped) > best_score:
            best, best_score = name, len(mapped)
    return best


def _unplaced(name: str, headers: list[str]) -> Problem:
    """A sheet nothing recognises: the headers seen and the nearest known formats with what they lack."""
    seen = ", ".join(h for h in headers if h and not h.startswith("unnamed_"))[:300] or "(none)"
    hints = "; ".join(f"{f.label} would need {', '.join(missing) or 'its other columns'}"
                      for f, missing in F.nearest(headers))
    message = (f"cannot tell which table this file holds (headers seen: {seen}). "
               "Name it accounts, daily, posts, followers or campaigns, or give it the contract's headers")
    return Problem(name, message + (f". Nearest known exports: {hints}" if hints else ""))


# ---------------------------------------------------------------- mapping headers

def _map_declared(fmt: F.SourceFormat, table: str, headers: list[str], sheet: str | None):
    """Headers of a declared format → (mapping header → columns, extras, ignored, skip reason)."""
    declared = {normalize_header(h): cols for h, cols in fmt.columns.items()}
    ignored_why = {normalize_header(h): why for h, why in fmt.ignored.items()}
    generic = _LOOKUPS.get(table, {})
    mapping: dict[str, tuple[str, ...]] = {}
    taken: set[str] = set()
    extras, ignored, duplicates = [], {}, []
    for h in headers:
        key = normalize_header(_undeduped(h))
        cols = declared.get(key)
        if cols == "value" and fmt.metric_from_sheet:
            metric = F.metric_of_sheet(sheet)
            if metric is None:
                return {}, [], {}, f"a trend sheet whose name ('{sheet}') names no metric socialops knows", []
            cols = metric
        if cols is None and key not in ignored_why:
            cols = generic.get(key)
        cols = (cols,) if isinstance(cols, str) else cols
        if cols and taken & set(cols):
            duplicates.append((next(k for k, v in mapping.items() if set(v) & set(cols)), h, cols[0]))
        elif cols:
            mapping[h] = cols
            taken |= set(cols)
        elif key in ignored_why:
            ignored[h] = ignored_why[key]
        elif not h.startswith("unnamed_"):
            extras.append(h)
    return mapping, extras, ignored, None, duplicates


def _map_generic(table: str, headers: list[str]):
    """Headers of a contract-shaped file → (mapping header → column, unmapped headers, duplicates)."""
    mapping: dict[str, tuple[str, ...]] = {}
    unmapped, duplicates = [], []
    for h in headers:
        canonical = _LOOKUPS[table].get(normalize_header(_undeduped(h)))
        if canonical and (canonical,) in mapping.values():
            duplicates.append((next(k for k, v in mapping.items() if v == (canonical,)), h, canonical))
        elif canonical:
            mapping[h] = (canonical,)
        elif not h.startswith("unnamed_"):
            unmapped.append(h)
    return mapping, unmapped, duplicates


def _undeduped(header: str) -> str:
    """A header as the file wrote it: a repeated name comes back from reading as ``name.1``."""
    return re.sub(r"\.\d+$", "", header)


def _duplicate_problems(name: str, duplicates: list[tuple[str, str, str]], table: str | None) -> list[Problem]:
    return [Problem(name, f"columns '{_undeduped(first)}' and '{_undeduped(second)}' both hold {column}: "
                          "socialops will not choose one silently; keep one of them", column, table=table)
            for first, second, column in duplicates]


def _drop_blank_and_totals(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows with nothing in them, and totals rows (合计/总计 in the first column)."""
    if frame.empty:
        return frame
    blank = pd.Series(True, index=frame.index)
    for column in frame.columns:
        values = frame[column]
        empty = values.isna()
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            empty |= values.astype("string").str.strip().eq("").fillna(False).astype(bool)
        blank &= empty
        if not blank.any():
            break
    first = frame.iloc[:, 0]
    totals = pd.Series(False, index=frame.index)
    if first.dtype == object or pd.api.types.is_string_dtype(first):
        totals = first.astype("string").str.strip().str.lower().str.rstrip(":：").isin(C.TOTALS_MARKERS).fillna(False).astype(bool)
    return frame[~blank & ~totals]


# ---------------------------------------------------------------- one file

@dataclass
class FileResult:
    """What one file gave: each sheet's part and frame, and what went wrong or was noticed."""

    parts: list[tuple[Part, pd.DataFrame | None]]
    problems: list[Problem]
    warnings: list[Notice]


def read_file(path: Path, account_id: str | None = None, table: str | None = None,
              timezones: dict[str, str] | None = None) -> FileResult:
    """One export → its sheets as canonical frames (with ``_file``/``_row`` provenance columns)."""
    name = path.name
    try:
        sheets = read_sheets(path)
    except FileProblem as exc:
        return FileResult([], [Problem(name, str(exc))], [])
    result = FileResult([], [], [])
    unplaced: list[list[str]] = []
    for sheet in sheets:
        fmt, header_at = (None, None) if table else _recognise(sheet)
        if fmt is None:
            header_at = 0 if sheet.records else _find_header_row(sheet.head)
        if header_at is None:
            if sheet.head:
                unplaced.append(sheet.head[0])
            continue
        try:
            raw = sheet.body(header_at)
        except FileProblem as exc:
            result.problems.append(Problem(name, str(exc)))
            continue
        except (pd.errors.ParserError, csv.Error) as exc:
            result.problems.append(Problem(name, f"not a well-formed CSV file: {str(exc).strip()}"))
            continue
        part, frame, problems, warnings = _read_sheet(path, sheet, raw, fmt, table, account_id, timezones or {})
        if part is None:
            unplaced.append([str(c) for c in raw.columns])
            continue
        result.parts.append((part, frame))
        result.problems += problems
        result.warnings += warnings
    if not result.parts and not result.problems:
        if path.suffix.lower() == ".txt":  # a note beside the exports (README.txt), not data: say so, go on
            part = Part(name, None, "note", "a text file no export shape matches", None)
            part.skipped = "left alone: not a table socialops knows (a note or a readme?)"
            result.parts.append((part, None))
        else:
            result.problems.append(_unplaced(name, unplaced[0] if unplaced else []))
    return result


def _place(path: Path, sheet: Sheet, headers: list[str], fmt: F.SourceFormat | None, table: str | None):
    """The sheet's :class:`Part` and its header → columns mapping (``None`` mapping: skipped; no part: unplaced)."""
    if fmt is not None:
        part = Part(path.name, sheet.name, fmt.key, fmt.label, fmt.table, fmt.platform)
        if fmt.skip:
            part.skipped = fmt.skip
            return part, None, []
        mapping, extras, ignored, skip, duplicates = _map_declared(fmt, fmt.table, headers, sheet.name)
        if skip:
            part.skipped = skip
            return part, None, []
        part.extras, part.ignored = extras, ignored
    else:
        table = table or _guess_table(path, headers)
        if table is None:
            return None, None, []
        part = Part(path.name, sheet.name, GENERIC, f"the contract's {table} table", table)
        mapping, part.extras, duplicates = _map_generic(table, headers)
    part.used = {h: ", ".join(cols) for h, cols in mapping.items()}
    part.used.update({h: f"{c} (a second column for it: refused)" for _, h, c in duplicates})
    part.headers = [h for h in headers if not h.startswith("unnamed_")]
    return part, mapping, _duplicate_problems(path.name, duplicates, part.table)


def _missing(name: str, spec: C.Table | None, present: set[str], declared: bool, account_id: str | None) -> list[Problem]:
    """Required columns the sheet lacks (a platform export names no account; a post id can be derived)."""
    if spec is None:
        return []
    present = set(present)
    problems = []
    if "account_id" not in present and spec.name != "accounts":
        if not account_id:
            problems.append(Problem.keyed(name, "problem_no_account_column", "account_id", table=spec.name))
        present.add("account_id")
    if spec.name == "posts" and "published_at" in present:
        present.add("post_id")
    if declared and spec.name == "daily":
        present.add("followers")  # a platform's daily file may carry other figures: followers come from a sibling
    for col in spec.required:
        if col not in present:
            headers = ", ".join(repr(a) for a in C.aliases_for(spec, spec.column(col))[:3])
            problems.append(Problem.keyed(name, "problem_missing_column", col, table=spec.name, headers=headers))
    return problems


def _mapped_frame(frame: pd.DataFrame, mapping: dict, part: Part, fmt: F.SourceFormat | None,
                  account_id: str | None, has_account: bool) -> pd.DataFrame:
    """The sheet's cells under contract names (still raw), its unknown columns kept beside them."""
    columns = {col: frame[header] for header, cols in mapping.items() for col in cols}
    if has_account and "account_id" not in columns:
        columns["account_id"] = pd.Series(account_id, index=frame.index, dtype=object)
    columns.update({h: frame[h] for h in part.extras})
    out = pd.DataFrame(columns, index=frame.index)  # built once: adding 8,000 columns one by one took minutes
    if fmt is not None:
        for column, table_values in fmt.values.items():
            if column in out:
                text = out[column].astype("string").str.strip().str.lower()
                out[column] = text.map(lambda v, values=table_values: values.get(v, v) if isinstance(v, str) else v).astype(object)
    return out


def _post_identity(out: pd.DataFrame, frame: pd.DataFrame, mapping: dict, name: str):
    """Posts: whether times carry an hour, and ids where the export has none."""
    problems, warnings = [], []
    source = next(h for h, cols in mapping.items() if "published_at" in cols)
    if out["published_at"].notna().any() and not has_time_of_day(frame[source], out["published_at"]):
        out["published_date_only"] = True  # only then: a column every other export would carry as False
        warnings.append(Notice("notice_date_only", accounts_of(out), file=name))
    taken = next((h for h, cols in mapping.items() if "captured_at" in cols), None)
    if taken is not None and out["captured_at"].notna().any() and not has_time_of_day(frame[taken], out["captured_at"]):
        out["captured_at"] = out["captured_at"] + pd.Timedelta(days=1)  # a day (数据日期): the figures as of its close
    if "post_id" not in out:
        out["post_id"], collision = _derived_post_ids(out)
        warnings.append(Notice("notice_derived_ids", file=name))
        problems += [collision] if collision is not None else []
    return out, problems, warnings


def _read_sheet(path: Path, sheet: Sheet, raw: pd.DataFrame, fmt: F.SourceFormat | None, table: str | None,
                account_id: str | None, timezones: dict[str, str]):
    """One sheet → (part, canonical frame with provenance, problems, notices)."""
    name = path.name
    part, mapping, problems = _place(path, sheet, [str(c) for c in raw.columns], fmt, table)
    if part is None or mapping is None:
        return part, None, [], []
    spec = C.TABLES.get(part.table)  # None for an account's profile page
    frame = _drop_blank_and_totals(raw)
    present = {c for cols in mapping.values() for c in cols}
    problems += _missing(name, spec, present, fmt is not None, account_id)
    hidden = [h for h in mapping if normalize_header(h) != h.strip().lower() and F.INVISIBLE.search(h)]
    if fmt is not None and fmt.author:
        problems += _one_author(name, frame, fmt)
    if problems:
        return part, None, problems, []
    out = _mapped_frame(frame, mapping, part, fmt, account_id, spec is not None)
    if fmt is not None:
        part.account_name = _most_common(frame, fmt.name_from)
        part.platform_user = next((_most_common(frame, h) for h in fmt.author if h in frame and frame[h].notna().any()), None)
    out, problems, warnings = parse_columns(out, spec or _profile_spec(), name, timezones)
    for hook in fmt.hooks if fmt is not None else ():
        out = hook(out, frame)
    if part.table == "posts" and "published_at" in present:
        out, more, notes = _post_identity(out, frame, mapping, name)
        problems, warnings = problems + more, warnings + notes
    if fmt is not None and part.table == "daily" and "followers" not in out:
        out["followers"] = float("nan")
    if part.extras:
        warnings.append(Notice("notice_unmapped", file=name, columns=", ".join(part.extras)))
    if hidden:
        warnings.append(Notice("notice_invisible_header", file=name, columns=", ".join(repr(h) for h in hidden)))
    out["_file"] = part.where  # a workbook's sheets are told apart in messages and when combined
    out["_row"] = out.index.astype(int)
    part.rows = len(out)
    dated = C.DATE_COLUMNS.get(part.table)
    if dated in out and out[dated].notna().any():
        part.first, part.last = out[dated].min(), out[dated].max()
    return part, out.reset_index(drop=True), problems, warnings


def _profile_spec() -> C.Table:
    """An account's own page (crawlers' user files): name, verification and a follower count."""
    return C.Table("profile", (), (
        C.Column("name", C.TEXT), C.Column("verified", C.BOOL), C.Column("bio", C.TEXT),
        C.Column("created_on", C.DATE), C.Column("followers", C.COUNT), C.Column("date", C.DATE),
        C.Column("platform_user_id", C.TEXT),
    ))


def _one_author(name: str, frame: pd.DataFrame, fmt: F.SourceFormat) -> list[Problem]:
    """A crawler file may mix authors (a keyword search); one account's posts must come from one author."""
    column = next((h for h in fmt.author if h in frame and frame[h].notna().any()), None)
    column = column or (fmt.name_from if fmt.name_from in frame else None)
    if column is None:
        return []
    values = parse_text(frame[column]).dropna()
    authors = values.unique()
    if len(authors) <= 1:
        return []
    names = parse_text(frame[fmt.name_from]).dropna().unique()[:3] if fmt.name_from in frame else authors[:3]
    return [Problem(name, f"holds posts by {len(authors)} different authors (e.g. {', '.join(map(str, names))}), "
                          "so it is a search or a mix, not one account's posts; crawl the account alone "
                          "(the crawler's creator mode) and load that file", column=column)]


def _most_common(frame: pd.DataFrame, column: str | None) -> str | None:
    if not column or column not in frame:
        return None
    values = parse_text(frame[column]).dropna()
    return None if values.empty else str(values.value_counts().index[0])


def _derived_post_ids(frame: pd.DataFrame) -> tuple[pd.Series, Problem | None]:
    """Ids for exports without one: account and publish time, so an edited title keeps its id.

    Posts published in the same second are told apart by their title; two rows alike in both
    are reported in the user's terms (rows, publish time, title).
    """
    published = frame["published_at"].astype(object).map(str)
    title = frame["title"].astype(object).map(lambda v: "" if v is None or v != v else str(v)) if "title" in frame else ""
    base = frame["account_id"].astype(object).map(str) + "|" + published
    clash = base.duplicated(keep=False)
    key = base.where(~clash, base + "|" + title)

    def digest(k: str) -> str:
        return "p-" + hashlib.sha1(k.encode("utf-8")).hexdigest()[:12]

    same = key.duplicated(keep=False) & frame["published_at"].notna()
    rows = pd.Series(frame.index.astype(str), index=frame.index)
    ids = key.where(~same, key + "|" + rows).map(digest)  # one message, not a duplicate-id one too
    # a row without a time still gets an id: its blank time is the one problem to report, not a post_id column
    ids = ids.where(frame["published_at"].notna(), ("row|" + rows + "|" + title).map(digest))
    if not same.any():
        return ids, None
    rows = [int(i) for i in frame.index[same.to_numpy()]]
    first = frame.loc[same].iloc[0]
    return ids, Problem(str(frame["_file"].iloc[0]) if "_file" in frame else "(data)",
                        f"rows {', '.join(map(str, rows[:5]))} have the same publish time "
                        f"({first['published_at']}) and the same title, and the file has no post id to tell them "
                        "apart: remove the repeated row, or export with the platform's id column",
                        "published_at", rows, "posts")


def survey(files: list[Path]) -> list[Part]:
    """The declared format of each sheet of ``files``, from their first rows alone (no cell parsed)."""
    parts = []
    for file in files:
        try:
            sheets = read_heads(file)
        except FileProblem:
            continue
        for sheet in sheets:
            fmt, _ = _recognise(sheet)
            if fmt is not None:
                parts.append(Part(file.name, sheet.name, fmt.key, fmt.label, fmt.table, fmt.platform,
                                  skipped=fmt.skip))
    return parts


def _data_files(paths: list[Path], dataset: Dataset) -> list[Path]:
    """The data files named or inside the folders named; accounts first (their time zones decide
    how aware datetimes become local time), then oldest first so later exports win."""
    files = []
    for item in paths:
        if not item.exists():
            dataset.problems.append(Problem.keyed(str(item), "problem_no_such_path"))
            continue
        found = [p for p in (item.iterdir() if item.is_dir() else [item]) if p.is_file() and data_suffix(p)]
        for lock in (p for p in found if p.name.startswith("~$")):
            dataset.parts.append(Part(lock.name, None, "lock", "an Office lock file", None,
                                      skipped="left alone: Office keeps it while the workbook is open"))
        files += [p for p in found if not p.name.startswith((".", "~$"))]
    if not files and not dataset.problems:
        dataset.problems.append(Problem.keyed(dataset.source, "problem_no_data_files"))
    return sorted(files, key=lambda p: (0 if _guess_table(p, []) == "accounts" else 1, p.stat().st_mtime_ns, p.name))


def _read_all(files: list[Path], dataset: Dataset, account_id: str | None):
    """Every file's sheets into ``dataset`` (parts, problems, notices); frames by table, and profiles."""
    frames: dict[str, list[pd.DataFrame]] = {}
    profiles: list[pd.DataFrame] = []
    timezones: dict[str, str] = {}
    for file in files:
        result = read_file(file, account_id=account_id, timezones=timezones)
        dataset.problems += result.problems
        dataset.warnings += result.warnings
        for part, frame in result.parts:
            dataset.parts.append(part)
            if part.skipped:
                continue
            dataset.files.setdefault(part.table, []).append(file.name)
            if part.extras:
                dataset.unmapped[part.where] = part.extras
            if frame is None:
                continue
            (profiles if part.table == "profile" else frames.setdefault(part.table, [])).append(frame)
            if part.table == "accounts" and "timezone" in frame:
                timezones.update(frame.dropna(subset=["timezone"]).set_index("account_id")["timezone"].to_dict())
    return frames, profiles


def _own_profiles(profiles: list[pd.DataFrame], dataset: Dataset, frames: dict, account_id: str | None,
                  siblings: list[str]) -> list[pd.DataFrame]:
    """The account's own profile rows (a crawler's user file may list many), their follower counts
    filed in the daily log by the date the crawler read them."""
    uids = {n.split(".")[0] for n in [*(p.file for p in dataset.parts), *siblings] if n.split(".")[0].isdigit()}
    mine = []
    for profile in profiles:
        chosen = profile_for(profile, uids)
        if chosen is None:
            dataset.warnings.append(Notice("notice_profile_unmatched", file=str(profile["_file"].iloc[0]),
                                           count=len(profile)))
            continue
        mine.append(chosen)
        dataset.files.setdefault("daily", []).append(str(chosen["_file"].iloc[0]))
        if account_id and "followers" in chosen and "date" in chosen and chosen["date"].notna().any():
            snap = chosen.dropna(subset=["date", "followers"])[["date", "followers", "_file", "_row"]].copy()
            snap["account_id"] = account_id
            frames.setdefault("daily", []).append(snap.drop_duplicates("date", keep="last"))
    return mine


def _register_account(dataset: Dataset, account_id: str, platform: str | None, role: str,
                      declared: list[Part], profiles: list[pd.DataFrame]) -> None:
    """Add the accounts row the exports imply when no accounts table names the account."""
    implied = register(account_id, platform, role, declared, profiles)
    accounts = dataset.tables.get("accounts")
    unnamed = accounts is None or account_id not in set(accounts["account_id"])
    if implied is None and unnamed:
        dataset.warnings.append(Notice("notice_platform_unknown", {account_id}, account=account_id))
    dataset.registration = implied
    if implied is not None and unnamed:
        dataset.tables["accounts"] = implied if accounts is None else pd.concat([accounts, implied], ignore_index=True)


def load_dataset(path: str | Path | list, account_id: str | None = None, arrow_text: bool = False,
                 platform: str | None = None, role: str = "own", known_platform: str | None = None,
                 registered: bool = False, siblings: list[str] = ()) -> Dataset:
    """Every data file in ``path`` (a folder, one file, or a list of them), mapped and checked.

    Never raises for bad data: problems land in ``Dataset.problems``. Use
    :func:`read_dataset` to get an exception instead. Text columns come as Python strings
    (``None`` for missing), the form the analyses read; ``arrow_text`` keeps them
    Arrow-backed for the store, which takes them without a copy. ``platform`` and ``role``
    (with ``account_id``) say what the exports cannot; ``known_platform`` is the account's
    platform and ``registered`` says so where a store already knows the account; ``siblings``
    names the other files loaded with these one at a time (a crawler's ``<user_id>.csv``).
    """
    from socialops.data.validate import validate  # validation reads provenance columns, then they go

    paths = [Path(p) for p in path] if isinstance(path, (list, tuple)) else [Path(path)]
    dataset = Dataset(source=", ".join(map(str, paths)))
    files = _data_files(paths, dataset)
    if dataset.problems:
        return dataset
    frames, profiles = _read_all(files, dataset, account_id)
    declared = [p for p in dataset.parts if p.format != GENERIC]
    resolved, platform_problems = platform_of(declared, platform, known_platform)
    dataset.problems += platform_problems
    for part in declared:
        part.platform = part.platform or resolved
    if "traffic" in frames:
        frames.setdefault("daily", []).append(traffic_reads(pd.concat(frames["traffic"], ignore_index=True)))
    mine = _own_profiles(profiles, dataset, frames, account_id, siblings)
    taken = [snapshots_of(frame) for frame in frames.get("posts", []) if "captured_at" in frame]
    if any(len(s) for s in taken):  # every file's reading of its posts, kept before the posts merge into one row each
        frames.setdefault("post_snapshots", []).extend(s for s in taken if len(s))
    for table, parts in frames.items():
        dataset.tables[table] = combine(parts, table)
    if account_id and declared and not registered:
        _register_account(dataset, account_id, resolved, role, declared, mine)
    if "comments" in dataset.tables:  # authors hashed, terms and sentiment worked out: once, as they are read
        dataset.tables["comments"] = prepare_comments(dataset.tables["comments"])
    daily = dataset.tables.get("daily")
    if daily is not None and declared and daily["followers"].isna().all():
        dataset.warnings.append(Notice("notice_no_follower_totals", accounts_of(daily)))
    dataset.problems += validate(dataset.tables, dataset.problems)
    for table, frame in dataset.tables.items():
        frame = frame.drop(columns=[c for c in PROVENANCE if c in frame])
        text = [] if arrow_text else [c for c, kind in frame.dtypes.items()
                                      if not pd.api.types.is_object_dtype(kind) and pd.api.types.is_string_dtype(kind)]
        if text:  # all at once: one column at a time grows with the square of a wide file's columns
            converted = pd.DataFrame({c: python_strings(frame[c]) for c in text}, index=frame.index)
            frame = pd.concat([frame.drop(columns=text), converted], axis=1)[list(frame.columns)]
        dataset.tables[table] = frame
    return dataset


def read_dataset(path: str | Path, account_id: str | None = None, **kw) -> Dataset:
    """Like :func:`load_dataset`, but raise :class:`DataError` when anything is wrong."""
    dataset = load_dataset(path, account_id, **kw)
    if dataset.problems:
        raise DataError(dataset.problems)
    return dataset
