"""The headline figures a notebook records, read back by the renderer into ``OUT.json``.

The notebook displays them under a private MIME type; the renderer extracts that output
and removes it before HTML export, so the figures travel with the executed notebook
without a file path or a side channel.
"""
from __future__ import annotations

import json
import math
from typing import Any

MIME = "application/vnd.socialops.summary+json"


def clean(value: Any) -> Any:
    """JSON-safe: NaN/NA become null, numpy and pandas scalars become plain numbers."""
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    if value is None or isinstance(value, (str, bool)):
        return value
    if hasattr(value, "item") and not isinstance(value, (int, float)):
        try:
            value = value.item()
        except (ValueError, TypeError):
            return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return round(value, 6)
    if isinstance(value, int):
        return value
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, pd.Timestamp):
            return value.isoformat()
    except ImportError:  # pragma: no cover
        pass
    return str(value)


def record(payload: dict) -> None:
    """Attach ``payload`` to the running notebook's outputs for the renderer."""
    from IPython.display import display

    data = clean(payload)
    n = len(data.get("metrics", {}))
    display({MIME: data, "text/plain": f"[socialops] {n} headline figures recorded for the report JSON"}, raw=True)


def extract(notebook) -> dict | None:
    """The last recorded payload in an executed notebook, or ``None``."""
    found = None
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if MIME in data:
                found = data[MIME]
                if isinstance(found, str):
                    found = json.loads(found)
    return found


def strip(notebook) -> None:
    """Remove the recorded payload outputs (they are data, not report content)."""
    for cell in notebook.cells:
        if "outputs" in cell:
            cell["outputs"] = [o for o in cell["outputs"] if MIME not in o.get("data", {})]
