"""A run that is killed, or stopped as a process group, leaves no process or file behind."""
from __future__ import annotations

import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time

import pandas as pd
import psutil
import pytest


@pytest.fixture
def config(tmp_path, sample_dir):
    path = tmp_path / "reports.toml"
    path.write_text(textwrap.dedent(f"""
        [defaults]
        data_dir = "{sample_dir}"
        output = "{tmp_path / 'out'}"
        as_of = "data"
        workers = 2
        [jobs.audit]
        notebook = "account_audit"
        accounts = ["own_weibo", "own_wechat"]
        schedule = "0 9 * * MON"
        [jobs.content]
        notebook = "content_performance"
        accounts = ["own_weibo"]
        schedule = "0 9 * * MON"
    """), encoding="utf-8")
    return path


@pytest.fixture
def scratch():
    """A short temporary folder of the test's own (Unix socket paths are limited to ~100 bytes)."""
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="so-", dir="/tmp")
    yield pathlib.Path(folder)
    shutil.rmtree(folder, ignore_errors=True)


def _start(scratch, *args) -> subprocess.Popen:
    env = {**os.environ, "TMPDIR": str(scratch)}  # the run's sockets and connection files land here
    proc = subprocess.Popen([sys.executable, "-m", "socialops.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True)
    return proc


def _kernels_running(proc: subprocess.Popen, count: int, timeout: float = 90) -> list[psutil.Process]:
    """Wait until ``count`` kernels run under ``proc``; returns every descendant then."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        family = psutil.Process(proc.pid).children(recursive=True)
        if sum("ipykernel_launcher" in " ".join(p.cmdline()) for p in family if p.is_running()) >= count:
            return family
        time.sleep(0.2)
    raise AssertionError("the run's kernels did not start")


def _gone(processes: list[psutil.Process], timeout: float = 20) -> list[psutil.Process]:
    _, alive = psutil.wait_procs(processes, timeout=timeout)
    return alive


def _report_started(scratch, timeout: float = 90) -> str:
    """Wait until a worker has a report in hand; returns the marker's path (its text: the report)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        markers = list(scratch.glob("socialops-run-*/worker-*.task"))
        if markers:
            return str(markers[0])
        time.sleep(0.05)
    raise AssertionError("no worker started a report")


def test_a_killed_run_leaves_no_process_or_file(scratch, config):
    proc = _start(scratch, "run", "--config", str(config))
    try:
        family = _kernels_running(proc, 2)
        proc.kill()  # SIGKILL, as the OOM killer or a timeout would
        proc.wait(timeout=10)
        left = _gone(family)
        assert not left, [" ".join(p.cmdline())[:120] for p in left]
    finally:
        os.killpg(proc.pid, signal.SIGKILL) if proc.poll() is None else None
    leftovers = [p.name for p in scratch.iterdir()]
    assert not leftovers, leftovers  # no socket, no connection file, no run folder


def test_a_stop_sent_to_the_whole_group_finishes_the_reports_in_flight(tmp_path, scratch, config):
    proc = _start(scratch, "schedule", "--config", str(config))
    try:
        family = _kernels_running(proc, 2)
        time.sleep(1.0)
        os.killpg(proc.pid, signal.SIGTERM)  # what systemd and a terminal's Ctrl-C do: every process of the group
        out, _ = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 0, out
    assert "finishing the reports in flight" in out and "scheduler stopped" in out
    reports = sorted(p.name for p in (tmp_path / "out").rglob("*.html"))
    assert "index.html" in reports and not any(name.endswith(".failed.html") for name in reports), reports
    assert not _gone(family)
    assert not list(scratch.iterdir())  # the run's folder went with it


def test_a_stop_sent_to_a_runs_group_finishes_the_reports_in_flight_and_leaves_the_rest(tmp_path, scratch, config):
    with config.open("a", encoding="utf-8") as more:  # seven reports for two workers: some are never started
        more.write(textwrap.dedent("""
            [jobs.weekly]
            notebook = "content_performance"
            accounts = ["own_weibo", "own_wechat"]
            period = "last_week"
            [jobs.zh]
            notebook = "account_audit"
            accounts = ["own_weibo", "own_wechat"]
            lang = "zh"
        """))
    proc = _start(scratch, "run", "--config", str(config))
    try:
        _report_started(scratch)
        family = psutil.Process(proc.pid).children(recursive=True)
        os.killpg(proc.pid, signal.SIGTERM)  # systemd's stop, or a terminal's: every process of the group
        out, _ = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 128 + signal.SIGTERM, out
    assert "stop requested: finishing the reports in flight" in out and "not run (stopped)" in out, out
    assert "unknown parameter" not in out  # papermill's guess at typed parameters is not shown to users
    out_dir = tmp_path / "out"
    pages = sorted(str(p.relative_to(out_dir)) for p in out_dir.rglob("*.html") if p.name != "index.html")
    assert 1 <= len(pages) < 7 and not any(p.endswith(".failed.html") for p in pages), (pages, out)
    index = (out_dir / "index.html").read_text(encoding="utf-8")
    assert all(page in index for page in pages)  # the index lists what finished
    for page in pages:  # and each finished page is whole, with its figures beside it
        assert (out_dir / page).read_text(encoding="utf-8").rstrip().endswith("</html>")
        assert (out_dir / page).with_suffix(".json").exists()
    assert not _gone(family)
    assert not list(scratch.iterdir())


def test_a_worker_that_dies_fails_only_its_report(scratch, config, tmp_path):
    proc = _start(scratch, "run", "--config", str(config))
    try:
        victim = pathlib.Path(_report_started(scratch))
        report = victim.read_text(encoding="utf-8")
        os.kill(int(victim.stem.split("-")[1]), signal.SIGKILL)  # the OOM killer's way
        out, _ = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 1, out  # one report failed...
    failed = report[: -len(".html")] + ".failed.html"
    assert os.path.exists(failed) and not os.path.exists(report), out
    assert "the worker rendering this report died" in open(failed, encoding="utf-8").read()
    done = sorted(p.name for p in (tmp_path / "out").rglob("*.html") if not p.name.endswith(".failed.html"))
    assert len(done) == 3 and "index.html" in done, done  # ...the other two and the index did not
    assert not list(scratch.iterdir())


def test_a_stop_is_asked_for_without_a_lock_and_a_second_ctrl_c_abandons(capsys):
    from socialops.publish.runtime import Stop, stop_on_signals

    # the caller a terminal gives (a launcher in the background may hand the tests SIGINT ignored)
    inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with stop_on_signals(Stop(), "stopping", again="Ctrl-C again abandons them") as stop:
            assert not stop.wait(0.05)
            os.kill(os.getpid(), signal.SIGINT)
            assert stop.wait(5) and stop.signum == signal.SIGINT
            with pytest.raises(KeyboardInterrupt):
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(5)
        assert "stopping (Ctrl-C again abandons them)" in capsys.readouterr().err
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the caller's handler is back
    finally:
        signal.signal(signal.SIGINT, inherited)


def test_the_scheduler_finishes_the_report_in_flight_on_sigterm(config):
    from socialops.batch.config import load_config

    cfg = load_config(config)
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="so-", dir="/tmp"))  # short: kernels' socket paths are limited
    proc = subprocess.Popen([sys.executable, "-m", "socialops.cli", "schedule", "--config", str(cfg.path)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "TMPDIR": str(scratch)})
    try:
        deadline = time.monotonic() + 90
        while not list(scratch.glob("socialops-run-*/worker-*.task")):  # a report is in a worker's hands
            assert time.monotonic() < deadline and proc.poll() is None, "no report started"
            time.sleep(0.05)
        locked = subprocess.run([sys.executable, "-m", "socialops.cli", "schedule", "--config", str(cfg.path)],
                                capture_output=True, text=True, timeout=60)
        assert locked.returncode == 1 and "already running" in locked.stderr
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=120)
    finally:
        proc.kill()
        shutil.rmtree(scratch, ignore_errors=True)
    assert proc.returncode == 0, out
    assert "finishing the reports in flight" in out and "scheduler stopped" in out
    reports = sorted(p.name for p in (cfg.output).rglob("*.html"))
    assert "index.html" in reports and 2 <= len(reports) <= 4 and not any("failed" in r for r in reports), reports
    state = json.loads((cfg.output / ".schedule-state.json").read_text()) if len(reports) < 4 else {}
    assert len(reports) == 4 or ("caught up at the next start" in out and not state)  # the reports left wait for it


def test_comments_scored_in_parallel_are_scored_as_in_one_process(monkeypatch):
    """A large download is scored over the machine's cores: the same frame as one process gives, and no worker left."""
    from socialops.data import text as T

    texts = pd.Series([f"第{i}次回购，太好喝了😍" if i % 3 else f"等了{i}天还没发货，要退款？" for i in range(240)] + [None, "  "])
    alone = T.score(texts)
    before = {child.pid for child in psutil.Process().children(recursive=True)}  # this worker's kernels, if any
    monkeypatch.setattr(T, "PARALLEL_FROM", 100)
    monkeypatch.setattr(T, "_cores", lambda: 2)
    shared = T.score(texts)
    pd.testing.assert_frame_equal(alone, shared)
    assert not {child.pid for child in psutil.Process().children(recursive=True)} - before
