"""Report blocks: a figure, a table and the written reading, as safe HTML.

Everything from the data is escaped here (post titles may contain HTML); figures are
embedded as PNG data URIs so a report loads nothing from the network. Each workbook
registers a view for each of its results with :func:`view`.
"""
from __future__ import annotations

import html
import importlib
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import singledispatch

import pandas as pd
from matplotlib.figure import Figure as Chart

from socialops import metrics as M
from socialops.format import Figure, Spec, cell
from socialops.report import charts
from socialops.report.findings import Finding, texts
from socialops.report.strings import shorten, t, value_label

MAX_TABLE_ROWS = 50


@dataclass
class Block:
    """One step of a report: what it shows and what it says."""

    html: str
    findings: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    values: dict[str, tuple] = field(default_factory=dict)  # metric -> (current, previous) for the JSON
    extra: dict = field(default_factory=dict)               # other top-level JSON fields
    facts: list[Finding] = field(default_factory=list)      # the findings as data (key and values), for tests
    measured: dict[str, str] = field(default_factory=dict)  # metric -> what was measured for this report, worded: the glossary says it

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        """The plain-text output beside the HTML: the reading alone (the default repr repeated the whole page's HTML,
        images included, doubling every report's messages and its kept notebook)."""
        return "\n".join(self.findings) or f"[socialops] {len(self.html):,} characters of HTML"


def escape(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def figure_html(fig: Chart, alt: str) -> str:
    return f'<figure class="so-figure"><img alt="{escape(alt)}" src="{charts.to_data_uri(fig)}"></figure>'


def findings_html(lines: list[str], lang: str) -> str:
    if not lines:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f'<div class="so-findings"><div class="so-findings-label">{escape(t("findings", lang))}</div><ul>{items}</ul></div>'


def table_html(frame: pd.DataFrame, lang: str, specs: Mapping[str, Spec] | None = None, max_rows: int = MAX_TABLE_ROWS,
               css: str = "") -> str:
    """An escaped HTML table, capped at ``max_rows`` rows. Numbers stay numbers until here: a column
    named in ``specs`` is written by its spec, a :class:`Figure` cell by its own, text as it is."""
    shown = frame.head(max_rows)
    column_specs = [(specs or {}).get(c) for c in shown.columns]
    head = "".join(f"<th>{escape(c)}</th>" for c in shown.columns)
    body = "".join(
        "<tr>" + "".join(_td(v, lang, spec) for v, spec in zip(row, column_specs, strict=True)) + "</tr>"
        for row in shown.itertuples(index=False)
    )
    more = ""
    if len(frame) > max_rows:
        more = note_html(t("rows_shown", lang, shown=f"{max_rows:,}", total=f"{len(frame):,}"))
    return f'<div class="so-table-wrap"><table class="so-table {css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{more}'


def _td(value, lang: str, spec: Spec | None) -> str:
    numeric = isinstance(value, Figure) or (spec is not None and spec.kind != "text")  # never broken mid-digit
    attrs = ' class="so-num"' if numeric else ""
    return f"<td{attrs}>{escape(cell(value, lang, spec))}</td>"


def metric_columns(names: Sequence[str], lang: str, currency: str = "") -> dict[str, Spec]:
    """The specs of metric columns headed by their labels: ``table_html(frame, lang, metric_columns(...))``."""
    return {M.metric_label(name, lang): M.spec(name, currency) for name in names}


def note_html(text: str) -> str:
    return f'<p class="so-note">{escape(text)}</p>'


def block(parts: list[str], findings: list[Finding], lang: str, metrics: Sequence[str] = (), values: dict | None = None,
           extra: dict | None = None, measured: dict[str, str] | None = None) -> Block:
    """A view's block, its findings worded in ``lang``; every metric it shows or records is a defined
    :func:`metrics.registry` entry."""
    defined = M.registry()
    unknown = [m for m in [*metrics, *(values or {})] if m not in defined]
    if unknown:
        raise ValueError(f"metrics not defined in socialops.metrics: {', '.join(unknown)}")
    lines = texts(findings, lang)
    return Block("".join(parts) + findings_html(lines, lang), lines, list(metrics), values or {}, extra or {}, list(findings),
                 measured or {})


def short(text, limit: int = 80) -> str:
    """Titles cut for a table cell: one line, at most ``limit`` characters (escaped later)."""
    return shorten(text, limit)


def heading(text: str) -> str:
    return f'<h4 class="so-subhead">{escape(text)}</h4>'


@singledispatch
def view(result, lang: str = "en") -> Block:
    """The block for an analysis result: its workbook's ``views`` module registers one per result type
    (imported here the first time one of its results is shown)."""
    module = type(result).__module__
    if module.startswith("socialops.workbooks.") and module.endswith(".analysis"):
        views = module[: -len("analysis")] + "views"
        if views not in sys.modules:
            importlib.import_module(views)
            return view(result, lang)
    raise TypeError(f"no view for {type(result).__name__}")


def events_html(events: pd.DataFrame | None, names: dict[str, str] | None, lang: str) -> str:
    """The events numbered on a chart, as an escaped table: number, date, account (``names``: on a report of several
    accounts), kind and note."""
    if events is None or events.empty:
        return ""
    rows = pd.DataFrame({
        t("event_number", lang): [str(i) for i in range(1, len(events) + 1)],
        t("date", lang): pd.to_datetime(events["date"]).dt.strftime("%Y-%m-%d"),
        **({t("account", lang): [t("event_all", lang) if a == "all" else names.get(a, a) for a in events["account_id"]]}
           if names is not None else {}),
        t("kind", lang): [value_label("event_kind", k, lang) for k in events["kind"]],
        t("note_column", lang): [short(n, 120) for n in events["note"]],
    })
    return heading(t("events", lang)) + table_html(rows, lang, css="so-events")
