"""Records held since a time ("the first rate cut since 2020", "das schlechteste Ergebnis seit
1950", "its biggest fall in 50 years"): outlets that date one record differently contradict
each other, and the record's year is no period of the sentence's figures."""

from __future__ import annotations

import datetime

from test_rates import _conflicts, _dated, _figures

from seedview.model.claims import source_claims
from seedview.model.schema import Claim

RECORD = "record since"


def _records(text: str, language: str, published: datetime.date | None = None) -> list[Claim]:
    return [c for c in _figures(text, language, published) if c.measure == RECORD]


def _held(text: str, language: str, published: datetime.date | None = None) -> list[tuple]:
    return [
        (c.qualifiers[0], c.quantity.low, c.quantity.high)
        for c in _records(text, language, published)
        if c.quantity is not None
    ]


def test_a_record_is_read_with_the_years_its_words_allow() -> None:
    assert _held("The Fed cut rates by half a point, its first cut since March 2020.", "en") == [
        ("first", 2020, 2020)
    ]
    assert _held("Die CSU holte ihr schlechtestes Ergebnis seit 1950.", "de") == [
        ("worst", 1950, 1950)
    ]
    assert _held("It was a fall not seen since the early 1970s.", "en") == [("largest", 1970, 1974)]
    # "at least": the record may be older; "ever": a record of all time.
    assert _held("Its biggest daily decline since at least 1982.", "en") == [("largest", 0, 1982)]
    assert _held("Das ist das historisch schlechteste Ergebnis der Partei.", "de") == [
        ("worst", 0, 0)
    ]
    # A number of years counts back from the page's date, give or take one; a page with no
    # date names no year.
    published = datetime.date(2024, 9, 18)
    assert _held("Rates fell for the first time in four years.", "en", published) == [
        ("first", 2019, 2021)
    ]
    assert _held(
        "Die Notenbank senkt erstmals seit fünf Jahren den Leitzins.", "de", published
    ) == [("first", 2018, 2020)]
    assert _held("Rates fell for the first time in four years.", "en") == []
    # One of the worst is no record.
    assert _held("It was among the stock's worst performances since at least 1982.", "en") == []


def test_outlets_dating_one_record_differently_contradict_each_other() -> None:
    (conflict,) = _conflicts(
        ("The Fed cut rates by half a point, its first cut since March 2020.", "en"),
        ("It was the Fed's first rate cut since 2019.", "en"),
    )
    assert conflict.kind == "value" and "record (first)" in conflict.explanation
    assert "since 2019" in conflict.explanation and "since March 2020" in conflict.explanation
    (conflict,) = _conflicts(
        ("Die CSU holte ihr schlechtestes Ergebnis seit 1950.", "de"),
        ("Für die CSU ist das das historisch schlechteste Ergebnis.", "de"),
    )
    assert conflict.kind == "value"
    # Years that can both hold yet differ are a difference to check, not a contradiction.
    (difference,) = _conflicts(
        ("Intel suffered its biggest daily decline since at least 1982.", "en"),
        ("Intel shares saw a fall not seen since the early 1970s.", "en"),
    )
    assert difference.kind == "approximate"
    # A number of years that holds the other's year agrees with it.
    assert not _conflicts(
        ("The central bank lowered rates for the first time in four years.", "en"),
        ("It was the central bank's first cut since March 2020.", "en"),
    )


def test_records_of_other_holders_or_other_things_are_not_compared() -> None:
    assert not _conflicts(
        ("The Fed made its first rate cut since 2020.", "en"),
        ("The ECB made its first rate cut since 2019.", "en"),
    )
    # A "first" is a first of anything: with nothing lined up, only words in common join two.
    assert not _conflicts(
        ("The bank made its first cut since 2020.", "en"),
        ("Inflation fell below target for the first time since 2021.", "en"),
    )


def test_a_records_year_is_not_the_period_of_the_sentences_figure() -> None:
    # "since March 2020" made the half-point cut a figure of 2020, compared with no other cut.
    (cut,) = [
        c
        for c in _figures(
            "The Fed cut rates by half a point, its first cut since March 2020.", "en"
        )
        if c.measure == "interest rate"
    ]
    assert cut.period is None
    (conflict,) = _conflicts(
        ("The Fed cut rates by half a point, its first cut since March 2020.", "en"),
        ("The Fed lowered rates by a quarter point.", "en"),
    )
    assert "interest rate" in conflict.explanation


def test_a_price_at_its_extreme_is_not_where_it_closed() -> None:
    # "as much as 30%" during the day and "26%" at the close are both right: a difference
    # to look at, no contradiction.
    for extreme in (
        "Intel's stock plunged as much as 30% on Friday.",
        "Intel (INTC) stock was down roughly 30% at its intraday low.",
    ):
        (difference,) = _conflicts(
            (extreme, "en"), ("Intel's stock plummeted 26% to close at $21.", "en")
        )
        assert difference.kind == "approximate" and "at its close" in difference.explanation
    (conflict,) = _conflicts(
        ("Intel's stock plunged 30% on Friday.", "en"),
        ("Intel's stock plummeted 26% to close at $21.", "en"),
    )
    assert conflict.kind == "value"


def test_a_clause_opening_with_a_name_and_its_verb_is_about_that_name() -> None:
    # "Tokyo Electron fell 12%" was Intel's fall, the article's subject.
    articles = _dated(
        [("Intel shares fell 26% on Friday. Tokyo Electron fell 12% in Japan.", "en")], None
    )
    ((source, passages),) = articles
    subjects = {c.quantity.text: c.subject for c in source_claims(source, passages) if c.quantity}
    assert subjects["12%"] == "tokyo electron" and subjects["26%"] == "intel"


def test_one_source_stating_a_record_twice_says_no_more_than_its_widest_statement() -> None:
    # A headline's "most since 1987" and the body's "since at least 1987" are one statement
    # of the source: with another outlet's "since the late 1970s" they can both hold (a
    # difference that cites both of the first source's sentences), no contradiction.
    (difference,) = _conflicts(
        (
            "Northwind plunges 25%, most since 1987, after a profit warning\n\nNorthwind's "
            "stock fell as much as 25% on Tuesday, its biggest daily decline since at least "
            "1987.",
            "en",
        ),
        ("Northwind's shares saw a fall not seen since the late 1970s on Tuesday.", "en"),
    )
    assert difference.kind == "approximate"
    assert "most since 1987" in difference.explanation
    assert "since at least 1987" in difference.explanation


def test_a_place_among_all_of_a_kind_is_compared_as_a_number() -> None:
    # "the biggest penalty ever imposed" against "the second-largest penalty ever": first
    # and second of all time; "die drittgrößte Strafe aller Zeiten" is third. What is ranked
    # must be one thing: the biggest penalty is no rank of a fall.
    (rank,) = [
        c
        for c in _conflicts(
            ("It was the biggest penalty ever imposed by the regulator.", "en"),
            ("The fine is the second-largest penalty ever imposed by the regulator.", "en"),
        )
        if c.kind == "value"
    ]
    assert "biggest" in rank.explanation and "second-largest" in rank.explanation
    (third,) = [
        c
        for c in _figures("Es ist die drittgrößte Strafe aller Zeiten.", "de")
        if c.measure == "rank of all time"
    ]
    assert third.quantity is not None and third.quantity.value == 3
    assert not [
        c
        for c in _conflicts(
            ("It was the biggest penalty ever imposed by the regulator.", "en"),
            ("It was the second-largest fall ever for the shares.", "en"),
        )
        if c.kind == "value"
    ]


def test_a_close_and_an_extreme_printed_differently_are_a_difference_though_they_overlap() -> None:
    # "were last down 4 percent" against "fell as much as 4.2 per cent": the two can be one
    # figure rounded, yet one is the day's low and the other a later reading.
    (difference,) = _conflicts(
        ("Northwind's shares were last down 4 percent.", "en"),
        ("Northwind's shares fell as much as 4.2 per cent.", "en"),
    )
    assert difference.kind == "approximate" and "at its close" in difference.explanation
    # The same figure printed alike is nothing to see.
    assert not _conflicts(
        ("Northwind's shares were last down 4.2 percent.", "en"),
        ("Northwind's shares fell as much as 4.2 per cent.", "en"),
    )
