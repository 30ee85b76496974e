"""The comment classifier against SnowNLP out of the box, on the same held-out labelled comments (SnowNLP loads its
own model: seconds, so not in the unit tier); and the accuracy a report shows is the one measured."""
from __future__ import annotations

from socialops.data import text as T


def test_the_classifier_is_measured_on_comments_it_never_saw_and_beats_snownlp():
    data = T.labelled()
    held = data[data["held_out"]]
    assert len(held) >= 60 and held["label"].nunique() == 3
    model = T.classifier()
    assert model.trained_on == int((~data["held_out"]).sum())
    assert set(held["text"]).isdisjoint(set(data.loc[~data["held_out"], "text"]))
    measured = T.accuracy()
    assert measured.n == len(held)
    from snownlp import SnowNLP

    def snow(texts):
        scores = [SnowNLP(t).sentiments for t in texts]
        return ["positive" if s > 0.6 else "negative" if s < 0.4 else "neutral" for s in scores]

    snow_accuracy, _ = T.measure(snow, held)
    assert measured.accuracy > snow_accuracy + 0.1


def test_the_accuracy_a_report_shows_is_measured_for_the_labelled_comments_as_they_are(tmp_path, monkeypatch):
    """Remembered per fingerprint: a team's new labelled comments are a new measurement, never the old figure."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("SOCIALOPS_HOME", str(tmp_path / "home"))
    for cached in (T.accuracy, T.classifier, T.lexicon):
        cached.cache_clear()
    try:
        first = T.accuracy()
        assert list((tmp_path / "cache" / "socialops").glob("accuracy-*.json"))
        team = "label\ttext\n" + "".join(f"negative\t第{i}次踩雷，太难喝了\n" for i in range(40))
        (tmp_path / "home").mkdir()
        (tmp_path / "home" / "labelled_comments.tsv").write_text(team, encoding="utf-8")
        for cached in (T.accuracy, T.classifier, T.lexicon):
            cached.cache_clear()
        second = T.accuracy()
        assert second.n > first.n and second.trained_on > first.trained_on  # the team's comments, held out in part
        assert len(list((tmp_path / "cache" / "socialops").glob("accuracy-*.json"))) == 2
    finally:
        for cached in (T.accuracy, T.classifier, T.lexicon):
            cached.cache_clear()
