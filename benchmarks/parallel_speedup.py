"""Benchmark 4: speed-up of `socialops run` from 1 to 2 workers on the sample suite.

    python benchmarks/parallel_speedup.py [--repeat 3] [--limit N]

Target: >= 1.7x.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, median, run_measured, sample_config, temp_dir  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", action="store_true", help="a two-report suite (for a quick check)")
    args = parser.parse_args()
    jobs = '[jobs.audit]\nnotebook = "account_audit"\naccounts = "own"\n' if args.limit else None
    runs: dict[int, list[float]] = {1: [], 2: []}
    for i in range(args.repeat):  # alternate, so a slow spell of the machine hits both sides
        for workers in (1, 2):
            config = sample_config(temp_dir(), workers, jobs=jobs)
            runs[workers].append(run_measured([PYTHON, "-m", "socialops.cli", "run", "--config", str(config)])[0])
        print(f"  run {i + 1}: 1 worker {runs[1][-1]:6.2f} s, 2 workers {runs[2][-1]:6.2f} s, "
              f"{runs[1][-1] / runs[2][-1]:.2f}x", flush=True)
    times = {workers: median(seconds) for workers, seconds in runs.items()}
    figures = {"one_worker_s": round(times[1], 2), "two_workers_s": round(times[2], 2),
               "speedup": round(times[1] / times[2], 2),
               "median_pair_speedup": round(median([a / b for a, b in zip(runs[1], runs[2])]), 2), "repeat": args.repeat}
    print(f"socialops run, medians of {args.repeat}: 1 worker {times[1]:.2f} s, 2 workers {times[2]:.2f} s: "
          f"speed-up {figures['speedup']:.2f}x (target >= 1.7x); median of the runs' own: "
          f"{figures['median_pair_speedup']:.2f}x")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
