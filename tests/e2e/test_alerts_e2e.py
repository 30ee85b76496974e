"""Alerts between digests: the rules on the sample, each alert sent once, and the scheduler firing the check."""
from __future__ import annotations

import pandas as pd
import pytest
from servers import HTTPServer

from socialops import cli
from socialops.batch import alerts as A
from socialops.batch.config import ConfigError, load_config
from socialops.batch.deliver import Delivery, Webhook
from socialops.batch.scheduler import Scheduler

from conftest import SAMPLE

RULES = A.AlertRules("0 * * * *", hot_k=3.0, days=12, drop_share=0.001, stale_days=2)


def test_the_rules_on_the_sample():
    found = {a.key: a for a in A.check(SAMPLE, RULES, as_of="data")}   # the data's last day: 2026-10-31
    stale = found["stale:own_douyin:2026-10-23"]
    assert "8 days before 2026-10-31" in stale.text
    duet = found["hot_post:own_douyin:own_douyin-00156"]
    assert duet.facts["interactions"] == 21_410 and duet.facts["multiple"] > 10 and "合拍" in duet.text  # usual: 90 days to 10-31
    drops = sorted(k for k in found if k.startswith("follower_drop:own_weibo"))
    daily = pd.read_csv(SAMPLE / "daily.csv", parse_dates=["date"])
    weibo = daily[(daily["account_id"] == "own_weibo") & daily["date"].between("2026-10-20", "2026-10-31")]
    losing = weibo[(weibo["followers_gained"] - weibo["followers_lost"]) < -0.001 * weibo["followers"]]
    assert drops == [f"follower_drop:own_weibo:{d:%Y-%m-%d}" for d in losing["date"]] and drops
    assert not any(k.startswith("follower_drop:own_wechat") for k in found)       # WeChat grew every day


def test_each_alert_is_sent_once_and_again_only_if_a_channel_missed_it(tmp_path, monkeypatch):
    rules = A.AlertRules("0 * * * *", days=2, stale_days=2)
    found = A.check(SAMPLE, rules, as_of="data")  # the data does not change between the checks: read it once
    monkeypatch.setattr(A, "check", lambda *args, **kwargs: found)
    with HTTPServer(status=[500, 500, 500, 200]) as http:
        delivery = Delivery(webhooks=(Webhook("ops", "json", http.url),), retries=3, timeout=2)
        first = A.run(SAMPLE, tmp_path, rules, delivery, as_of="data", log=lambda line: None)  # the channel is down
        assert first and len(http.received) == 3 and not (tmp_path / ".alerts-sent.json").exists()
        second = A.run(SAMPLE, tmp_path, rules, delivery, as_of="data", log=lambda line: None)  # it is back: sent now
        third = A.run(SAMPLE, tmp_path, rules, delivery, as_of="data", log=lambda line: None)   # nothing new
    assert [a.key for a in second] == [a.key for a in first] and third == []
    assert len(http.received) == 4 and http.received[-1].body["alerts"][0]["rule"] == "stale"


def test_the_scheduler_fires_the_check_beside_the_jobs(tmp_path, monkeypatch):
    path = tmp_path / "reports.toml"
    path.write_text(f'[defaults]\ndata_dir = "{SAMPLE}"\noutput = "out"\n\n[jobs.a]\nnotebook = "account_audit"\n'
                    f'schedule = "0 9 1 * *"\n\n[alerts]\nschedule = "0 * * * *"\nstale_days = 3\n', encoding="utf-8")
    cfg = load_config(path)
    assert cfg.alerts.stale_days == 3 and cfg.alerts.hot_k == 3.0
    scheduler = Scheduler(cfg, lambda jobs: None)
    assert [j.name for j in scheduler.scheduled] == ["a", "alerts"]
    checked, rendered = [], []
    monkeypatch.setattr(cli, "_check_alerts", lambda cfg, dry_run=False: checked.append(cfg) or [])
    monkeypatch.setattr(cli, "_run_jobs", lambda cfg, jobs, stop=None: rendered.append([j.name for j in jobs]) or 0)
    cli._run_scheduled(cfg, [scheduler.scheduled[1]], None)
    cli._run_scheduled(cfg, scheduler.scheduled, None)
    assert len(checked) == 2 and rendered == [["a"]]


@pytest.mark.parametrize("table, message", [
    ("[alerts]\nhot_k = 2\n", "missing key 'schedule'"),
    ('[alerts]\nschedule = "hourly"\n', "not a cron expression"),
    ('[alerts]\nschedule = "0 * * * *"\ndrop_share = 5\n', "below 1"),
    ('[alerts]\nschedule = "0 * * * *"\nthreshold = 5\n', "unknown key"),
])
def test_a_bad_alerts_table_is_refused_with_its_line(tmp_path, table, message):
    path = tmp_path / "reports.toml"
    path.write_text(f'[defaults]\ndata_dir = "{SAMPLE}"\n\n[jobs.a]\nnotebook = "account_audit"\n\n{table}', encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_counted_from_the_data_the_check_reads_the_data_around_its_last_day_whatever_today_is(sample_store):
    later = A.check(sample_store, RULES, as_of="data", today=pd.Timestamp("2027-06-01"))  # a store reads a window
    assert "stale:own_douyin:2026-10-23" in {a.key for a in later}
