"""The catalog is the one list of workbooks: each has its notebook, its folder, its words in
both languages and defined headline metrics; views show only defined metrics."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from socialops import catalog, paths
from socialops.metrics import registry
from socialops.report import strings

PARTS = ("analysis", "readings", "views", "charts", "strings")
LIB = Path(catalog.__file__).parent


@pytest.mark.parametrize("spec", catalog.WORKBOOKS, ids=lambda s: s.name)
def test_each_workbook_has_its_notebook_folder_words_and_metrics(spec):
    assert (paths.notebooks_dir() / f"{spec.name}.ipynb").exists()
    for part in PARTS:
        assert (LIB / "workbooks" / spec.package / f"{part}.py").exists(), part
        spec.module(part)  # imports cleanly
    assert set(spec.titles) == set(strings.LANGS)
    assert all(metric in registry() for metric in spec.headlines), spec.headlines
    for key, entry in spec.module("strings").STRINGS.items():
        assert set(entry) == set(strings.LANGS) and all(entry.values()), key


def test_every_shared_string_is_in_both_languages():
    for key, entry in strings.STRINGS.items():
        assert set(entry) == set(strings.LANGS) and all(entry.values()), key


def test_a_string_key_is_defined_once():
    tables = [strings.STRINGS] + [spec.module("strings").STRINGS for spec in catalog.WORKBOOKS]
    keys = [key for table in tables for key in table]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


def _literal_metric_lists(path: Path) -> set[str]:
    """Metric names a view passes to ``block``/lists as literal strings."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "block":
            for arg in node.args[3:4]:
                if isinstance(arg, (ast.List, ast.Tuple)):
                    names |= {e.value for e in arg.elts if isinstance(e, ast.Constant)}
    return names


@pytest.mark.parametrize("spec", catalog.WORKBOOKS, ids=lambda s: s.name)
def test_every_metric_a_view_lists_is_a_metric(spec):
    listed = _literal_metric_lists(LIB / "workbooks" / spec.package / "views.py")
    assert listed and all(name in registry() for name in listed), sorted(listed - set(registry()))


def test_a_block_refuses_a_metric_that_is_not_defined():
    from socialops.report.blocks import block

    with pytest.raises(ValueError, match="not defined"):
        block([], [], "en", ["engagement_per_thousand"])


def test_nothing_else_lists_the_workbooks():
    """The names appear in the catalog, their notebooks and tests, not in another module's table."""
    for path in LIB.rglob("*.py"):
        if path.name == "catalog.py":
            continue
        text = path.read_text(encoding="utf-8")
        found = [spec.name for spec in catalog.WORKBOOKS if f'"{spec.name}"' in text]
        assert len(found) <= 1, (path, found)


@pytest.mark.parametrize("text, expected", [
    ("1 posts and 3 days", "1 post and 3 days"), ("+1 followers; 11 posts; 21 days", "+1 follower; 11 posts; 21 days"),
    ("0.1 posts", "0.1 posts"), ("1,001 posts", "1,001 posts")])
def test_english_counts_take_their_nouns_number(text, expected):
    assert strings.plural_forms(text, "en") == expected
    assert strings.plural_forms(text, "zh") == text


def test_thresholds_reach_the_words_as_values(monkeypatch):
    """Change a threshold and every sentence that states it follows (none is retyped in prose)."""
    from socialops import metrics
    from socialops.report.prose import active_hours
    from socialops.workbooks.campaigns.readings import check

    monkeypatch.setattr(metrics, "ACTIVE_HOURS", ((8, 9), (19, 22)))
    assert active_hours("en") == "8:00–9:00, 19:00–22:00" and active_hours("zh") == "8:00–9:00、19:00–22:00"
    assert check("check_k", {"k_min": 0.25}).text("en") == "Viral coefficient K at least 0.25"
    assert check("check_prize_share", {"share_max": 0.6}).text("zh") == "奖品不超过成本的 60%"


@pytest.mark.parametrize("spec", catalog.WORKBOOKS, ids=lambda s: s.name)
def test_every_finding_a_reading_can_say_has_words_in_both_languages(spec):
    """Readings return findings (key and values); each literal key is worded in en and zh."""
    tree = ast.parse((LIB / "workbooks" / spec.package / "readings.py").read_text(encoding="utf-8"))
    keys = {node.args[0].value for node in ast.walk(tree) if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "say"
            and node.args and isinstance(node.args[0], ast.Constant)}
    table = strings.all_strings()
    assert keys and all(set(table.get(key, {})) == set(strings.LANGS) for key in keys), sorted(k for k in keys if k not in table)
    assert "pick(" not in (LIB / "workbooks" / spec.package / "readings.py").read_text(encoding="utf-8")  # no sentence is built here


@pytest.mark.parametrize("spec", catalog.WORKBOOKS, ids=lambda s: s.name)
def test_reading_keys_are_named_for_their_workbook_and_all_used(spec):
    """A finding's key is ``<workbook>.<section>.<name>``, a name chosen, not numbered (``_2``); every
    dotted key a workbook words is one its code says (no dead sentences)."""
    source = "".join((LIB / "workbooks" / spec.package / f"{part}.py").read_text(encoding="utf-8")
                     for part in ("analysis", "readings", "views"))
    for key in spec.module("strings").STRINGS:
        if key.count(".") != 2:
            continue
        workbook, _, name = key.split(".")
        assert workbook == spec.package and not name[-1].isdigit(), key
        assert f'"{key}"' in source, f"{key} is worded but never said"
