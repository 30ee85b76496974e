"""The audience voice workbook's figures, computed by hand: reply rate and business-hours reply times across a night
and a public holiday, the net sentiment rate, and the moves between the tiers of the user pyramid."""
from __future__ import annotations

import pandas as pd
import pytest

from socialops.data.periods import Period
from socialops.report.blocks import view
from socialops.workbooks.audience_voice import analysis as V
from socialops.workbooks.audience_voice import views  # noqa: F401 - registers the views of its results, shared ones too


def _comments(rows, columns=("comment_id", "created_at", "parent_id", "own", "is_complaint", "is_question", "text")):
    frame = pd.DataFrame(rows, columns=list(columns))
    frame["created_at"] = pd.to_datetime(frame["created_at"])
    frame["post_id"], frame["account_id"] = "p1", "acc"
    return frame


def test_business_minutes_skip_nights_weekends_and_the_national_day_holiday():
    start = pd.Series(pd.to_datetime(["2026-09-30 17:30", "2026-10-10 20:00", "2026-10-13 10:00"]))
    end = pd.Series(pd.to_datetime(["2026-10-08 09:45", "2026-10-12 10:00", "2026-10-13 10:20"]))
    minutes, official = V.business_minutes(start, end)
    # 17:30-18:00 on the 30th, then the holiday 1-7 October, then 9:00-9:45 on the 8th: 30 + 45
    # Saturday 10 October is a working day made up for the holiday, but 20:00 is after hours; Sunday is off: 60
    assert minutes.tolist() == [75.0, 60.0, 20.0] and official


def test_reply_rate_median_reply_time_and_unanswered_complaints():
    voice = _comments([
        ("c1", "2026-09-30 17:30", None, False, True, False, "等了十天还没发货"),
        ("c2", "2026-10-10 20:00", None, False, False, True, "哪里有门店？"),
        ("c3", "2026-10-13 10:00", None, False, False, True, "多少钱？"),
        ("c4", "2026-10-13 11:00", None, False, True, False, "要退款"),
        ("f1", "2026-10-14 12:00", "c1", False, False, False, "同问"),       # a fan's reply: not the account's, not top level
        ("r1", "2026-10-08 09:45", "c1", True, False, False, "已加急处理"),
        ("r1b", "2026-10-09 09:45", "c1", True, False, False, "已发货"),     # a second reply: the first one counts
        ("r2", "2026-10-12 10:00", "c2", True, False, False, "上海有"),
        ("r3", "2026-10-13 10:20", "c3", True, False, False, "19 元"),
    ])
    care = V.care(voice, Period(pd.Timestamp("2026-09-28"), pd.Timestamp("2026-10-18")), hours=24)
    assert (care.top_level, care.replied, care.reply_rate) == (4, 3, 0.75)
    assert care.median_minutes == 60.0                      # median of 75, 60, 20
    assert (care.complaint_reply_rate, care.complaint_median_minutes) == (0.5, 75.0)
    assert (care.questions, care.complaints) == (2, 2)
    assert care.unanswered["text"].tolist() == ["要退款"]
    assert care.unanswered["hours"].tolist() == [133.0]    # 13 October 11:00 to the period's close, 19 October 00:00
    assert care.overdue == 1


def test_a_reply_after_the_period_does_not_count_as_answered_then():
    voice = _comments([("c1", "2026-10-30 10:00", None, False, True, False, "要退款"),
                       ("r1", "2026-11-02 10:00", "c1", True, False, False, "已处理")])
    care = V.care(voice, Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-31")), hours=24)
    assert care.unanswered["text"].tolist() == ["要退款"] and care.overdue == 1


def test_without_any_reply_crawled_the_reply_rate_is_not_available_not_zero():
    voice = _comments([("c1", "2026-10-13 11:00", None, False, True, False, "要退款")])
    care = V.care(voice, Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-31")))
    assert care.reply_rate is None and not care.replies_crawled
    assert view(care, "en").findings[0].startswith("The crawl holds none of the account's replies")


def test_net_sentiment_rate_and_its_interval():
    labels = pd.Series(["positive"] * 3 + ["neutral"] * 2 + ["negative"])
    assert V.net_sentiment(labels) == 0.5                   # (3 - 1) / (3 + 1)
    assert V.net_sentiment(pd.Series(["neutral"])) is None  # no positive or negative: not available, not 0
    shares = V.sentiment_shares(labels)
    assert shares == {"positive_share": 0.5, "neutral_share": 2 / 6, "negative_share": 1 / 6}
    low, high = V._bootstrap(V._counts(labels), V._nsr_of, seed=6)
    assert -1 <= low <= 0.5 <= high <= 1


def test_the_user_pyramid_and_its_moves():
    rows = [("A", "2026-09-05", "p1"), ("A", "2026-09-10", "p2"), ("A", "2026-09-20", "p3"), ("A", "2026-10-05", "p4"),
            ("C", "2026-10-20", "p4"), ("D", "2026-09-15", "p1"), ("D", "2026-10-16", "p4"), ("E", "2026-07-01", "p0")]
    voice = pd.DataFrame([{"comment_id": f"c{i}", "author": a, "created_at": pd.Timestamp(d), "post_id": p, "own": False,
                           "terms": "好喝"} for i, (a, d, p) in enumerate(rows)])
    period = Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-31"))
    result = V.pyramid(voice, period, period.previous(), core_k=3)
    assert result.tiers["commenters"].to_dict() == {"core": 1, "active": 1, "one_off": 1, "dormant": 1}
    assert result.tiers["previous"].to_dict() == {"core": 1, "active": 0, "one_off": 1, "dormant": 1}
    moves = {(f, t): int(n) for (f, t), n in result.moves.stack().items() if n}
    assert moves == {("core", "core"): 1, ("new", "one_off"): 1, ("one_off", "active"): 1, ("dormant", "dormant"): 1}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_workbook_on_the_sample(sample, lang):
    voice = V.audience(sample["comments"], sample["accounts"], "own_weibo")
    period = Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-31"))
    posts = sample["posts"][sample["posts"]["account_id"] == "own_weibo"]
    assert voice["own"].any() and not voice["own"].all()
    blocks = [view(V.volume(voice, posts, period, period.previous()), lang), view(V.topics(voice, period, period.previous()), lang),
              view(V.mood(voice, posts, period, period.previous()), lang), view(V.care(voice, period), lang),
              view(V.pyramid(voice, period, period.previous()), lang)]
    mood = blocks[2]
    assert mood.values["sentiment_accuracy"][0] == V.T.accuracy().accuracy  # measured, the same figure the glossary cites
    assert {"发货", "退款", "物流"} & set(blocks[1].extra["terms"]["rising"])  # the delivery delay of late October
    assert blocks[3].values["unanswered_complaints"][0] > 0
    if lang == "zh":
        assert not any(c.isascii() and c.isalpha() for line in mood.findings for c in line.replace("F1", ""))


def test_what_a_tier_says_is_listed_the_same_in_every_process():
    """Ties among a tier's terms are broken by the term, not by a set's order (which Python's hash seed changes)."""
    import subprocess
    import sys

    code = ("import pandas as pd\nfrom socialops.data.periods import Period\nfrom socialops.workbooks.audience_voice import analysis as V\n"
            "v = pd.DataFrame({'comment_id': ['a', 'b'], 'author': ['x', 'y'], 'created_at': pd.to_datetime(['2026-10-02'] * 2),"
            " 'post_id': ['p', 'q'], 'own': False, 'terms': ['好喝;包装;可爱;奶盖;芝士;联名', '联名;芝士;奶盖;可爱;包装;好喝']})\n"
            "p = Period(pd.Timestamp('2026-10-01'), pd.Timestamp('2026-10-31'))\n"
            "print(V.pyramid(v, p, p.previous()).terms['one_off'])")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (0, 1)}
    assert seen == {"[('包装', 2), ('可爱', 2), ('奶盖', 2), ('好喝', 2), ('联名', 2)]\n"}


def test_a_period_the_data_covers_in_part_is_not_compared_with_a_whole_one(sample):
    """The sample's Douyin log ends on 23 October: its October comments are counted to then and not set against
    September's whole month, in the table, the JSON and the sentence."""
    voice = V.audience(sample["comments"], sample["accounts"], "own_douyin")
    posts = sample["posts"][sample["posts"]["account_id"] == "own_douyin"]
    october = Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-31"))
    part = Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-23"))
    result = V.volume(voice, posts, october, october.previous(), part)
    assert result.table["previous"].isna().all() and result.table["change_pct"].isna().all()
    block = view(result, "en")
    assert block.facts[0].key == "audience_voice.volume.partial" and "Oct 23" in block.findings[0]
    assert all(previous is None for _, previous in block.values.values())
    whole = V.volume(voice, posts, october, october.previous(), october)  # covered whole: compared as before
    assert whole.covered is None and whole.table["previous"].notna().any()
