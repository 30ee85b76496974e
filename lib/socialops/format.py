"""One formatter, so a figure reads the same in a table, a sentence and the index.

A :class:`Spec` says what a value is (its kind), how many decimals it shows, whether it
carries a sign and its unit. Every metric carries its spec (:attr:`metrics.Metric.spec`);
tables keep numbers as numbers, with a spec per column or a :class:`Figure` per cell, until
:func:`socialops.report.blocks.table_html` renders them; the findings' values and the
index's cards go through the same :meth:`Spec.show`. The JSON keeps the unrounded number.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd

Kind = Literal["count", "number", "percent", "points", "change", "money", "seconds", "text"]
# count: a whole number (1,234); number: decimals (3.5); percent: a fraction shown in percent
# (0.123 → 12.3%); points: a difference of two such fractions (0.012 → +1.2 pp); change: a
# change already in percent (12.3 → +12.3%); money: an amount, whole when it is whole (1,200
# or 12.50); seconds: a duration (12.3 s / 12.3 秒); text: a label, shown as it is.

NOT_AVAILABLE = {"en": "not available", "zh": "暂无数据"}  # what an unknown figure reads as (the shared strings use it)
_DEFAULT_DIGITS = {"count": 0, "number": 1, "percent": 1, "points": 1, "change": 1, "money": 2, "seconds": 1, "text": 0}
_SECONDS = {"en": " s", "zh": " 秒"}
_POINTS = {"en": " pp", "zh": " 个百分点"}
CURRENCIES = {"CNY": "¥", "USD": "$", "EUR": "€", "HKD": "HK$", "GBP": "£", "JPY": "JP¥", "TWD": "NT$", "SGD": "S$"}
DEFAULT_CURRENCY = "CNY"  # one currency per dataset (data contract); a money figure carries its sign


def missing(value: Any) -> bool:
    """Unknown: None, NaN, NaT or pandas' NA (a blank is unknown, never zero). The one test every module uses."""
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


@dataclass(frozen=True)
class Spec:
    """How a value is written: its kind, decimals, sign and unit."""

    kind: Kind = "count"
    digits: int | None = None  # None: the kind's default (count 0, number 1, percent 1, change 1, money 2 when not whole)
    signed: bool = False
    unit: str = ""             # written right after the number ("×")
    currency: str = ""         # money: an ISO code written as its sign before the number (CNY → ¥8,000)

    @property
    def places(self) -> int:
        return _DEFAULT_DIGITS[self.kind] if self.digits is None else self.digits

    def show(self, value: Any, lang: str) -> str:
        """``value`` as a report writes it in ``lang``; "not available" when it is unknown."""
        if self.kind == "text":
            return "" if missing(value) else str(value)
        if missing(value):
            return NOT_AVAILABLE["zh" if lang == "zh" else "en"]
        value = float(value)
        sign = "+" if self.signed or self.kind in ("change", "points") else ""
        if self.kind == "percent":
            text = f"{value * 100:{sign},.{self.places}f}%"
        elif self.kind == "points":
            text = f"{value * 100:+,.{self.places}f}{_POINTS['zh' if lang == 'zh' else 'en']}"
        elif self.kind == "change":
            text = f"{value:+,.{self.places}f}%"
        elif self.kind == "money":
            places = (2 if value % 1 else 0) if self.digits is None else self.places
            number = f"{abs(value):,.{places}f}"
            symbol = CURRENCIES.get(self.currency, "")
            text = ("-" if value < 0 else sign) + (symbol + number if symbol or not self.currency else f"{number} {self.currency}")
        elif self.kind == "seconds":
            text = f"{value:{sign},.{self.places}f}{_SECONDS['zh' if lang == 'zh' else 'en']}"
        else:
            text = f"{value:{sign},.{self.places}f}"
        return text + self.unit

    def __call__(self, value: Any) -> Figure:
        return Figure(value, self)

    def difference(self) -> Spec:
        """How a difference of two such values is written: signed, a percentage's in points."""
        if self.kind == "percent":
            return Spec("points", self.digits)
        return Spec(self.kind, self.digits, True, self.unit, self.currency)

    def priced(self, currency: str) -> Spec:
        """This spec in ``currency`` when it is money (other kinds are unchanged)."""
        return Spec(self.kind, self.digits, self.signed, self.unit, currency) if self.kind == "money" else self


@dataclass(frozen=True)
class Figure:
    """A number with the spec it is written by: a table cell or a finding's value."""

    value: Any
    spec: Spec = Spec()
    at_least: bool = False  # a lower bound (10万+ counted as 100,001): written "≥ 100,001"

    def show(self, lang: str) -> str:
        text = self.spec.show(self.value, lang)
        return "≥ " + text if self.at_least and not missing(self.value) else text


COUNT = Spec("count")
SIGNED = Spec("count", signed=True)
NUMBER = Spec("number")
PERCENT = Spec("percent")
CHANGE = Spec("change")
MONEY = Spec("money")


def cell(value: Any, lang: str, spec: Spec | None = None) -> str:
    """A table cell: a :class:`Figure` (or a finding) shows itself, a number takes ``spec``, text stays text."""
    if hasattr(value, "show"):
        return value.show(lang)
    if spec is not None:
        return spec.show(value, lang)
    return "" if missing(value) else str(value)
