"""The glossary: each metric a report shows, with the formula text defined beside it in metrics."""
from __future__ import annotations

import pandas as pd

from socialops import metrics as M
from socialops.report.blocks import Block, table_html
from socialops.report.strings import t


def glossary(metric_names: list[str], lang: str = "en", measured: dict[str, str] | None = None) -> Block:
    """Each metric the report shows: its name, formula and source columns, from :func:`metrics.registry`, and what
    was measured for this report where a figure is a measurement (a classifier's accuracy)."""
    metrics = M.registry()
    seen = [metrics[m] for m in dict.fromkeys(metric_names) if m in metrics]
    notes = measured or {}
    rows = [{t("metric", lang): m.label[lang],
             t("formula", lang): m.formula[lang] + (t("measured_here", lang, text=notes[m.name]) if m.name in notes else ""),
             t("source_columns", lang): m.columns}
            for m in seen]
    return Block(table_html(pd.DataFrame(rows), lang, max_rows=len(rows) or 1, css="so-glossary"))
