"""What a comment says, worked out once when comments are read: its terms, its sentiment and whether it asks
or complains.

Terms come from jieba with the brand's own words (a team's word list, ``brand_words.txt``) as a user
dictionary, stop words dropped, laughter (哈哈哈) and repeated marks collapsed, emoji kept as terms of their own
(``[笑哭]``, ``😍``). Sentiment is a naive Bayes classifier (scikit-learn) over those terms, the emoji and a
polarity lexicon with negation, trained on labelled short comments that ship with socialops
(``lexicon/labelled_comments.tsv``) and a team's own (``labelled_comments.tsv`` in the settings folder).
A fixed part of each labelled set is never trained on: :func:`accuracy` measures the classifier on it, so
every report prints an accuracy that was measured, never a constant. Everything runs offline.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from socialops.atomic import write_text_atomic
from socialops.data.contract import SENTIMENTS

LEXICON_DIR = Path(__file__).with_name("lexicon")
HELD_OUT_SHARE = 0.3   # of each labelled set, chosen by a hash of the text: the same rows every run, never trained on

LAUGHTER = re.compile(r"(哈|呵|嘿|嘻|233|hh|h)\1{2,}|(哈哈)+哈*", re.IGNORECASE)
REPEATS = re.compile(r"(.)\1{2,}")
BRACKET_EMOJI = re.compile(r"\[([^\[\]\s]{1,8})\]")  # Weibo's [笑哭], Xiaohongshu's [哭惹R], Bilibili's [doge]
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")
QUESTION_MARK = re.compile(r"[?？]")
WORD = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)

# Words every comment section uses that say nothing of a topic (a team adds its own: stop_words.txt).
STOP_WORDS = frozenset("""
的 了 是 我 你 他 她 它 们 我们 你们 他们 这 那 这个 那个 就 都 也 还 又 在 和 与 及 或 把 被 让 给 对 跟 从 到 为 向 吗 呢 吧 啊 呀
哦 哇 嘛 哈 啦 嗯 喔 噢 么 呗 诶 哎 一个 一下 一样 有点 有些 什么 怎么 为什么 这么 那么 真的 就是 还是 但是 不过 然后 所以 因为 如果
可以 可能 应该 已经 现在 今天 明天 昨天 自己 大家 没有 不是 知道 觉得 感觉 一直 时候 东西 这样 那样 出来 起来 还有 比较 非常 特别
太 很 好 更 最 才 再 会 要 想 能 去 来 说 看 有 没 不 上 下 里 中 个 之 其 而 但 并 等 着 过 得 地 吃 喝 买 用 一 二 三 啥 咋 嘞 捏
""".split())

# Polarity words (a team adds its own: positive_words.txt, negative_words.txt), slang and emoji included.
POSITIVE = frozenset("""
好喝 好吃 好用 好看 喜欢 爱了 推荐 回购 绝绝子 yyds 值 值得 满意 惊喜 惊艳 点赞 支持 开心 幸福 治愈 舒服 清爽 丝滑 超快 耐心 热情 良心
宝藏 心动 种草 安利 出片 给力 靠谱 完美 优秀 精致 可爱 温柔 用心 诚意 宠粉 入股 狂喜 吹爆 满分 五星 好评 爱惨 不踩雷 性价比 香 赞
👍 😍 🥰 ❤ 🎉 💯 🔥 👏 [心] [赞] [爱你] [鼓掌] [太开心] [哈哈] [愛心] [点赞] [偷笑] [送花花] [给力]
""".split())
NEGATIVE = frozenset("""
难喝 难吃 难用 踩雷 差评 失望 垃圾 坑 假货 退款 投诉 漏 慢 坏 差 贵 涨价 过敏 变质 无语 骗 骗人 欺骗 虚假 夸大 噱头 割韭菜 智商税
下头 敷衍 翻车 拉黑 取关 举报 恶心 吐 尴尬 堪忧 缩水 背刺 内定 发霉 卡 失败 少发 取消 退货 晕 疼 拉肚子 爆痘 红疹 冰碴子 不新鲜
塑料味 压扁 碎 临期 齁 凉 答非所问 推来推去 不理 不回 没货 没效果 浪费 告辞 破 辣眼睛 乱七八糟 不环保 怪
😤 😭 😡 👎 😠 💔 🤮 [怒] [泪] [哭] [生气] [吐] [衰] [抓狂] [委屈] [拜拜]
""".split())
NEGATORS = ("不", "没", "别", "无", "未", "非", "莫", "毫无", "并不", "一点都不", "根本不")

# Comment-section words jieba's dictionary splits (小编 → 编太会): kept whole.
COMMON_WORDS = ("小编", "yyds", "绝绝子", "回购", "踩雷", "种草", "安利", "出片", "宝藏", "宠粉", "下头", "割韭菜", "智商税", "联名")

# A question: a question mark, or one of these (a team adds its own: question_words.txt).
QUESTION_WORDS = ("吗", "请问", "怎么买", "怎么用", "怎么参与", "怎么样", "怎么选", "如何", "哪里", "哪儿", "多少钱", "多少",
                  "什么时候", "几点", "几号", "能不能",
                  "有没有", "可不可以", "是不是", "求链接", "蹲链接", "求问", "在哪")
# A complaint: what customer care must answer (a team adds its own: complaint_words.txt).
COMPLAINT_WORDS = ("退款", "退货", "投诉", "差评", "假货", "没发货", "还没发货", "不发货", "少发", "漏发", "发错", "破损", "坏了",
                   "质量差", "质量太差", "过敏", "变质", "发霉", "拉肚子", "肚子疼", "虚假宣传", "欺骗", "骗人", "客服不回",
                   "一直不回", "没人处理", "没人负责", "不理", "12315", "维权", "举报", "给个说法", "货不对板", "压扁", "漏了",
                   "吃出", "头发", "异物", "取消了", "付款失败", "没收到", "缺货")


def fingerprint() -> str:
    """Everything a comment's terms and score depend on, hashed (without loading jieba or the classifier): the
    labelled comments, a team's word lists, this code and the libraries' versions. A cache of scores keys on it."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    team = settings_dir()
    for path in (LEXICON_DIR / "labelled_comments.tsv", team / "labelled_comments.tsv", *sorted((team / "lexicon").glob("*.txt")),
                 Path(__file__), Path(__file__).with_name("comments.py")):
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes() if path.is_file() else b"-")
    for package in ("jieba", "scikit-learn", "numpy"):
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            digest.update(package.encode())
    return digest.hexdigest()


def settings_dir() -> Path:
    """Where an installation keeps what is its own: the author salt and a team's word lists
    (``$SOCIALOPS_HOME``, else ``~/.config/socialops``)."""
    return Path(os.environ.get("SOCIALOPS_HOME") or Path.home() / ".config" / "socialops")


def _team_words(name: str) -> tuple[str, ...]:
    """A team's own word list (``<settings>/lexicon/<name>.txt``: one word a line, # for comments)."""
    path = settings_dir() / "lexicon" / f"{name}.txt"
    if not path.is_file():
        return ()
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8-sig").splitlines())
    return tuple(line for line in lines if line)


@dataclass(frozen=True)
class Lexicon:
    """The words the reading of comments uses: the defaults above and a team's own lists."""

    brand: tuple[str, ...]
    stop: frozenset[str]
    positive: frozenset[str]
    negative: frozenset[str]
    questions: tuple[str, ...]
    complaints: tuple[str, ...]

    @property
    def brand_set(self) -> frozenset[str]:
        return frozenset(self.brand)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(_team_words("brand_words"), STOP_WORDS | set(_team_words("stop_words")),
                   POSITIVE | set(_team_words("positive_words")), NEGATIVE | set(_team_words("negative_words")),
                   QUESTION_WORDS + _team_words("question_words"), COMPLAINT_WORDS + _team_words("complaint_words"))


# ---------------------------------------------------------------- terms

@lru_cache(maxsize=1)
def _jieba():
    """jieba, initialised once, quiet, with the brand's words: a brand name split in two would never count."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    for word in (*COMMON_WORDS, *lexicon().brand):
        jieba.add_word(word, freq=100_000)
    return jieba


def add_words(words: Iterable[str]) -> None:
    """Words to keep whole when segmenting (the accounts' names, a campaign's name)."""
    jieba = _jieba()
    for word in words:
        if word and len(word) >= 2:
            jieba.add_word(str(word), freq=100_000)


def normalise(text: str) -> str:
    """Laughter to one 哈哈, a run of one character or mark to two (太太太好 → 太太好, ！！！ → ！！)."""
    text = LAUGHTER.sub("哈哈", text)
    return REPEATS.sub(r"\1\1", text)


def tokens(text: str) -> list[str]:
    """A comment's words and emoji, in order: stop words, punctuation and single digits left out."""
    if not text:
        return []
    text = normalise(str(text)).replace("哈哈", " 哈哈 ")  # laughter is a term of its own, never 哈哈笑
    emoji = [f"[{m}]" for m in BRACKET_EMOJI.findall(text)]
    plain = BRACKET_EMOJI.sub(" ", text)
    emoji += EMOJI.findall(plain)
    plain = EMOJI.sub(" ", plain)
    stop = lexicon().stop
    words = [w.strip() for w in _jieba().lcut(plain)]
    words = [w.lower() for w in words if w and WORD.search(w) and w not in stop and not w.isdigit()]
    return words + emoji


def terms(text: str, words: list[str] | None = None) -> list[str]:
    """What a comment talks about: its words of two characters or more (a brand word of any length) and its emoji
    (``words``: its tokens, when already cut)."""
    brand = lexicon().brand_set
    return [t for t in (tokens(text) if words is None else words) if len(t) >= 2 or t in brand or EMOJI.fullmatch(t)]


# ---------------------------------------------------------------- flags

def is_question(text: str) -> bool:
    text = "" if text is None else str(text)
    return bool(QUESTION_MARK.search(text)) or any(w in text for w in lexicon().questions)


def is_complaint(text: str) -> bool:
    text = "" if text is None else str(text)
    return any(w in text for w in lexicon().complaints)


# ---------------------------------------------------------------- sentiment

def features(text: str, words: list[str] | None = None) -> list[str]:
    """What the classifier reads: the comment's tokens (``words``, when already cut), each polarity word it holds
    (marked ``NOT_`` after a negator), and whether it asks."""
    text = "" if text is None else str(text)
    words = tokens(text) if words is None else words
    lex = lexicon()
    out = list(words)
    for word in words:
        polarity = "POS" if word in lex.positive else "NEG" if word in lex.negative else None
        if polarity is None:
            continue
        at = text.find(word)
        before = text[max(0, at - 4):at] if at >= 0 else ""
        negated = any(before.endswith(n) or n in before[-2:] for n in NEGATORS)
        out.append(f"{'NOT_' if negated else ''}{polarity}")
    for word in lex.negative:  # polarity words jieba splits (一点都不香, 拉肚子) still count
        if len(word) >= 2 and word in text and word not in words:
            out.append("NEG")
    for word in lex.positive:
        if len(word) >= 2 and word in text and word not in words:
            out.append("POS")
    if is_question(text):
        out.append("ASKS")
    return out or ["EMPTY"]


def is_held_out(text: str) -> bool:
    """Whether a labelled comment belongs to the held-out part (a hash of its text: the same every run)."""
    digest = hashlib.sha256(str(text).strip().encode("utf-8")).digest()
    return digest[0] / 256 < HELD_OUT_SHARE


def labelled() -> pd.DataFrame:
    """Every labelled comment: socialops' own and a team's (``<settings>/labelled_comments.tsv``), with
    ``source`` and ``held_out``."""
    frames = []
    for source, path in (("socialops", LEXICON_DIR / "labelled_comments.tsv"),
                         ("team", settings_dir() / "labelled_comments.tsv")):
        if path.is_file():
            frame = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False)
            frame = frame[frame["label"].isin(SENTIMENTS) & frame["text"].str.strip().ne("")]
            frames.append(frame[["label", "text"]].assign(source=source))
    out = pd.concat(frames, ignore_index=True).drop_duplicates("text", keep="last")
    return out.assign(held_out=out["text"].map(is_held_out)).reset_index(drop=True)


class Classifier:
    """Naive Bayes over :func:`features`, trained on the labelled comments that are not held out."""

    def __init__(self, train: pd.DataFrame):
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.naive_bayes import ComplementNB

        self.vectorizer = CountVectorizer(analyzer=_as_is, min_df=1)
        matrix = self.vectorizer.fit_transform([features(text) for text in train["text"]])
        self.model = ComplementNB(alpha=0.5).fit(matrix, train["label"])
        self.trained_on = len(train)

    def predict(self, texts: Iterable[str], cut: list[list[str]] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Each text's label and the probability the model gives that label (``cut``: their tokens, when known)."""
        texts = ["" if t is None else str(t) for t in texts]
        if not texts:
            return np.array([], dtype=object), np.array([], dtype=float)
        found = [features(t, None if cut is None else cut[i]) for i, t in enumerate(texts)]
        proba = self.model.predict_proba(self.vectorizer.transform(found))
        best = proba.argmax(axis=1)
        return self.model.classes_[best], proba[np.arange(len(texts)), best]


def _as_is(found: list[str]) -> list[str]:
    """The vectoriser's analyser: the features are already worked out."""
    return found


@lru_cache(maxsize=1)
def classifier() -> Classifier:
    data = labelled()
    return Classifier(data[~data["held_out"]])


@dataclass(frozen=True)
class Accuracy:
    """How the classifier did on labelled comments it never saw."""

    accuracy: float
    macro_f1: float
    n: int                 # held-out comments it was measured on
    trained_on: int


def measure(predict, data: pd.DataFrame) -> tuple[float, float]:
    """Accuracy and macro-F1 of ``predict`` (texts → labels) on ``data`` (label, text)."""
    from sklearn.metrics import accuracy_score, f1_score

    predicted = list(predict(data["text"].tolist()))
    return (float(accuracy_score(data["label"], predicted)),
            float(f1_score(data["label"], predicted, labels=list(SENTIMENTS), average="macro", zero_division=0)))


@lru_cache(maxsize=1)
def accuracy() -> Accuracy:
    """The classifier measured on the held-out labelled comments (socialops' and the team's): measured once for the
    exact labelled comments, word lists, code and libraries (:func:`fingerprint`) and remembered, so a report that
    shows it needs neither jieba nor the classifier loaded when nothing has changed since."""
    path = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "socialops" / f"accuracy-{fingerprint()[:24]}.json"
    try:
        return Accuracy(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        pass
    data = labelled()
    held = data[data["held_out"]]
    model = classifier()
    acc, f1 = measure(lambda texts: model.predict(texts)[0], held)
    measured = Accuracy(acc, f1, len(held), model.trained_on)
    try:
        write_text_atomic(path, json.dumps(asdict(measured)))
    except OSError:
        pass  # an unwritable cache: measured again next time
    return measured


def score(texts: pd.Series) -> pd.DataFrame:
    """Per comment: ``terms`` (``;``-joined), ``sentiment``, ``sentiment_score`` (the model's probability of that
    label), ``is_question`` and ``is_complaint``. Blank text has no sentiment (unknown, not neutral)."""
    text = texts.astype(object).where(texts.notna(), None)
    said = text.dropna()
    distinct = pd.Series(said.unique(), dtype=object)  # each text once: comment sections repeat (打卡, 来了, 哈哈哈)
    scored = (_score_in_parallel(distinct) if len(distinct) >= PARALLEL_FROM and _cores() > 1
              else _score_distinct(distinct)).set_index(distinct)
    out = scored.reindex(said.to_numpy()).set_axis(said.index).reindex(texts.index)
    out["is_question"] = out["is_question"].fillna(False).astype(bool)
    out["is_complaint"] = out["is_complaint"].fillna(False).astype(bool)
    out["terms"] = out["terms"].astype(object).where(out["terms"].notna(), None)
    out["sentiment"] = out["sentiment"].astype(object).where(out["sentiment"].notna(), None)
    return out


PARALLEL_FROM = 20_000   # distinct texts: fewer are scored here sooner than worker processes start (about 2 s each)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _score_in_parallel(text: pd.Series) -> pd.DataFrame:
    """:func:`_score_distinct` over the machine's cores: segmenting is pure Python and holds one core, and a download
    of a million comments would take minutes on one. Each worker is a fresh ``python -m socialops.data.text`` (not a
    fork of a process that may hold a store's threads, nor a re-run of the caller's script as multiprocessing's spawn
    would do) that trains the same classifier from the same labelled comments and reads the same word lists (the
    settings folder comes with the environment), so the result is the one :func:`_score_distinct` gives. A worker
    reads its texts whole from its stdin and ends with its answer; one whose parent is gone finds its pipe closed and
    exits. A worker that fails leaves its share to this process: slower, never lost."""
    import pickle
    import subprocess
    import sys
    from concurrent.futures import ThreadPoolExecutor

    size = -(-len(text) // _cores())  # one worker a core: each starts anew (about 2 s)
    chunks = [text.iloc[i:i + size].tolist() for i in range(0, len(text), size)]

    def run(texts: list[str]) -> pd.DataFrame:
        worker = subprocess.Popen([sys.executable, "-m", "socialops.data.text"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        out, _ = worker.communicate(pickle.dumps(texts, protocol=pickle.HIGHEST_PROTOCOL))
        if worker.returncode != 0:
            return _score_distinct(pd.Series(texts, dtype=object))
        return pickle.loads(out)

    with ThreadPoolExecutor(max_workers=min(_cores(), len(chunks))) as pool:  # threads wait; the workers compute
        parts = list(pool.map(run, chunks))
    return pd.concat(parts, ignore_index=True).set_axis(text.index)


def _score_distinct(text: pd.Series) -> pd.DataFrame:
    """:func:`score` of distinct, known texts."""
    known = text.map(lambda t: bool(str(t).strip()))
    cut = text.map(lambda t: tokens(t) if t else [])  # cut once: the terms and the classifier read the same tokens
    labels, probability = classifier().predict(text[known].tolist(), cut[known].tolist())
    sentiment = pd.Series(None, index=text.index, dtype=object)
    confidence = pd.Series(np.nan, index=text.index, dtype=float)
    sentiment[known] = labels
    confidence[known] = probability
    found = [";".join(dict.fromkeys(terms(t, words))) if t else None for t, words in zip(text, cut)]
    return pd.DataFrame({"terms": pd.Series(found, index=text.index, dtype=object), "sentiment": sentiment,
                         "sentiment_score": confidence, "is_question": text.map(is_question).astype(bool),
                         "is_complaint": text.map(is_complaint).astype(bool)}, index=text.index)


if __name__ == "__main__":  # a worker of _score_in_parallel: pickled texts in, their scores out
    import pickle
    import sys

    sys.stdout.buffer.write(pickle.dumps(_score_distinct(pd.Series(pickle.load(sys.stdin.buffer), dtype=object)),
                                         protocol=pickle.HIGHEST_PROTOCOL))

