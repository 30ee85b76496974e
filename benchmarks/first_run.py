"""Benchmark: a fresh machine's first `make report` against the second, with the install-time warm-up apart.

With empty caches (a new XDG_CACHE_HOME and MPLCONFIGDIR: no CJK font base, no matplotlib font list), in one run:
  warm   `socialops warm`, what `make install` runs after pip (the font base, matplotlib's font list)
  first  `socialops run` on the sample suite, straight after
  again  the same run a second time, every cache hot
Prints the medians over --repeat fresh machines and first ÷ again. Target: first <= 1.2x again (the warm-up is
paid at install, not by the first report). --no-warm measures the first run without it, as before.

    python benchmarks/first_run.py [--repeat 3] [--limit] [--no-warm]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, median, run_measured, sample_config, temp_dir  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", action="store_true", help="one Chinese report (for a quick check)")
    parser.add_argument("--no-warm", action="store_true", help="leave out the install-time warm-up")
    args = parser.parse_args()
    jobs = '[jobs.audit_zh]\nnotebook = "account_audit"\naccounts = ["own_weibo"]\nlang = "zh"\n' if args.limit else None
    warms, firsts, agains = [], [], []
    for i in range(args.repeat):
        machine = temp_dir()
        os.environ["XDG_CACHE_HOME"] = str(machine / "cache")   # a fresh machine's caches
        os.environ["MPLCONFIGDIR"] = str(machine / "mpl")
        config = sample_config(machine, 2, jobs=jobs)
        warms.append(0.0 if args.no_warm else run_measured([PYTHON, "-m", "socialops.cli", "warm"])[0])
        firsts.append(run_measured([PYTHON, "-m", "socialops.cli", "run", "--config", str(config)])[0])
        agains.append(run_measured([PYTHON, "-m", "socialops.cli", "run", "--config", str(config)])[0])
        print(f"  machine {i + 1}: warm-up {warms[-1]:6.2f} s, first run {firsts[-1]:6.2f} s, second {agains[-1]:6.2f} s,"
              f" {firsts[-1] / agains[-1]:.2f}x", flush=True)
    figures = {"repeat": args.repeat, "warm_s": round(median(warms), 2), "first_s": round(median(firsts), 2),
               "again_s": round(median(agains), 2), "first_over_again": round(median(firsts) / median(agains), 2),
               "median_pair_ratio": round(median([f / a for f, a in zip(firsts, agains)]), 2)}
    print(f"install-time warm-up: {figures['warm_s']:.2f} s; first run {figures['first_s']:.2f} s, second "
          f"{figures['again_s']:.2f} s: {figures['first_over_again']:.2f}x (target <= 1.2x)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
