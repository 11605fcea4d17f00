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

from collections import Counter, defaultdict

from seedview.model.normalize import Features

# Well above the alignment threshold: a copy must say the same thing in nearly the same words.
# Two copies of a 20-word sentence that each lost a word or two still fold (about 0.9); a
# sentence with another figure or another subject does not.
COPY_SIMILARITY = 0.9


def fold_copies(
    features: list[Features],
    weights: dict[str, float],
    threshold: float = COPY_SIMILARITY,
) -> list[int]:
    """For each sentence, the index of its representative (itself if it is one)."""
    representative_of: list[int] = []
    # Representatives indexed by every term they have: lookups use only the rare prefix of the
    # probing sentence, whose postings are short.
    postings: dict[str, list[int]] = defaultdict(list)
    term_sets: list[frozenset[str]] = []
    totals: list[float] = []
    for index, feature in enumerate(features):
        terms = feature.terms | feature.anchors
        ranked = sorted(terms, key=lambda t: (-weights.get(t, 1.0), t))
        total = sum(weights.get(t, 1.0) for t in ranked)
        term_sets.append(terms)
        totals.append(total)
        best, best_similarity = index, threshold
        if terms:
            needed = (1.0 - threshold) * total
            seen: set[int] = set()
            covered = 0.0
            for term in ranked:
                for candidate in postings.get(term, ()):
                    if candidate in seen:
                        continue
                    seen.add(candidate)
                    similarity = _weighted_jaccard(
                        terms, total, term_sets[candidate], totals[candidate], weights
                    )
                    if similarity > best_similarity or (
                        similarity == best_similarity and best == index
                    ):
                        best, best_similarity = candidate, similarity
                covered += weights.get(term, 1.0)
                if covered > needed:
                    break
        representative_of.append(best)
        if best == index:
            for term in terms:
                postings[term].append(index)
    return representative_of


def _weighted_jaccard(
    a: frozenset[str], a_total: float, b: frozenset[str], b_total: float, weights: dict[str, float]
) -> float:
    shared = sum(weights.get(t, 1.0) for t in a & b)
    union = a_total + b_total - shared
    return shared / union if union > 0 else 0.0


def consensus_terms(features: list[Features], members: list[int]) -> frozenset[str]:
    """The terms most copies share: a folded group's best stand-in for the sentence they copy.

    Each copy may have lost or gained a word; the terms more than half of them carry are
    closer to the common original than any single copy is.
    """
    first = features[members[0]]
    if len(members) < 3:
        return first.terms | first.anchors
    counts = Counter(t for m in members for t in features[m].terms | features[m].anchors)
    return frozenset(t for t, n in counts.items() if 2 * n > len(members))
