"""This workbook's results as report blocks: figure, table and reading, each registered with ``view``."""
from __future__ import annotations

import pandas as pd

from socialops import indexes as X
from socialops import metrics as M
from socialops.format import COUNT, NUMBER, Spec
from socialops.report import charts as shared_charts
from socialops.report.blocks import (
    Block,
    block,
    events_html,
    figure_html,
    heading,
    metric_columns,
    note_html,
    short,
    table_html,
    view,
)
from socialops.report.findings import Aside
from socialops.report.strings import t, value_label
from socialops.workbooks.competitors import analysis as competitors
from socialops.workbooks.competitors import charts, readings


def _account_columns(side: competitors.SideBySide, lang: str) -> list[str]:
    return [side.names.get(a, a) + Aside((t("ours", lang),)).show(lang) if a == side.ours else side.names.get(a, a)
            for a in side.table.index]


def _transposed(side: competitors.SideBySide, metrics: list[str], lang: str, notes: dict | None = None) -> pd.DataFrame:
    rows = []
    for metric in metrics:
        row = {t("metric", lang): M.metric_label(metric, lang)}
        for account, column in zip(side.table.index, _account_columns(side, lang)):
            value = side.table.loc[account, metric]
            missing_note = notes and M.is_missing(value) and account in notes.get(metric, ())
            row[column] = notes[metric][account] if missing_note else M.figure(metric, value)
        rows.append(row)
    return pd.DataFrame(rows)


def _accounts_json(side: competitors.SideBySide, columns: list[str]) -> dict:
    return {a: {"name": side.names.get(a, a), **{c: side.table.loc[a, c] for c in columns}} for a in side.table.index}


SIDE_METRICS = list(competitors.SIDE_METRICS)


@view.register
def side_by_side_view(result: competitors.SideBySide, lang: str = "en") -> Block:
    """Every account's figures side by side, ours first."""
    carried = [m for m in SIDE_METRICS if result.table[m].notna().any()]  # a row no account has is named by the reading
    parts = [note_html(result.period.label(lang)), table_html(_transposed(result, carried, lang), lang, css="so-compare"),
             figure_html(shared_charts.account_bars(result.table["engagement_per_1k_followers"], result.names, result.ours,
                                             M.metric_label("engagement_per_1k_followers", lang), M.spec("engagement_per_1k_followers"),
                                             lang=lang),
                         M.metric_label("engagement_per_1k_followers", lang))]
    values = {m: (result.table.loc[result.ours, m], result.previous_ours.get(m)) for m in SIDE_METRICS}
    extra = {"accounts": _accounts_json(result, ["followers", "followers_net", "posts", "avg_reposts_per_post",
                                                 "avg_comments_per_post", "engagement_per_1k_followers", "mentions_share"])}
    return block(parts, readings.side_by_side_reading(result), lang, carried + ["mentions_share"], values, extra)


@view.register
def normalized_view(result: competitors.Normalized, lang: str = "en") -> Block:
    """Followers against engagement, and each account's efficiency for its size."""
    side = result.side
    parts = [table_html(_transposed(side, ["follower_multiple", "engagement_multiple", "efficiency"], lang), lang, css="so-compare")]
    if side.peers:
        parts.append(figure_html(charts.followers_vs_engagement(side.table, side.names, side.ours, lang), t("chart_scatter", lang)))
        parts.append(figure_html(shared_charts.account_bars(side.table["efficiency"], side.names, side.ours, t("chart_efficiency", lang),
                                                     M.spec("efficiency"), reference=1.0, lang=lang), t("chart_efficiency", lang)))
    return block(parts, readings.normalized_reading(result), lang,
                  ["follower_multiple", "engagement_multiple", "efficiency"], extra={"accounts": _accounts_json(side, ["efficiency"])})


@view.register
def quality_comparison_view(result: competitors.QualityComparison, lang: str = "en") -> Block:
    """Audience quality bands and effective followers per account."""
    side = result.side
    columns = ["share_followers_under_10", "share_followers_10_500", "share_followers_over_500", "effective_followers",
               "engagement_per_1k_effective_followers"]
    no_sample = {m: {a: t("no_sample", lang) for a in side.table.index if M.is_missing(side.table.loc[a, "share_followers_10_500"])}
                 for m in columns}
    parts = [figure_html(charts.quality_bars(side.table, side.names, lang), t("chart_quality_set", lang)),
             table_html(_transposed(side, columns, lang, no_sample), lang, css="so-compare")]
    return block(parts, readings.quality_comparison_reading(result), lang, columns,
                  extra={"accounts": _accounts_json(side, columns[:3])})


@view.register
def strategy_view(result: competitors.Strategy, lang: str = "en") -> Block:
    """Posting hours, format and topic mix, and each account's top posts."""
    side = result.side
    parts = [figure_html(shared_charts.account_lines(result.hour_share.T, side.names, side.ours, t("chart_hours", lang),
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
                             M.metric_label("interactions", lang): result.top_posts["interactions"]})
        parts += [heading(t("top_posts_by_account", lang)), table_html(rows, lang, metric_columns(["interactions"], lang), css="so-posts")]
    return block(parts, readings.strategy_reading(result), lang, ["posts_per_day", "interactions"])


@view.register
def momentum_view(result: competitors.Momentum, lang: str = "en") -> Block:
    """Share of voice, follower index and weekly engagement over the period."""
    side = result.side
    parts = []
    shares = result.mentions_share.dropna()
    if len(shares):
        parts.append(figure_html(shared_charts.account_bars(shares, side.names, side.ours, t("chart_share_of_voice", lang), M.spec("mentions_share"),
                                                          lang=lang),
                                 t("chart_share_of_voice", lang)))
    if not result.follower_index.empty:
        parts.append(figure_html(shared_charts.account_lines(result.follower_index, side.names, side.ours, t("chart_follower_index", lang), lang=lang,
                                                             ylabel=t("follower_index_axis", lang), events=result.events),
                                 t("chart_follower_index", lang)))
    if not result.weekly_engagement.empty:
        parts.append(figure_html(shared_charts.account_lines(result.weekly_engagement, side.names, side.ours,
                                                      t("chart_weekly_engagement", lang), lang=lang, weekly=True,
                                                      ylabel=M.metric_label("engagement_per_post", lang), events=result.events),
                                 t("chart_weekly_engagement", lang)))
    if not (result.follower_index.empty and result.weekly_engagement.empty):
        parts.append(events_html(result.events, None, lang))  # numbered on both trends above
    return block(parts, readings.momentum_reading(result), lang, ["mentions_share", "engagement_per_post"])


# how each component's reference points are written (growth is per 30 days)
SCALE_SPECS = {"reach": COUNT, "engagement_per_post": COUNT, "engagement_per_follower": COUNT,
               "growth": Spec("percent", 0, signed=True), "follower_quality": Spec("percent", 0)}


@view.register
def composite_index_view(result: competitors.CompositeIndex, lang: str = "en") -> Block:
    """The composite index: ranking, components and their weights."""
    side = result.side
    labels = {c: t(c, lang) for c in competitors.INDEX_COMPONENTS}
    total = sum(result.weights.values())
    scales = competitors.INDEX_SCALES
    weights = pd.DataFrame({t("component", lang): [labels[c] for c in competitors.INDEX_COMPONENTS],
                            t("weight", lang): [Spec("percent", 0)(result.weights[c] / total) for c in competitors.INDEX_COMPONENTS],
                            t("scores_0_at", lang): [SCALE_SPECS[c](scales[c].low) for c in competitors.INDEX_COMPONENTS],
                            t("scores_100_at", lang): [SCALE_SPECS[c](scales[c].high) for c in competitors.INDEX_COMPONENTS]})
    ranking = pd.DataFrame({t("rank", lang): range(1, len(result.index) + 1),
                            t("account", lang): [side.names.get(a, a) for a in result.index.index],
                            t("index", lang): list(result.index),
                            **{labels[c]: list(result.contributions[c]) for c in competitors.INDEX_COMPONENTS}})
    numbers = {t("index", lang): M.spec("index"), **{labels[c]: NUMBER for c in competitors.INDEX_COMPONENTS}}
    parts = [figure_html(charts.index_bars(result.contributions, side.names, labels, lang), t("chart_index", lang)),
             table_html(ranking, lang, numbers, css="so-compare"), heading(t("index_made_of", lang)), table_html(weights, lang),
             *_sensitivity_html(result.sensitivity, side, labels, lang)]
    extra = {"accounts": {a: {"index": result.index.get(a)} for a in side.table.index},
             "index_weights": {c: result.weights[c] / total for c in competitors.INDEX_COMPONENTS}}
    return block(parts, readings.index_reading(result), lang, ["index"], extra=extra)


@view.register
def platform_figures_view(result: competitors.PlatformFigures, lang: str = "en") -> Block:
    """Every account on the platform's own figures, ours first."""
    parts = []
    if not result.table.empty:
        side = result.side
        columns = dict(zip(side.table.index, _account_columns(side, lang)))
        rows = pd.DataFrame({t("metric", lang): [M.metric_label(m, lang) for m in result.table.columns],
                             **{columns[a]: [M.figure(m, result.table.loc[a, m]) for m in result.table.columns]
                                for a in result.table.index}})
        parts = [heading(t("platform_figures", lang)), table_html(rows, lang, css="so-compare")]
    extra = {"accounts": {a: {m: result.table.loc[a, m] for m in result.table.columns} for a in result.table.index}}
    return block(parts, readings.platform_figures_reading(result), lang, list(result.table.columns), extra=extra)


def _sensitivity_html(table: pd.DataFrame, side: competitors.SideBySide, labels: dict[str, str], lang: str) -> list[str]:
    """The ±20% check as a small table of the weights that move the ranking (each direction, the pairs that swap);
    none when every weight leaves it stable: the reading says so in one line."""
    if table.empty or not table["swaps"].map(len).any():
        return []
    rows = pd.DataFrame({
        t("weight", lang): [labels.get(w, w) for w in table["weight"]],
        t("weight_change", lang): ["+20%" if f > 1 else "−20%" for f in table["factor"]],
        t("ranking_moves", lang): ["; ".join(f"{side.names.get(a, a)} ⇄ {side.names.get(b, b)}" for a, b in pairs) or t("stable", lang)
                                   for pairs in table["swaps"]]})
    return [heading(t("sensitivity", lang)), table_html(rows, lang)]


@view.register
def published_index_view(result: competitors.PublishedIndex, lang: str = "en") -> Block:
    """The platform's published index per account, its components and their weighted parts, and the ±20% check."""
    side, parts = result.side, []
    if result.name is not None:
        keys = list(X.WCI_WEIGHTS if result.name == "wci" else X.BCI_WEIGHTS)
        labels = {k: t(f"{result.name}_{k}", lang) for k in keys}
        rows = []
        for account, score in result.scores.items():
            row = {t("account", lang): side.names.get(account, account),
                   t("index_value", lang): M.figure(result.name, score.value) if score.value is not None else
                   t("index_inputs_missing", lang, c=", ".join(M.metric_label(c, lang) for c in score.missing))}
            row.update({labels[k]: NUMBER(score.components.get(k)) if score.value is not None else "" for k in keys})
            rows.append(row)
        colon = "：" if lang == "zh" else ": "
        parts = [heading(f"{t('published_index', lang)}{colon}{t(f'index_name_{result.name}', lang)}"),
                 table_html(pd.DataFrame(rows), lang, css="so-compare"), *_sensitivity_html(result.sensitivity, side, labels, lang)]
    ours = result.scores.get(side.ours)
    values = {result.name: (ours.value, None)} if result.name and ours is not None else {}
    extra = {"accounts": {a: {result.name: s.value} for a, s in result.scores.items()}} if result.name else {}
    return block(parts, readings.published_index_reading(result), lang, [result.name] if result.name else [], values, extra)


@view.register
def takeaways_view(result: competitors.Takeaways, lang: str = "en") -> Block:
    """The comparison's takeaways, as a reading alone."""
    return block([], readings.takeaways_reading(result), lang)
