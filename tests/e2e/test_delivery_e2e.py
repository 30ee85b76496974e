"""A scheduled run delivers the Monday digest to local mail and webhook servers, with a failing report reported."""
from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

from servers import HTTPServer, SMTPServer

from socialops import cli
from socialops.batch.config import load_config
from socialops.batch.scheduler import Scheduler

from conftest import SAMPLE


def test_a_scheduled_run_delivers_the_digest_and_its_failures(tmp_path):
    with SMTPServer() as smtp, HTTPServer() as http:
        path = tmp_path / "reports.toml"
        path.write_text(f'''[defaults]
data_dir = "{SAMPLE}"
output = "out"
as_of = "data"
workers = 1

[jobs.digest]
notebook = "weekly_review"
period = "last_week"
schedule = "0 8 * * MON"

[jobs.broken]
notebook = "content_performance"
accounts = ["comp_a"]
period = {{ start = "2020-01-01", end = "2020-01-31" }}
schedule = "0 8 * * MON"

[delivery]
retries = 2

[delivery.email]
host = "127.0.0.1"
port = {smtp.port}
security = "none"
from = "socialops@example.test"
to = ["ops@example.test"]

[delivery.webhooks.team]
kind = "wecom"
url = "{http.url}/wecom"

[delivery.webhooks.archive]
kind = "json"
url = "{http.url}/json"
''', encoding="utf-8")
        cfg = load_config(path)
        scheduler = Scheduler(cfg, lambda jobs: cli._run_jobs(cfg, jobs, stop=scheduler.stop_event))
        now = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
        scheduler.fire(scheduler.missed(now), now, "test")
    (_, _, raw), = smtp.box.messages
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["Subject"].endswith("1 of 2 reports failed; 1 rendered.")
    text = next(p for p in message.walk() if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
    assert "- broken/comp_a/2020-01: " in text and "Traceback" not in text
    assert "茶语时光抖音号's data ends Oct 23" in text and "和@茶小白 合拍" in text      # the digest's summary and hot post
    assert [p.get_filename() for p in message.walk() if p.get_filename()] == ["2026-W43.html"]
    by_path = {r.path: r.body for r in http.received}
    assert "1 of 2 reports failed" in by_path["/wecom"]["markdown"]["content"]
    archive = by_path["/json"]
    assert archive["hot_posts"][0]["post_id"] == "own_douyin-00156" and archive["reports"] == ["weekly_review/own/2026-W43.html"]
    assert (tmp_path / "out" / "index.html").exists()
