"""Charts: CJK text renders with the project's own font (no missing glyphs), in both languages."""
from __future__ import annotations

import warnings

import matplotlib
import pandas as pd
import pytest

from socialops.report import charts
from socialops.workbooks.account_audit import charts as audit_charts


def glyph_warnings(fig) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        charts.to_png(fig)
    return [str(w.message) for w in caught if "missing from" in str(w.message)]


def test_font_comes_from_the_mplfonts_dependency():
    assert charts.cjk_font_path().name == "NotoSansCJKsc-Regular.otf"
    assert "CJK" in charts.theme().family


def test_chinese_title_has_no_missing_glyphs():
    fig, ax = charts._figure()
    ax.set_title("粉丝增长：茶语时光官方微博（十月）")
    ax.plot([1, 2, 3], [3, 1, 2], label="净增粉丝")
    ax.legend()
    assert glyph_warnings(fig) == []


def test_the_glyph_check_can_fail():
    with matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}):
        fig, ax = charts._figure()
        ax.set_title("粉丝增长")
        assert glyph_warnings(fig)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_figures_in_both_languages(lang):
    days = pd.DataFrame({"date": pd.date_range("2026-10-01", periods=5), "followers": range(5),
                         "gained": [5] * 5, "lost": [1] * 5, "net": [4] * 5, "anomaly": [False] * 4 + [True]})
    grid = pd.DataFrame(1, index=range(7), columns=range(24))
    table = pd.DataFrame({"change_pct": [10.0, -5.0, None]}, index=["posts", "reads", "likes"])
    for fig in (audit_charts.follower_growth(days, lang), charts.posting_heatmap(grid, lang), charts.kpi_changes(table, lang),
                audit_charts.follower_quality({"share_followers_under_10": 0.2, "share_followers_10_500": 0.7,
                                         "share_followers_over_500": 0.1}, 10, lang)):
        assert glyph_warnings(fig) == []
        assert charts.to_png(fig)[:4] == b"\x89PNG"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_hour_of_day_lines_name_their_axis_and_tick_whole_hours(lang):
    from socialops.report.strings import t

    hours = pd.DataFrame({"ours": [0.1, 0.5, 0.4], "theirs": [0.3, 0.3, 0.4]}, index=[8, 12, 20])
    fig = charts.account_lines(hours, {"ours": "我们"}, "ours", t("chart_hours", lang), percent=True, dates=False,
                               lang=lang, xlabel=t("hour", lang))
    ax = fig.axes[0]
    assert ax.get_xlabel() == t("hour", lang)
    assert all(float(tick).is_integer() for tick in ax.get_xticks())
    assert glyph_warnings(fig) == []
    low, high = ax.get_xlim()
    assert [tick for tick in ax.get_xticks() if low <= tick <= high] and high < 21  # nothing past the last hour


@pytest.mark.parametrize(("value", "lang", "text"), [(500, "en", "500"), (3000, "en", "3k"), (1_200_000, "en", "1.2M"),
                                                     (3000, "zh", "3千"), (120_000, "zh", "12万"), (1.5e8, "zh", "1.5亿")])
def test_compact_tick_numbers_are_plain_text(value, lang, text):
    assert charts.compact(value, lang) == text


def test_the_funnel_is_linear_and_every_step_carries_its_figure():
    from socialops.workbooks.content import charts as content_charts

    steps = pd.DataFrame({"total": [622_214, 11_473, 628], "rate_from_reads": [1.0, 0.0184, 0.001]})
    fig = content_charts.funnel(steps, ["Reads", "Reposts", "Orders"])
    ax = fig.axes[0]
    assert ax.get_xscale() == "linear"
    assert [x.get_text().strip() for x in ax.texts] == ["622,214 (100.00%)", "11,473 (1.84%)", "628 (0.10%)"]


def test_kpi_bars_leave_rates_to_the_table_and_fit_the_data():
    table = pd.DataFrame({"change_pct": [10.6, 117.1, 4.4]}, index=["posts", "followers_net", "engagement_rate"])
    ax = charts.kpi_changes(table).axes[0]
    assert [label.get_text() for label in ax.get_yticklabels()] == ["Net follower growth", "Posts"]
    low, high = ax.get_xlim()
    assert low == 0 and 117.1 < high < 117.1 * 1.3  # no empty negative half
    assert "percentage points" in ax.get_xlabel()


def test_the_readability_check_sees_what_a_reader_sees():
    from chartcheck import problems

    fig, ax = charts._figure()
    ax.plot([0, 1, 2], [5, 6, 7], label="line")
    ax.legend(loc="center")  # right over the middle point
    ax.set_yscale("log")
    ax.set_xlim(-10, 10)
    found = "\n".join(problems(fig))
    assert "legend over the data" in found and "log axis" in found and "x axis" in found
    assert "number axis without a unit" in found
    clean, ax = charts._figure()
    ax.plot([0, 1, 2], [5, 6, 7], label="line")
    ax.set_xlabel("Day")
    ax.set_ylabel("Posts")
    clean.legend(*ax.get_legend_handles_labels(), loc="outside lower center")
    assert problems(clean) == []
