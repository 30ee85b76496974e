"""Delivery to local servers that record what arrives: mail, the chat robots' webhooks, retries, limits, secrets."""
from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import hmac
import json
import urllib.parse
from pathlib import Path

import pytest
from servers import HTTPServer, SMTPServer, free_port

from socialops.batch import deliver as D
from socialops.batch.config import ConfigError, load_config

from conftest import SAMPLE

DIGEST = {"notebook": "weekly_review", "title": "Weekly review", "period": {"label": "week 43 of 2026"},
          "executive_summary": {"moved": ["Hot post on 抖音号: “合拍”, 12.0× the account's usual post."],
                                "next": ["微博号 is behind on reads: the 6 days left need 28,324 a day."]},
          "hot_posts": [{"post_id": "p1", "account": "dy", "title": "合拍", "multiple": 12.0}]}


@pytest.fixture
def reports(tmp_path) -> list[D.Report]:
    (tmp_path / "weekly_review" / "own").mkdir(parents=True)
    digest = tmp_path / "weekly_review" / "own" / "2026-W43.html"
    digest.write_text("<html><body>digest</body></html>", encoding="utf-8")
    digest.with_suffix(".json").write_text(json.dumps(DIGEST), encoding="utf-8")
    other = tmp_path / "account_audit" / "a" / "2026-10.html"
    other.parent.mkdir(parents=True)
    other.write_text("<html></html>", encoding="utf-8")
    other.with_suffix(".json").write_text("{}", encoding="utf-8")
    failed = D.Report("audit/b/2026-10", tmp_path / "account_audit" / "b" / "2026-10.html", False,
                      "the period 2026-10-01 – 2026-10-31 has no data for b\nTraceback (most recent call last): ...")
    return [D.Report("weekly_review/own/2026-W43", digest, True), D.Report("audit/a/2026-10", other, True), failed]


def test_mail_and_every_kind_of_webhook_get_the_summary(tmp_path, reports, monkeypatch):
    monkeypatch.setenv("FEISHU_SECRET", "s3cret-feishu")
    monkeypatch.setenv("DING_SECRET", "s3cret-ding")
    with SMTPServer() as smtp, HTTPServer() as http:
        delivery = D.Delivery(
            D.Email("127.0.0.1", smtp.port, "none", "socialops@example.test", ("ops@example.test",)),
            (D.Webhook("wecom", "wecom", http.url + "/wecom?key=abc"), D.Webhook("feishu", "feishu", http.url + "/feishu",
                                                                                 secret_env="FEISHU_SECRET"),
             D.Webhook("ding", "dingtalk", http.url + "/ding?access_token=t", secret_env="DING_SECRET"),
             D.Webhook("json", "json", http.url + "/json")), retries=1, timeout=5)
        summary = D.summarize(reports, tmp_path, title="socialops")
        sent = D.deliver(delivery, summary, log=lambda line: None)
    assert all(s.ok for s in sent) and len(sent) == 5
    # mail: the status, the failure's first line only, the digest's summary, and the digest attached
    (_, rcpt, raw), = smtp.box.messages
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert rcpt == ["ops@example.test"] and message["Subject"] == "socialops: 1 of 3 reports failed; 2 rendered."
    text = next(p for p in message.walk() if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
    assert "- audit/b/2026-10: the period 2026-10-01 – 2026-10-31 has no data for b" in text and "Traceback" not in text
    assert "12.0× the account's usual post" in text and "weekly_review/own/2026-W43.html" in text
    assert [p.get_filename() for p in message.walk() if p.get_filename()] == ["2026-W43.html"]
    by_path = {r.path.split("?")[0]: r for r in http.received}
    wecom = by_path["/wecom"].body
    assert wecom["msgtype"] == "markdown" and "behind on reads" in wecom["markdown"]["content"]
    feishu = by_path["/feishu"].body   # Feishu: HMAC-SHA256 keyed by "timestamp\nsecret" over nothing, in the body
    expected = base64.b64encode(hmac.new(f"{feishu['timestamp']}\ns3cret-feishu".encode(), b"", hashlib.sha256).digest()).decode()
    assert feishu["sign"] == expected and feishu["msg_type"] == "text"
    ding = by_path["/ding"]            # DingTalk: HMAC-SHA256 of "timestamp\nsecret" keyed by the secret, in the URL
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(ding.path).query)
    stamp = query["timestamp"][0]
    sign = base64.b64encode(hmac.new(b"s3cret-ding", f"{stamp}\ns3cret-ding".encode(), hashlib.sha256).digest()).decode()
    assert query["sign"][0] == sign and query["access_token"] == ["t"] and ding.body["msgtype"] == "markdown"
    generic = by_path["/json"].body
    assert generic["failed"] == [{"report": "audit/b/2026-10", "error": "the period 2026-10-01 – 2026-10-31 has no data for b"}]
    assert generic["hot_posts"] == DIGEST["hot_posts"] and generic["rendered"] == 2


def test_a_dead_server_and_a_failing_webhook_are_retried_a_bounded_number_of_times_and_logged(tmp_path, reports):
    logged, waits = [], []
    with HTTPServer(status=[500, 500, 200]) as flaky, HTTPServer(status=403) as refusing:
        delivery = D.Delivery(D.Email("127.0.0.1", free_port(), "none", "a@example.test", ("b@example.test",)),
                              (D.Webhook("flaky", "json", flaky.url), D.Webhook("refusing", "wecom", refusing.url)),
                              retries=3, timeout=2)
        sent = D.deliver(delivery, D.summarize(reports, tmp_path), log=logged.append, sleep=waits.append)
    mail, flaky_sent, refused = sent
    assert not mail.ok and mail.attempts == 3 and "cannot reach the server" in mail.error
    assert flaky_sent.ok and flaky_sent.attempts == 3 and len(flaky.received) == 3
    assert not refused.ok and refused.error == "HTTP 403 Forbidden" and len(refusing.received) == 3
    assert waits == [0.5, 1.0] * 3 and any("delivery to email failed after 3 attempt(s)" in line for line in logged)


def test_a_robot_answering_an_error_code_is_a_failure(tmp_path, reports):
    with HTTPServer(answer={"errcode": 93000, "errmsg": "invalid webhook url"}) as http:
        delivery = D.Delivery(webhooks=(D.Webhook("team", "wecom", http.url),), retries=1)
        (sent,) = D.deliver(delivery, D.summarize(reports, tmp_path), log=lambda line: None)
    assert not sent.ok and "93000" in sent.error


def test_messages_fit_the_services_limits():
    long = D.Summary("socialops", 300, [], 300, links=[(f"job/account_{i}/2026-W43", f"a/{'长' * 40}/{i}.html") for i in range(300)])
    wecom = D.payload(D.Webhook("w", "wecom", "http://x"), long)["markdown"]["content"]
    assert len(wecom.encode("utf-8")) <= 4096 and wecom.endswith("more lines)")
    ding = D.payload(D.Webhook("d", "dingtalk", "http://x"), long)["markdown"]["text"]
    assert len(ding.encode("utf-8")) <= 20000


def test_a_dry_run_prints_each_message_and_no_secret(tmp_path, reports, monkeypatch, capsys):
    monkeypatch.setenv("HOOK_URL", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET-KEY-123")
    monkeypatch.setenv("SMTP_PASSWORD", "SECRET-PASSWORD")
    delivery = D.Delivery(D.Email("smtp.example.test", 587, "starttls", "a@example.test", ("b@example.test",),
                                  "SMTP_USER", "SMTP_PASSWORD"), (D.Webhook("team", "wecom", url_env="HOOK_URL"),))
    sent = D.deliver(delivery, D.summarize(reports, tmp_path), dry_run=True)
    out = capsys.readouterr().out
    assert all(s.ok and s.attempts == 0 for s in sent)
    assert "would send to email" in out and "would send to webhook team" in out and "1 of 3 reports failed" in out
    assert "SECRET" not in out and "qyapi.weixin.qq.com/cgi-bin/webhook/send?…" in out


@pytest.mark.parametrize("table, message", [
    ('[delivery.email]\nhost = "h"\nfrom = "a@b.c"\nto = ["x@y.z"]\npassword = "hunter2"\n', "password_env"),
    ('[delivery.email]\nhost = "h"\nfrom = "a@b.c"\nto = ["x@y.z"]\nsecurity = "tls"\n', "expected one of none, starttls, ssl"),
    ('[delivery.webhooks.team]\nkind = "slack"\nurl = "https://x"\n', "expected one of wecom, feishu, dingtalk, json"),
    ('[delivery.webhooks.team]\nkind = "feishu"\nurl = "https://x"\nsecret = "s"\n', "secret_env"),
])
def test_a_bad_delivery_table_is_refused_with_its_line(tmp_path, table, message):
    path = tmp_path / "reports.toml"
    path.write_text(f'[defaults]\ndata_dir = "{SAMPLE}"\n\n[jobs.a]\nnotebook = "account_audit"\n\n{table}', encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(path)
    assert ", line " in str(caught.value)


def test_the_shipped_config_has_no_delivery_until_one_is_written():
    assert load_config(Path(__file__).resolve().parents[2] / "reports.toml").delivery is None
