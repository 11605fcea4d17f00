"""How the analysis scales: corpora of 10, 100 and 1,000 articles built from the bundled texts.

Each synthetic article is a bundled article with its paragraphs shuffled and words dropped at
random (so sentences are near, not exact, copies). Prints:
- per-stage time of `analyze` as `seedview analyze` runs it (per-article stages in worker
  processes on every core), and peak memory of this process and of the largest worker;
- the blocked matcher (normalise, fold copies, block, score, link) against exhaustive
  all-pairs rapidfuzz (`process.cdist`, all cores) over the same normalised sentences;
- the blocked matcher's recall of the pairs that exhaustive scoring puts above the threshold,
  on a sample of sentences scored against every other one. A pair counts as found when both
  sentences fold into the same copy group, or their two groups' consensus pair scored above
  the threshold; the pairs found that way whose own score is below it are counted too.
Not a test: figures and ratios to read.

Run: python bench/scale.py [SIZES...]      e.g. python bench/scale.py 10 100 1000
"""

from __future__ import annotations

import importlib.resources
import itertools
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from seedview.model import align
from seedview.model.pipeline import analyze
from seedview.model.sources import bundled_corpus_paths

EXHAUSTIVE_LIMIT = 6_000  # sentences; beyond this all-pairs is extrapolated as O(n²)
RECALL_SAMPLE = 100  # sentences whose exhaustive pairs are scored for the recall figure


def make_corpus(size: int, folder: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    texts = [Path(p).read_text(encoding="utf-8") for p in bundled_corpus_paths()]
    for number in range(size):
        paragraphs = rng.choice(texts).split("\n")
        head, body = paragraphs[:3], paragraphs[3:]
        rng.shuffle(body)
        perturbed = [" ".join(w for w in line.split(" ") if rng.random() > 0.05) for line in body]
        (folder / f"article_{number:04d}.txt").write_text(
            "\n".join(head + perturbed), encoding="utf-8"
        )


def timed(label: str, timings: dict[str, float], function, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = function(*args)
    timings[label] = time.perf_counter() - started
    return result


def run(size: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_corpus(size, folder)
        timings: dict[str, float] = {}
        from seedview.model.normalize import warm_up

        timed("load lemma tables (once)", timings, warm_up)
        # The stages as `seedview analyze` runs them (the per-article stages in worker
        # processes on every core), timed by its progress callbacks.
        marks: list[tuple[str, float]] = []

        def progress(stage: str, fraction: float) -> None:
            if not marks or marks[-1][0] != stage:
                marks.append((stage, time.perf_counter()))

        started = time.perf_counter()
        # The corpus is the bundled one, many times over: its topic file applies.
        topics_file = importlib.resources.files("seedview.seeds") / "topics.toml"
        analysis = analyze(
            [str(folder)], workers=None, progress=progress, topics_file=str(topics_file)
        )
        marks.append(("end", time.perf_counter()))
        names = {
            "loading": "per article (load, clean, segment, normalise, claims)",
            "aligning": "align",
        }
        previous = started
        for (stage, _), (_, until) in itertools.pairwise(marks):
            if stage != "done":
                timings[names.get(stage, stage)] = until - previous
                previous = until
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux
        worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        passages, groups, topics = analysis.passages, analysis.groups, analysis.topics

        content = [p for p in passages if p.kind == "content"]
        items = [(p.id, p.source, p.text, "de") for p in content]
        started = time.perf_counter()
        result = align.align(items)
        blocked_time = time.perf_counter() - started
        features, weights = result.features, result.weights
        representative_of = result.representative_of
        matched_representatives = {
            (min(p.left, p.right), max(p.left, p.right))
            for p in result.pairs
            if p.score >= align.DEFAULT_MIN_SCORE
        }

        def found(left: int, right: int) -> bool:
            a, b = representative_of[left], representative_of[right]
            return a == b or (min(a, b), max(a, b)) in matched_representatives

        strings = [f.text for f in features]
        n = len(strings)
        if n <= EXHAUSTIVE_LIMIT:
            started = time.perf_counter()
            process.cdist(strings, strings, scorer=fuzz.token_set_ratio, workers=-1, dtype="uint8")
            exhaustive_time = time.perf_counter() - started
            exhaustive_note = "measured"
        else:
            sample = strings[:EXHAUSTIVE_LIMIT]
            started = time.perf_counter()
            process.cdist(sample, sample, scorer=fuzz.token_set_ratio, workers=-1, dtype="uint8")
            exhaustive_time = (time.perf_counter() - started) * (n / EXHAUSTIVE_LIMIT) ** 2
            exhaustive_note = f"extrapolated from {EXHAUSTIVE_LIMIT} sentences"

        # Exhaustive truth for a sample of sentences: every cross-source partner scored exactly.
        rng = random.Random(1)
        sample_ids = rng.sample(range(n), min(RECALL_SAMPLE, n))
        truth = hits = reported = wrong = 0
        for left in sample_ids:
            for right in range(n):
                if right == left or features[right].source == features[left].source:
                    continue
                above = (
                    align.score_pair(features[left], features[right], weights)[0]
                    >= align.DEFAULT_MIN_SCORE
                )
                matched = found(left, right)
                truth += above
                hits += above and matched
                reported += matched
                wrong += matched and not above
        recall = hits / truth if truth else 1.0
        representatives = len(set(representative_of))

        total = sum(timings.values())
        print(
            f"\n== {size} articles: {len(passages)} passages, {n} content sentences, {len(groups)} groups, {len(topics)} topics"
        )
        for stage, seconds in timings.items():
            print(f"   {stage:<56} {seconds:6.2f} s")
        print(
            f"   {'total':<56} {total:6.2f} s   peak memory (max RSS) {peak / 1e6:.0f} MB, largest worker {worker_peak / 1e6:.0f} MB"
        )
        print(
            f"   blocked matcher (normalise, fold copies, block, score, link) {blocked_time:.2f} s;"
            f" {representatives} representatives for {n} sentences"
        )
        print(
            f"   exhaustive cdist (all pairs, all cores) {exhaustive_time:.2f} s ({exhaustive_note})"
        )
        print(f"   time ratio exhaustive/blocked {exhaustive_time / max(blocked_time, 1e-9):.1f}x")
        print(
            f"   recall of exhaustive pairs above {align.DEFAULT_MIN_SCORE}: {recall:.3f} ({hits}/{truth}, sample of {len(sample_ids)});"
            f" pairs matched through a copy but below the threshold themselves: {wrong}/{reported}"
        )


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10, 100, 1000]
    for size in sizes:
        run(size)


if __name__ == "__main__":
    main()
