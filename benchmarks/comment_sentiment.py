"""Benchmark: the comment classifier's accuracy against SnowNLP's, and how fast comments are read.

Accuracy: socialops' classifier and SnowNLP out of the box (probability > 0.6 positive, < 0.4 negative, else
neutral) on the same held-out labelled comments, which the classifier never trained on. Speed: comments
segmented and scored per second (socialops.data.text.score), against the floor of jieba's segmentation alone
of the same comments, measured in the same run (medians of --repeat runs, with their range).

    python benchmarks/comment_sentiment.py [--comments 100000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from socialops.data import text as T  # noqa: E402
from socialops.data.sample import build  # noqa: E402

from _common import median  # noqa: E402


def snownlp_labels(texts: list[str]) -> list[str]:
    from snownlp import SnowNLP

    scores = [SnowNLP(t).sentiments for t in texts]
    return ["positive" if s > 0.6 else "negative" if s < 0.4 else "neutral" for s in scores]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    data = T.labelled()
    held = data[data["held_out"]]
    ours = T.accuracy()
    snow_accuracy, snow_f1 = T.measure(snownlp_labels, held)
    print(f"held-out labelled comments: {len(held)} (trained on {ours.trained_on})")
    print(f"socialops   accuracy {ours.accuracy:.1%}  macro-F1 {ours.macro_f1:.3f}")
    print(f"SnowNLP     accuracy {snow_accuracy:.1%}  macro-F1 {snow_f1:.3f}")
    print(f"difference  accuracy {(ours.accuracy - snow_accuracy) * 100:+.1f} points, macro-F1 {ours.macro_f1 - snow_f1:+.3f}")

    sample = build()["comments"]["text"]
    texts = pd.Series((sample.tolist() * (args.comments // len(sample) + 1))[: args.comments])
    T.score(texts.head(100))  # jieba and the classifier loaded once, as in a long-lived worker
    jieba = T._jieba()
    floors, runs = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        for text in texts:
            jieba.lcut(text)
        floors.append(time.perf_counter() - started)
        started = time.perf_counter()
        T.score(texts)
        runs.append(time.perf_counter() - started)
    print(f"segment only (floor): {args.comments / median(floors):,.0f} comments/s "
          f"(runs {args.comments / max(floors):,.0f}-{args.comments / min(floors):,.0f})")
    print(f"segment and score:    {args.comments / median(runs):,.0f} comments/s "
          f"(runs {args.comments / max(runs):,.0f}-{args.comments / min(runs):,.0f}); "
          f"{median(runs) / median(floors):.2f}x the floor")


if __name__ == "__main__":
    main()
