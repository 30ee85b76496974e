"""Alerts between digests: a light check over the data that tells the team at once, and once, when something needs them.

Three rules over every own account, from ``[alerts]`` in reports.toml: a hot post (the weekly review's rule:
interactions above the account's 90-day median + k robust deviations) published in the last ``days``; a day whose
net follower loss is beyond ``drop_share`` of the account's followers; an export gone stale (the account's data
ends more than ``stale_days`` before the day the check counts from). Each alert has a key (rule, account, post or
day); the keys sent are kept in ``<output>/.alerts-sent.json``, so an alert goes out once however often the check runs.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from socialops import metrics as M
from socialops.atomic import write_text_atomic
from socialops.batch.deliver import Delivery, Sent, deliver
from socialops.data.coverage import last_day
from socialops.data.periods import Period
from socialops.data.source import open_source
from socialops.report.strings import shorten
from socialops.workbooks.weekly_review import analysis as review


@dataclass(frozen=True)
class AlertRules:
    schedule: str
    hot_k: float = review.HOT_K
    days: int = 2              # how far back a hot post or a follower drop still counts as news
    drop_share: float = 0.01   # a day's net loss above this share of the account's followers
    stale_days: int = 2


@dataclass(frozen=True)
class Alert:
    key: str                   # rule:account:what, what makes it the same alert the next time the check runs
    rule: str                  # hot_post, follower_drop, stale
    account: str
    text: str                  # what triggered it, in one line
    facts: dict = field(default_factory=dict)


def check(data_dir: Path, rules: AlertRules, as_of: str = "today", today: pd.Timestamp | None = None) -> list[Alert]:
    """Every alert the data raises now (sent or not)."""
    source = open_source(data_dir)
    accounts = source.directory().get("accounts")
    if accounts is None or accounts.empty:
        return []
    own = [str(a) for a in accounts.loc[accounts["role"] == "own", "account_id"]]
    ends = source.log_ends()  # the day counted from: today, or (as_of = "data") the own accounts' latest day
    logged = None if ends is None else ends.loc[ends["account_id"].isin(own), "date"].max()
    now = (today or pd.Timestamp.now()).normalize()
    day = pd.Timestamp(logged).normalize() if as_of == "data" and logged is not None and pd.notna(logged) else now
    data = source.read(own, since=day - pd.Timedelta(days=review.HOT_WINDOW_DAYS + 30))
    daily, posts = data.get("daily"), data.get("posts")
    names = accounts.set_index("account_id")["name"].to_dict()
    alerts = _stale(own, daily, posts, day, rules, names)
    recent = Period(day - pd.Timedelta(days=rules.days - 1), day)
    hot = review.hot_posts(posts, accounts, own, recent, rules.hot_k)
    for _, r in hot.posts.iterrows():
        alerts.append(Alert(f"hot_post:{r['account_id']}:{r['post_id']}", "hot_post", r["account_id"],
                            f"Hot post on {r['name']}: “{shorten(r['title'], 60, missing='')}”, {r['interactions']:,.0f} interactions, "
                            f"{r['multiple']:.1f}× its usual post ({r['usual']:,.0f}); rule: median + {rules.hot_k:g} robust deviations",
                            {"post_id": r["post_id"], "interactions": float(r["interactions"]), "multiple": float(r["multiple"])}))
    alerts += _drops(own, daily, recent, rules, names)
    return alerts


def _stale(own, daily, posts, day, rules: AlertRules, names: dict) -> list[Alert]:
    out = []
    for account in own:
        last = last_day(daily, posts, account)
        if last is not None and (day - last).days > rules.stale_days:
            out.append(Alert(f"stale:{account}:{last:%Y-%m-%d}", "stale", account,
                             f"{names.get(account, account)}'s data ends {last:%Y-%m-%d}, {(day - last).days} days before "
                             f"{day:%Y-%m-%d}: download its latest export (rule: more than {rules.stale_days} days)",
                             {"last_day": f"{last:%Y-%m-%d}"}))
    return out


def _drops(own, daily, recent: Period, rules: AlertRules, names: dict) -> list[Alert]:
    out = []
    if daily is None or daily.empty:
        return out
    for account in own:
        log = daily[daily["account_id"] == account].sort_values("date")
        if log.empty:
            continue
        net = M.daily_net_growth(log)
        followers = log["followers"].ffill()
        for index in log.index[recent.mask(pd.to_datetime(log["date"]))]:
            loss, base = net.get(index), followers.get(index)
            if M.is_missing(loss) or M.is_missing(base) or not base or loss >= 0 or -loss <= rules.drop_share * base:
                continue
            date = pd.Timestamp(log.loc[index, "date"])
            out.append(Alert(f"follower_drop:{account}:{date:%Y-%m-%d}", "follower_drop", account,
                             f"{names.get(account, account)} lost {-loss:,.0f} followers on balance on {date:%Y-%m-%d}, "
                             f"{-loss / base:.1%} of {base:,.0f} (rule: more than {rules.drop_share:.1%} in a day)",
                             {"date": f"{date:%Y-%m-%d}", "net": float(loss), "followers": float(base)}))
    return out


# ---------------------------------------------------------------- once each

@dataclass
class AlertBatch:
    """New alerts as a message the delivery channels take."""

    alerts: list[Alert]
    title: str = "socialops alert"
    digest_html: Path | None = None

    def status(self) -> str:
        return f"{len(self.alerts)} new alert(s)"

    def lines(self) -> list[str]:
        return [self.title, self.status(), *[f"- {a.text}" for a in self.alerts]]

    def as_json(self) -> dict:
        return {"title": self.title, "status": self.status(),
                "alerts": [{"key": a.key, "rule": a.rule, "account": a.account, "text": a.text, **a.facts} for a in self.alerts],
                "text": "\n".join(self.lines())}


def run(data_dir: Path, output: Path, rules: AlertRules, delivery: Delivery | None, as_of: str = "today",
        today: pd.Timestamp | None = None, dry_run: bool = False, log: Callable[[str], None] = print) -> list[Alert]:
    """Check, send what has not been sent, and remember it (only once every channel took it: a channel that
    was down gets the alert at the next check)."""
    state_path = output / ".alerts-sent.json"
    sent_before = _sent(state_path)
    new = [a for a in check(data_dir, rules, as_of, today) if a.key not in sent_before]
    if not new:
        log("no new alerts")
        return []
    for alert in new:
        log(f"alert: {alert.text}")
    results: list[Sent] = deliver(delivery, AlertBatch(new), dry_run=dry_run, log=log) if delivery is not None else []
    if not dry_run and all(r.ok for r in results):
        output.mkdir(parents=True, exist_ok=True)
        write_text_atomic(state_path, json.dumps(sorted(sent_before | {a.key for a in new}), indent=1))
    return new


def _sent(path: Path) -> set[str]:
    try:
        return set(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return set()
