"""Measure alignment quality over a grid of settings on the labelled data.

For each setting prints: precision and recall on the labelled pairs of the bundled corpus
(tests/data/alignment_labels.toml), gold pair recall on each labelled story
(tests/data/stories/), and the largest group's share of a corpus's content passages (the
worst over all corpora), so the defaults in seedview/model/align.py are chosen by measurement.
Also prints what the sentence encoder costs: loading, and milliseconds a sentence.

Run: python bench/align_tuning.py [--quick]     (--quick: only the lexical baseline and the
defaults)
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from seedview.model import align, semantic
from seedview.model.normalize import featurize
from seedview.model.pipeline import align_groups, load_sources
from seedview.model.schema import Analysis, Passage, Source

from labels import alignment_scores
from stories import STORIES, gold_of, score_story, story_names


def encoder_costs(texts: list[str]) -> None:
    started = time.perf_counter()
    semantic.warm_up()
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    semantic.vectors(texts)
    each = (time.perf_counter() - started) / max(1, len(texts))
    print(f"encoder: loads in {loaded:.2f} s, then {1000 * each:.1f} ms a sentence ({len(texts)})")


def main() -> None:
    corpora: dict[str, tuple[list[Source], list[Passage]]] = {"bundled": load_sources(None)[:2]}
    for name in story_names():
        paths = sorted(str(p) for p in (STORIES / name).glob("*.txt"))
        corpora[name] = load_sources(paths)[:2]
    features = {}
    for name, (sources, passages) in corpora.items():
        language = {s.id: s.language for s in sources}
        items = [
            (p.id, p.source, p.text, language[p.source]) for p in passages if p.kind == "content"
        ]
        features[name] = featurize(items)
    encoder_costs(
        [p.text for _, passages in corpora.values() for p in passages if p.kind == "content"]
    )
    names = story_names()
    print(
        f"{'re':>2} {'w':>4} {'pen':>4} {'zero':>5} {'nn':>3} {'min':>5} {'P':>5} {'R':>5} "
        + " ".join(f"{n[:12]:>12}" for n in names)
        + f" {'largest':>7}"
    )
    quick = "--quick" in sys.argv
    grid = (
        [(False, 0.0, 0.0, 0.5, 0, m) for m in (0.22, 0.26, 0.30)]
        if not quick
        else [(False, 0.0, 0.0, 0.5, 0, align.DEFAULT_MIN_SCORE)]
    )
    defaults = (
        align.RESCORE_LEXICAL,
        align.SEMANTIC_WEIGHT,
        align.SEMANTIC_PENALTY,
        align.COSINE_ZERO,
        align.SEMANTIC_NEIGHBOURS,
        align.DEFAULT_MIN_SCORE,
    )
    grid += (
        [defaults]
        if quick
        else list(
            itertools.product(
                (False, True), (1.0, 1.5, 2.0), (0.0,), (0.4, 0.45, 0.5), (6,), (0.22,)
            )
        )
    )
    for rescore, weight, penalty, zero, neighbours, min_score in grid:
        align.RESCORE_LEXICAL = rescore
        align.SEMANTIC_WEIGHT, align.SEMANTIC_PENALTY, align.COSINE_ZERO = weight, penalty, zero
        align.SEMANTIC_NEIGHBOURS = neighbours
        align.SEMANTIC_LIMIT = 2_000 if weight else 0
        cells = []
        largest = 0.0
        for name, (sources, passages) in corpora.items():
            groups, _ = align_groups(sources, passages, min_score, features=features[name])
            analysis = Analysis(sources=sources, passages=passages, groups=groups)
            if name == "bundled":
                scores = alignment_scores(analysis)
                cells += [f"{scores.precision:>5.2f}", f"{scores.recall:>5.2f}"]
                content = sum(1 for p in passages if p.kind == "content")
                biggest = max((len(g.passages) for g in groups), default=0)
                largest = max(largest, biggest / content)
            else:
                story = score_story(analysis, gold_of(name))
                cells.append(f"{story.recall:>12.2f}")
                largest = max(largest, story.largest_group_share)
        print(
            f"{'y' if rescore else 'n':>2} {weight:>4.1f} {penalty:>4.1f} {zero:>5.2f} {neighbours:>3} {min_score:>5.2f} "
            + " ".join(cells)
            + f" {largest:>7.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
