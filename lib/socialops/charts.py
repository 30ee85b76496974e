"""One theme for every figure, a CJK font from the project's own dependencies, one function per figure.

The font is Noto Sans CJK SC shipped inside the ``mplfonts`` wheel, registered with
matplotlib at import, so Chinese titles render on a machine with no system CJK fonts.
"""
from __future__ import annotations

import base64
import io

import matplotlib
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure  # figures are built without pyplot: no global state
from matplotlib.patches import Rectangle

from . import metrics as M
from .fonts import cjk_font_path
from .i18n import t, weekday_name

PALETTE = {"primary": "#2f6f8f", "accent": "#e07b39", "good": "#3a8f5c", "bad": "#c0392b",
           "muted": "#9aa5ad", "grid": "#e6e9ec", "text": "#22313f"}
WIDTH = 9.0


def apply_theme() -> str:
    """Register the CJK font and set the shared style; returns the font family name."""
    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    matplotlib.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": [family, "DejaVu Sans"],
        "axes.unicode_minus": False,
        "axes.spines.top": False, "axes.spines.right": False,
        "axes.edgecolor": PALETTE["muted"], "axes.labelcolor": PALETTE["text"],
        "axes.titleweight": "normal", "axes.titlesize": 13, "axes.titlelocation": "left",
        "axes.grid": True, "grid.color": PALETTE["grid"], "grid.linewidth": 0.8,
        "xtick.color": PALETTE["text"], "ytick.color": PALETTE["text"],
        "figure.dpi": 100, "savefig.dpi": 110, "figure.facecolor": "white",
        "legend.frameon": False, "axes.axisbelow": True,
        "text.parse_math": False,  # names and titles come from the data: "$" is a dollar sign, never TeX
    })
    return family


FONT_FAMILY = apply_theme()
THEME_RC = dict(matplotlib.rcParams)  # what a warm kernel restores between reports


def _figure(height: float = 3.6) -> tuple[Figure, Axes]:
    fig = Figure(figsize=(WIDTH, height), layout="constrained")
    return fig, fig.add_subplot()


def to_png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def to_data_uri(fig: Figure) -> str:
    return "data:image/png;base64," + base64.b64encode(to_png(fig)).decode("ascii")


def empty_figure(message: str) -> Figure:
    fig, ax = _figure(1.2)
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", color=PALETTE["muted"], fontsize=12)
    return fig


def follower_growth(days: pd.DataFrame, lang: str = "en") -> Figure:
    """Gained (up) and lost (down) bars per day, the net as a line, anomalies marked."""
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
    ax.tick_params(axis="x", labelrotation=30)
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
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncols=3)
    return fig


def posting_heatmap(grid: pd.DataFrame, lang: str = "en", title_key: str = "chart_rhythm",
                    fmt: str = "d") -> Figure:
    """Weekday x hour heatmap with the usual active hours outlined."""
    fig, ax = _figure(3.4)
    values = grid.to_numpy(dtype=float)
    image = ax.imshow(values, aspect="auto", cmap="Blues", vmin=0)
    ax.set_xticks(range(24))
    ax.set_yticks(range(7), [weekday_name(d, lang) for d in range(7)])
    ax.set_xlabel(t("hour", lang))
    ax.grid(False)
    for start, end in M.ACTIVE_HOURS:
        ax.add_patch(Rectangle((start - 0.5, -0.5), end - start, 7, fill=False,
                               edgecolor=PALETTE["accent"], linewidth=1.8))
    top = np.nanmax(values) if np.isfinite(values).any() else 0
    for (row, col), value in np.ndenumerate(values):
        if value and np.isfinite(value):
            ax.text(col, row, format(int(value) if fmt == "d" else value, fmt), ha="center", va="center",
                    fontsize=7, color="white" if value > top * 0.6 else PALETTE["text"])
    fig.colorbar(image, ax=ax, shrink=0.8)
    ax.set_title(t(title_key, lang))
    return fig


def kpi_changes(table: pd.DataFrame, lang: str = "en") -> Figure:
    """Horizontal bars of % change per KPI; metrics without a comparison are left out."""
    data = table["change_pct"].dropna()
    if data.empty:
        return empty_figure(t("not_available", lang))
    data = data.iloc[::-1]
    fig, ax = _figure(0.35 * len(data) + 1.0)
    colors = [PALETTE["good"] if v >= 0 else PALETTE["bad"] for v in data]
    ax.barh([M.metric_label(m, lang) for m in data.index], data.values, color=colors)
    ax.axvline(0, color=PALETTE["muted"], linewidth=0.8)
    for y, v in enumerate(data.values):
        ax.text(v, y, f" {v:+.1f}% ", va="center", ha="left" if v >= 0 else "right", fontsize=8)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(100))
    lim = max(abs(data.min()), abs(data.max())) * 1.35 or 1
    ax.set_xlim(-lim, lim)
    ax.set_title(t("chart_kpis", lang))
    return fig


def tier_shares(tables: dict[str, pd.DataFrame], lang: str = "en") -> Figure:
    """Side by side per tiering: each tier's share of posts against its share of interactions."""
    fig = Figure(figsize=(WIDTH, 3.6), layout="constrained")
    axes = fig.subplots(1, len(tables))
    for ax, (title, table) in zip(np.atleast_1d(axes), tables.items()):
        y = np.arange(len(table))
        ax.barh(y - 0.2, table["share_posts"].fillna(0), height=0.4, color=PALETTE["muted"], label=t("share_posts", lang))
        ax.barh(y + 0.2, table["share_interactions"].fillna(0), height=0.4, color=PALETTE["primary"],
                label=t("share_interactions", lang))
        ax.set_yticks(y, table["tier"].astype(str))
        ax.invert_yaxis()
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.set_title(title)
    fig.legend(*np.atleast_1d(axes)[0].get_legend_handles_labels(), loc="outside lower center", ncols=2)
    fig.suptitle(t("chart_tiers", lang), x=0.01, ha="left", fontsize=13)
    return fig


def group_effects(groups: dict[str, pd.DataFrame], overall: float | None, labels: dict[str, str],
                  lang: str = "en") -> Figure:
    """One panel per dimension: median engagement rate per group with its bootstrap interval."""
    groups = {k: v for k, v in groups.items() if len(v)}
    if not groups:
        return empty_figure(t("not_available", lang))
    rows = sum(len(v) for v in groups.values())
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
        ax.set_yticks(y, [f"{g} (n={n})" for g, n in zip(table["group"], table["posts"])])
        ax.invert_yaxis()
        if overall is not None:
            ax.axvline(overall, color=PALETTE["accent"], linestyle="--", linewidth=1.2, label=t("overall_median", lang))
        ax.set_title(labels.get(dimension, dimension), fontsize=11)
    axes[0].legend(loc="lower right")
    axes[-1].xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=1))
    fig.suptitle(t("chart_groups", lang), x=0.01, ha="left", fontsize=13)
    return fig


def rate_heatmap(medians: pd.DataFrame, counts: pd.DataFrame, lang: str = "en") -> Figure:
    """Weekday x hour median engagement rate; each cell labelled with its number of posts."""
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
            ax.text(col, row, str(int(n)), ha="center", va="center", fontsize=7,
                    color="white" if np.isfinite(values[row, col]) and values[row, col] > top * 0.7 else PALETTE["text"])
    bar = fig.colorbar(image, ax=ax, shrink=0.8)
    bar.ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=1))
    ax.set_title(t("chart_timing", lang))
    return fig


def weekly_trend(weekly: pd.DataFrame, lang: str = "en") -> Figure:
    """Posts per week as bars, the engagement rate as a line on its own axis."""
    if weekly.empty or not weekly["posts"].fillna(0).any():
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(3.2)
    x = np.arange(len(weekly))
    ax.bar(x, weekly["posts"].fillna(0), color=PALETTE["muted"], alpha=0.6, label=t("posts_axis", lang))
    ax.set_ylabel(t("posts_axis", lang))
    ax.set_xticks(x, [f"{d:%m-%d}" for d in weekly["start"]])
    right = ax.twinx()
    right.plot(x, weekly["engagement_rate"], color=PALETTE["primary"], marker="o", linewidth=2, label=t("engagement_rate", lang))
    right.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=1))
    right.grid(False)
    right.spines["right"].set_visible(True)
    ax.set_title(t("chart_trends", lang))
    handles = ax.get_legend_handles_labels()[0] + right.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], loc="upper left", ncols=2)
    return fig


def funnel(steps: pd.DataFrame, labels: list[str], lang: str = "en") -> Figure:
    """Totals per step on a log scale, each labelled with its share of reads."""
    if steps.empty:
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(0.5 * len(steps) + 1.0)
    y = np.arange(len(steps))
    ax.barh(y, steps["total"].fillna(0).clip(lower=0.9), color=PALETTE["primary"])
    ax.set_xscale("log")
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    for yi, (total, rate) in enumerate(zip(steps["total"], steps["rate_from_reads"])):
        if total:
            ax.text(total, yi, f"  {total:,.0f} ({rate:.2%})", va="center", fontsize=9)
    ax.set_xlim(right=steps["total"].max() * 20)
    ax.set_title(t("chart_funnel", lang))
    return fig


# ---------------------------------------------------------------- competitor comparison

SERIES = ["#2f6f8f", "#e07b39", "#7a5195", "#3a8f5c", "#c0392b", "#8c6d31", "#5c7f9e", "#b05f8e"]


def _colors(accounts: list[str], ours: str) -> dict[str, str]:
    """Ours in the primary colour, peers in the rest of the series."""
    others = iter(SERIES[1:] * 4)
    return {a: SERIES[0] if a == ours else next(others) for a in accounts}


def followers_vs_engagement(table: pd.DataFrame, names: dict[str, str], ours: str, lang: str = "en") -> Figure:
    """Log-log scatter with the line through ours where engagement is proportional to followers."""
    data = table[["followers", "engagement_per_post"]].dropna()
    data = data[(data > 0).all(axis=1)]
    if data.empty:
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(4.2)
    colors = _colors(list(table.index), ours)
    for account, row in data.iterrows():
        ax.scatter(row["followers"], row["engagement_per_post"], s=120 if account == ours else 80,
                   color=colors[account], edgecolor="white", linewidth=1.5, zorder=3)
        ax.annotate(f"{names.get(account, account)}", (row["followers"], row["engagement_per_post"]),
                    textcoords="offset points", xytext=(8, 6), fontsize=9)
    ax.set_xscale("log")
    ax.set_yscale("log")
    if ours in data.index:
        low, high = data["followers"].min() / 2, data["followers"].max() * 2
        slope = data.loc[ours, "engagement_per_post"] / data.loc[ours, "followers"]
        ax.plot([low, high], [low * slope, high * slope], linestyle="--", color=PALETTE["accent"], linewidth=1.2)
        ax.set_xlim(low, high)
    ax.set_xlabel(M.metric_label("followers", lang))
    ax.set_ylabel(M.metric_label("engagement_per_post", lang))
    ax.set_title(t("chart_scatter", lang))
    return fig


def account_bars(values: pd.Series, names: dict[str, str], ours: str, title: str, percent: bool = False,
                 reference: float | None = None) -> Figure:
    """One horizontal bar per account, ours highlighted, optional reference line."""
    data = values.dropna()
    if data.empty:
        return empty_figure(t("not_available", "en"))
    fig, ax = _figure(0.45 * len(data) + 1.0)
    colors = [PALETTE["primary"] if a == ours else PALETTE["muted"] for a in data.index]
    ax.barh([names.get(a, a) for a in data.index], data.values, color=colors)
    ax.invert_yaxis()
    for y, v in enumerate(data.values):
        ax.text(v, y, f" {v:.1%}" if percent else f" {v:,.2f}", va="center", fontsize=9)
    if reference is not None:
        ax.axvline(reference, color=PALETTE["accent"], linestyle="--", linewidth=1.2)
    if percent:
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlim(0, data.max() * 1.2 or 1)
    ax.set_title(title)
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
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncols=3)
    ax.set_title(t("chart_quality_set", lang))
    return fig


def account_lines(frame: pd.DataFrame, names: dict[str, str], ours: str, title: str, percent: bool = False,
                  dates: bool = True, lang: str = "en", xlabel: str | None = None) -> Figure:
    """One line per account (columns), ours thicker; the legend below the plot, never over a line.

    ``dates=False``: the index is a number (an hour of day), named by ``xlabel``.
    """
    data = frame.dropna(how="all")
    if data.empty:
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(3.3)
    colors = _colors(list(frame.columns), ours)
    for account in data.columns:
        ax.plot(data.index, data[account], color=colors[account], linewidth=2.6 if account == ours else 1.6,
                marker=None if dates else "o", markersize=3, label=names.get(account, account))
    if percent:
        ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=min(4, len(data.columns)))
    ax.set_title(title)
    if dates:
        ax.tick_params(axis="x", labelrotation=30)  # autofmt_xdate would reset the layout the legend needs
    else:  # whole numbers, and no tick past the data (no "24" after hour 23)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.set_xlim(data.index.min() - 0.5, data.index.max() + 0.5)
    if xlabel:
        ax.set_xlabel(xlabel)
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
        ax.text(total, y, f" {total:.0f}", va="center", fontsize=10)
    ax.invert_yaxis()
    ax.set_xlim(0, 110)
    ax.grid(False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncols=5, fontsize=9)
    ax.set_title(t("chart_index", lang))
    return fig



# ---------------------------------------------------------------- campaign retrospective

def campaign_days(series: pd.DataFrame, during_start: pd.Timestamp, during_end: pd.Timestamp,
                  labels: dict[str, str], lang: str = "en") -> Figure:
    """Small multiples of the daily metrics around a campaign, the campaign shaded."""
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
        ax.tick_params(axis="x", labelrotation=30, labelsize=8)
    for ax in axes[len(columns):]:
        ax.axis("off")
    fig.suptitle(t("chart_campaign", lang), x=0.01, ha="left", fontsize=13)
    return fig


def campaign_comparison(table: pd.DataFrame, current: str, labels: dict[str, str], lang: str = "en") -> Figure:
    """ROI, cost per follower, K and follower lift per campaign, this one highlighted."""
    metrics = [m for m in ("roi", "cost_per_follower", "viral_coefficient", "lift_pct") if table[m].notna().any()]
    if table.empty or not metrics:
        return empty_figure(t("not_available", lang))
    fig = Figure(figsize=(WIDTH, 0.45 * len(table) * 2 + 1.2), layout="constrained")
    axes = np.atleast_1d(fig.subplots(2, 2)).ravel()
    names = [str(n) for n in table["name"]]
    for ax, metric in zip(axes, metrics):
        colors = [PALETTE["accent"] if c == current else PALETTE["muted"] for c in table.index]
        values = table[metric].fillna(0)
        ax.barh(names, values, color=colors)
        ax.invert_yaxis()
        ax.axvline(0, color=PALETTE["muted"], linewidth=0.8)
        ax.set_title(labels.get(metric, metric), fontsize=11)
        ax.tick_params(axis="y", labelsize=8)
    for ax in axes[len(metrics):]:
        ax.axis("off")
    fig.suptitle(t("chart_campaigns", lang), x=0.01, ha="left", fontsize=13)
    return fig
