"""Stage 5a: fold near-copies together before aligning.

News is syndicated: outlets print the same agency sentence almost word for word. N copies of
one sentence make N²/2 pairs, and any matcher that scores pairs must enumerate them all, so a
large corpus of overlapping articles grows quadratically. Sentences whose rarity-weighted term
sets are nearly the same (weighted Jaccard >= COPY_SIMILARITY) are folded into the first such
sentence, their representative; alignment then scores representatives only and every copy
follows its representative into a group.

Finding copies needs no pairwise pass either: a sentence is compared only with representatives
that share one of its rarest terms (prefix filtering). If a representative shares none of the
terms that carry more than (1 - threshold) of the sentence's weight, the overlap cannot reach
the threshold, so skipping it loses nothing.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict

from seedview.model.normalize import Features

# Well above the alignment threshold: a copy must say the same thing in nearly the same words.
# Two copies of a 20-word sentence that each lost a word or two still fold (about 0.9); a
# sentence with another figure or another subject does not.
COPY_SIMILARITY = 0.9
# Against a consensus, which has no gaps of its own, one copy's gaps weigh about half as much
# as against another copy. Measured (bench/scale.py, recall of exhaustive pairs): 0.85 keeps
# recall at 0.985-0.99 for 100 and 1,000 articles; 0.8 dropped to 0.978 at 100.
CENTRE_SIMILARITY = 0.85
CONSENSUS_FROM = 3  # copies needed before a majority of them says more than the first one


def fold_copies(
    features: list[Features],
    weights: dict[str, float],
    threshold: float = COPY_SIMILARITY,
) -> list[int]:
    """For each sentence, the index of its representative (itself if it is one).

    Two passes. The first folds each sentence into the first earlier one close enough. But a
    first copy has its own gaps, so copies of one sentence can miss it and each other. The
    second pass folds every sentence again, into the consensus of the larger folds (the terms
    most of their copies share), which stands much closer to the common original.
    """
    term_sets = [f.terms | f.anchors for f in features]
    ranked = _Ranked(term_sets, weights)
    first = _fold(term_sets, weights, threshold, ranked, centres=None)
    members: dict[int, list[int]] = defaultdict(list)
    for index, representative in enumerate(first):
        members[representative].append(index)
    centres = {
        representative: _consensus([term_sets[i] for i in group])
        for representative, group in members.items()
        if len(group) >= CONSENSUS_FROM
    }
    centre_threshold = threshold * CENTRE_SIMILARITY / COPY_SIMILARITY
    second = _fold(term_sets, weights, centre_threshold, ranked, centres=centres, fallback=first)
    # A first copy can itself fold elsewhere in the second pass: name each fold by its first
    # member, so a representative always belongs to the fold it stands for.
    first_member: dict[int, int] = {}
    for index, key in enumerate(second):
        first_member.setdefault(key, index)
    return [first_member[key] for key in second]


class _Ranked:
    """Each distinct term set's terms rarest first, and its total weight, made once for both
    passes (issue 11: copies repeat whole sets; sorting each sentence's terms by a Python key
    was half the folding's time at 1,000 articles). Ties in weight go by the term, as before.
    """

    def __init__(self, term_sets: list[frozenset[str]], weights: dict[str, float]) -> None:
        vocabulary = sorted({t for terms in term_sets for t in terms})
        vocabulary.sort(key=lambda t: -weights.get(t, 1.0))  # stable: by term within a weight
        self.rank = {term: position for position, term in enumerate(vocabulary)}
        self.weights = weights
        self.known: dict[frozenset[str], tuple[list[str], float]] = {}

    def __call__(self, terms: frozenset[str]) -> tuple[list[str], float]:
        known = self.known.get(terms)
        if known is None:
            known = (sorted(terms, key=self.rank.__getitem__), _total(terms, self.weights))
            self.known[terms] = known
        return known


def _fold(
    term_sets: list[frozenset[str]],
    weights: dict[str, float],
    threshold: float,
    ranked_of: _Ranked,
    centres: dict[int, frozenset[str]] | None,
    fallback: list[int] | None = None,
) -> list[int]:
    """Fold each set into the most similar indexed set (weighted Jaccard >= threshold).

    Without `centres` the index grows as it goes: a set that folds nowhere is indexed as a
    new representative. With `centres` the index is fixed, and a set that fits none keeps its
    `fallback`. Lookups use only the rare prefix of the probing set, whose postings are short.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    indexed: dict[int, tuple[frozenset[str], float]] = {}
    exact: dict[frozenset[str], int] = {}  # a verbatim copy needs no comparison at all
    for key, terms in (centres or {}).items():
        indexed[key] = (terms, _total(terms, weights))
        exact.setdefault(terms, key)
        for term in terms:
            postings[term].append(key)
    representative_of: list[int] = []
    margin = threshold * (1 - 1e-9)
    for index, terms in enumerate(term_sets):
        if terms and terms in exact:
            representative_of.append(exact[terms])
            continue
        ranked, total = ranked_of(terms)
        best, best_similarity = -1, threshold
        needed = (1.0 - threshold) * total
        seen: set[int] = set()
        covered = 0.0
        for term in ranked:
            for candidate in postings.get(term, ()):
                if candidate in seen:
                    continue
                seen.add(candidate)
                other, other_total = indexed[candidate]
                # The shared weight is at most the smaller total and the union at least the
                # larger: sets of too different weight cannot reach the threshold (a margin
                # for rounding keeps this exact).
                if total < other_total:
                    if total < margin * other_total:
                        continue
                elif other_total < margin * total:
                    continue
                similarity = _weighted_jaccard(terms, total, other, other_total, weights)
                if similarity > best_similarity or (similarity == best_similarity and best < 0):
                    best, best_similarity = candidate, similarity
            covered += weights.get(term, 1.0)
            if covered > needed:
                break
        if best >= 0:
            representative_of.append(best)
        elif centres is not None:
            representative_of.append(fallback[index] if fallback else index)
        else:
            representative_of.append(index)
            if terms:
                indexed[index] = (terms, total)
                exact[terms] = index
                for term in terms:
                    postings[term].append(index)
    return representative_of


def _total(terms: frozenset[str], weights: dict[str, float]) -> float:
    # fsum: exact, so the same whatever order the set iterates in (it varies between runs).
    return math.fsum(map(weights.get, terms, itertools.repeat(1.0)))  # a loop in C


def _weighted_jaccard(
    a: frozenset[str], a_total: float, b: frozenset[str], b_total: float, weights: dict[str, float]
) -> float:
    shared = _total(a & b, weights)
    union = a_total + b_total - shared
    return shared / union if union > 0 else 0.0


def consensus_terms(features: list[Features], members: list[int]) -> frozenset[str]:
    """The terms most copies share: a fold's best stand-in for the sentence they copy."""
    return _consensus([features[m].terms | features[m].anchors for m in members])


def _consensus(term_sets: list[frozenset[str]]) -> frozenset[str]:
    # Each copy may have lost or gained a word; the terms more than half of them carry are
    # closer to the common original than any single copy is.
    if len(term_sets) < CONSENSUS_FROM:
        return term_sets[0]
    counts = Counter(t for terms in term_sets for t in terms)
    return frozenset(t for t, n in counts.items() if 2 * n > len(term_sets))
