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


def test_earlier_values_of_two_outlets_are_compared_with_each_other() -> None:
    # "fällt von 2,75 Prozent auf 2,50 Prozent" and "auf 2,75 Prozent von bisher 3,00
    # Prozent": the rate before the move is 2,75 in one outlet and 3,00 in the other, which
    # contradict each other, as the rates after it (2,50 and 2,75) do; no earlier value is
    # compared with a rate after the move.
    conflicts = _conflicts_of(
        ("Der Einlagenzins der Notenbank fällt von 2,75 Prozent auf 2,50 Prozent.", "de"),
        ("Den Einlagenzins senkte die Notenbank auf 2,75 Prozent von bisher 3,00 Prozent.", "de"),
    )
    (before,) = [c for c in conflicts if "prior-period" in c.explanation]
    assert "2,75 Prozent" in before.explanation and "3,00 Prozent" in before.explanation
    (after,) = [c for c in conflicts if c is not before]
    assert "2,50 Prozent" in after.explanation and "3,00" not in after.explanation
    roles = {
        c.quantity.text: c.role
        for c in _claims_of_all(
            "Den Einlagenzins senkte die Notenbank auf 2,75 Prozent von bisher 3,00 Prozent.", "de"
        )
        if c.quantity
    }
    assert roles == {"2,75 Prozent": "reported", "3,00 Prozent": "prior"}
