"""Word-level differences between aligned passages, for side-by-side display.

What differs, not what is rare: a figure is compared by its value and unit, so "2" and "2,0",
or "26 Mrd." and "26 billion", are the same figure; a word is marked only when the passages
share enough words for a word-by-word comparison to mean something (two paraphrases that share
almost nothing would be marked from end to end); stopwords are never marked. Figures stated by
no other passage are 'figure'; spans the caller names as disputed (a conflict's claims) are
'disputed'.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Literal

from seedview.model.normalize import _stopwords, lemma
from seedview.model.quantities import find_quantities

WordKind = Literal["same", "differs", "figure", "disputed", "space"]
_PIECES = re.compile(r"\s+|[^\s]+")
_CORE = re.compile(r"[^\W_]+(?:[.,-][^\W_]+)*")
SHARED_ENOUGH = 0.3
"""Words are marked only in a passage that shares at least this part of its words."""


def _key(word: str, language: str) -> str:
    core = _CORE.search(word)
    if not core:
        return ""
    token = core.group()
    if any(ch.isdigit() for ch in token):
        return token.replace(".", "").replace(",", ".")
    if token.lower() in _stopwords():
        return ""
    return lemma(token, language)


def _figures(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, unit:value) of each quantity in the text."""
    return [
        (found.start, found.end, f"{found.unit}:{found.value:.6g}")
        for found in find_quantities(text, language)
    ]


def word_diff(
    texts: list[str],
    language: str = "de",
    disputed: Sequence[Sequence[tuple[int, int]]] = (),
) -> list[list[tuple[str, WordKind]]]:
    """Split each text into words and spaces, each labelled against the other texts.

    `disputed`: per text, character ranges to mark as disputed whatever the others say."""
    figures = [_figures(text, language) for text in texts]
    pieces_of: list[list[tuple[int, str, str]]] = []  # (offset, piece, key)
    for text, found in zip(texts, figures, strict=True):
        pieces = []
        for match in _PIECES.finditer(text):
            piece, start = match.group(), match.start()
            figure = next((value for s, e, value in found if s <= start < e), "")
            key = "" if piece.isspace() else figure or _key(piece, language)
            pieces.append((start, piece, key))
        pieces_of.append(pieces)
    # In how many texts each key occurs: one count for the group, not a union per text.
    texts_with = Counter(key for pieces in pieces_of for key in {k for _, _, k in pieces if k})
    result: list[list[tuple[str, WordKind]]] = []
    for index, pieces in enumerate(pieces_of):
        keys = {k for _, _, k in pieces if k}
        shared = sum(1 for k in keys if texts_with[k] > 1) / len(keys) if keys else 0.0
        mark_words = shared >= SHARED_ENOUGH
        ranges = disputed[index] if index < len(disputed) else ()
        figure_keys = {value for _, _, value in figures[index]}
        labelled: list[tuple[str, WordKind]] = []
        for start, piece, key in pieces:
            kind: WordKind
            if piece.isspace():
                kind = "space"
            elif any(s <= start < e for s, e in ranges):
                kind = "disputed"
            elif not key or texts_with[key] > 1 or len(texts) < 2:
                kind = "same"
            elif key in figure_keys:
                kind = "figure"
            elif mark_words:
                kind = "differs"
            else:
                kind = "same"
            labelled.append((piece, kind))
        result.append(_join_spans(labelled))
    return result


def _join_spans(labelled: list[tuple[str, WordKind]]) -> list[tuple[str, WordKind]]:
    """A space between two disputed (or two figure) words belongs to the span: one marked
    stretch reads as one phrase, not as separate words."""
    joined = list(labelled)
    for index in range(1, len(joined) - 1):
        before, after = joined[index - 1][1], joined[index + 1][1]
        if joined[index][1] == "space" and before == after and before in ("disputed", "figure"):
            joined[index] = (joined[index][0], before)
    return joined
