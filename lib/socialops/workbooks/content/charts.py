"""This workbook's own figures, drawn in the shared theme (plain text only)."""
from __future__ import annotations

import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from socialops import metrics as M
from socialops.report.charts import PALETTE, WIDTH, _figure, empty_figure, mark_events, theme, value_labels_only, week_positions
from socialops.report.findings import Aside
from socialops.report.strings import t, weekday_name


def tier_shares(tables: dict[str, pd.DataFrame], lang: str = "en") -> Figure:
    """Side by side per tiering: each tier's share of posts against its share of interactions."""
    theme()
    fig = Figure(figsize=(WIDTH, 3.6), layout="constrained")
    axes = fig.subplots(1, len(tables))
    for ax, (title, table) in zip(np.atleast_1d(axes), tables.items()):
        y = np.arange(len(table))
        ax.barh(y - 0.2, table["share_posts"].fillna(0), height=0.4, color=PALETTE["muted"], label=t("share_posts", lang))
        ax.barh(y + 0.2, table["share_interactions"].fillna(0), height=0.4, color=PALETTE["primary"],
                label=t("share_interactions", lang))
        ax.set_yticks(y, table["tier"].astype(str))
        ax.invert_yaxis()
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=0))
        ax.set_title(title)
    fig.legend(*np.atleast_1d(axes)[0].get_legend_handles_labels(), loc="outside lower center", ncols=2)
    fig.suptitle(t("chart_tiers", lang), x=0.01, ha="left", fontsize=13)
    return fig


def group_effects(groups: dict[str, pd.DataFrame], overall: float | None, labels: dict[str, str],
                  lang: str = "en", title: str | None = None, percent: bool = True) -> Figure:
    """One panel per dimension: median engagement rate (``percent``; else interactions per post) per group with
    its bootstrap interval."""
    groups = {k: v for k, v in groups.items() if len(v)}
    if not groups:
        return empty_figure(t("not_available", lang))
    rows = sum(len(v) for v in groups.values())
    theme()
    fig = Figure(figsize=(WIDTH, 0.32 * rows + 0.9 * len(groups) + 0.6), layout="constrained")
    axes = np.atleast_1d(fig.subplots(len(groups), 1, sharex=True,
                                      height_ratios=[max(len(v), 1) for v in groups.values()]))
    for ax, (dimension, table) in zip(axes, groups.items()):
        y = np.arange(len(table))
        for yi, row in zip(y, table.itertuples()):
            color = PALETTE["primary"] if row.enough else PALETTE["muted"]
            alpha = 1.0 if row.enough else 0.45
            if np.isfinite(row.ci_low):
                ax.plot([row.ci_low, row.ci_high], [yi, yi], color=color, alpha=alpha, linewidth=3, solid_capstyle="round")
            ax.plot([row.median_rate], [yi], "o", color=color, alpha=alpha, markersize=7)
        ax.set_yticks(y, [g + Aside((t("posts_n", lang, n=n),)).show(lang) for g, n in zip(table["group"], table["posts"])])
        ax.invert_yaxis()
        if overall is not None:
            ax.axvline(overall, color=PALETTE["accent"], linestyle="--", linewidth=1.2, label=t("overall_median", lang))
        ax.set_title(labels.get(dimension, dimension), fontsize=11)
    if overall is not None:  # below the panels, never over a group's interval
        fig.legend(*axes[0].get_legend_handles_labels(), loc="outside lower center")
    if percent:
        axes[-1].xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=1))
    else:
        axes[-1].set_xlabel(t("interactions_per_post_axis", lang))
    fig.suptitle(title or t("chart_groups", lang), x=0.01, ha="left", fontsize=13)
    return fig


def rate_heatmap(medians: pd.DataFrame, counts: pd.DataFrame, lang: str = "en", title: str | None = None,
                 percent: bool = True) -> Figure:
    """Weekday x hour median engagement rate (``percent``; else interactions per post); each cell labelled with its
    number of posts."""
    fig, ax = _figure(3.4)
    values = medians.to_numpy(dtype=float)
    masked = np.ma.masked_invalid(values)
    cmap = matplotlib.colormaps["YlGnBu"].with_extremes(bad="#f3f5f7")
    image = ax.imshow(masked, aspect="auto", cmap=cmap)
    ax.set_xticks(range(24))
    ax.set_yticks(range(7), [weekday_name(d, lang) for d in range(7)])
    ax.set_xlabel(t("hour", lang))
    ax.grid(False)
    for start, end in M.ACTIVE_HOURS:
        ax.add_patch(Rectangle((start - 0.5, -0.5), end - start, 7, fill=False, edgecolor=PALETTE["accent"], linewidth=1.8))
    top = np.nanmax(values) if np.isfinite(values).any() else 0
    for (row, col), n in np.ndenumerate(counts.to_numpy()):
        if n:
            ax.text(col, row, str(int(n)), ha="center", va="center", fontsize=8,
                    color="white" if np.isfinite(values[row, col]) and values[row, col] > top * 0.7 else PALETTE["text"])
    bar = fig.colorbar(image, ax=ax, shrink=0.8)
    if percent:
        bar.ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=1))
    bar.set_label(t("median_engagement_rate" if percent else "median_interactions", lang))
    ax.set_title(title or t("chart_timing", lang))
    return fig


def weekly_trend(weekly: pd.DataFrame, lang: str = "en", measure: str = "engagement_rate", title: str | None = None,
                 events: pd.DataFrame | None = None) -> Figure:
    """Posts per week as bars, the engagement rate (or, without reads, interactions per post) as a line on its own axis."""
    if weekly.empty or not weekly["posts"].fillna(0).any():
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(3.2)
    x = np.arange(len(weekly))
    ax.bar(x, weekly["posts"].fillna(0), color=PALETTE["muted"], alpha=0.6, label=t("posts_axis", lang))
    ax.set_ylabel(t("posts_axis", lang))
    ax.set_xticks(x, [f"{d:%m-%d}" for d in weekly["start"]])
    ax.set_xlabel(t("week_starting", lang))
    right = ax.twinx()
    name = t("engagement_rate", lang) if measure == "engagement_rate" else M.metric_label(measure, lang)
    right.plot(x, weekly[measure], color=PALETTE["primary"], marker="o", linewidth=2, label=name)
    if measure == "engagement_rate":
        right.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=1))
    right.grid(False)
    right.spines["right"].set_visible(True)
    right.set_ylabel(name)
    ax.set_title(title or t("chart_trends", lang))
    if events is not None and len(events):
        mark_events(ax, week_positions(events["date"], weekly["start"]))
    handles = ax.get_legend_handles_labels()[0] + right.get_legend_handles_labels()[0]
    fig.legend(handles, [h.get_label() for h in handles], loc="outside lower center", ncols=2)  # off the bars
    return fig


def funnel(steps: pd.DataFrame, labels: list[str], lang: str = "en") -> Figure:
    """Totals per step on a linear scale (what a reader expects of bars), each labelled with its total and
    its share of reads: the small steps are read from their labels."""
    if steps.empty:
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(0.5 * len(steps) + 1.0)
    y = np.arange(len(steps))
    ax.barh(y, steps["total"].fillna(0), color=PALETTE["primary"])
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    for yi, (total, rate) in enumerate(zip(steps["total"], steps["rate_from_reads"])):
        if total == total:  # not NaN
            ax.text(total, yi, f"  {total:,.0f} ({rate:.2%})", va="center", fontsize=9)
    ax.set_xlim(0, steps["total"].max() * 1.3 or 1)
    value_labels_only(ax)
    ax.set_title(t("chart_funnel", lang))
    return fig
