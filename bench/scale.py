"""How the analysis scales: corpora of 100, 1,000 and 5,000 varied articles.

Each synthetic article is 55 sentences drawn from a pool of about 700 real sentences (the
bundled articles and the labelled stories under /work/shared/stories, German articles from
the German ones, English from the English), 30 % of them perturbed (two words swapped, a word
dropped, or a figure changed): most sentences have dozens of near-variants but few exact
copies. Prints:
- per-stage time of `analyze` as `seedview analyze` runs it (per-article stages in worker
  processes on every core; with forked workers the claims are found in them while this
  process aligns), and peak memory of this process and of the largest worker;
- the blocked matcher's recall of the pairs that exhaustive scoring puts above the threshold,
  on a sample of sentences scored against every other one. A pair counts as found when both
  sentences fold into the same copy group, or their two groups' consensus pair scored above
  the threshold; the pairs found that way whose own score is below it are counted too.
Not a test: figures and ratios to read.

Run: python bench/scale.py [SIZES...]      e.g. python bench/scale.py 100 1000 5000
"""

from __future__ import annotations

import itertools
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from seedview.model import align
from seedview.model.pipeline import analyze

RECALL_SAMPLE = 100  # sentences whose exhaustive pairs are scored for the recall figure


STORIES = Path("/work/shared/stories")
SENTENCES_PER_ARTICLE = 55
PERTURBED = 0.3


def sentence_pool() -> dict[str, list[str]]:
    """About 700 real sentences by language: the bundled articles and the labelled stories."""
    from seedview.model.pipeline import load_sources

    paths = [None, *([str(p)] for p in sorted(STORIES.iterdir()) if p.is_dir())]
    pool: dict[str, list[str]] = {}
    for path in paths:
        sources, passages, _ = load_sources(path)
        language = {s.id: s.language for s in sources}
        for passage in passages:
            if passage.kind == "content":
                pool.setdefault(language[passage.source], []).append(" ".join(passage.text.split()))
    return {language: sorted(set(texts)) for language, texts in pool.items()}


def perturb(sentence: str, rng: random.Random) -> str:
    """A near-variant: two words swapped, a word dropped, or a figure changed."""
    words = sentence.split(" ")
    kind = rng.choice(("swap", "drop", "figure"))
    figures = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
    if kind == "figure" and figures:
        i = rng.choice(figures)
        words[i] = "".join(str(rng.randint(1, 9)) if c.isdigit() else c for c in words[i])
    elif kind == "swap" and len(words) > 3:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    elif len(words) > 4:
        del words[rng.randrange(1, len(words))]
    return " ".join(words)


def make_corpus(size: int, folder: Path, seed: int = 7) -> None:
    """Articles of SENTENCES_PER_ARTICLE sentences drawn from the pool of the article's
    language, PERTURBED of them changed: most sentences have dozens of near-variants across
    the corpus but few exact copies."""
    rng = random.Random(seed)
    pool = sentence_pool()
    languages = sorted(pool)
    for number in range(size):
        language = rng.choices(languages, weights=[len(pool[lang]) for lang in languages])[0]
        drawn = rng.sample(pool[language], min(SENTENCES_PER_ARTICLE, len(pool[language])))
        sentences = [perturb(t, rng) if rng.random() < PERTURBED else t for t in drawn]
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        title = f"Article {number}: {sentences[0][:60]}"
        (folder / f"article_{number:04d}.txt").write_text(
            "\n\n".join([title, *paragraphs]) + "\n", encoding="utf-8"
        )


def timed(label: str, timings: dict[str, float], function, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = function(*args)
    timings[label] = time.perf_counter() - started
    return result


def exhaustive_scores(features, weights, rows):  # type: ignore[no-untyped-def]
    """`align.score_pair` of each sentence in `rows` against every sentence, no blocking and
    no folding: sparse products over all terms, the same formula as `_pair_score`."""
    import numpy as np
    from scipy import sparse

    vocabulary: dict[str, int] = {}
    data_rows, data_columns = [], []
    for row, f in enumerate(features):
        for term in f.terms | f.anchors:
            data_rows.append(row)
            data_columns.append(vocabulary.setdefault(term, len(vocabulary)))
    terms = list(vocabulary)
    weight = np.array([weights.get(t, 1.0) for t in terms])
    word = np.array(
        [
            not t.startswith(("y:", "quarter:"))
            and not (t.startswith("e:") and weights.get(t, 0) < align.RARE_NAME)
            for t in terms
        ],
        dtype=float,
    )
    figure = np.array([t.startswith("q:") for t in terms], dtype=float)
    matrix = sparse.csr_matrix(
        (np.ones(len(data_rows)), (data_rows, data_columns)), shape=(len(features), len(terms))
    )
    totals = np.asarray(matrix @ weight).ravel()
    sample = matrix[rows]
    shared = (sample @ sparse.diags(weight) @ matrix.T).toarray()
    words = (sample @ sparse.diags(word) @ matrix.T).toarray()
    figures = (sample @ sparse.diags(figure) @ matrix.T).toarray()
    a_total = totals[rows][:, None]
    dice = 2 * shared / np.maximum(a_total + totals[None, :], 1e-12)
    contained = shared / np.maximum(np.minimum(a_total, totals[None, :]), align.CONTAINMENT_FLOOR)
    score = np.minimum(
        1.0, align.CONTAINMENT_WEIGHT * contained + (1 - align.CONTAINMENT_WEIGHT) * dice
    )
    return np.where((words >= 2) | (figures > 0), score, 0.0)


def run(size: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_corpus(size, folder)
        timings: dict[str, float] = {}
        # The stages as `seedview analyze` runs them (the per-article stages in worker
        # processes on every core), timed by its progress callbacks.
        marks: list[tuple[str, float]] = []

        def progress(stage: str, fraction: float) -> None:
            if not marks or marks[-1][0] != stage:
                marks.append((stage, time.perf_counter()))

        started = time.perf_counter()
        analysis = analyze([str(folder)], workers=None, progress=progress)
        marks.append(("end", time.perf_counter()))
        whole = time.perf_counter() - started
        # With forked workers (Linux), the workers find the claims while this process
        # aligns and names topics; "claims" is what is left to wait for after that.
        names = {
            "loading": "per article (load, clean, segment, normalise)",
            "aligning": "align (fold copies, block, score, link)",
            "topics": "topics",
            "claims": "waiting for the workers' claims",
            "facts": "fact groups",
        }
        previous = started
        for (stage, _), (_, until) in itertools.pairwise(marks):
            if stage != "done":
                timings[names.get(stage, stage)] = until - previous
                previous = until
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux
        worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        passages, groups, topics = analysis.passages, analysis.groups, analysis.topics

        language = {s.id: s.language for s in analysis.sources}
        content = [p for p in passages if p.kind == "content"]
        items = [(p.id, p.source, p.text, language[p.source]) for p in content]
        result = align.align(items)
        features, weights = result.features, result.weights
        representative_of = result.representative_of
        import numpy as np

        partners: dict[int, set[int]] = {}
        for p in result.pairs:
            if p.score >= align.DEFAULT_MIN_SCORE:
                partners.setdefault(p.left, set()).add(p.right)
                partners.setdefault(p.right, set()).add(p.left)
        representative = np.array(representative_of)
        source_number = {s: i for i, s in enumerate(language)}
        source = np.array([source_number[f.source] for f in features])

        # Exhaustive truth for a sample of sentences: every cross-source partner scored. A
        # pair counts as found when both fold into one copy group or their groups' pair scored.
        n = len(features)
        rng = random.Random(1)
        sample_ids = rng.sample(range(n), min(RECALL_SAMPLE, n))
        scores = exhaustive_scores(features, weights, sample_ids)
        truth = hits = reported = wrong = 0
        for row, left in enumerate(sample_ids):
            mine = representative[left]
            matched = (representative == mine) | np.isin(
                representative, list(partners.get(int(mine), ()))
            )
            other = source != source[left]
            above = scores[row] >= align.DEFAULT_MIN_SCORE - 1e-9
            truth += int(np.sum(above & other))
            hits += int(np.sum(above & other & matched))
            reported += int(np.sum(other & matched))
            wrong += int(np.sum(other & matched & ~above))
        recall = hits / truth if truth else 1.0
        representatives = len(set(representative_of))

        print(
            f"\n== {size} articles: {len(passages)} passages, {n} content sentences, {representatives} after folding copies, {len(groups)} groups, {len(topics)} topics"
        )
        for stage, seconds in timings.items():
            print(f"   {stage:<56} {seconds:6.2f} s")
        print(
            f"   {'whole analysis':<56} {whole:6.2f} s   peak memory (max RSS) {peak / 1e6:.0f} MB, largest worker {worker_peak / 1e6:.0f} MB"
        )
        print(
            f"   recall of exhaustive pairs above {align.DEFAULT_MIN_SCORE}: {recall:.3f} ({hits}/{truth}, sample of {len(sample_ids)});"
            f" pairs matched through a copy but below the threshold themselves: {wrong}/{reported}"
        )
        print(
            f"RESULT {size} {whole:.3f} {max(peak, worker_peak) / 1e6:.0f} {recall:.4f}", flush=True
        )


def main() -> None:
    """Each size in a fresh process, so peak memory is that size's own; then the ratios."""
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        run(int(sys.argv[2]))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [100, 1000, 5000]
    results: dict[int, float] = {}
    from seedview.model.langdata import table_path
    from seedview.model.normalize import warm_up

    warm_up("de")
    warm_up("en")  # the language tables are built once per installation, before timing
    for size in sizes:
        # A cache folder of its own per size, holding only the language tables: no sentence
        # vectors stored by an earlier run (they would spare the encoder its work).
        with tempfile.TemporaryDirectory() as cache:
            (Path(cache) / "langdata").symlink_to(table_path("de").parent)
            output = subprocess.run(
                [sys.executable, __file__, "--one", str(size)],
                capture_output=True,
                text=True,
                env={**os.environ, "SEEDVIEW_CACHE_DIR": cache},
            )
        print(output.stdout.replace("RESULT", "   result (size, s, MB, recall)"), end="")
        if output.returncode:
            print(output.stderr)
        for line in output.stdout.splitlines():
            if line.startswith("RESULT"):
                results[size] = float(line.split()[2])
    if 1000 in results:
        base = results[1000]
        for size, seconds in sorted(results.items()):
            print(
                f"{size:>6} articles: {seconds:7.2f} s = {seconds / base:5.2f}x the 1,000-article time"
            )


if __name__ == "__main__":
    main()
