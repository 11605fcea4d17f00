"""Paths a large corpus takes: they must give what the small-corpus paths give (issue 11)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from seedview.model import align
from seedview.model.conflicts import value_conflicts
from seedview.model.schema import Claim, Period, Quantity

STORY = Path("/work/shared/stories/kane_bayern_fee_de")


def _random_linkage_input(seed: int):  # type: ignore[no-untyped-def]
    """Folds of 1-4 copies from 12 sources, and scored pairs between them: clusters of
    related folds (high scores) with noise between them, so merges, refusals for too many
    passages per source and for a low mean all happen."""
    rng = random.Random(seed)
    copies: dict[int, list[int]] = {}
    sources: dict[int, dict[str, int]] = {}
    index = 0
    for _ in range(300):
        members = list(range(index, index + rng.randint(1, 4)))
        index += len(members)
        copies[members[0]] = members
        counts: dict[str, int] = {}
        for _member in members:
            source = f"s{rng.randrange(12)}"
            counts[source] = counts.get(source, 0) + 1
        sources[members[0]] = counts
    keys = list(copies)
    pairs = []
    for i, left in enumerate(keys):
        for right in keys[i + 1 :]:
            related = left // 40 == right // 40
            if rng.random() < (0.5 if related else 0.03):
                score = rng.uniform(0.3, 0.9) if related else rng.uniform(0.17, 0.4)
                pairs.append(align.Pair(right, left, round(score, 2)))  # ties on purpose
    return copies, sources, pairs


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("chunk", [1, 7, 2048])
def test_bulk_linkage_makes_the_loops_groups(
    seed: int, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    copies, sources, pairs = _random_linkage_input(seed)
    by_loop = align._average_linkage(copies, sources, list(pairs), align.DEFAULT_MIN_SCORE)
    monkeypatch.setattr(align, "SPARSE_FROM", 0)
    monkeypatch.setattr(align, "LINKAGE_CHUNK", chunk)
    in_bulk = align._average_linkage(copies, sources, list(pairs), align.DEFAULT_MIN_SCORE)
    assert len(by_loop) > 5, "too few groups to compare"
    assert in_bulk == by_loop


def _revenue(claim_id: str, passage: str, period: str, value: float) -> Claim:
    return Claim(
        id=claim_id,
        passage=passage,
        source=passage.split("@")[0],
        kind="figure",
        start=0,
        end=10,
        subject="meta",
        measure="revenue",
        period=Period(label=period, text=period),
        quantity=Quantity(text=f"{value:g}", value=value, unit="USD", low=value, high=value),
    )


def test_a_part_larger_than_its_whole_span_is_a_conflict_not_a_crash() -> None:
    """A year's revenue above that of the five years around it. Found on the 1,000-article
    benchmark corpus, where it crashed the analysis (claims hold lists: no dict keys)."""
    claims = [
        _revenue("c1", "a@0", "2026", 90e9),
        _revenue("c2", "b@0", "2026..2030", 50e9),
    ]
    conflicts = value_conflicts(claims, {"a": "A", "b": "B"}, "meta", "en")
    assert [sorted(c.claims) for c in conflicts if "exceeds" in c.explanation] == [["c1", "c2"]]


def test_bulk_alignment_without_the_encoder_makes_the_loops_groups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Lexical only (as above SEMANTIC_LIMIT folds), the linkage reads the scorer's arrays."""
    from seedview.model.pipeline import load_sources

    sources, passages, _ = load_sources([str(STORY)])
    language = {s.id: s.language for s in sources}
    items = [(p.id, p.source, p.text, language[p.source]) for p in passages if p.kind == "content"]
    by_loop = align.align(items, semantic_limit=0)
    monkeypatch.setattr(align, "SPARSE_FROM", 0)
    monkeypatch.setattr(align, "LINKAGE_CHUNK", 5)
    in_bulk = align.align(items, semantic_limit=0)
    assert len(by_loop.groups) > 10
    assert in_bulk.groups == by_loop.groups


def test_pairs_held_as_arrays_read_as_the_list_of_pairs() -> None:
    import numpy as np

    expected = [align.Pair(3, 7, 0.5), align.Pair(1, 2, 0.25), align.Pair(4, 9, 0.75)]
    held = align.PairList(np.array([3, 1]), np.array([7, 2]), np.array([0.5, 0.25]))
    held.append(expected[2])
    assert list(held) == expected
    assert len(held) == 3
    assert [held[i] for i in range(-3, 3)] == expected * 2
    assert held[1:] == expected[1:]
    assert all(type(p) is align.Pair and type(p.left) is int for p in held)


@pytest.mark.parametrize("seed", [1, 2])
def test_group_scores_are_the_mean_of_the_pairs_inside_each_group(seed: int) -> None:
    """In bulk, with sentences in several groups and pairs held as arrays plus appended."""
    import numpy as np

    rng = random.Random(seed)
    groups = [sorted(rng.sample(range(60), rng.randint(2, 12))) for _ in range(15)]
    pairs = [align.Pair(rng.randrange(60), rng.randrange(60), rng.random()) for _ in range(2000)]
    held = align.PairList(
        np.array([p.left for p in pairs[:1500]]),
        np.array([p.right for p in pairs[:1500]]),
        np.array([p.score for p in pairs[:1500]]),
    )
    for pair in pairs[1500:]:
        held.append(pair)
    expected = []
    for group in groups:
        inside = [p.score for p in pairs if p.left in group and p.right in group]
        expected.append(round(sum(inside) / len(inside), 3) if inside else 0.0)
    assert any(a and b and set(a) & set(b) for a in groups for b in groups if a is not b)
    assert align.group_scores(groups, held) == expected
    assert align.group_scores(groups, pairs) == expected


def test_a_crowded_fold_keeps_its_heaviest_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bulk scorer's bound: a sentence that matches many keeps the pairs of its most
    partners that weigh most; below the bound it gives what the pair-by-pair scorer gives."""
    hub = frozenset({"alpha", "beta", "gamma", "delta"})
    every = {0: hub}
    for index in range(1, 9):  # each shares two to four of the hub's words
        every[index] = frozenset([*sorted(hub)[: 2 + index % 3], f"own{index}", f"more{index}"])
    sources = {index: {f"s{index}": 1} for index in every}
    weights = {term: 1.0 for terms in every.values() for term in terms}
    by_loop = {
        (p.left, p.right): p.score for p in align._scored_pairs_loop(every, sources, weights, 0.1)
    }
    unbounded = align._scored_pairs_sparse(every, sources, weights, 0.1)
    assert {(p.left, p.right): p.score for p in unbounded} == pytest.approx(by_loop)
    monkeypatch.setattr(align, "MAX_PARTNERS", 3)
    bounded = list(align._scored_pairs_sparse(every, sources, weights, 0.1))
    of_hub = sorted((p.score for p in bounded if 0 in (p.left, p.right)), reverse=True)
    heaviest = sorted((s for (a, b), s in by_loop.items() if 0 in (a, b)), reverse=True)
    assert of_hub[:3] == pytest.approx(heaviest[:3])

    # Every pair kept is among the three heaviest its earlier sentence has with later ones,
    # or its later sentence with earlier ones.
    def heaviest_three(pairs: list[tuple[int, int, float]]) -> float:
        return sorted((score for *_, score in pairs), reverse=True)[:3][-1]

    for pair in bounded:
        later = [(a, b, s) for (a, b), s in by_loop.items() if a == pair.left]
        earlier = [(a, b, s) for (a, b), s in by_loop.items() if b == pair.right]
        assert pair.score >= min(heaviest_three(later), heaviest_three(earlier)) - 1e-12
    assert len(bounded) < len(unbounded)
