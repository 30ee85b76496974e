"""Each benchmark script runs at a small scale, so none of them can rot (figures are not asserted)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("script, args, keys", [
    # the team suite's: the sample's differs in its data folder and jobs alone (parallel_speedup.py below runs a third)
    ("report_overhead.py", ["--suite", "team", "--limit", "1", "--repeat", "1"],
     {"floor_s", "ours_s", "naive_s", "ours_over_floor", "inprocess_floor_s", "ours_over_inprocess_floor", "reports_per_min",
      "peak_mb", "cpu_s_per_report"}),
    ("scale_curve.py", ["--sizes", "2000,20000", "--repeat", "1", "--notebooks", "content_performance"], {"rows", "growth"}),
    ("ingest.py", ["--posts", "20000", "--repeat", "1"], {"rows_per_s", "repeat_share"}),
    # the store-backed variant only: the sample's and the team's differ in their data folder and jobs alone (which
    # report_overhead.py runs above), and each variant costs ~20 s of a suite held under five minutes
    ("parallel_speedup.py", ["--limit", "--posts", "2000", "--repeat", "1"], {"speedup", "ceiling", "reports_per_min", "peak_mb"}),
    ("wide_columns.py", ["--sizes", "500,1000", "--repeat", "1"], {"seconds", "growth"}),
])
def test_benchmark_runs(script, args, keys):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args], capture_output=True, text=True,
                         timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert keys <= set(figures)
