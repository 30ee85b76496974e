"""This workbook's own figures, drawn in the shared theme (plain text only)."""
from __future__ import annotations

import matplotlib.dates
import matplotlib.ticker
import pandas as pd
from matplotlib.figure import Figure

from socialops.report.charts import PALETTE, _figure, date_axis, empty_figure, mark_events
from socialops.report.strings import t


def follower_growth(days: pd.DataFrame, lang: str = "en", events: pd.DataFrame | None = None) -> Figure:
    """Gained (up) and lost (down) bars per day, the net as a line, anomalies marked, events numbered."""
    if days.empty:
        return empty_figure(t("not_available", lang))
    fig, ax = _figure()
    x = days["date"]
    if days["gained"].notna().any():
        ax.bar(x, days["gained"], color=PALETTE["good"], alpha=0.35, width=0.8, label=t("gained", lang))
    if days["lost"].notna().any():
        ax.bar(x, -days["lost"], color=PALETTE["bad"], alpha=0.35, width=0.8, label=t("lost", lang))
    ax.plot(x, days["net"], color=PALETTE["primary"], linewidth=2, label=t("net_growth", lang))
    odd = days[days["anomaly"]]
    if not odd.empty:
        ax.scatter(odd["date"], odd["net"], s=46, facecolor="none", edgecolor=PALETTE["accent"],
                   linewidth=2, zorder=5, label=t("anomaly", lang))
    ax.axhline(0, color=PALETTE["muted"], linewidth=0.8)
    ax.set_title(t("chart_growth", lang))
    ax.set_ylabel(t("followers_axis", lang))
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=4)  # never over the data
    date_axis(ax, x, lang)
    if events is not None and len(events):
        mark_events(ax, list(matplotlib.dates.date2num(pd.to_datetime(events["date"]))))
    return fig


def follower_quality(shares: dict, sample_size: int, lang: str = "en") -> Figure:
    """One stacked bar: the sample's shares under 10, 10–500 and over 500 followers."""
    if not sample_size:
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(1.7)
    keys = (("share_followers_under_10", "under_10", PALETTE["bad"]),
            ("share_followers_10_500", "10_500", PALETTE["primary"]),
            ("share_followers_over_500", "over_500", PALETTE["accent"]))
    left = 0.0
    for key, label, color in keys:
        value = shares[key] or 0.0
        ax.barh([0], [value], left=left, color=color, label=t(label, lang))
        if value >= 0.06:
            ax.text(left + value / 2, 0, f"{value:.0%}", ha="center", va="center", color="white")
        left += value
    ax.set_xlim(0, 1)
    ax.set_yticks([])
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.grid(False)
    ax.set_title(t("chart_quality", lang, n=sample_size))
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=3)
    return fig
