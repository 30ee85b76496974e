"""Analysis results → report blocks: a figure, a table and the written reading, as safe HTML.

Everything from the data is escaped here (post titles may contain HTML); figures are
embedded as PNG data URIs so a report loads nothing from the network.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import singledispatch

import pandas as pd
from matplotlib.figure import Figure

from . import audit, charts, findings
from . import metrics as M
from .i18n import fmt_change_pct, fmt_count, fmt_number, fmt_pct, t

MAX_TABLE_ROWS = 50


@dataclass
class Block:
    """One step of a report: what it shows and what it says."""

    html: str
    findings: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    values: dict[str, tuple] = field(default_factory=dict)  # metric -> (current, previous) for the JSON

    def _repr_html_(self) -> str:
        return self.html


def escape(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def figure_html(fig: Figure, alt: str) -> str:
    return f'<figure class="so-figure"><img alt="{escape(alt)}" src="{charts.to_data_uri(fig)}"></figure>'


def findings_html(lines: list[str], lang: str) -> str:
    if not lines:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f'<div class="so-findings"><div class="so-findings-label">{escape(t("findings", lang))}</div><ul>{items}</ul></div>'


def table_html(frame: pd.DataFrame, lang: str, max_rows: int = MAX_TABLE_ROWS, css: str = "") -> str:
    """An escaped HTML table of already formatted cells, capped at ``max_rows`` rows."""
    shown = frame.head(max_rows)
    head = "".join(f"<th>{escape(c)}</th>" for c in shown.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in shown.itertuples(index=False)
    )
    more = ""
    if len(frame) > max_rows:
        more = f'<p class="so-note">{escape(f"{max_rows} / {len(frame)}")}</p>'
    return f'<div class="so-table-wrap"><table class="so-table {css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{more}'


def note_html(text: str) -> str:
    return f'<p class="so-note">{escape(text)}</p>'


def _block(parts: list[str], lines: list[str], lang: str, metrics: list[str] = (), values: dict | None = None) -> Block:
    return Block("".join(parts) + findings_html(lines, lang), lines, list(metrics), values or {})


@singledispatch
def view(result, lang: str = "en") -> Block:
    raise TypeError(f"no view for {type(result).__name__}")


@view.register
def _(result: audit.ProfileChecklist, lang: str = "en") -> Block:
    rows = []
    for r in result.items.itertuples():
        status = t("unknown", lang) if r.ok is None else ("✓ " + t("set", lang) if r.ok else "✗ " + t("not_set", lang))
        advice = t("fix_unknown", lang) if r.ok is None else (t("ok", lang) if r.ok else t(f"fix_{r.item}", lang))
        rows.append({t("item", lang): t(r.item, lang), t("status", lang): status, t("what_to_fix", lang): advice})
    return _block([table_html(pd.DataFrame(rows), lang, css="so-checklist")], findings.profile(result, lang), lang)


@view.register
def _(result: audit.FollowerGrowth, lang: str = "en") -> Block:
    fig = charts.follower_growth(result.days, lang)
    lines = findings.growth(result, lang)
    summary = pd.DataFrame([{
        t("metric", lang): M.metric_label(name, lang),
        t("current", lang): fmt_pct(value, lang, signed=True) if name == "growth_rate" else fmt_count(value, lang),
    } for name, value in (("followers", result.end_followers), ("followers_gained", result.gained),
                          ("followers_lost", result.lost), ("followers_net", result.net),
                          ("growth_rate", result.growth_rate), ("anomaly_days", len(result.anomalies)))])
    return _block([figure_html(fig, t("chart_growth", lang)), table_html(summary, lang)], lines, lang,
                  ["followers", "followers_gained", "followers_lost", "followers_net", "growth_rate", "anomaly_days"],
                  {"followers": (result.end_followers, result.start_followers),
                   "followers_gained": (result.gained, None), "followers_lost": (result.lost, None),
                   "growth_rate": (result.growth_rate, None), "anomaly_days": (len(result.anomalies), None)})


@view.register
def _(result: audit.FollowerQuality, lang: str = "en") -> Block:
    parts = []
    if result.sample_size:
        fig = charts.follower_quality(result.shares, result.sample_size, lang)
        parts.append(figure_html(fig, t("chart_quality", lang, n=result.sample_size)))
    rows = [{t("metric", lang): M.metric_label(k, lang), t("current", lang): fmt_pct(v, lang)}
            for k, v in result.shares.items()]
    rows.append({t("metric", lang): M.metric_label("mentions_per_1k_followers", lang),
                 t("current", lang): fmt_number(result.mentions_per_1k_followers, lang)})
    parts.append(table_html(pd.DataFrame(rows), lang))
    values = {k: (v, None) for k, v in result.shares.items()}
    values["mentions_per_1k_followers"] = (result.mentions_per_1k_followers, None)
    return _block(parts, findings.quality(result, lang), lang, [*result.shares, "mentions_per_1k_followers"], values)


@view.register
def _(result: audit.PostingRhythm, lang: str = "en") -> Block:
    parts = []
    if result.posts:
        parts.append(figure_html(charts.posting_heatmap(result.grid, lang), t("chart_rhythm", lang)))
    return _block(parts, findings.rhythm(result, lang), lang, ["posts", "active_hour_share"],
                  {"active_hour_share": (result.active_hour_share, None)})


def _note(note, lang: str) -> str:
    if not isinstance(note, str):
        return ""
    if note.startswith("partial:"):
        known, days = note.split(":", 1)[1].split("/")
        return t("partial", lang, known=known, days=days)
    return t(note, lang)


def _notes(row, lang: str) -> str:
    now, before = _note(row["note"], lang), _note(row["previous_note"], lang)
    if before and before != now:
        before = f"{t('previous', lang)}: {before}"
        return "; ".join(x for x in (now, before) if x)
    return now


@view.register
def _(result: audit.KpiComparison, lang: str = "en") -> Block:
    rows = []
    for name, r in result.table.iterrows():
        fmt = (lambda v: fmt_number(v, lang)) if M.METRICS[name].kind == "number" else (lambda v: fmt_count(v, lang))
        change = r["change"]
        rows.append({
            t("metric", lang): M.metric_label(name, lang),
            t("current", lang): fmt(r["current"]),
            t("previous", lang): fmt(r["previous"]),
            t("change", lang): t("not_available", lang) if M.is_missing(change) else
            (f"{change:+,.1f}" if M.METRICS[name].kind == "number" else f"{change:+,.0f}"),
            t("change_pct", lang): fmt_change_pct(r["change_pct"], lang),
            t("note", lang): _notes(r, lang),
        })
    fig = charts.kpi_changes(result.table, lang)
    caption = f"{result.period.label(lang)} {t('compared_with', lang)} {result.previous.label(lang)}"
    parts = [note_html(caption), table_html(pd.DataFrame(rows), lang, css="so-kpis"),
             figure_html(fig, t("chart_kpis", lang))]
    values = {name: (r["current"], r["previous"]) for name, r in result.table.iterrows()}
    return _block(parts, findings.kpis(result, lang), lang, list(result.table.index), values)


def glossary(metric_names: list[str], lang: str = "en") -> Block:
    """Each metric the report shows: its name, formula and source columns, from :data:`metrics.METRICS`."""
    seen = [m for m in dict.fromkeys(metric_names) if m in M.METRICS]
    rows = [{t("metric", lang): M.METRICS[m].label[lang], t("formula", lang): M.METRICS[m].formula[lang],
             t("source_columns", lang): M.METRICS[m].columns} for m in seen]
    return Block(table_html(pd.DataFrame(rows), lang, max_rows=len(rows) or 1, css="so-glossary"))
