"""The notebook side of a report: load the data, pick the subject and period, show results.

A notebook opens a :class:`Workbook` from its parameters, passes each analysis result to
:meth:`Workbook.show`, and ends with :meth:`Workbook.finish`, which shows the glossary
and records the headline figures for the report's JSON.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from IPython.display import display

from socialops import catalog
from socialops import metrics as M
from socialops import paths as config
from socialops.catalog import Lang
from socialops.data.coverage import coverage_notices, last_day
from socialops.data.events import events_for
from socialops.data.load import Dataset
from socialops.data.periods import Period, last_whole_week, resolve
from socialops.data.problems import DataError, Notice, Problem, ReportError, set_report_lang
from socialops.data.source import open_source
from socialops.report import charts, summary
from socialops.report.blocks import Block, escape, note_html, view
from socialops.report.findings import Aside, Finding, texts
from socialops.report.glossary import glossary
from socialops.report.strings import check_lang, refusal, t, value_label

NAMED_ACCOUNTS = 8  # a digest of more accounts counts them by platform in its intro (its table lists each)
SCHEMA_VERSION = 2  # docs/report-json.md; 2: units, change, conventions, executive summary, names beside ids
UNITS = {"count": "count", "number": "number", "percent": "fraction", "points": "fraction", "change": "percent",
         "money": "money", "seconds": "seconds", "text": "text"}
CONVENTIONS = {
    "change": "current − previous, in the metric's unit (a fraction's change is in fractions: 0.012 = 1.2 percentage points)",
    "change_pct": "(current − previous) ÷ previous × 100, for every metric",
    "fraction": "0.1234 means 12.34%",
    "percent": "already × 100 (12.3 means 12.3%)",
    "weekday": "0 = Monday … 6 = Sunday",
    "dates": "YYYY-MM-DD, inclusive",
}
TOLD_FROM_DATA = ("notice_date_only", "notice_no_follower_totals", "notice_rounded")  # coverage_notices says these


def choose_accounts(data: Dataset, which: str | None) -> list[str]:
    """The accounts of a report on several: "own" (the default), "all", or ids separated by commas."""
    accounts = data.get("accounts")
    if accounts is None or accounts.empty:
        raise refusal("error_no_accounts")
    which = (which or "own").strip()
    if which in ("own", "all"):
        chosen = accounts if which == "all" else accounts[accounts["role"] == "own"]
        if chosen.empty:
            raise refusal("error_no_accounts")
        return [str(a) for a in chosen["account_id"]]
    ids = [a.strip() for a in which.split(",") if a.strip()]
    known = set(accounts["account_id"])
    for account in ids:
        if account not in known:
            raise refusal("error_account_unknown", account=account, known=", ".join(sorted(known)))
    return ids


def choose_account(data: Dataset, account_id: str | None) -> str:
    """``account_id`` if the data knows it; by default the first own account."""
    accounts = data.get("accounts")
    known: list[str] = []
    if accounts is not None:
        known = list(accounts["account_id"])
    for name in ("daily", "posts", "followers", "campaigns"):
        if name in data:
            known += [a for a in data[name]["account_id"].dropna().unique() if a not in known]
    if account_id:
        if account_id not in known:
            raise refusal("error_account_unknown", account=account_id, known=", ".join(known) or "–")
        return account_id
    if accounts is not None:
        own = accounts[accounts["role"] == "own"]
        if not own.empty:
            return str(own["account_id"].iloc[0])
    if not known:
        raise refusal("error_no_accounts")
    return known[0]


@dataclass
class Workbook:
    """One report in progress: its data, subject, period, language and what it has shown."""

    notebook: str
    data: Dataset
    account_id: str
    period: Period
    lang: Lang
    params: dict[str, Any]
    facts: list[Finding] = field(default_factory=list)      # what the readings said, as data: the JSON words them
    shown_metrics: list[str] = field(default_factory=list)
    measured: dict[str, str] = field(default_factory=dict)  # metric -> what was measured for this report (the glossary)
    metrics: dict[str, dict] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    subject: dict[str, Any] = field(default_factory=dict)  # what the report is about, beyond the account
    compared: Period | None = None                         # the comparison window, when not the previous period
    campaign: pd.Series | None = None                      # the campaign under review, for retrospectives
    scope: str = "account"                                 # "platform": every account on its platform

    @classmethod
    def open(cls, notebook: str, data_dir: str | None = None, account_id: str | None = None,
             start: str | None = None, end: str | None = None, lang: str = "en", show: bool = True,
             scope: str | None = None, **extra) -> Workbook:
        """Load and validate the data and resolve the subject and period.

        ``data_dir`` is a folder of exports or a history store (``.duckdb``); by default
        the store when it exists, else the bundled sample. From a store only what the
        report needs is read: the account (``scope="platform"``: every account on its
        platform) and about half a year of history before the period.
        """
        lang = _lang(lang)
        set_report_lang(lang)  # a refusal from here on is shown in the report's language
        charts.theme()  # every figure of the report in the shared look
        spec = catalog.get(notebook)
        scope = scope or (spec.scope if spec else "account")
        used = _source(data_dir)
        source = open_source(used, account_id)
        directory = source.directory()
        account = choose_account(directory, account_id)
        dates = source.dates(account)
        period = _period(start, end, dates)
        accounts = directory.get("accounts")
        since = period.previous().start - pd.Timedelta(days=HISTORY_DAYS)
        data = source.read(scope_accounts(accounts, account, scope), since=since)
        if accounts is not None and data is not directory:
            data.tables["accounts"] = accounts
        _refuse_empty(data, account, period, dates, lang)
        params = {"data_dir": str(used), "account_id": account, "start": f"{period.start:%Y-%m-%d}",  # what was used
                  "end": f"{period.end:%Y-%m-%d}", "lang": lang, **extra}
        book = cls(notebook, data, account, period, lang, params, scope=scope)
        if show:
            display(book.intro())
        return book

    @classmethod
    def open_campaign(cls, notebook: str, data_dir: str | None = None, campaign_id: str | None = None,
                      lang: str = "en", show: bool = True, **extra) -> Workbook:
        """Like :meth:`open`, with a campaign as the subject: its account and dates set the period."""
        from socialops.workbooks.campaigns.analysis import choose_campaign, windows

        lang = _lang(lang)
        set_report_lang(lang)  # a refusal from here on is shown in the report's language
        charts.theme()
        used = _source(data_dir)
        source = open_source(used)
        campaigns = source.directory().get("campaigns")
        chosen = choose_campaign(campaigns, source.log_ends(), campaign_id)
        data = source.read([str(chosen["account_id"])])
        if campaigns is not None:
            data.tables["campaigns"] = campaigns
        campaign_id = str(chosen["campaign_id"])
        campaign = choose_campaign(data.get("campaigns"), data.get("daily"), campaign_id)
        win = windows(campaign, data.get("daily"), extra.get("baseline_days"), extra.get("after_days"))
        params = {"data_dir": str(used), "campaign_id": campaign["campaign_id"], "lang": lang, **extra}
        book = cls(notebook, data, str(campaign["account_id"]), Period(win.during.start, win.planned_end), lang, params,
                   subject={"campaign_id": str(campaign["campaign_id"]), "name": str(campaign["name"])},
                   compared=win.baseline, campaign=campaign)
        if show:
            display(book.intro())
        return book

    @classmethod
    def open_accounts(cls, notebook: str, data_dir: str | None = None, accounts: str | None = None,
                      start: str | None = None, end: str | None = None, span: str = "week", lang: str = "en",
                      show: bool = True, **extra) -> Workbook:
        """Like :meth:`open`, with several accounts as the subject (``accounts``: "own", "all" or ids separated by
        commas); by default the last whole ISO week (``span="month"``: month) the freshest account's data covers."""
        lang = _lang(lang)
        set_report_lang(lang)
        charts.theme()
        used = _source(data_dir)
        source = open_source(used)
        directory = source.directory()
        chosen = choose_accounts(directory, accounts)
        ends = source.log_ends()
        ends = None if ends is None else ends[ends["account_id"].isin(chosen)]
        last = None if ends is None or ends.empty else pd.Timestamp(ends["date"].max())
        if start or end or last is None:
            period = _period(start, end, None if last is None else pd.Series([last]))
        else:
            period = last_whole_week(last) if span == "week" else _period(None, None, pd.Series([last]))
        data = source.read(chosen, since=period.start - pd.Timedelta(days=HISTORY_DAYS))
        if directory.get("accounts") is not None and data is not directory:
            data.tables["accounts"] = directory["accounts"]
        if not any(_has_data(data, account, period) for account in chosen):  # a digest of nothing is refused
            covers = None if ends is None or ends.empty else pd.Series([ends["date"].min(), ends["date"].max()])
            _refuse_empty(data, ", ".join(chosen), period, covers, lang)
        params = {"data_dir": str(used), "accounts": accounts or "own", "start": f"{period.start:%Y-%m-%d}",
                  "end": f"{period.end:%Y-%m-%d}", "span": span, "lang": lang, **extra}
        label = t("own_accounts" if (accounts or "own") == "own" else "all_accounts" if accounts == "all" else "chosen_accounts",
                  lang, n=len(chosen))
        book = cls(notebook, data, chosen[0], period, lang, params,
                   subject={"account_id": None, "name": label, "accounts": chosen})
        if show:
            display(book.intro())
        return book

    # ------------------------------------------------------------ subject
    @property
    def accounts(self) -> list[str]:
        """The accounts the report is about: its subject's list, else its one account."""
        return list(self.subject.get("accounts", [self.account_id]))

    @property
    def previous(self) -> Period:
        return self.compared or self.period.previous()

    @property
    def account(self) -> pd.Series | None:
        return self.row_of(self.account_id)

    def row_of(self, account_id: str) -> pd.Series | None:
        """An account's row of the accounts table (None where the table does not list it)."""
        accounts = self.data.get("accounts")
        if accounts is None:
            return None
        rows = accounts[accounts["account_id"] == account_id]
        return None if rows.empty else rows.iloc[0]

    @property
    def platform(self) -> str | None:
        """The account's platform (accounts table), which says how its figures are read; None when unknown."""
        return self.platform_of(self.account_id)

    def name_of(self, account_id: str) -> str:
        """An account's display name (its id where the accounts table has none)."""
        row = self.row_of(account_id)
        return account_id if row is None or pd.isna(row.get("name")) else str(row["name"])

    def platform_of(self, account_id: str) -> str | None:
        row = self.row_of(account_id)
        return None if row is None or pd.isna(row.get("platform")) else str(row["platform"])

    @property
    def account_name(self) -> str:
        return self.name_of(self.account_id)

    @property
    def title(self) -> str:
        spec = catalog.get(self.notebook)
        return spec.title(self.lang) if spec else self.notebook

    def events(self) -> pd.DataFrame | None:
        """The events of this report's accounts and those for every account (``all``), by date; None without a table."""
        events = self.data.get("events")
        return None if events is None else events_for(events, self.accounts)

    def rows(self, table: str) -> pd.DataFrame | None:
        """This account's rows of ``table`` (``None`` when the data has no such table)."""
        frame = self.data.get(table)
        return None if frame is None else frame[frame["account_id"] == self.account_id]

    # ------------------------------------------------------------ showing
    def intro(self) -> Block:
        zh = self.lang == "zh"  # Chinese punctuation in a Chinese report: ：，（）
        colon, comma = ("：", "，") if zh else (": ", ", ")

        def aside(text: str) -> str:
            return Aside((text,)).show(self.lang)

        platform = "" if self.account is None else f" · {value_label('platform', self.account.get('platform'), self.lang)}"
        lines = [f"{t('campaign', self.lang)}{colon}{self.subject['name']}{aside(self.subject['campaign_id'])}"] \
            if "campaign_id" in self.subject else []
        if "accounts" in self.subject and len(self.accounts) > NAMED_ACCOUNTS:  # a team: counted by platform
            counts = Counter(value_label("platform", self.platform_of(a), self.lang) for a in self.accounts)
            platforms = ("、" if zh else ", ").join(f"{name} {n}" for name, n in counts.items())
            lines.append(f"{t('accounts', self.lang)}{colon}"
                         f"{t('accounts_by_platform', self.lang, n=len(self.accounts), platforms=platforms)}")
        elif "accounts" in self.subject:
            names = ("、" if zh else ", ").join(f"{self.name_of(a)}{aside(value_label('platform', self.platform_of(a), self.lang))}"
                                               for a in self.accounts)
            lines.append(f"{t('accounts', self.lang)}{colon}{names}")
        else:
            lines.append(f"{t('account', self.lang)}{colon}{self.account_name}{aside(self.account_id + platform)}")
        lines += [
            f"{t('period', self.lang)}{colon}{self.label(self.period, dated=True)}{comma}"
            f"{t('compared_with', self.lang)}{'' if zh else ' '}{self.label(self.previous)}",
        ]
        several = "accounts" in self.subject  # a digest tells each account's gaps in its own freshness section
        shown = self.accounts if several else scope_accounts(self.data.get("accounts"), self.account_id, self.scope)
        notices = [notice for notice in self.data.warnings  # not other accounts' notes; gaps are told from the data
                   if notice.concerns(shown) and notice.key not in TOLD_FROM_DATA]
        notices = ([] if several else self._ends_early(shown) + coverage_notices(self.data.tables, self.account_id)) + notices
        notes = "".join(note_html(notice.in_lang(self.lang)) for notice in notices[:6])
        body = "".join(f"<li>{escape(line)}</li>" for line in lines)
        return Block(f'<div class="so-intro"><ul>{body}</ul>{notes}</div>')

    @property
    def covered(self) -> Period:
        """The part of the period the account's daily log covers: the period itself, or up to the log's last day where
        it stops early (figures of a part are not set against a whole period)."""
        last = last_day(self.data.get("daily"), None, self.account_id)
        if last is None or last >= self.period.end.normalize() or last < self.period.start:
            return self.period
        return Period(self.period.start, last)

    def _ends_early(self, accounts: list[str]) -> list[Notice]:
        """A notice for each account whose daily log stops before the period ends (the weekly review flags its own)."""
        out = []
        for account in accounts:
            last = last_day(self.data.get("daily"), None, account)  # posts stopping early are no gap: quiet days are
            if last is not None and last < self.period.end.normalize():
                out.append(Notice("notice_data_ends", {account}, name=self.name_of(account), last=f"{last:%Y-%m-%d}",
                                  end=f"{self.period.end:%Y-%m-%d}"))
        return out

    def label(self, period: Period, dated: bool = False) -> str:
        """A period as the report names it: a campaign by its own dates (never an ISO week it happens to fill),
        its comparison as the baseline; an account's period by month or week (``dated``: with its dates)."""
        if self.campaign is not None:
            dates = f"{period.start:%Y-%m-%d} – {period.end:%Y-%m-%d}"
            return dates if period == self.period else f"{t('baseline_window', self.lang)} {dates}"
        return _with_dates(period, self.lang) if dated else period.label(self.lang)

    def show(self, result) -> None:
        """Display ``result`` as figure, table and reading; remember its findings for the JSON."""
        spec = catalog.get(self.notebook)
        if spec is not None:  # a result of a shared module (socialops.voice) is shown by this workbook's views
            spec.module("views")
        block = view(result, self.lang)
        self.facts += block.facts
        self.shown_metrics += block.metrics
        self.measured.update(block.measured)
        for name, (current, previous) in block.values.items():
            if name not in self.metrics or previous is not None:
                self.metric(name, current, previous)
        _merge(self.extra, block.extra)
        display(block)

    def metric(self, name: str, current, previous=None) -> None:
        """Record one headline figure for the JSON (previous may be unknown)."""
        known = not (M.is_missing(current) or M.is_missing(previous))
        self.metrics[name] = {"current": current, "previous": previous, "change": current - previous if known else None,
                              "change_pct": M.change_pct(current, previous), "unit": UNITS[M.spec(name).kind]}

    def finish(self) -> None:
        """Show the glossary of every metric shown, and record the summary for the renderer."""
        display(glossary(self.shown_metrics, self.lang, self.measured))
        summary.record(self.summary())

    def executive_summary(self) -> dict[str, list[str]]:
        """What moved and what to do next, 3-5 lines drawn from the readings below (the workbook's readings name
        the findings that qualify, in order of weight: ``SUMMARY_KEYS`` and ``ACTION_KEYS``)."""
        spec = catalog.get(self.notebook)
        readings = spec.module("readings") if spec else None
        said = {fact.key: fact for fact in reversed(self.facts)}  # the first saying of a key
        def pick(keys: tuple[str, ...], most: int, skip: tuple[str, ...] = ()) -> list[str]:
            return [said[key].text(self.lang) for key in keys if key in said and key not in skip][:most]
        moved_keys = getattr(readings, "SUMMARY_KEYS", ())
        moved = pick(moved_keys, 3)
        return {"moved": moved, "next": pick(getattr(readings, "ACTION_KEYS", ()), 5 - len(moved), skip=moved_keys)}

    def summary(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "conventions": CONVENTIONS,
            "notebook": self.notebook,
            "title": self.title,
            "lang": self.lang,
            "subject": {"account_id": self.account_id, "name": self.account_name, **self.subject},
            "params": self.params,
            "period": {**self.period.as_dict(), "label": self.label(self.period)},  # labelled for the page
            "previous_period": {**self.previous.as_dict(), "label": self.label(self.previous)},
            "metrics": self.metrics,
            "findings": texts(self.facts, self.lang),
            "executive_summary": self.executive_summary(),
            **self.extra,
        }


def _lang(lang: str) -> Lang:
    try:
        return check_lang(lang)
    except ValueError as exc:
        raise ReportError(str(exc)) from None


def _source(data_dir: str | None) -> Path:
    """A folder or a store; by default the store when it exists, else the bundled sample. A relative path is
    the working folder's, else the project's (``data/sample`` reads the same from the notebooks folder)."""
    if not data_dir:
        return config.default_source()
    path = Path(data_dir)
    if not path.is_absolute() and not path.exists() and (config.project_root() / path).exists():
        return config.project_root() / path
    return path


HISTORY_DAYS = 190  # what the trends and the anomaly baseline look back over


def _period(start, end, dates) -> Period:
    try:
        return resolve(start, end, dates)
    except ValueError as exc:
        raise ReportError(str(exc)) from None


def _has_data(data: Dataset, account: str, period: Period) -> bool:
    """Whether the account has a daily log or posts in the period."""
    for table, column in (("daily", "date"), ("posts", "published_at")):
        frame = data.get(table)
        if frame is not None and not frame.empty:
            times = pd.to_datetime(frame.loc[frame["account_id"] == account, column])
            if period.mask(times).any():
                return True
    return False


def _refuse_empty(data: Dataset, account: str, period: Period, dates: pd.Series | None, lang: str) -> None:
    """A period in which the account has neither a daily log nor posts is refused, naming what the data covers:
    a report of "no posts", "not available" everywhere would look like a report and say nothing."""
    if _has_data(data, account, period):
        return
    known = pd.Series(dtype="datetime64[ns]") if dates is None else pd.to_datetime(dates).dropna()
    if known.empty:
        raise refusal("error_no_data_at_all", account=account)
    raise refusal("error_no_data_in_period", account=account, dates=f"{period.start:%Y-%m-%d} – {period.end:%Y-%m-%d}",
                  covers=f"{known.min():%Y-%m-%d} – {known.max():%Y-%m-%d}")


def _with_dates(period: Period, lang: str) -> str:
    """The period's label with its dates, once: week and custom labels already carry them."""
    label, dates = period.label(lang), f"{period.start:%Y-%m-%d} – {period.end:%Y-%m-%d}"
    return label if dates in label else label + Aside((dates,)).show(lang)


def scope_accounts(accounts: pd.DataFrame | None, account: str, scope: str) -> list[str]:
    """The accounts a report on ``account`` reads: its own, or (``scope="platform"``) every
    account on its platform."""
    if scope != "platform" or accounts is None:
        return [account]
    table = accounts.set_index("account_id")
    platform = table.loc[account, "platform"] if account in table.index else None
    return list(table.index[table["platform"] == platform]) or [account]


def _merge(into: dict, extra: dict) -> None:
    """Merge nested dicts (e.g. ``accounts`` figures that several sections add to)."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


__all__ = ["Workbook", "ReportError", "DataError", "Problem", "choose_account"]
