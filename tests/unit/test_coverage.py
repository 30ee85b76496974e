"""What an account's data cannot give is said, in the report's language, from the data itself."""
from __future__ import annotations

import pandas as pd

from socialops.data.coverage import coverage_notices


def _posts(**columns):
    base = {"post_id": ["p1", "p2"], "account_id": ["a", "a"],
            "published_at": pd.to_datetime(["2026-10-01", "2026-10-02"])}
    return pd.DataFrame({**base, **columns})


def test_no_gaps_no_notices():
    posts = _posts(reads=[10, 20], reposts=[1, 2], comments=[0, 1], likes=[3, 4], published_date_only=[False, False])
    daily = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"]), "account_id": ["a"], "followers": [100.0]})
    assert coverage_notices({"posts": posts, "daily": daily}, "a") == []


def test_each_gap_is_named_in_both_languages():
    posts = _posts(likes=[3, 4], published_date_only=[True, True], approximate=["likes", None])
    daily = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"]), "account_id": ["a"], "followers": [float("nan")]})
    notices = {n.key: n for n in coverage_notices({"posts": posts, "daily": daily}, "a")}
    assert set(notices) == {"note_no_reads", "note_engagement_parts", "note_dates_only", "note_rounded",
                            "notice_no_follower_totals"}
    parts = notices["note_engagement_parts"]
    assert parts == "Interactions here are made of likes only: the data has no reposts, comments"
    assert parts.in_lang("zh") == "此处互动仅由点赞数构成：数据中没有转发数、评论数"
    assert notices["note_rounded"] == ("Some likes figures are rounded by the platform (e.g. 1.2万), in 1 of the posts: "
                                       "their totals are approximate")
    assert all(n.concerns({"a"}) and not n.concerns({"b"}) for n in notices.values())


def test_other_accounts_gaps_are_not_this_reports():
    posts = _posts(likes=[3, 4])
    posts["account_id"] = "b"
    assert coverage_notices({"posts": posts}, "a") == []
