"""Jobs into tasks: one report per (job, subject), its period and the file it writes.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socialops import paths as project
from socialops.batch.config import Config, ConfigError, Job

if TYPE_CHECKING:
    import pandas as pd

# pandas is imported where periods are computed, not at module import: `socialops run`
# loads its config and starts its workers before pandas has loaded.

def as_of_date(cfg: Config, data_end: pd.Timestamp | None, today: pd.Timestamp | None = None) -> pd.Timestamp:
    """The day periods are counted back from: today, or the day after the data ends."""
    import pandas as pd

    today = (today or pd.Timestamp.now()).normalize()
    if cfg.as_of == "data" and data_end is not None:
        return data_end.normalize() + pd.Timedelta(days=1)
    return today


def period_dates(spec: str | dict, as_of: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The start and end (inclusive) of a named period before ``as_of``."""
    import pandas as pd

    if isinstance(spec, dict):
        return pd.Timestamp(spec["start"]), pd.Timestamp(spec["end"])
    yesterday = as_of - pd.Timedelta(days=1)
    if spec == "yesterday":
        return yesterday, yesterday
    if spec == "last_7_days":
        return as_of - pd.Timedelta(days=7), yesterday
    if spec == "last_30_days":
        return as_of - pd.Timedelta(days=30), yesterday
    if spec == "last_week":
        monday = as_of - pd.Timedelta(days=as_of.day_of_week) - pd.Timedelta(days=7)
        return monday, monday + pd.Timedelta(days=6)
    first = as_of.replace(day=1)
    start = (first - pd.Timedelta(days=1)).replace(day=1)
    return start, first - pd.Timedelta(days=1)


def period_slug(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """File-name form of a period: 2026-10, 2026-W44, 2026-11-21 or 2026-10-01_2026-10-15.

    A job in a language other than the config's default adds it: 2026-10.zh.
    """
    import pandas as pd

    if start.day == 1 and end == start + pd.offsets.MonthEnd(0):
        return f"{start:%Y-%m}"
    if start.day_of_week == 0 and (end - start).days == 6:
        iso = start.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if start == end:
        return f"{start:%Y-%m-%d}"
    return f"{start:%Y-%m-%d}_{end:%Y-%m-%d}"


# ---------------------------------------------------------------- planning

@dataclass
class Task:
    job: str
    notebook: str
    subject: str
    period: str
    params: dict[str, Any]
    out_html: str
    index_href: str
    timeout: float

    @property
    def label(self) -> str:
        return f"{self.job}/{self.subject}/{self.period}"


def subject_directory(data_dir: str | Path):
    """Accounts, campaigns and each account's last logged day: enough to choose subjects.

    From a store only those are read (not years of posts); a folder is loaded leniently,
    so data that fails validation still names its subjects.
    """
    from socialops.data.source import open_source

    source = open_source(data_dir, strict=False)
    data = source.directory()
    data.tables["daily"] = source.log_ends()
    return data


def select_subjects(kind: str, which: list[str] | str, data, who: str) -> list[tuple[str, dict]]:
    """(subject id, extra parameters) for ``which`` ("own", "all", "finished" or ids) of ``kind``
    ("account" or "campaign"); ``who`` names the asker in errors (a job, a CLI option)."""
    if kind == "campaign":
        table = data.get("campaigns")
        if table is None:
            raise ConfigError(f"{who}: the data has no campaigns table")
        ids = list(table["campaign_id"])
        if which == "finished":
            daily = data.get("daily")
            ends = table["account_id"].map(lambda a: None if daily is None else daily.loc[daily["account_id"] == a, "date"].max())
            ids = list(table.loc[ends.notna() & (table["end"] <= ends), "campaign_id"])
        elif which != "all":
            ids = which
        rows = table.set_index("campaign_id")
        out = []
        for cid in ids:
            if cid not in rows.index:
                raise ConfigError(f"{who}: campaign '{cid}' is not in the data")
            out.append((cid, {"_start": rows.loc[cid, "start"], "_end": rows.loc[cid, "end"]}))
        return out
    accounts = data.get("accounts")
    if kind == "accounts":  # one report on several accounts: the subject names the set ("own", "all" or the ids)
        ids = [which] if isinstance(which, str) else list(which)
        known = set() if accounts is None else set(accounts["account_id"])
        missing = [a for a in ids if a not in ("own", "all") and accounts is not None and a not in known]
        if missing:
            raise ConfigError(f"{who}: account(s) not in the data: {', '.join(missing)}")
        return [(which if isinstance(which, str) else "-".join(ids), {"_accounts": ",".join(ids)})]
    if which in ("own", "all"):
        if accounts is None or (which == "own" and "role" not in accounts):
            raise ConfigError(f"{who}: accounts = \"{which}\" needs an accounts table (with a role column)")
        chosen = accounts if which == "all" else accounts[accounts["role"] == "own"]
        return [(a, {}) for a in chosen["account_id"]]
    known = set() if accounts is None else set(accounts["account_id"])
    missing = [a for a in which if accounts is not None and a not in known]
    if missing:
        raise ConfigError(f"{who}: account(s) not in the data: {', '.join(missing)}")
    return [(a, {}) for a in which]


def plan(cfg: Config, jobs: Iterable[Job] | None = None, today: pd.Timestamp | None = None,
         directory=None) -> list[Task]:
    """One task per (job, subject), with its parameters and output path.

    Subjects are read leniently: data that fails validation still names its accounts
    and campaigns, so each report fails on its own with the exact problem (shown in its
    failed page and the index) instead of the batch vanishing. ``directory``: the subjects
    already read with :func:`subject_directory`, so a caller that read them is not made to wait twice.
    """
    data = directory if directory is not None else subject_directory(cfg.data_dir)
    daily = data.get("daily")
    data_end = None if daily is None or daily.empty else daily["date"].max()
    as_of = as_of_date(cfg, data_end, today)
    tasks = []
    for job in jobs or cfg.jobs:
        for subject, extra in select_subjects(job.subject_kind, job.subjects, data, f"job {job.name}"):
            if job.subject_kind == "campaign":
                start, end = extra["_start"], extra["_end"]
                params = {"campaign_id": subject}
            elif job.subject_kind == "accounts":
                start, end = period_dates(job.period, as_of)
                params = {"accounts": extra["_accounts"], "start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}"}
            else:
                start, end = period_dates(job.period, as_of)
                params = {"account_id": subject, "start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}"}
            slug = (f"{start:%Y-%m-%d}_{end:%Y-%m-%d}" if job.subject_kind == "campaign"  # a campaign is filed by its dates
                    else period_slug(start, end)) + ("" if job.lang == cfg.lang else f".{job.lang}")
            try:
                out = project.inside(cfg.output, job.notebook.stem, subject, f"{slug}.html")
            except ValueError as exc:
                raise ConfigError(f"job {job.name}: {exc}") from None
            params = {"data_dir": str(cfg.data_dir), "lang": job.lang, **job.params, **params}
            depth = len(out.relative_to(cfg.output.resolve()).parts) - 1
            tasks.append(Task(job.name, str(job.notebook), subject, slug, params, str(out),
                              "../" * depth + "index.html", job.timeout))
    seen: dict[str, str] = {}
    for task in tasks:
        if task.out_html in seen and seen[task.out_html] != task.job:
            raise ConfigError(f"{cfg.path}: jobs {seen[task.out_html]} and {task.job} would both write "
                              f"{Path(task.out_html).relative_to(cfg.output.resolve())}; give them different "
                              "notebooks, subjects, periods or languages")
        seen[task.out_html] = task.job
    return tasks
