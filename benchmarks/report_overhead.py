"""Benchmark 1: report overhead of `socialops run` against a floor and against the naive pipeline.

In one run, on the sample suite (every report of reports.toml):
  floor  each report's notebook code as a plain Python script (no kernel, papermill or
         nbconvert), run one after another, total divided by the number of workers;
  ours   `socialops run` with that many workers (kernels, papermill, nbconvert, index);
  naive  `papermill` CLI then `jupyter nbconvert --to html` CLI per report, one after another.
Prints medians over --repeat runs and both ratios. Target: ours <= 1.3x the floor.

    python benchmarks/report_overhead.py [--workers 2] [--repeat 3] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from socialops.batch.config import load_config
from socialops.batch.plan import plan  # noqa: E402

from _common import PYTHON, ROOT, median, run_measured, sample_config, temp_dir  # noqa: E402


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only the first N reports (for a quick check)")
    parser.add_argument("--skip-naive", action="store_true", help="leave out the slow naive pipeline")
    args = parser.parse_args()

    work = temp_dir()
    jobs = None
    if args.limit:
        jobs = '[jobs.audit]\nnotebook = "account_audit"\naccounts = ["own_weibo"]\n'
    config = sample_config(work, args.workers, jobs=jobs)
    tasks = plan(load_config(config))[: args.limit or None]
    scripts = [as_script(t, work) for t in tasks]
    floors, ours, naives = [], [], []
    for i in range(args.repeat):
        floors.append(sum(run_measured([PYTHON, str(s)], cwd=ROOT / "notebooks")[0] for s in scripts) / args.workers)
        ours.append(run_measured([PYTHON, "-m", "socialops.cli", "run", "--config", str(config)])[0])
        print(f"  run {i + 1}: floor {floors[-1]:6.2f} s, socialops run {ours[-1]:6.2f} s, {ours[-1] / floors[-1]:.2f}x",
              flush=True)
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
    figures = {"reports": len(tasks), "workers": args.workers, "repeat": args.repeat,
               "floor_s": round(median(floors), 2), "ours_s": round(median(ours), 2),
               "ours_over_floor": round(median(ours) / median(floors), 2),
               "median_pair_ratio": round(median([o / f for o, f in zip(ours, floors)]), 2)}
    if naives:
        figures.update(naive_s=round(median(naives), 2), naive_over_floor=round(median(naives) / median(floors), 2))
    print(f"reports: {len(tasks)}, workers: {args.workers}, medians of {args.repeat} run(s)")
    print(f"  floor (plain scripts / workers): {figures['floor_s']:8.2f} s")
    print(f"  socialops run:                   {figures['ours_s']:8.2f} s   {figures['ours_over_floor']:.2f}x the floor (target <= 1.3x)")
    print(f"  median of the runs' own ratios:  {figures['median_pair_ratio']:8.2f}x  (each run against the floor measured just before it)")
    if naives:
        print(f"  papermill + nbconvert CLIs:      {figures['naive_s']:8.2f} s   {figures['naive_over_floor']:.2f}x the floor")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
