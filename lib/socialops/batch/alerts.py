"""Alerts between digests: a light check over the data that tells the team at once, and once, when something needs them.

Rules over every own account, from ``[alerts]`` in reports.toml: a hot post (the weekly review's rule:
interactions above the account's 90-day median + k robust deviations) published in the last ``days``; a day whose
net follower loss is beyond ``drop_share`` of the account's followers; an export gone stale (the account's data
ends more than ``stale_days`` before the day the check counts from). From the comments, where they are crawled
(舆情): a day whose negative share rises beyond the account's usual range (its last 30 days' median + ``negative_k``
robust deviations, on days with at least ``min_comments``), a day whose comment volume spikes the same way
(``volume_k``), and a complaint unanswered past ``complaint_hours``; each quotes the day's top negative terms and
its most-liked negative comment. Each alert has a key (rule, account, post, day or comment); the keys sent are kept
in ``<output>/.alerts-sent.json``, so an alert goes out once however often the check runs. :func:`backtest` replays
the check day by day over past data and lists what would have fired.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from socialops import metrics as M
from socialops import voice
from socialops.atomic import write_text_atomic
from socialops.batch.deliver import Delivery, Sent, deliver
from socialops.data.coverage import last_day
from socialops.data.load import Dataset
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
    negative_k: float = 3.0    # robust deviations above the account's usual daily negative share of comments
    volume_k: float = 3.0      # ... and above its usual daily number of comments
    min_comments: int = 20     # a day with fewer comments says nothing of a share or a spike
    complaint_hours: float = 24.0  # a complaint unanswered this long (business or not: the audience waits all night)


@dataclass(frozen=True)
class Alert:
    key: str                   # rule:account:what, what makes it the same alert the next time the check runs
    rule: str                  # hot_post, follower_drop, stale
    account: str
    text: str                  # what triggered it, in one line
    facts: dict = field(default_factory=dict)


USUAL_DAYS = 30           # the account's usual range of comments: its 30 days before the day judged


@dataclass
class Watched:
    """What the check reads, read once: the own accounts, their names and their data, and the day counted from."""

    accounts: pd.DataFrame
    own: list[str]
    names: dict
    data: Dataset
    day: pd.Timestamp


def watch(data_dir: Path, as_of: str = "today", today: pd.Timestamp | None = None, back: int = 0) -> Watched | None:
    """The data the check reads (``back``: so many days more, for a backtest); None without own accounts."""
    source = open_source(data_dir)
    accounts = source.directory().get("accounts")
    if accounts is None or accounts.empty:
        return None
    own = [str(a) for a in accounts.loc[accounts["role"] == "own", "account_id"]]
    ends = source.log_ends()  # the day counted from: today, or (as_of = "data") the own accounts' latest day
    logged = None if ends is None else ends.loc[ends["account_id"].isin(own), "date"].max()
    now = (today or pd.Timestamp.now()).normalize()
    day = pd.Timestamp(logged).normalize() if as_of == "data" and logged is not None and pd.notna(logged) else now
    data = source.read(own, since=day - pd.Timedelta(days=review.HOT_WINDOW_DAYS + 30 + back))
    return Watched(accounts, own, accounts.set_index("account_id")["name"].to_dict(), data, day)


def check(data_dir: Path, rules: AlertRules, as_of: str = "today", today: pd.Timestamp | None = None) -> list[Alert]:
    """Every alert the data raises now (sent or not)."""
    watched = watch(data_dir, as_of, today)
    return [] if watched is None else judge(watched, rules, watched.day)


def backtest(data_dir: Path, rules: AlertRules, days: int, as_of: str = "today",
             today: pd.Timestamp | None = None) -> list[tuple[pd.Timestamp, Alert]]:
    """What the check would have sent had it run at the close of each of the last ``days`` days: each alert once,
    on the first day it would have fired (the data read once, as it stands now)."""
    watched = watch(data_dir, as_of, today, back=days)
    if watched is None:
        return []
    fired: dict[str, tuple[pd.Timestamp, Alert]] = {}
    for back in range(days - 1, -1, -1):
        day = watched.day - pd.Timedelta(days=back)
        for alert in judge(watched, rules, day):
            fired.setdefault(alert.key, (day, alert))
    return sorted(fired.values(), key=lambda pair: (pair[0], pair[1].key))


def judge(watched: Watched, rules: AlertRules, day: pd.Timestamp) -> list[Alert]:
    """Every alert the data raises at the close of ``day``, reading only what was there by then."""
    close = day + pd.Timedelta(days=1)
    daily = _until(watched.data.get("daily"), "date", close)
    posts = _until(watched.data.get("posts"), "published_at", close)
    accounts, own, names = watched.accounts, watched.own, watched.names
    alerts = _stale(own, daily, posts, day, rules, names)
    recent = Period(day - pd.Timedelta(days=rules.days - 1), day)
    hot = review.hot_posts(posts, accounts, own, recent, rules.hot_k)
    for _, r in hot.posts.iterrows():
        alerts.append(Alert(f"hot_post:{r['account_id']}:{r['post_id']}", "hot_post", r["account_id"],
                            f"Hot post on {r['name']}: “{shorten(r['title'], 60, missing='')}”, {r['interactions']:,.0f} interactions, "
                            f"{r['multiple']:.1f}× its usual post ({r['usual']:,.0f}); rule: median + {rules.hot_k:g} robust deviations",
                            {"post_id": r["post_id"], "interactions": float(r["interactions"]), "multiple": float(r["multiple"])}))
    alerts += _drops(own, daily, recent, rules, names)
    alerts += _voice(own, _until(watched.data.get("comments"), "created_at", close), posts, accounts, recent, rules, names)
    return alerts


def _until(frame: pd.DataFrame | None, column: str, close: pd.Timestamp) -> pd.DataFrame | None:
    """The rows dated before ``close``: what a check at that time could have read."""
    return None if frame is None else frame[pd.to_datetime(frame[column]) < close]


def _voice(own, comments, posts, accounts, recent: Period, rules: AlertRules, names: dict) -> list[Alert]:
    """舆情: negative-share rises and comment spikes beyond the account's usual days, and complaints left unanswered."""
    if comments is None or comments.empty:
        return []
    out = []
    for account in own:
        said = voice.audience(comments, accounts, account)
        if said.empty:
            continue
        audience = said[~said["own"]]
        per_day = audience.assign(day=audience["created_at"].dt.normalize(),
                                  negative=audience["sentiment"].eq("negative")).groupby("day").agg(
            comments=("comment_id", "size"), negative=("negative", "sum"))
        per_day = per_day.reindex(pd.date_range(per_day.index.min(), recent.end), fill_value=0)
        per_day["share"] = per_day["negative"] / per_day["comments"].where(per_day["comments"] > 0)
        name = names.get(account, account)
        for date in per_day.index[(per_day.index >= recent.start) & (per_day.index <= recent.end)]:
            if per_day.loc[date, "comments"] >= rules.min_comments:
                out += _unusual_day(account, name, audience, per_day, date, rules)
        out += _unanswered(account, name, said, recent, rules)
    return out


def _unusual_day(account: str, name: str, audience: pd.DataFrame, per_day: pd.DataFrame, date: pd.Timestamp,
                 rules: AlertRules) -> list[Alert]:
    """A day's negative share and comment count against the account's 30 days before it."""
    usual = per_day[(per_day.index < date) & (per_day.index >= date - pd.Timedelta(days=USUAL_DAYS))]
    today = per_day.loc[date]
    said_that_day = audience[audience["created_at"].dt.normalize() == date]
    judged = usual[usual["comments"] >= rules.min_comments]
    size = float(judged["comments"].median()) if len(judged) else 1.0
    out = []
    share_limit = _upper(judged["share"], rules.negative_k, lambda m: (m * (1 - m) / size) ** 0.5)
    if share_limit is not None and today["share"] > share_limit:
        out.append(Alert(f"negative_share:{account}:{date:%Y-%m-%d}", "negative_share", account,
                         f"{name}'s comments turned negative on {date:%Y-%m-%d}: {today['share']:.0%} of "
                         f"{today['comments']:,.0f} (usual up to {share_limit:.0%}){_quoted(said_that_day)}",
                         {"date": f"{date:%Y-%m-%d}", "negative_share": float(today["share"]),
                          "comments": float(today["comments"]), "usual_up_to": share_limit}))
    volume_limit = _upper(usual["comments"].astype(float), rules.volume_k, lambda m: m ** 0.5)
    if volume_limit is not None and today["comments"] > max(volume_limit, rules.min_comments):
        out.append(Alert(f"comment_spike:{account}:{date:%Y-%m-%d}", "comment_spike", account,
                         f"{name} drew {today['comments']:,.0f} comments on {date:%Y-%m-%d} (usual up to "
                         f"{volume_limit:,.0f} a day){_quoted(said_that_day)}",
                         {"date": f"{date:%Y-%m-%d}", "comments": float(today["comments"]), "usual_up_to": volume_limit}))
    return out


def _upper(values: pd.Series, k: float, chance) -> float | None:
    """The top of the usual range: median + k robust deviations, never fewer than ``chance(median)``, the spread
    chance alone gives (a count's square root; a share's binomial error): days that happen to be all alike would
    otherwise call the smallest change news. None with fewer than a week of days to judge by."""
    known = values.dropna()
    if len(known) < 7:
        return None
    median = float(known.median())
    return median + k * max(review.ROBUST * float((known - median).abs().median()), chance(median))


def _unanswered(account: str, name: str, said: pd.DataFrame, recent: Period, rules: AlertRules) -> list[Alert]:
    """Complaints of the last 30 days still without the account's reply past ``complaint_hours`` at the day's close."""
    window = Period(recent.end - pd.Timedelta(days=USUAL_DAYS - 1), recent.end)
    care = voice.care(said, window, rules.complaint_hours)
    if not care.replies_crawled:
        return []
    waiting = care.unanswered[(care.unanswered["kind"] == "complaint") & (care.unanswered["hours"] > rules.complaint_hours)]
    return [Alert(f"complaint:{account}:{r.comment_id}", "unanswered_complaint", account,
                  f"A complaint to {name} has waited {r.hours:,.1f} hours without a reply: “{shorten(r.text, 60, missing='')}” "
                  f"(written {r.created_at:%Y-%m-%d %H:%M}; rule: more than {rules.complaint_hours:g} hours)",
                  {"comment_id": r.comment_id, "post_id": r.post_id, "hours": float(r.hours)})
            for r in waiting.itertuples()]


def _quoted(said: pd.DataFrame) -> str:
    """The day's top negative terms and its most-liked negative comment, for the alert's reader."""
    negative = said[said["sentiment"] == "negative"]
    if negative.empty:
        return ""
    terms = pd.Series([t for found in negative["terms"].dropna() for t in str(found).split(";") if t]).value_counts()
    top = negative.sort_values("likes", ascending=False) if "likes" in negative else negative
    words = ", ".join(terms.head(5).index) if len(terms) else "–"
    return f"; negative terms: {words}; e.g. “{shorten(top['text'].iloc[0], 60, missing='')}”"

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
