"""Stage 5: line up passages that say the same thing across sources.

Candidates come from an inverted index over rare normalised terms (no all-pairs comparison);
each candidate pair is scored by the rarity-weighted overlap of terms and anchors combined with
rapidfuzz's ratio over the normalised term strings; groups form by average linkage, so one
strong pair cannot chain unrelated passages together.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from seedview.model.normalize import Features, featurize, term_weights

# Chosen by measurement on tests/data/alignment_labels.toml (see bench/align_tuning.py):
# the best F1 on the labelled pairs with precision >= 0.8. On that data rapidfuzz's ratio over
# the normalised strings added nothing over the weighted overlap (F1 0.47 at weight 0.8 against
# 0.55 at 1.0), so it is off by default and stays a setting.
DEFAULT_MIN_SCORE = 0.22
LEXICAL_WEIGHT = 1.0  # weighted term overlap; the rest is rapidfuzz over normalised strings
CONTAINMENT_WEIGHT = 0.7
RARE_NAME = 2.5  # weight above which a shared name counts as a shared word
CONTAINMENT_FLOOR = 25.0  # about three rare terms: a two-word line cannot "contain" a sentence
MAX_POSTING_SHARE = 0.2  # a term in more than this share of sentences does not block
LINKAGE_SHARE = 0.8  # a merge needs mean cross-group score >= this share of the threshold


@dataclass(frozen=True)
class Pair:
    left: int
    right: int
    score: float
    shared: tuple[str, ...]


@dataclass(frozen=True)
class Alignment:
    features: list[Features]
    pairs: list[Pair]
    groups: list[list[int]]  # indices into features
    weights: dict[str, float]


def candidate_pairs(features: list[Features]) -> dict[tuple[int, int], None]:
    """Cross-source pairs sharing at least one term rare enough to block on.

    An insertion-ordered dict, not a set: pairs stay grouped by the term that found them, so
    the scoring loop walks neighbouring sentences (measured 30% faster at 100 articles).
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for index, feature in enumerate(features):
        for term in feature.terms | feature.anchors:
            postings[term].append(index)
    limit = max(30, int(MAX_POSTING_SHARE * len(features)))
    pairs: dict[tuple[int, int], None] = {}
    for members in postings.values():
        if len(members) < 2 or len(members) > limit:
            continue
        for position, left in enumerate(members):
            left_source = features[left].source
            for right in members[position + 1 :]:
                if features[right].source != left_source:
                    pairs[(left, right)] = None
    return pairs


def score_pair(
    a: Features,
    b: Features,
    weights: dict[str, float],
    totals: tuple[float, float] | None = None,
) -> tuple[float, tuple[str, ...]]:
    """Score in [0, 1] and the shared terms, rarest first. `totals`: precomputed weight sums."""
    a_all, b_all = a.terms | a.anchors, b.terms | b.anchors
    common = a_all & b_all
    # Years, quarters and common names (the story's protagonist) are context, not content;
    # a rare name ("Reality Labs") is as telling as a rare word.
    words = [
        t
        for t in common
        if not t.startswith(("y:", "quarter:"))
        and not (t.startswith("e:") and weights.get(t, 0) < RARE_NAME)
    ]
    if len(words) < 2 and not any(t.startswith("q:") for t in common):
        return 0.0, ()  # one shared word is a topic, not the same statement
    shared = sum(weights.get(t, 1.0) for t in common)
    a_total, b_total = totals or (_total(a_all, weights), _total(b_all, weights))
    total = a_total + b_total
    dice = 2 * shared / total if total else 0.0
    # The overlap with the shorter sentence counts too: a long sentence that contains the
    # short one's whole fact reports the same thing.
    smaller = min(a_total, b_total)
    contained = shared / max(smaller, CONTAINMENT_FLOOR)
    lexical = CONTAINMENT_WEIGHT * contained + (1 - CONTAINMENT_WEIGHT) * dice
    score = lexical
    if LEXICAL_WEIGHT < 1.0:
        fuzzy = fuzz.token_set_ratio(a.text, b.text) / 100.0
        score = LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * fuzzy
    reasons = tuple(sorted(common, key=lambda t: -weights.get(t, 1.0)))
    return min(1.0, score), reasons


def _total(terms: frozenset[str], weights: dict[str, float]) -> float:
    return sum(weights.get(t, 1.0) for t in terms)


def align(
    items: list[tuple[str, str, str, str]],
    min_score: float = DEFAULT_MIN_SCORE,
    progress: Callable[[float], None] | None = None,
) -> Alignment:
    """Items are (passage id, source id, text, language) of content passages."""
    features = featurize(items)
    if progress:
        progress(0.4)
    languages = {source: language for _, source, _, language in items}
    weights = term_weights(features, languages)
    candidates = candidate_pairs(features)
    if progress:
        progress(0.6)
    totals = [_total(f.terms | f.anchors, weights) for f in features]
    pairs: list[Pair] = []
    for left, right in candidates:
        score, shared = score_pair(
            features[left], features[right], weights, (totals[left], totals[right])
        )
        if score >= min_score * LINKAGE_SHARE:
            pairs.append(Pair(left, right, score, shared))
    if progress:
        progress(0.85)
    groups = _average_linkage(len(features), pairs, min_score, features)
    return Alignment(features, pairs, groups, weights)


def _average_linkage(
    count: int, pairs: list[Pair], min_score: float, features: list[Features]
) -> list[list[int]]:
    """Merge clusters along pairs, strongest first, while the mean cross-source score holds.

    Score sums between clusters and each cluster's per-source counts are kept up to date on
    every merge, so a merge costs the size of its neighbourhood, not of both clusters.
    """
    cluster_of = list(range(count))
    members: dict[int, list[int]] = {i: [i] for i in range(count)}
    per_source: dict[int, dict[str, int]] = {i: {features[i].source: 1} for i in range(count)}
    linked: dict[int, dict[int, float]] = defaultdict(dict)
    for pair in pairs:
        linked[pair.left][pair.right] = linked[pair.left].get(pair.right, 0.0) + pair.score
        linked[pair.right][pair.left] = linked[pair.right].get(pair.left, 0.0) + pair.score
    for pair in sorted(pairs, key=lambda p: -p.score):
        if pair.score < min_score:
            break
        a, b = cluster_of[pair.left], cluster_of[pair.right]
        if a == b:
            continue
        cross = len(members[a]) * len(members[b]) - sum(
            n * per_source[b].get(source, 0) for source, n in per_source[a].items()
        )
        if cross and linked[a].get(b, 0.0) / cross < min_score * LINKAGE_SHARE:
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for index in members[b]:
            cluster_of[index] = a
        members[a].extend(members.pop(b))
        for source, n in per_source.pop(b).items():
            per_source[a][source] = per_source[a].get(source, 0) + n
        for neighbour, total in linked.pop(b).items():
            del linked[neighbour][b]
            if neighbour != a:
                linked[a][neighbour] = linked[a].get(neighbour, 0.0) + total
                linked[neighbour][a] = linked[neighbour].get(a, 0.0) + total
        linked[a].pop(a, None)
    groups = [
        sorted(group) for group in members.values() if len({features[i].source for i in group}) >= 2
    ]
    return sorted(groups, key=lambda g: g[0])


def group_id(passage_ids: list[str]) -> str:
    """Stable across runs: derived from the passages it holds."""
    digest = hashlib.sha1("|".join(sorted(passage_ids)).encode()).hexdigest()[:8]
    return f"g-{digest}"


def group_score(group: list[int], pairs: list[Pair]) -> float:
    inside = set(group)
    scores = [p.score for p in pairs if p.left in inside and p.right in inside]
    return round(sum(scores) / len(scores), 3) if scores else 0.0


def shared_terms(
    group: list[int], features: list[Features], weights: dict[str, float]
) -> list[str]:
    """Terms at least two of the group's sources use, rarest first."""
    by_source: dict[str, set[str]] = defaultdict(set)
    for index in group:
        by_source[features[index].source] |= features[index].terms | features[index].anchors
    counts: dict[str, int] = defaultdict(int)
    for terms in by_source.values():
        for term in terms:
            counts[term] += 1
    common = [t for t, c in counts.items() if c >= 2]
    return sorted(common, key=lambda t: (-weights.get(t, 0.0), t))[:8]
