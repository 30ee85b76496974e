"""After a run: a summary to each configured channel (mail over SMTP; WeCom, Feishu, DingTalk or any JSON webhook).

What is sent: how many reports rendered and failed (each failure with its first error line), the digest's
executive summary and hot posts, and links to the reports (or, by mail, the digest's HTML attached). A channel
that fails (server down, refused, timed out) is retried a bounded number of times and logged; delivery never
fails or blocks the rendering. Secrets (SMTP passwords, signing secrets, webhook keys) come only from the
environment variables the config names and never appear in what is printed or logged.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import smtplib
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

from socialops import catalog

KINDS = ("wecom", "feishu", "dingtalk", "json")
SECURITY = ("none", "starttls", "ssl")
LIMITS = {"wecom": 4000, "feishu": 4000, "dingtalk": 18000, "json": 60000, "email": 200000}  # characters, under each
# service's published message limits (WeCom markdown 4,096 bytes of UTF-8: Chinese text is sent shorter, see _fit)
ATTACH_LIMIT = 10 * 1024 * 1024


@dataclass(frozen=True)
class Email:
    host: str
    port: int
    security: str
    sender: str
    to: tuple[str, ...]
    user_env: str | None = None        # names of environment variables, never the values
    password_env: str | None = None
    attach: bool = True                # the digest's HTML attached (under ATTACH_LIMIT)


@dataclass(frozen=True)
class Webhook:
    name: str
    kind: str
    url: str | None = None
    url_env: str | None = None         # a URL that carries its key (WeCom's) is better kept in the environment
    secret_env: str | None = None      # Feishu and DingTalk signing secrets


@dataclass(frozen=True)
class Delivery:
    email: Email | None = None
    webhooks: tuple[Webhook, ...] = ()
    retries: int = 3
    timeout: float = 10.0
    base_url: str | None = None        # where the reports folder is published; links are relative paths without it

    @property
    def channels(self) -> list[str]:
        return (["email"] if self.email else []) + [f"webhook {w.name}" for w in self.webhooks]


# ---------------------------------------------------------------- what is sent

@dataclass
class Report:
    label: str                 # job/subject/period
    path: Path                 # the HTML page (or its failed page)
    ok: bool
    error: str | None = None


@dataclass
class Summary:
    title: str
    rendered: int
    failed: list[Report]
    total: int
    digest: dict | None = None          # the weekly review's JSON, when the run made one
    digest_html: Path | None = None
    links: list[tuple[str, str]] = field(default_factory=list)  # (label, href)

    def lines(self) -> list[str]:
        """The message as plain lines, most important first (what is cut to fit a service's limit is the end)."""
        out = [self.title, self.status()]
        out += [f"- {r.label}: {(r.error or 'failed').strip().splitlines()[0][:300]}" for r in self.failed]
        if self.digest:
            summary = self.digest.get("executive_summary", {})
            moved, actions = summary.get("moved", []), summary.get("next", [])
            if moved or actions:
                out += ["", self.digest.get("title", "Weekly review") + f" · {self.digest.get('period', {}).get('label', '')}"]
                out += [f"- {line}" for line in [*moved, *actions]]
            hot = self.digest.get("hot_posts") or []
            if hot:
                out += ["", "Hot posts:"] + [f"- {h.get('title') or h['post_id']} ({h['account']}): {h['multiple']:.1f}×"
                                             for h in hot[:5] if h.get("multiple") is not None]
        if self.links:
            out += ["", "Reports:"] + [f"- {label}: {href}" for label, href in self.links]
        return out

    def as_json(self) -> dict:
        """The generic webhook's body: the same facts as fields."""
        return {"title": self.title, "status": self.status(), "rendered": self.rendered, "total": self.total,
                "failed": [{"report": r.label, "error": (r.error or "").strip().splitlines()[0][:300] if r.error else None}
                           for r in self.failed],
                "executive_summary": (self.digest or {}).get("executive_summary"),
                "hot_posts": (self.digest or {}).get("hot_posts", []), "reports": [href for _, href in self.links],
                "text": _fit(self.lines(), LIMITS["json"])}

    def status(self) -> str:
        if self.failed:
            return f"{len(self.failed)} of {self.total} reports failed; {self.rendered} rendered."
        return f"{self.rendered} of {self.total} reports rendered."


def summarize(reports: list[Report], output: Path, base_url: str | None = None, title: str = "socialops") -> Summary:
    """The run's summary: counts, failures, the digest (the weekly review's JSON among the reports) and links."""
    ok = [r for r in reports if r.ok]
    digests = {spec.name for spec in catalog.WORKBOOKS if spec.subject_kind == "accounts"}  # a report on every account
    digest, digest_html = None, None
    for r in ok:
        data = _json_of(r.path)
        if data and data.get("notebook") in digests:
            digest, digest_html = data, r.path
            break
    links = [(r.label, _href(r.path, output, base_url)) for r in ok]
    return Summary(title, len(ok), [r for r in reports if not r.ok], len(reports), digest, digest_html, links)




def _json_of(html: Path) -> dict | None:
    try:
        return json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _href(path: Path, output: Path, base_url: str | None) -> str:
    try:
        relative = path.resolve().relative_to(output.resolve()).as_posix()
    except ValueError:
        relative = path.name
    return f"{base_url.rstrip('/')}/{relative}" if base_url else relative


def _fit(lines: list[str], limit: int, byte_limit: int | None = None) -> str:
    """Whole lines up to the limit (characters, and UTF-8 bytes where a service counts bytes), then how many were cut."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        text = "\n".join([*kept, line])
        if len(text) > limit or (byte_limit and len(text.encode("utf-8")) > byte_limit):
            kept.append(f"… ({len(lines) - i} more lines)")
            break
        kept.append(line)
    return "\n".join(kept)


# ---------------------------------------------------------------- payloads

class Message(Protocol):
    """What a channel sends: a run's :class:`Summary`, or a batch of alerts."""

    title: str
    digest_html: Path | None

    def lines(self) -> list[str]: ...
    def status(self) -> str: ...
    def as_json(self) -> dict: ...


def payload(hook: Webhook, summary: Message) -> dict:
    """The body a service expects, within its limits."""
    if hook.kind == "json":  # the facts as fields
        return summary.as_json()
    lines = summary.lines()
    if hook.kind == "wecom":  # 企业微信 group robot: markdown, at most 4,096 bytes
        return {"msgtype": "markdown", "markdown": {"content": _fit(lines, LIMITS["wecom"], 4000)}}
    if hook.kind == "feishu":  # Feishu/Lark bot: text
        return {"msg_type": "text", "content": {"text": _fit(lines, LIMITS["feishu"], 18000)}}
    # DingTalk robot: markdown, at most 20,000 bytes
    return {"msgtype": "markdown", "markdown": {"title": summary.title, "text": _fit(lines, LIMITS["dingtalk"], 19000)}}


def email_message(channel: Email, summary: Message) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = f"{summary.title}: {summary.status()}"
    message["From"] = channel.sender
    message["To"] = ", ".join(channel.to)
    message.set_content(_fit(summary.lines(), LIMITS["email"]))
    html = summary.digest_html
    if channel.attach and html is not None and html.exists() and html.stat().st_size <= ATTACH_LIMIT:
        message.add_attachment(html.read_bytes(), maintype="text", subtype="html", filename=html.name)
    return message


def _signed(hook: Webhook, url: str, body: dict, now: float) -> tuple[str, dict]:
    """Feishu signs in the body, DingTalk in the URL (HMAC-SHA256 of the timestamp and the secret)."""
    secret = os.environ.get(hook.secret_env or "", "") if hook.secret_env else ""
    if not secret:
        return url, body
    if hook.kind == "feishu":
        stamp = str(int(now))
        sign = base64.b64encode(hmac.new(f"{stamp}\n{secret}".encode(), b"", hashlib.sha256).digest()).decode()
        return url, {"timestamp": stamp, "sign": sign, **body}
    if hook.kind == "dingtalk":
        stamp = str(int(now * 1000))
        digest = hmac.new(secret.encode(), f"{stamp}\n{secret}".encode(), hashlib.sha256).digest()
        sign = urllib.parse.quote_plus(base64.b64encode(digest).decode())
        return f"{url}{'&' if '?' in url else '?'}timestamp={stamp}&sign={sign}", body
    return url, body


def redacted(url: str) -> str:
    """A URL as it may be printed: no query string (WeCom's key, DingTalk's token) and no password."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return urllib.parse.urlunsplit((parts.scheme, host + port, parts.path, "…" if parts.query else "", ""))


# ---------------------------------------------------------------- sending

@dataclass
class Sent:
    channel: str
    ok: bool
    attempts: int
    error: str | None = None


def deliver(delivery: Delivery, summary: Message, dry_run: bool = False, log: Callable[[str], None] = print,
            sleep: Callable[[float], None] = time.sleep) -> list[Sent]:
    """Send ``summary`` to every channel; returns what happened to each. Never raises."""
    results = []
    for name, send, show in _channels(delivery, summary):
        if dry_run:
            log(f"would send to {name}:\n{show}")
            results.append(Sent(name, True, 0))
            continue
        results.append(_with_retries(name, send, delivery.retries, log, sleep))
    return results


def _channels(delivery: Delivery, summary: Message):
    if delivery.email:
        channel = delivery.email
        message = email_message(channel, summary)
        shown = (f"SMTP {channel.host}:{channel.port} ({channel.security}) from {channel.sender} to {', '.join(channel.to)}\n"
                 f"Subject: {message['Subject']}\n\n{_fit(summary.lines(), LIMITS['email'])}"
                 + (f"\n[attached: {summary.digest_html.name}]" if any(True for _ in message.iter_attachments()) and summary.digest_html
                    else ""))
        yield "email", lambda: _smtp(channel, message, delivery.timeout), shown
    for hook in delivery.webhooks:
        body = payload(hook, summary)
        url = hook.url or os.environ.get(hook.url_env or "", "")
        shown = f"POST {redacted(url) if url else '(no url: ' + str(hook.url_env) + ' is not set)'}\n" + \
            json.dumps(body, ensure_ascii=False, indent=1)
        yield f"webhook {hook.name}", lambda hook=hook, body=body, url=url: _post(hook, url, body, delivery.timeout), shown


def _with_retries(name: str, send: Callable[[], None], retries: int, log, sleep) -> Sent:
    error = None
    for attempt in range(1, max(retries, 1) + 1):
        try:
            send()
            log(f"delivered to {name}" + (f" (attempt {attempt})" if attempt > 1 else ""))
            return Sent(name, True, attempt)
        except Exception as exc:  # noqa: BLE001 - any failure of a channel is logged, never raised into the run
            error = _reason(exc)
            if attempt < retries:
                sleep(0.5 * 2 ** (attempt - 1))
    log(f"delivery to {name} failed after {max(retries, 1)} attempt(s): {error}")
    return Sent(name, False, max(retries, 1), error)


def _reason(exc: Exception) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        return f"cannot reach the server ({exc.reason})"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return "the SMTP server refused the user and password"
    if isinstance(exc, (ConnectionError, TimeoutError, OSError)):
        return f"cannot reach the server ({exc.__class__.__name__}: {exc})"
    return f"{exc.__class__.__name__}: {exc}"


def _smtp(channel: Email, message: EmailMessage, timeout: float) -> None:
    user = os.environ.get(channel.user_env or "") if channel.user_env else None
    password = os.environ.get(channel.password_env or "") if channel.password_env else None
    if channel.security == "ssl":
        server: smtplib.SMTP = smtplib.SMTP_SSL(channel.host, channel.port, timeout=timeout, context=ssl.create_default_context())
    else:
        server = smtplib.SMTP(channel.host, channel.port, timeout=timeout)
    with server:
        if channel.security == "starttls":
            server.starttls(context=ssl.create_default_context())
        if user and password:
            server.login(user, password)
        server.send_message(message)


def _post(hook: Webhook, url: str, body: dict, timeout: float) -> None:
    if not url:
        raise ValueError(f"no URL: set {hook.url_env}")
    url, body = _signed(hook, url, body, time.time())
    request = urllib.request.Request(url, data=json.dumps(body, ensure_ascii=False).encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the configured webhook
        answer = response.read(65536)
    _check_answer(hook, answer)


def _check_answer(hook: Webhook, answer: bytes) -> None:
    """The chat services answer 200 with an error code in the body (a bad key, a failed signature)."""
    if hook.kind == "json":
        return
    try:
        data: Any = json.loads(answer or b"{}")
    except ValueError:
        return
    code = data.get("errcode", data.get("code", data.get("StatusCode", 0))) if isinstance(data, dict) else 0
    if code not in (0, None):
        raise RuntimeError(f"{hook.kind} answered error {code}: {data.get('errmsg') or data.get('msg') or ''}".strip())


# ---------------------------------------------------------------- the config's [delivery] table

class DeliveryError(ValueError):
    """A [delivery] table that cannot be used; the message names the key."""


def parse(raw: dict) -> Delivery:
    """``[delivery]`` of reports.toml: ``email`` and ``webhooks.<name>`` tables, each optional."""
    known = {"email", "webhooks", "retries", "timeout", "base_url"}
    for key in raw:
        if key not in known:
            raise DeliveryError(f"delivery.{key}: unknown key (expected one of: {', '.join(sorted(known))})")
    email = _email(raw["email"]) if "email" in raw else None
    hooks = tuple(_webhook(name, spec) for name, spec in (raw.get("webhooks") or {}).items())
    retries, timeout = raw.get("retries", 3), raw.get("timeout", 10)
    if not (isinstance(retries, int) and 1 <= retries <= 10):
        raise DeliveryError("delivery.retries: expected a whole number from 1 to 10")
    if not (isinstance(timeout, (int, float)) and 0 < timeout <= 120):
        raise DeliveryError("delivery.timeout: expected seconds, above 0 and at most 120")
    base = raw.get("base_url")
    if base is not None and not (isinstance(base, str) and base.startswith(("http://", "https://"))):
        raise DeliveryError("delivery.base_url: expected an http(s) address where the reports folder is published")
    return Delivery(email, hooks, retries, float(timeout), base)


SECRET_KEYS = ("password", "secret", "token", "key")


def _email(spec: dict) -> Email:
    known = {"host", "port", "security", "from", "to", "user_env", "password_env", "attach"}
    for key in spec:
        if key not in known:
            hint = " (name the environment variable that holds it: password_env)" if key in ("password", "user") else ""
            raise DeliveryError(f"delivery.email.{key}: unknown key{hint} (expected one of: {', '.join(sorted(known))})")
    for key in ("host", "from", "to"):
        if key not in spec:
            raise DeliveryError(f"delivery.email: missing key '{key}'")
    security = spec.get("security", "starttls")
    if security not in SECURITY:
        raise DeliveryError(f"delivery.email.security: expected one of {', '.join(SECURITY)}, got {security!r}")
    to = spec["to"]
    if not (isinstance(to, list) and to and all(isinstance(a, str) and "@" in a for a in to)):
        raise DeliveryError("delivery.email.to: expected a list of addresses")
    port = spec.get("port", {"none": 25, "starttls": 587, "ssl": 465}[security])
    if not (isinstance(port, int) and 0 < port < 65536):
        raise DeliveryError("delivery.email.port: expected a port number")
    return Email(str(spec["host"]), port, security, str(spec["from"]), tuple(to), spec.get("user_env"), spec.get("password_env"),
                 bool(spec.get("attach", True)))


def _webhook(name: str, spec: dict) -> Webhook:
    known = {"kind", "url", "url_env", "secret_env"}
    for key in spec:
        if key not in known:
            hint = " (name the environment variable that holds it: secret_env)" if key in SECRET_KEYS else ""
            raise DeliveryError(f"delivery.webhooks.{name}.{key}: unknown key{hint} (expected one of: {', '.join(sorted(known))})")
    kind = spec.get("kind")
    if kind not in KINDS:
        raise DeliveryError(f"delivery.webhooks.{name}.kind: expected one of {', '.join(KINDS)}, got {kind!r}")
    url = spec.get("url")
    if (url is None) == (spec.get("url_env") is None):
        raise DeliveryError(f"delivery.webhooks.{name}: give url or url_env (the environment variable that holds it)")
    if url is not None and not (isinstance(url, str) and url.startswith(("http://", "https://"))):
        raise DeliveryError(f"delivery.webhooks.{name}.url: expected an http(s) address")
    return Webhook(name, kind, url, spec.get("url_env"), spec.get("secret_env"))
