"""The scheduler: due times and catch-up on a fake clock, the lock, a clean stop on SIGTERM."""
from __future__ import annotations

import json
import signal
import textwrap
from datetime import datetime, timedelta, timezone

import pytest

from socialops.batch.config import load_config
from socialops.batch.scheduler import ConfigLock, LockedError, Scheduler, crontab_lines, last_due, next_due

TZ = timezone(timedelta(hours=8))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
def cfg(tmp_path, sample_dir):
    path = tmp_path / "reports.toml"
    path.write_text(textwrap.dedent(f"""
        [defaults]
        data_dir = "{sample_dir}"
        output = "{tmp_path / 'out'}"
        as_of = "data"
        [jobs.weekly]
        notebook = "account_audit"
        accounts = ["own_weibo"]
        schedule = "0 9 * * MON"
        [jobs.daily]
        notebook = "content_performance"
        accounts = ["own_weibo"]
        period = "yesterday"
        schedule = "30 8 * * *"
        [jobs.manual]
        notebook = "account_audit"
        accounts = ["own_wechat"]
        """), encoding="utf-8")
    return load_config(path)


def test_due_times():
    assert next_due("0 9 * * MON", at("2026-11-22 12:00")) == at("2026-11-23 09:00")  # Sunday -> Monday
    assert last_due("0 9 * * MON", at("2026-11-22 12:00")) == at("2026-11-16 09:00")
    assert next_due("30 8 * * *", at("2026-11-23 08:30")) == at("2026-11-24 08:30")


class FakeClock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_catch_up_once_then_on_schedule(cfg):
    clock = FakeClock(at("2026-11-23 10:00"))  # Monday, after both jobs were due
    fired: list[list[str]] = []
    scheduler = Scheduler(cfg, lambda jobs: fired.append([j.name for j in jobs]), clock=clock)
    assert [j.name for j in scheduler.missed(clock())] == ["weekly", "daily"]  # never ran: both missed

    def run_jobs(jobs):
        fired.append([j.name for j in jobs])
        clock.now += timedelta(minutes=5)  # rendering takes time
        if len(fired) == 3:
            scheduler.stop()

    scheduler.run_jobs = run_jobs
    original_wait = scheduler.stop_event.wait

    def wait(seconds):  # the fake clock jumps to the next due time instead of sleeping
        clock.now = scheduler.next_wake(clock.now)
        return original_wait(0)

    scheduler.stop_event.wait = wait
    scheduler.run_forever()
    assert fired == [["weekly", "daily"], ["daily"], ["daily"]]  # one catch-up, then Tue and Wed 08:30
    state = json.loads(scheduler.state_path.read_text())
    assert set(state) == {"weekly", "daily"}
    assert not Scheduler(cfg, lambda jobs: None, clock=FakeClock(at("2026-11-25 09:00"))).missed(at("2026-11-25 09:00"))


def test_a_run_missed_while_down_is_caught_up_once(cfg):
    scheduler = Scheduler(cfg, lambda jobs: None, clock=FakeClock(at("2026-11-23 10:00")))
    scheduler._remember(cfg.jobs[:2], at("2026-11-09 09:00"))  # last ran two weeks ago
    assert [j.name for j in scheduler.missed(at("2026-11-23 10:00"))] == ["weekly", "daily"]
    scheduler._remember(cfg.jobs[:2], at("2026-11-23 10:00"))
    assert scheduler.missed(at("2026-11-23 10:00")) == []


def test_lock_allows_one_scheduler_per_config(cfg):
    with ConfigLock(cfg.path), pytest.raises(LockedError, match="already running"), ConfigLock(cfg.path):
        pass
    with ConfigLock(cfg.path):  # released
        pass


def test_crontab_lines(cfg):
    lines = crontab_lines(cfg, python="/venv/bin/python")
    assert lines[1].startswith("0 9 * * MON cd ") and "--job weekly" in lines[1]
    assert len(lines) == 3  # the header and the two scheduled jobs


def test_a_run_stopped_part_way_is_caught_up_at_the_next_start(cfg):
    scheduler = Scheduler(cfg, lambda jobs: 128 + signal.SIGTERM, clock=FakeClock(at("2026-11-23 10:00")))
    scheduler.fire(cfg.jobs[:1], at("2026-11-23 10:00"), "scheduled")
    assert [j.name for j in scheduler.missed(at("2026-11-23 10:00"))] == ["weekly", "daily"]
    scheduler.run_jobs = lambda jobs: 1  # a report failed: that run is done, not caught up again
    scheduler.fire(cfg.jobs[:1], at("2026-11-23 10:00"), "scheduled")
    assert [j.name for j in scheduler.missed(at("2026-11-23 10:00"))] == ["daily"]
