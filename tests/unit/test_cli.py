from __future__ import annotations

import subprocess
import sys

import pytest

from socialops.cli import main

from conftest import write_csv


def test_validate_summary(sample_dir, capsys):
    assert main(["validate", str(sample_dir)]) == 0
    out = capsys.readouterr().out
    assert "posts" in out and "2026-05-01 – 2026-10-31" in out and "5 account(s)" in out


def test_validate_problems_exit_1_without_traceback(tmp_path):
    write_csv(tmp_path, "daily.csv", "date,account_id,followers\noops,a1,x\n")
    run = subprocess.run([sys.executable, "-m", "socialops.cli", "validate", str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "daily.csv, column 'date', row 2: expected a date" in run.stderr
    assert "daily.csv, column 'followers', row 2: expected a number" in run.stderr
    assert "Traceback" not in run.stderr


def test_validate_export_with_account_option(tmp_path, capsys):
    write_csv(tmp_path, "微博数据.csv", "日期,粉丝数,转发数\n2026-10-01,100,3\n", "gb18030")
    assert main(["validate", str(tmp_path)]) == 1
    assert main(["validate", str(tmp_path), "--account", "w1"]) == 0


def test_sample_command_writes_every_table(tmp_path, capsys):
    assert main(["sample", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "accounts.csv", "campaigns.csv", "comments.csv", "daily.csv", "events.csv", "followers.csv", "post_snapshots.csv",
        "posts.csv", "targets.csv"]


def test_unknown_notebook(capsys):
    assert main(["render", "no_such_workbook"]) == 1
    assert "no notebook" in capsys.readouterr().err


def test_paths_built_from_ids_stay_inside_the_output_folder(tmp_path):
    import pytest

    from socialops.paths import inside

    assert inside(tmp_path, "audit", "own_weibo.html") == tmp_path.resolve() / "audit" / "own_weibo.html"
    for bad in ("../../etc/passwd", "/etc/passwd", "../../x.html", "a/../x.html"):  # a part is a file name, no more
        with pytest.raises(ValueError, match="as a file name"):
            inside(tmp_path, "audit", bad)


def test_run_starts_its_workers_before_loading_papermill_or_pandas():
    """Workers boot their kernels while the CLI plans: whatever the CLI imports first delays every report."""
    probe = """
import sys
import socialops.batch.execute

def start_pool(workers):
    print(sorted(m for m in ("papermill", "nbconvert", "pandas", "matplotlib") if m in sys.modules))
    raise KeyboardInterrupt  # stop here: nothing to render

socialops.batch.execute.start_pool = start_pool
from socialops.cli import main
sys.exit(main(["run"]))
"""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.returncode == 130, out.stderr
    assert out.stdout.strip() == "[]"


def test_render_help_lists_each_workbooks_parameters_and_a_typo_is_answered(capsys):
    from socialops.cli import main as cli_main
    from socialops.cli import resolve_notebook

    with pytest.raises(SystemExit):
        cli_main(["render", "--help"])
    out = capsys.readouterr().out
    assert "campaign_retrospective" in out and "currency" in out and "top_n" in out and "default 'CNY'" in out
    with pytest.raises(FileNotFoundError, match="did you mean 'account_audit'"):
        resolve_notebook("account_audt")
