"""Comments as socialops keeps them: nobody named, replies tied to what they answer, read once.

A commenter's platform id (or a crawler's hash of it) is replaced by a salted hash as soon as the
comment is read, with a salt kept per installation (``<settings>/salt``, made on first use): the
same person gets the same hash in every download, so the user pyramid works, and no one can be
looked up from it. Nicknames and avatars are never read, except where a download gives a commenter's
name and no id (weibo-crawler's comments): then the name is what is hashed. The account's own comments
are told when they are read, by its platform user id (``accounts.platform_user_id``) or its name. Terms, sentiment and flags are worked out
here too (:func:`socialops.data.text.score`), once, so the store keeps them and a report reads them.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import re
import secrets
import tempfile
from functools import lru_cache
from pathlib import Path

import pandas as pd

from socialops.atomic import write_bytes_atomic
from socialops.data import contract as C
from socialops.data import text as T

CRAWLER_HASH = re.compile(r"^[0-9a-f]{16}$")  # MediaCrawler's creator_hash: sha256(user id)[:16]
NO_PARENT = ("", "0", "none", "null", "nan")


def salt_path() -> Path:
    return T.settings_dir() / "salt"


@lru_cache(maxsize=1)
def salt() -> bytes:
    """This installation's salt, made once (32 random bytes, readable by its owner alone); two processes
    making it at once agree on the first one written."""
    path = salt_path()
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".salt.", dir=path.parent)
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
            os.chmod(tmp, 0o600)
            try:
                os.link(tmp, path)  # never replaces a salt another process wrote first
            except FileExistsError:
                pass
        finally:
            Path(tmp).unlink(missing_ok=True)
    value = path.read_text(encoding="ascii").strip()
    if len(value) < 32:
        raise ValueError(f"the salt in {path} is too short: remove it and socialops makes a new one "
                         "(authors hashed with the old one will no longer match)")
    return value.encode("ascii")


def person_key(raw) -> str | None:
    """One key per person whatever the download gave: a crawler's ``creator_hash`` as it is, a platform id
    hashed the way the crawler hashes it, so both forms of the same person meet."""
    if raw is None or (isinstance(raw, float) and raw != raw):
        return None
    text = str(raw).strip()
    if not text or text.lower() in NO_PARENT:
        return None
    if CRAWLER_HASH.fullmatch(text):
        return text
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def hash_person(raw) -> str | None:
    """The salted hash a person is kept as (``a-`` and 16 hex digits)."""
    key = person_key(raw)
    if key is None:
        return None
    return "a-" + hmac.new(salt(), key.encode("ascii"), hashlib.sha256).hexdigest()[:16]


def hash_authors(values: pd.Series) -> pd.Series:
    """A column of platform ids (or crawler hashes) as salted hashes: each distinct value hashed once."""
    distinct = {v: hash_person(v) for v in values.dropna().unique()}
    return values.map(distinct).astype(object).where(values.notna(), None)


def own_authors(accounts: pd.DataFrame | None) -> dict[str, set[str]]:
    """Each account's own salted author hashes: of its platform user id, and of its display name for the downloads
    that give a commenter's name and no id (weibo-crawler's comments; a Weibo name is unique)."""
    if accounts is None:
        return {}
    out: dict[str, set[str]] = {}
    for column in ("platform_user_id", "name"):
        if column in accounts:
            for account, value in zip(accounts["account_id"], accounts[column]):
                hashed = hash_person(value)
                if hashed:
                    out.setdefault(str(account), set()).add(hashed)
    return out


CACHE_KEEP = 64  # prepared downloads kept in the cache (the last read): a folder of exports is read by every report


def prepare(comments: pd.DataFrame) -> pd.DataFrame:
    """:func:`prepared`, remembered: a folder of exports is read again by every report, and segmenting and scoring
    the same comments again (and loading jieba and the classifier for it, ~2 s a process) changes nothing. The
    cache (``$XDG_CACHE_HOME/socialops/comments``) is keyed by the comments' content, this installation's salt and
    everything the scoring reads (labelled comments, word lists, the code, the libraries' versions)."""
    key = _cache_key(comments)
    path = None if key is None else _cache_dir() / f"{key}.pkl"
    if path is not None and path.is_file():
        try:
            found = pd.read_pickle(path)
            os.utime(path)  # read now: the entries read last are the ones kept
            return found
        except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            path.unlink(missing_ok=True)  # a damaged entry: prepared again below
    out = prepared(comments)
    if path is not None:
        try:
            write_bytes_atomic(path, pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
            _prune(path.parent)
        except OSError:
            pass  # a read-only or full cache costs speed, never the data
    return out


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "socialops" / "comments"


def _cache_key(comments: pd.DataFrame) -> str | None:
    """What the prepared comments depend on, hashed; None where the frame cannot be hashed (it is then not cached)."""
    try:
        content = pd.util.hash_pandas_object(comments, index=True).to_numpy().tobytes()
    except (TypeError, ValueError):
        return None
    digest = hashlib.sha256(content)
    digest.update(repr([(c, str(t)) for c, t in comments.dtypes.items()]).encode())
    digest.update(hashlib.sha256(salt()).digest())
    digest.update(T.fingerprint().encode())
    return digest.hexdigest()[:32]


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.pkl"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in entries[CACHE_KEEP:]:
        stale.unlink(missing_ok=True)


def prepared(comments: pd.DataFrame) -> pd.DataFrame:
    """Comments as read → as kept: authors hashed, a parent that is no comment (``0``, blank, itself) removed, and
    terms, sentiment and flags worked out. Which are the account's own is told when they are read (:func:`is_own`),
    from the accounts table as it stands then: an id given later still counts."""
    out = comments.copy()
    if "author" in out:
        out["author"] = hash_authors(out["author"])
    if "parent_id" in out:
        parent = out["parent_id"].astype(object)
        none = parent.isna() | parent.astype(str).str.strip().str.lower().isin(NO_PARENT) | (parent == out["comment_id"])
        out["parent_id"] = parent.where(~none, None)
    if "text" in out and len(out):
        out = out.drop(columns=[c for c in C.COMMENT_DERIVED if c in out])
        out = pd.concat([out, T.score(out["text"])], axis=1)
    return out


def is_own(comments: pd.DataFrame, accounts: pd.DataFrame | None) -> pd.Series:
    """Whether each comment is the account's own: as the file said, else by the account's platform user id or name."""
    said = comments["is_own"].astype("boolean") if "is_own" in comments else pd.Series(pd.NA, index=comments.index,
                                                                                         dtype="boolean")
    mine = own_authors(accounts)
    if mine and "author" in comments:
        own = [author in mine.get(account, ()) for account, author in zip(comments["account_id"], comments["author"])]
        said = said.fillna(pd.Series(own, index=comments.index, dtype="boolean"))
    return said.fillna(False).astype(bool)
