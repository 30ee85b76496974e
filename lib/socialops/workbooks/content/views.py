"""This workbook's results as report blocks: figure, table and reading, each registered with ``view``."""
from __future__ import annotations

import pandas as pd

from socialops import metrics as M
from socialops.format import CHANGE, COUNT, NUMBER, PERCENT, Figure, Spec
from socialops.report import charts as shared_charts
from socialops.report.blocks import Block, block, events_html, figure_html, heading, note_html, short, table_html, view
from socialops.report.findings import Aside
from socialops.report.prose import group_label
from socialops.report.strings import t, value_label, weekday_name
from socialops.workbooks.content import analysis as content
from socialops.workbooks.content import charts, readings


def _or_blank(spec: Spec, value) -> Figure | str:
    """A figure where there is one; a blank cell (not "not available") where none is expected."""
    return "" if M.is_missing(value) else spec(value)


@view.register
def content_overview_view(result: content.ContentOverview, lang: str = "en") -> Block:
    """The period's content figures against the previous period, with medians per post."""
    rows = []
    for name, r in result.table.iterrows():
        if M.is_missing(r["current"]) and M.is_missing(r["previous"]):
            continue  # in neither period: named in the reading ("Not in the data"), not a row of "not available"
        spec = M.spec(name)
        rows.append({t("metric", lang): M.metric_label(name, lang),
                     t("current", lang): Figure(r["current"], spec, at_least=name == "reads" and result.lower_bound_reads),
                     t("previous", lang): spec(r["previous"]), t("change", lang): spec.difference()(r["change"]),
                     t("change_pct", lang): CHANGE(r["change_pct"]),
                     t("median", lang): _or_blank(spec, r["median"]), t("median_previous", lang): _or_blank(spec, r["median_previous"])})
    caption = f"{result.period.label(lang)} {t('compared_with', lang)} {result.previous.label(lang)}"
    parts = [note_html(caption), table_html(pd.DataFrame(rows), lang, css="so-kpis")]
    if result.table["change_pct"].notna().any():
        parts.append(figure_html(shared_charts.kpi_changes(result.table, lang), t("chart_kpis", lang)))
    values = {name: (r["current"], r["previous"]) for name, r in result.table.iterrows()}  # the JSON keeps every metric
    shown = [name for name, r in result.table.iterrows() if not (M.is_missing(r["current"]) and M.is_missing(r["previous"]))]
    return block(parts, readings.content_overview(result), lang, shown, values)


@view.register
def platform_signals_view(result: content.PlatformSignals, lang: str = "en") -> Block:
    """The platform's own figures, weighted, with the median post and the previous period beside."""
    parts = []
    if len(result.table):
        rows = [{t("metric", lang): M.metric_label(name, lang), t("current", lang): M.figure(name, r["current"]),
                 t("median_post", lang): _or_blank(M.spec(name), r["median"]), t("previous", lang): M.figure(name, r["previous"]),
                 t("change", lang): M.spec(name).difference()(r["change"]), t("posts_with_figure", lang): COUNT(r["posts"])}
                for name, r in result.table.iterrows()]
        caption = t("platform_signals_caption", lang, period=f"{result.period.label(lang)} {t('compared_with', lang)} {result.previous.label(lang)}")
        parts = [note_html(caption), table_html(pd.DataFrame(rows), lang, css="so-kpis"), *_openings_html(result, lang)]
    values = {name: (r["current"], r["previous"]) for name, r in result.table.iterrows()}
    return block(parts, readings.platform_signals_reading(result), lang, list(result.table.index), values)


def _openings_html(result: content.PlatformSignals, lang: str) -> list[str]:
    """The first seconds of videos by group, and the strongest and weakest openings."""
    held, left = M.metric_label("completion_5s_rate", lang), M.metric_label("bounce_2s_rate", lang)
    parts = []
    for dimension, groups in result.openings.items():
        rows = pd.DataFrame({t("group", lang): groups["group"], t("posts", lang): groups["posts"].map(COUNT),
                             held: groups["completion_5s_rate"].map(M.spec("completion_5s_rate")),
                             left: groups["bounce_2s_rate"].map(M.spec("bounce_2s_rate"))})
        parts += [heading(t("openings_title", lang, dim=t(f"openings_dim_{dimension}", lang))), table_html(rows, lang)]
    for key, table in (("best_openings", result.best_openings), ("worst_openings", result.worst_openings)):
        if len(table):
            rows = pd.DataFrame({t("title", lang): table["title"].map(lambda v: short(v, 40)) if "title" in table else "",
                                 t("reads", lang): table["reads"].map(COUNT), held: table["completion_5s_rate"].map(PERCENT),
                                 left: table["bounce_2s_rate"].map(PERCENT) if "bounce_2s_rate" in table else ""})
            parts += [heading(t(key, lang)), table_html(rows, lang)]
    return parts


@view.register
def traffic_sources_view(result: content.TrafficSources, lang: str = "en") -> Block:
    """Reads by channel against the previous period, and the channels' shares week by week."""
    parts = []
    if len(result.table):
        rows = pd.DataFrame({t("channel", lang): [value_label("channel", c, lang) for c in result.table.index],
                             t("reads", lang): result.table["reads"].map(COUNT),
                             t("share_of_reads", lang): result.table["share"].map(PERCENT),
                             t("previous_share", lang): result.table["previous_share"].map(PERCENT),
                             t("change", lang): result.table["change"].map(PERCENT.difference())})
        names = {c: value_label("channel", c, lang) for c in result.weekly.columns}
        parts = [note_html(f"{result.period.label(lang)} {t('compared_with', lang)} {result.previous.label(lang)}"),
                 table_html(rows, lang, css="so-kpis")]
        if len(result.weekly) >= 2:
            parts.append(figure_html(shared_charts.account_lines(result.weekly, names, "recommended", t("chart_traffic", lang),
                                                                 percent=True, lang=lang, weekly=True,
                                                                 ylabel=t("share_of_reads", lang)), t("chart_traffic", lang)))
    values = {} if result.recommended is None else {"recommended_share": (result.recommended, result.recommended_previous)}
    return block(parts, readings.traffic_sources_reading(result), lang, list(values), values)


@view.register
def tag_effects_view(result: content.TagEffects, lang: str = "en") -> Block:
    """Tags and @-mentions, each with its posts and the median post with and without it."""
    spec = M.spec("engagement_rate") if result.measure == "engagement_rate" else NUMBER
    parts = []
    for title, table in ((t("tag", lang), result.tags), (t("mentioned", lang), result.mentions)):
        if table.empty:
            continue
        rows = pd.DataFrame({title: table["tag"], t("posts", lang): table["posts"].map(COUNT),
                             t("median_with", lang): table["median_with"].map(spec),
                             t("median_without", lang): table["median_without"].map(spec),
                             t("interval", lang): [f"{spec.show(lo, lang)} – {spec.show(hi, lang)}" for lo, hi in zip(table["ci_low"], table["ci_high"])],
                             t("note", lang): ["" if ok else t("too_few", lang) for ok in table["enough"]]})
        parts += [heading(title), table_html(rows, lang)]
    return block(parts, readings.tag_effects_reading(result), lang, ["tag_effect"])


def _tier_rows(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({t("tier", lang): table["tier"].astype(str), t("posts", lang): table["posts"].map(COUNT),
                         t("share_posts", lang): table["share_posts"].map(PERCENT),
                         t("share_interactions", lang): table["share_interactions"].map(PERCENT),
                         t("lower_bounds", lang): table["lower_bounds"].map(lambda v: COUNT(v) if v else "")})


@view.register
def tiers_view(result: content.Tiers, lang: str = "en") -> Block:
    """Posts by read and repost tier: shares of posts and of interactions."""
    parts = []
    tables = {M.metric_label(name, lang): table for name, table in (("reads_tier", result.reads), ("reposts_tier", result.reposts))
              if table["posts"].sum()}  # a tiering no post has a figure for (no reads in the export) is said, not drawn
    if tables:
        parts.append(figure_html(charts.tier_shares(tables, lang), t("chart_tiers", lang)))
        for title, table in tables.items():
            parts += [heading(title), table_html(_tier_rows(table, lang), lang)]
    return block(parts, readings.tiers_reading(result), lang, ["reads_tier", "reposts_tier", "interactions"])


def _post_rows(table: pd.DataFrame, lang: str, measure: str = "engagement_rate") -> pd.DataFrame:
    def reads(row):
        return "10万+" if row.get("reads_lower_bound") else COUNT(row.get("reads"))

    rated = measure == "engagement_rate"  # without reads, posts are ranked on their interactions
    judged = t("engagement_rate", lang) if rated else M.metric_label("interactions", lang)
    columns = [t(k, lang) for k in ("title", "format", "topic", "published")] + ([t("reads", lang)] if rated else [])
    return pd.DataFrame([{
        t("title", lang): short(r.get("title")), t("format", lang): value_label("format", r.get("format"), lang),
        t("topic", lang): value_label("topic", r.get("topic"), lang),
        t("published", lang): f"{r['published_at']:%Y-%m-%d %H:%M}", t("reads", lang): reads(r),
        judged: M.figure("engagement_rate", r.get("engagement_rate")) if rated else COUNT(r.get("interactions")),
        t("times_median", lang): NUMBER(r.get("multiple")),
    } for _, r in table.iterrows()], columns=[*columns, judged, t("times_median", lang)])


@view.register
def top_posts_view(result: content.TopPosts, lang: str = "en") -> Block:
    """The best and worst posts by engagement rate and by reads."""
    parts = []
    rated = result.measure == "engagement_rate"
    for key in ("best_by_rate", "worst_by_rate", "best_by_reads", "worst_by_reads"):
        table = getattr(result, key)
        title = key if rated else {"best_by_rate": "most_interactions", "worst_by_rate": "fewest_interactions"}.get(key, key)
        if len(table):
            parts += [heading(t(title, lang)), table_html(_post_rows(table, lang, result.measure), lang, css="so-posts")]
    best = pd.concat([result.best_by_rate, result.best_by_reads]).drop_duplicates("post_id")
    posts = [{"post_id": p, "title": None if M.is_missing(title) else str(title)}  # ids come with what a reader knows them by
             for p, title in zip(best["post_id"], best.get("title", pd.Series(None, index=best.index)))]
    return block(parts, readings.top_posts_reading(result), lang,
                  [result.measure, "multiple_of_median"], extra={"top_posts": posts})


@view.register
def same_age_view(result: content.SameAge, lang: str = "en") -> Block:
    """Figures at 24 hours and 7 days against the previous period's at the same ages, and the fastest starts."""
    parts, values = [], {}
    table = result.table
    if table["aged"].any() or table["previous_aged"].any():
        rows = []
        for age, r in table.iterrows():
            for metric, column in ((f"reads_{age}", "reads"), (f"engagement_rate_{age}", "engagement_rate")):
                spec = M.spec(metric)
                change = None if M.is_missing(r[column]) or M.is_missing(r[f"previous_{column}"]) else r[column] - r[f"previous_{column}"]
                rows.append({t("metric", lang): M.metric_label(metric, lang), t("current", lang): spec(r[column]),
                             t("previous", lang): spec(r[f"previous_{column}"]), t("change", lang): spec.difference()(change),
                             t("change_pct", lang): CHANGE(M.change_pct(r[column], r[f"previous_{column}"])),
                             t("posts_with_reading", lang): f"{COUNT.show(r['aged'], lang)} / {COUNT.show(r['posts'], lang)}"})
                values[metric] = (r[column], r[f"previous_{column}"])
        colon = "：" if lang == "zh" else ": "
        caption = f"{t('same_age_table', lang)}{colon}{result.period.label(lang)} {t('compared_with', lang)} {result.previous.label(lang)}"
        parts = [note_html(caption), table_html(pd.DataFrame(rows), lang, css="so-kpis")]
    if len(result.leaders):
        parts += [heading(t("fastest_starts", lang)), table_html(_leader_rows(result.leaders, lang), lang, css="so-posts")]
    return block(parts, readings.same_age_reading(result), lang, list(values), values)


def _leader_rows(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    def capped(row, column):  # a post past 10万+ is 10万+ in every reading after it got there
        return "10万+" if row.get("reads_lower_bound") and row[column] >= row["reads"] else COUNT(row[column])

    return pd.DataFrame([{
        t("title", lang): short(r.get("title")), t("published", lang): f"{r['published_at']:%Y-%m-%d %H:%M}",
        t("reads_at_24h", lang): COUNT(r["reads_24h"]),
        t("times_median", lang): NUMBER(r["multiple"]),
        M.metric_label("engagement_rate_24h", lang): M.figure("engagement_rate_24h", r["engagement_rate_24h"]),
        t("reads_at_7d", lang): capped(r, "reads_7d") if not M.is_missing(r["reads_7d"])
        else t("under_7_days", lang) if r["age_days"] < 7 else "",
        t("lifetime_reads", lang): capped(r, "reads"), t("age_when_read", lang): NUMBER(r["age_days"]),
    } for _, r in table.iterrows()])


@view.register
def what_works_view(result: content.WhatWorks, lang: str = "en") -> Block:
    """Engagement by format and topic, with intervals; small groups are marked."""
    parts = []
    if result.groups:
        labels = {k: t(k, lang) for k in result.groups}
        localized = {k: v.assign(group=v["group"].map(lambda g, k=k: group_label(g, lang, k))) for k, v in result.groups.items()}
        rated = result.measure == "engagement_rate"
        title = t("chart_groups" if rated else "chart_groups_interactions", lang)
        parts.append(figure_html(charts.group_effects(localized, result.overall_median, labels, lang, title, percent=rated), title))
        rate = M.spec(result.measure)
        for dimension, table in localized.items():
            rows = pd.DataFrame({
                t("group", lang): table["group"].astype(str), t("posts", lang): table["posts"].astype(int).astype(str),
                t("median_rate" if rated else "median_interactions", lang): table["median_rate"].map(rate),
                t("interval", lang): [f"{rate.show(lo, lang)} – {rate.show(hi, lang)}" if lo == lo else t("not_available", lang)
                                      for lo, hi in zip(table["ci_low"], table["ci_high"])],
                t("note", lang): table["enough"].map(lambda ok: "" if ok else t("too_few", lang)),
            })
            parts += [heading(t(dimension, lang)), table_html(rows, lang)]
    values = {}
    metrics = [result.measure, "median_interval"]
    if result.headline_read_rate is not None:
        values["headline_read_rate"] = (result.headline_read_rate, result.headline_read_rate_previous)
        metrics.append("headline_read_rate")
    return block(parts, readings.what_works_reading(result), lang, metrics, values)


@view.register
def timing_view(result: content.Timing, lang: str = "en") -> Block:
    """Engagement by weekday and hour, and the best slots."""
    parts = []
    rated = result.measure == "engagement_rate"
    title = t("chart_timing" if rated else "chart_timing_interactions", lang)
    if result.count_grid.to_numpy().sum():
        parts.append(figure_html(charts.rate_heatmap(result.median_grid, result.count_grid, lang, title, percent=rated), title))
    if len(result.best_slots):
        rows = pd.DataFrame({t("slot", lang): [f"{weekday_name(int(w), lang)} {int(h)}:00"
                                               for w, h in zip(result.best_slots["weekday"], result.best_slots["hour"])],
                             t("median_rate" if rated else "median_interactions", lang):
                                 result.best_slots["median_rate"].map(M.spec(result.measure)),
                             t("posts", lang): result.best_slots["posts"].astype(int).astype(str)})
        parts.append(table_html(rows, lang))
    slots = [{"weekday": int(w), "weekday_name": weekday_name(int(w), "en"), "hour": int(h)}  # 0 = Monday
             for w, h in zip(result.best_slots["weekday"], result.best_slots["hour"])]
    return block(parts, readings.timing_reading(result), lang, [result.measure], extra={"best_slots": slots})


def _trend_rows(table: pd.DataFrame, lang: str, label: str, fmt_start, measure: str = "engagement_rate") -> pd.DataFrame:
    def change_of(metric: str, points: bool = False) -> str:  # a rate's change is its difference in points
        return t("change" if points else "change_pct", lang) + Aside((M.metric_label(metric, lang),)).show(lang)

    first = table.index[table["posts"].fillna(0) > 0]
    table = table.loc[first[0]:] if len(first) else table.iloc[0:0]  # from the first week (month) with posts
    if measure != "engagement_rate":  # no reads in any week: posts and what they drew per post
        return pd.DataFrame({
            label: table["start"].map(fmt_start), M.metric_label("posts", lang): table["posts"].map(M.spec("posts")),
            **{M.metric_label(m, lang): table[m].map(M.spec(m)) for m in ("interactions_per_post",)},
            change_of("interactions_per_post"): table["interactions_per_post_change_pct"].map(CHANGE),
            M.metric_label("avg_reposts_per_post", lang): table["avg_reposts_per_post"].map(M.spec("avg_reposts_per_post")),
        })
    return pd.DataFrame({
        label: table["start"].map(fmt_start),
        **{M.metric_label(m, lang): table[m].map(M.spec(m)) for m in ("posts", "reads")},
        change_of("reads"): table["reads_change_pct"].map(CHANGE),
        M.metric_label("engagement_rate", lang): table["engagement_rate"].map(M.spec("engagement_rate")),
        change_of("engagement_rate", points=True): table["engagement_rate_change"].map(M.spec("engagement_rate").difference()),
        M.metric_label("avg_reposts_per_post", lang): table["avg_reposts_per_post"].map(M.spec("avg_reposts_per_post")),
    })


@view.register
def trends_view(result: content.Trends, lang: str = "en") -> Block:
    """Weekly and monthly trends of posts, reads and engagement."""
    measure, title = result.measure, t("chart_trends" if result.measure == "engagement_rate" else "chart_trends_interactions", lang)
    parts = [figure_html(charts.weekly_trend(result.weekly, lang, measure, title, result.events), title),
             events_html(result.events, None, lang),
             heading(t("weekly", lang)),
             table_html(_trend_rows(result.weekly, lang, t("week_of", lang), lambda d: f"{d:%Y-%m-%d}", measure), lang),
             heading(t("monthly", lang)),
             table_html(_trend_rows(result.monthly, lang, t("month", lang), lambda d: f"{d:%Y-%m}", measure), lang)]
    shown = ["posts", "reads", "engagement_rate"] if measure == "engagement_rate" else ["posts", "interactions_per_post"]
    return block(parts, readings.trends_reading(result), lang, [*shown, "avg_reposts_per_post", "breakout"])


@view.register
def conversion_view(result: content.Conversion, lang: str = "en") -> Block:
    """The funnel from reads to follows and orders."""
    parts = []
    if len(result.steps) and result.posts:
        labels = [M.metric_label(s, lang) for s in result.steps["step"]]
        parts.append(figure_html(charts.funnel(result.steps, labels, lang), t("chart_funnel", lang)))
        rate = M.spec("conversion_rate")
        rows = pd.DataFrame({t("step", lang): labels, t("total", lang): result.steps["total"].map(COUNT),
                             t("rate_from_reads", lang): result.steps["rate_from_reads"].map(rate),
                             t("rate_from_previous", lang): result.steps["rate_from_previous"].map(lambda v: _or_blank(rate, v))})
        parts.append(table_html(rows, lang))
    return block(parts, readings.conversion_reading(result), lang, ["conversion_rate", "follows", "orders"])
