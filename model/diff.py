"""Word-level differences between the passages of a group, for side-by-side display.

Each word of each passage is 'same' when another passage of the group uses it too (compared in
lemma form), 'differs' when none does, and 'figure' when it is a number no other passage states:
differing figures are what a fact-checker looks at first.
"""

from __future__ import annotations

import re
from collections import Counter
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
    pieces_of = [
        [(piece, "" if piece.isspace() else _key(piece, language)) for piece in _PIECES.findall(t)]
        for t in texts
    ]
    # In how many texts each word occurs: a word is shared when another text has it too. One
    # count for the group, not a union of the others per text (a group can have 200 sources).
    texts_with = Counter(key for pieces in pieces_of for key in {k for _, k in pieces if k})
    result: list[list[tuple[str, WordKind]]] = []
    for pieces in pieces_of:
        labelled: list[tuple[str, WordKind]] = []
        for piece, key in pieces:
            if piece.isspace():
                labelled.append((piece, "space"))
            elif not key or texts_with[key] > 1 or len(texts) < 2:
                labelled.append((piece, "same"))
            elif any(ch.isdigit() for ch in key):
                labelled.append((piece, "figure"))
            else:
                labelled.append((piece, "differs"))
        result.append(labelled)
    return result
