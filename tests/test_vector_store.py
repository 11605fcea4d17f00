"""Sentence vectors kept on disk: a sentence seen once is not encoded again (issue 11)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from seedview.model import semantic

TEXTS = ["Meta investiert 72 Milliarden Dollar.", "Meta spends up to $72bn on AI."]


class _CountingEncoder:
    """Stands in for the encoder: deterministic unit vectors, and a count of sentences."""

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.encoded.extend(texts)
        rows = [np.random.default_rng(len(t)).standard_normal(semantic.DIMENSIONS) for t in texts]
        return np.array([r / np.linalg.norm(r) for r in rows], dtype=np.float32)


@pytest.fixture
def encoder(monkeypatch: pytest.MonkeyPatch) -> _CountingEncoder:
    fake = _CountingEncoder()
    monkeypatch.setattr(semantic, "_encoder", lambda: fake)
    monkeypatch.setattr(semantic, "_cache", type(semantic._cache)())  # a fresh process
    return fake


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process starts with: no vectors in memory, the store not yet opened."""
    monkeypatch.setattr(semantic, "_cache", type(semantic._cache)())
    monkeypatch.setattr(semantic._VectorStore, "_instance", None)


def test_a_sentence_encoded_in_one_process_is_read_in_the_next(
    encoder: _CountingEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = semantic.vectors(TEXTS)
    _new_process(monkeypatch)
    again = semantic.vectors([*TEXTS, "Ein neuer Satz."])
    assert encoder.encoded == [*TEXTS, "Ein neuer Satz."]  # each sentence once
    assert np.array_equal(again[:2], first)


def test_a_damaged_store_is_replaced_and_vectors_still_come(
    encoder: _CountingEncoder, monkeypatch: pytest.MonkeyPatch, _isolated_cache_dir: Path
) -> None:
    semantic.vectors(TEXTS)
    store = next((_isolated_cache_dir / "vectors").glob("*.sqlite"))
    store.write_bytes(b"not a database" * 100)
    _new_process(monkeypatch)
    found = semantic.vectors(TEXTS)
    assert found.shape == (2, semantic.DIMENSIONS)
    assert encoder.encoded == [*TEXTS, *TEXTS]  # the damaged store was not trusted
    _new_process(monkeypatch)
    semantic.vectors(TEXTS)  # the store was made again, and holds them
    assert encoder.encoded == [*TEXTS, *TEXTS]


def test_an_unwritable_cache_folder_only_costs_the_encoding(
    encoder: _CountingEncoder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("SEEDVIEW_CACHE_DIR", str(blocked))
    _new_process(monkeypatch)
    assert semantic.vectors(TEXTS).shape == (2, semantic.DIMENSIONS)
