"""The per-pair scoring loop that `align.scored_pairs` replaced (seedview 0.1.0, commit a0be246),
kept verbatim as the reference the sparse kernel must agree with."""

from __future__ import annotations

from collections import Counter, defaultdict

from seedview.model.align import MAX_POSTING_SHARE, Pair, _lexical, _pair_score, _total


def reference_scored_pairs(
    every: dict[int, frozenset[str]],
    sources: dict[int, dict[str, int]],
    weights: dict[str, float],
    floor: float,
) -> list[Pair]:
    """Pairs of the term sets `every` that score at least `floor`, without an all-pairs pass.

    Candidates share a term rare enough to block on (an inverted index). While the index is
    walked, each candidate's shared rare weight is summed; adding the most the common terms
    could contribute gives an upper bound on its score, and only candidates whose bound
    reaches `floor` are scored exactly. `sources` counts, per sentence, the sources of the
    copies it stands for: a pair needs at least one cross-source pair of copies.
    """
    frequency = Counter(term for terms in every.values() for term in terms)
    limit = max(30, int(MAX_POSTING_SHARE * len(every)))
    totals = {index: _total(terms, weights) for index, terms in every.items()}
    common_weight = {
        index: sum(weights.get(t, 1.0) for t in terms if frequency[t] > limit)
        for index, terms in every.items()
    }
    postings: dict[str, list[int]] = defaultdict(list)
    pairs: list[Pair] = []
    for left in every:
        left_sources = sources[left]
        single = next(iter(left_sources)) if len(left_sources) == 1 else None
        rare_shared: dict[int, float] = defaultdict(float)
        # Sorted, so pairs come out in the same order in every run: the order breaks ties
        # between equal scores when clusters merge.
        for term in sorted(every[left]):
            if frequency[term] > limit:
                continue
            weight = weights.get(term, 1.0)
            for right in postings[term]:
                rare_shared[right] += weight
            postings[term].append(left)
        for right, shared in rare_shared.items():
            right_sources = sources[right]
            if single is not None and len(right_sources) == 1 and single in right_sources:
                continue
            bound = shared + min(common_weight[left], common_weight[right])
            if _lexical(bound, totals[left], totals[right]) < floor:
                continue
            score = _pair_score(every[left], every[right], totals[left], totals[right], weights)
            if score >= floor:
                pairs.append(Pair(right, left, score))
    return pairs
