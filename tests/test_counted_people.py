"""What a count counts: the people a study, a protest or a toll counts, however an outlet
names them ("20,000 U.S. adults", "über 20.000 US-Amerikanern", "500 Libyans"), so that
two outlets' figures for one group line up."""

from __future__ import annotations

from test_lexicon import _claims_of_all, _conflicts_of

from seedview.model.periods import find_periods


def _counts(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (c.measure, c.quantity.text)
        for c in _claims_of_all(text, language)
        if c.quantity is not None and c.quantity.unit.startswith("count")
    ]


def test_names_before_an_english_noun_say_which_not_what_is_counted() -> None:
    # Before: "U.S." and "American" were taken for what was counted, and no figure was read.
    assert _counts("Researchers examined the data of 20,000 U.S. adults.", "en") == [
        ("participants", "20,000")
    ]
    assert _counts("The survey of over 20,000 American adults found a link.", "en") == [
        ("participants", "over 20,000")
    ]
    assert _counts("Police said 3,500 Extinction Rebellion protesters marched.", "en") == [
        ("participants", "3,500")
    ]


def test_people_named_by_where_they_are_from_are_counted_as_people() -> None:
    assert _counts("Über 20.000 US-Amerikaner nahmen an der Umfrage teil.", "de") == [
        ("participants", "Über 20.000")
    ]
    assert _counts("About 300 Libyans were injured in the floods.", "en") == [
        ("injured", "About 300")
    ]
    assert _counts("Rund 2.000 Marokkaner wurden verletzt.", "de") == [("injured", "Rund 2.000")]
    # Lower-case words ending like a demonym are no demonym: fans are not a nationality.
    assert ("participants", "20,000") not in _counts("The club sold 20,000 fans tickets.", "en")


def test_one_studys_sample_named_two_ways_is_a_difference() -> None:
    (difference,) = _conflicts_of(
        ("Die Forschenden untersuchten die Essgewohnheiten von über 20.000 US-Amerikanern.", "de"),
        ("Die Forscher analysierten Gesundheitsdaten von 20.000 Erwachsenen aus den USA.", "de"),
    )
    assert difference.kind == "approximate" and "participants" in difference.explanation
    (difference,) = _conflicts_of(
        ("The observational study of over 20,000 U.S. adults found a link.", "en"),
        ("The study followed 20,000 adults for eight years.", "en"),
    )
    assert difference.kind == "approximate"


def test_a_span_of_years_named_before_its_noun_is_one_period() -> None:
    # "from the 2003 to 2018 survey" was read as 2003 alone.
    # (A count of a study's people takes no period from it: the next test.)
    periods = {
        label
        for text in (
            "The team examined 20,000 U.S. adults from the 2003 to 2018 survey.",
            "The team examined 20,000 adults in the 2003-2018 survey.",
            "Das Team wertete Daten von 20.000 Erwachsenen aus dem Zeitraum 2003 bis 2018 aus.",
        )
        for _, _, label, _ in find_periods(text, None)
    }
    assert periods == {"2003..2018"}


def test_a_number_of_the_members_counts_what_the_clause_says_of_them() -> None:
    # "two of the sentences suspended" / "Six of the defendants had part of their jail terms
    # suspended": counts of suspended sentences, unread before (a number word before "of").
    (conflict,) = _conflicts_of(
        ("The men were sentenced to jail, with two of the sentences suspended.", "en"),
        ("Six of the defendants had part of their jail terms suspended.", "en"),
    )
    assert "suspended sentences" in conflict.explanation
    assert _counts("Drei der Angeklagten erhielten Strafen auf Bewährung.", "de") == [
        ("suspended sentences", "Drei")
    ]
    # A part with nothing said of it is no count of the whole: three of the injured are not
    # a toll of three injured.
    assert _counts("Drei der Verletzten schweben in Lebensgefahr.", "de") == []
    # Seats out of seats are still counted as seats.
    assert [m for m, _ in _counts("Die Partei gewann 37 der 150 Sitze.", "de")][:1] == ["seats"]


def test_a_samples_years_of_study_do_not_make_it_another_count() -> None:
    # "20,000 U.S. adults from the 2003 to 2018 survey" was a count for 2003..2018, never
    # compared with "over 20,000 U.S. adults" stated with no years.
    (difference,) = _conflicts_of(
        ("Researchers examined the data of 20,000 U.S. adults from the 2003 to 2018 survey.", "en"),
        ("The observational study of over 20,000 U.S. adults found a higher risk.", "en"),
    )
    assert difference.kind == "approximate" and "participants" in difference.explanation
    # A count of an event's people in a year stays that year's.
    periods = {
        c.period.label if c.period else ""
        for c in _claims_of_all("In 2023, 20,000 people took part in the march.", "en")
        if c.measure == "participants"
    }
    assert periods == {"2023"}


def test_a_count_named_by_its_order_is_a_range_of_that_order() -> None:
    # "einige Hundert Menschen" was a hundred; "Tens of thousands of people" ten.
    assert _counts("Nur einige Hundert Menschen folgten dem Aufruf.", "de") == [
        ("participants", "einige Hundert")
    ]
    (difference,) = _conflicts_of(
        ("Nur einige Hundert Menschen folgten dem Aufruf, teilte die Polizei mit.", "de"),
        ("Laut Polizei folgten 8.000 Menschen dem Aufruf.", "de"),
    )
    assert difference.kind == "value"
    (difference,) = _conflicts_of(
        ("Tens of thousands of people marched through the city.", "en"),
        ("Police said 8,000 people marched through the city.", "en"),
    )
    assert difference.kind == "value"
    # "Thousands of deaths" only says at least that many: 11,300 are thousands.
    assert not _conflicts_of(
        ("Most of the thousands of deaths could have been avoided, the agency said.", "en"),
        ("The agency said 11,300 deaths could have been avoided.", "en"),
    )


def test_swiss_thousands_are_read() -> None:
    # "120'000" was read as "000".
    from seedview.model.quantities import find_quantities

    assert [
        f.value for f in find_quantities("Von den 120'000 Angestellten in Deutschland", "de")
    ] == [120000.0]
    assert [
        f.value for f in find_quantities("Der Umsatz betrug 1'234.5 Millionen Franken.", "de")
    ] == [1234.5e6]


def test_all_but_some_of_a_group_are_the_group_less_them() -> None:
    # "all but two of the 156 passengers" are 154: against "all 156 passengers" a
    # contradiction.
    from test_lexicon import _conflicts_of

    (toll,) = _conflicts_of(
        ("All but two of the 156 passengers on board the ferry died.", "en"),
        ("All 156 passengers on board the ferry were killed.", "en"),
    )
    assert toll.kind == "value" and "All but two of the 156" in toll.explanation


def test_a_toll_given_for_two_days_says_so() -> None:
    # "3,100 dead, officials said on Monday" against "bis Donnerstag 4.400 Tote": still a
    # conflict, but the reader is told the counts are for two days and may have moved.
    from test_lexicon import _conflicts_of

    (toll,) = _conflicts_of(
        ("The quake killed 3,100 people, officials said on Monday.", "en"),
        ("Bis Donnerstag stieg die Zahl der Toten des Bebens auf 4.400.", "de"),
    )
    assert toll.kind == "value"
    assert "given for Monday and Thursday" in toll.explanation
