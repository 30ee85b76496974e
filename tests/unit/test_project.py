"""Project hygiene: the conda environment matches pyproject, notebooks are committed clean."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _name(spec: str) -> str:
    return re.split(r"[<>=!~ \[]", spec, maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_agrees_with_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {_name(s): s.replace(" ", "") for s in project["dependencies"] + project["optional-dependencies"]["test"]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    listed = {}
    for dep in env["dependencies"]:
        for spec in dep["pip"] if isinstance(dep, dict) else [dep]:
            if _name(spec) not in ("-e", "python", "pip"):  # the interpreter and pip itself, not python-calamine
                listed[_name(spec)] = spec.replace(" ", "")
    assert listed == wanted


def test_notebooks_are_committed_without_outputs_and_with_parameters():
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    assert notebooks
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(not c.outputs and c.execution_count is None for c in code), f"{path.name}: run `make strip`"
        assert "parameters" in code[0].metadata.get("tags", []), f"{path.name}: first code cell must be tagged"
        assert nb.metadata["kernelspec"]["name"] == "python3"
        tags = [tuple(t for t in c.metadata.get("tags", []) if t != "notebook-only") for c in nb.cells if c.cell_type == "markdown"]
        assert tags.count(("lang-en",)) == tags.count(("lang-zh",)) == len(tags) // 2, f"{path.name}: en/zh pairs"
        howto = [c.source for c in nb.cells if "notebook-only" in c.metadata.get("tags", [])]
        assert len(howto) == 2 and "parameters" in howto[0] and "参数" in howto[1], f"{path.name}: how to run it, in the notebook only"
        shown = " ".join(c.source for c in nb.cells if c.cell_type == "markdown" and "notebook-only" not in c.metadata.get("tags", []))
        assert "run all cells" not in shown and "全部运行" not in shown, f"{path.name}: analyst instructions would reach the report"
