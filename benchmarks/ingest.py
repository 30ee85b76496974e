"""Benchmark 3: ingest throughput into the history store, and the cost of a repeated ingest.

Writes N synthetic posts as Parquet, ingests them (loaders, validation, merge) into a
fresh store, then ingests the same file again (recognised by its hash and skipped).
Targets: >= 500,000 rows/s; the repeat <= 10% of the first.

    python benchmarks/ingest.py [--posts 1000000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from socialops.data import store  # noqa: E402
from socialops.data.sample import write_scaled  # noqa: E402

from _common import median, temp_dir  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = temp_dir()
    data = work / "data"
    write_scaled(data, args.posts)
    firsts, repeats = [], []
    for i in range(args.repeat):
        db = work / f"store-{i}.duckdb"
        store.ingest(db, [data / "accounts.parquet"])
        began = time.perf_counter()
        [result] = store.ingest(db, [data / "posts.parquet"])
        firsts.append(time.perf_counter() - began)
        assert result.status == "ingested", result.problems
        began = time.perf_counter()
        [again] = store.ingest(db, [data / "posts.parquet"])
        repeats.append(time.perf_counter() - began)
        assert again.status == "unchanged"
    first, repeat = median(firsts), median(repeats)
    figures = {"posts": args.posts, "first_s": round(first, 3), "rows_per_s": round(args.posts / first),
               "repeat_s": round(repeat, 3), "repeat_share": round(repeat / first, 4)}
    print(f"{args.posts:,} posts, medians of {args.repeat}:")
    print(f"  first ingest:  {first:7.2f} s  {figures['rows_per_s']:>10,} rows/s (target >= 500,000)")
    print(f"  repeat ingest: {repeat:7.3f} s  {repeat / first:.1%} of the first (target <= 10%)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
