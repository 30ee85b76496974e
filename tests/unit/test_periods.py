from __future__ import annotations

import pandas as pd
import pytest

from socialops.data.periods import DAYS, MONTH, WEEK, Period, resolve

from conftest import days


def P(a, b):
    return Period(pd.Timestamp(a), pd.Timestamp(b))


@pytest.mark.parametrize("period, kind, previous", [
    (P("2026-03-01", "2026-03-31"), MONTH, P("2026-02-01", "2026-02-28")),
    (P("2026-01-01", "2026-01-31"), MONTH, P("2025-12-01", "2025-12-31")),
    (P("2026-12-28", "2027-01-03"), WEEK, P("2026-12-21", "2026-12-27")),
    (P("2026-11-10", "2026-11-19"), DAYS, P("2026-10-31", "2026-11-09")),
    (P("2026-11-03", "2026-11-09"), DAYS, P("2026-10-27", "2026-11-02")),  # 7 days but not Monday-Sunday
])
def test_previous_period(period, kind, previous):
    assert period.kind == kind
    assert period.previous() == previous


def test_default_is_the_last_whole_month_in_the_data():
    assert resolve(data_dates=days("2026-05-01", "2026-10-31")) == P("2026-10-01", "2026-10-31")
    assert resolve(data_dates=days("2026-05-03", "2026-10-30")) == P("2026-09-01", "2026-09-30")


def test_default_without_a_whole_month_is_the_last_30_days():
    assert resolve(data_dates=days("2026-10-05", "2026-10-20")) == P("2026-10-05", "2026-10-20")
    assert resolve(data_dates=days("2026-08-05", "2026-09-20")) == P("2026-08-22", "2026-09-20")


def test_explicit_bounds_and_errors():
    assert resolve("2026-10-03", "2026-10-09") == P("2026-10-03", "2026-10-09")
    with pytest.raises(ValueError, match="before it starts"):
        resolve("2026-10-09", "2026-10-03")
    with pytest.raises(ValueError, match="not a date"):
        resolve("soon", "2026-10-03")


def test_labels():
    assert P("2026-10-01", "2026-10-31").label("en") == "October 2026"
    assert P("2026-10-01", "2026-10-31").label("zh") == "2026年10月"
    assert P("2026-11-16", "2026-11-22").label("zh").startswith("2026年第47周")


@pytest.mark.parametrize("lang, words", [("en", "has no daily log and no posts in 2020-01-01 – 2020-01-31; its data covers 2026-"),
                                         ("zh", "在 2020-01-01 – 2020-01-31 没有运营日志，也没有发布内容；其数据范围为 2026-")])
def test_a_period_outside_the_data_is_refused_with_the_datas_range(sample_dir, lang, words):
    from socialops.data.problems import ReportError
    from socialops.report.workbook import Workbook

    with pytest.raises(ReportError) as refused:
        Workbook.open("account_audit", str(sample_dir), "own_weibo", "2020-01-01", "2020-01-31", lang, show=False)
    assert words in refused.value.in_lang(lang)
    assert refused.value._render_traceback_() == [refused.value.in_lang(lang)]  # the page shows the report's language
    inside = Workbook.open("account_audit", str(sample_dir), "own_weibo", "2026-10-01", "2026-10-31", lang, show=False)
    assert inside.period.start == pd.Timestamp("2026-10-01")


def test_chinese_labels_use_full_width_brackets():
    week = Period(pd.Timestamp("2026-10-12"), pd.Timestamp("2026-10-18"))
    assert week.label("zh") == "2026年第42周（2026-10-12 – 2026-10-18）"
    assert week.label("en") == "week 42 of 2026 (2026-10-12 – 2026-10-18)"
