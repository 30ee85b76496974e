"""Sentence pieces the findings are worded with: a title, an hour, a list, a group's name."""
from __future__ import annotations

from socialops import metrics as M
from socialops.report.strings import shorten, t, value_label

STEADY_PCT = 3.0  # a change smaller than this (in %) is called steady


def active_hours(lang: str) -> str:
    """The usual active hours (:data:`metrics.ACTIVE_HOURS`) as a reader sees them: "9:00–10:00, 16:00–17:00, …"."""
    return ("、" if lang == "zh" else ", ").join(M.hour_spans())


def short_title(text, lang: str, limit: int = 80) -> str:
    """A title cut to ``limit`` characters for a sentence (the view escapes it)."""
    return shorten(text, limit, missing=t("not_available", lang))


def hour_label(h, lang) -> str:
    return t("not_available", lang) if h is None else f"{h}:00"


def list_sep(lang: str) -> str:
    return "、" if lang == "zh" else ", "


def group_label(value, lang: str, dimension: str = "format") -> str:
    return t(value, lang) if value in ("headline", "secondary") else value_label(dimension, value, lang)
