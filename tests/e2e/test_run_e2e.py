"""socialops run end to end: every report and the index, failures isolated, timeouts, dask."""
from __future__ import annotations

import json
import shutil
import textwrap
import time
from pathlib import Path

import nbformat
import psutil
import pytest

from socialops.batch.config import load_config
from socialops.batch.execute import run, run_task
from socialops.batch.plan import Task, plan
from socialops.cli import main

ROOT = Path(__file__).resolve().parents[2]


def config_for(tmp: Path, data: Path, extra: str = "", jobs_from_shipped: bool = True) -> Path:
    shipped = (ROOT / "reports.toml").read_text(encoding="utf-8")
    body = shipped.split("[jobs.", 1)[1] if jobs_from_shipped else ""
    text = textwrap.dedent(f"""
        [defaults]
        data_dir = "{data}"
        output = "{tmp / 'out'}"
        workers = 2
        as_of = "data"
        """) + ("\n[jobs." + body if body else "") + extra
    path = tmp / "reports.toml"
    path.write_text(text, encoding="utf-8")
    return path


def broken_job(tmp: Path) -> str:
    """A job whose data breaks the contract: it fails when its report runs, not when the config is read."""
    data = tmp / "broken_data"
    data.mkdir()
    (data / "daily.csv").write_text("date,account_id,followers\nyesterday,own_weibo,1\n", encoding="utf-8")
    return (f'\n[jobs.broken]\nnotebook = "account_audit"\naccounts = ["own_weibo"]\nperiod = "last_7_days"\n'
            f'params = {{ data_dir = "{data}" }}\n')


@pytest.fixture(scope="module")
def first_run(tmp_path_factory, sample_dir):
    tmp = tmp_path_factory.mktemp("run")
    path = config_for(tmp, sample_dir, broken_job(tmp))
    code = main(["run", "--config", str(path)])
    return tmp, path, code


def test_every_report_and_the_index(first_run):
    tmp, path, code = first_run
    cfg = load_config(path)
    tasks = plan(cfg)
    assert code == 1  # the broken job fails the run...
    for task in tasks:
        out = Path(task.out_html)
        if task.job == "broken":
            assert not out.exists() and out.with_name(out.stem + ".failed.html").exists()
            continue
        assert out.exists(), task.label  # ...and every other report still completes
        assert out.with_suffix(".json").exists() and out.with_suffix(".ipynb").exists()
        info = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
        assert info["status"] == "ok" and info["job"] == task.job
        assert 0 < info["render_seconds"] < 120  # orders the next run's work
    index = (cfg.output / "index.html").read_text(encoding="utf-8")
    assert "Input data problem: daily.csv, column &#39;date&#39;, row 2" in index  # the failed run's first line
    assert 'href="account_audit/own_weibo/2026-10.html"' in index  # relative links
    report = Path(tasks[0].out_html).read_text(encoding="utf-8")
    assert 'href="../../index.html"' in report  # and back
    # the sample's one 10万+ read count is a WeChat post: the Weibo audit leaves that loading note out
    audits = {t.subject: Path(t.out_html).read_text(encoding="utf-8") for t in tasks if t.job == "audit"}
    assert "values are lower bounds" in audits["own_wechat"] and "values are lower bounds" not in audits["own_weibo"]
    # each card's headline figures in its report's language: the zh retrospectives say ROI in Chinese
    assert "Net follower growth<b>" in index and "投资回报率<b>" in index
    # a fresh machine has one report per card: the arrows come from each report's own previous period
    assert "so-up" in index and "▲" in index
    assert '<div class="so-note" title="own_weibo · audit">October 2026</div>' in index  # names, not ids, for the reader


def test_failed_rerun_keeps_the_good_report(first_run, tmp_path, sample_dir):
    tmp, path, _ = first_run
    bad = tmp_path / "bad"
    shutil.copytree(sample_dir, bad)
    daily = (bad / "daily.csv").read_text(encoding="utf-8").replace(",own_weibo,", ",own_weibo,-", 1)
    (bad / "daily.csv").write_text(daily, encoding="utf-8")
    cfg = load_config(path)
    good = Path(next(t for t in plan(cfg) if t.job == "audit").out_html)
    before = good.read_bytes()
    cfg.data_dir = bad
    outcomes = run(cfg, plan(cfg, [cfg.job("audit")]))
    assert not any(o.ok for o in outcomes)
    assert good.read_bytes() == before
    failed = good.with_name(good.stem + ".failed.html").read_text(encoding="utf-8")
    assert "daily.csv, column" in failed
    index = (cfg.output / "index.html").read_text(encoding="utf-8")
    assert "so-status failed" in index and "daily.csv" in index


def test_a_hung_notebook_is_stopped_at_its_timeout(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import time\ntime.sleep(120)")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "hang.ipynb"
    nbformat.write(nb, path)
    began = time.monotonic()
    outcome = run_task(Task("hang", str(path), "x", "p", {}, str(tmp_path / "out" / "hang.html"), "index.html", 3))
    assert not outcome.ok and time.monotonic() - began < 60
    assert "Timeout" in outcome.error or "timed out" in outcome.error
    time.sleep(1)
    kernels = [p for p in psutil.Process().children(recursive=True) if "ipykernel" in " ".join(p.cmdline())]
    assert kernels == []
    assert (tmp_path / "out" / "hang.failed.html").exists()


def test_dask_executor_gives_the_same_reports(first_run, tmp_path, sample_dir):
    tmp, path, _ = first_run
    local = load_config(path)
    task = next(t for t in plan(local) if t.job == "competitors" and t.subject == "own_weibo")
    cfg = load_config(config_for(tmp_path, sample_dir, '\n[jobs.competitors]\nnotebook = "competitor_comparison"\naccounts = ["own_weibo"]\n',
                                 jobs_from_shipped=False))
    outcomes = run(cfg, plan(cfg), workers=1, executor="dask")
    assert [o.ok for o in outcomes] == [True]
    ours = json.loads(Path(outcomes[0].path).with_suffix(".json").read_text(encoding="utf-8"))
    theirs = json.loads(Path(task.out_html).with_suffix(".json").read_text(encoding="utf-8"))
    assert ours["metrics"] == theirs["metrics"] and ours["accounts"] == theirs["accounts"]
    assert ours["findings"] == theirs["findings"]
