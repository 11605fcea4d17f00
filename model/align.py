"""Stage 5: line up passages that say the same thing across sources.

Near-copies are folded first (`copies`), so each folded group is scored once, by the terms
most of its copies share. Candidates come from an inverted index over rare normalised terms
(no all-pairs comparison); each candidate pair is scored by the rarity-weighted overlap of
terms and anchors (optionally blended with rapidfuzz's ratio over the normalised terms); groups
form by average linkage over the folded groups, so one strong pair cannot chain unrelated
passages together.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, cast, overload

from rapidfuzz import fuzz

from seedview.model import semantic
from seedview.model.copies import consensus_terms, fold_copies
from seedview.model.normalize import Features, featurize, term_weights

if TYPE_CHECKING:
    import numpy as np

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
MAX_PER_SOURCE = 1.5  # passages per source a group may hold (see _too_many_per_source)
COPIES_SCORED = 5  # copies per fold scored against their representative, for group scores
# The semantic step (see `with_semantic`), chosen by measurement (bench/align_tuning.py).
# Cosines there are of centred vectors (`semantic.centred`: each sentence's vector less the mean
# of the corpus's sentences): sentences of one story share a large common direction (its topic),
# which raw cosines count as agreement. Over the pairs of gold-quoting passages of the eighteen
# labelled stories, the AUC of the cosine for "quote one gold claim" is 0.869 centred against
# 0.829 raw (among the pairs no group linked: 0.787 against 0.727); removing the top principal
# components as well lost (0.830 with one, 0.792 with two). Summed over the stories (gold pairs
# linked, precision): raw 1396 / 0.661; centred with the raw settings 1225 / 0.678 (centred
# cosines run lower); centred, zero 0.2 and rescoring from 0.3: 1411 / 0.672 (zero 0.15: 1432 /
# 0.647, 0.25: 1359 / 0.677); with lone folds paired from 1.0 × the threshold and figures across
# languages from cosine 0.1: 1421 / 0.673. Per-language centring: the same (1421 / 0.672).
# A pair of the encoder's alone in one language needs a shared word (see `with_semantic`):
# 1422 / 0.664, and the bundled corpus's labelled pairs 0.85 / 0.81 (before centring 0.88 /
# 0.71). Every lexical pair rescored: 1449 / 0.666 on the stories (zero 0.18: 1456 / 0.665),
# but 0.71 precision on the bundled corpus (its floor is 0.85). A penalty for cosines below
# zero trades on the same line (0.3: 1422 / 0.670; 1.0: 1394 / 0.678).
SEMANTIC_WEIGHT = 1.5  # how much a cosine above COSINE_ZERO adds to the lexical score
SEMANTIC_PENALTY = 0.0  # how much a cosine below it takes away
COSINE_ZERO = 0.2  # the encoder's (centred) cosine at which it neither adds nor takes away
RESCORE_LEXICAL = False  # whether pairs found by shared words get the encoder's score too
RESCORE_FROM_COSINE = 0.3  # ... they do from this cosine on (and across languages always)
# Two sentences in two languages that state one figure (see _one_figure_across_languages)
# score FIGURE_ACROSS_SCORE × the threshold, unless the encoder's (centred) cosine is below
# FIGURE_ACROSS_COSINE; chosen on vw_ig_metall_deal_mixed (recall / precision 0.38 / 0.76 ->
# 0.46 / 0.77; 1.0 × the threshold linked too few, 2.5 × lost precision: 0.47 / 0.69).
FIGURE_ACROSS_SCORE = 2.0
FIGURE_ACROSS_COSINE = 0.1  # centred (0.25 raw)
FIGURE_POSTINGS = 12  # a figure in more representatives than this is the story's
# Nearest folds from other sources each fold is paired with. Measured over the eleven labelled
# stories (tests/test_stories.py), with the same gold pair recall (0.54): 6 neighbours 0.63
# precision, 3 neighbours 0.66 (2: 0.67 but kane and nvidia lose pairs; 0: recall 0.52).
# A paraphrase is among the closest few; further neighbours are the same story told otherwise.
SEMANTIC_NEIGHBOURS = 3
SEMANTIC_LIMIT = 2_000  # folds; beyond this the encoder is skipped (about 7 ms a sentence)
MAX_GROUP_SHARE = 0.1  # of the folds of copies, the most one group may hold ...
MIN_LARGEST_GROUP = 6  # ... but never fewer than this many
ATTACH_SHARE = LINKAGE_SHARE  # a fold joins a further group at this mean score × threshold
# ... and only when it scores at the threshold with more than this share of the group's folds
# (two of three): a mean reached through one close pair let a sentence on a neighbouring fact
# join a group. Measured on the seventeen labelled stories (bench/group_errors.py): precision
# 0.668 -> 0.673 at the same gold pairs linked (1327 of 2394); a half cost 4 pairs, two
# thirds 54.
ATTACH_DIRECT_SHARE = 1 / 3
# A fold no group takes is paired with its best match from another source when that pair
# scores at least this share of the threshold (see _lone_folds_paired). Measured on the 14
# labelled stories (tests/test_stories.py): gold pairs linked 1079 -> 1102 of 1944, no
# story's precision down by more than 0.02 (vw_ig_metall_deal_mixed 0.83 -> 0.81, five others
# 0.01); 1.0 links 1106 but costs vw 0.03; 1.5 links 1091; joining the partner's group
# instead of forming a pair cost 0.08 on erythrit; a pair with the best partner from every
# other source linked 1111 but cost kane 0.03. With centred cosines (issue 10, ninth session),
# over eighteen stories (gold pairs of 2529, precision): the best partner at 1.0 × the
# threshold, 1422 / 0.664, and 0.85 on the bundled corpus's labelled pairs; the best partner of
# each other source at 1.3, 1430 / 0.666 and 0.89 (at 1.1: 1448 / 0.665 but 0.81 on the bundled
# corpus; 1.2: 1438 / 0.666 and 0.81; all partners and the fold as one group: 1441 / 0.659).
LONE_PARTNER_SHARE = 1.3
LONE_PARTNERS_READ = 32  # a lone fold's best partners read for the best of each source

# From this many folded sentences on, pairs are scored (and linkage weights counted) in bulk
# with scipy.sparse; below it a loop costs less than importing scipy (about 0.15 s).
SPARSE_FROM = 2000
SPARSE_BLOCK = 250  # rows per sparse product: bounds the candidates held at once
# Pairs per fold are bounded (heft: score × the pairs of copies a pair stands for): a pair
# stays if it is among the MAX_PARTNERS heaviest its earlier fold has with later folds, or its
# later fold with earlier ones (so at most twice that per fold), and the pairs grow with the
# corpus, not with its square: in a corpus of near-variants every version of a story's sentences
# scores above the floor with every other (median 300 partners per fold at 1,000 articles,
# more in a larger one). Chosen by measurement (bench/scale.py: recall of exhaustive
# pairs >= 0.98 at 1,000 articles); a story of a few dozen articles never reaches it.
# While scoring, a block keeps at most PARTNERS_HELD per fold, bounding memory.
MAX_PARTNERS = 700
PARTNERS_HELD = 3 * MAX_PARTNERS


class Pair(NamedTuple):
    """Two sentences (indices into the features) and their score. A tuple, not a dataclass:
    a large corpus makes millions of them."""

    left: int
    right: int
    score: float


class PairList(Sequence[Pair]):
    """Pairs scored in bulk, held as three arrays (left, right, score), plus pairs appended
    one by one. Reading one makes a Pair; iterating makes them a slice at a time. A large
    corpus has millions of pairs: as tuples they took about 120 bytes each (issue 11: 300 MB
    at 1,000 articles), and the linkage reads the arrays anyway."""

    def __init__(self, left: np.ndarray, right: np.ndarray, score: np.ndarray) -> None:
        self.arrays = (left, right, score)
        self.appended: list[Pair] = []

    def __len__(self) -> int:
        return len(self.arrays[0]) + len(self.appended)

    @overload
    def __getitem__(self, index: int) -> Pair: ...

    @overload
    def __getitem__(self, index: slice) -> list[Pair]: ...

    def __getitem__(self, index: int | slice) -> Pair | list[Pair]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        left, right, score = self.arrays
        if 0 <= index < len(left):
            return Pair(int(left[index]), int(right[index]), float(score[index]))
        return self.appended[index - len(left)]

    def __iter__(self) -> Iterator[Pair]:
        left, right, score = self.arrays
        for start in range(0, len(left), 1 << 16):
            end = start + (1 << 16)
            triples = zip(
                left[start:end].tolist(),
                right[start:end].tolist(),
                score[start:end].tolist(),
                strict=True,
            )
            # tuple.__new__ straight from C: what Pair._make does, without a Python call each.
            yield from map(_new_pair, itertools.repeat(Pair), triples)
        yield from self.appended

    def append(self, pair: Pair) -> None:
        self.appended.append(pair)


Pairs = list[Pair] | PairList
_new_pair = cast(Callable[[type[Pair], tuple[int, int, float]], Pair], tuple.__new__)


@dataclass(frozen=True)
class Alignment:
    features: list[Features]
    pairs: Pairs  # scored pairs between representatives, and each copy with its own
    groups: list[list[int]]  # indices into features
    weights: dict[str, float]
    representative_of: list[int]  # see copies.fold_copies


# --- the scoring kernel: candidate pairs scored in bulk with sparse matrix products ---------


def scored_pairs(
    every: dict[int, frozenset[str]],
    sources: dict[int, dict[str, int]],
    weights: dict[str, float],
    floor: float,
) -> Pairs:
    """Pairs of the term sets `every` that score at least `floor`, without an all-pairs pass:
    in bulk with sparse matrix products from SPARSE_FROM sets on, else pair by pair (importing
    scipy costs more than scoring a few articles' pairs one by one). Same pairs and scores."""
    if len(every) >= SPARSE_FROM:
        return _scored_pairs_sparse(every, sources, weights, floor)
    return _scored_pairs_loop(every, sources, weights, floor)


def _scored_pairs_sparse(
    every: dict[int, frozenset[str]],
    sources: dict[int, dict[str, int]],
    weights: dict[str, float],
    floor: float,
) -> Pairs:
    """`scored_pairs` by sparse matrix products.

    Candidates share a term rare enough to block on (in at most MAX_POSTING_SHARE of the
    sets). All candidates are scored at once: with X the sets as rows of a 0/1 matrix over the
    rare terms and W their weights, X·W·Xᵀ holds every candidate's shared rare weight, and
    products over the word-like and figure columns count what `_pair_score` asks of the shared
    terms. The few common terms are added a column at a time. Same scores as
    scoring each pair with `_pair_score` (up to float rounding: sums in another order).
    `sources` counts, per set, the sources of the copies it stands for: a pair needs at least
    one cross-source pair of copies. Pairs come out sorted by (right, left) index.
    """
    import numpy as np
    from scipy import sparse

    keys = list(every)
    if len(keys) < 2:
        return []
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    for row, key in enumerate(keys):
        for term in every[key]:
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
    terms = list(vocabulary)
    weight = np.array([weights.get(t, 1.0) for t in terms])
    # What `_pair_score` asks of a shared term: is it a word (not a year, quarter or common
    # name) and is it a figure.
    word = np.array(
        [
            not t.startswith(("y:", "quarter:"))
            and not (t.startswith("e:") and weights.get(t, 0) < RARE_NAME)
            for t in terms
        ],
        dtype=np.float64,
    )
    figure = np.array([t.startswith("q:") for t in terms], dtype=np.float64)
    matrix = sparse.csr_matrix(
        (np.ones(len(rows)), (np.array(rows), np.array(columns))),
        shape=(len(keys), len(terms)),
    )
    totals = np.asarray(matrix @ weight).ravel()
    frequency = np.asarray(matrix.sum(axis=0)).ravel()
    limit = max(30, int(MAX_POSTING_SHARE * len(keys)))
    rare = frequency <= limit
    rare_matrix = matrix[:, rare].tocsc().tocsr()

    common_columns = np.flatnonzero(~rare)
    common = matrix[:, common_columns].tocsc()
    has_common = []
    for number in range(len(common_columns)):
        has = np.zeros(len(keys), dtype=bool)
        has[common.indices[common.indptr[number] : common.indptr[number + 1]]] = True
        has_common.append(has)
    # A pair needs a cross-source pair of copies: two sets each from the same one source fail.
    numbers: dict[str, int] = {}
    single = np.array(
        [
            numbers.setdefault(next(iter(sources[k])), len(numbers)) if len(sources[k]) == 1 else -1
            for k in keys
        ],
        dtype=np.int64,
    )
    copies = np.array([sum(sources[k].values()) for k in keys], dtype=np.float64)
    # Counts in one exact float per shared term: 1 + 2¹² if a word + 2²⁴ if a figure (a
    # sentence has far fewer than 4,096 terms), so the pattern is the same as the weights'.
    by_weight = sparse.diags(weight[rare])
    by_code = sparse.diags(1.0 + word[rare] * 2.0**12 + figure[rare] * 2.0**24)

    def shared(
        block: sparse.csr_matrix,
        first: int,
        column_values: sparse.dia_matrix,
        later: sparse.csr_matrix,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Row, column (row < column) and value of X[block]·diag(values)·Xᵀ, by position.
        `later` is the transpose of X's rows from the block's first on: the pairs with
        earlier rows were found by earlier blocks (half the work of the whole of Xᵀ)."""
        # Rows in order; the columns within a row come in the order the product visits them,
        # which depends on the sparsity pattern only: the same for both products (checked).
        product = ((block @ column_values) @ later).tocsr()
        rows = first + np.repeat(np.arange(product.shape[0]), np.diff(product.indptr))
        columns = first + product.indices
        upper = rows < columns
        return rows[upper], columns[upper], product.data[upper]

    # Rows a block at a time, so only one block's candidates are held before thresholding.
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for first in range(0, len(keys), SPARSE_BLOCK):
        block = rare_matrix[first : first + SPARSE_BLOCK]
        later = rare_matrix[first:].T.tocsr()
        left, right, total_shared = shared(block, first, by_weight, later)
        code_left, code_right, codes = shared(block, first, by_code, later)
        if not (np.array_equal(code_left, left) and np.array_equal(code_right, right)):
            raise AssertionError("shared-term products disagree on the candidate pairs")
        shared_words = np.floor(codes / 2.0**12) % 2.0**12
        shared_figures = np.floor(codes / 2.0**24)
        for column, has in zip(common_columns, has_common, strict=True):
            both = has[left] & has[right]
            total_shared[both] += weight[column]
            shared_words[both] += word[column]
            shared_figures[both] += figure[column]
        cross = (single[left] < 0) | (single[left] != single[right])
        telling = (shared_words >= 2) | (shared_figures > 0)  # one shared word is a topic
        a_total, b_total = totals[left], totals[right]
        dice = 2 * total_shared / np.maximum(a_total + b_total, 1e-12)
        contained = total_shared / np.maximum(np.minimum(a_total, b_total), CONTAINMENT_FLOOR)
        score = np.minimum(1.0, CONTAINMENT_WEIGHT * contained + (1 - CONTAINMENT_WEIGHT) * dice)
        keep = np.flatnonzero(cross & telling & (score >= floor))
        left, right, score = left[keep], right[keep], score[keep]
        held = _heaviest(left, score * copies[left] * copies[right], PARTNERS_HELD)
        found.append((left[held], right[held], score[held]))
    kept_left = np.concatenate([f[0] for f in found])
    kept_right = np.concatenate([f[1] for f in found])
    kept_score = np.concatenate([f[2] for f in found])
    heft = kept_score * copies[kept_left] * copies[kept_right]
    kept = _heaviest(kept_left, heft, MAX_PARTNERS) | _heaviest(kept_right, heft, MAX_PARTNERS)
    kept_left, kept_right, kept_score = kept_left[kept], kept_right[kept], kept_score[kept]
    order = np.lexsort((kept_left, kept_right))
    key_of = np.array(keys, dtype=np.int64)
    scored = PairList(key_of[kept_left[order]], key_of[kept_right[order]], kept_score[order])
    return scored


def _heaviest(fold: np.ndarray, heft: np.ndarray, most: int) -> np.ndarray:
    """Which pairs are among the `most` heaviest of their fold (`fold`: one side of each
    pair), heaviest first, ties in the pairs' order. Pairs of folds with no more than `most`
    pairs all are, without sorting."""
    import numpy as np

    keep = np.ones(len(fold), dtype=bool)
    if not len(fold):
        return keep
    crowded = np.bincount(fold) > most
    if not crowded.any():
        return keep
    at = np.flatnonzero(crowded[fold])
    order = at[np.lexsort((-heft[at], fold[at]))]  # by fold, then heaviest first (stable)
    ranked = fold[order]
    rank = np.arange(len(order)) - np.searchsorted(ranked, ranked)
    keep[order[rank >= most]] = False
    return keep


def _scored_pairs_loop(
    every: dict[int, frozenset[str]],
    sources: dict[int, dict[str, int]],
    weights: dict[str, float],
    floor: float,
) -> list[Pair]:
    """`scored_pairs` pair by pair (seedview 0.1.0's scorer, the reference the sparse kernel
    is tested against).

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


# --- end of the scoring kernel -------------------------------------------------------------


def score_pair(
    a: Features, b: Features, weights: dict[str, float]
) -> tuple[float, tuple[str, ...]]:
    """Score in [0, 1] and the shared terms that explain it, rarest first."""
    a_all, b_all = a.terms | a.anchors, b.terms | b.anchors
    score = _pair_score(a_all, b_all, _total(a_all, weights), _total(b_all, weights), weights)
    if LEXICAL_WEIGHT < 1.0:
        fuzzy = fuzz.token_set_ratio(a.text, b.text) / 100.0
        score = LEXICAL_WEIGHT * score + (1 - LEXICAL_WEIGHT) * fuzzy
    reasons = tuple(sorted(a_all & b_all, key=lambda t: -weights.get(t, 1.0)))
    return score, reasons


def _pair_score(
    a_all: frozenset[str],
    b_all: frozenset[str],
    a_total: float,
    b_total: float,
    weights: dict[str, float],
) -> float:
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
        return 0.0  # one shared word is a topic, not the same statement
    return _lexical(_total(common, weights), a_total, b_total)


def _lexical(shared: float, a_total: float, b_total: float) -> float:
    """Weighted overlap: Dice blended with containment in the shorter sentence.

    A long sentence that contains the short one's whole fact reports the same thing.
    """
    total = a_total + b_total
    dice = 2 * shared / total if total else 0.0
    contained = shared / max(min(a_total, b_total), CONTAINMENT_FLOOR)
    return min(1.0, CONTAINMENT_WEIGHT * contained + (1 - CONTAINMENT_WEIGHT) * dice)


def _total(terms: frozenset[str], weights: dict[str, float]) -> float:
    # fsum: exact, so the same whatever order the set iterates in (it varies between runs
    # with Python's hash seed), and so are the ties that decide which clusters merge first.
    return math.fsum(map(weights.get, terms, itertools.repeat(1.0)))  # a loop in C


def align(
    items: list[tuple[str, str, str, str]],
    min_score: float = DEFAULT_MIN_SCORE,
    progress: Callable[[float], None] | None = None,
    features: list[Features] | None = None,
    semantic_limit: int | None = None,
) -> Alignment:
    """Items are (passage id, source id, text, language) of content passages; `features`, if
    given, are theirs already normalised (by the worker processes that loaded them).
    `semantic_limit`: the most folds the sentence encoder may see (default SEMANTIC_LIMIT;
    0 for lexical alignment only)."""
    if features is None:
        features = featurize(items)
    if progress:
        progress(0.4)
    languages = {source: language for _, source, _, language in items}
    weights = term_weights(features, languages)
    representative_of = fold_copies(features, weights)
    copies: dict[int, list[int]] = defaultdict(list)
    for index, representative in enumerate(representative_of):
        copies[representative].append(index)
    sources = {
        representative: dict(Counter(features[i].source for i in members))
        for representative, members in copies.items()
    }
    if progress:
        progress(0.5)
    # Pairs a little under the threshold still count towards a cluster's mean score.
    every = {r: consensus_terms(features, members) for r, members in copies.items()}
    pairs = scored_pairs(
        every,
        sources,
        weights,
        min_score * LINKAGE_SHARE,
    )
    limit = SEMANTIC_LIMIT if semantic_limit is None else semantic_limit
    if 1 < len(copies) <= limit:
        texts = {r: items[r][2] for r in copies}
        languages_of = {r: items[r][3] for r in copies}
        pairs = with_semantic(pairs, texts, sources, every, weights, min_score, languages_of)
    if progress:
        progress(0.85)
    groups = _average_linkage(copies, sources, pairs, min_score)
    if ATTACH_SHARE:
        groups = _attach_near_members(groups, copies, sources, pairs, min_score)
    if LONE_PARTNER_SHARE:
        groups = groups + _lone_folds_paired(groups, copies, sources, pairs, min_score)
    # A group's score is the mean of its scored pairs; a few copies per fold are enough to
    # show how close copies are, and scoring every copy cost a second per 50,000 sentences.
    for representative, members in copies.items():
        rep = features[representative].terms | features[representative].anchors
        rep_total = _total(rep, weights)
        for member in [m for m in members if m != representative][:COPIES_SCORED]:
            other = features[member].terms | features[member].anchors
            score = _pair_score(rep, other, rep_total, _total(other, weights), weights)
            pairs.append(Pair(representative, member, score))
    return Alignment(features, pairs, groups, weights, representative_of)


def with_semantic(
    pairs: Iterable[Pair],
    texts: dict[int, str],
    sources: dict[int, dict[str, int]],
    every: dict[int, frozenset[str]],
    weights: dict[str, float],
    min_score: float,
    languages: dict[int, str] | None = None,
) -> list[Pair]:
    """Lexical pairs of representatives rescored with the sentence encoder, plus the pairs of
    each representative with its nearest representatives from other sources. `texts` and
    `every` (the terms scored) are the representatives' own.

    Where shared words alone fall short of `min_score` (the lexical side cannot decide), a
    pair's score is its lexical score plus SEMANTIC_WEIGHT × (cosine − COSINE_ZERO), never
    less than the lexical score: a paraphrase that shares few words gains. Pairs that shared
    words put at the threshold gain the same way when the encoder is sure too (cosine at
    least RESCORE_FROM_COSINE), so the closest versions of a fact link first and the group's
    mean holds for the looser ones; and so do pairs across languages, where the shared words
    are only names and figures. Returns the pairs
    scoring at least min_score × LINKAGE_SHARE, as `scored_pairs` does.
    """
    floor = min_score * LINKAGE_SHARE
    order = sorted(texts)
    row_of = {representative: row for row, representative in enumerate(order)}
    matrix = semantic.vectors([texts[r] for r in order])
    matrix = semantic.centred(matrix)  # the story's common direction is no agreement
    candidates = semantic.nearest_across_sources(
        matrix,
        [frozenset(sources[r]) for r in order],
        SEMANTIC_NEIGHBOURS,
        COSINE_ZERO,
    )
    lexical = {(row_of[p.left], row_of[p.right]): p for p in pairs}
    keyed = {(min(a, b), max(a, b)): pair for (a, b), pair in lexical.items()}
    cosines = semantic.cosine_of(matrix, list(keyed))
    rescored: list[Pair] = []
    for (key, pair), cosine in zip(keyed.items(), cosines, strict=True):
        candidates.pop(key, None)
        # Shared words that reach the threshold have decided; the encoder helps the rest.
        # Across languages shared words are names and figures only, a weak sign of the same
        # statement; the encoder is strongest there (German-English AUC 1.00).
        across = languages is not None and languages[pair.left] != languages[pair.right]
        decided = (
            pair.score >= min_score
            and not RESCORE_LEXICAL
            and not across
            and cosine < RESCORE_FROM_COSINE
        )
        score = pair.score if decided else max(pair.score, _combined(pair.score, cosine))
        if score >= floor:
            rescored.append(Pair(pair.left, pair.right, score))
    for (a, b), cosine in sorted(candidates.items()):
        left, right = order[a], order[b]
        across = languages is not None and languages[left] != languages[right]
        if not across and not every[left] & every[right]:
            # The lexical sanity check: in one language, two sentences that share no word
            # are not linked by the encoder alone (centred cosines link sentences of one
            # theme: "Die ethischen Aspekte von KI-gestützter Werbung …" beside "Hier lohnt
            # ein Blick auf alternative Ansätze …" in the bundled corpus).
            continue
        words = _pair_score(
            every[left],
            every[right],
            _total(every[left], weights),
            _total(every[right], weights),
            weights,
        )
        score = _combined(words, cosine)
        if score >= floor:
            rescored.append(Pair(left, right, score))
    if languages is not None:
        rescored = _one_figure_across_languages(
            rescored, order, matrix, every, sources, languages, min_score
        )
    return rescored


def _one_figure_across_languages(
    pairs: list[Pair],
    order: list[int],
    matrix: semantic.Vectors,
    every: dict[int, frozenset[str]],
    sources: dict[int, dict[str, int]],
    languages: dict[int, str],
    min_score: float,
) -> list[Pair]:
    """Pairs of representatives in two languages that state the same figure ("15 Mrd. Euro" /
    "15 billion euros") score at least FIGURE_ACROSS_SCORE × `min_score` unless the encoder
    sets them apart (cosine below FIGURE_ACROSS_COSINE). Across languages the words they share are names and figures
    only, and the encoder's cosines run lower (vw_ig_metall_deal_mixed: of the German-English
    pairs of gold-quoting passages, every one sharing a figure quotes one gold claim group).
    A figure in more than FIGURE_POSTINGS representatives is the story's, not one statement's."""
    row_of = {representative: row for row, representative in enumerate(order)}
    holding: dict[str, list[int]] = defaultdict(list)
    for representative in order:
        for term in every[representative]:
            if term.startswith("q:"):
                holding[term].append(representative)
    found: set[tuple[int, int]] = set()
    for members in holding.values():
        if len(members) > FIGURE_POSTINGS:
            continue
        for left, right in itertools.combinations(members, 2):
            if languages[left] == languages[right] or sources[left].keys() & sources[right].keys():
                continue
            found.add((min(left, right), max(left, right)))
    if not found:
        return pairs
    by_key = {(min(p.left, p.right), max(p.left, p.right)): p for p in pairs}
    for left, right in sorted(found):
        cosine = float(matrix[row_of[left]] @ matrix[row_of[right]])
        if cosine < FIGURE_ACROSS_COSINE:
            continue
        known = by_key.get((left, right))
        score = FIGURE_ACROSS_SCORE * min_score
        if known is None:
            by_key[(left, right)] = Pair(right, left, score)
        elif known.score < score:
            by_key[(left, right)] = Pair(known.left, known.right, score)
    return list(by_key.values())


def _combined(lexical: float, cosine: float, zero: float | None = None) -> float:
    """The lexical score with the encoder's cosine added above `zero` (COSINE_ZERO)."""
    zero = COSINE_ZERO if zero is None else zero
    gain = SEMANTIC_WEIGHT if cosine >= zero else SEMANTIC_PENALTY
    return max(0.0, min(1.0, lexical + gain * (cosine - zero)))


def _average_linkage(
    copies: dict[int, list[int]],
    sources: dict[int, dict[str, int]],
    pairs: Pairs,
    min_score: float,
) -> list[list[int]]:
    """Merge clusters along pairs, strongest first, while the mean cross-source score holds.

    Clusters start as the folded copies; a pair of representatives stands for every
    cross-source pair of their copies. A small corpus keeps the score sums between clusters
    up to date on every merge (`_LinkSums`); a large one sums them when a merge is weighed,
    and walks the pairs in bulk (`_walk_in_bulk`, `_LinkArrays`): the same merges.
    """
    bit = {source: i for i, source in enumerate(sorted({s for c in sources.values() for s in c}))}
    cluster_of = {representative: representative for representative in copies}
    representatives: dict[int, list[int]] = {r: [r] for r in copies}
    members: dict[int, list[int]] = {r: list(m) for r, m in copies.items()}
    origin = {r: _Sources.of(counts, bit) for r, counts in sources.items()}
    bulk = len(copies) >= SPARSE_FROM
    links: _LinkSums | _LinkArrays = (
        _LinkArrays(pairs, copies, sources, bit) if bulk else _LinkSums(pairs, members, origin)
    )
    # A cluster's version changes when it absorbs another; the score sum between two
    # clusters and their sizes and sources change only then, so a merge refused once stays
    # refused until one of them grows.
    version = dict.fromkeys(copies, 0)
    largest = _largest_group(copies)
    refused: dict[tuple[int, int], tuple[int, int]] = {}

    def merge(left: int, right: int) -> bool:
        """Merge the clusters of two representatives if the linkage allows it."""
        a, b = cluster_of[left], cluster_of[right]
        if a == b:
            return False
        if a > b:
            a, b = b, a
        if refused.get((a, b)) == (version[a], version[b]):
            return False
        if _too_many_per_source(len(members[a]) + len(members[b]), origin[a], origin[b]):
            refused[a, b] = (version[a], version[b])
            return False
        if len(representatives[a]) + len(representatives[b]) > largest:
            refused[a, b] = (version[a], version[b])  # a group holds a share of the corpus
            return False
        # The mean over all pairs of copies is a lower bound of the mean over cross-source
        # ones: when it holds, counting the same-source pairs (the costly part) is not needed.
        link, everything = links.between(a, b), len(members[a]) * len(members[b])
        if link / everything < min_score * LINKAGE_SHARE:
            cross = everything - origin[a].shared(origin[b])
            if cross and link / cross < min_score * LINKAGE_SHARE:
                refused[a, b] = (version[a], version[b])
                return False
        # Which cluster survives changes no result (members end up sorted): the one whose
        # bookkeeping costs more to move.
        if links.heavier(b, a):
            a, b = b, a
        version[a] += 1
        moved = representatives.pop(b)
        for representative in moved:
            cluster_of[representative] = a
        representatives[a].extend(moved)
        members[a].extend(members.pop(b))
        origin[a].absorb(origin.pop(b))
        links.absorb(a, b, moved)
        return True

    if isinstance(links, _LinkArrays):
        _walk_in_bulk(links, min_score, merge)
    else:
        for left, right, _ in sorted(
            (p for p in pairs if p.score >= min_score), key=lambda p: -p.score
        ):
            merge(left, right)
    groups = [sorted(members[cluster]) for cluster, where in origin.items() if where.count() >= 2]
    return sorted(groups, key=lambda g: g[0])


class _LinkSums:
    """Score sums between clusters, kept up to date on every merge: a merge costs the size of
    the smaller neighbourhood, not of both clusters."""

    def __init__(
        self, pairs: Iterable[Pair], members: dict[int, list[int]], origin: dict[int, _Sources]
    ) -> None:
        self.linked: dict[int, dict[int, float]] = defaultdict(dict)
        for left, right, score in pairs:
            weight = len(members[left]) * len(members[right]) - origin[left].shared(origin[right])
            self.linked[left][right] = score * weight  # each pair is scored once
            self.linked[right][left] = score * weight

    def between(self, a: int, b: int) -> float:
        return self.linked[a].get(b, 0.0)

    def heavier(self, one: int, other: int) -> bool:
        return len(self.linked[one]) > len(self.linked[other])

    def absorb(self, a: int, b: int, moved: list[int]) -> None:
        linked = self.linked
        for neighbour, total in linked.pop(b).items():
            del linked[neighbour][b]
            if neighbour != a:
                linked[a][neighbour] = linked[a].get(neighbour, 0.0) + total
                linked[neighbour][a] = linked[neighbour].get(a, 0.0) + total
        linked[a].pop(a, None)


class _LinkArrays:
    """Score sums between clusters, summed when a merge is weighed, from arrays.

    Each pair of representatives weighs its score times the cross-source pairs of copies it
    stands for (all pairs of copies less the same-source ones, a product of source-count
    vectors). A cluster keeps the rows of its representatives' neighbours and their weights
    as two arrays; the sum towards another cluster is a masked sum over the smaller one's.
    Keeping sums up to date instead moved millions of dictionary entries at 1,000 articles
    (and held them: hundreds of MB) for a few tens of thousands of merges weighed.
    """

    def __init__(
        self,
        pairs: Pairs,
        copies: dict[int, list[int]],
        sources: dict[int, dict[str, int]],
        bit: dict[str, int],
    ) -> None:
        import numpy as np
        from scipy import sparse

        self.keys = list(copies)
        self.row_of = {representative: row for row, representative in enumerate(self.keys)}
        arrays = pairs.arrays if isinstance(pairs, PairList) else None
        if arrays is not None and len(arrays[0]) == len(pairs):
            row_lookup = np.zeros(max(self.keys) + 1, dtype=np.int64)
            row_lookup[self.keys] = np.arange(len(self.keys))
            self.left, self.right = row_lookup[arrays[0]], row_lookup[arrays[1]]
            self.scores = arrays[2]
        else:
            count = len(pairs)
            self.left = np.fromiter(
                (self.row_of[p.left] for p in pairs), dtype=np.int64, count=count
            )
            self.right = np.fromiter(
                (self.row_of[p.right] for p in pairs), dtype=np.int64, count=count
            )
            self.scores = np.fromiter((p.score for p in pairs), dtype=np.float64, count=count)
        rows, columns, counts = [], [], []
        for representative, by_source in sources.items():
            for source, number in by_source.items():
                rows.append(self.row_of[representative])
                columns.append(bit[source])
                counts.append(number)
        per_source = sparse.csr_matrix(
            (np.array(counts, dtype=np.float64), (np.array(rows), np.array(columns))),
            shape=(len(copies), len(bit)),
        )
        size = np.array([len(members) for members in copies.values()], dtype=np.float64)
        # Most folds come from one source: the same-source pairs of copies of two such folds
        # are all of them or none; only pairs with a fold from several sources need the
        # product of source-count vectors.
        single = np.full(len(copies), -1, dtype=np.int64)
        for representative, by_source in sources.items():
            if len(by_source) == 1:
                single[self.row_of[representative]] = bit[next(iter(by_source))]
        one, other = single[self.left], single[self.right]
        same = np.where((one >= 0) & (one == other), size[self.left] * size[self.right], 0.0)
        mixed = np.flatnonzero((one < 0) | (other < 0))
        same[mixed] = np.asarray(
            per_source[self.left[mixed]].multiply(per_source[self.right[mixed]]).sum(axis=1)
        ).ravel()
        weights = self.scores * (size[self.left] * size[self.right] - same)
        # Both directions, grouped by their first representative.
        first = np.concatenate([self.left, self.right])
        order = np.argsort(first, kind="stable")
        second = np.concatenate([self.right, self.left])[order]
        both = np.concatenate([weights, weights])[order]
        bounds = np.searchsorted(first[order], np.arange(len(self.keys) + 1))
        self.neighbours = {
            self.keys[row]: second[bounds[row] : bounds[row + 1]] for row in range(len(self.keys))
        }
        self.weights = {
            self.keys[row]: both[bounds[row] : bounds[row + 1]] for row in range(len(self.keys))
        }
        self.cluster_row = np.arange(len(self.keys))  # each representative's cluster, by row

    def between(self, a: int, b: int) -> float:
        one, other = (a, b) if len(self.neighbours[a]) <= len(self.neighbours[b]) else (b, a)
        towards = self.cluster_row[self.neighbours[one]] == self.row_of[other]
        return float(self.weights[one][towards].sum())

    def heavier(self, one: int, other: int) -> bool:
        return len(self.neighbours[one]) > len(self.neighbours[other])

    def absorb(self, a: int, b: int, moved: list[int]) -> None:
        import numpy as np

        self.neighbours[a] = np.concatenate([self.neighbours[a], self.neighbours.pop(b)])
        self.weights[a] = np.concatenate([self.weights[a], self.weights.pop(b)])
        self.cluster_row[[self.row_of[r] for r in moved]] = self.row_of[a]


LINKAGE_CHUNK = 64  # strong pairs whose clusters are looked up at once in `_walk_in_bulk`, at least


def _walk_in_bulk(
    links: _LinkArrays,
    min_score: float,
    merge: Callable[[int, int], bool],
) -> None:
    """`_average_linkage`'s walk over the strong pairs, strongest first, with the same merges
    as calling `merge` on each in turn, but calling it on few of them.

    A large corpus has millions of strong pairs and a few thousand merges; almost every pair
    joins two clusters already joined, or two whose merge was refused and that have not
    changed since. The clusters of a chunk of pairs are looked up at once (numpy); of the
    pairs that join the same two clusters, only the first is tried, since until a merge
    changes some cluster the others would be refused the same way. After a merge, the rest of
    the chunk is looked up again.
    """
    import numpy as np

    keys, left, right, scores = links.keys, links.left, links.right, links.scores
    strong = np.flatnonzero(scores >= min_score)
    order = strong[np.argsort(-scores[strong], kind="stable")]  # as `sorted` by -score
    # Pairs of clusters (low row × rows + high row) whose merge was refused and that have not
    # changed since: `merge` would refuse them again. Kept here as a set, so the chunk's
    # pairs are sifted without a call each (issue 11: 330,000 of the 390,000 calls at 1,000
    # articles were such repeats); a merge forgets the refusals of both its clusters.
    refused: set[int] = set()
    refused_with: dict[int, list[int]] = defaultdict(list)
    position, size = 0, LINKAGE_CHUNK
    while position < len(order):
        chunk = order[position : position + size]
        one, other = links.cluster_row[left[chunk]], links.cluster_row[right[chunk]]
        low, high = np.minimum(one, other), np.maximum(one, other)
        apart = np.flatnonzero(low != high)
        codes = low[apart] * len(keys) + high[apart]
        _, first = np.unique(codes, return_index=True)
        first.sort()
        merged_at = -1
        for offset, code in zip(apart[first].tolist(), codes[first].tolist(), strict=True):
            if code in refused:
                continue
            pair = chunk[offset]
            if merge(keys[left[pair]], keys[right[pair]]):
                merged_at = offset
                for row in divmod(code, len(keys)):
                    refused.difference_update(refused_with.pop(row, ()))
                break
            refused.add(code)
            for row in divmod(code, len(keys)):
                refused_with[row].append(code)
        position += merged_at + 1 if merged_at >= 0 else len(chunk)
        # Merges come in runs among the strongest pairs and grow rare further down: longer
        # chunks while none comes, shorter after one (each merge looks the rest up again).
        size = max(LINKAGE_CHUNK, size // 2) if merged_at >= 0 else min(size * 2, 1 << 16)


def _attach_near_members(
    groups: list[list[int]],
    copies: dict[int, list[int]],
    sources: dict[int, dict[str, int]],
    pairs: Pairs,
    min_score: float,
) -> list[list[int]]:
    """Groups with the folds that would have joined them had linkage not put them elsewhere.

    Average linkage puts a fold in one group only; a sentence that states two facts ("35,000
    jobs go, after a 70-hour marathon") then lines up with the sources of one of them. Here a
    fold also joins each further group whose folds it matches on average as well as a merge
    asks (mean score over the group's folds >= ATTACH_SHARE × min_score, and pairs at the
    threshold with more than ATTACH_DIRECT_SHARE of them), when it brings a source the group
    lacks: a passage may belong to several
    wording groups, as it may to a wording group and fact groups.
    """
    import numpy as np

    representative_of = {m: r for r, members in copies.items() for m in members}
    folds_of = [sorted({representative_of[i] for i in group}) for group in groups]
    if not pairs or not groups:
        return groups
    # In bulk: a large corpus has millions of pairs. Each pair counts in both directions: the
    # fold on one side against the group of the fold on the other.
    # fromiter over the flattened triples: np.array on millions of tuples took seconds.
    if isinstance(pairs, PairList) and not pairs.appended:  # scored in bulk: already arrays
        left = np.asarray(pairs.arrays[0], dtype=np.int64)
        right = np.asarray(pairs.arrays[1], dtype=np.int64)
        score = np.asarray(pairs.arrays[2], dtype=np.float64)
    else:
        flat = itertools.chain.from_iterable(pairs)
        table = np.fromiter(flat, dtype=np.float64, count=3 * len(pairs)).reshape(-1, 3)
        left = table[:, 0].astype(np.int64)
        right = table[:, 1].astype(np.int64)
        score = table[:, 2]
    group_of = np.full(max(representative_of) + 1, -1, dtype=np.int64)
    for number, folds in enumerate(folds_of):
        group_of[folds] = number
    fold = np.concatenate([left, right])
    target = np.concatenate([group_of[right], group_of[left]])
    own = np.concatenate([group_of[left], group_of[right]])
    both = np.concatenate([score, score])
    elsewhere = (target >= 0) & (own != target)
    key = fold * len(groups) + np.maximum(target, 0)
    # Candidates: a fold and a group it has a pair at the threshold with, not its own.
    candidates = np.unique(key[elsewhere & (both >= min_score)])
    if not len(candidates):
        return groups
    counted = elsewhere & np.isin(key, candidates)
    found, where = np.unique(key[counted], return_inverse=True)
    sums = np.bincount(where, weights=both[counted])
    sizes = np.array([len(folds) for folds in folds_of], dtype=np.float64)
    means = sums / sizes[found % len(groups)]
    direct = np.bincount(where, weights=(both[counted] >= min_score).astype(np.float64))
    means[direct <= ATTACH_DIRECT_SHARE * sizes[found % len(groups)] + 1e-9] = 0.0
    # Only the pairs of a fold and a group close enough to join, best first (as sorting
    # (-mean, (fold, group)) would put them), so the size cap and the one-fold-per-new-source
    # rule keep the closest folds. In bulk: a large corpus has a million candidates.
    close = np.flatnonzero(means >= ATTACH_SHARE * min_score)
    close = close[np.lexsort((found[close], -means[close]))]
    largest = _largest_group(copies)
    grown = [set(group) for group in groups]
    grown_folds = [len(folds) for folds in folds_of]
    grown_sources = [{s for f in folds for s in sources[f]} for folds in folds_of]
    for k in found[close].tolist():
        joining, number = divmod(k, len(groups))
        if grown_folds[number] >= largest:
            continue
        if grown_sources[number] & sources[joining].keys():
            continue
        grown[number] |= set(copies[joining])
        grown_folds[number] += 1
        grown_sources[number] |= sources[joining].keys()
    return [sorted(group) for group in grown]


def _lone_folds_paired(
    groups: list[list[int]],
    copies: dict[int, list[int]],
    sources: dict[int, dict[str, int]],
    pairs: Pairs,
    min_score: float,
) -> list[list[int]]:
    """Groups of two folds: each fold that no group holds, with the fold of each other source
    it scores best with, when that pair scores at least LONE_PARTNER_SHARE × `min_score`.

    Average linkage refuses a fold whose best match sits in a group it does not match as a
    whole ("Der Stoff könne das Thromboserisiko deutlich steigern." beside a group on the
    risk of heart attacks): the fold was left alone though one source says the same. The pair
    shows it; joining the partner's group instead linked it with the group's other members,
    which it does not match (precision fell by 0.08 on two labelled stories).
    """
    import numpy as np

    if not len(pairs):
        return []
    if isinstance(pairs, PairList) and not pairs.appended:
        left = np.asarray(pairs.arrays[0], dtype=np.int64)
        right = np.asarray(pairs.arrays[1], dtype=np.int64)
        score = np.asarray(pairs.arrays[2], dtype=np.float64)
    else:
        flat = itertools.chain.from_iterable(pairs)
        table = np.fromiter(flat, dtype=np.float64, count=3 * len(pairs)).reshape(-1, 3)
        left, right, score = table[:, 0].astype(np.int64), table[:, 1].astype(np.int64), table[:, 2]
    size = 1 + max(max(members) for members in copies.values())  # every sentence's index
    grouped = np.zeros(max(size, int(left.max()) + 1, int(right.max()) + 1), dtype=bool)
    for group in groups:
        grouped[group] = True
    strong = score >= LONE_PARTNER_SHARE * min_score
    # Both directions: the lone fold first, its partner second.
    lone = np.concatenate([left[strong], right[strong]])
    partner = np.concatenate([right[strong], left[strong]])
    both = np.concatenate([score[strong], score[strong]])
    alone = ~grouped[lone]
    lone, partner, both = lone[alone], partner[alone], both[alone]
    if not len(lone):
        return []
    # Best first; of equal scores the lower partner (the order a sort by (-score, partner) gives).
    order = np.lexsort((partner, -both, lone))
    lone, partner = lone[order], partner[order]
    starts = np.flatnonzero(np.r_[True, lone[1:] != lone[:-1]])  # each lone fold's rows
    ends = np.r_[starts[1:], len(lone)]
    paired: dict[tuple[int, int], None] = {}  # in order found; a pair once
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        fold = int(lone[start])
        if fold not in copies:
            continue
        taken = set(sources[fold])  # its own sources, and those it has its best partner from
        # Partners best first: a few dozen hold the best of each source a story has, and a
        # large corpus gives a fold hundreds.
        for other in partner[start : min(end, start + LONE_PARTNERS_READ)].tolist():
            if other in copies and not sources[other].keys() & taken:
                # Two lone folds may each be the other's best: one pair.
                paired[min(fold, other), max(fold, other)] = None
                taken |= sources[other].keys()
    return [sorted(copies[a] + copies[b]) for a, b in paired]


def _largest_group(copies: dict[int, list[int]]) -> int:
    """The most folds one group may hold: a share of the corpus's folds (one fact is a small
    part of a story; a larger group has chained several), but never fewer than a few. Folds,
    not sentences: twelve outlets printing one agency sentence are one fold."""
    return max(MIN_LARGEST_GROUP, int(MAX_GROUP_SHARE * len(copies)))


def _too_many_per_source(size: int, one: _Sources, other: _Sources) -> bool:
    """A source states one fact once or twice; a cluster with many more passages than sources
    has chained several statements of the story together."""
    sources = ((one.levels[:1] or [0])[0] | (other.levels[:1] or [0])[0]).bit_count()
    return size > max(MAX_PER_SOURCE * sources, 3)


@dataclass
class _Sources:
    """How many copies a cluster has from each source, as bit masks: `levels[k]` has a bit for
    every source with more than k copies.

    Then the same-source pairs of two clusters, the sum over sources of the product of their
    counts, is a few ANDs of integers: counting them through dictionaries of hundreds of
    sources for every pair was the linkage's main cost at 1,000 articles.
    """

    levels: list[int]

    @classmethod
    def of(cls, counts: dict[str, int], bit: dict[str, int]) -> _Sources:
        levels = [0] * max(counts.values(), default=0)
        for source, n in counts.items():
            for level in range(n):
                levels[level] |= 1 << bit[source]
        return cls(levels)

    def count(self) -> int:
        return self.levels[0].bit_count() if self.levels else 0

    def shared(self, other: _Sources) -> int:
        """Pairs of copies, one from each cluster, that come from the same source."""
        return sum((mine & theirs).bit_count() for mine in self.levels for theirs in other.levels)

    def absorb(self, other: _Sources) -> None:
        # A source has more than k copies in the sum if, for some i, it has more than i - 1
        # here and more than k - i - 1 there (a level below 0 means every source: -1).
        mine, theirs = [-1, *self.levels], [-1, *other.levels]
        merged = []
        for k in range(1, len(mine) + len(theirs) - 1):
            level = 0
            for i in range(max(0, k - len(theirs) + 1), min(k, len(mine) - 1) + 1):
                level |= mine[i] & theirs[k - i]
            merged.append(level)
        while merged and not merged[-1]:
            merged.pop()
        self.levels = merged


def group_id(passage_ids: list[str]) -> str:
    """Stable across runs: derived from the passages it holds."""
    digest = hashlib.sha1("|".join(sorted(passage_ids)).encode()).hexdigest()[:8]
    return f"g-{digest}"


def group_scores(groups: list[list[int]], pairs: Iterable[Pair]) -> list[float]:
    """Mean score of the scored pairs inside each group (a sentence may belong to several
    groups).

    In bulk (issue 11: a Python pass over 2.6 million pairs took 9 s at 1,000 articles):
    each pair adds to the group both its sentences belong to, and the sums are taken with
    `bincount` in the pairs' order, so they are the same floats a loop over the pairs adds.
    """
    import numpy as np

    left, right, score = _pair_arrays(pairs)
    count_groups = len(groups)
    if not count_groups:
        return []
    indices = np.fromiter(itertools.chain.from_iterable(groups), dtype=np.int64)
    numbers = np.repeat(np.arange(count_groups), [len(group) for group in groups])
    # Each (sentence, group) membership as one sorted key; a sentence's groups in a row.
    member = np.unique(indices * count_groups + numbers)
    sentence, group_of = member // count_groups, member % count_groups
    size = 1 + max([0, *(int(a.max()) for a in (sentence, left, right) if len(a))])
    count = np.bincount(sentence, minlength=size)
    first = np.cumsum(count) - count
    # Every group of the left sentence, one row per pair and group, in the pairs' order; kept
    # where the right sentence belongs to it too.
    grouped = np.flatnonzero((count[left] > 0) & (count[right] > 0))
    repeats = count[left[grouped]]
    positions = np.repeat(grouped, repeats)
    offsets = np.arange(len(positions)) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    owners = group_of[first[left[positions]] + offsets]
    wanted = right[positions] * count_groups + owners
    found = np.minimum(np.searchsorted(member, wanted), len(member) - 1)
    shared = member[found] == wanted
    positions, owners = positions[shared], owners[shared]
    # `bincount` adds in array order: each group's scores in pair order, as a loop would.
    sums = np.bincount(owners, weights=score[positions], minlength=count_groups)
    counts = np.bincount(owners, minlength=count_groups)
    return [
        round(s / c, 3) if c else 0.0 for s, c in zip(sums.tolist(), counts.tolist(), strict=True)
    ]


def _pair_arrays(pairs: Iterable[Pair]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Left, right and score of `pairs` as arrays, in the order iterating them gives."""
    import numpy as np

    if isinstance(pairs, PairList):
        held, extra = pairs.arrays, pairs.appended
    else:
        empty = np.zeros(0)
        held, extra = (empty, empty, empty), list(pairs)
    if not extra:
        return (
            np.asarray(held[0], dtype=np.int64),
            np.asarray(held[1], dtype=np.int64),
            np.asarray(held[2], dtype=np.float64),
        )
    # fromiter over the flattened triples: np.array on millions of tuples takes seconds.
    flat = itertools.chain.from_iterable(extra)
    table = np.fromiter(flat, dtype=np.float64, count=3 * len(extra)).reshape(-1, 3)
    return (
        np.concatenate([np.asarray(held[0], dtype=np.int64), table[:, 0].astype(np.int64)]),
        np.concatenate([np.asarray(held[1], dtype=np.int64), table[:, 1].astype(np.int64)]),
        np.concatenate([np.asarray(held[2], dtype=np.float64), table[:, 2]]),
    )


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


# --- headings: attached to the groups of the sentences they sum up --------------------------

MAX_HEADING_GROUPS = 1  # groups one heading may join: its closest
HEADING_SHARE = 1.0  # ... when its mean score with the group's sentences is this × threshold
# ... and the encoder puts it this close to one of them: a heading's few words make shared
# words a weak sign ("Welche Rolle spielt das Metaverse?" shares "Rolle spielen" with a
# sentence about advertising, at cosine 0.17; headlines that sum up a sentence are at 0.5-0.85).
HEADING_COSINE = 0.5
# Terms in more grouped sentences than this find no candidates for a heading: in a corpus of
# thousands of articles, a heading's common words would make it score against most of them.
HEADING_POSTINGS = 200
# Headings are compared by raw cosines (their settings were chosen so), where a cosine adds to
# shared words from this on (the former COSINE_ZERO).
HEADING_COSINE_ZERO = 0.4


def attach_headings(
    alignment: Alignment,
    headings: list[Features],
    heading_texts: list[str],
    content_texts: list[str],
    min_score: float,
    semantic_limit: int | None = None,
) -> list[list[int]]:
    """For each group of `alignment`, the headings (indices into `headings`) that join it.

    A headline or subheading states the story's facts ("Kane wechselt für 100 Millionen",
    "Schwerster Umsatzeinbruch seit einer Dekade") in fewer words than any sentence, so it
    takes no part in the linkage (where its few words would merge or split the sentences'
    groups); it joins the one group (MAX_HEADING_GROUPS) whose sentences from other sources
    it matches best: mean score over them at least HEADING_SHARE × `min_score`, one pair at
    `min_score`, and one of them at cosine HEADING_COSINE or more. Scores are as
    `with_semantic` makes them: shared rare words plus the encoder's cosine. Without the
    encoder (a corpus of more than `semantic_limit` folds of copies) no heading joins.
    """
    import numpy as np

    joined: list[list[int]] = [[] for _ in alignment.groups]
    if not headings or not alignment.groups:
        return joined
    limit = SEMANTIC_LIMIT if semantic_limit is None else semantic_limit
    if len(set(alignment.representative_of)) > limit:  # as `align` decides, by folds
        return joined  # a heading's few shared words decide nothing without the encoder
    features, weights = alignment.features, alignment.weights
    group_of: dict[int, list[int]] = defaultdict(list)
    for number, group in enumerate(alignment.groups):
        for member in group:
            group_of[member].append(number)
    # Candidates by shared rare terms (an inverted index over the grouped sentences), and by
    # the encoder's cosine where it is used.
    holding: dict[str, list[int]] = defaultdict(list)
    for member in group_of:
        for term in features[member].terms | features[member].anchors:
            holding[term].append(member)
    common = min(HEADING_POSTINGS, max(2, int(MAX_POSTING_SHARE * len(features))))
    grouped = sorted(group_of)
    heading_matrix = semantic.vectors(heading_texts)
    member_matrix = semantic.vectors([content_texts[m] for m in grouped])
    cosines = heading_matrix @ member_matrix.T
    column_of = {member: column for column, member in enumerate(grouped)}
    totals = {m: _total(features[m].terms | features[m].anchors, weights) for m in grouped}
    # A heading never makes a group hold more than the share of the sentences a group may.
    most = max(MIN_LARGEST_GROUP, int(MAX_GROUP_SHARE * len(features)))
    sizes = [len(group) for group in alignment.groups]
    for index, heading in enumerate(headings):
        mine = heading.terms | heading.anchors
        # Sentences sharing two of its rarer terms, or a figure (as `_pair_score` asks).
        shared: Counter[int] = Counter()
        for term in mine:
            posting = holding.get(term, ())
            if len(posting) <= common:
                shared.update(dict.fromkeys(posting, 2 if term.startswith("q:") else 1))
        candidates = {m for m, count in shared.items() if count >= 2}
        near = np.flatnonzero(cosines[index] >= HEADING_COSINE_ZERO)
        candidates.update(grouped[c] for c in near.tolist())
        candidates = {m for m in candidates if features[m].source != heading.source}
        if not candidates:
            continue
        my_total = _total(mine, weights)
        scores: dict[int, float] = {}
        for member in candidates:
            theirs = features[member].terms | features[member].anchors
            score = _pair_score(mine, theirs, my_total, totals[member], weights)
            cosine = float(cosines[index, column_of[member]])
            score = max(score, _combined(score, cosine, HEADING_COSINE_ZERO))
            scores[member] = score
        means: list[tuple[float, int]] = []
        for number in sorted({n for m in scores for n in group_of[m]}):
            if sizes[number] >= most:
                continue
            others = [m for m in alignment.groups[number] if features[m].source != heading.source]
            found = [scores.get(m, 0.0) for m in others]
            close = max(float(cosines[index, column_of[m]]) for m in others) if others else 0.0
            if found and max(found) >= min_score and close >= HEADING_COSINE:
                mean = sum(found) / len(found)
                if mean >= HEADING_SHARE * min_score:
                    means.append((-mean, number))
        for _, number in sorted(means)[:MAX_HEADING_GROUPS]:
            joined[number].append(index)
            sizes[number] += 1
    return joined
