"""This workbook's results as report blocks: figure, table and reading, each registered with ``view``."""
from __future__ import annotations

import pandas as pd

from socialops import metrics as M
from socialops.format import CHANGE, COUNT, NUMBER
from socialops.report.blocks import Block, block, events_html, figure_html, metric_columns, note_html, short, table_html, view
from socialops.report.strings import t, value_label, weekday_name
from socialops.workbooks.campaigns import analysis as campaigns
from socialops.workbooks.campaigns import charts, readings


def _pairs(rows: list[tuple[str, object]], lang: str) -> str:
    return table_html(pd.DataFrame(rows, columns=[t("item", lang), t("value", lang)]), lang, css="so-card")


@view.register
def card_view(result: campaigns.Card, lang: str = "en") -> Block:
    """The campaign's record: dates, goal, cost, prizes and revenue."""
    c, e, w = result.campaign, result.efficiency, result.windows
    dates = f"{w.during.start:%Y-%m-%d} – {w.planned_end:%Y-%m-%d} · {t('n_days', lang, n=(w.planned_end - w.during.start).days + 1)}"
    rows = [(t("campaign", lang), f"{c['name']} ({c['campaign_id']})"), (t("kind", lang), value_label("kind", c["kind"], lang)),
            (t("dates", lang), dates + (f" · {t('still_running', lang)}" if w.running else "")),
            (t("goal", lang), short(c.get("goal"), 200)),
            *((M.metric_label(m, lang), M.figure(m, getattr(e, m), e.currency)) for m in ("cost", "prize_value", "revenue"))]
    baseline_total = campaigns.baseline_followers_gained(result.lift)
    values = {"participants": (e.participants, None), "followers_gained": (e.log_gained, baseline_total),
              "record_followers_gained": (e.record_gained, None),
              "baseline_followers_gained": (baseline_total, None), "cost": (e.cost, None), "revenue": (e.revenue, None),
              "lift_pct": (result.lift.value("followers_gained", "lift_pct"), None)}
    return block([_pairs(rows, lang)], readings.card_reading(result), lang,
                  ["participants", "cost", "prize_value", "revenue", "baseline_followers_gained"], values, {"currency": e.currency})


@view.register
def lift_view(result: campaigns.Lift, lang: str = "en") -> Block:
    """The daily log before, during and after the campaign, against its baseline."""
    w = result.windows
    labels = {m: M.metric_label(m, lang) for m in campaigns.LIFT_METRICS}
    parts = [note_html(f"{t('baseline', lang)}: {w.baseline.start:%Y-%m-%d} – {w.baseline.end:%Y-%m-%d} · "
                       f"{t('during', lang)}: {w.during.start:%Y-%m-%d} – {w.during.end:%Y-%m-%d} · "
                       f"{t('after', lang)}: {w.after.start:%Y-%m-%d} – {w.after.end:%Y-%m-%d}")]
    if not result.daily.empty:
        parts.append(figure_html(charts.campaign_days(result.daily, w.during.start, w.during.end, labels, lang, result.events),
                                 t("chart_campaign", lang)))
        parts.append(events_html(result.events, None, lang))
    if len(result.table):
        columns = {"baseline": (t("baseline", lang), NUMBER), "during": (t("during", lang), NUMBER), "after": (t("after", lang), NUMBER),
                   "lift_pct": (M.metric_label("lift_pct", lang), M.spec("lift_pct")), "after_pct": (t("after_vs_baseline", lang), CHANGE)}
        rows = pd.DataFrame({t("metric", lang): [labels[m] for m in result.table.index],
                             **{header: result.table[c] for c, (header, _) in columns.items()}})
        parts.append(table_html(rows, lang, dict(columns.values()), css="so-kpis"))
    return block(parts, readings.lift_reading(result), lang, ["lift_pct", "followers_gained", "followers_lost"])


@view.register
def efficiency_view(result: campaigns.Efficiency, lang: str = "en") -> Block:
    """Cost per participant, follower and order, ROI and the prizes' share."""
    rows = [(label, COUNT(value)) for label, value in (
        (M.metric_label("record_followers_gained", lang), result.record_gained),
        (t("log_gained", lang), result.log_gained), (t("log_extra", lang), result.log_extra)) if value is not None]
    names = ["cost_per_participant", "cost_per_follower", "cost_per_extra_follower", "cost_per_order", "roi", "prize_share_of_cost"]
    if result.gained_from != "record":  # without a record, the cost per new follower is the one on the log's extra followers
        names.remove("cost_per_follower")
    rows += [(M.metric_label(n, lang), M.figure(n, getattr(result, n), result.currency)) for n in names]
    values = {n: (getattr(result, n), None) for n in ("cost_per_participant", "cost_per_follower", "cost_per_extra_follower", "roi")}
    metrics = [*names, "record_followers_gained", "followers_gained"]
    return block([_pairs(rows, lang)], readings.efficiency_reading(result), lang, metrics, values)


@view.register
def virality_view(result: campaigns.Virality, lang: str = "en") -> Block:
    """The viral coefficient and the reach of each generation."""
    parts = [_pairs([(M.metric_label("viral_coefficient", lang), M.figure("viral_coefficient", result.k)),
                     (M.metric_label("participants", lang), M.figure("participants", result.participants))], lang)]
    if len(result.generations):
        g = result.generations
        rows = pd.DataFrame({t("generation", lang): g["generation"].astype(int).astype(str),
                             t("new_people", lang): g["new"], t("cumulative", lang): g["cumulative"]})
        parts.append(table_html(rows, lang, {t("new_people", lang): COUNT, t("cumulative", lang): COUNT}))
    return block(parts, readings.virality_reading(result), lang, ["viral_coefficient"],
                  {"viral_coefficient": (result.k, None)})


@view.register
def retention_view(result: campaigns.Retention, lang: str = "en") -> Block:
    """Daily losses before and after, and the share of extra followers kept."""
    rows = [(M.metric_label("followers_lost", lang) + " · " + t("baseline", lang), NUMBER(result.baseline_loss_per_day)),
            (M.metric_label("followers_lost", lang) + " · " + t("after", lang), NUMBER(result.after_loss_per_day)),
            (M.metric_label("retention_rate", lang), M.figure("retention_rate", result.retention_rate))]
    return block([_pairs(rows, lang)], readings.retention_reading(result), lang, ["retention_rate"],
                  {"retention_rate": (result.retention_rate, None)})


@view.register
def launch_timing_view(result: campaigns.LaunchTiming, lang: str = "en") -> Block:
    """The launch's dates, weekday, hour and the holidays around it."""
    rows = [(t("dates", lang), f"{result.start:%Y-%m-%d} – {result.end:%Y-%m-%d} · {t('n_days', lang, n=result.days)}"),
            (t("weekday", lang), weekday_name(result.launch_weekday, lang)),
            (t("hour", lang), t("unknown", lang) if result.launch_hour is None else f"{result.launch_hour}:00")]
    if result.holidays:
        rows.append((t("holidays", lang), ", ".join(f"{d} {n}" for d, n in result.holidays)))
    return block([_pairs(rows, lang)], readings.campaign_timing_reading(result), lang)


@view.register
def comparison_view(result: campaigns.Comparison, lang: str = "en") -> Block:
    """This campaign beside the account's others."""
    parts = []
    if len(result.table) >= 2:
        labels = {m: M.metric_label(m, lang) for m in ("roi", "cost_per_follower", "viral_coefficient", "lift_pct")}
        parts.append(figure_html(charts.campaign_comparison(result.table, result.current, labels, lang,
                                                                             result.currency), t("chart_campaigns", lang)))
    shown = ["roi", "cost_per_follower", "viral_coefficient", "lift_pct"]
    rows = pd.DataFrame({t("campaign", lang): [("▶ " if c == result.current else "") + short(n, 40) for c, n in zip(result.table.index, result.table["name"])],
                         t("kind", lang): result.table["kind"].map(lambda k: value_label("kind", k, lang)),
                         **{M.metric_label(m, lang): result.table[m] for m in shown}})
    parts.append(table_html(rows, lang, metric_columns(shown, lang, result.currency), css="so-compare"))
    return block(parts, readings.comparison_reading(result), lang, shown)


@view.register
def checklist_view(result: campaigns.Checklist, lang: str = "en") -> Block:
    """The rules of a good campaign, each kept or to change."""
    verdicts = {"keep": t("keep", lang), "change": t("change_it", lang), "unknown": t("unknown_verdict", lang)}
    rows = pd.DataFrame([{t("item", lang): readings.check(key, values).text(lang), t("verdict", lang): verdicts[verdict]}
                         for verdict, key, values in result.items])
    return block([table_html(rows, lang, css="so-checklist")], readings.checklist_reading(result), lang)
