"""This workbook's own figures, drawn in the shared theme (plain text only)."""
from __future__ import annotations

import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from socialops import metrics as M
from socialops.report.charts import PALETTE, SERIES, WIDTH, _colors, _figure, compact_axis, empty_figure
from socialops.report.strings import t


def followers_vs_engagement(table: pd.DataFrame, names: dict[str, str], ours: str, lang: str = "en") -> Figure:
    """Log-log scatter (stated in the title) with the line through ours where engagement is proportional to
    followers; each name is set on the side of its point away from the line."""
    data = table[["followers", "engagement_per_post"]].dropna()
    data = data[(data > 0).all(axis=1)]
    if data.empty:
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(4.2)
    ax.set_gid("log-stated")  # the title says "log scales": the readability check allows them here
    colors = _colors(list(table.index), ours)
    slope = data.loc[ours, "engagement_per_post"] / data.loc[ours, "followers"] if ours in data.index else None
    for account, row in data.iterrows():
        x, y = row["followers"], row["engagement_per_post"]
        ax.scatter(x, y, s=120 if account == ours else 80, color=colors[account], edgecolor="white", linewidth=1.5, zorder=3)
        above = slope is not None and y > x * slope
        # the line rises to the right: a name below-right of a point on or under it, above-left of one over it
        offset, align = ((-8, 8), ("right", "bottom")) if above else ((8, -8), ("left", "top"))
        ax.annotate(names.get(account, account), (x, y), textcoords="offset points", xytext=offset,
                    ha=align[0], va=align[1], fontsize=9)
    ax.set_xscale("log")
    ax.set_yscale("log")
    low, high = data["followers"].min() / 2, data["followers"].max() * 2
    ax.set_xlim(low, high)
    bottom, top = data["engagement_per_post"].min() / 2, data["engagement_per_post"].max() * 2
    ax.set_ylim(bottom, top)
    if slope is not None:
        ax.plot([low, high], [low * slope, high * slope], linestyle="--", color=PALETTE["accent"], linewidth=1.2)
    compact_axis(ax.xaxis, lang)
    compact_axis(ax.yaxis, lang)
    ax.set_xlabel(M.metric_label("followers", lang))
    ax.set_ylabel(M.metric_label("engagement_per_post", lang))
    ax.set_title(t("chart_scatter", lang))
    return fig


def quality_bars(table: pd.DataFrame, names: dict[str, str], lang: str = "en") -> Figure:
    """Stacked shares of sampled followers per account; accounts without a sample are left out."""
    keys = (("share_followers_under_10", "under_10", PALETTE["bad"]),
            ("share_followers_10_500", "10_500", PALETTE["primary"]),
            ("share_followers_over_500", "over_500", PALETTE["accent"]))
    data = table.dropna(subset=[keys[0][0]])
    if data.empty:
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(0.5 * len(data) + 1.4)
    labels = [names.get(a, a) for a in data.index]
    left = np.zeros(len(data))
    for key, label, color in keys:
        values = data[key].fillna(0).to_numpy()
        ax.barh(labels, values, left=left, color=color, label=t(label, lang))
        for y, (x, v) in enumerate(zip(left, values)):
            if v >= 0.07:
                ax.text(x + v / 2, y, f"{v:.0%}", ha="center", va="center", color="white", fontsize=9)
        left += values
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.grid(False)
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=3)
    ax.set_title(t("chart_quality_set", lang))
    return fig


def mix_bars(mixes: dict[str, pd.DataFrame], names: dict[str, str], lang: str = "en") -> Figure:
    """Stacked shares per account, one panel per mix (format, topic)."""
    mixes = {k: v for k, v in mixes.items() if v.shape[1] and v.notna().any().any()}
    if not mixes:
        return empty_figure(t("not_available", lang))
    fig = Figure(figsize=(WIDTH, 0.5 * max(len(m) for m in mixes.values()) * len(mixes) + 1.6), layout="constrained")
    axes = np.atleast_1d(fig.subplots(len(mixes), 1))
    palette = matplotlib.colormaps["tab20"].colors
    for ax, (title, mix) in zip(axes, mixes.items()):
        mix = mix.fillna(0)
        labels = [names.get(a, a) for a in mix.index]
        left = np.zeros(len(mix))
        for i, column in enumerate(mix.columns):
            ax.barh(labels, mix[column], left=left, color=palette[i % len(palette)], label=str(column))
            left += mix[column].to_numpy()
        ax.invert_yaxis()
        ax.set_xlim(0, 1)
        ax.grid(False)
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.set_title(title, fontsize=11)
        ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)
    fig.suptitle(t("chart_mix", lang), x=0.01, ha="left", fontsize=13)
    return fig


def index_bars(contributions: pd.DataFrame, names: dict[str, str], labels: dict[str, str], lang: str = "en") -> Figure:
    """Stacked contributions of each component to each account's index (best first)."""
    if contributions.empty:
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(0.5 * len(contributions) + 1.5)
    left = np.zeros(len(contributions))
    rows = [names.get(a, a) for a in contributions.index]
    for i, column in enumerate(contributions.columns):
        ax.barh(rows, contributions[column], left=left, color=SERIES[i % len(SERIES)], label=labels.get(column, column))
        left += contributions[column].to_numpy()
    for y, total in enumerate(left):
        ax.text(total, y, f" {total:.1f}", va="center", fontsize=10)
    ax.invert_yaxis()
    ax.set_xlim(0, 110)  # the index's own 0–100 scale, whatever the accounts reach
    ax.set_gid("fixed-scale")
    ax.set_xticks(range(0, 101, 20))
    ax.set_xlabel(t("index_axis", lang))
    ax.grid(False)
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=5, fontsize=9)  # below the axis' name
    ax.set_title(t("chart_index", lang))
    return fig
