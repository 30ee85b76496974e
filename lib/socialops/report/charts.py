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
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure  # figures are built without pyplot: no global state
from matplotlib.patches import Rectangle

from socialops import metrics as M
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


SERIES = ["#2f6f8f", "#e07b39", "#7a5195", "#3a8f5c", "#c0392b", "#8c6d31", "#5c7f9e", "#b05f8e"]


def _colors(accounts: list[str], ours: str) -> dict[str, str]:
    """Ours in the primary colour, peers in the rest of the series."""
    others = iter(SERIES[1:] * 4)
    return {a: SERIES[0] if a == ours else next(others) for a in accounts}


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
