"""What alignment knows of one content passage: its terms and anchors.

Its own module (normalize re-exports it) so that reading a cached analysis, which stores the
features for re-alignment, does not load normalising: the lemma tables, the quantity grammar
and the validated lexicon (issue 11: `seedview analyze` on a warm cache).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Features:
    passage: str
    source: str
    terms: frozenset[str]  # lemmas and compound parts
    # quantities "q:USD:7.2e10", years "y:2025", quarters "quarter:4", entities "e:meta"
    anchors: frozenset[str]

    @property
    def text(self) -> str:
        """The terms as one string, for rapidfuzz (made on demand: most runs never need it)."""
        return " ".join(sorted(self.terms))
