"""Faults that need real processes: a store held by another one, a closed pipe, a full disk."""
from __future__ import annotations

import pytest

from conftest import write_csv


def test_validate_piped_into_head_ends_quietly(tmp_path):
    import subprocess
    import sys

    wide = ",".join(f"an_extra_column_nobody_maps_{i:05d}" for i in range(4000))  # more than a pipe holds
    write_csv(tmp_path, "daily.csv", f"date,account_id,followers,{wide}\n2026-10-01,a,1{',' * 4000}\n")
    run = subprocess.run(f"'{sys.executable}' -m socialops.cli validate '{tmp_path}' | head -c 100", shell=True,
                         capture_output=True, text=True)
    assert run.stdout.startswith(str(tmp_path)) and run.stderr == ""


def _hold_store(path, seconds: float):
    """Another process that holds the store open for writing for ``seconds``."""
    import subprocess
    import sys

    code = (f"import duckdb, time, sys\ncon = duckdb.connect({str(path)!r})\nprint('held', flush=True)\n"
            f"time.sleep({seconds})\ncon.close()\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_busy_store_is_waited_for_then_named_with_its_holder(tmp_path, monkeypatch, capsys):
    from socialops.cli import main
    from socialops.data import store

    write_csv(tmp_path / "x", "daily.csv", "date,account_id,followers\n2026-10-01,a,1\n")
    target = tmp_path / "s.duckdb"
    monkeypatch.setattr(store, "WAIT_SECONDS", 1.0)
    holder = _hold_store(target, 30)
    try:
        assert main(["ingest", str(tmp_path / "x"), "--store", str(target)]) == 1
        assert main(["store", "info", "--store", str(target)]) == 1
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err
    assert err.count(f"the store {target} is in use by another process (PID {holder.pid}") == 2
    assert "Traceback" not in err
    holder = _hold_store(target, 1)  # released within the wait: the ingest goes through
    monkeypatch.setattr(store, "WAIT_SECONDS", 20.0)
    try:
        assert main(["ingest", str(tmp_path / "x"), "--store", str(target)]) == 0
    finally:
        holder.wait()


def test_a_real_full_disk_says_so(tmp_path, sample_dir):
    """On a 1 MB tmpfs of a private mount namespace (unshare), where the machine allows one."""
    import shutil
    import subprocess
    import sys

    if not shutil.which("unshare") or subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode:
        pytest.skip("this machine allows no private mount namespace; the simulated full disk above still runs")
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (f"mount -t tmpfs -o size=1m tmpfs {disk} && {sys.executable} -m socialops.cli ingest {sample_dir} "
              f"--store {disk}/s.duckdb; echo rc=$?")
    run = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=120)
    assert "rc=1" in run.stdout and "the disk is full" in run.stderr, run.stdout + run.stderr
    assert "Traceback" not in run.stderr and "ingested" in run.stdout
