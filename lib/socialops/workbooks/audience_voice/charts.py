"""This workbook's own figures, drawn in the shared theme (plain text only)."""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from socialops.data.text import EMOJI
from socialops.report.charts import PALETTE, WIDTH, compact_axis, date_axis, empty_figure, theme
from socialops.report.strings import t

SENTIMENT_COLOURS = {"positive": PALETTE["good"], "neutral": PALETTE["muted"], "negative": PALETTE["bad"]}


def sentiment_days(daily: pd.DataFrame, lang: str = "en") -> Figure:
    """Comments per day, stacked by sentiment (negative at the bottom, where a rise shows first)."""
    if daily.empty:
        return empty_figure(t("not_available", lang))
    theme()
    fig = Figure(figsize=(WIDTH, 3.2), layout="constrained")
    ax = fig.subplots()
    bottom = np.zeros(len(daily))
    for label in ("negative", "neutral", "positive"):
        values = daily[label].to_numpy(dtype=float) if label in daily else np.zeros(len(daily))
        ax.bar(daily.index, values, bottom=bottom, color=SENTIMENT_COLOURS[label], width=0.8,
               label=t(f"sentiment_{label}", lang))
        bottom += values
    compact_axis(ax.yaxis, lang)
    ax.set_ylabel(t("comments_axis", lang))
    date_axis(ax, daily.index, lang)
    ax.legend(loc="upper left", ncols=3, fontsize=9, frameon=False)
    ax.set_title(t("chart_sentiment_days", lang), loc="left")
    return fig


def term_changes(rising: pd.DataFrame, falling: pd.DataFrame, lang: str = "en") -> Figure:
    """The terms that rose (right) and fell (left), by their change in comments per 1,000."""
    table = pd.concat([rising.head(8), falling.head(8)]).sort_values("change")
    table = table[~table["term"].astype(str).str.contains(EMOJI)]  # the chart's font has no emoji: the table lists them
    if table.empty:
        return empty_figure(t("not_available", lang))
    theme()
    fig = Figure(figsize=(WIDTH, 0.32 * len(table) + 1.2), layout="constrained")
    ax = fig.subplots()
    y = np.arange(len(table))
    ax.barh(y, table["change"], color=[PALETTE["accent"] if v > 0 else PALETTE["primary"] for v in table["change"]])
    ax.set_yticks(y, table["term"].astype(str))
    ax.axvline(0, color=PALETTE["text"], linewidth=0.8)
    ax.set_title(t("chart_terms", lang), loc="left")
    return fig


def tiers(table: pd.DataFrame, lang: str = "en") -> Figure:
    """Commenters per tier at the end of this period and of the previous one."""
    if table["commenters"].sum() == 0 and table["previous"].sum() == 0:
        return empty_figure(t("not_available", lang))
    theme()
    fig = Figure(figsize=(WIDTH, 2.8), layout="constrained")
    ax = fig.subplots()
    y = np.arange(len(table))
    ax.barh(y + 0.2, table["previous"], height=0.4, color=PALETTE["muted"], label=t("commenters_before", lang))
    ax.barh(y - 0.2, table["commenters"], height=0.4, color=PALETTE["primary"], label=t("commenters_now", lang))
    ax.set_yticks(y, [t(f"tier_{tier}", lang) for tier in table.index])
    ax.invert_yaxis()
    compact_axis(ax.xaxis, lang)
    ax.legend(loc="lower right", fontsize=9, frameon=False)
    ax.set_title(t("chart_commenter_tiers", lang), loc="left")
    return fig
