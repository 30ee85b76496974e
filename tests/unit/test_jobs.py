"""reports.toml: validation with line and key, named periods, planning."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pandas as pd
import pytest

from socialops.batch.config import ConfigError, load_config
from socialops.batch.execute import longest_first
from socialops.batch.plan import period_dates, period_slug, plan

ROOT = Path(__file__).resolve().parents[2]
GOOD = """
[defaults]
data_dir = "{data}"
output = "{out}"

[jobs.audit]
notebook = "account_audit"
accounts = "own"
schedule = "0 9 * * MON"
"""


def write(tmp_path, body: str, sample_dir=None) -> Path:
    path = tmp_path / "reports.toml"
    text = textwrap.dedent(body).replace("{data}", str(sample_dir or "data")).replace("{out}", str(tmp_path / "out"))
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_config_is_valid_and_covers_every_workbook():
    cfg = load_config(ROOT / "reports.toml")
    assert {j.notebook.stem for j in cfg.jobs} == {"account_audit", "content_performance", "competitor_comparison",
                                                   "campaign_retrospective", "weekly_review", "audience_voice"}
    assert all(j.schedule for j in cfg.jobs)


@pytest.mark.parametrize("extra, line, key, message", [
    ('colour = "blue"\n', 9, "colour", "unknown key"),
    ('schedule = "every monday"\n', 9, "schedule", "not a cron expression"),
    ('period = "fortnight"\n', 9, "period", "expected one of last_month"),
    ('params = { api_token = "x" }\n', 9, "params", "looks like a secret"),
    ('lang = "fr"\n', 9, "lang", "expected \"en\" or \"zh\""),
    ('timeout = -1\n', 9, "timeout", "above 0"),
    ('campaigns = "finished"\n', 9, "campaigns", "takes 'accounts'"),
])
def test_bad_job_keys_name_line_and_key(tmp_path, sample_dir, extra, line, key, message):
    path = write(tmp_path, GOOD.replace('schedule = "0 9 * * MON"\n', "") + extra, sample_dir)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    text = str(caught.value)
    assert f"line {line}" in text and f"[jobs.audit] {key}" in text and message in text


def test_other_config_errors(tmp_path, sample_dir):
    with pytest.raises(ConfigError, match=r"line 3.*\[defaults\] workers.*whole number"):
        load_config(write(tmp_path, '\n[defaults]\nworkers = "two"\n[jobs.a]\nnotebook = "account_audit"\n'))
    with pytest.raises(ConfigError, match="not valid TOML.*line 1"):
        load_config(write(tmp_path, "[defaults\nx = 1\n"))
    with pytest.raises(ConfigError, match=r"\[jobs.a\] notebook: no notebook nope.ipynb"):
        load_config(write(tmp_path, '[jobs.a]\nnotebook = "nope"\n'))
    with pytest.raises(ConfigError, match="list of ids"):
        load_config(write(tmp_path, '[jobs.a]\nnotebook = "account_audit"\naccounts = ["../../etc"]\n'))
    with pytest.raises(ConfigError, match="no jobs"):
        load_config(write(tmp_path, '[defaults]\nlang = "en"\n'))
    with pytest.raises(ConfigError, match=r"line 2.*data_dir: .*/missing does not exist.*resolved against the config file's folder"):
        load_config(write(tmp_path, '[defaults]\ndata_dir = "missing"\n[jobs.a]\nnotebook = "account_audit"\n'))


def test_duplicate_outputs_are_refused_before_running(tmp_path, sample_dir):
    body = GOOD + '\n[jobs.again]\nnotebook = "account_audit"\naccounts = ["own_weibo"]\n'
    with pytest.raises(ConfigError, match="jobs audit and again would both write account_audit/own_weibo/"):
        plan(load_config(write(tmp_path, body, sample_dir)))


@pytest.mark.parametrize("spec, start, end, slug", [
    ("last_month", "2026-10-01", "2026-10-31", "2026-10"),
    ("last_week", "2026-11-09", "2026-11-15", "2026-W46"),
    ("yesterday", "2026-11-17", "2026-11-17", "2026-11-17"),
    ("last_7_days", "2026-11-11", "2026-11-17", "2026-11-11_2026-11-17"),
    ("last_30_days", "2026-10-19", "2026-11-17", "2026-10-19_2026-11-17"),
    ({"start": "2026-09-01", "end": "2026-09-15"}, "2026-09-01", "2026-09-15", "2026-09-01_2026-09-15"),
])
def test_named_periods(spec, start, end, slug):
    got = period_dates(spec, pd.Timestamp("2026-11-18"))  # a Wednesday
    assert got == (pd.Timestamp(start), pd.Timestamp(end))
    assert period_slug(*got) == slug


def test_plan_for_the_sample(tmp_path, sample_dir):
    body = GOOD + '\n[jobs.review]\nnotebook = "campaign_retrospective"\ncampaigns = "finished"\nlang = "zh"\n'
    cfg = load_config(write(tmp_path, body, sample_dir))
    tasks = plan(cfg, today=pd.Timestamp("2026-11-22"))
    audits = [t for t in tasks if t.job == "audit"]
    assert [t.subject for t in audits] == ["own_weibo", "own_wechat", "own_douyin"]
    assert audits[0].params["start"] == "2026-10-01" and audits[0].params["end"] == "2026-10-31"
    assert audits[0].out_html.endswith("out/account_audit/own_weibo/2026-10.html")
    assert audits[0].index_href == "../../index.html"
    reviews = [t for t in tasks if t.job == "review"]
    assert [t.subject for t in reviews] == ["cmp-2026-08-lottery", "cmp-2026-09-member", "cmp-2026-10-joint"]
    assert reviews[0].out_html.endswith(".zh.html") and reviews[0].params["campaign_id"] == "cmp-2026-08-lottery"


def test_longest_reports_are_handed_out_first(tmp_path, sample_dir):
    body = GOOD + '\n[jobs.competitors]\nnotebook = "competitor_comparison"\naccounts = ["own_weibo"]\n'
    cfg = load_config(write(tmp_path, body, sample_dir))
    tasks = plan(cfg, today=pd.Timestamp("2026-11-22"))
    assert [t.label for t in tasks] == ["audit/own_weibo/2026-10", "audit/own_wechat/2026-10", "audit/own_douyin/2026-10",
                                        "competitors/own_weibo/2026-10"]
    # no earlier run: the notebooks' typical times (competitors take longest)
    assert [t.label for t in longest_first(tasks)][0] == "competitors/own_weibo/2026-10"
    # an earlier run of a subject records its own time, whatever its period; failed runs do not count
    wechat = Path(tasks[1].out_html).parent
    wechat.mkdir(parents=True)
    (wechat / "2026-09.json").write_text('{"render_seconds": 9.5}', encoding="utf-8")
    (wechat / "2026-08.failed.json").write_text('{"render_seconds": 99}', encoding="utf-8")
    weibo = Path(tasks[0].out_html).parent
    weibo.mkdir(parents=True)
    (weibo / "2026-09.json").write_text("{not json", encoding="utf-8")  # unreadable: typical time
    assert [t.label for t in longest_first(tasks)] == ["audit/own_wechat/2026-10", "competitors/own_weibo/2026-10",
                                                       "audit/own_weibo/2026-10", "audit/own_douyin/2026-10"]
