"""What a reader of a chart notices, as checks: TeX in a label, ticks or texts over each other, a legend over the
data or over a label, a log axis nobody asked for, an axis far wider than its data, a number axis with no unit."""
from __future__ import annotations

import re
from itertools import combinations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import Collection
from matplotlib.colorbar import Colorbar
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

NUMBER = re.compile(r"^[+−-]?[\d,.]+[kMB万千亿]?$")
UNIT = re.compile(r"[%¥$€£]|pp|百分点")
QUANTITY = re.compile(r"^[+−\-\d,.:% ¥kMB万千亿p]*$")  # numbers and dates; anything else names a category


def problems(fig: Figure) -> list[str]:
    """Every readability problem found in ``fig`` (empty: none)."""
    renderer = FigureCanvasAgg(fig).get_renderer()  # our figures are made without pyplot: no canvas of their own
    fig.draw(renderer)
    found: list[str] = []
    texts = [x for x in fig.findobj(Text) if x.get_visible() and x.get_text().strip() and _in_figure(x, fig, renderer)]
    found += [f"TeX in a label: {x.get_text()!r}" for x in texts if "$" in x.get_text() and "\\" in x.get_text()]
    plots = [ax for ax in fig.axes if not _is_colorbar(ax, fig)]
    for ax in plots:
        found += _tick_overlaps(ax, renderer) + _log_axes(ax) + _wide_axes(ax) + _unitless(ax)
    for legend in _legends(fig):
        box = legend.get_window_extent(renderer)
        for ax in plots:
            found += [f"legend over the data of {_name(ax)}" for point in _data_points(ax) if box.contains(*point)][:1]
        found += [f"legend over the text {x.get_text()!r}" for x in texts
                  if not _inside(x, legend) and box.overlaps(x.get_window_extent(renderer))]
    labels = [x for x in texts if not any(_inside(x, legend) for legend in _legends(fig))]
    annotations = [x for x in labels if x.axes is not None and x in x.axes.texts]
    for a, b in combinations(annotations, 2):
        if a.get_window_extent(renderer).overlaps(b.get_window_extent(renderer)):
            found.append(f"texts over each other: {a.get_text()!r} and {b.get_text()!r}")
    for text in annotations:  # a name or figure crossed by a line (a reference line through a label)
        box = text.get_window_extent(renderer)
        for line in text.axes.get_lines():
            if line.get_visible() and _crosses(line, box):
                found.append(f"a line crosses the text {text.get_text()!r}")
    return found


def _name(ax: Axes) -> str:
    title = ax.get_title("left") or ax.get_title() or (ax.figure.get_suptitle() if ax.figure else "")
    return repr(title or ax.get_xlabel() or ax.get_ylabel() or "an axes")


def _in_figure(text: Text, fig: Figure, renderer) -> bool:
    box = text.get_window_extent(renderer)
    return box.width > 0 and fig.bbox.overlaps(box)


def _is_colorbar(ax: Axes, fig: Figure) -> bool:
    return any(isinstance(getattr(child, "colorbar", None), Colorbar) for child in ax.get_children()) or \
        ax.get_label() == "<colorbar>"


def _legends(fig: Figure) -> list[Legend]:
    return [*fig.legends, *(ax.get_legend() for ax in fig.axes if ax.get_legend() is not None)]


def _inside(text: Text, legend: Legend) -> bool:
    return text in legend.get_texts() or text is legend.get_title()


def _tick_overlaps(ax: Axes, renderer) -> list[str]:
    found = []
    for axis in (ax.xaxis, ax.yaxis):
        low, high = sorted(axis.get_view_interval())
        ticks = [tick.label1 for tick in axis.get_major_ticks() + axis.get_minor_ticks()
                 if tick.label1.get_visible() and tick.label1.get_text() and low <= tick.get_loc() <= high]
        boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in ticks]
        for (a, box_a), (b, box_b) in combinations(boxes, 2):
            if box_a.overlaps(box_b):
                found.append(f"tick labels over each other in {_name(ax)}: {a!r} and {b!r}")
    return found[:3]


def _log_axes(ax: Axes) -> list[str]:
    if ax.get_gid() == "log-stated":
        return []
    return [f"log axis in {_name(ax)}" for scale in (ax.get_xscale(), ax.get_yscale()) if scale == "log"]


def _extent(ax: Axes) -> tuple[list[float], list[float]]:
    """The data's x and y values as drawn (bars from zero), reference lines and images left out."""
    xs: list[float] = []
    ys: list[float] = []
    for line in ax.get_lines():
        if line.get_transform() == ax.transData and line.get_visible():
            data = np.asarray(line.get_xydata(), dtype=float)
            xs += list(data[:, 0][np.isfinite(data[:, 0])])
            ys += list(data[:, 1][np.isfinite(data[:, 1])])
    for patch in ax.patches:
        if isinstance(patch, Rectangle) and patch.get_data_transform() == ax.transData and patch.get_fill():
            x, y, w, h = patch.get_x(), patch.get_y(), patch.get_width(), patch.get_height()
            if h and w:
                xs += [x, x + w]
                ys += [y, y + h]
    for collection in ax.collections:
        offsets = np.asarray(collection.get_offsets(), dtype=float)
        if len(offsets) and collection.get_offset_transform() == ax.transData:
            xs += list(offsets[:, 0])
            ys += list(offsets[:, 1])
    return xs, ys


def _wide_axes(ax: Axes) -> list[str]:
    """An axis more than 1.6 times as wide as its data (bars counted from zero) hides the differences."""
    if ax.get_gid() == "fixed-scale" or any(isinstance(i, AxesImage) for i in ax.get_images()):
        return []
    found = []
    extents = []
    for index, shared in enumerate((ax.get_shared_x_axes(), ax.get_shared_y_axes())):  # shared: all panels' data
        extents.append([v for sibling in shared.get_siblings(ax) for v in _extent(sibling)[index]])
    for values, (low, high), axis, scale in zip(extents, (ax.get_xlim(), ax.get_ylim()), "xy",
                                                (ax.get_xscale(), ax.get_yscale())):
        labels = [tick.get_text() for tick in (ax.get_xticklabels() if axis == "x" else ax.get_yticklabels())]
        if len(values) < 2 or scale != "linear" or not all(QUANTITY.match(label) for label in labels):
            continue  # categories (one bar each, empty ones too) take the room they need
        span = max(values) - min(values)
        if span > 0 and abs(high - low) > 1.6 * span:
            found.append(f"{axis} axis of {_name(ax)} spans {abs(high - low):.3g} for data spanning {span:.3g}")
    return found


def _unitless(ax: Axes) -> list[str]:
    """A number axis names its unit: an axis label, a unit on the ticks, or (marked) a title that is the unit."""
    if ax.get_gid() == "unit-in-title":
        return []
    found = []
    for axis, label in ((ax.xaxis, ax.get_xlabel()), (ax.yaxis, ax.get_ylabel())):
        texts = [tick.label1.get_text() for tick in axis.get_major_ticks() if tick.label1.get_visible()]
        texts = [x for x in texts if x]
        if texts and all(NUMBER.match(x) for x in texts) and not label and not any(UNIT.search(x) for x in texts):
            found.append(f"number axis without a unit in {_name(ax)}: {texts[:3]}")
    return found


def _data_points(ax: Axes) -> list[tuple[float, float]]:
    """Display coordinates of what is drawn: line vertices, scatter points, bar corners and centres."""
    points: list[tuple[float, float]] = []
    for line in ax.get_lines():
        if isinstance(line, Line2D) and line.get_visible():
            data = np.asarray(line.get_xydata(), dtype=float)
            data = data[np.isfinite(data).all(axis=1)]
            if len(data):
                points += [tuple(p) for p in line.get_transform().transform(data)]
    for collection in ax.collections:
        if isinstance(collection, Collection):
            offsets = np.asarray(collection.get_offsets(), dtype=float)
            if len(offsets):
                points += [tuple(p) for p in collection.get_offset_transform().transform(offsets)]
    for patch in ax.patches:
        if isinstance(patch, Rectangle) and patch.get_fill():
            box = patch.get_window_extent()
            if box.width > 1 and box.height > 1:
                points += [(box.x0 + 1, box.y0 + 1), (box.x1 - 1, box.y1 - 1), ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)]
    return points


def _crosses(line: Line2D, box: Bbox) -> bool:
    """Whether the drawn line passes through ``box`` (sampled densely along each segment)."""
    data = np.asarray(line.get_xydata(), dtype=float)
    data = data[np.isfinite(data).all(axis=1)]
    if len(data) < 2:
        return False
    pixels = line.get_transform().transform(data)
    for (x0, y0), (x1, y1) in zip(pixels[:-1], pixels[1:]):
        steps = np.linspace(0, 1, 200)
        if any(box.contains(x0 + (x1 - x0) * s, y0 + (y1 - y0) * s) for s in steps):
            return True
    return False
