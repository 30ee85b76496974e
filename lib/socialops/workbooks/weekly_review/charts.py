"""This workbook's own figures, drawn in the shared theme (plain text only)."""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from socialops.data.contract import ALL_ACCOUNTS
from socialops.report.charts import PALETTE, WIDTH, compact_axis, empty_figure, mark_events, theme, week_positions
from socialops.report.strings import t


def weekly_interactions(weekly: pd.DataFrame, names: dict[str, str], events: pd.DataFrame, lang: str = "en") -> Figure:
    """One panel per account (each on its own scale: platforms differ by orders of magnitude): interactions week by
    week, the period's week darker, the events numbered as in the table under the chart."""
    if weekly.empty or not weekly.notna().any().any():
        return empty_figure(t("not_available", lang))
    theme()
    fig = Figure(figsize=(WIDTH, 1.5 * len(weekly.columns) + 1.0), layout="constrained")
    axes = np.atleast_1d(fig.subplots(len(weekly.columns), 1, sharex=True))
    x = np.arange(len(weekly))
    for ax, account in zip(axes, weekly.columns):
        ax.bar(x, weekly[account].fillna(0), color=[PALETTE["muted"]] * (len(x) - 1) + [PALETTE["primary"]])
        ax.set_title(names.get(account, account), fontsize=11)
        compact_axis(ax.yaxis, lang)
        ax.set_ylabel(t("interactions_axis", lang), fontsize=9)
        ax.set_ylim(0, max(float(weekly[account].max(skipna=True) or 0), 1.0) * 1.05)
        mine = events[events["account_id"].isin([account, ALL_ACCOUNTS])] if len(events) else events
        if len(mine):
            mark_events(ax, week_positions(mine["date"], weekly.index), [int(i) + 1 for i in mine.index])
    axes[-1].set_xticks(x, [f"{d:%m-%d}" for d in weekly.index])
    axes[-1].set_xlabel(t("week_starting", lang))
    fig.suptitle(t("chart_weekly_interactions", lang), x=0.01, ha="left", fontsize=13)
    return fig
