"""Benchmark 1: report overhead of `socialops run` against a floor and against the naive pipeline.

In one run, on the sample suite (every report of reports.toml):
  floor  each report's notebook code as a plain Python script (no kernel, papermill or
         nbconvert), run one after another, total divided by the number of workers;
  in-process floor  the same scripts back to back in one warm Python per worker, the workers
         side by side (imports paid once per worker, figures drawn, nothing else): the real floor;
  ours   `socialops run` with that many workers (kernels, papermill, nbconvert, index);
  naive  `papermill` CLI then `jupyter nbconvert --to html` CLI per report, one after another.
Prints medians over --repeat runs, the ratios, reports per minute and the run's peak memory
(every process of it: the CLI, workers, kernels). Targets: ours <= 1.3x the in-process floor on
the sample suite, <= 1.15x on the team suite (`--suite team`: `socialops sample --team`, 30 own
accounts on four platforms, 122 reports; its plain floor takes minutes, `--skip-floor` leaves it out).

    python benchmarks/report_overhead.py [--suite sample|team] [--workers 2] [--repeat 3] [--limit N]
                                         [--skip-floor] [--skip-naive]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from socialops.batch.config import load_config
from socialops.batch.plan import plan  # noqa: E402

from _common import PYTHON, ROOT, children_cpu_seconds, median, run_measured, sample_config, suite, temp_dir  # noqa: E402

TARGETS = {"sample": 1.3, "team": 1.15}


def as_script(task, folder: Path) -> Path:
    """The notebook's code cells with the task's parameters in place of the parameters cell."""
    nb = nbformat.read(task.notebook, as_version=4)
    lines = ["import matplotlib", "matplotlib.use('Agg')"]
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if "parameters" in cell.metadata.get("tags", []):
            lines.append(cell.source)
            lines += [f"{name} = {value!r}" for name, value in task.params.items()]
        else:
            lines.append(cell.source)
    path = folder / f"{Path(task.notebook).stem}-{task.subject}-{task.period}.py"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def inprocess_floor(scripts: list[Path], workers: int) -> tuple[float, float]:
    """Wall seconds for ``workers`` warm Pythons, side by side, each running its share of the scripts back to back,
    and the CPU-seconds they used."""
    runner = Path(__file__).resolve().parent / "_inprocess.py"
    shares = [[str(s) for s in scripts[i::workers]] for i in range(workers)]
    cpu = children_cpu_seconds()
    began = time.perf_counter()
    procs = [subprocess.Popen([PYTHON, str(runner), *share], cwd=ROOT / "notebooks", stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE) for share in shares if share]
    for proc in procs:
        _, err = proc.communicate()
        if proc.returncode:
            raise RuntimeError(f"the in-process floor failed:\n{err.decode()[-2000:]}")
    return time.perf_counter() - began, children_cpu_seconds() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--suite", choices=sorted(TARGETS), default="sample")
    parser.add_argument("--limit", type=int, help="only the audits of the suite's first N own accounts (a quick check)")
    parser.add_argument("--skip-floor", action="store_true", help="leave out the plain-script floor (a Python per report)")
    parser.add_argument("--skip-naive", action="store_true", help="leave out the slow naive pipeline")
    args = parser.parse_args()

    work = temp_dir()
    data_dir, jobs = suite(args.suite, work, args.limit)
    config = sample_config(work, args.workers, data_dir=data_dir, jobs=jobs)
    tasks = plan(load_config(config))
    scripts = [as_script(t, work) for t in tasks]
    floors, warm, ours, peaks, naives, warm_cpu = [], [], [], [], [], []
    cpu: list[dict[str, float]] = []
    for i in range(args.repeat):
        if not args.skip_floor:
            floors.append(sum(run_measured([PYTHON, str(s)], cwd=ROOT / "notebooks")[0] for s in scripts) / args.workers)
        seconds, used = inprocess_floor(scripts, args.workers)
        warm.append(seconds)
        warm_cpu.append(used)
        cpu.append({})
        seconds, peak = run_measured([PYTHON, "-m", "socialops.cli", "run", "--config", str(config)], cpu=cpu[-1])
        ours.append(seconds)
        peaks.append(peak)
        floor = f"floor {floors[-1]:6.2f} s, " if floors else ""
        print(f"  run {i + 1}: {floor}in-process floor {warm[-1]:6.2f} s, socialops run {ours[-1]:6.2f} s,"
              f" {ours[-1] / warm[-1]:.2f}x the in-process floor, peak {peak / 2**20:,.0f} MB", flush=True)
        if not args.skip_naive:
            total = 0.0
            for t in tasks:
                out = work / "naive" / f"{Path(t.notebook).stem}-{t.subject}.ipynb"
                out.parent.mkdir(exist_ok=True)
                params = sum((["-p", k, str(v)] for k, v in t.params.items()), [])
                total += run_measured([PYTHON, "-m", "papermill", t.notebook, str(out), "-k", "python3", *params,
                                       "--cwd", str(ROOT / "notebooks")])[0]
                total += run_measured([PYTHON, "-m", "jupyter", "nbconvert", "--to", "html", "--no-input", str(out)])[0]
            naives.append(total)
    target = TARGETS[args.suite]
    ratios = [o / w for o, w in zip(ours, warm)]
    figures = {"suite": args.suite, "reports": len(tasks), "workers": args.workers, "repeat": args.repeat,
               "ours_s": round(median(ours), 2), "reports_per_min": round(60 * len(tasks) / median(ours), 1),
               "peak_mb": round(max(peaks) / 2**20), "inprocess_floor_s": round(median(warm), 2),
               "ours_over_inprocess_floor": round(median(ours) / median(warm), 2),
               "median_pair_ratio_inprocess": round(median(ratios), 2), "target": target,
               "cpu_s_per_report": {"inprocess_floor": round(median(warm_cpu) / len(tasks), 3),
                                    **{part: round(median([c.get(part, 0.0) for c in cpu]) / len(tasks), 3)
                                       for part in ("kernels", "workers", "cli")}}}
    if floors:
        figures.update(floor_s=round(median(floors), 2), ours_over_floor=round(median(ours) / median(floors), 2),
                       median_pair_ratio=round(median([o / f for o, f in zip(ours, floors)]), 2))
    if naives:
        figures.update(naive_s=round(median(naives), 2), naive_over_inprocess_floor=round(median(naives) / median(warm), 2))
        if floors:
            figures.update(naive_over_floor=round(median(naives) / median(floors), 2))
    print(f"{args.suite} suite: {len(tasks)} reports, workers: {args.workers}, medians of {args.repeat} run(s)")
    if floors:
        print(f"  floor (plain scripts / workers): {figures['floor_s']:8.2f} s")
    print(f"  in-process floor (warm Pythons):  {figures['inprocess_floor_s']:8.2f} s")
    against = f"{figures['ours_over_floor']:.2f}x the floor, " if floors else ""
    print(f"  socialops run:                   {figures['ours_s']:8.2f} s   {against}"
          f"{figures['ours_over_inprocess_floor']:.2f}x the in-process floor (runs {min(ratios):.2f}x-{max(ratios):.2f}x; "
          f"target <= {target}x: {'met' if figures['ours_over_inprocess_floor'] <= target else 'NOT met'})")
    print(f"  reports per minute:              {figures['reports_per_min']:8.1f}")
    per = figures["cpu_s_per_report"]
    print(f"  CPU-seconds a report:            {per['inprocess_floor']:8.3f}  in-process floor; socialops run: kernels "
          f"{per['kernels']:.3f}, workers {per['workers']:.3f}, CLI {per['cli']:.3f} (sum {per['kernels'] + per['workers'] + per['cli']:.3f})")
    print(f"  peak memory of the run:          {figures['peak_mb']:8,} MB  (CLI, workers and kernels together; target <= 2,048 MB)")
    if floors:
        print(f"  median of the runs' own ratios:  {figures['median_pair_ratio']:8.2f}x  (each run against the floor measured just before it)")
    if naives:
        print(f"  papermill + nbconvert CLIs:      {figures['naive_s']:8.2f} s   "
              f"{figures['naive_over_inprocess_floor']:.2f}x the in-process floor")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
