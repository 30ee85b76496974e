"""This workbook's results as report blocks: figure, table and reading, each registered with ``view``."""
from __future__ import annotations

import pandas as pd

from socialops import metrics as M
from socialops.report import charts as shared_charts
from socialops.report.blocks import Block, block, figure_html, fmt_metric, heading, note_html, short, table_html, view
from socialops.report.prose import group_label
from socialops.report.strings import fmt_change_pct, fmt_count, fmt_number, fmt_pct, t, value_label, weekday_name
from socialops.workbooks.content import analysis as content
from socialops.workbooks.content import charts, readings


@view.register
def content_overview_view(result: content.ContentOverview, lang: str = "en") -> Block:
    """The period's content figures against the previous period, with medians per post."""
    rows = []
    for name, r in result.table.iterrows():
        current = fmt_metric(r["current"], name, lang)
        if name == "reads" and result.lower_bound_reads and not M.is_missing(r["current"]):
            current = "≥ " + current
        rows.append({t("metric", lang): M.metric_label(name, lang), t("current", lang): current,
                     t("previous", lang): fmt_metric(r["previous"], name, lang),
                     t("change_pct", lang): fmt_change_pct(r["change_pct"], lang),
                     t("median", lang): "" if M.is_missing(r["median"]) else fmt_metric(r["median"], name, lang),
                     t("median_previous", lang): "" if M.is_missing(r["median_previous"]) else fmt_metric(r["median_previous"], name, lang)})
    caption = f"{result.period.label(lang)} {t('compared_with', lang)} {result.previous.label(lang)}"
    parts = [note_html(caption), table_html(pd.DataFrame(rows), lang, css="so-kpis")]
    if result.table["change_pct"].notna().any():
        parts.append(figure_html(shared_charts.kpi_changes(result.table, lang), t("chart_kpis", lang)))
    values = {name: (r["current"], r["previous"]) for name, r in result.table.iterrows()}
    return block(parts, readings.content_overview(result), lang, list(result.table.index), values)


def _tier_rows(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({t("tier", lang): table["tier"].astype(str), t("posts", lang): table["posts"].map(lambda v: fmt_count(v, lang)),
                         t("share_posts", lang): table["share_posts"].map(lambda v: fmt_pct(v, lang)),
                         t("share_interactions", lang): table["share_interactions"].map(lambda v: fmt_pct(v, lang)),
                         t("lower_bounds", lang): table["lower_bounds"].map(lambda v: str(int(v)) if v else "")})


@view.register
def tiers_view(result: content.Tiers, lang: str = "en") -> Block:
    """Posts by read and repost tier: shares of posts and of interactions."""
    parts = []
    if result.posts:
        tables = {M.metric_label("reads_tier", lang): result.reads, M.metric_label("reposts_tier", lang): result.reposts}
        parts.append(figure_html(charts.tier_shares(tables, lang), t("chart_tiers", lang)))
        for title, table in tables.items():
            parts += [heading(title), table_html(_tier_rows(table, lang), lang)]
    return block(parts, readings.tiers_reading(result), lang, ["reads_tier", "reposts_tier", "interactions"])


def _post_rows(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    def reads(row):
        return "10万+" if row.get("reads_lower_bound") else fmt_count(row.get("reads"), lang)

    return pd.DataFrame([{
        t("title", lang): short(r.get("title")), t("format", lang): value_label("format", r.get("format"), lang),
        t("topic", lang): value_label("topic", r.get("topic"), lang),
        t("published", lang): f"{r['published_at']:%Y-%m-%d %H:%M}", t("reads", lang): reads(r),
        t("engagement_rate", lang): fmt_pct(r.get("engagement_rate"), lang, 2),
        t("times_median", lang): fmt_number(r.get("multiple"), lang),
    } for _, r in table.iterrows()], columns=[t(k, lang) for k in ("title", "format", "topic", "published", "reads",
                                                                       "engagement_rate", "times_median")])


@view.register
def top_posts_view(result: content.TopPosts, lang: str = "en") -> Block:
    """The best and worst posts by engagement rate and by reads."""
    parts = []
    for key in ("best_by_rate", "worst_by_rate", "best_by_reads", "worst_by_reads"):
        table = getattr(result, key)
        if len(table):
            parts += [heading(t(key, lang)), table_html(_post_rows(table, lang), lang, css="so-posts")]
    ids = list(dict.fromkeys(list(result.best_by_rate["post_id"]) + list(result.best_by_reads["post_id"])))
    return block(parts, readings.top_posts_reading(result), lang,
                  ["engagement_rate", "multiple_of_median"], extra={"top_posts": ids})


@view.register
def what_works_view(result: content.WhatWorks, lang: str = "en") -> Block:
    """Engagement by format and topic, with intervals; small groups are marked."""
    parts = []
    if result.groups:
        labels = {k: t(k, lang) for k in result.groups}
        localized = {k: v.assign(group=v["group"].map(lambda g, k=k: group_label(g, lang, k))) for k, v in result.groups.items()}
        parts.append(figure_html(charts.group_effects(localized, result.overall_median, labels, lang), t("chart_groups", lang)))
        for dimension, table in localized.items():
            rows = pd.DataFrame({
                t("group", lang): table["group"].astype(str), t("posts", lang): table["posts"].astype(int).astype(str),
                t("median_rate", lang): table["median_rate"].map(lambda v: fmt_pct(v, lang, 2)),
                t("interval", lang): [f"{fmt_pct(lo, lang, 2)} – {fmt_pct(hi, lang, 2)}" if lo == lo else t("not_available", lang)
                                      for lo, hi in zip(table["ci_low"], table["ci_high"])],
                t("note", lang): table["enough"].map(lambda ok: "" if ok else t("too_few", lang)),
            })
            parts += [heading(t(dimension, lang)), table_html(rows, lang)]
    values = {}
    metrics = ["engagement_rate", "median_interval"]
    if result.headline_read_rate is not None:
        values["headline_read_rate"] = (result.headline_read_rate, None)
        metrics.append("headline_read_rate")
    return block(parts, readings.what_works_reading(result), lang, metrics, values)


@view.register
def timing_view(result: content.Timing, lang: str = "en") -> Block:
    """Engagement by weekday and hour, and the best slots."""
    parts = []
    if result.count_grid.to_numpy().sum():
        parts.append(figure_html(charts.rate_heatmap(result.median_grid, result.count_grid, lang), t("chart_timing", lang)))
    if len(result.best_slots):
        rows = pd.DataFrame({t("slot", lang): [f"{weekday_name(int(w), lang)} {int(h)}:00"
                                               for w, h in zip(result.best_slots["weekday"], result.best_slots["hour"])],
                             t("median_rate", lang): result.best_slots["median_rate"].map(lambda v: fmt_pct(v, lang, 2)),
                             t("posts", lang): result.best_slots["posts"].astype(int).astype(str)})
        parts.append(table_html(rows, lang))
    slots = [{"weekday": int(w), "hour": int(h)} for w, h in zip(result.best_slots["weekday"], result.best_slots["hour"])]
    return block(parts, readings.timing_reading(result), lang, ["engagement_rate"], extra={"best_slots": slots})


def _trend_rows(table: pd.DataFrame, lang: str, label: str, fmt_start) -> pd.DataFrame:
    return pd.DataFrame({
        label: table["start"].map(fmt_start),
        M.metric_label("posts", lang): table["posts"].map(lambda v: fmt_count(v, lang)),
        M.metric_label("reads", lang): table["reads"].map(lambda v: fmt_count(v, lang)),
        t("change_pct", lang) + " (" + M.metric_label("reads", lang) + ")": table["reads_change_pct"].map(lambda v: fmt_change_pct(v, lang)),
        M.metric_label("engagement_rate", lang): table["engagement_rate"].map(lambda v: fmt_pct(v, lang, 2)),
        t("change_pct", lang) + " (" + M.metric_label("engagement_rate", lang) + ")":
            table["engagement_rate_change_pct"].map(lambda v: fmt_change_pct(v, lang)),
        M.metric_label("avg_reposts_per_post", lang): table["avg_reposts_per_post"].map(lambda v: fmt_number(v, lang)),
    })


@view.register
def trends_view(result: content.Trends, lang: str = "en") -> Block:
    """Weekly and monthly trends of posts, reads and engagement."""
    parts = [figure_html(charts.weekly_trend(result.weekly, lang), t("chart_trends", lang)),
             heading(t("weekly", lang)), table_html(_trend_rows(result.weekly, lang, t("week_of", lang), lambda d: f"{d:%Y-%m-%d}"), lang),
             heading(t("monthly", lang)), table_html(_trend_rows(result.monthly, lang, t("month", lang), lambda d: f"{d:%Y-%m}"), lang)]
    return block(parts, readings.trends_reading(result), lang,
                  ["posts", "reads", "engagement_rate", "avg_reposts_per_post", "breakout"])


@view.register
def conversion_view(result: content.Conversion, lang: str = "en") -> Block:
    """The funnel from reads to follows and orders."""
    parts = []
    if len(result.steps) and result.posts:
        labels = [M.metric_label(s, lang) for s in result.steps["step"]]
        parts.append(figure_html(charts.funnel(result.steps, labels, lang), t("chart_funnel", lang)))
        rows = pd.DataFrame({t("step", lang): labels, t("total", lang): result.steps["total"].map(lambda v: fmt_count(v, lang)),
                             t("rate_from_reads", lang): result.steps["rate_from_reads"].map(lambda v: fmt_pct(v, lang, 2)),
                             t("rate_from_previous", lang): result.steps["rate_from_previous"].map(
                                 lambda v: "" if M.is_missing(v) else fmt_pct(v, lang, 2))})
        parts.append(table_html(rows, lang))
    return block(parts, readings.conversion_reading(result), lang, ["conversion_rate", "follows", "orders"])
