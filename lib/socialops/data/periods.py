"""Report periods and the period each is compared with.

A whole calendar month is compared with the previous month, a whole ISO week with the
previous week, anything else with the same number of days just before it.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

MONTH, WEEK, DAYS = "month", "week", "days"


@dataclass(frozen=True)
class Period:
    """An inclusive date range ``start..end`` (both midnight timestamps)."""

    start: pd.Timestamp
    end: pd.Timestamp

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def kind(self) -> str:
        if self.start.day == 1 and self.end == self.start + pd.offsets.MonthEnd(0):
            return MONTH
        if self.start.weekday() == 0 and self.days == 7:
            return WEEK
        return DAYS

    def previous(self) -> Period:
        if self.kind == MONTH:
            start = self.start - pd.offsets.MonthBegin(1)
            return Period(start, self.start - pd.Timedelta(days=1))
        length = pd.Timedelta(days=self.days)
        return Period(self.start - length, self.end - length)

    def mask(self, dates: pd.Series) -> pd.Series:
        """Which of ``dates`` (dates or datetimes) fall inside the period."""
        return (dates >= self.start) & (dates < self.end + pd.Timedelta(days=1))

    def dates(self) -> pd.DatetimeIndex:
        return pd.date_range(self.start, self.end, freq="D")

    def as_dict(self) -> dict[str, str]:
        return {"start": self.start.strftime("%Y-%m-%d"), "end": self.end.strftime("%Y-%m-%d")}

    def label(self, lang: str = "en") -> str:
        if self.kind == MONTH:
            return f"{self.start.year}年{self.start.month}月" if lang == "zh" else self.start.strftime("%B %Y")
        if self.kind == WEEK:
            iso = self.start.isocalendar()
            week = f"{iso.year}年第{iso.week}周" if lang == "zh" else f"week {iso.week} of {iso.year}"
            dates = f"{self.start:%Y-%m-%d} – {self.end:%Y-%m-%d}"
            return f"{week}（{dates}）" if lang == "zh" else f"{week} ({dates})"
        return f"{self.start:%Y-%m-%d} – {self.end:%Y-%m-%d}"


def _to_day(value) -> pd.Timestamp | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return pd.Timestamp(value).normalize()
    except (ValueError, TypeError):
        raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None


def last_whole_month(first: pd.Timestamp, last: pd.Timestamp) -> Period | None:
    """The latest calendar month that ``first..last`` covers completely."""
    month_end = last.normalize()
    if month_end != month_end + pd.offsets.MonthEnd(0):
        month_end = month_end - pd.offsets.MonthEnd(1)
    start = month_end.replace(day=1)
    return Period(start, month_end) if start >= first.normalize() else None


def last_whole_week(last: pd.Timestamp) -> Period:
    """The latest ISO week (Monday to Sunday) that ends on or before ``last``."""
    last = last.normalize()
    sunday = last - pd.Timedelta(days=(last.day_of_week + 1) % 7)
    return Period(sunday - pd.Timedelta(days=6), sunday)


def resolve(start=None, end=None, data_dates: pd.Series | None = None) -> Period:
    """The report period from parameters, defaulting to the last whole month in the data.

    With neither bound and no whole month in the data, the last 30 days of data are used.
    """
    start, end = _to_day(start), _to_day(end)
    if start and end:
        if end < start:
            raise ValueError(f"the period ends ({end:%Y-%m-%d}) before it starts ({start:%Y-%m-%d})")
        return Period(start, end)
    dates = pd.Series(dtype="datetime64[ns]") if data_dates is None else pd.to_datetime(data_dates).dropna()
    if start:
        return Period(start, (start + pd.offsets.MonthEnd(0)) if start.day == 1 else dates.max().normalize())
    if end:
        return Period(end.replace(day=1), end)
    if dates.empty:
        raise ValueError("no dates in the data to choose a period from; pass start and end")
    first, last = dates.min().normalize(), dates.max().normalize()
    return last_whole_month(first, last) or Period(max(first, last - pd.Timedelta(days=29)), last)
