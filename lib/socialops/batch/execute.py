"""Tasks into reports: long-lived local workers (or a dask cluster), longest first, then the index.

A worker that dies fails only its report; a stop lets the reports in flight finish.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.context import ForkServerContext, ForkServerProcess
from pathlib import Path
from typing import TYPE_CHECKING

from socialops import catalog
from socialops.batch.config import Config
from socialops.batch.plan import Task
from socialops.publish import runtime, worker
from socialops.publish.runtime import Stop

if TYPE_CHECKING:
    pass

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
    from distributed import Client, LocalCluster
    from distributed import as_completed as dask_completed

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
                    outcome = _stopped(task)
                    done(outcome)
                    outcomes.append(outcome)
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
