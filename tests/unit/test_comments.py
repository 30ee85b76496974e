"""Comments in: every crawler's shape read untouched, nobody named, the store keeps one row per comment."""
from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from socialops.data import comments as CM
from socialops.data import store
from socialops.data import text as T
from socialops.data.load import load_dataset

import comment_exports as X

STORES = ("csv", "json", "jsonl", "xlsx")


# every platform's shape in the crawler's default store, and every store for one platform (the stores are read by
# the same readers whatever the platform): eight loads, not twenty
CASES = [(platform, "csv") for platform in sorted(X.PLATFORMS)] + [("douyin", kind) for kind in STORES if kind != "csv"]


@pytest.mark.parametrize("platform, kind", CASES)
def test_every_mediacrawler_comment_store_loads_untouched(tmp_path, platform, kind):
    case = X.mediacrawler(tmp_path, platform, kind)
    data = load_dataset(case.folder, account_id="acc", platform=case.platform)
    assert not data.problems, [str(p) for p in data.problems]
    comments = data["comments"]
    assert len(comments) == case.comments
    assert sorted(comments["text"]) == sorted(case.texts)
    assert comments["created_at"].min() == pd.Timestamp("2026-10-03 20:15:00")  # epoch seconds or ms, local time
    if case.likes is None:
        assert "likes" not in comments  # Kuaishou's crawl carries none: unknown, never 0
    else:
        assert comments["likes"].sum() == case.likes
    if platform == "kuaishou":
        assert "parent_id" not in comments  # the crawl writes no parent: which comment a reply answers is unknown
    else:
        replies = comments.set_index("comment_id")["parent_id"]
        assert replies["1003"] == "1002" and replies[["1001", "1002", "1004"]].isna().all()  # "0", "" or itself: none
    part = next(p for p in data.parts if p.table == "comments")
    assert "nickname" in part.ignored and "never read" in part.ignored["nickname"]


def test_no_nickname_or_raw_id_is_kept(tmp_path):
    case = X.mediacrawler_weibo_old(tmp_path)
    data = load_dataset(case.folder, account_id="acc", platform="weibo")
    assert not data.problems
    comments = data["comments"]
    kept = [str(v) for v in comments.to_numpy().ravel()]
    assert not any("真名" in v or "u-fan-1" in v or "weibo.com/u" in v for v in kept)
    assert set(comments.columns).isdisjoint({"nickname", "avatar", "profile_url", "gender", "user_id"})
    assert comments["author"].str.fullmatch(r"a-[0-9a-f]{16}").all()
    assert comments["ip_location"].eq("上海").all()


def test_a_person_is_one_hash_whether_the_crawl_gave_the_id_or_its_hash():
    assert CM.hash_person("u-fan-1") == CM.hash_person(X.creator_hash("u-fan-1"))
    assert CM.hash_person("u-fan-1") != CM.hash_person("u-fan-2")
    assert CM.hash_person(None) is None and CM.hash_person("  ") is None


def test_the_salt_is_the_installations_own(tmp_path, monkeypatch):
    before = CM.hash_person("u-fan-1")
    monkeypatch.setenv("SOCIALOPS_HOME", str(tmp_path / "other"))
    CM.salt.cache_clear()
    try:
        other = CM.hash_person("u-fan-1")
        assert other != before  # another installation cannot match our hashes to its own
        assert (tmp_path / "other" / "salt").stat().st_mode & 0o777 == 0o600
        assert CM.hash_person("u-fan-1") == other  # and keeps its own
    finally:
        CM.salt.cache_clear()


def test_the_accounts_own_comments_are_told_by_its_platform_user_id(tmp_path):
    case = X.mediacrawler(tmp_path, "xhs", "csv")
    accounts = pd.DataFrame({"account_id": ["acc"], "platform": ["xiaohongshu"], "name": ["品牌"], "role": ["own"],
                             "platform_user_id": ["u-brand"]})
    comments = load_dataset(case.folder, account_id="acc", platform="xiaohongshu")["comments"]
    own = CM.is_own(comments, accounts)
    assert comments.loc[own, "comment_id"].tolist() == ["1003"]
    assert CM.is_own(comments, None).sum() == 0  # no platform user id: nothing is called the account's


def test_the_crawls_own_author_is_registered_as_the_accounts_platform_user(tmp_path):
    import exports

    case = exports.mediacrawler_xhs(tmp_path)
    data = load_dataset(case.folder, account_id="rival", role="competitor")
    assert data["accounts"]["platform_user_id"].tolist() == ["5f0000000000000000000001"]


def test_comments_are_scored_once_when_read(tmp_path):
    case = X.mediacrawler(tmp_path, "douyin", "csv")
    comments = load_dataset(case.folder, account_id="acc", platform="douyin")["comments"].set_index("comment_id")
    assert comments.loc["1002", "is_complaint"] and comments.loc["1002", "is_question"]
    assert comments.loc["1001", "sentiment"] == "positive" and comments.loc["1002", "sentiment"] == "negative"
    assert "哈哈" in comments.loc["1004", "terms"].split(";") and "[笑哭]" in comments.loc["1004", "terms"].split(";")
    assert comments["sentiment_score"].between(0, 1).all()


def test_terms_collapse_laughter_and_keep_brand_words():
    assert T.normalise("哈哈哈哈哈哈哈太太太好了！！！！") == "哈哈太太好了！！"
    T.add_words(["茶语时光"])
    assert "茶语时光" in T.terms("茶语时光的新品yyds")
    assert "的" not in T.terms("茶语时光的新品")


def test_a_store_keeps_one_row_per_comment_and_revises_likes(tmp_path):
    db = tmp_path / "s.duckdb"
    first = X.mediacrawler(tmp_path / "a", "douyin", "csv")
    store.ingest(db, [first.folder], account_id="acc", platform="douyin")
    later = tmp_path / "b"
    later.mkdir()
    frame = pd.read_csv(first.folder / "creator_comments_2026-11-01.csv", dtype=str)
    frame.loc[frame["comment_id"] == "1001", "like_count"] = "80"  # the same comment a day later: more likes
    extra = frame.iloc[[0]].assign(comment_id="1005", content="第二次下载才有的评论")
    pd.concat([frame, extra]).to_csv(later / "creator_comments_2026-11-02.csv", index=False)
    store.ingest(db, [later], account_id="acc", platform="douyin")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM comments").fetchone() == (5,)
        assert con.execute("SELECT likes FROM comments WHERE comment_id = '1001'").fetchone() == (80.0,)
        assert con.execute("SELECT old_value, new_value FROM _revisions WHERE \"column\" = 'likes'").fetchall() == [("35.0", "80.0")]
        assert con.execute("SELECT count(*) FROM comments WHERE sentiment IS NULL").fetchone() == (0,)
    back = store.read_slice(db, ["acc"])["comments"]
    assert set(back["comment_id"]) == {"1001", "1002", "1003", "1004", "1005"}


def test_weibo_crawlers_comments_load_untouched_and_its_own_replies_are_told_by_its_name(tmp_path):
    case = X.weibo_crawler(tmp_path)
    data = load_dataset(case.folder, account_id="own_weibo", platform="weibo")
    assert not data.problems, [str(p) for p in data.problems]
    comments = data["comments"]
    assert len(comments) == case.comments  # the summary file and the per-weibo files: each comment once
    assert comments["likes"].sum() == case.likes and sorted(comments["text"]) == sorted(case.texts)
    assert comments["created_at"].min() == pd.Timestamp("2026-10-03 20:15:00")  # Sat Oct 03 20:15:00 +0800 2026
    assert not any("爱喝茶的小林" in str(v) for v in comments.to_numpy().ravel())  # a commenter's name is never kept
    accounts = pd.DataFrame({"account_id": ["own_weibo"], "name": ["茶语时光官方微博"]})
    assert comments.loc[CM.is_own(comments, accounts), "text"].tolist() == ["亲，已为您加急处理，请私信订单号哦"]


def test_a_date_column_pandas_refuses_whole_is_read_cell_by_cell():
    from socialops.data.parse import parse_datetime

    values, bad = parse_datetime(pd.Series(["Sat, 03 Oct 2026 20:15:00 +0800 x", "2026-10-03 20:15:00"]), "Asia/Shanghai")
    assert bad.tolist() == [True, False] and values.iloc[1] == pd.Timestamp("2026-10-03 20:15:00")


def test_wechat_article_exporters_json_gives_its_articles_and_their_comments(tmp_path):
    case = X.wechat_exporter(tmp_path)
    data = load_dataset(case.folder, account_id="own_wechat")
    assert not data.problems, [str(p) for p in data.problems]
    posts, comments = data["posts"].set_index("post_id"), data["comments"].set_index("comment_id")
    assert posts.loc["2650000001_1", ["reads", "likes", "reposts", "in_view", "comments"]].tolist() == [5200, 104, 65, 43, 3]
    assert posts.loc["2650000002_1", "published_at"] == pd.Timestamp("2026-10-09 08:00:00")
    assert data["accounts"]["name"].tolist() == [X.WECHAT_ACCOUNT] and data["accounts"]["platform"].tolist() == ["wechat"]
    assert len(comments) == case.comments and sorted(comments["text"]) == sorted(case.texts)
    assert set(comments["post_id"]) <= set(posts.index)  # a comment sits under its article, by the same id
    assert comments.loc["1001-r1", "parent_id"] == "1001" and comments.loc["1001", "parent_id"] is None
    assert comments["likes"].sum() == case.likes and comments.loc["1002", "ip_location"] == "浙江"
    own = CM.is_own(comments.reset_index(), data["accounts"])
    assert comments.reset_index().loc[own, "comment_id"].tolist() == ["1001-r1"]  # the account's reply, by its name
    assert not any("爱喝茶的小林" in str(v) or "o-柠檬不酸" in str(v) for v in comments.to_numpy().ravel())
    part = next(p for p in data.parts if p.table == "posts")
    assert "comments" in part.ignored and "read into the comments table" in part.ignored["comments"]


def test_wechat_article_exporters_excel_loads_untouched(tmp_path):
    data = load_dataset(X.wechat_exporter_excel(tmp_path), account_id="rival_wechat", role="competitor")
    assert not data.problems, [str(p) for p in data.problems]
    posts = data["posts"].set_index("post_id")
    assert posts["reads"].sum() == 5200 + 8100 and posts.loc["2650000001_1", "is_original"]
    assert posts.loc["2650000002_1", "published_at"] == pd.Timestamp("2026-10-09 08:00:00")
    assert data["accounts"]["role"].tolist() == ["competitor"]


def test_prepared_comments_are_remembered_and_a_damaged_entry_is_prepared_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    raw = pd.DataFrame({"comment_id": ["1", "2"], "post_id": "p", "account_id": "a",
                        "created_at": pd.to_datetime(["2026-10-01 09:00", "2026-10-01 10:00"]),
                        "text": ["太好喝了😍", "要退款"], "author": ["u1", "u2"]})
    first = CM.prepare(raw)
    entries = list((tmp_path / "cache" / "socialops" / "comments").glob("*.pkl"))
    assert len(entries) == 1
    pd.testing.assert_frame_equal(CM.prepare(raw), first)            # from the cache
    pd.testing.assert_frame_equal(CM.prepared(raw), first)           # as worked out anew
    entries[0].write_bytes(b"not a pickle")
    pd.testing.assert_frame_equal(CM.prepare(raw), first)            # damaged: worked out again
    other = raw.assign(text=["太难喝了", "要退款"])
    assert CM.prepare(other).loc[0, "sentiment"] == "negative"       # other content, another entry
    assert len(list(entries[0].parent.glob("*.pkl"))) == 2
