"""Shared helpers for the benchmark scripts: timing, peak RSS of a process tree, configs."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def median(values: list[float]) -> float:
    return statistics.median(values)


def run_measured(command: list[str], cwd: Path | None = None, cpu: dict[str, float] | None = None) -> tuple[float, int]:
    """Run a command; return (wall seconds, peak RSS in bytes of it and all its children, sampled).

    ``cpu``, if given, gains the CPU-seconds of the command's processes by role (:func:`role`), each
    process's own as last sampled (a process's final 50 ms can go unseen).
    """
    began = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    root = psutil.Process(proc.pid)
    seen: dict[int, tuple[str, float]] = {}
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            if cpu is not None:
                for p in tree:
                    times = p.cpu_times()
                    seen[p.pid] = (seen[p.pid][0] if p.pid in seen else role(p, root), times.user + times.system)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - began
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{proc.stderr.read().decode()[-2000:]}")
    for name, used in seen.values():
        if cpu is not None:
            cpu[name] = cpu.get(name, 0.0) + used
    return seconds, peak


def role(process: psutil.Process, root: psutil.Process) -> str:
    """What a process of a `socialops run` is: "cli" (the command), "kernels", "workers" (the rest)."""
    if process.pid == root.pid:
        return "cli"
    return "kernels" if any("ipykernel" in part for part in process.cmdline()) else "workers"


def children_cpu_seconds() -> float:
    """CPU-seconds of this process's finished and waited-for children so far (user + system)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def machine_cpu_seconds() -> float | None:
    """CPU-seconds this machine has spent busy since boot, all cores (Linux); None elsewhere.

    Read before and after a run on an otherwise idle machine, it is the run's CPU cost
    including every process it started (workers, kernels), which rusage does not see.
    """
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return None
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def scaled_store(folder: Path, posts: int) -> Path:
    """A history store holding the synthetic dataset with ``posts`` posts (`socialops sample --scale`)."""
    from socialops.data import store
    from socialops.data.sample import write_scaled

    exports, db = folder / f"data-{posts}", folder / f"store-{posts}.duckdb"
    write_scaled(exports, posts)
    store.ingest(db, [exports])
    return db


def team_suite(folder: Path) -> tuple[Path, str]:
    """A team's suite written into ``folder`` (`socialops sample --team`): its data folder and its reports.toml."""
    from socialops.data.sample import write_team

    write_team(folder / "team")
    return folder / "team" / "data", (folder / "team" / "reports.toml").read_text(encoding="utf-8")


def suite(name: str, folder: Path, limit: int | None = None) -> tuple[Path | None, str | None]:
    """(data folder, jobs) of a named suite: "sample" (the shipped reports.toml) or "team" (122 reports).

    With ``limit``, the jobs are the account audits of the suite's first ``limit`` own accounts.
    """
    data_dir, config = team_suite(folder) if name == "team" else (None, None)
    if limit:
        own = ["team_weibo_01", "team_wechat_01", "team_douyin_01", "team_xiaohongshu_01"] if name == "team" else \
            ["own_weibo", "own_wechat", "own_douyin"]
        if limit > len(own):
            raise SystemExit(f"--limit takes at most {len(own)} for the {name} suite")
        return data_dir, f'[jobs.audit]\nnotebook = "account_audit"\naccounts = {own[:limit]!r}\n'.replace("'", '"')
    return data_dir, config and jobs_of(config)


def jobs_of(config: str) -> str:
    """The [jobs.*] tables of a reports.toml text (everything from the first)."""
    return "[jobs." + config.split("[jobs.", 1)[1]


def sample_config(folder: Path, workers: int, data_dir: Path | None = None, jobs: str | None = None) -> Path:
    """The shipped reports.toml (or ``jobs``) with its output, workers (and optionally data) set for ``folder``."""
    body = jobs or jobs_of((ROOT / "reports.toml").read_text(encoding="utf-8"))
    text = textwrap.dedent(f"""
        [defaults]
        data_dir = "{data_dir or ROOT / 'data' / 'sample'}"
        output = "{folder / 'out'}"
        workers = {workers}
        as_of = "data"
        """) + "\n" + body
    path = folder / "reports.toml"
    path.write_text(text, encoding="utf-8")
    return path


def temp_dir() -> Path:
    """A scratch folder removed when the script ends: benchmark runs in the test suite used to leave theirs."""
    import atexit
    import shutil

    folder = Path(tempfile.mkdtemp(prefix="socialops-bench-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder
