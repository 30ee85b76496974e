"""One theme for every figure, a CJK font from the project's own dependencies, one function per figure.

The font is Noto Sans CJK SC shipped inside the ``mplfonts`` wheel, registered with
matplotlib at import, so Chinese titles render on a machine with no system CJK fonts.
"""
from __future__ import annotations

import base64
import functools
import io
from dataclasses import dataclass

import matplotlib
import matplotlib.dates
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure  # figures are built without pyplot: no global state
from matplotlib.patches import Rectangle

from socialops import metrics as M
from socialops.format import CHANGE, Spec
from socialops.publish.fonts import cjk_font_path
from socialops.report.strings import t, weekday_name

PALETTE = {"primary": "#2f6f8f", "accent": "#e07b39", "good": "#3a8f5c", "bad": "#c0392b",
           "muted": "#9aa5ad", "grid": "#e6e9ec", "text": "#22313f"}


WIDTH = 9.0


@dataclass(frozen=True)
class Theme:
    family: str             # the CJK font's family name, registered with matplotlib
    rc: dict                # matplotlib's settings with the theme applied: what a warm kernel restores


@functools.cache
def theme() -> Theme:
    """Apply the shared style once, explicitly (a notebook's first figure, a kernel's warm-up),
    never as a side effect of importing this module."""
    family = _apply()
    return Theme(family, dict(matplotlib.rcParams))


def _apply() -> str:
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


def _figure(height: float = 3.6) -> tuple[Figure, Axes]:
    theme()
    fig = Figure(figsize=(WIDTH, height), layout="constrained")
    return fig, fig.add_subplot()


def compact(value: float, lang: str = "en") -> str:
    """A tick's number as a reader says it: 3k, 1.2M / 3千, 12万, 1.2亿 (never TeX's 10^4)."""
    steps = ((1e8, "亿"), (1e4, "万"), (1e3, "千")) if lang == "zh" else ((1e9, "B"), (1e6, "M"), (1e3, "k"))
    for size, suffix in steps:
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def compact_axis(axis, lang: str = "en") -> None:
    """Plain, compact tick labels (log axes included: major and minor ticks, never ``$10^{4}$``)."""
    formatter = matplotlib.ticker.FuncFormatter(lambda value, _pos: compact(value, lang))
    axis.set_major_formatter(formatter)
    if axis.get_scale() == "log":  # label the 2s and 5s between the decades, no more (they would collide)
        axis.set_minor_formatter(matplotlib.ticker.FuncFormatter(
            lambda value, _pos: compact(value, lang) if round(value / 10 ** np.floor(np.log10(value))) in (2, 5) else ""))


def date_axis(ax: Axes, dates, lang: str = "en", weekly: bool = False) -> None:
    """Day ticks as 10-05 within the data's own days (no tick past the last day); ``weekly``: one tick per
    week at its first day, the axis named so."""
    dates = pd.DatetimeIndex(pd.to_datetime(pd.Series(dates)).dropna())
    if dates.empty:
        return
    pad = pd.Timedelta(days=3.5 if weekly else 0.6)
    ax.set_xlim(dates.min() - pad, dates.max() + pad)
    if weekly:
        ax.set_xticks(dates)
        ax.set_xlabel(t("week_starting", lang))
    else:
        ax.xaxis.set_major_locator(matplotlib.dates.AutoDateLocator(minticks=3, maxticks=9))
    ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter("%m-%d"))
    ax.tick_params(axis="x", labelrotation=0)


def value_labels_only(ax: Axes, axis: str = "x") -> None:
    """Bars that carry their own figures need no value axis: its ticks would only repeat them, rounded."""
    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_locator(matplotlib.ticker.NullLocator())
    target.set_minor_locator(matplotlib.ticker.NullLocator())
    ax.grid(False)
    ax.spines["bottom" if axis == "x" else "left"].set_visible(False)


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


def posting_heatmap(grid: pd.DataFrame, lang: str = "en", title_key: str = "chart_rhythm",
                    fmt: str = "d") -> Figure:
    """Weekday x hour heatmap with the usual active hours outlined, each cell its number of posts."""
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
                    fontsize=8, color="white" if value > top * 0.6 else PALETTE["text"])
    bar = fig.colorbar(image, ax=ax, shrink=0.8)
    bar.set_label(t("posts_per_cell", lang))
    bar.ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.set_title(t(title_key, lang))
    return fig


def kpi_changes(table: pd.DataFrame, lang: str = "en") -> Figure:
    """Horizontal bars of % change per KPI, each labelled; rates are left out (their change is in points, in
    the table beside), as are metrics without a comparison. The axis spans the data, not a symmetric frame."""
    rates = [m for m in table.index if M.spec(m).kind == "percent"]
    data = table["change_pct"].drop(rates).dropna()
    if data.empty:
        return empty_figure(t("not_available", lang))
    data = data.iloc[::-1]
    fig, ax = _figure(0.35 * len(data) + 1.2)
    colors = [PALETTE["good"] if v >= 0 else PALETTE["bad"] for v in data]
    ax.barh([M.metric_label(m, lang) for m in data.index], data.values, color=colors)
    ax.axvline(0, color=PALETTE["muted"], linewidth=0.8)
    for y, v in enumerate(data.values):
        ax.text(v, y, f" {CHANGE.show(v, lang)} ", va="center", ha="left" if v >= 0 else "right", fontsize=8)  # as the table
    low, high = min(data.min(), 0.0), max(data.max(), 0.0)
    room = (high - low) * 0.18 or 1.0  # for the labels at the bars' ends
    ax.set_xlim(low - (room if low < 0 else 0), high + (room if high > 0 else 0))
    value_labels_only(ax)
    ax.set_xlabel(t("chart_kpis_axis_rates" if rates else "chart_kpis_axis", lang))
    ax.set_title(t("chart_kpis", lang))
    return fig


SERIES = ["#2f6f8f", "#e07b39", "#7a5195", "#3a8f5c", "#c0392b", "#8c6d31", "#5c7f9e", "#b05f8e"]


def _colors(accounts: list[str], ours: str) -> dict[str, str]:
    """Ours in the primary colour, peers in the rest of the series."""
    others = iter(SERIES[1:] * 4)
    return {a: SERIES[0] if a == ours else next(others) for a in accounts}


def account_bars(values: pd.Series, names: dict[str, str], ours: str, title: str, spec: Spec,
                 reference: float | None = None, lang: str = "en") -> Figure:
    """One horizontal bar per account, ours highlighted, each labelled with its figure written by the metric's
    spec (the string the table beside it shows; no value axis); an optional reference line."""
    data = values.dropna()
    if data.empty:
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(0.45 * len(data) + 1.0)
    colors = [PALETTE["primary"] if a == ours else PALETTE["muted"] for a in data.index]
    ax.barh([names.get(a, a) for a in data.index], data.values, color=colors)
    ax.invert_yaxis()
    right = max(data.max(), reference or 0) * 1.15 or 1
    for y, v in enumerate(data.values):
        # a label that would start just short of the reference line starts past it instead, not across it
        near = reference is not None and v <= reference < v + 0.12 * right
        ax.annotate(spec.show(v, lang), (reference if near else v, y), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=9)
    if reference is not None:
        ax.axvline(reference, color=PALETTE["accent"], linestyle="--", linewidth=1.2)
    ax.set_xlim(0, right)
    value_labels_only(ax)
    ax.set_title(title)
    return fig


def account_lines(frame: pd.DataFrame, names: dict[str, str], ours: str, title: str, percent: bool = False,
                  dates: bool = True, lang: str = "en", xlabel: str | None = None, ylabel: str | None = None,
                  weekly: bool = False, events: pd.DataFrame | None = None) -> Figure:
    """One line per account (columns), ours thicker; the legend below the plot, never over a line.

    ``dates=False``: the index is a number (an hour of day), named by ``xlabel``; ``weekly``: one point per week.
    """
    data = frame.dropna(how="all")
    if data.empty:
        return empty_figure(t("not_available", lang))
    fig, ax = _figure(3.3)
    colors = _colors(list(frame.columns), ours)
    for account in data.columns:
        ax.plot(data.index, data[account], color=colors[account], linewidth=2.6 if account == ours else 1.6,
                marker="o" if weekly or not dates else None, markersize=3, label=names.get(account, account))
    if percent:
        ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=0))
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=min(4, len(data.columns)))
    ax.set_title(title)
    if dates:
        date_axis(ax, data.index, lang, weekly=weekly)
    else:  # whole numbers, and no tick past the data (no "24" after hour 23)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.set_xlim(data.index.min() - 0.5, data.index.max() + 0.5)
    if xlabel:
        ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)
    if dates and events is not None and len(events):
        mark_events(ax, date_positions(events["date"]))
    return fig


def mark_events(ax: Axes, positions: list[float], numbers: list[int] | None = None) -> None:
    """Events on a trend chart: a dashed line at each position, numbered at the top (1, 2, … or ``numbers``) to match
    the events table under the chart; the notes stay in the table, as text, never drawn."""
    if not positions:
        return
    low, high = ax.get_ylim()
    top = high + (high - low) * 0.22  # headroom: the numbers sit above the data, never on a line
    ax.set_ylim(low, top)
    for number, x in zip(numbers or range(1, len(positions) + 1), positions):
        ax.axvline(x, ymax=0.84, color=PALETTE["accent"], linestyle="--", linewidth=1.1, alpha=0.9, zorder=1)  # under its number
        ax.annotate(str(number), (x, top), xytext=(0, -2), textcoords="offset points", ha="center", va="top",  # inside: off titles
                    fontsize=8, color="white", annotation_clip=False,
                    bbox={"boxstyle": "circle,pad=0.2", "facecolor": PALETTE["accent"], "edgecolor": "none"})


def date_positions(dates) -> list[float]:
    """Where dates fall on a chart with a date axis (matplotlib's day numbers), for :func:`mark_events`."""
    return list(matplotlib.dates.date2num(pd.to_datetime(pd.Series(dates))))


def week_positions(dates, week_starts) -> list[float]:
    """Where dates fall on a chart of weeks drawn at 0, 1, 2, …: a Wednesday is halfway through its week."""
    starts = pd.DatetimeIndex(week_starts)
    out = []
    for date in pd.to_datetime(pd.Series(dates)):
        index = int(np.searchsorted(starts.values, date.to_datetime64(), side="right")) - 1
        out.append(index + (date - starts[index]).days / 7 - 0.5 + 1 / 14 if index >= 0 else -0.5)
    return out
