"""Benchmark 2: how content performance and the account audit scale with the data.

For each size: a synthetic dataset (50 accounts x 5 years of daily rows and N posts) is
ingested into a history store, then each workbook is rendered from the store by
`socialops render` (execution seconds include the kernel start), with the peak RSS of
the process tree and the HTML size. Prints the growth factor per 10x of data.
Targets: 1M posts executes in <= 15 s and <= 2 GB peak RSS; growth per 10x <= 12x.

    python benchmarks/scale_curve.py [--sizes 10000,100000,1000000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, median, run_measured, scaled_store, temp_dir  # noqa: E402

NOTEBOOKS = ("content_performance", "account_audit")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--notebooks", default=",".join(NOTEBOOKS))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    notebooks = args.notebooks.split(",")
    work = temp_dir()
    rows = []
    for size in sizes:
        db = scaled_store(work, size)
        for notebook in notebooks:
            seconds, peaks, html = [], [], 0
            for i in range(args.repeat):
                out = work / f"{notebook}-{size}-{i}.html"
                wall, peak = run_measured([PYTHON, "-m", "socialops.cli", "render", notebook, "-p", "data_dir", str(db),
                                           "-p", "account_id", "acct000", "-o", str(out)])
                seconds.append(wall)
                peaks.append(peak)
                html = out.stat().st_size
            rows.append({"posts": size, "notebook": notebook, "seconds": round(median(seconds), 2),
                         "peak_rss_mb": round(median(peaks) / 2**20, 1), "html_kb": round(html / 1024, 1)})
    print(f"{'posts':>10} {'notebook':<22} {'seconds':>8} {'peak RSS MB':>12} {'HTML KB':>9}")
    for r in rows:
        print(f"{r['posts']:>10,} {r['notebook']:<22} {r['seconds']:>8.2f} {r['peak_rss_mb']:>12.1f} {r['html_kb']:>9.1f}")
    growth = []
    for notebook in notebooks:
        series = [r for r in rows if r["notebook"] == notebook]
        for a, b in zip(series, series[1:]):
            factor = b["posts"] / a["posts"]
            growth.append({"notebook": notebook, "from": a["posts"], "to": b["posts"],
                           "time_growth": round(b["seconds"] / a["seconds"], 2),
                           "rss_growth": round(b["peak_rss_mb"] / a["peak_rss_mb"], 2), "data_growth": factor})
            print(f"{notebook}: {a['posts']:,} -> {b['posts']:,} posts ({factor:g}x): time x{growth[-1]['time_growth']}, "
                  f"peak RSS x{growth[-1]['rss_growth']}")
    print(json.dumps({"rows": rows, "growth": growth}))


if __name__ == "__main__":
    main()
