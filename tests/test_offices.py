"""Titles before names as "in office" claims, however the title is written (issue 11: a
cheap pre-check skips the title pattern for sentences that hold no title; it must never skip
one that does)."""

from __future__ import annotations

import pytest

from seedview.model.offices import office_claims
from seedview.model.schema import Passage, Source


def _offices(text: str, language: str) -> list[tuple[str, str, str]]:
    source = Source(id="s0", path="s0", label="s0", language=language, sha256="0", text=text)
    passage = Passage(
        id="s0@0", source="s0", paragraph=0, start=0, end=len(text), text=text, kind="content"
    )
    return [(c.subject, c.pole or "", c.qualifiers[0]) for c in office_claims(passage, source)]


@pytest.mark.parametrize(
    ("written", "plain", "language"),
    [
        # In capitals, across a line break or a double space: the pattern ignores case and
        # takes any run of spaces, so these were found, then failed the title lookup (a
        # KeyError that stopped the whole analysis).
        (
            "Former PRIME\nMINISTER Boris Johnson spoke.",
            "Former prime minister Boris Johnson spoke.",
            "en",
        ),
        ("The Prime  Minister Keir Starmer spoke.", "The Prime Minister Keir Starmer spoke.", "en"),
        ("US-PRÄSIDENT Donald Trump sprach.", "US-Präsident Donald Trump sprach.", "de"),
        # "ſ" is an "s" to a case-blind pattern, though lower-casing leaves it as it is.
        (
            "The former Preſident Barack Obama spoke.",
            "The former President Barack Obama spoke.",
            "en",
        ),
    ],
)
def test_a_title_makes_its_claim_however_it_is_written(
    written: str, plain: str, language: str
) -> None:
    assert _offices(plain, language)
    assert _offices(written, language) == _offices(plain, language)


def test_a_sentence_without_a_title_makes_no_office_claim() -> None:
    assert _offices("Nothing here names an office.", "en") == []
    assert _offices("Der Kanzlerkandidat sprach lange.", "de") == []
