"""Every chart the workbooks draw from the sample, in both languages, read as a reader reads it (tests/chartcheck)."""
from __future__ import annotations

import contextlib
import io
import json

import pytest
from chartcheck import problems
from matplotlib.figure import Figure

from socialops.report import charts

from conftest import ROOT, SAMPLE

OCTOBER = {"start": "2026-10-01", "end": "2026-10-31"}
RUNS = [
    ("account_audit", {"account_id": "own_weibo", **OCTOBER}),
    ("account_audit", {"account_id": "own_wechat", **OCTOBER}),
    ("content_performance", {"account_id": "own_weibo", **OCTOBER}),
    ("content_performance", {"account_id": "own_wechat", **OCTOBER}),
    ("competitor_comparison", {"account_id": "own_weibo", **OCTOBER}),
    ("competitor_comparison", {"account_id": "own_wechat", **OCTOBER}),
    ("campaign_retrospective", {"campaign_id": "cmp-2026-10-joint"}),
    ("campaign_retrospective", {"campaign_id": "cmp-2026-08-lottery"}),
    ("campaign_retrospective", {"campaign_id": "cmp-2026-09-member"}),
    ("weekly_review", {"accounts": "own", "start": "2026-10-19", "end": "2026-10-25"}),
]


def drawn(notebook: str, params: dict, monkeypatch) -> list[Figure]:
    """Run the notebook's code in this process (its parameters cell, then ours, then the rest) and keep every
    figure the report would embed."""
    figures: list[Figure] = []
    real = charts.to_data_uri
    monkeypatch.setattr(charts, "to_data_uri", lambda fig: (figures.append(fig), real(fig))[1])
    cells = [c for c in json.loads((ROOT / "notebooks" / f"{notebook}.ipynb").read_text())["cells"] if c["cell_type"] == "code"]
    namespace: dict = {}
    with contextlib.redirect_stdout(io.StringIO()):
        exec("".join(cells[0]["source"]), namespace)  # noqa: S102 - our own notebook
        namespace.update(data_dir=str(SAMPLE), **params)
        for cell in cells[1:]:
            exec("".join(cell["source"]), namespace)  # noqa: S102
    return figures


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(("notebook", "params"), RUNS, ids=[f"{n}-{next(iter(p.values()))}" for n, p in RUNS])
def test_every_chart_reads_cleanly(notebook, params, lang, monkeypatch):
    figures = drawn(notebook, {**params, "lang": lang}, monkeypatch)
    assert figures, "the workbook drew no chart"
    found = {f"chart {i} ({fig.axes[0].get_title() or fig.get_suptitle()!s}): {p}"
             for i, fig in enumerate(figures) for p in problems(fig)}
    assert not found, "\n".join(sorted(found))
