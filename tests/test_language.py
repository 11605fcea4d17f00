"""Which language an article is read in: every rule of the lexicon is keyed by it, so a short
German article read as English loses all its German claims."""

from __future__ import annotations

import pytest

from seedview.model.sources import detect_language


@pytest.mark.parametrize(
    "text",
    [
        # "will", "in" and "an" are German words too.
        "Der Konzern will bis 2027 in Deutschland 4.000 Stellen streichen.",
        "Laut Polizei demonstrierten am Samstag 35.000 Menschen in Hamburg gegen Rechtsextremismus.",
        "Tesla kündigt an: Produktion in Grünheide wird gedrosselt",
        "Meta plant Milliarden für KI",
    ],
)
def test_short_german_articles_are_german(text: str) -> None:
    assert detect_language(text) == "de"


@pytest.mark.parametrize(
    "text",
    [
        "Police said about 5,000 people took part.",
        "Apple will report results in an hour.",
        "Chelsea sign Caicedo in record deal",
    ],
)
def test_short_english_articles_are_english(text: str) -> None:
    assert detect_language(text) == "en"
