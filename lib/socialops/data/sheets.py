"""Files as downloaded → sheets of raw cells, whatever the file kind.

A platform's "Excel" download may be a real workbook (``.xlsx``, old binary ``.xls``),
an HTML table saved as ``.xls`` (WeChat's back end), CSV in UTF-8 or GB18030 with line
breaks inside cells, or a crawler's JSON / JSON Lines. The kind is told from the bytes,
not the file name. Each sheet offers its first rows (to find and recognise the header)
and its body under a chosen header row; nothing here knows any platform.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from socialops.data.formats import COMMENTS_SHEET, wechat_article_ids

DATA_SUFFIXES = (".csv", ".csv.gz", ".xlsx", ".xls", ".parquet", ".txt", ".json", ".jsonl")
HEADER_SCAN_ROWS = 10


class FileProblem(Exception):
    """The file cannot be read at all; the message says what was expected."""


@dataclass
class Sheet:
    """One table-shaped part of a file: a CSV, a workbook sheet, an HTML table, JSON records."""

    name: str | None                          # the sheet's name in a workbook, else None
    head: list[list[str]]                     # the first rows as text, for finding the header
    body: Callable[[int], pd.DataFrame]       # the rows under header row i, headers as columns
    records: bool = False                     # JSON records: the keys are the header


def data_suffix(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in DATA_SUFFIXES if name.endswith(s)), None)


def cell_text(cell) -> str:
    if cell is None or (isinstance(cell, float) and cell != cell):
        return ""
    return str(cell).replace("\ufeff", "").strip()


def dedupe(names: list[str]) -> list[str]:
    """Header names made unique (``a``, ``a.1``) with blanks named by position."""
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(names):
        name = name or f"unnamed_{i + 1}"
        if name.startswith("Unnamed: "):
            name = f"unnamed_{i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        out.append(name)
    return out


HEAD_BYTES = 1 << 16


def read_heads(path: Path) -> list[Sheet]:
    """Like :func:`read_sheets`, reading only as much as recognising a file needs (its first rows)."""
    suffix = data_suffix(path)
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            names = pq.read_schema(path).names
        except Exception:  # a damaged file: the full read will say why
            raise FileProblem("could not read as a Parquet file") from None
        return [_frame_sheet(None, pd.DataFrame(columns=names))]
    if suffix in (".csv", ".txt", ".jsonl"):
        with open(path, "rb") as handle:
            data = handle.read(HEAD_BYTES)
        if len(data) == HEAD_BYTES:  # cut at the last whole line: no half character, no half record
            data = data[: data.rfind(b"\n") + 1] or data
        return _from_bytes(path, data, suffix)
    return read_sheets(path)


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of ``path``; raises :class:`FileProblem` when the file cannot be read."""
    suffix = data_suffix(path)
    if suffix == ".parquet":
        return [_frame_sheet(None, _read_parquet(path))]
    return _from_bytes(path, path.read_bytes(), suffix)


def _from_bytes(path: Path, data: bytes, suffix: str | None) -> list[Sheet]:
    if suffix == ".csv.gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            raise FileProblem("could not decompress: not a gzip file") from None
    if not data.strip():
        raise FileProblem("empty file: no header row")
    if data[:4] == b"PK\x03\x04":
        return _workbook(path, io.BytesIO(data), "openpyxl")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return _workbook(path, io.BytesIO(data), "calamine")  # the old binary .xls
    if suffix in (".xlsx", ".xls") and not _looks_like_html(data):
        if suffix == ".xlsx":
            raise FileProblem("could not read as an Excel workbook (not a zip archive); re-save it as .xlsx or .csv")
    text = decode(data)
    if _looks_like_html(data):
        return _html_tables(text)
    if suffix in (".json", ".jsonl") or text.lstrip()[:1] in ("[", "{"):
        return _json_sheets(text, suffix)
    return [_csv_sheet(text)]


BOM = b"\xef\xbb\xbf"


def decode(data: bytes) -> str:
    """The file's text, from strict UTF-8 or, with evidence, GB18030; anything else is refused.

    A file is GB18030 only when it holds no valid UTF-8 beyond ASCII and decodes as GB18030
    to plausible Chinese text. A UTF-8 file with a damaged byte or a GB18030 row, and a
    UTF-8 byte-order mark in front of GB18030 text, are refused with the row and byte
    offset of the first bad sequence: guessing would store mojibake.
    """
    if b"\x00" in data[:8192]:
        raise FileProblem("not a text file (binary content); expected CSV text in UTF-8 or GB18030")
    body = data[len(BOM):] if data.startswith(BOM) else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start + (len(data) - len(body))
    line = data[:bad].count(b"\n") + 1
    where = f"line {line} (byte offset {bad})"
    if data.startswith(BOM):
        raise FileProblem(f"{where} is not UTF-8, though the file starts with a UTF-8 byte-order mark "
                          "(its text looks like GB18030): re-save the file as UTF-8")
    lenient = body.decode("utf-8", errors="replace")
    # evidence: Chinese that decodes as UTF-8 outweighs the bytes that do not (GB18030 text forms
    # a stray valid UTF-8 character now and then, but rarely an ideograph, never many)
    if sum("\u4e00" <= c <= "\u9fff" for c in lenient) > lenient.count("\ufffd"):
        raise FileProblem(f"{where} is not valid UTF-8 while the rest of the file is: the file is damaged or mixes "
                          "encodings (e.g. one row in GB18030); re-export it, or re-save it as UTF-8")
    try:
        text = body.decode("gb18030")
    except UnicodeDecodeError:
        raise FileProblem(f"could not decode the text ({where} is neither UTF-8 nor GB18030); expected UTF-8, "
                          "UTF-8 with BOM or GB18030/GBK") from None
    if not _plausible_chinese(text):
        raise FileProblem(f"{where} is not UTF-8, and read as GB18030 the text is not plausible Chinese; "
                          "re-save the file as UTF-8")
    return text


def _plausible_chinese(text: str) -> bool:
    """Most non-ASCII characters are common CJK ideographs or Chinese punctuation (not rare symbols)."""
    wide = [c for c in text if ord(c) > 127]
    if not wide:
        return True
    common = sum("\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
                 or c in "·—…‘’“”" for c in wide)
    return common / len(wide) >= 0.9


def _read_parquet(path: Path) -> pd.DataFrame:
    try:
        return pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises several kinds for a damaged file
        raise FileProblem(f"could not read as a Parquet file ({exc.__class__.__name__})") from None


def _frame_sheet(name: str | None, frame: pd.DataFrame, first_row: int = 2) -> Sheet:
    """A typed frame whose columns are already the header (Parquet; JSON records, numbered from 1)."""
    head = [[str(c) for c in frame.columns]]

    def body(_header_at: int) -> pd.DataFrame:
        out = frame.copy()
        out.columns = dedupe([cell_text(c) for c in out.columns])
        out.index = out.index + first_row
        return out

    return Sheet(name, head, body, records=True)


def _grid_sheet(name: str | None, grid: pd.DataFrame) -> Sheet:
    """A grid of raw cells (workbook sheet, HTML table) with the header somewhere in its first rows."""
    grid = grid.reset_index(drop=True)
    head = [[cell_text(c) for c in row] for row in grid.head(HEADER_SCAN_ROWS).values.tolist()]

    def body(header_at: int) -> pd.DataFrame:
        frame = grid.iloc[header_at + 1:].reset_index(drop=True)
        frame.columns = dedupe([cell_text(c) for c in grid.iloc[header_at]])
        frame.index = frame.index + header_at + 2
        return frame

    return Sheet(name, head, body)


def _workbook(path: Path, handle, engine: str) -> list[Sheet]:
    try:
        sheets = pd.read_excel(handle, sheet_name=None, header=None, dtype=object, engine=engine)
    except Exception as exc:  # openpyxl and xlrd raise many kinds for a damaged workbook
        raise FileProblem(f"could not read as an Excel workbook ({exc.__class__.__name__})") from None
    out = [_grid_sheet(name, grid.dropna(how="all", axis=1)) for name, grid in sheets.items() if not grid.empty]
    if not out:
        raise FileProblem("empty workbook: no header row")
    return out


def _looks_like_html(data: bytes) -> bool:
    start = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<html", b"<!doctype", b"<table", b"<?xml", b"<meta", b"<head")) or b"<table" in start


def _html_tables(text: str) -> list[Sheet]:
    """An HTML page saved as ``.xls`` (WeChat's user analysis download): each <table> a sheet."""
    try:
        tables = pd.read_html(io.StringIO(text), header=None, keep_default_na=False, flavor="lxml")
    except ValueError:
        raise FileProblem("an HTML file with no table in it; expected the export's data table") from None
    sheets = []
    for i, table in enumerate(tables):
        table = table.astype(object)
        if isinstance(table.columns, pd.MultiIndex) or not all(isinstance(c, int) for c in table.columns):
            table = pd.concat([pd.DataFrame([list(table.columns)], columns=table.columns), table], ignore_index=True)
            table.columns = range(table.shape[1])
        sheets.append(_grid_sheet(f"table {i + 1}" if len(tables) > 1 else None, table))
    return sheets


def _csv_sheet(text: str) -> Sheet:
    head = list(csv.reader(io.StringIO("\n".join(text.splitlines()[:HEADER_SCAN_ROWS]))))
    head = [[cell_text(c) for c in row] for row in head]

    def body(header_at: int) -> pd.DataFrame:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", pd.errors.ParserWarning)  # rows longer than the header
                frame = pd.read_csv(io.StringIO(text), skiprows=header_at, dtype=str, keep_default_na=False,
                                    skip_blank_lines=False, header=0, index_col=False, on_bad_lines="error")
        except (pd.errors.ParserError, pd.errors.ParserWarning):
            frame = _ragged_csv(text, header_at)
        frame.columns = dedupe([cell_text(c) for c in frame.columns])
        frame.index = frame.index + header_at + 2
        return frame

    return Sheet(None, head, body)


def _ragged_csv(text: str, header_at: int) -> pd.DataFrame:
    """CSV whose rows do not all have the header's length: trailing commas (empty extra fields)
    are dropped and short rows padded; a row with a value beyond the header is refused by line."""
    reader = csv.reader(io.StringIO(text))
    rows, overflow = [], []
    header: list[str] | None = None
    for number, row in enumerate(reader):
        if number < header_at:
            continue
        if header is None:
            header = row
            continue
        extra = row[len(header):]
        if any(cell.strip() for cell in extra):
            overflow.append((reader.line_num, len(row), next(c for c in extra if c.strip())))
        rows.append((row + [""] * len(header))[:len(header)])
    if overflow:
        lines = ", ".join(str(line) for line, _, _ in overflow[:5]) + (f" (and {len(overflow) - 5} more)" if len(overflow) > 5 else "")
        line, fields, value = overflow[0]
        raise FileProblem(f"line(s) {lines} have more fields than the header's {len(header or [])} (line {line}: "
                          f"{fields}, one more value '{value[:40]}'): a value holding a comma needs quotes")
    return pd.DataFrame(rows, columns=header or [], dtype=str)


def _json_sheets(text: str, suffix: str | None) -> list[Sheet]:
    """A JSON file's records, and the comments nested in them where an exporter put them there."""
    records = _json_records(text)
    frame = pd.DataFrame.from_records([{k: _scalar(v) for k, v in r.items()} for r in records]).astype(object)
    frame = frame.where(frame.notna(), None)
    sheets = [_frame_sheet(None, frame, first_row=1)]
    nested = _nested_comments(records)
    if nested is not None:
        sheets.append(_frame_sheet(COMMENTS_SHEET, nested, first_row=1))
    return sheets


def _nested_comments(records: list[dict]) -> pd.DataFrame | None:
    """wechat-article-exporter's JSON with 留言 (utils/download/Exporter.ts: each article's ``comments``, each with its
    ``$reply_list``) as one row per comment or reply: the article's id (``mid_idx`` of its link), ``comment_id``
    (a reply: its comment's ``content_id`` and ``-r`` and its ``reply_id``) and ``reply_to``; None for other JSON."""
    rows = []
    for article in records:
        comments = article.get("comments")
        if not isinstance(comments, list) or not article.get("link"):
            continue
        for comment in (c for c in comments if isinstance(c, dict)):
            base = {"article_id": article["link"], "link": article["link"]}
            rows.append({**base, **_comment_fields(comment), "comment_id": str(comment.get("content_id")),
                         "reply_total_cnt": (comment.get("reply_new") or {}).get("reply_total_cnt"), "reply_to": None})
            for reply in comment.get("$reply_list") or []:
                if isinstance(reply, dict):
                    rows.append({**base, **_comment_fields(reply), "like_num": reply.get("reply_like_num"),
                                 "comment_id": f"{comment.get('content_id')}-r{reply.get('reply_id')}",
                                 "reply_to": str(comment.get("content_id"))})
    if not rows:
        return None
    frame = pd.DataFrame(rows).astype(object)
    frame["article_id"] = wechat_article_ids(frame["article_id"]).astype(object)
    return frame.where(frame.notna(), None)


def _comment_fields(item: dict) -> dict:
    """What a 留言 or its reply says: text, time, likes, where from, and the name that is hashed (never kept)."""
    place = item.get("ip_wording") if isinstance(item.get("ip_wording"), dict) else {}
    return {"content": item.get("content"), "create_time": item.get("create_time"), "nick_name": item.get("nick_name"),
            "like_num": item.get("like_num"), "province_name": place.get("province_name") or None}


def _json_records(text: str) -> list[dict]:
    """JSON Lines (one record a line) or a JSON array of records, as crawlers write them."""
    records: list[dict] = []
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            loaded = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise FileProblem(f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
        records = [r for r in loaded if isinstance(r, dict)] if isinstance(loaded, list) else []
    else:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise FileProblem(f"line {number} is not a JSON record ({exc.msg}); "
                                  "expected one JSON object per line") from None
            if isinstance(record, dict):
                records.append(record)
    if not records:
        raise FileProblem("no JSON records found; expected an array of objects or one object per line")
    return records


def _scalar(value):
    """Nested JSON values (lists, objects) as compact JSON text; scalars as they are."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value
