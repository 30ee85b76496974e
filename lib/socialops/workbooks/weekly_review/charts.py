"""This workbook's own figures, drawn in the shared theme (plain text only)."""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from socialops.data.contract import ALL_ACCOUNTS
from socialops.report.charts import PALETTE, WIDTH, compact_axis, empty_figure, mark_events, theme, week_positions
from socialops.report.strings import t

SIDE_BY_SIDE = 4  # up to this many accounts: one column of panels (and a table column each); more: a grid


def weekly_interactions(weekly: pd.DataFrame, names: dict[str, str], events: pd.DataFrame, lang: str = "en") -> Figure:
    """One panel per account (each on its own scale: platforms differ by orders of magnitude): interactions week by
    week, the period's week darker, the events numbered as in the table under the chart."""
    if weekly.empty or not weekly.notna().any().any():
        return empty_figure(t("not_available", lang))
    theme()
    count = len(weekly.columns)
    columns = 1 if count <= SIDE_BY_SIDE else 3  # a team's dozens of accounts: a grid, not a page-long column
    rows = -(-count // columns)
    fig = Figure(figsize=(WIDTH, (1.5 if columns == 1 else 1.7) * rows + 1.0), layout="constrained")
    grid = fig.subplots(rows, columns, sharex=True, squeeze=False)
    for ax in grid.ravel()[count:]:
        ax.remove()
    for row, column in np.ndindex(grid.shape):  # the lowest panel of each column carries the weeks
        if row * columns + column < count and (row + 1) * columns + column >= count:
            grid[row, column].xaxis.set_tick_params(labelbottom=True)
    axes = grid.ravel()[:count]
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
    if columns == 1:
        axes[-1].set_xticks(x, [f"{d:%m-%d}" for d in weekly.index])
        axes[-1].set_xlabel(t("week_starting", lang))
    else:  # a third of the width: every other week is named, back from the period's own
        named = x[(len(x) - 1) % 2::2]
        axes[-1].set_xticks(named, [f"{weekly.index[i]:%m-%d}" for i in named], fontsize=9)
        fig.supxlabel(t("week_starting", lang), fontsize=11)
    fig.suptitle(t("chart_weekly_interactions", lang), x=0.01, ha="left", fontsize=13)
    return fig
