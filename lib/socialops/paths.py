"""Project paths, resolved once, so notebooks run the same from JupyterLab and papermill."""
from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    """``$SOCIALOPS_ROOT``, else the checkout this package lives in, else the working folder."""
    if os.environ.get("SOCIALOPS_ROOT"):
        return Path(os.environ["SOCIALOPS_ROOT"]).resolve()
    here = Path(__file__).resolve().parents[2]
    if (here / "pyproject.toml").exists() and (here / "notebooks").is_dir():
        return here
    return Path.cwd()


def sample_dir() -> Path:
    return project_root() / "data" / "sample"


def store_path() -> Path:
    """The default history store (``socialops ingest`` writes it)."""
    return project_root() / "data" / "socialops.duckdb"


def default_source() -> Path:
    """Where workbooks read by default: the store when it exists, else the bundled sample."""
    return store_path() if store_path().exists() else sample_dir()


def reports_dir() -> Path:
    return project_root() / "reports"


def notebooks_dir() -> Path:
    return project_root() / "notebooks"


def inside(folder: Path, *parts: str) -> Path:
    """``folder/parts`` after checking the result stays inside ``folder``: ids become paths."""
    for part in parts:  # each one a plain file name: no separators, no . or .., within the file system's limit
        if part in ("", ".", "..") or any(c in part for c in "/\\\x00") or len(part.encode("utf-8")) > 255:
            raise ValueError(f"refusing to use {part[:80]!r} as a file name under {folder}")
    root = Path(folder).resolve()
    path = root.joinpath(*parts).resolve()
    if root != path and root not in path.parents:
        raise ValueError(f"refusing to write outside {folder}: {'/'.join(parts)}")
    return path
