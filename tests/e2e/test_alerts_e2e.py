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


def _voice_folder(root):
    """One own Weibo account, 40 days of comments: 25 a day, 2 of them negative, until a day on which 12 of 25 turn
    negative (10-20), a day of 90 comments (10-25), and a complaint the account never answers (10-27 10:00) beside
    one it answers within the hour."""
    root.mkdir()
    (root / "accounts.csv").write_text("account_id,platform,name,role,platform_user_id\nw1,weibo,茶语微博,own,brand-1\n",
                                       encoding="utf-8")
    days = pd.date_range("2026-09-20", "2026-10-30")
    (root / "daily.csv").write_text("date,account_id,followers\n" + "".join(f"{d:%Y-%m-%d},w1,1000\n" for d in days),
                                    encoding="utf-8")
    rows = []
    for day in days:
        negative = 12 if day == pd.Timestamp("2026-10-20") else 2
        count = 90 if day == pd.Timestamp("2026-10-25") else 25
        for i in range(count):
            text = "太难喝了，踩雷" if i < negative else "好喝好喝，回购了😍"
            rows.append((f"{day:%m%d}-{i}", day + pd.Timedelta(hours=9, minutes=i), text, f"fan-{i}", ""))
    rows += [("late", pd.Timestamp("2026-10-27 10:00"), "等了十天还没发货，要退款", "fan-x", ""),
             ("quick", pd.Timestamp("2026-10-27 10:05"), "退款申请还没处理", "fan-y", ""),
             ("reply", pd.Timestamp("2026-10-27 10:40"), "已为您处理", "brand-1", "quick")]
    frame = pd.DataFrame(rows, columns=["comment_id", "created_at", "text", "author", "parent_id"])
    frame.assign(post_id="p1", account_id="w1").to_csv(root / "comments.csv", index=False)
    (root / "posts.csv").write_text("post_id,account_id,published_at,title\np1,w1,2026-09-20 08:00,开业\n", encoding="utf-8")
    return root


def test_the_audience_rules_fire_once_each_on_the_day_they_would_have(tmp_path):
    folder = _voice_folder(tmp_path / "voice")
    rules = A.AlertRules("0 * * * *", days=1, min_comments=20, negative_k=3.0, volume_k=3.0, complaint_hours=24)
    fired = A.backtest(folder, rules, 20, as_of="data")  # the data's last day: 2026-10-30
    by_rule = {(alert.rule, f"{day:%m-%d}") for day, alert in fired}
    assert by_rule == {("negative_share", "10-20"), ("comment_spike", "10-25"), ("unanswered_complaint", "10-28")}
    negative = next(a for _, a in fired if a.rule == "negative_share")
    assert negative.facts["negative_share"] == 12 / 25 and "踩雷" in negative.text and "太难喝了" in negative.text
    complaint = next(a for _, a in fired if a.rule == "unanswered_complaint")
    assert complaint.key == "complaint:w1:late" and "等了十天还没发货" in complaint.text  # the answered one never fires
    # checked on the last day, the complaint still waits (its key keeps it from being sent twice); the days are past
    assert [a.key for a in A.check(folder, rules, as_of="data")] == ["complaint:w1:late"]


def test_backtest_from_the_command_line(tmp_path, capsys):
    folder = _voice_folder(tmp_path / "voice")
    config = tmp_path / "reports.toml"
    config.write_text(f'[defaults]\ndata_dir = "{folder}"\noutput = "{tmp_path / "out"}"\nas_of = "data"\n'
                      '[jobs.audit]\nnotebook = "account_audit"\naccounts = "own"\nperiod = "last_month"\nschedule = "0 9 1 * *"\n'
                      '[alerts]\nschedule = "0 * * * *"\nmin_comments = 20\n', encoding="utf-8")
    assert cli.main(["alerts", "--config", str(config), "--backtest", "20"]) == 0
    out = capsys.readouterr().out
    assert "2026-10-20  negative_share" in out and "would have fired over 20 day(s)" in out
    assert not (tmp_path / "out" / ".alerts-sent.json").exists()  # nothing sent, nothing remembered
    assert cli.main(["alerts", "--config", str(config), "--backtest", "0"]) == 1
    assert "--backtest takes 1 to 366 days" in capsys.readouterr().err
