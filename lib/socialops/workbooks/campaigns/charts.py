"""This workbook's own figures, drawn in the shared theme (plain text only)."""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from socialops import metrics as M
from socialops.format import DEFAULT_CURRENCY
from socialops.report.charts import PALETTE, WIDTH, date_axis, date_positions, empty_figure, mark_events, value_labels_only
from socialops.report.strings import t


def campaign_days(series: pd.DataFrame, during_start: pd.Timestamp, during_end: pd.Timestamp,
                  labels: dict[str, str], lang: str = "en", events: pd.DataFrame | None = None) -> Figure:
    """Small multiples of the daily metrics around a campaign, the campaign shaded, events numbered."""
    columns = [c for c in series.columns if series[c].notna().any()]
    if not columns:
        return empty_figure(t("not_available", lang))
    rows = (len(columns) + 1) // 2
    fig = Figure(figsize=(WIDTH, 2.0 * rows + 0.6), layout="constrained")
    axes = np.atleast_1d(fig.subplots(rows, 2, sharex=True)).ravel()
    for ax, column in zip(axes, columns):
        ax.axvspan(during_start - pd.Timedelta(hours=12), during_end + pd.Timedelta(hours=12), color=PALETTE["accent"], alpha=0.15)
        ax.plot(series.index, series[column], color=PALETTE["primary"], linewidth=1.8)
        ax.set_title(labels.get(column, column), fontsize=11)
        ax.set_gid("unit-in-title")  # each panel is one count, named in its title
        date_axis(ax, series.index, lang)
        ax.tick_params(axis="x", labelsize=8)
        if events is not None and len(events):
            mark_events(ax, date_positions(events["date"]))
    for ax in axes[len(columns):]:
        ax.axis("off")
    fig.suptitle(t("chart_campaign", lang), x=0.01, ha="left", fontsize=13)
    return fig


def campaign_comparison(table: pd.DataFrame, current: str, labels: dict[str, str], lang: str = "en",
                        currency: str = DEFAULT_CURRENCY) -> Figure:
    """ROI, cost per follower, K and follower lift per campaign, this one highlighted, each bar labelled
    with its figure as the table writes it (ROI in %, cost in the currency)."""
    metrics = [m for m in ("roi", "cost_per_follower", "viral_coefficient", "lift_pct") if table[m].notna().any()]
    if table.empty or not metrics:
        return empty_figure(t("not_available", lang))
    fig = Figure(figsize=(WIDTH, 0.45 * len(table) * 2 + 1.2), layout="constrained")
    axes = np.atleast_1d(fig.subplots(2, 2)).ravel()
    names = [str(n) for n in table["name"]]
    for ax, metric in zip(axes, metrics):
        spec = M.spec(metric, currency)
        colors = [PALETTE["accent"] if c == current else PALETTE["muted"] for c in table.index]
        values = table[metric]
        ax.barh(names, values.fillna(0), color=colors)
        for y, value in enumerate(values):
            known = value == value  # not NaN: an unknown figure is written "not available" at zero
            ax.text(value if known else 0, y, f" {spec.show(value, lang)} ", va="center", fontsize=8,
                    ha="right" if known and value < 0 else "left")
        low, high = min(values.min(), 0.0), max(values.max(), 0.0)
        room = (high - low) * 0.45 or 1.0  # the labels sit past the bars' ends
        ax.set_xlim(low - (room if low < 0 else 0), high + (room if high > 0 else 0))
        ax.invert_yaxis()
        ax.axvline(0, color=PALETTE["muted"], linewidth=0.8)
        value_labels_only(ax)
        ax.set_title(labels.get(metric, metric), fontsize=11)
        ax.tick_params(axis="y", labelsize=8)
    for ax in axes[len(metrics):]:
        ax.axis("off")
    fig.suptitle(t("chart_campaigns", lang), x=0.01, ha="left", fontsize=13)
    return fig
