"""Readings as data: a :class:`Finding` is a key and its values, worded only when shown.

A workbook's reading functions answer their questions with findings, not sentences: the
wording of each key lives in the workbook's ``strings.py`` (``en`` and ``zh``), and the
values stay numbers until :meth:`Finding.text` formats them for a language. Tests assert
on keys and values; a report shows the text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from socialops import metrics as M
from socialops.format import CHANGE, COUNT, SIGNED, Figure, Spec
from socialops.report import prose
from socialops.report.strings import fmt_date, t, value_label, weekday_name


def show(value: Any, lang: str) -> Any:
    """A value as a sentence shows it in ``lang`` (plain values are left to the template)."""
    return value.show(lang) if hasattr(value, "show") else value


@dataclass(frozen=True)
class Finding:
    """One thing a reading says: ``key`` names its wording, ``values`` fill it in."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return t(self.key, lang, **{name: show(value, lang) for name, value in self.values.items()})

    def show(self, lang: str) -> str:  # a finding can be a value of another (a verdict inside a sentence)
        return self.text(lang)


def say(key: str, **values: Any) -> Finding:
    return Finding(key, values)


# A finding's numbers are Figures: a value and the spec it is written by (socialops.format),
# the same one a table cell of that figure uses. Count(5) is Figure(5, COUNT).
Count, Signed, Change = COUNT, SIGNED, CHANGE


def Num(value: Any, digits: int = 1) -> Figure:  # noqa: N802 - reads as the value kinds beside it
    return Figure(value, Spec("number", digits))


def Pct(value: Any, digits: int = 1, signed: bool = False) -> Figure:  # noqa: N802
    """A fraction written in percent (0.123 → 12.3%)."""
    return Figure(value, Spec("percent", digits, signed))


def Moved(metric: str, current: Any, previous: Any, change_pct: Any) -> Concat:  # noqa: N802
    """How a metric moved: a rate by its difference in percentage points with both values ("Engagement rate
    -0.43 pp (5.77% → 5.34%)"), anything else by its relative change ("Reposts +13.2%")."""
    spec = M.spec(metric)
    if spec.kind == "percent":
        return Concat((Label(metric), " ", spec.difference()(None if M.is_missing(current) or M.is_missing(previous)
                                                              else current - previous),
                       Aside((spec(previous), " → ", spec(current)))))
    return Concat((Label(metric), " ", CHANGE(change_pct)))


def MetricValue(value: Any, metric: str, currency: str = "") -> Figure:  # noqa: N802
    """A value written as its metric is, wherever it appears (money in ``currency``)."""
    return Figure(value, M.spec(metric, currency))


@dataclass(frozen=True)
class Date:
    value: Any

    def show(self, lang: str) -> str:
        return fmt_date(self.value, lang)


@dataclass(frozen=True)
class Hour:
    value: Any

    def show(self, lang: str) -> str:
        return prose.hour_label(self.value, lang)


@dataclass(frozen=True)
class Weekday:
    value: int

    def show(self, lang: str) -> str:
        return weekday_name(self.value, lang)


@dataclass(frozen=True)
class Title:
    """A post's title, cut for a sentence."""

    value: Any
    limit: int = 80

    def show(self, lang: str) -> str:
        return prose.short_title(self.value, lang, self.limit)


@dataclass(frozen=True)
class Label:
    """A metric's name (``lower``: mid-sentence, "reposts" not "Reposts"; Chinese is unchanged)."""

    metric: str
    lower: bool = False

    def show(self, lang: str) -> str:
        label = M.metric_label(self.metric, lang)
        return label.lower() if self.lower else label


@dataclass(frozen=True)
class ValueLabel:
    """A data value (a format, a topic) as a report names it."""

    column: str
    value: Any

    def show(self, lang: str) -> str:
        return value_label(self.column, self.value, lang)


@dataclass(frozen=True)
class Group:
    value: Any
    dimension: str = "format"

    def show(self, lang: str) -> str:
        return prose.group_label(self.value, lang, self.dimension)


@dataclass(frozen=True)
class ActiveHours:
    """The usual active hours (metrics.ACTIVE_HOURS), as the language writes them."""

    def show(self, lang: str) -> str:
        return prose.active_hours(lang)


JOINERS = {"list": {"en": ", ", "zh": "、"}, "and": {"en": " and ", "zh": "、"}, "clauses": {"en": "; ", "zh": "；"},
           "ranked": {"en": " > ", "zh": " > "}}


@dataclass(frozen=True)
class Join:
    """Items listed the language's way: ``list`` "a, b" / "a、b", ``and`` "a and b", ``clauses`` "a; b" / "a；b",
    ``ranked`` "a > b"."""

    items: tuple
    style: str = "list"

    def show(self, lang: str) -> str:
        sep = JOINERS[self.style]["zh" if lang == "zh" else "en"]
        return sep.join(str(show(item, lang)) for item in self.items)


@dataclass(frozen=True)
class Concat:
    """Pieces written one after another (a name and its figure)."""

    parts: tuple

    def show(self, lang: str) -> str:
        return "".join(str(show(part, lang)) for part in self.parts)


@dataclass(frozen=True)
class Aside:
    """Pieces in brackets, the language's way: " (a)" in English, "（a）" full-width in Chinese."""

    parts: tuple

    def show(self, lang: str) -> str:
        inner = "".join(str(show(part, lang)) for part in self.parts)
        return f"（{inner}）" if lang == "zh" else f" ({inner})"


def texts(findings: list[Finding], lang: str) -> list[str]:
    """The sentences of ``findings`` in ``lang``."""
    return [finding.text(lang) for finding in findings]
