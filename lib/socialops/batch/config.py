"""reports.toml read and checked: jobs (notebook, subjects, period, language, schedule) and defaults.

A bad config is refused with its line and key before anything runs.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socialops import catalog
from socialops import paths as project
from socialops.batch.deliver import Delivery, DeliveryError
from socialops.batch.deliver import parse as parse_delivery
from socialops.data.contract import DOT_IDS, ID_PATTERN
from socialops.publish.params import ParamError
from socialops.publish.params import check as check_params

if TYPE_CHECKING:
    pass

PERIODS = ("last_month", "last_week", "yesterday", "last_7_days", "last_30_days")
DEFAULT_KEYS = {"data_dir", "output", "lang", "workers", "executor", "scheduler", "as_of", "timeout"}
JOB_KEYS = {"notebook", "accounts", "campaigns", "params", "period", "lang", "schedule", "timeout"}


class ConfigError(Exception):
    """reports.toml is not usable; the message names the file, line and key."""


@dataclass
class Job:
    name: str
    notebook: Path
    subject_kind: str              # "account", "campaign" or "accounts" (one report on several)
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
    delivery: Delivery | None = None   # [delivery]: where a run's summary goes
    alerts: Any = None                 # [alerts]: the rules of the light check between digests (batch.alerts.AlertRules)

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


ALERT_KEYS = {"schedule", "hot_k", "days", "drop_share", "stale_days", "negative_k", "volume_k", "min_comments",
              "complaint_hours"}
ALERTS_JOB = "alerts"  # the name the scheduler gives the alerts check among the jobs


def _alerts(path: Path, text: str, spec: dict, cfg: Config):
    """[alerts]: when to run the light check, and its rules."""
    from socialops.batch.alerts import AlertRules

    for key in spec:
        if key not in ALERT_KEYS:
            raise _fail(path, text, "alerts", key, f"unknown key (expected one of: {', '.join(sorted(ALERT_KEYS))})")
    if "schedule" not in spec:
        raise _fail(path, text, "alerts", None, "missing key 'schedule' (a cron expression, e.g. \"0 * * * *\" for hourly)")
    problem = cron_problem(spec["schedule"])
    if problem:
        raise _fail(path, text, "alerts", "schedule", problem)
    if any(job.name == ALERTS_JOB for job in cfg.jobs):
        raise _fail(path, text, f"jobs.{ALERTS_JOB}", None, "a job may not be called 'alerts' when [alerts] is set")
    counts = {"days", "stale_days", "min_comments"}  # whole days and comments; the rest are numbers. Keys left out keep AlertRules' defaults.
    given: dict[str, Any] = {
        key: (int if key in counts else float)(_number(spec[key], path, text, "alerts", key, integer=key in counts))
        for key in ALERT_KEYS - {"schedule"} if key in spec}
    rules = AlertRules(str(spec["schedule"]), **given)
    if rules.drop_share >= 1:
        raise _fail(path, text, "alerts", "drop_share", "expected a share of followers below 1 (0.01 is 1%)")
    return rules


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
    unknown_top = set(raw) - {"defaults", "jobs", "delivery", "alerts"}
    if unknown_top:
        key = sorted(unknown_top)[0]
        raise _fail(path, text, key, None, "unknown table (expected [defaults], [jobs.NAME], [delivery] and [alerts])")
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
    if "alerts" in raw:
        cfg.alerts = _alerts(path, text, raw["alerts"], cfg)
    if "delivery" in raw:
        try:
            cfg.delivery = parse_delivery(raw["delivery"])
        except DeliveryError as exc:
            table, _, key = str(exc).split(":")[0].rpartition(".")
            raise _fail(path, text, table or "delivery", key, str(exc).split(": ", 1)[1]) from None
    if not cfg.data_dir.exists():
        raise _fail(path, text, "defaults", "data_dir", f"{cfg.data_dir} does not exist (a relative data_dir is resolved "
                    f"against the config file's folder, {base})")
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
    subject_kind = workbook.subject_kind if workbook is not None else "account"  # "accounts": one report on all of them
    return Job(name, notebook, subject_kind, subjects, dict(params), period, lang, schedule, float(timeout))


def _date(value) -> date:
    """A TOML date, or a YYYY-MM-DD string."""
    return value if isinstance(value, date) and not isinstance(value, datetime) else date.fromisoformat(str(value))
