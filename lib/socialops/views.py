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

from . import audit, campaigns, charts, competitors, content, findings
from . import metrics as M
from .i18n import fmt_change_pct, fmt_count, fmt_number, fmt_pct, shorten, t, value_label
from .i18n import fmt_metric as i18n_fmt_metric

MAX_TABLE_ROWS = 50


@dataclass
class Block:
    """One step of a report: what it shows and what it says."""

    html: str
    findings: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    values: dict[str, tuple] = field(default_factory=dict)  # metric -> (current, previous) for the JSON
    extra: dict = field(default_factory=dict)               # other top-level JSON fields

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
        more = note_html(t("rows_shown", lang, shown=f"{max_rows:,}", total=f"{len(frame):,}"))
    return f'<div class="so-table-wrap"><table class="so-table {css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{more}'


def note_html(text: str) -> str:
    return f'<p class="so-note">{escape(text)}</p>'


def _block(parts: list[str], lines: list[str], lang: str, metrics: list[str] = (), values: dict | None = None,
           extra: dict | None = None) -> Block:
    return Block("".join(parts) + findings_html(lines, lang), lines, list(metrics), values or {}, extra or {})


def short(text, limit: int = 80) -> str:
    """Titles cut for a table cell: one line, at most ``limit`` characters (escaped later)."""
    return shorten(text, limit)


def heading(text: str) -> str:
    return f'<h4 class="so-subhead">{escape(text)}</h4>'


def fmt_metric(value, metric: str, lang: str) -> str:
    """Tables show percentages to two decimals."""
    return i18n_fmt_metric(value, metric, lang, pct_digits=2)


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
    if result.posts and not result.dates_only:  # dates without times: no hours to draw
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
    if row["previous_note"] == "not_comparable":
        return t("not_comparable", lang)
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


# ---------------------------------------------------------------- content performance

@view.register
def _(result: content.ContentOverview, lang: str = "en") -> Block:
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
        parts.append(figure_html(charts.kpi_changes(result.table, lang), t("chart_kpis", lang)))
    values = {name: (r["current"], r["previous"]) for name, r in result.table.iterrows()}
    return _block(parts, findings.content_overview(result, lang), lang, list(result.table.index), values)


def _tier_rows(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({t("tier", lang): table["tier"].astype(str), t("posts", lang): table["posts"].map(lambda v: fmt_count(v, lang)),
                         t("share_posts", lang): table["share_posts"].map(lambda v: fmt_pct(v, lang)),
                         t("share_interactions", lang): table["share_interactions"].map(lambda v: fmt_pct(v, lang)),
                         t("lower_bounds", lang): table["lower_bounds"].map(lambda v: str(int(v)) if v else "")})


@view.register
def _(result: content.Tiers, lang: str = "en") -> Block:
    parts = []
    if result.posts:
        tables = {M.metric_label("reads_tier", lang): result.reads, M.metric_label("reposts_tier", lang): result.reposts}
        parts.append(figure_html(charts.tier_shares(tables, lang), t("chart_tiers", lang)))
        for title, table in tables.items():
            parts += [heading(title), table_html(_tier_rows(table, lang), lang)]
    return _block(parts, findings.tiers_reading(result, lang), lang, ["reads_tier", "reposts_tier", "interactions"])


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
def _(result: content.TopPosts, lang: str = "en") -> Block:
    parts = []
    for key in ("best_by_rate", "worst_by_rate", "best_by_reads", "worst_by_reads"):
        table = getattr(result, key)
        if len(table):
            parts += [heading(t(key, lang)), table_html(_post_rows(table, lang), lang, css="so-posts")]
    ids = list(dict.fromkeys(list(result.best_by_rate["post_id"]) + list(result.best_by_reads["post_id"])))
    return _block(parts, findings.top_posts_reading(result, lang), lang,
                  ["engagement_rate", "multiple_of_median"], extra={"top_posts": ids})


@view.register
def _(result: content.WhatWorks, lang: str = "en") -> Block:
    parts = []
    if result.groups:
        labels = {k: t(k, lang) for k in result.groups}
        localized = {k: v.assign(group=v["group"].map(lambda g, k=k: findings._group(g, lang, k))) for k, v in result.groups.items()}
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
    return _block(parts, findings.what_works_reading(result, lang), lang, metrics, values)


@view.register
def _(result: content.Timing, lang: str = "en") -> Block:
    parts = []
    if result.count_grid.to_numpy().sum():
        parts.append(figure_html(charts.rate_heatmap(result.median_grid, result.count_grid, lang), t("chart_timing", lang)))
    if len(result.best_slots):
        rows = pd.DataFrame({t("slot", lang): [f"{findings.weekday_name(int(w), lang)} {int(h)}:00"
                                               for w, h in zip(result.best_slots["weekday"], result.best_slots["hour"])],
                             t("median_rate", lang): result.best_slots["median_rate"].map(lambda v: fmt_pct(v, lang, 2)),
                             t("posts", lang): result.best_slots["posts"].astype(int).astype(str)})
        parts.append(table_html(rows, lang))
    slots = [{"weekday": int(w), "hour": int(h)} for w, h in zip(result.best_slots["weekday"], result.best_slots["hour"])]
    return _block(parts, findings.timing_reading(result, lang), lang, ["engagement_rate"], extra={"best_slots": slots})


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
def _(result: content.Trends, lang: str = "en") -> Block:
    parts = [figure_html(charts.weekly_trend(result.weekly, lang), t("chart_trends", lang)),
             heading(t("weekly", lang)), table_html(_trend_rows(result.weekly, lang, t("week_of", lang), lambda d: f"{d:%Y-%m-%d}"), lang),
             heading(t("monthly", lang)), table_html(_trend_rows(result.monthly, lang, t("month", lang), lambda d: f"{d:%Y-%m}"), lang)]
    return _block(parts, findings.trends_reading(result, lang), lang,
                  ["posts", "reads", "engagement_rate", "avg_reposts_per_post", "breakout"])


@view.register
def _(result: content.Conversion, lang: str = "en") -> Block:
    parts = []
    if len(result.steps) and result.posts:
        labels = [M.metric_label(s, lang) for s in result.steps["step"]]
        parts.append(figure_html(charts.funnel(result.steps, labels, lang), t("chart_funnel", lang)))
        rows = pd.DataFrame({t("step", lang): labels, t("total", lang): result.steps["total"].map(lambda v: fmt_count(v, lang)),
                             t("rate_from_reads", lang): result.steps["rate_from_reads"].map(lambda v: fmt_pct(v, lang, 2)),
                             t("rate_from_previous", lang): result.steps["rate_from_previous"].map(
                                 lambda v: "" if M.is_missing(v) else fmt_pct(v, lang, 2))})
        parts.append(table_html(rows, lang))
    return _block(parts, findings.conversion_reading(result, lang), lang, ["conversion_rate", "follows", "orders"])


# ---------------------------------------------------------------- competitor comparison

def _account_columns(side: competitors.SideBySide, lang: str) -> list[str]:
    return [f"{side.names.get(a, a)} ({t('ours', lang)})" if a == side.ours else side.names.get(a, a) for a in side.table.index]


def _transposed(side: competitors.SideBySide, metrics: list[str], lang: str, notes: dict | None = None) -> pd.DataFrame:
    rows = []
    for metric in metrics:
        row = {t("metric", lang): M.metric_label(metric, lang)}
        for account, column in zip(side.table.index, _account_columns(side, lang)):
            value = side.table.loc[account, metric]
            text = fmt_pct(value, lang, 1) if M.METRICS[metric].kind == "percent" else fmt_metric(value, metric, lang)
            if notes and M.is_missing(value) and account in notes.get(metric, ()):
                text = notes[metric][account]
            row[column] = text
        rows.append(row)
    return pd.DataFrame(rows)


def _accounts_json(side: competitors.SideBySide, columns: list[str]) -> dict:
    return {a: {c: side.table.loc[a, c] for c in columns} for a in side.table.index}


SIDE_METRICS = ["followers", "followers_net", "growth_rate", "posts", "posts_per_day", "avg_reposts_per_post",
                "avg_comments_per_post", "avg_likes_per_post", "engagement_per_post", "engagement_per_1k_followers",
                "mentions", "mentions_per_1k_followers"]


@view.register
def _(result: competitors.SideBySide, lang: str = "en") -> Block:
    parts = [note_html(result.period.label(lang)), table_html(_transposed(result, SIDE_METRICS, lang), lang, css="so-compare"),
             figure_html(charts.account_bars(result.table["engagement_per_1k_followers"], result.names, result.ours,
                                             M.metric_label("engagement_per_1k_followers", lang)),
                         M.metric_label("engagement_per_1k_followers", lang))]
    values = {m: (result.table.loc[result.ours, m], None) for m in SIDE_METRICS}
    extra = {"accounts": _accounts_json(result, ["followers", "followers_net", "posts", "avg_reposts_per_post",
                                                 "avg_comments_per_post", "engagement_per_1k_followers", "mentions_share"])}
    return _block(parts, findings.side_by_side_reading(result, lang), lang, SIDE_METRICS + ["mentions_share"], values, extra)


@view.register
def _(result: competitors.Normalized, lang: str = "en") -> Block:
    side = result.side
    parts = [table_html(_transposed(side, ["follower_multiple", "engagement_multiple", "efficiency"], lang), lang, css="so-compare")]
    if side.peers:
        parts.append(figure_html(charts.followers_vs_engagement(side.table, side.names, side.ours, lang), t("chart_scatter", lang)))
        parts.append(figure_html(charts.account_bars(side.table["efficiency"], side.names, side.ours, t("chart_efficiency", lang),
                                                     reference=1.0), t("chart_efficiency", lang)))
    return _block(parts, findings.normalized_reading(result, lang), lang,
                  ["follower_multiple", "engagement_multiple", "efficiency"], extra={"accounts": _accounts_json(side, ["efficiency"])})


@view.register
def _(result: competitors.QualityComparison, lang: str = "en") -> Block:
    side = result.side
    columns = ["share_followers_under_10", "share_followers_10_500", "share_followers_over_500", "effective_followers",
               "engagement_per_1k_effective_followers"]
    no_sample = {m: {a: t("no_sample", lang) for a in side.table.index if M.is_missing(side.table.loc[a, "share_followers_10_500"])}
                 for m in columns}
    parts = [figure_html(charts.quality_bars(side.table, side.names, lang), t("chart_quality_set", lang)),
             table_html(_transposed(side, columns, lang, no_sample), lang, css="so-compare")]
    return _block(parts, findings.quality_comparison_reading(result, lang), lang, columns,
                  extra={"accounts": _accounts_json(side, columns[:3])})


@view.register
def _(result: competitors.Strategy, lang: str = "en") -> Block:
    side = result.side
    parts = [figure_html(charts.account_lines(result.hour_share.T, side.names, side.ours, t("chart_hours", lang),
                                              percent=True, dates=False, lang=lang, xlabel=t("hour", lang)),
                         t("chart_hours", lang))]
    mixes = {t("format_mix", lang): result.format_mix.rename(columns=lambda c: value_label("format", c, lang)),
             t("topic_mix", lang): result.topic_mix}
    parts.append(figure_html(charts.mix_bars(mixes, side.names, lang), t("chart_mix", lang)))
    if len(result.top_posts):
        rows = pd.DataFrame({t("account", lang): result.top_posts["account_id"].map(lambda a: side.names.get(a, a)),
                             t("title", lang): result.top_posts.get("title", pd.Series("–", index=result.top_posts.index)).map(short),
                             t("format", lang): result.top_posts.get("format", pd.Series(None, index=result.top_posts.index)).map(
                                 lambda v: value_label("format", v, lang)),
                             t("published", lang): result.top_posts["published_at"].map(lambda d: f"{d:%Y-%m-%d %H:%M}"),
                             M.metric_label("interactions", lang): result.top_posts["interactions"].map(lambda v: fmt_count(v, lang))})
        parts += [heading(t("top_posts_by_account", lang)), table_html(rows, lang, css="so-posts")]
    return _block(parts, findings.strategy_reading(result, lang), lang, ["posts_per_day", "interactions"])


@view.register
def _(result: competitors.Momentum, lang: str = "en") -> Block:
    side = result.side
    parts = []
    shares = result.mentions_share.dropna()
    if len(shares):
        parts.append(figure_html(charts.account_bars(shares, side.names, side.ours, t("chart_share_of_voice", lang), percent=True),
                                 t("chart_share_of_voice", lang)))
    if not result.follower_index.empty:
        parts.append(figure_html(charts.account_lines(result.follower_index, side.names, side.ours, t("chart_follower_index", lang), lang=lang),
                                 t("chart_follower_index", lang)))
    if not result.weekly_engagement.empty:
        parts.append(figure_html(charts.account_lines(result.weekly_engagement, side.names, side.ours,
                                                      t("chart_weekly_engagement", lang), lang=lang), t("chart_weekly_engagement", lang)))
    return _block(parts, findings.momentum_reading(result, lang), lang, ["mentions_share", "engagement_per_post"])


@view.register
def _(result: competitors.CompositeIndex, lang: str = "en") -> Block:
    side = result.side
    labels = {c: t(c, lang) for c in competitors.INDEX_COMPONENTS}
    total = sum(result.weights.values())
    weights = pd.DataFrame({t("component", lang): [labels[c] for c in competitors.INDEX_COMPONENTS],
                            t("weight", lang): [f"{result.weights[c] / total:.0%}" for c in competitors.INDEX_COMPONENTS]})
    ranking = pd.DataFrame({t("rank", lang): range(1, len(result.index) + 1),
                            t("account", lang): [side.names.get(a, a) for a in result.index.index],
                            t("index", lang): [fmt_number(v, lang, 1) for v in result.index],
                            **{labels[c]: [fmt_number(v, lang, 1) for v in result.contributions[c]] for c in competitors.INDEX_COMPONENTS}})
    parts = [figure_html(charts.index_bars(result.contributions, side.names, labels, lang), t("chart_index", lang)),
             table_html(ranking, lang, css="so-compare"), heading(t("weight", lang)), table_html(weights, lang)]
    extra = {"accounts": {a: {"index": result.index.get(a)} for a in side.table.index},
             "index_weights": {c: result.weights[c] / total for c in competitors.INDEX_COMPONENTS}}
    return _block(parts, findings.index_reading(result, lang), lang, ["index"], extra=extra)


@view.register
def _(result: competitors.Takeaways, lang: str = "en") -> Block:
    return _block([], findings.takeaways_reading(result, lang), lang)


# ---------------------------------------------------------------- campaign retrospective

def _pairs(rows: list[tuple[str, str]], lang: str) -> str:
    return table_html(pd.DataFrame(rows, columns=[t("item", lang), t("value", lang)]), lang, css="so-card")


@view.register
def _(result: campaigns.Card, lang: str = "en") -> Block:
    c, e, w = result.campaign, result.efficiency, result.windows
    dates = f"{w.during.start:%Y-%m-%d} – {w.planned_end:%Y-%m-%d} ({(w.planned_end - w.during.start).days + 1} d)"
    rows = [(t("campaign", lang), f"{c['name']} ({c['campaign_id']})"), (t("kind", lang), value_label("kind", c["kind"], lang)),
            (t("dates", lang), dates + (f" · {t('still_running', lang)}" if w.running else "")),
            (t("goal", lang), short(c.get("goal"), 200)),
            (M.metric_label("cost", lang), fmt_count(e.cost, lang)), (M.metric_label("prize_value", lang), fmt_count(e.prize_value, lang)),
            (M.metric_label("revenue", lang), fmt_count(e.revenue, lang))]
    baseline_gain = result.lift.value("followers_gained", "baseline")
    baseline_total = None if baseline_gain is None else baseline_gain * w.during.days
    values = {"participants": (e.participants, None), "followers_gained": (e.followers_gained, baseline_total),
              "baseline_followers_gained": (baseline_total, None), "cost": (e.cost, None), "revenue": (e.revenue, None),
              "lift_pct": (result.lift.value("followers_gained", "lift_pct"), None)}
    return _block([_pairs(rows, lang)], findings.card_reading(result, lang), lang,
                  ["participants", "cost", "prize_value", "revenue", "baseline_followers_gained"], values)


@view.register
def _(result: campaigns.Lift, lang: str = "en") -> Block:
    w = result.windows
    labels = {m: M.metric_label(m, lang) for m in campaigns.LIFT_METRICS}
    parts = [note_html(f"{t('baseline', lang)}: {w.baseline.start:%Y-%m-%d} – {w.baseline.end:%Y-%m-%d} · "
                       f"{t('during', lang)}: {w.during.start:%Y-%m-%d} – {w.during.end:%Y-%m-%d} · "
                       f"{t('after', lang)}: {w.after.start:%Y-%m-%d} – {w.after.end:%Y-%m-%d}")]
    if not result.daily.empty:
        parts.append(figure_html(charts.campaign_days(result.daily, w.during.start, w.during.end, labels, lang), t("chart_campaign", lang)))
    if len(result.table):
        rows = pd.DataFrame({t("metric", lang): [labels[m] for m in result.table.index],
                             t("baseline", lang): result.table["baseline"].map(lambda v: fmt_number(v, lang)),
                             t("during", lang): result.table["during"].map(lambda v: fmt_number(v, lang)),
                             t("after", lang): result.table["after"].map(lambda v: fmt_number(v, lang)),
                             M.metric_label("lift_pct", lang): result.table["lift_pct"].map(lambda v: fmt_change_pct(v, lang)),
                             t("after_vs_baseline", lang): result.table["after_pct"].map(lambda v: fmt_change_pct(v, lang))})
        parts.append(table_html(rows, lang, css="so-kpis"))
    return _block(parts, findings.lift_reading(result, lang), lang, ["lift_pct", "followers_gained", "followers_lost"])


@view.register
def _(result: campaigns.Efficiency, lang: str = "en") -> Block:
    names = ("cost_per_participant", "cost_per_follower", "cost_per_order", "roi", "prize_share_of_cost")
    rows = [(M.metric_label(n, lang), fmt_metric(getattr(result, n), n, lang)) for n in names]
    values = {n: (getattr(result, n), None) for n in ("cost_per_participant", "cost_per_follower", "roi")}
    return _block([_pairs(rows, lang)], findings.efficiency_reading(result, lang), lang, list(names), values)


@view.register
def _(result: campaigns.Virality, lang: str = "en") -> Block:
    parts = [_pairs([(M.metric_label("viral_coefficient", lang), fmt_number(result.k, lang, 2)),
                     (M.metric_label("participants", lang), fmt_count(result.participants, lang))], lang)]
    if len(result.generations):
        rows = pd.DataFrame({t("generation", lang): result.generations["generation"].astype(int).astype(str),
                             t("new_people", lang): result.generations["new"].map(lambda v: fmt_count(v, lang)),
                             t("cumulative", lang): result.generations["cumulative"].map(lambda v: fmt_count(v, lang))})
        parts.append(table_html(rows, lang))
    return _block(parts, findings.virality_reading(result, lang), lang, ["viral_coefficient"],
                  {"viral_coefficient": (result.k, None)})


@view.register
def _(result: campaigns.Retention, lang: str = "en") -> Block:
    rows = [(M.metric_label("followers_lost", lang) + " · " + t("baseline", lang), fmt_number(result.baseline_loss_per_day, lang)),
            (M.metric_label("followers_lost", lang) + " · " + t("after", lang), fmt_number(result.after_loss_per_day, lang)),
            (M.metric_label("retention_rate", lang), fmt_pct(result.retention_rate, lang, 0))]
    return _block([_pairs(rows, lang)], findings.retention_reading(result, lang), lang, ["retention_rate"],
                  {"retention_rate": (result.retention_rate, None)})


@view.register
def _(result: campaigns.Timing, lang: str = "en") -> Block:
    rows = [(t("dates", lang), f"{result.start:%Y-%m-%d} – {result.end:%Y-%m-%d} ({result.days} d)"),
            (t("weekday", lang), findings.weekday_name(result.launch_weekday, lang)),
            (t("hour", lang), t("unknown", lang) if result.launch_hour is None else f"{result.launch_hour}:00")]
    if result.holidays:
        rows.append((t("holidays", lang), ", ".join(f"{d} {n}" for d, n in result.holidays)))
    return _block([_pairs(rows, lang)], findings.campaign_timing_reading(result, lang), lang)


@view.register
def _(result: campaigns.Comparison, lang: str = "en") -> Block:
    parts = []
    if len(result.table) >= 2:
        labels = {m: M.metric_label(m, lang) for m in ("roi", "cost_per_follower", "viral_coefficient", "lift_pct")}
        parts.append(figure_html(charts.campaign_comparison(result.table, result.current, labels, lang), t("chart_campaigns", lang)))
    rows = pd.DataFrame({t("campaign", lang): [("▶ " if c == result.current else "") + short(n, 40) for c, n in zip(result.table.index, result.table["name"])],
                         t("kind", lang): result.table["kind"].map(lambda k: value_label("kind", k, lang)),
                         M.metric_label("roi", lang): result.table["roi"].map(lambda v: fmt_pct(v, lang, 0)),
                         M.metric_label("cost_per_follower", lang): result.table["cost_per_follower"].map(lambda v: fmt_number(v, lang, 2)),
                         M.metric_label("viral_coefficient", lang): result.table["viral_coefficient"].map(lambda v: fmt_number(v, lang, 2)),
                         M.metric_label("lift_pct", lang): result.table["lift_pct"].map(lambda v: fmt_change_pct(v, lang))})
    parts.append(table_html(rows, lang, css="so-compare"))
    return _block(parts, findings.comparison_reading(result, lang), lang, ["roi", "cost_per_follower", "viral_coefficient", "lift_pct"])


@view.register
def _(result: campaigns.Checklist, lang: str = "en") -> Block:
    verdicts = {"keep": t("keep", lang), "change": t("change_it", lang), "unknown": t("unknown_verdict", lang)}
    rows = pd.DataFrame([{t("item", lang): t(key, lang), t("verdict", lang): verdicts[verdict]} for verdict, key, _ in result.items])
    return _block([table_html(rows, lang, css="so-checklist")], findings.checklist_reading(result, lang), lang)
