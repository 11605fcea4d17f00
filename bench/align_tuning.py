"""Measure alignment quality over a grid of settings on the labelled bundled corpus.

Prints precision, recall and F1 on the labelled pairs for each minimum score and lexical
weight, so the defaults in seedview/model/align.py are chosen by measurement.
Run: python bench/align_tuning.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from seedview.model import align
from seedview.model.pipeline import align_groups, load_sources
from seedview.model.schema import Analysis

from labels import alignment_scores


def main() -> None:
    sources, passages, _ = load_sources(None)
    print(f"{'contain':>7} {'weight':>6} {'min':>5} {'groups':>6} {'P':>5} {'R':>5} {'F1':>5}")
    for contain, lexical, min_score in (
        (c, lw, m)
        for c in (0.0, 0.3, 0.5, 0.7)
        for lw in (0.6, 0.8, 1.0)
        for m in (0.22, 0.26, 0.30, 0.34, 0.38, 0.42, 0.46)
    ):
        align.LEXICAL_WEIGHT = lexical
        align.CONTAINMENT_WEIGHT = contain
        if True:
            groups, _ = align_groups(sources, passages, min_score)
            scores = alignment_scores(Analysis(sources=sources, passages=passages, groups=groups))
            f1 = 2 * scores.precision * scores.recall / (scores.precision + scores.recall or 1)
            print(
                f"{contain:>7.1f} {lexical:>6.1f} {min_score:>5.2f} {len(groups):>6} {scores.precision:>5.2f} "
                f"{scores.recall:>5.2f} {f1:>5.2f}"
            )


if __name__ == "__main__":
    main()
