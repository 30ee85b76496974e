"""Render report jobs when their cron expressions come due, in the foreground.

One scheduler per config (a lock file says so); a run missed while it was down is
caught up once at start; SIGTERM lets the reports in flight finish, leaves the run's others
(the run is caught up at the next start), builds the index, then it exits.
Due times come from croniter, never from hand-parsed cron.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import shlex
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from croniter import croniter

from socialops.atomic import write_text_atomic
from socialops.batch.config import ALERTS_JOB, Config, Job
from socialops.publish.runtime import Stop

log = logging.getLogger("socialops.schedule")


class LockedError(Exception):
    """Another scheduler already runs this config."""


class ConfigLock:
    """An exclusive, non-blocking lock on ``<config>.lock`` held while the scheduler runs."""

    def __init__(self, config_path: Path):
        self.path = config_path.with_name(config_path.name + ".lock")
        self.handle = None

    def __enter__(self) -> ConfigLock:
        self.handle = open(self.path, "a+")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.seek(0)
            holder = self.handle.read().strip() or "unknown"
            self.handle.close()
            raise LockedError(f"another scheduler is already running {self.path.with_suffix('')} (pid {holder})") from None
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(str(os.getpid()))
        self.handle.flush()
        return self

    def __exit__(self, *exc) -> None:
        if self.handle:
            self.handle.seek(0)
            self.handle.truncate()
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()


def next_due(expression: str, after: datetime) -> datetime:
    return croniter(expression, after).get_next(datetime)


def last_due(expression: str, now: datetime) -> datetime:
    return croniter(expression, now).get_prev(datetime)


@dataclass
class Scheduler:
    """Fires ``run_jobs`` for each scheduled job when due. Clock and sleep are injectable for tests."""

    config: Config
    run_jobs: Callable[[list[Job]], object]
    clock: Callable[[], datetime] = lambda: datetime.now().astimezone()
    state_path: Path | None = None
    stop_event: Stop = field(default_factory=Stop)  # set from a signal handler: no lock taken

    def __post_init__(self) -> None:
        self.state_path = self.state_path or self.config.output / ".schedule-state.json"
        self.scheduled = [j for j in self.config.jobs if j.schedule]
        if self.config.alerts is not None:  # the light check between digests fires like a job
            self.scheduled.append(Job(ALERTS_JOB, Path(ALERTS_JOB), ALERTS_JOB, "own", {}, "last_week", self.config.lang,
                                      self.config.alerts.schedule, self.config.timeout))

    # ------------------------------------------------------------ state
    def _state(self) -> dict[str, str]:
        try:
            return json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _remember(self, jobs: list[Job], when: datetime) -> None:
        state = self._state()
        state.update({j.name: when.isoformat() for j in jobs})
        write_text_atomic(self.state_path, json.dumps(state, indent=2))

    # ------------------------------------------------------------ decisions
    def missed(self, now: datetime) -> list[Job]:
        """Jobs whose last due time passed while no scheduler ran them (each caught up once)."""
        state = self._state()
        out = []
        for job in self.scheduled:
            due = last_due(job.schedule, now)
            ran = datetime.fromisoformat(state[job.name]) if job.name in state else None
            if ran is None or ran < due:
                out.append(job)
        return out

    def due_between(self, start: datetime, end: datetime) -> list[Job]:
        return [j for j in self.scheduled if next_due(j.schedule, start) <= end]

    def next_wake(self, now: datetime) -> datetime | None:
        times = [next_due(j.schedule, now) for j in self.scheduled]
        return min(times) if times else None

    # ------------------------------------------------------------ loop
    def fire(self, jobs: list[Job], when: datetime, reason: str) -> None:
        log.info("running %s (%s)", ", ".join(j.name for j in jobs), reason)
        left = False
        try:
            left = (self.run_jobs(jobs) or 0) >= 128  # 128 + signal: reports left unrendered
        except Exception as exc:  # a busy store, a vanished folder: this run fails, the scheduler goes on
            log.error("run of %s failed: %s", ", ".join(j.name for j in jobs), str(exc).splitlines()[0] if str(exc) else exc)
        if left:  # stopped part-way: not remembered, so the next start catches it up
            log.info("run of %s stopped part-way; it is caught up at the next start", ", ".join(j.name for j in jobs))
            return
        self._remember(jobs, when)

    def run_forever(self, max_wait: float = 30.0) -> None:
        """Catch up once, then sleep until the next due time, until :meth:`stop`."""
        if not self.scheduled:
            log.warning("no job in %s has a schedule: nothing to do", self.config.path)
            return
        now = self.clock()
        missed = self.missed(now)
        if missed:
            self.fire(missed, now, "catching up a run missed while the scheduler was down")
        checked = self.clock()
        while not self.stop_event.is_set():
            wake = self.next_wake(checked)
            log.info("next run at %s", wake.isoformat(timespec="minutes"))
            seconds = (wake - self.clock()).total_seconds()
            if seconds > 0 and self.stop_event.wait(min(seconds, max_wait)):
                break
            now = self.clock()
            due = self.due_between(checked, now)
            if due:
                self.fire(due, now, "scheduled")
            checked = now
        log.info("scheduler stopped")

    def stop(self, *_signal) -> None:
        """Finish what is running, then leave the loop (wired to SIGTERM and SIGINT)."""
        log.info("stop requested: finishing the reports in flight")
        self.stop_event.set(_signal[0] if _signal else None)

    def install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)


def crontab_lines(config: Config, python: str | None = None) -> list[str]:
    """The equivalent system-cron lines: one ``socialops run --job`` per scheduled job."""
    python = python or sys.executable
    root = config.path.parent
    lines = [f"# socialops jobs from {config.path}"]
    for job in config.jobs:
        if job.schedule:
            command = " ".join(shlex.quote(p) for p in (python, "-m", "socialops.cli", "run", "--config", str(config.path), "--job", job.name))
            lines.append(f"{job.schedule} cd {shlex.quote(str(root))} && {command} >> {shlex.quote(str(config.output / 'cron.log'))} 2>&1")
    return lines
