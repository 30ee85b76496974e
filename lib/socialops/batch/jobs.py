"""reports.toml → report jobs → rendered reports, in parallel, with an index.

A config names jobs (notebook, subjects, period, language, schedule); :func:`plan`
turns them into one task per (job, subject); :func:`run` renders the tasks in
long-lived worker processes (``local``) or on a dask cluster (``dask``), then rebuilds
the report index. A bad config is refused with its line and key before anything runs.
"""
from __future__ import annotations

import os
import re
import threading
import time
import tomllib
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import ForkServerContext, ForkServerProcess
from dataclasses import dataclass, field
from datetime import date, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from socialops import catalog
from socialops import paths as project
from socialops.publish import runtime
from socialops.publish.runtime import Stop
from socialops.publish import worker
from socialops.data.contract import DOT_IDS, ID_PATTERN
from socialops.publish.params import ParamError
from socialops.publish.params import check as check_params

if TYPE_CHECKING:
    import pandas as pd

PERIODS = ("last_month", "last_week", "yesterday", "last_7_days", "last_30_days")
DEFAULT_KEYS = {"data_dir", "output", "lang", "workers", "executor", "scheduler", "as_of", "timeout"}
JOB_KEYS = {"notebook", "accounts", "campaigns", "params", "period", "lang", "schedule", "timeout"}


class ConfigError(Exception):
    """reports.toml is not usable; the message names the file, line and key."""


@dataclass
class Job:
    name: str
    notebook: Path
    subject_kind: str              # "account" or "campaign"
    subjects: list[str] | str      # ids, or "own" / "all" / "finished"
    params: dict[str, Any]
    period: str | dict[str, str]
    lang: str
    schedule: str | None
    timeout: float


@dataclass
class Config:
    path: Path
    data_dir: Path
    output: Path
    lang: str = "en"
    workers: int = 2
    executor: str = "local"
    scheduler: str | None = None
    as_of: str = "today"           # "today", or "data": the day after the data's last date
    timeout: float = 600.0
    jobs: list[Job] = field(default_factory=list)

    def job(self, name: str) -> Job:
        for job in self.jobs:
            if job.name == name:
                return job
        raise ConfigError(f"{self.path}: no job '{name}'; jobs: {', '.join(j.name for j in self.jobs)}")


# ---------------------------------------------------------------- config

def _line_of(text: str, table: str, key: str | None = None) -> int | None:
    """The 1-based line of ``key`` inside ``[table]`` (or of the table header when ``key`` is None)."""
    lines = text.splitlines()
    header = re.compile(r"^\s*\[\s*" + re.escape(table).replace(r"\.", r"\s*\.\s*") + r"\s*\]\s*(#.*)?$")
    start = next((i for i, line in enumerate(lines) if header.match(line)), None)
    if start is None:
        return None
    if key is None:
        return start + 1
    for i in range(start + 1, len(lines)):
        if re.match(r"^\s*\[", lines[i]):
            break
        if re.match(r"^\s*" + re.escape(key) + r"\s*=", lines[i]):
            return i + 1
    return start + 1


def _fail(path: Path, text: str, table: str, key: str | None, message: str) -> ConfigError:
    line = _line_of(text, table, key)
    where = f"{path}" + (f", line {line}" if line else "") + f", [{table}]" + (f" {key}" if key else "")
    return ConfigError(f"{where}: {message}")


def _number(value, path, text, table, key, minimum: float = 0, integer: bool = False):
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value > minimum
    if not ok or (integer and not isinstance(value, int)):
        kind = "a whole number" if integer else "a number"
        raise _fail(path, text, table, key, f"expected {kind} above {minimum:g}, got {value!r}")
    return value


def cron_problem(schedule) -> str | None:
    """Why ``schedule`` is no usable cron expression (five fields that fire at least once in
    eight years), or None. A sixth field (seconds) or 31 February would never run as meant."""
    from croniter import CroniterBadDateError, croniter

    example = '(e.g. "0 9 * * MON": minute hour day-of-month month weekday)'
    if isinstance(schedule, str) and len(schedule.split()) == 6:
        return f"a cron expression has five fields; {schedule!r} has six (seconds are not scheduled) {example}"
    if not isinstance(schedule, str) or not croniter.is_valid(schedule) or (
            not schedule.startswith("@") and len(schedule.split()) != 5):
        return f"not a cron expression: {schedule!r} {example}"
    try:
        croniter(schedule, datetime(2026, 1, 1), max_years_between_matches=8).get_next(datetime)
    except CroniterBadDateError:
        return f"{schedule!r} never fires (no such date, e.g. 31 February) {example}"
    return None


def load_config(path: str | Path) -> Config:
    """Read and check ``reports.toml``; every problem names its line and key."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config ({exc.strerror})") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    base = path.parent.resolve()
    unknown_top = set(raw) - {"defaults", "jobs"}
    if unknown_top:
        key = sorted(unknown_top)[0]
        raise _fail(path, text, key, None, "unknown table (expected [defaults] and [jobs.NAME])")
    defaults = raw.get("defaults", {})
    for key in defaults:
        if key not in DEFAULT_KEYS:
            raise _fail(path, text, "defaults", key, f"unknown key (expected one of: {', '.join(sorted(DEFAULT_KEYS))})")
    cfg = Config(
        path=path.resolve(),
        data_dir=(base / defaults["data_dir"]) if "data_dir" in defaults else project.sample_dir(),
        output=(base / defaults["output"]) if "output" in defaults else project.reports_dir(),
        lang=defaults.get("lang", "en"),
        workers=_number(defaults.get("workers", 2), path, text, "defaults", "workers", 0, integer=True),
        executor=defaults.get("executor", "local"),
        scheduler=defaults.get("scheduler"),
        as_of=defaults.get("as_of", "today"),
        timeout=_number(defaults.get("timeout", 600), path, text, "defaults", "timeout"),
    )
    if cfg.lang not in ("en", "zh"):
        raise _fail(path, text, "defaults", "lang", f"expected \"en\" or \"zh\", got {cfg.lang!r}")
    if cfg.executor not in ("local", "dask"):
        raise _fail(path, text, "defaults", "executor", f"expected \"local\" or \"dask\", got {cfg.executor!r}")
    if cfg.as_of not in ("today", "data"):
        raise _fail(path, text, "defaults", "as_of", f"expected \"today\" or \"data\", got {cfg.as_of!r}")
    jobs = raw.get("jobs", {})
    if not jobs:
        raise ConfigError(f"{path}: no jobs; add at least one [jobs.NAME] table")
    for name, spec in jobs.items():
        cfg.jobs.append(_job(path, text, name, spec, cfg))
    return cfg


def _job(path: Path, text: str, name: str, spec: dict, cfg: Config) -> Job:
    table = f"jobs.{name}"
    if not ID_PATTERN.match(name):
        raise _fail(path, text, table, None, "job names may hold only letters, digits, '_', '-', '.'")
    for key in spec:
        if key not in JOB_KEYS:
            raise _fail(path, text, table, key, f"unknown key (expected one of: {', '.join(sorted(JOB_KEYS))})")
    if "notebook" not in spec:
        raise _fail(path, text, table, None, "missing key 'notebook'")
    notebook = project.notebooks_dir() / (Path(str(spec["notebook"])).stem + ".ipynb")
    if not notebook.exists():
        raise _fail(path, text, table, "notebook", f"no notebook {notebook.name} in {notebook.parent}")
    workbook = catalog.get(notebook.stem)
    is_campaign = workbook is not None and workbook.subject_kind == "campaign"
    kind, wrong = ("campaigns", "accounts") if is_campaign else ("accounts", "campaigns")
    if wrong in spec:
        raise _fail(path, text, table, wrong, f"{notebook.stem} takes '{kind}', not '{wrong}'")
    subjects = spec.get(kind, "finished" if is_campaign else "own")
    allowed = ("finished", "all") if is_campaign else ("own", "all")
    if isinstance(subjects, str):
        if subjects not in allowed:
            raise _fail(path, text, table, kind, f"expected a list of ids or one of {', '.join(repr(a) for a in allowed)}")
    elif not (isinstance(subjects, list) and subjects and all(isinstance(s, str) and ID_PATTERN.match(s) and s not in DOT_IDS for s in subjects)):
        raise _fail(path, text, table, kind, "expected a non-empty list of ids (letters, digits, '_', '-', '.')")
    params = spec.get("params", {})
    if not isinstance(params, dict):
        raise _fail(path, text, table, "params", "expected a table of notebook parameters")
    try:
        params = check_params(notebook, params)  # declared names, literal values of the declared types
    except ParamError as exc:
        raise _fail(path, text, table, "params", str(exc)) from None
    period = spec.get("period", "last_month")
    if isinstance(period, dict):
        try:
            start, end = _date(period["start"]), _date(period["end"])
        except (KeyError, ValueError, TypeError):
            raise _fail(path, text, table, "period", "an explicit period needs start and end dates (YYYY-MM-DD)") from None
        if end < start:
            raise _fail(path, text, table, "period", "the period ends before it starts")
    elif period not in PERIODS:
        raise _fail(path, text, table, "period", f"expected one of {', '.join(PERIODS)} or {{start = ..., end = ...}}")
    lang = spec.get("lang", cfg.lang)
    if lang not in ("en", "zh"):
        raise _fail(path, text, table, "lang", f"expected \"en\" or \"zh\", got {lang!r}")
    schedule = spec.get("schedule")
    if schedule is not None:
        problem = cron_problem(schedule)
        if problem:
            raise _fail(path, text, table, "schedule", problem)
    timeout = _number(spec.get("timeout", cfg.timeout), path, text, table, "timeout")
    return Job(name, notebook, kind[:-1], subjects, dict(params), period, lang, schedule, float(timeout))


def _date(value) -> date:
    """A TOML date, or a YYYY-MM-DD string."""
    return value if isinstance(value, date) and not isinstance(value, datetime) else date.fromisoformat(str(value))


# ---------------------------------------------------------------- periods
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
    from socialops.data import store
    from socialops.data.load import load_dataset

    if not store.is_store(data_dir):
        return load_dataset(data_dir)
    data = store.directory(data_dir)
    data.tables["daily"] = store.log_ends(data_dir)
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


def plan(cfg: Config, jobs: Iterable[Job] | None = None, today: pd.Timestamp | None = None) -> list[Task]:
    """One task per (job, subject), with its parameters and output path.

    Subjects are read leniently: data that fails validation still names its accounts
    and campaigns, so each report fails on its own with the exact problem (shown in its
    failed page and the index) instead of the batch vanishing.
    """
    data = subject_directory(cfg.data_dir)
    daily = data.get("daily")
    data_end = None if daily is None or daily.empty else daily["date"].max()
    as_of = as_of_date(cfg, data_end, today)
    tasks = []
    for job in jobs or cfg.jobs:
        for subject, extra in select_subjects(job.subject_kind, job.subjects, data, f"job {job.name}"):
            if job.subject_kind == "campaign":
                start, end = extra["_start"], extra["_end"]
                params = {"campaign_id": subject}
            else:
                start, end = period_dates(job.period, as_of)
                params = {"account_id": subject, "start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}"}
            slug = period_slug(start, end) + ("" if job.lang == cfg.lang else f".{job.lang}")
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


# ---------------------------------------------------------------- running

@dataclass
class Outcome:
    task: Task
    ok: bool
    seconds: float
    path: str
    error: str | None = None
    stopped: bool = False  # never started: the run was asked to stop first


def _ready() -> int:
    return os.getpid()


def run_task(task: Task) -> Outcome:
    """Render one task (runs inside a worker process)."""
    from socialops.publish.render import render

    began = time.perf_counter()
    marker = _marker(os.getpid())
    marker.write_text(task.out_html, encoding="utf-8")  # if this worker dies, the run knows which report it took
    try:
        result = render(task.notebook, task.out_html, task.params, timeout=task.timeout, index_href=task.index_href,
                        meta={"job": task.job}, reuse_kernel=True)
    except Exception as exc:  # a worker must report, never die: the batch goes on
        return Outcome(task, False, time.perf_counter() - began, task.out_html, f"{type(exc).__name__}: {exc}")
    finally:
        marker.unlink(missing_ok=True)
    return Outcome(task, result.ok, result.seconds, str(result.html), result.error)


def _marker(pid: int) -> Path:
    return runtime.run_dir() / f"worker-{pid}.task"


def _died_with(tasks: list[Task]) -> list[Task]:
    """The tasks whose workers died mid-report: their markers remain, their processes do not."""
    import psutil

    by_output = {t.out_html: t for t in tasks}
    dead = []
    for marker in runtime.run_dir().glob("worker-*.task"):
        pid = int(marker.stem.split("-")[1].split(".")[0])
        if pid in _ENDED_BY_POOL:  # an innocent bystander: its report goes to the fresh pool
            marker.unlink(missing_ok=True)
            continue
        if not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
            task = by_output.get(marker.read_text(encoding="utf-8"))
            if task is not None:
                dead.append(task)
            marker.unlink(missing_ok=True)
    return dead


def expected_seconds(task: Task) -> float:
    """How long ``task`` should take: its subject's latest recorded render, else the notebook's typical time."""
    import json

    folder = Path(task.out_html).parent
    records = sorted((p for p in folder.glob("*.json") if not p.name.endswith(".failed.json")),
                     key=lambda p: p.stat().st_mtime, reverse=True) if folder.is_dir() else []
    for record in records:
        try:
            return float(json.loads(record.read_text(encoding="utf-8"))["render_seconds"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
    spec = catalog.get(Path(task.notebook).stem)  # a notebook of the user's own: as long as the longest
    return spec.typical_seconds if spec else max(s.typical_seconds for s in catalog.WORKBOOKS)


def longest_first(tasks: list[Task]) -> list[Task]:
    """Tasks in the order to hand them to workers: longest first, so the workers finish
    together instead of one idling while another renders a long report last."""
    return sorted(tasks, key=expected_seconds, reverse=True)


_ENDED_BY_POOL: set[int] = set()  # workers the pool itself ended after another one died


class _Worker(ForkServerProcess):
    """A worker ignores SIGTERM (a group-wide stop is the main process's), so the pool ends it
    with SIGKILL; the pids it ends that way tell them from the worker that died first."""

    def terminate(self) -> None:
        if self.is_alive():  # the pool ends every worker when one dies, the dead one included
            _ENDED_BY_POOL.add(self.pid)
        self.kill()


class _WorkerContext(ForkServerContext):
    Process = _Worker


def _dead_worker(task: Task) -> Outcome:
    """A failed page for the report whose worker died under it."""
    from socialops.publish.render import render_failure

    error = "the worker rendering this report died (killed, or out of memory); the other reports went on"
    result = render_failure(task.notebook, task.out_html, task.params, error, task.index_href, {"job": task.job})
    return Outcome(task, False, result.seconds, str(result.html), error)


def start_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes, spawned and warming up at once (callers can plan meanwhile)."""
    context = _WorkerContext() if os.name == "posix" else get_context("spawn")
    # The pool's helpers (forkserver, resource tracker) and workers start with SIGTERM and SIGINT
    # ignored, a disposition they keep: a stop sent to the whole process group (systemd, Ctrl-C)
    # is this process's to handle. A forkserver killed by it left the pool waiting forever.
    with runtime.group_signals_ignored():
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=worker.warm_up)
        for _ in range(workers):
            pool.submit(_ready)
    return pool


def _stopped(task: Task) -> Outcome:
    """A report left unrendered because the run was asked to stop; its earlier page, if any, stays."""
    return Outcome(task, False, 0.0, task.out_html, "not run: the run was stopped", stopped=True)


def _local(tasks: list[Task], workers: int, done: Callable[[Outcome], None],
           pool: ProcessPoolExecutor | None, then: Callable[[], None], stop: Stop | None = None) -> list[Outcome]:
    """Render on local workers; ``then`` runs while the workers stop (and stop their kernels).

    Once ``stop`` is set, the reports in flight finish and the ones not started are left."""
    outcomes = []

    def record(outcome: Outcome) -> None:
        done(outcome)
        outcomes.append(outcome)

    pool = pool or start_pool(workers)
    todo = longest_first(tasks)
    try:
        while todo:
            pending = {pool.submit(run_task, task): task for task in todo}
            todo, died = [], []
            while pending:
                if stop is not None and stop.is_set():
                    for future in [f for f in pending if f.cancel()]:
                        record(_stopped(pending.pop(future)))
                finished, _ = wait(pending, timeout=Stop.POLL, return_when=FIRST_COMPLETED)
                for future in finished:
                    task = pending.pop(future)
                    try:
                        record(future.result())
                    except BrokenProcessPool:  # a worker died (killed, out of memory): the pool cannot go on
                        died.append(task)
            if died:  # the report a dead worker had fails alone; the others go to a fresh pool
                pool.shutdown(wait=True, cancel_futures=True)
                for task in _died_with(died):
                    died.remove(task)
                    record(_dead_worker(task))
                if stop is not None and stop.is_set():
                    for task in died:
                        record(_stopped(task))
                else:
                    todo = died
                    pool = start_pool(workers)
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise
    stopping = threading.Thread(target=pool.shutdown)
    stopping.start()
    try:
        then()
    finally:
        stopping.join()
    return outcomes


def _dask(tasks: list[Task], address: str | None, workers: int, done: Callable[[Outcome], None],
          stop: Stop | None = None) -> list[Outcome]:
    from distributed import Client, LocalCluster, as_completed as dask_completed

    cluster = None
    if address:
        client = Client(address)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    outcomes = []
    try:
        client.run(worker.warm_up)
        ordered = longest_first(tasks)
        futures = client.map(run_task, ordered, pure=False)
        left = dict(zip(futures, ordered))
        for future in dask_completed(futures):
            outcome = future.result()
            left.pop(future, None)
            done(outcome)
            outcomes.append(outcome)
            if stop is not None and stop.is_set():  # what the cluster has started still finishes there
                client.cancel(list(left))
                for task in left.values():
                    done(_stopped(task))
                    outcomes.append(_stopped(task))
                break
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return outcomes


def run(cfg: Config, tasks: list[Task], workers: int | None = None, executor: str | None = None,
        done: Callable[[Outcome], None] = lambda outcome: None, pool: ProcessPoolExecutor | None = None,
        stop: Stop | None = None) -> list[Outcome]:
    """Render every task; failures are reported, never stop the others. Rebuilds the index after.

    ``pool``: local workers already started with :func:`start_pool` (they warm up while
    the caller plans). ``stop``: once set, the reports in flight finish, the rest are left
    (their outcomes say so) and the index is built from what is on disk.
    """
    from socialops.publish import fonts
    from socialops.publish.site import build_index

    # the index page is built last, on the critical path: load its font while reports render
    threading.Thread(target=fonts.warm_up, daemon=True).start()
    workers = max(1, min(workers or cfg.workers, len(tasks) or 1))
    executor = executor or cfg.executor
    if executor == "local" and tasks:
        outcomes = _local(tasks, workers, done, pool, then=lambda: build_index(cfg.output), stop=stop)
    else:
        if pool is not None:
            pool.shutdown()
        outcomes = _dask(tasks, cfg.scheduler, workers, done, stop) if tasks else []
        build_index(cfg.output)
    order = {t.label: i for i, t in enumerate(tasks)}
    return sorted(outcomes, key=lambda o: order[o.task.label])

