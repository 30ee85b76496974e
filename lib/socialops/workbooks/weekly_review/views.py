"""This workbook's results as report blocks: figure, table and reading, each registered with ``view``."""
from __future__ import annotations

import pandas as pd

from socialops import metrics as M
from socialops.format import CHANGE
from socialops.report.blocks import Block, block, events_html, figure_html, note_html, short, table_html, view
from socialops.report.strings import t, value_label
from socialops.workbooks.weekly_review import analysis as review
from socialops.workbooks.weekly_review import charts, readings

ARROWS = (("▲", 3.0), ("▼", -3.0))  # a change of ±3% or more gets an arrow; less is steady


def _arrow(change_pct) -> str:
    if M.is_missing(change_pct):
        return ""
    return "▲ " if change_pct >= ARROWS[0][1] else "▼ " if change_pct <= ARROWS[1][1] else "· "


def _cell(row: pd.Series, metric: str, lang: str) -> str:
    """A metric's value, its change against the previous period (with an arrow) and against the 4-period average."""
    value = M.figure(metric, row[metric]).show(lang)
    if M.is_missing(row[metric]):
        return value
    arrow = _arrow(row[f"{metric}_change_pct"])
    if metric == "followers_net":  # growth can turn negative: a percentage across zero says nothing, the figures do
        spec = M.spec(metric).difference()
        return f"{spec(row[metric]).show(lang)} {arrow}" + t("net_against", lang, prev=spec(row[f"{metric}_previous"]).show(lang),
                                                              avg=spec(row[f"{metric}_baseline"]).show(lang))
    change = f"{arrow}{CHANGE(row[f'{metric}_change_pct']).show(lang)}"
    base = t("against_baseline", lang, pct=CHANGE(row[f"{metric}_vs_baseline_pct"]).show(lang))
    return f"{value}  {change} {base}"


@view.register
def accounts_view(result: review.AccountsTable, lang: str = "en") -> Block:
    """Every account's figures against the previous period and the 4 before it, the account that moved most first,
    stale exports last and marked."""
    columns = {}
    for _, row in result.table.iterrows():
        columns[_name(row, lang)] = [_cell(row, m, lang) for m in review.DIGEST_METRICS]
    labels = [M.metric_label(m, lang) for m in review.DIGEST_METRICS]
    if len(columns) <= charts.SIDE_BY_SIDE:  # a few accounts side by side, a column each
        rows = pd.DataFrame({t("metric", lang): labels, **columns})
    else:  # a team's accounts a row each, in the same order
        rows = pd.DataFrame([[name, *cells] for name, cells in columns.items()], columns=[t("account", lang), *labels])
    colon, semicolon = ("：", "；") if lang == "zh" else (": ", "; ")
    caption = (f"{result.period.label(lang)} {t('compared_with', lang)} {result.previous.label(lang)}{semicolon}"
               f"{t('vs_baseline', lang)}{colon}{result.baseline[-1].start:%Y-%m-%d} – {result.baseline[0].end:%Y-%m-%d}")
    parts = [note_html(caption), table_html(rows, lang, css="so-compare")]
    extra = {"accounts": [{"id": account, "name": row["name"], "platform": row["platform"], "stale": bool(row["stale"]),
                           "last_day": None if row["last_day"] is None else f"{row['last_day']:%Y-%m-%d}",
                           **{m: {"current": _num(row[m]), "previous": _num(row[f"{m}_previous"]),
                                  "change_pct": _num(row[f"{m}_change_pct"]), "baseline": _num(row[f"{m}_baseline"])}
                              for m in review.DIGEST_METRICS}}
                          for account, row in result.table.iterrows()]}
    return block(parts, readings.accounts_reading(result), lang, [*review.DIGEST_METRICS, "baseline_average", "accounts_stale"],
                 {"accounts_stale": (float(len(result.stale)), None)}, extra)


def _num(value):
    return None if M.is_missing(value) else float(value)


@view.register
def hot_posts_view(result: review.HotPosts, lang: str = "en") -> Block:
    """The period's hot posts with their multiple of the account's usual."""
    parts = []
    if len(result.posts):
        rows = pd.DataFrame({t("account", lang): result.posts["name"], t("hot_post", lang): result.posts["title"].map(short),
                             t("published", lang): pd.to_datetime(result.posts["published_at"]).dt.strftime("%Y-%m-%d %H:%M"),
                             M.metric_label("interactions", lang): result.posts["interactions"].map(lambda v: M.figure("interactions", v)),
                             t("usual", lang): result.posts["usual"].map(lambda v: M.figure("interactions", v)),
                             t("times_usual", lang): result.posts["multiple"].map(lambda v: M.figure("hot_multiple", v))})
        parts.append(table_html(rows, lang, css="so-posts"))
    hot = [{"post_id": r["post_id"], "account": r["account_id"], "title": None if M.is_missing(r["title"]) else str(r["title"]),
            "multiple": _num(r["multiple"])} for _, r in result.posts.iterrows()]
    return block(parts, readings.hot_posts_reading(result), lang, ["hot_posts", "hot_multiple", "interactions"],
                 {"hot_posts": (float(len(result.posts)), None)}, {"hot_posts": hot})


@view.register
def targets_view(result: review.Targets, lang: str = "en") -> Block:
    """Each target's 达成率 and pace, and what the rest of its period needs."""
    parts, extra = [], {}
    if len(result.table):
        table = result.table
        rows = pd.DataFrame({
            t("account", lang): table["name"], t("metric", lang): [M.metric_label(m, lang) for m in table["metric"]],
            t("target_period", lang): table["period"],
            t("target", lang): [M.figure(m, v) for m, v in zip(table["metric"], table["target"])],
            t("actual", lang): [M.figure(m, v) for m, v in zip(table["metric"], table["actual"])],
            M.metric_label("achieved", lang): table["achieved"].map(lambda v: M.figure("achieved", v)),
            t("pace", lang): [t(f"status_{s}", lang) for s in table["status"]],
            t("needed_per_day", lang): ["" if M.is_missing(n) else M.figure(m, n).show(lang)
                                        for m, n in zip(table["metric"], table["needed_per_day"])]})
        parts.append(table_html(rows, lang, css="so-kpis"))
        extra["targets"] = [{"account": r.account_id, "metric": r.metric, "period": r.period, "target": _num(r.target),
                             "actual": _num(r.actual), "achieved": _num(r.achieved), "status": r.status}
                            for r in table.itertuples()]
    return block(parts, readings.targets_reading(result), lang, ["achieved"], extra=extra)


@view.register
def trend_view(result: review.Trend, lang: str = "en") -> Block:
    """Each account's interactions week by week, with the events numbered where they happened."""
    title = t("chart_weekly_interactions", lang)
    parts = [figure_html(charts.weekly_interactions(result.weekly, result.names, result.events, lang), title),
             events_html(result.events, result.names, lang)]
    return block(parts, readings.trend_reading(result), lang, ["interactions"])


def _name(row: pd.Series, lang: str) -> str:
    """An account as the digest names it: with its platform, and where its data ends early, that date."""
    name = f"{row['name']}{t('aside', lang, text=value_label('platform', row['platform'], lang))}"
    if row.get("stale") and row.get("last_day") is not None:
        name += t("aside", lang, text=t("stale_mark", lang, date=f"{row['last_day']:%m-%d}"))
    return name


@view.register
def audience_view(result: review.AudienceLines, lang: str = "en") -> Block:
    """Each account's comments, net sentiment and unanswered complaints, where its comments were crawled."""
    table = result.table
    parts = []
    heard = table[table["audience_comments"].notna()]
    if len(heard):
        rows = pd.DataFrame({
            t("account", lang): [_name(r, lang) for _, r in heard.iterrows()],
            M.metric_label("audience_comments", lang): [M.figure("audience_comments", v) for v in heard["audience_comments"]],
            t("previous", lang): [M.figure("audience_comments", v) for v in heard["audience_comments_previous"]],
            M.metric_label("nsr", lang): [M.figure("nsr", v) for v in heard["nsr"]],
            t("nsr_previous", lang): [M.figure("nsr", v) for v in heard["nsr_previous"]],
            M.metric_label("unanswered_complaints", lang): [M.figure("unanswered_complaints", v)
                                                            for v in heard["unanswered_complaints"]]})
        parts.append(table_html(rows, lang, css="so-kpis"))
    extra = {"audience": [{"id": account, "audience_comments": {"current": _num(r["audience_comments"]),
                                                                "previous": _num(r["audience_comments_previous"])},
                           "nsr": {"current": _num(r["nsr"]), "previous": _num(r["nsr_previous"])},
                           "unanswered_complaints": _num(r["unanswered_complaints"])}
                          for account, r in table.iterrows()]}
    return block(parts, readings.audience_reading(result), lang, ["audience_comments", "nsr", "unanswered_complaints"],
                 extra=extra)

