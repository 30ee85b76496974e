"""The report index: ``reports/index.html``, rebuilt from the JSON beside every report.

For each notebook and subject: the latest report, its period, status and headline
figures with arrows against the report before, then its history. Links are relative,
so the folder works zipped, mailed or served as static files.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from socialops import __version__, catalog
from socialops import metrics as M
from socialops.atomic import write_text_atomic
from socialops.format import CHANGE
from socialops.publish.fonts import font_face_css
from socialops.publish.pages import page_css, templates
from socialops.report.strings import LANGS


def _headlines(notebook: str) -> tuple[str, ...]:
    spec = catalog.get(notebook)
    return spec.headlines if spec else ()


def _order(notebook: str) -> int:
    """The catalog's order; a notebook of the user's own comes after."""
    return catalog.names().index(notebook) if catalog.get(notebook) else len(catalog.WORKBOOKS)


def _title(notebook: str) -> str:
    spec = catalog.get(notebook)
    return f"{spec.title('en')} · {spec.title('zh')}" if spec else notebook


@dataclass
class Entry:
    notebook: str
    subject: str
    period: str
    status: str                  # ok | failed
    href: str                    # relative to the index
    info: dict = field(default_factory=dict)
    error: str | None = None
    figures: list[dict] = field(default_factory=list)
    mtime: float = 0.0

    @property
    def period_label(self) -> str:
        """The period as its report names it (October 2026, 2026年10月), else the file's slug."""
        return (self.info.get("period") or {}).get("label") or self.period

    @property
    def name(self) -> str:
        subject = self.info.get("subject", {})
        return subject.get("name") or subject.get("account_id") or self.subject


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _value(info: dict, metric: str):
    figure = info.get("metrics", {}).get(metric)
    return None if not figure else figure.get("current")


def _figures(entry: Entry, before: Entry | None) -> list[dict]:
    """The card's headline figures, in the language of the report they come from."""
    lang = entry.info.get("lang") if entry.info.get("lang") in LANGS else "en"
    out = []
    for metric in _headlines(entry.notebook):
        value = _value(entry.info, metric)
        if value is None:
            continue
        own = entry.info.get("metrics", {}).get(metric) or {}
        if own.get("previous") is not None:  # the report's own comparison, the change its page shows
            change = own.get("change_pct")
        else:
            change = M.change_pct(value, None if before is None else _value(before.info, metric))
        arrow = "" if change is None else "▲" if change > 0 else "▼" if change < 0 else "▶"
        out.append({"label": M.metric_label(metric, lang), "value": M.spec(metric, entry.info.get("currency", "")).show(value, lang), "arrow": arrow,
                    "change": "" if change is None else CHANGE.show(change, lang)})
    return out


def collect(output: Path) -> dict[tuple[str, str, str], list[Entry]]:
    """Every report under ``output``, grouped by (notebook, job, subject), newest period first.

    Reports rendered outside a job are grouped by the shape of their period (month, week,
    day, range), so a weekly report is never compared with a monthly one.
    """
    groups: dict[tuple[str, str, str], list[Entry]] = {}
    for html in sorted(output.glob("*/*/*.html")):
        notebook, subject = html.parent.parent.name, html.parent.name
        failed = html.name.endswith(".failed.html")
        period = html.name[: -len(".failed.html")] if failed else html.stem
        if failed:
            record = _read(html.with_name(period + ".failed.json"))
            entry = Entry(notebook, subject, period, "failed", html.relative_to(output).as_posix(), record,
                          (record.get("error") or "failed").strip().splitlines()[0])
        else:
            entry = Entry(notebook, subject, period, "ok", html.relative_to(output).as_posix(), _read(html.with_suffix(".json")))
        entry.mtime = html.stat().st_mtime
        groups.setdefault((notebook, entry.info.get("job") or _shape(period), subject), []).append(entry)
    for entries in groups.values():
        entries.sort(key=lambda e: (e.period, e.mtime), reverse=True)  # a failed re-run shows above the good report
        good = [e for e in entries if e.status == "ok"]
        for i, entry in enumerate(good):
            entry.figures = _figures(entry, good[i + 1] if i + 1 < len(good) else None)
    return groups


def _shape(period: str) -> str:
    base, _, lang = period.partition(".")
    shape = "week" if "-W" in base else "range" if "_" in base else "month" if base.count("-") == 1 else "day"
    return f"{shape}.{lang}" if lang else shape


def build_index(output: str | Path) -> Path:
    """Write ``output/index.html`` from the reports found there (atomically)."""
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    groups = collect(output)
    sections = []
    for notebook in sorted({n for n, _, _ in groups}, key=_order):
        cards = []
        for (nb, job, subject), entries in sorted(groups.items()):
            if nb != notebook:
                continue
            latest_ok = next((e for e in entries if e.status == "ok"), None)
            cards.append({"subject": subject, "job": job, "name": (latest_ok or entries[0]).name, "latest": entries[0],
                          "latest_ok": latest_ok, "history": entries})
        sections.append({"notebook": notebook, "title": _title(notebook), "cards": cards})
    page = templates().get_template("index.html.j2").render(
        sections=sections, version=__version__, generated=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        css=page_css(),
        failures=sum(1 for entries in groups.values() if entries[0].status == "failed"),
    )
    page = page.replace("/*FONT*/", font_face_css(page), 1)
    return write_text_atomic(output / "index.html", page)
