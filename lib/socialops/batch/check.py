"""One account, one period, one number: every figure a run's reports give, and the ones given two ways.

Reads every report JSON in a folder (the latest of each job and subject, as ``run`` writes them) and keys each
figure by account, period and metric: a report's headline metrics for its account and its period (``current``)
and the previous period (``previous``), the weekly review's figures of each account it lists, and the competitor
comparison's of each account it compares. A figure that two reports give with values that differ by more than
their rounding is a disagreement, listed with the reports that give it. A report about several accounts without
figures per account says nothing here.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TOLERANCE = 1e-6  # the JSON writes six decimals: two values closer than this (relatively) are the same figure

Key = tuple[str, str, str, str]  # account, period start, period end, metric


@dataclass(frozen=True)
class Disagreement:
    account: str
    start: str
    end: str
    metric: str
    values: tuple[tuple[float, str], ...]  # (value, report) for each report that gives the figure


@dataclass
class Verdict:
    reports: int
    figures: int            # distinct (account, period, metric) figures read
    disagreements: list[Disagreement]

    @property
    def ok(self) -> bool:
        return not self.disagreements


def report_files(folder: Path) -> list[Path]:
    """Every report JSON under ``folder``: not the failed ones, not the run's own files (dot files)."""
    return sorted(p for p in folder.rglob("*.json")
                  if not p.name.endswith(".failed.json") and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def figures(report: dict) -> Iterator[tuple[Key, float]]:
    """Each figure a report gives, keyed by account, period and metric."""
    periods = [(report.get("period") or {}, "current"), (report.get("previous_period") or {}, "previous")]
    account = (report.get("subject") or {}).get("account_id")
    if account and "campaign_id" not in (report.get("subject") or {}):  # a campaign's figures are the campaign's
        for name, metric in (report.get("metrics") or {}).items():
            for period, side in periods:
                yield from _one(account, period, name, (metric or {}).get(side))
    for row in report.get("accounts") or []:  # the weekly review: each account's figures
        if isinstance(row, dict) and row.get("id"):
            for name, metric in row.items():
                if isinstance(metric, dict) and {"current", "previous"} <= set(metric):
                    for period, side in periods:
                        yield from _one(row["id"], period, name, metric.get(side))
    compared = report.get("accounts")
    if isinstance(compared, dict):  # the competitor comparison: each account's figures for the period
        for other, row in compared.items():
            for name, value in (row or {}).items():
                if name not in ("name", "index", "efficiency", "bci", "wci"):  # relative to this report's own account
                    yield from _one(other, periods[0][0], name, value)


def _one(account: str, period: dict, metric: str, value) -> Iterator[tuple[Key, float]]:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not period.get("start") or not period.get("end"):
        return
    if math.isfinite(value):
        yield (str(account), str(period["start"]), str(period["end"]), metric), float(value)


def same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=TOLERANCE)


def check(folder: Path) -> Verdict:
    """Every figure the reports in ``folder`` give, and those given with two different values."""
    if not folder.is_dir():
        raise FileNotFoundError(f"no reports folder at {folder}")
    seen: dict[Key, list[tuple[float, str]]] = defaultdict(list)
    files = report_files(folder)
    read = 0
    for path in files:
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(report, dict) or "metrics" not in report:
            continue  # not a report's JSON
        read += 1
        name = str(path.relative_to(folder))
        for key, value in figures(report):
            if not any(where == name for _, where in seen[key]):
                seen[key].append((value, name))
    out = []
    for (account, start, end, metric), values in sorted(seen.items()):
        if any(not same(values[0][0], value) for value, _ in values[1:]):
            out.append(Disagreement(account, start, end, metric, tuple(values)))
    return Verdict(read, len(seen), out)
