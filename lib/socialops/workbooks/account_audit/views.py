"""This workbook's results as report blocks: figure, table and reading, each registered with ``view``."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from socialops import metrics as M
from socialops.format import CHANGE
from socialops.report import charts as shared_charts
from socialops.report.blocks import Block, block, events_html, figure_html, heading, note_html, table_html, view
from socialops.report.strings import t
from socialops.workbooks.account_audit import analysis as audit
from socialops.workbooks.account_audit import charts, readings
from socialops.workbooks.content import views as content_views


@view.register
def profile_checklist_view(result: audit.ProfileChecklist, lang: str = "en") -> Block:
    """The profile checklist: each item, its state and what to fix."""
    rows = []
    for r in result.items.itertuples():
        status = t("unknown", lang) if r.ok is None else ("✓ " + t("set", lang) if r.ok else "✗ " + t("not_set", lang))
        advice = t("fix_unknown", lang) if r.ok is None else (t("ok", lang) if r.ok else t(f"fix_{r.item}", lang))
        rows.append({t("item", lang): t(r.item, lang), t("status", lang): status, t("what_to_fix", lang): advice})
    return block([table_html(pd.DataFrame(rows), lang, css="so-checklist")], readings.profile(result), lang)


@view.register
def follower_growth_view(result: audit.FollowerGrowth, lang: str = "en") -> Block:
    """The follower curve with its anomalies, and the period's growth figures."""
    lines = readings.growth(result)
    before = result.previous
    figures = (("followers", result.end_followers), ("followers_gained", result.gained), ("followers_lost", result.lost),
               ("followers_net", result.net), ("growth_rate", result.growth_rate), ("anomaly_days", len(result.anomalies)))
    parts, shown = [], []
    if any(not M.is_missing(value) for name, value in figures[:4]):  # no follower figures at all: the reading says so
        summary = pd.DataFrame([{t("metric", lang): M.metric_label(name, lang), t("current", lang): M.figure(name, value)}
                                for name, value in figures])
        parts = [figure_html(charts.follower_growth(result.days, lang, result.events), t("chart_growth", lang)),
                 events_html(result.events, None, lang), table_html(summary, lang)]
        shown = [name for name, _ in figures]
    return block(parts, lines, lang, shown,
                  {"followers": (result.end_followers, result.start_followers),
                   "followers_gained": (result.gained, before and before.gained), "followers_lost": (result.lost, before and before.lost),
                   "growth_rate": (result.growth_rate, before and before.growth_rate),
                   "anomaly_days": (len(result.anomalies), len(before.anomalies) if before is not None and len(before.days) else None)})


@view.register
def follower_quality_view(result: audit.FollowerQuality, lang: str = "en") -> Block:
    """The follower sample's quality bands, and mentions per 1,000 followers."""
    parts = []
    if result.sample_size:
        fig = charts.follower_quality(result.shares, result.sample_size, lang)
        parts.append(figure_html(fig, t("chart_quality", lang, n=result.sample_size)))
    figures = {**result.shares, "mentions_per_1k_followers": result.mentions_per_1k_followers}
    known = {k: v for k, v in figures.items() if not M.is_missing(v)}  # the reading names what the data lacks
    if known:
        rows = [{t("metric", lang): M.metric_label(k, lang), t("current", lang): M.figure(k, v)} for k, v in figures.items()]
        parts.append(table_html(pd.DataFrame(rows), lang))
    values = {k: (v, None) for k, v in result.shares.items()}
    values["mentions_per_1k_followers"] = (result.mentions_per_1k_followers, result.previous_mentions_per_1k_followers)
    return block(parts, readings.quality(result), lang, list(figures) if known else [], values)


@view.register
def posting_rhythm_view(result: audit.PostingRhythm, lang: str = "en") -> Block:
    """When the account posts: the weekday-by-hour heatmap (none for dates without times)."""
    parts = []
    if result.posts and not result.dates_only:  # dates without times: no hours to draw
        parts.append(figure_html(shared_charts.posting_heatmap(result.grid, lang), t("chart_rhythm", lang)))
    return block(parts, readings.rhythm(result), lang, ["posts", "active_hour_share"],
                  {"active_hour_share": (result.active_hour_share, result.previous_active_hour_share)})


def _note(note, lang: str) -> str:
    if not isinstance(note, str):
        return ""
    if note.startswith("partial:"):
        known, days = note.split(":", 1)[1].split("/")
        return t("partial", lang, known=known, days=days)
    return t(note, lang)


def _notes(row, lang: str) -> str:
    if row["previous_note"] == "not_comparable":
        return t("not_comparable", lang)
    now, before = _note(row["note"], lang), _note(row["previous_note"], lang)
    if before and before != now:
        before = f"{t('previous', lang)}: {before}"
        return "; ".join(x for x in (now, before) if x)
    return now


@view.register
def kpi_comparison_view(result: audit.KpiComparison, lang: str = "en") -> Block:
    """The operations log against the previous period: table, chart and reading."""
    rows, shown = [], []
    for name, r in result.table.iterrows():
        if M.is_missing(r["current"]) and M.is_missing(r["previous"]):
            continue  # in neither period: the reading names it ("Not in the data"), no row of "not available"
        spec = M.spec(name)
        shown.append(name)
        rows.append({
            t("metric", lang): M.metric_label(name, lang),
            t("current", lang): spec(r["current"]),
            t("previous", lang): spec(r["previous"]),
            t("change", lang): spec.difference()(r["change"]),
            t("change_pct", lang): CHANGE(r["change_pct"]),
            t("note", lang): _notes(r, lang),
        })
    fig = shared_charts.kpi_changes(result.table, lang)
    caption = f"{result.period.label(lang)} {t('compared_with', lang)} {result.previous.label(lang)}"
    parts = [note_html(caption), table_html(pd.DataFrame(rows), lang, css="so-kpis"),
             figure_html(fig, t("chart_kpis", lang))]
    values = {name: (r["current"], r["previous"]) for name, r in result.table.iterrows()}  # the JSON keeps every metric
    return block(parts, readings.kpis(result), lang, shown, values)


@view.register
def platform_kpis_view(result: audit.PlatformKpis, lang: str = "en") -> Block:
    """The platform's own figures below the operations log, under their own heading."""
    shown = content_views.platform_signals_view(result, lang)
    if not shown.html.strip():
        return shown
    return replace(shown, html=heading(t("platform_figures", lang)) + shown.html)
