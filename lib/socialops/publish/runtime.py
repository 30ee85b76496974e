"""What a run leaves on the machine while it works, and how it goes away when the run dies.

A run's kernels keep their sockets and connection files in one folder of the run's own
(``$TMPDIR/socialops-run-<pid>``). Each worker watches the process that started the run:
when it is gone (killed, out of memory), the worker stops its kernel, removes the files it
made and exits, and the next run removes any folder whose owner is no longer alive. Workers
ignore SIGTERM and SIGINT: a stop sent to the whole process group (systemd, Ctrl-C) is the
main process's to handle, which lets the reports in flight finish or abandons them cleanly.
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

PREFIX = "socialops-run-"
OWNER = "SOCIALOPS_RUN_OWNER"  # "<pid>:<start time>" of the process that started the run
FOLDER = "SOCIALOPS_RUN_DIR"   # the run's folder; also the TMPDIR of everything the run starts
POLL_SECONDS = 0.5


def _start_time(pid: int) -> float | None:
    import psutil

    try:
        return psutil.Process(pid).create_time()
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return None


def owner() -> tuple[int, float] | None:
    text = os.environ.get(OWNER, "")
    pid, _, started = text.partition(":")
    return (int(pid), float(started)) if pid.isdigit() and started else None


def alive(pid: int, started: float) -> bool:
    """Whether that very process still runs (not another that reused its pid)."""
    now = _start_time(pid)
    return now is not None and abs(now - started) < 1.0


def run_dir() -> Path:
    """This run's folder for kernel sockets and connection files (one per process outside a run)."""
    folder = Path(os.environ.get(FOLDER) or Path(tempfile.gettempdir()) / f"{PREFIX}{os.getpid()}")
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def begin() -> Path:
    """Make this process a run's owner: its workers inherit the mark and, with everything the run
    starts (multiprocessing's helpers, papermill, kernels), keep their temporary files in the run's
    folder, removed at the end or, after a kill, by the next run. Sweeps dead runs' folders."""
    from multiprocessing.util import Finalize

    base = Path(tempfile.gettempdir())
    sweep(base)
    folder = base / f"{PREFIX}{os.getpid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    os.environ[OWNER] = f"{os.getpid()}:{_start_time(os.getpid()) or 0.0}"
    os.environ[FOLDER] = os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = str(folder)
    # after multiprocessing's own clean-up of its folder inside ours (exitpriority -100)
    Finalize(None, shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True}, exitpriority=-101)
    return folder


def sweep(base: Path | None = None) -> list[Path]:
    """Remove the folders of runs whose owner is gone: what a killed run could not clean."""
    removed = []
    for folder in Path(base or tempfile.gettempdir()).glob(f"{PREFIX}*"):
        pid = folder.name[len(PREFIX):]
        if pid.isdigit() and _start_time(int(pid)) is None:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


@contextmanager
def group_signals_ignored():
    """SIGTERM and SIGINT ignored while processes are started: they inherit that, the caller gets its
    own handlers back."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


class Stop:
    """A stop asked for by a signal, with an Event's interface. ``set`` takes no lock (a signal
    handler that waits for a lock its own thread holds never returns), so ``wait`` looks at the
    flag between short sleeps instead of being woken."""

    POLL = 0.2

    def __init__(self) -> None:
        self.signum: int | None = None
        self.requested = False

    def set(self, signum: int | None = None) -> None:
        self.signum = self.signum or signum
        self.requested = True

    def is_set(self) -> bool:
        return self.requested

    def wait(self, seconds: float | None = None) -> bool:
        """Whether a stop was asked for within ``seconds`` (forever when None)."""
        deadline = None if seconds is None else time.monotonic() + seconds
        while not self.requested:
            left = self.POLL if deadline is None else min(self.POLL, deadline - time.monotonic())
            if left <= 0:
                break
            time.sleep(left)
        return self.requested


@contextmanager
def stop_on_signals(stop: Stop, notice: str, again: str | None = None):
    """SIGTERM and SIGINT ask ``stop`` to stop (``notice`` goes to stderr); a second SIGINT raises
    KeyboardInterrupt when ``again`` says so, for someone at a terminal who will not wait."""
    import sys

    def handle(signum, _frame) -> None:
        if stop.is_set() and signum == signal.SIGINT and again is not None:
            raise KeyboardInterrupt
        if not stop.is_set():
            sys.stderr.write(notice + (f" ({again})" if again else "") + "\n")
        stop.set(signum)

    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    saved = {sig: signal.signal(sig, handle) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def guard_worker(on_orphaned) -> None:
    """In a worker: ignore group-wide stop signals, and call ``on_orphaned`` then exit once the
    run's owner is gone."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    mine = owner()
    if mine is None:
        return

    def watch() -> None:
        while alive(*mine):
            time.sleep(POLL_SECONDS)
        try:
            on_orphaned()
        finally:
            parent = os.getppid()
            if parent not in (1, mine[0]):  # the forkserver that forked us: it has no one left to serve
                try:
                    os.kill(parent, signal.SIGKILL)
                except OSError:
                    pass
            shutil.rmtree(run_dir(), ignore_errors=True)
            os._exit(1)

    threading.Thread(target=watch, name="socialops-orphan-watch", daemon=True).start()
