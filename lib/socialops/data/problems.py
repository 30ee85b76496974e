"""Problems found in input data, and the error that carries them to the user."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

MAX_ROWS_SHOWN = 5


class Notice(str):
    """Something loading noticed that does not stop the report (e.g. ``10万+`` lower bounds).

    It is its English text, for logs and the CLI; :meth:`in_lang` gives it in a report's language.
    ``accounts``: the accounts of the rows it is about, so a report on another account leaves
    it out; ``None`` when it is about the whole file.
    """

    key: str
    values: dict
    accounts: frozenset[str] | None

    def __new__(cls, key: str, accounts: Iterable[str] | None = None, **values):
        from socialops.report.strings import t

        notice = super().__new__(cls, t(key, "en", **_labelled(values, "en")))
        notice.key, notice.values = key, values
        notice.accounts = frozenset(accounts) if accounts else None
        return notice

    def __reduce__(self):  # rebuilt from key and values, so the text is filled in again
        return _notice, (self.key, self.values, self.accounts)

    def in_lang(self, lang: str) -> str:
        from socialops.report.strings import t

        return t(self.key, lang, **_labelled(self.values, lang))

    def concerns(self, accounts: Iterable[str]) -> bool:
        """Whether a report on ``accounts`` should show this notice."""
        return self.accounts is None or not self.accounts.isdisjoint(accounts)


def _labelled(values: dict, lang: str) -> dict:
    """Values given as a tuple of metric names are shown as the metrics' labels in ``lang``."""
    if not any(isinstance(v, tuple) for v in values.values()):
        return values
    from socialops.metrics import metric_label

    def label(metric: str) -> str:  # mid-sentence: "reposts", not "Reposts"
        text = metric_label(metric, lang)
        return text if lang == "zh" else text[:1].lower() + text[1:]

    sep = "、" if lang == "zh" else ", "
    return {k: sep.join(map(label, v)) if isinstance(v, tuple) else v for k, v in values.items()}


def _notice(key: str, values: dict, accounts: frozenset | None = None) -> Notice:
    return Notice(key, accounts, **values)


@dataclass
class Problem:
    """One thing wrong with one column of one file: what was expected, and where.

    ``message`` is its English; a problem made with :meth:`keyed` also carries its string's ``key`` and ``values``,
    so a report shows it in the report's language (:meth:`in_lang`).
    """

    file: str
    message: str
    column: str | None = None
    rows: list[int] = field(default_factory=list)
    table: str | None = None
    key: str | None = field(default=None, compare=False)
    values: dict = field(default_factory=dict, compare=False)

    @classmethod
    def keyed(cls, file: str, key: str, column: str | None = None, rows: Iterable[int] = (), table: str | None = None,
              **values) -> Problem:
        """A problem whose message is the string ``key`` (see :data:`PROBLEM_STRINGS`) filled with ``values``."""
        from socialops.report.strings import t

        return cls(file, t(key, "en", **values), column, list(rows), table, key, values)

    def __str__(self) -> str:
        return self.in_lang("en")

    def in_lang(self, lang: str) -> str:
        """The file, column and rows, then what was expected, in ``lang`` (a message without a key stays English)."""
        from socialops.report.strings import t

        comma, colon, row_sep = ("，", "：", "、") if lang == "zh" else (", ", ": ", ", ")
        where = [self.file]
        if self.column:
            where.append(t("problem_where_column", lang, column=self.column))
        if self.rows:
            shown = row_sep.join(str(r) for r in self.rows[:MAX_ROWS_SHOWN])
            more = len(self.rows) - MAX_ROWS_SHOWN
            where.append(t("problem_where_row" if len(self.rows) == 1 else "problem_where_rows", lang, rows=shown)
                         + (t("problem_where_more", lang, more=more) if more > 0 else ""))
        message = t(self.key, lang, **self.values) if self.key else self.message
        return comma.join(where) + colon + message


class RenderError(Exception):
    """A report cannot be rendered at all (bad notebook path, secret-like parameter)."""


_report_lang = "en"  # the language of the report being made in this process (a kernel makes one at a time)


def set_report_lang(lang: str) -> None:
    """Say which language a refusal is shown in from now on (the workbook sets it as it opens)."""
    global _report_lang
    _report_lang = lang


class ReportError(Exception):
    """A parameter or subject a report cannot work with; shown without a traceback, in the report's language
    when the raiser gave it (``translations``: language → message; ``str()`` is the English)."""

    def __init__(self, message: str, translations: dict[str, str] | None = None):
        super().__init__(message)
        self.translations = dict(translations or {})

    def in_lang(self, lang: str) -> str:
        return self.translations.get(lang, str(self))

    def _render_traceback_(self) -> list[str]:  # IPython prints this instead of a traceback: the message alone,
        return [self.in_lang(_report_lang)]      # written for the reader in the report's language


class StoreError(ReportError):
    """The history store cannot be used now (busy, damaged, not a store, disk full); one line says why."""


class DataError(Exception):
    """Input data broke the contract. Carries every problem, one line each."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__(self.render())

    def render(self, lang: str = "en") -> str:
        """The first problem on the first line (it is what an index or a log shows), then all of them."""
        from socialops.report.strings import t

        n = len(self.problems)
        first = self.problems[0].in_lang(lang)
        if n == 1:
            return t("data_error_one", lang, problem=first)
        return "\n".join([t("data_error_many", lang, n=n, problem=first), *(f"  - {p.in_lang(lang)}" for p in self.problems)])

    def _render_traceback_(self) -> list[str]:  # IPython prints this instead of a traceback, in the report's language
        return self.render(_report_lang).splitlines()

    def _repr_html_(self) -> str:  # shown in a notebook instead of a long traceback
        import html

        from socialops.report.strings import t

        items = "".join(f"<li>{html.escape(p.in_lang(_report_lang))}</li>" for p in self.problems)
        heading = html.escape(t("data_error_heading", _report_lang, n=len(self.problems)))
        return f"<div class='so-error'><b>{heading}</b><ul>{items}</ul></div>"
