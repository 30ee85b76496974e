"""Benchmark 4: speed-up of `socialops run` from 1 to 2 workers on the sample suite.

    python benchmarks/parallel_speedup.py [--suite sample|team] [--repeat 3] [--limit] [--posts N]

Target: >= 1.7x on the sample suite; on the team suite (`--suite team`: `socialops sample
--team`, 30 own accounts on four platforms, 122 reports) >= 1.8x or >= 95% of the ceiling
below, with peak memory <= 2 GB. ``--posts N`` runs a heavier suite instead, for comparison:
content performance and the account audit of the 10 own accounts of a synthetic history
store with N posts (`socialops sample --scale N`, ingested), 20 reports.

It also prints the CPU-seconds each run used (the whole machine's, so run it on an
otherwise idle machine) and from them the ceiling: two cores cannot finish the 2-worker
run's CPU work in less than half of it, so 1-worker time / (2-worker CPU / 2) is the best
speed-up any scheduling of that work could give.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from socialops.batch.config import load_config  # noqa: E402
from socialops.batch.plan import plan  # noqa: E402

from _common import PYTHON, machine_cpu_seconds, median, run_measured, sample_config, scaled_store, suite, temp_dir  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--suite", choices=("sample", "team"), default="sample")
    parser.add_argument("--limit", action="store_true", help="a two-report suite (for a quick check)")
    parser.add_argument("--posts", type=int, help="a heavier suite on a synthetic store with this many posts")
    args = parser.parse_args()
    audit = '[jobs.audit]\nnotebook = "account_audit"\naccounts = {}\n'
    data_dir, jobs = suite(args.suite, temp_dir(), 2 if args.limit else None)  # two reports, whatever the suite holds
    if args.posts:
        data_dir = scaled_store(temp_dir(), args.posts)
        jobs = (audit.format('["acct000", "acct005"]') if args.limit else
                audit.format('"own"') + '[jobs.content]\nnotebook = "content_performance"\naccounts = "own"\n')
    runs: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    peaks: dict[int, list[int]] = {1: [], 2: []}
    reports = len(plan(load_config(sample_config(temp_dir(), 1, data_dir=data_dir, jobs=jobs))))
    for i in range(args.repeat):  # alternate, so a slow spell of the machine hits both sides
        for workers in (1, 2):
            config = sample_config(temp_dir(), workers, data_dir=data_dir, jobs=jobs)
            before = machine_cpu_seconds()
            seconds, peak = run_measured([PYTHON, "-m", "socialops.cli", "run", "--config", str(config)])
            runs[workers].append(seconds)
            peaks[workers].append(peak)
            if before is not None:
                cpu[workers].append(machine_cpu_seconds() - before)
        used = "".join(f", {w} worker{'s' * (w > 1)} used {cpu[w][-1]:.1f} CPU-s" for w in (1, 2) if cpu[w])
        print(f"  run {i + 1}: 1 worker {runs[1][-1]:6.2f} s, 2 workers {runs[2][-1]:6.2f} s, "
              f"{runs[1][-1] / runs[2][-1]:.2f}x{used}", flush=True)
    times = {workers: median(seconds) for workers, seconds in runs.items()}
    figures = {"suite": "posts" if args.posts else args.suite, "reports": reports, "repeat": args.repeat,
               "one_worker_s": round(times[1], 2), "two_workers_s": round(times[2], 2),
               "speedup": round(times[1] / times[2], 2),
               "median_pair_speedup": round(median([a / b for a, b in zip(runs[1], runs[2])]), 2),
               "reports_per_min": {w: round(60 * reports / times[w], 1) for w in (1, 2)},
               "peak_mb": {w: round(max(peaks[w]) / 2**20) for w in (1, 2)}}
    print(f"socialops run on {reports} reports, medians of {args.repeat}: 1 worker {times[1]:.2f} s, 2 workers {times[2]:.2f} s: "
          f"speed-up {figures['speedup']:.2f}x (target >= {1.8 if args.suite == 'team' else 1.7}x); median of the runs' own: "
          f"{figures['median_pair_speedup']:.2f}x\n"
          f"reports per minute: 1 worker {figures['reports_per_min'][1]}, 2 workers {figures['reports_per_min'][2]}; "
          f"peak memory: 1 worker {figures['peak_mb'][1]:,} MB, 2 workers {figures['peak_mb'][2]:,} MB (target <= 2,048 MB)")
    if cpu[1] and cpu[2]:
        one, two = median(cpu[1]), median(cpu[2])
        ceiling = median([2 * t / c for t, c in zip(runs[1], cpu[2])])
        figures.update(one_worker_cpu_s=round(one, 2), two_workers_cpu_s=round(two, 2), ceiling=round(ceiling, 2))
        print(f"CPU-seconds, medians: 1 worker {one:.1f} ({one / times[1]:.2f} cores busy on average), "
              f"2 workers {two:.1f} ({two / times[2]:.2f} of 2 cores busy)\n"
              f"ceiling (both cores busy from start to end of the 2-worker run): {ceiling:.2f}x; the speed-up is "
              f"{figures['speedup'] / ceiling:.0%} of it")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
