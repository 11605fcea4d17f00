"""Word-level differences between the passages of a group, for side-by-side display.

Each word of each passage is 'same' when another passage of the group uses it too (compared in
lemma form), 'differs' when none does, and 'figure' when it is a number no other passage states:
differing figures are what a fact-checker looks at first.
"""

from __future__ import annotations

import re
from typing import Literal

from seedview.model.normalize import lemma

WordKind = Literal["same", "differs", "figure", "space"]
_PIECES = re.compile(r"\s+|[^\s]+")
_CORE = re.compile(r"[^\W_]+(?:[.,-][^\W_]+)*")


def _key(word: str, language: str) -> str:
    core = _CORE.search(word)
    if not core:
        return ""
    token = core.group()
    if any(ch.isdigit() for ch in token):
        return token.replace(".", "").replace(",", ".")
    return lemma(token, language)


def word_diff(texts: list[str], language: str = "de") -> list[list[tuple[str, WordKind]]]:
    """Split each text into words and spaces, each labelled against the other texts."""
    keys = [
        {_key(w, language) for w in _PIECES.findall(t) if not w.isspace()} - {""} for t in texts
    ]
    result: list[list[tuple[str, WordKind]]] = []
    for index, text in enumerate(texts):
        others: set[str] = (
            set().union(*(k for j, k in enumerate(keys) if j != index)) if len(texts) > 1 else set()
        )
        pieces: list[tuple[str, WordKind]] = []
        for piece in _PIECES.findall(text):
            if piece.isspace():
                pieces.append((piece, "space"))
                continue
            key = _key(piece, language)
            if not key or key in others or len(texts) < 2:
                pieces.append((piece, "same"))
            elif any(ch.isdigit() for ch in key):
                pieces.append((piece, "figure"))
            else:
                pieces.append((piece, "differs"))
        result.append(pieces)
    return result
