"""socialops check: every figure a run's reports give, keyed by account, period and metric, and those given two ways."""
from __future__ import annotations

import json

from socialops.batch.check import check
from socialops.cli import main

OCT = {"start": "2026-10-01", "end": "2026-10-31", "label": "October 2026"}
SEP = {"start": "2026-09-01", "end": "2026-09-30", "label": "September 2026"}
W42 = {"start": "2026-10-12", "end": "2026-10-18", "label": "week 42"}
W41 = {"start": "2026-10-05", "end": "2026-10-11", "label": "week 41"}


def _report(folder, name, subject, period, previous, metrics, **extra):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {"subject": subject, "period": period, "previous_period": previous,
            "metrics": {m: {"current": c, "previous": p, "unit": "count"} for m, (c, p) in metrics.items()}, **extra}
    path.write_text(json.dumps(body), encoding="utf-8")


def test_each_figure_given_two_ways_is_listed_with_its_reports(tmp_path):
    _report(tmp_path, "account_audit/w/2026-10.json", {"account_id": "w"}, OCT, SEP, {"reads": (333352, 300000), "posts": (12, 10)})
    _report(tmp_path, "content_performance/w/2026-10.json", {"account_id": "w"}, OCT, SEP,
            {"reads": (305197, 300000.0000001), "posts": (12, None)})                      # reads differ; September agrees
    _report(tmp_path, "weekly_review/own/2026-W42.json", {"account_id": None, "accounts": ["w"]}, W42, W41, {},
            accounts=[{"id": "w", "name": "W", "reads": {"current": 166681, "previous": 90000}}])
    _report(tmp_path, "content_performance/w/2026-W42.json", {"account_id": "w"}, W42, W41, {"reads": (138526, 90000)})
    _report(tmp_path, "competitor_comparison/w/2026-10.json", {"account_id": "w"}, OCT, SEP, {},
            accounts={"w": {"name": "W", "posts": 12, "index": 63.8}, "rival": {"name": "R", "posts": 30, "index": 80}})
    _report(tmp_path, "account_audit/w/2026-11.failed.json", {"account_id": "w"}, OCT, SEP, {"reads": (1, 1)})  # ignored
    (tmp_path / ".alerts-sent.json").write_text("[]", encoding="utf-8")
    verdict = check(tmp_path)
    assert verdict.reports == 5
    found = {(d.account, d.start, d.metric): [v for v, _ in d.values] for d in verdict.disagreements}
    assert found == {("w", "2026-10-01", "reads"): [333352, 305197], ("w", "2026-10-12", "reads"): [138526, 166681]}
    weekly = next(d for d in verdict.disagreements if d.start == "2026-10-12")
    assert [where for _, where in weekly.values] == ["content_performance/w/2026-W42.json", "weekly_review/own/2026-W42.json"]


def test_the_command_exits_1_on_a_disagreement_and_0_when_every_figure_agrees(tmp_path, capsys):
    _report(tmp_path, "a/w/2026-10.json", {"account_id": "w"}, OCT, SEP, {"reads": (10, 9)})
    _report(tmp_path, "b/w/2026-10.json", {"account_id": "w"}, OCT, SEP, {"reads": (10, 9)})
    assert main(["check", str(tmp_path)]) == 0
    assert "2 reports, 2 figures (account, period, metric): each given one way" in capsys.readouterr().out
    _report(tmp_path, "b/w/2026-10.json", {"account_id": "w"}, OCT, SEP, {"reads": (11, 9)})
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "w  2026-10-01 – 2026-10-31  reads: 10 in a/w/2026-10.json; 11 in b/w/2026-10.json" in out
    assert main(["check", str(tmp_path / "none")]) == 1
    assert "no reports folder" in capsys.readouterr().err
