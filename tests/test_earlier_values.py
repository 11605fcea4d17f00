"""An earlier value given beside today's ("59%, up from 52%", "nach 2,4 Prozent im April",
"rose to 2,000 from 1,200") is that earlier value, not a second figure for today."""

from __future__ import annotations

import pytest
from test_lexicon import _claims_of_all, _conflicts_of


@pytest.mark.parametrize(
    ("article", "other", "language", "earlier"),
    [
        (
            "Turnout was 59%, up from 52% at the last election.",
            "Turnout in the election stood at 59%, officials said.",
            "en",
            "52%",
        ),
        (
            "Die Wahlbeteiligung lag bei 73 Prozent, nach 72,3 Prozent vor fünf Jahren.",
            "Die Wahlbeteiligung betrug 73 Prozent.",
            "de",
            "72,3 Prozent",
        ),
        (
            "Die Inflation sank im Mai auf 2,1 Prozent, nach 2,4 Prozent im April.",
            "Im Mai lag die Inflationsrate bei 2,1 Prozent.",
            "de",
            "2,4 Prozent",
        ),
        (
            "The death toll rose to 2,000 from 1,200 on Monday.",
            "At least 2,000 people have died in the earthquake.",
            "en",
            "1,200",
        ),
    ],
)
def test_an_earlier_value_beside_todays_is_no_second_figure(
    article: str, other: str, language: str, earlier: str
) -> None:
    roles = {
        c.quantity.text: c.role
        for c in _claims_of_all(article, language)
        if c.kind == "figure" and c.quantity is not None
    }
    assert roles[earlier] == "prior"
    assert not [
        c for c in _conflicts_of((article, language), (other, language)) if c.kind == "value"
    ]


def test_today_s_figure_beside_an_earlier_one_still_conflicts() -> None:
    (conflict,) = [
        c
        for c in _conflicts_of(
            ("Turnout was 61%, up from 52% at the last election.", "en"),
            ("Turnout in the election stood at 59%, officials said.", "en"),
        )
        if c.kind == "value"
    ]
    assert "61%" in conflict.explanation and "52%" not in conflict.explanation
