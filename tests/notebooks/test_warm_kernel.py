"""Long-lived workers reuse one kernel: each report must still start from an empty namespace."""
from __future__ import annotations

import json

import nbformat
import pytest

from socialops.publish import kernels

from socialops.publish import render

PROBE = """import json, os
with open(record, "a") as handle:
    handle.write(json.dumps({"pid": os.getpid(), "cwd": os.getcwd(), "leftover": "leftover" in globals()}) + "\\n")
leftover = 1
if fail:
    raise RuntimeError("this report fails")
"""


def _notebook(folder, name: str, parameters: str, body: str):
    """A two-cell notebook (parameters, then ``body``) in ``folder/notebooks``."""
    (folder / "notebooks").mkdir(exist_ok=True)
    params = nbformat.v4.new_code_cell(parameters)
    params.metadata["tags"] = ["parameters"]
    path = folder / "notebooks" / name
    nbformat.write(nbformat.v4.new_notebook(cells=[params, nbformat.v4.new_code_cell(body)],
                                            metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                     "language": "python"}}), path)
    return path


@pytest.fixture
def probe(tmp_path):
    yield _notebook(tmp_path, "probe.ipynb", 'record = ""\nfail = False', PROBE), tmp_path / "record.jsonl"
    kernels.warm_kernel().discard()


def _runs(record):
    return [json.loads(line) for line in record.read_text().splitlines()]


def test_reused_kernel_starts_each_report_empty_in_the_notebooks_folder(probe):
    path, record = probe
    for fail in (False, False, True, False):
        _, ok = render.execute(path, {"record": str(record), "fail": fail}, reuse_kernel=True)
        assert ok is not fail
    first, second, failing, after = _runs(record)
    assert first["pid"] == second["pid"] == failing["pid"]  # one kernel for the healthy reports
    assert not any(run["leftover"] for run in (first, second, failing, after))  # names never carry over
    assert after["pid"] != failing["pid"]  # a failed report takes its kernel with it
    assert {run["cwd"] for run in (first, second, after)} == {str(path.parent.resolve())}


def test_client_readiness_fails_fast_for_a_dead_kernel(tmp_path):
    from jupyter_core.utils import run_sync

    km = kernels.LocalKernelManager(kernel_name=kernels.KERNEL_NAME)
    run_sync(km.start_kernel)(cwd=str(tmp_path))
    client = km.client()
    client.start_channels()
    try:
        run_sync(kernels._connected)(client, km, timeout=30)  # a live kernel answers on both channels
        run_sync(km.shutdown_kernel)(now=True)
        with pytest.raises(RuntimeError, match="died"):
            run_sync(kernels._connected)(client, km, timeout=30)
    finally:
        client.stop_channels()
        run_sync(km.shutdown_kernel)(now=True)


STATE = """import json, matplotlib, pandas as pd
import socialops.report.charts
socialops.report.charts.theme()  # as every workbook does when it opens
with open(record, "a") as handle:
    handle.write(json.dumps({"title": matplotlib.rcParams["axes.titlesize"], "math": matplotlib.rcParams["text.parse_math"],
                             "rows": pd.get_option("display.max_rows")}) + "\\n")
matplotlib.rcParams["axes.titlesize"] = 40
matplotlib.rcParams["text.parse_math"] = True
pd.set_option("display.max_rows", 3)
"""


def test_a_report_that_changes_module_settings_cannot_change_the_next(tmp_path):
    path = _notebook(tmp_path, "state.ipynb", 'record = ""', STATE)
    record = tmp_path / "state.jsonl"
    try:
        for _ in range(2):
            _, ok = render.execute(path, {"record": str(record)}, reuse_kernel=True)
            assert ok
    finally:
        kernels.warm_kernel().discard()
    first, second = _runs(record)
    assert first == second == {"title": 13, "math": False, "rows": 60}  # the theme's and pandas' own settings


FROZEN = """import gc, json, os
with open(record, "a") as handle:
    handle.write(json.dumps({"pid": os.getpid(), "frozen": gc.get_freeze_count() > 0,
                             "preloaded": "socialops.report.workbook" in __import__("sys").modules}) + "\\n")
"""


@pytest.mark.parametrize("limit", ["max_uses", "max_rss"])
def test_a_kernel_past_its_limit_is_replaced_by_a_warmed_one(tmp_path, limit):
    path = _notebook(tmp_path, "frozen.ipynb", 'record = ""', FROZEN)
    record = tmp_path / "frozen.jsonl"
    warm = kernels.warm_kernel()
    try:
        for _ in range(2):
            assert render.execute(path, {"record": str(record)}, reuse_kernel=True)[1]
        setattr(warm, limit, 2 if limit == "max_uses" else 1)  # two reports done; or any memory is too much
        for _ in range(2):
            assert render.execute(path, {"record": str(record)}, reuse_kernel=True)[1]
    finally:
        warm.discard()
        for name in ("max_uses", "max_rss"):
            setattr(warm, name, getattr(kernels.WarmKernel, name))
    first, second, third, fourth = _runs(record)
    assert first["pid"] == second["pid"] != third["pid"]  # replaced once past the limit
    assert (third["pid"] == fourth["pid"]) is (limit == "max_uses")  # a use limit counts anew; 1 byte is always past
    assert all(run["frozen"] and run["preloaded"] for run in (first, second, third, fourth))  # each kernel warmed first
