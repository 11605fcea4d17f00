"""A central bank's decision: a rate's move in points ("half a percentage point", "25
Basispunkte"), its level, and the path its officials project year by year. Outlets that
print different projections for one year contradict each other; the earlier projection a
sentence compares with, a dissenter's preference and a later year's figure in a dated page
are not what was decided."""

from __future__ import annotations

import datetime

from test_lexicon import _source

from seedview.model.claims import source_claims
from seedview.model.conflicts import find_conflicts
from seedview.model.quantities import find_quantities
from seedview.model.schema import Claim, Conflict, Passage, Source


def _dated(
    texts: list[tuple[str, str]], published: datetime.date | None = datetime.date(2024, 9, 19)
) -> list[tuple[Source, list[Passage]]]:
    out = []
    for number, (text, language) in enumerate(texts):
        source, passages = _source(f"s{number}", text, language)
        out.append((source.model_copy(update={"published": published}), passages))
    return out


def _figures(text: str, language: str, published: datetime.date | None = None) -> list[Claim]:
    ((source, passages),) = _dated([(text, language)], published)
    return [c for c in source_claims(source, passages) if c.kind == "figure"]


def _conflicts(*texts: tuple[str, str]) -> list[Conflict]:
    articles = _dated(list(texts))
    found = [c for source, passages in articles for c in source_claims(source, passages)]
    return find_conflicts([source for source, _ in articles], found, [])


def _points(sentence: str, language: str) -> list[tuple[str, float, bool]]:
    return [
        (f.text, round(f.value, 4), f.change)
        for f in find_quantities(sentence, language)
        if f.unit == "pp"
    ]


def test_a_move_in_points_is_read_in_points_whether_in_words_or_in_basis_points() -> None:
    # "by half a percentage point" was a fall by half (50 %), "50 basis points" a count of
    # "basis", "einen Viertelprozentpunkt" nothing.
    assert _points("The Fed cut rates by half a percentage point.", "en") == [
        ("half a percentage point", 0.5, True)
    ]
    assert _points("The Fed lowered rates by 50 basis points.", "en") == [
        ("50 basis points", 0.5, True)
    ]
    assert _points("It was a jumbo 50-basis-point cut.", "en") == [("50-basis-point", 0.5, True)]
    assert _points("Bowman wanted a quarter-point cut.", "en") == [("quarter-point", 0.25, True)]
    assert _points("Die EZB senkt den Einlagenzins um 25 Basispunkte.", "de") == [
        ("25 Basispunkte", 0.25, True)
    ]
    assert _points("Eine Senkung um einen Viertelprozentpunkt.", "de") == [
        ("einen Viertelprozentpunkt", 0.25, True)
    ]
    # A share in words stays a share: "half of the members" is 50 %.
    assert [f.unit for f in find_quantities("Half of the members voted.", "en")] == ["%"]


def test_a_move_in_points_measures_the_rate_not_an_amount() -> None:
    # "delivered a 50-basis-point cut" counted "deliveries".
    (figure,) = _figures(
        "The bank cut its key rate to 4%. It delivered a 50-basis-point cut.", "en"
    )[1:]
    assert figure.measure == "interest rate" and figure.basis == "change"


def test_the_two_moves_outlets_report_for_one_decision_contradict_each_other() -> None:
    (conflict,) = _conflicts(
        ("The Bank of England cut interest rates by a quarter point on Thursday.", "en"),
        ("The Bank of England lowered its base rate by half a percentage point.", "en"),
    )
    assert conflict.kind == "value" and "interest rate" in conflict.explanation
    assert "“quarter point”" in conflict.explanation
    assert "“half a percentage point”" in conflict.explanation


def test_a_rate_named_alone_is_the_rate_a_named_rate_is_its_own_measure() -> None:
    assert [f.measure for f in _figures("Policymakers expect rates to fall to 3.4%.", "en")] == [
        "interest rate"
    ]
    assert [f.measure for f in _figures("Unemployment rates stood at 4.3%.", "en")] == [
        "unemployment"
    ]
    assert [f.measure for f in _figures("Inflation rates fell to 2.5%.", "en")] == ["inflation"]
    # A figure that names no measure takes its article's: "the rate" once named in full.
    figures = _figures(
        "The bank cut its deposit rate to 3.75%. It could fall to 3% next year.", "en"
    )
    assert [f.measure for f in figures] == ["interest rate", "interest rate"]


def test_a_projection_listed_year_by_year_is_a_forecast_for_each_year() -> None:
    figures = _figures(
        "Officials projected the rate would fall to 4.4% by the end of this year, 3.4% by "
        "the end of 2025 and 2.9% in 2026.",
        "en",
        datetime.date(2024, 9, 18),
    )
    assert [
        (f.quantity.text, f.period.label, f.role) for f in figures if f.quantity and f.period
    ] == [
        ("4.4%", "2024", "forecast"),
        ("3.4%", "2025", "forecast"),
        ("2.9%", "2026", "forecast"),
    ]
    # "2025 and 2.9%" was one figure of 2025 per cent.
    assert all(f.quantity and f.quantity.low < 10 for f in figures)
    # German lists the year before each figure: "für 2025 von 2,2 Prozent" is 2025's.
    figures = _figures(
        "Die Volkswirte der Notenbank erwarten für 2024 eine Inflation von 2,5 Prozent, für "
        "2025 von 2,2 Prozent und für 2026 von 1,9 Prozent.",
        "de",
        datetime.date(2024, 6, 6),
    )
    assert [
        (f.quantity.text, f.period.label, f.role) for f in figures if f.quantity and f.period
    ] == [
        ("2,5 Prozent", "2024", "forecast"),
        ("2,2 Prozent", "2025", "forecast"),
        ("1,9 Prozent", "2026", "forecast"),
    ]


def test_outlets_printing_different_projections_for_one_year_contradict_each_other() -> None:
    conflicts = _conflicts(
        (
            "Policymakers expect the rate to fall to 3.4 percent in 2025, down from 4.1 "
            "percent projected in June, and to 2.9 percent in 2026.",
            "en",
        ),
        ("Officials see the benchmark rate at 4.1 percent in 2025 and 3.1 percent in 2026.", "en"),
    )
    compared = sorted(sorted(c.compared) for c in conflicts)
    assert compared == [
        ["“2.9 percent”", "“3.1 percent”"],
        ["“3.4 percent”", "“4.1 percent”"],
    ]
    assert all("planned or expected" in c.explanation for c in conflicts)
    # The June projection is the earlier value the first sentence compares with: on its own
    # the sentence contradicts nothing.
    assert not _conflicts(
        (
            "Policymakers expect the rate to fall to 3.4 percent in 2025, down from 4.1 "
            "percent projected in June.",
            "en",
        ),
    )


def test_a_later_years_figure_in_a_dated_page_is_a_forecast_a_fiscal_year_is_not() -> None:
    (figure,) = _figures("The rate stands at 3.1 percent in 2026.", "en", datetime.date(2024, 9, 1))
    assert figure.role == "forecast"
    (figure,) = _figures("The rate stood at 3.1 percent in 2023.", "en", datetime.date(2024, 9, 1))
    assert figure.role == "reported"
    (figure,) = _figures(
        "Revenue in fiscal 2026 was $46.7 billion.", "en", datetime.date(2025, 8, 28)
    )
    assert figure.role == "reported"


def test_a_dissenters_preference_is_not_the_decision() -> None:
    assert not _conflicts(
        ("The Federal Reserve cut interest rates by half a percentage point.", "en"),
        ("Governor Michelle Bowman dissented, preferring a quarter-point cut in rates.", "en"),
    )
    assert not _conflicts(
        ("Die US-Notenbank Fed hat den Leitzins um einen halben Prozentpunkt gesenkt.", "de"),
        (
            "Gouverneurin Bowman hätte eine Senkung des Leitzinses um einen Viertelprozentpunkt bevorzugt.",
            "de",
        ),
    )


def test_a_central_bank_is_one_holder_by_its_full_name_and_its_short_one() -> None:
    (conflict,) = _conflicts(
        ("The Federal Reserve cut its benchmark rate to a range of 4.75% to 5%.", "en"),
        ("The Fed cut its benchmark rate to a range of 5.25% to 5.5%.", "en"),
    )
    assert conflict.kind == "value" and "of Fed" in conflict.explanation
    # The ends of a range are written to one precision: "5%" beside "4.75%" is 5.00.
    (band,) = find_quantities("a range of 4.75% to 5%", "en")
    assert (band.low, band.high) == (4.745, 5.005)
    subjects = {
        f.subject
        for text, language in (
            ("Die Europäische Zentralbank senkt den Einlagenzins auf 3,75 Prozent.", "de"),
            ("Die EZB senkt den Einlagenzins auf 3,75 Prozent.", "de"),
            ("The ECB cut its deposit rate to 3.75%.", "en"),
            ("The European Central Bank cut its deposit rate to 3.75%.", "en"),
        )
        for f in _figures(text, language)
    }
    assert subjects == {"ecb"}
    # Explanations write it as the news does, not "Ecb".
    (conflict,) = _conflicts(
        ("Die EZB senkt den Einlagenzins auf 3,75 Prozent.", "de"),
        ("The European Central Bank cut its deposit rate to 3.5%.", "en"),
    )
    assert "of ECB" in conflict.explanation


def test_a_rates_projection_by_a_years_end_is_that_years_and_the_list_goes_on() -> None:
    # "3.4% by the end of 2025" and "3.4 percent in 2025" are one year's level; "and to 3.1
    # percent in 2026" after an earlier value ("down from 4.1 percent projected in June") is
    # still the list's forecast; "see the rate at" projects.
    (conflict,) = [
        c
        for c in _conflicts(
            ("Officials projected the rate would fall to 3.4% by the end of 2025.", "en"),
            ("Fed officials now see the benchmark rate at 4.1 percent in 2025.", "en"),
        )
        if c.kind == "value"
    ]
    assert "for 2025" in conflict.explanation and "planned or expected" in conflict.explanation
    figures = _figures(
        "Policymakers expect the rate to fall to 3.4 percent in 2025, down from 4.1 percent "
        "projected in June, and to 3.1 percent in 2026.",
        "en",
    )
    assert [(f.quantity.text, f.role) for f in figures if f.quantity] == [
        ("3.4 percent", "forecast"),
        ("4.1 percent", "prior"),
        ("3.1 percent", "forecast"),
    ]


def test_the_words_before_a_rate_that_say_whose_or_what_it_does_are_no_part_of_it() -> None:
    # "benchmark interest rate" and "Fed cuts rates" made "benchmark" and "cuts" parts of
    # the rate: the half point in one outlet was never compared with another's quarter point.
    (conflict,) = _conflicts(
        ("Fed cuts rates by half a point, its first cut since 2020.", "en"),
        ("The Fed cut its benchmark interest rate by a quarter point.", "en"),
    )
    assert {"“half a point”", "“quarter point”"} == set(conflict.compared)


def test_a_central_banks_three_rates_are_three_and_exact_as_written() -> None:
    # The deposit rate and the main refinancing rate are two rates: "3,75" and "4,25" do not
    # contradict each other, nor "4.25%" and "4.5%" for the marginal lending rate. A rate is
    # exact as written: "4 Prozent" is another main refinancing rate than "4,25 Prozent".
    assert not [
        c
        for c in _conflicts(
            ("Die Notenbank senkte den Einlagenzins auf 3,25 Prozent.", "de"),
            ("The central bank cut its main refinancing rate to 3.75%.", "en"),
            ("Der Spitzenrefinanzierungssatz liegt nun bei 4,0 Prozent.", "de"),
        )
        if c.kind == "value"
    ]
    (main,) = _conflicts(
        ("Auch der Hauptrefinanzierungssatz wird von 3,75 Prozent auf 3 Prozent gesenkt.", "de"),
        ("The main refinancing rate now stands at 3.5%.", "en"),
    )
    assert main.kind == "value" and "main refinancing" in main.explanation
    # Two rates in one sentence: each figure is the rate named last before it.
    figures = _figures(
        "Sie senkte den Einlagenzins auf 3,25 Prozent und den Hauptrefinanzierungssatz auf "
        "3,75 Prozent.",
        "de",
    )
    assert [(c.quantity.text, c.qualifiers) for c in figures if c.quantity] == [
        ("3,25 Prozent", ["deposit"]),
        ("3,75 Prozent", ["main refinancing"]),
    ]


def test_a_target_a_months_figure_and_an_earlier_projection_are_not_the_forecast() -> None:
    # "ihr Inflationsziel von zwei Prozent" is a target; "im Mai 2024 bei 2,6 Prozent" is
    # May's figure, not the year's; "Noch im März waren sie von 2,3 Prozent ausgegangen" is an
    # earlier projection: none contradicts "gehen für 2024 von 2,5 Prozent aus".
    found = [
        (c.quantity.text, c.role, c.period.label if c.period else "")
        for c in _figures(
            "Die Notenbank sieht sich auf Kurs zu ihrem Inflationsziel von zwei Prozent. Die "
            "Inflationsrate lag im Mai 2024 bei 2,6 Prozent. Die Ökonomen gehen nun für 2024 "
            "von einer Teuerung von 2,5 Prozent aus. Noch im März waren sie von 2,3 Prozent "
            "ausgegangen.",
            "de",
        )
        if c.quantity
    ]
    assert found == [
        ("zwei Prozent", "target", ""),
        ("2,6 Prozent", "reported", "2024-05"),
        ("2,5 Prozent", "forecast", "2024"),
        ("2,3 Prozent", "prior", "2024"),
    ]
