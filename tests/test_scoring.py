"""The sparse scoring kernel gives the per-pair loop's results on labelled real stories.

`align._scored_pairs_loop` is seedview 0.1.0's scorer, unchanged: the reference."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from seedview.model import align
from seedview.model.copies import consensus_terms, fold_copies
from seedview.model.normalize import featurize, term_weights
from seedview.model.pipeline import load_sources

STORIES = Path("/work/shared/stories")
FIXTURES = Path(__file__).parent / "fixtures"
CORPORA = {
    "bundled": None,
    "kane_de": [str(STORIES / "kane_bayern_fee_de")],
    "fasting_en": [str(STORIES / "fasting_heart_risk_en")],
    "fixtures_en": [str(FIXTURES / "align_en")],
    "fixtures_de": [str(FIXTURES / "align_de")],
}


def _scoring_input(paths: list[str] | None):  # type: ignore[no-untyped-def]
    """What `align.align` hands to `scored_pairs`: folded representatives and their sources."""
    sources, passages, _ = load_sources(paths)
    language = {s.id: s.language for s in sources}
    items = [(p.id, p.source, p.text, language[p.source]) for p in passages if p.kind == "content"]
    features = featurize(items)
    weights = term_weights(features, language)
    copies: dict[int, list[int]] = defaultdict(list)
    for index, representative in enumerate(fold_copies(features, weights)):
        copies[representative].append(index)
    every = {r: consensus_terms(features, members) for r, members in copies.items()}
    counts = {r: dict(Counter(features[i].source for i in m)) for r, m in copies.items()}
    return every, counts, weights


@pytest.mark.parametrize("name", list(CORPORA))
@pytest.mark.parametrize("floor", [0.1, align.DEFAULT_MIN_SCORE * align.LINKAGE_SHARE, 0.4])
@pytest.mark.parametrize("block", [1000, 37])  # rows per product: one block, or many
def test_sparse_kernel_scores_the_pairs_the_loop_scored(
    name: str, floor: float, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(align, "SPARSE_BLOCK", block)
    paths = CORPORA[name]
    if paths and not Path(paths[0]).exists():
        pytest.fail(f"labelled story missing: {paths[0]}")
    every, counts, weights = _scoring_input(paths)
    expected = {
        (min(p.left, p.right), max(p.left, p.right)): p.score
        for p in align._scored_pairs_loop(every, counts, weights, floor)
    }
    found = {
        (min(p.left, p.right), max(p.left, p.right)): p.score
        for p in align._scored_pairs_sparse(every, counts, weights, floor)
    }
    # Scores right at the floor may fall either side by float rounding (sums in another order).
    edge = {pair for pair, score in {**expected, **found}.items() if abs(score - floor) < 1e-9}
    assert set(expected) - edge == set(found) - edge
    assert expected, "a labelled story with no pair above the floor tests nothing"
    for pair in set(expected) & set(found):
        assert found[pair] == pytest.approx(expected[pair], abs=1e-9)


@pytest.mark.parametrize("name", ["bundled", "kane_de", "fasting_en"])
def test_the_bulk_path_gives_the_same_groups_as_the_loop(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large corpora score and weigh pairs in bulk; forced on here, the analysis is the same."""
    from seedview.model.pipeline import analyze

    paths = CORPORA[name]
    by_loop = analyze(paths)
    monkeypatch.setattr(align, "SPARSE_FROM", 0)
    in_bulk = analyze(paths)
    assert [g.passages for g in in_bulk.groups] == [g.passages for g in by_loop.groups]
    assert [g.score for g in in_bulk.groups] == pytest.approx([g.score for g in by_loop.groups])
    assert in_bulk.conflicts == by_loop.conflicts
