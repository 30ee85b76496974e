"""Benchmark 5: validating an export grows linearly with its number of columns.

Writes a daily export with N unmapped columns (30 rows) for each size, validates it
(recognise, map, parse, check), and prints each time with the growth per doubling of the
columns. Linear growth is x2 per doubling; quadratic was x4 (8,000 columns took 74 s).
Target: growth per doubling <= x2.5.

    python benchmarks/wide_columns.py [--sizes 1000,2000,4000,8000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from socialops.data.load import load_dataset  # noqa: E402

from _common import median, temp_dir  # noqa: E402


def wide_export(folder: Path, columns: int, rows: int = 30) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    header = ",".join(f"an_extra_column_nobody_maps_{i:05d}" for i in range(columns))
    body = "".join(f"2026-10-{d:02d},a,{100 + d}" + "," * columns + "\n" for d in range(1, rows + 1))
    (folder / "daily.csv").write_text(f"date,account_id,followers,{header}\n{body}", encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,2000,4000,8000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = temp_dir()
    seconds = {}
    for size in sizes:
        folder = wide_export(work / str(size), size)
        runs = []
        for _ in range(args.repeat):
            began = time.perf_counter()
            data = load_dataset(folder)
            runs.append(time.perf_counter() - began)
            assert not data.problems, data.problems[:1]
        seconds[size] = median(runs)
        print(f"  {size:>6,} columns: {seconds[size]:.2f} s (runs {min(runs):.2f}-{max(runs):.2f})", file=sys.stderr)
    growth = [seconds[b] / seconds[a] / (b / a) * 2 for a, b in zip(sizes, sizes[1:])]
    if growth:
        print(f"  growth per doubling of the columns: x{min(growth):.2f} to x{max(growth):.2f} "
              "(linear: x2; target <= x2.5)", file=sys.stderr)
    print(json.dumps({"seconds": {str(k): round(v, 3) for k, v in seconds.items()},
                      "growth": [round(g, 2) for g in growth]}))


if __name__ == "__main__":
    main()
