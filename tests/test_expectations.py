"""Whether results met analysts' expectations, as German and English reports say it in
comparisons ("schwächer als befürchtet", "better than expected", "in line with the average
estimate"), for a company the lexicon does not know, and about which measure (stance question
`expectations` in model/lexicon/stances.toml)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_lexicon import _conflicts_of

from seedview.model import lexicon


def test_a_cue_word_may_be_any_of_several() -> None:
    pattern = lexicon.matcher(["schwächer|schlechter ~ als ~ erwartet|befürchtet"])
    assert pattern.search("Die Zahlen fielen schlechter aus als befürchtet.")
    assert pattern.search("Das Quartal war schwächer als erwartet.")
    assert not pattern.search("Das Quartal war besser als erwartet.")
    # `any_of` (the quick test for any cue) agrees on a first word with choices.
    assert lexicon.any_of(["besser|stärker ~ als ~ erwartet"]).search("stärker als erwartet")


def test_worse_than_feared_contradicts_in_line_for_an_unknown_company() -> None:
    (conflict,) = _conflicts_of(
        ("Die Quartalszahlen fielen noch schlechter aus als von Analysten befürchtet.", "de"),
        ("Die Quartalszahlen lagen im Rahmen der Erwartungen der Analysten.", "de"),
    )
    assert conflict.kind == "stance" and "expectations" in conflict.explanation
    (conflict,) = _conflicts_of(
        ("Quarterly results were better than analysts had expected.", "en"),
        ("Quarterly results were worse than analysts had feared.", "en"),
    )
    assert conflict.kind == "stance"
    (conflict,) = _conflicts_of(
        ("The revenue outlook was in line with the average analyst estimate.", "en"),
        ("The revenue outlook fell short of analysts' estimates.", "en"),
    )
    assert conflict.kind == "stance"


def test_analysts_who_had_expected_such_a_fall_saw_it_met() -> None:
    (conflict,) = _conflicts_of(
        ("Analysten hatten mit einem derart starken Rückgang des Umsatzes gerechnet.", "de"),
        ("Der Umsatz fiel schlechter aus, als Analysten erwartet hatten.", "de"),
    )
    assert conflict.kind == "stance"


def test_a_measure_before_a_relative_clause_is_what_missed_and_a_name_is_no_part() -> None:
    # Revenue beat; the cloud unit's revenue, named before a relative clause, missed: two
    # things. A name before the measure word ("ACM-Umsatz") is whose it is, not a part.
    assert not _conflicts_of(
        ("Acmecorp's revenue beat analysts' estimates.", "en"),
        (
            "Acmecorp's data centre revenue, which is driven by chips, came up short of estimates.",
            "en",
        ),
    )
    (conflict,) = _conflicts_of(
        ("Der ACM-Umsatz übertraf die Erwartungen der Analysten.", "de"),
        ("Der Umsatz verfehlte die Erwartungen der Analysten.", "de"),
    )
    assert conflict.kind == "stance"


def test_a_strong_outlook_contradicts_a_weak_one_in_another_source() -> None:
    (conflict,) = _conflicts_of(
        ("Der Sportartikler gab einen zuversichtlichen Ausblick auf das Gesamtjahr.", "de"),
        ("Der Sportartikler enttäuschte mit einer schwachen Prognose für das Gesamtjahr.", "de"),
    )
    assert conflict.kind == "stance" and "outlook" in conflict.explanation
    (conflict,) = _conflicts_of(
        ("The brewer issued a robust outlook for the year.", "en"),
        ("The brewer lowered its forecast for the year.", "en"),
    )
    assert conflict.kind == "stance"
    # One article weighing both reports a debate, not a contradiction of its own.
    assert not _conflicts_of(
        ("Some called the brewer's outlook robust. Others found the forecast lacklustre.", "en"),
    )


def test_profit_and_operating_profit_against_expectations_are_one_result() -> None:
    (conflict,) = _conflicts_of(
        (
            "Von Bloomberg befragte Analysten hatten mit einem solchen Betriebsgewinn gerechnet.",
            "de",
        ),
        ("Der Gewinn des Chemiekonzerns fiel schlechter aus, als Analysten erwartet hatten.", "de"),
    )
    assert conflict.kind == "stance" and "profit" in conflict.explanation
    # Revenue is another result.
    assert not _conflicts_of(
        ("Der Umsatz des Chemiekonzerns übertraf die Erwartungen der Analysten.", "de"),
        ("Der Gewinn des Chemiekonzerns verfehlte die Erwartungen der Analysten.", "de"),
    )


def test_a_comparison_of_a_fall_or_a_loose_phrase_is_no_verdict_on_expectations() -> None:
    missed = ("Der Umsatz verfehlte die Erwartungen der Analysten.", "de")
    # "stärker zurück als erwartet" fell more than expected: no beat.
    assert not _conflicts_of(("Der Umsatz ging stärker zurück als erwartet.", "de"), missed)
    assert not _conflicts_of(
        ("Im Rahmen seiner neuen Prognose erwartet der Konzern 5 Milliarden Euro Umsatz.", "de"),
        missed,
    )
    assert not _conflicts_of(
        ("Unter Berücksichtigung der Schätzungen dürfte der Umsatz um 3 Prozent steigen.", "de"),
        ("Der Umsatz übertraf die Erwartungen der Analysten.", "de"),
    )
    # Net profit is no operating profit, though profit and operating profit are judged as one.
    assert not _conflicts_of(
        ("The chemical group's operating profit beat analysts' estimates.", "en"),
        ("The chemical group's net profit missed analysts' estimates.", "en"),
    )


def test_an_outlook_is_judged_by_a_word_on_it_not_by_one_near_it() -> None:
    assert not _conflicts_of(
        ("The forecast raised fears of job cuts at the brewer.", "en"),
        ("The brewer gave a cautious outlook.", "en"),
    )
    assert not _conflicts_of(
        ("The brewer kept its forecast despite weak demand in China.", "en"),
        ("The brewer issued a strong forecast.", "en"),
    )


def test_a_negation_in_the_gap_of_a_cue_denies_it() -> None:
    # "hat die Erwartungen der Analysten nicht erfüllt" was read as met, against "verfehlte".
    assert not _conflicts_of(
        ("Der Konzern verfehlte die Erwartungen der Analysten.", "de"),
        ("Der Konzern hat die Erwartungen der Analysten nicht erfüllt.", "de"),
    )
    # Without the negation, the same words meet them.
    assert not _conflicts_of(
        ("Der Konzern hat die Erwartungen der Analysten erfüllt.", "de"),
        ("Der Konzern übertraf die Erwartungen der Analysten.", "de"),
    )
