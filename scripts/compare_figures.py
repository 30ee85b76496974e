"""Compare two report folders: what a refactor must leave unchanged.

    python scripts/compare_figures.py reports-before/ reports/

Every ``<notebook>/<subject>/<period>.json`` is compared whole, except the fields that
differ from run to run (render time, creation time, version, the checkout's path), and
every report page byte for byte (figures included) except its generation time and paths.
Exit 1 on any difference.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

VOLATILE = {"render_seconds", "generated_at", "generated", "version", "socialops_version"}


def _comparable(report: dict) -> dict:
    kept = {k: v for k, v in report.items() if k not in VOLATILE}
    if isinstance(kept.get("params"), dict):  # the checkout's own path differs between clones
        kept["params"] = {k: v for k, v in kept["params"].items() if k != "data_dir"}
    return kept


def figures(folder: Path) -> dict[str, dict]:
    return {str(p.relative_to(folder)): _comparable(json.loads(p.read_text(encoding="utf-8")))
            for p in sorted(folder.rglob("*.json")) if not p.name.startswith(".")}


_GENERATED = re.compile(r"<dt>(?:Generated|生成时间)</dt><dd>[^<]*</dd>|\d{4}-\d\d-\d\d \d\d:\d\d UTC")


def pages(folder: Path) -> dict[str, str]:
    root = str(folder.resolve().parent)
    return {str(p.relative_to(folder)): _GENERATED.sub("", p.read_text(encoding="utf-8")).replace(root, "ROOT")
            for p in sorted(folder.rglob("*.html")) if p.name != "index.html"}


def main(before: str, after: str) -> int:
    old_pages, new_pages = pages(Path(before)), pages(Path(after))
    changed = [f"page differs: {name}" for name in sorted(old_pages.keys() & new_pages.keys())
               if old_pages[name] != new_pages[name]]
    old, new = figures(Path(before)), figures(Path(after))
    differences = changed + [f"only in {before}: {name}" for name in old.keys() - new.keys()]
    differences += [f"only in {after}: {name}" for name in new.keys() - old.keys()]
    for name in sorted(old.keys() & new.keys()):
        for key in sorted(old[name].keys() | new[name].keys()):
            if old[name].get(key) != new[name].get(key):
                differences.append(f"{name}: {key}\n  before: {old[name].get(key)!r:.300}\n  after:  {new[name].get(key)!r:.300}")
    print("\n".join(differences) or f"{len(old)} reports: identical figures and pages")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
