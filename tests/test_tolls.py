"""A disaster's toll as German and English reports write it: a life it cost, injuries people
suffered, and a toll that looks like a year ("2012 Todesopfer")."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_lexicon import _conflicts_of

from seedview.model.pipeline import analyze
from seedview.model.quantities import find_quantities


def test_a_storm_that_cost_lives_counts_deaths_not_people() -> None:
    (conflict,) = _conflicts_of(
        ("Der Taifun hat mindestens 140 Menschen das Leben gekostet.", "de"),
        ("Durch den Taifun kamen 95 Menschen ums Leben.", "de"),
    )
    assert conflict.kind == "value" and "deaths" in conflict.explanation
    (conflict,) = _conflicts_of(
        ("Beim Einsturz verloren 31 Menschen ihr Leben.", "de"),
        ("Beim Einsturz starben 28 Menschen.", "de"),
    )
    assert "deaths" in conflict.explanation


def test_injuries_suffered_are_the_injured() -> None:
    (conflict,) = _conflicts_of(
        ("Bei dem Unglück erlitten 310 Menschen Verletzungen.", "de"),
        ("Bei dem Unglück wurden 270 Menschen verletzt.", "de"),
    )
    assert "injured" in conflict.explanation


def test_a_toll_written_like_a_year_is_a_count() -> None:
    assert [f.text for f in find_quantities("Bis Mitternacht wurden 2031 Todesopfer gezählt.")] == [
        "2031"
    ]
    assert [f.text for f in find_quantities("The flood killed 1987 people.", "en")] == ["1987"]
    # A year before people is still a year: "seit 2019 …", "in 2019 …".
    assert not find_quantities("Seit 2019 Menschen dort wohnen, wächst die Stadt.")
    assert not find_quantities("In 2019 deaths rose sharply.", "en")
    (conflict,) = _conflicts_of(
        ("Die Behörden zählten 2031 Todesopfer.", "de"),
        ("Die Behörden zählten 2460 Todesopfer.", "de"),
    )
    assert "deaths" in conflict.explanation


def test_whoever_is_counted_the_predicate_says_what_befell_them() -> None:
    (conflict,) = _conflicts_of(
        ("Beim Grubenunglück starben 31 Bergleute.", "de"),
        ("Beim Grubenunglück kamen 28 Bergleute ums Leben.", "de"),
    )
    assert "deaths" in conflict.explanation
    (conflict,) = _conflicts_of(
        ("Twelve passengers were killed in the crash.", "en"),
        ("The crash killed 14 passengers.", "en"),
    )
    assert "deaths" in conflict.explanation
    # The next figure's predicate is not this one's: twelve carriages are no injured.
    assert not _conflicts_of(
        ("Zwölf Waggons entgleisten, 40 Menschen wurden verletzt.", "de"),
        ("Bei dem Unglück wurden 40 Menschen verletzt.", "de"),
    )


def test_a_noun_for_the_injured_or_a_late_year_is_no_toll() -> None:
    assert not _conflicts_of(
        ("200 soldiers were deployed to help the injured.", "en"),
        ("The blast injured 150 people.", "en"),
    )
    assert not _conflicts_of(
        ("In late 2019 deaths from the virus began to rise.", "en"),
        ("The virus killed 2,300 people.", "en"),
    )


def test_one_event_named_in_other_words_is_dated_once(tmp_path: Path) -> None:
    # "The earthquake struck on 3 March" and "The quake hit … on 5 March": a compound names
    # its event as its last part does ("Erdbeben" as "Beben"), so the two days conflict.
    (tmp_path / "a.txt").write_text(
        "The earthquake struck on 3 March, killing at least 300 people.\n"
    )
    (tmp_path / "b.txt").write_text(
        "The quake hit the region on 5 March and killed at least 300 people.\n"
    )
    analysis = analyze([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert [c.kind for c in analysis.conflicts] == ["date"]


def test_a_toll_of_another_earlier_event_is_not_the_story_s() -> None:
    # The bus crash's 14 dead, and 23 in "a similar accident" in March: no contradiction.
    assert not _conflicts_of(
        (
            "Bei dem Busunglück starben 14 Menschen. Bereits im März waren bei einem "
            "ähnlichen Unfall 23 Menschen ums Leben gekommen.",
            "de",
        ),
        ("14 Menschen kamen bei dem Busunglück ums Leben.", "de"),
    )
    assert not _conflicts_of(
        ("The crash killed 14 people. A similar crash in 2019 killed 40.", "en"),
        ("Fourteen people died in the crash.", "en"),
    )
    # The story's own toll still conflicts.
    (conflict,) = _conflicts_of(
        ("The crash killed 14 people. A similar crash in 2019 killed 40.", "en"),
        ("Nineteen people died in the crash.", "en"),
    )
    assert "14" in conflict.explanation and "40" not in conflict.explanation


def test_a_distinctive_figure_both_sentences_state_names_one_event(tmp_path: Path) -> None:
    # "had an offer of £111m accepted last Thursday" / "agreed a £111m move on Friday": no
    # word names the event alike, the figure does; before, the two days were not compared.
    (tmp_path / "a.txt").write_text(
        "Der Verein bestätigte am Dienstag die Ablöse von 37 Millionen Euro für den Stürmer.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Am Mittwoch einigten sich die Klubs auf einen Wechsel für 37 Millionen Euro.\n"
    )
    analysis = analyze([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert [c.kind for c in analysis.conflicts] == ["date"]
    # A round figure ("100 Millionen") is no such name: many events share it.
    (tmp_path / "a.txt").write_text(
        "Der Verein bestätigte am Dienstag die Ablöse von 100 Millionen Euro für den Stürmer.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Am Mittwoch einigten sich die Klubs auf einen Wechsel für 100 Millionen Euro.\n"
    )
    analysis = analyze([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert not [c for c in analysis.conflicts if c.kind == "date"]


def test_a_toll_the_authorities_give_is_reported_and_remaining_names_no_part() -> None:
    # "authorities" read as "authori*" (authorised), a target; "remain" as a part of the
    # missing ("remain missing"): the two counts were never compared.
    (conflict,) = _conflicts_of(
        ("Eighty-nine people are still missing after the floods, authorities said.", "en"),
        ("Authorities said 12 people remain missing after the floods.", "en"),
    )
    assert conflict.kind == "value" and "missing" in conflict.explanation


def test_a_toll_held_possible_is_an_estimate_not_the_confirmed_count() -> None:
    # "hält mehr als 10.000 Tote für möglich" was a reported toll against "bestätigten 1.644".
    assert not _conflicts_of(
        ("Der US-Geologiedienst hält mehr als 10.000 Tote für möglich.", "de"),
        ("Die Behörden bestätigten bislang 1.644 Tote.", "de"),
    )


def test_the_group_a_toll_is_taken_from_is_no_toll() -> None:
    # "241 of the 242 people on board were killed" read 242 as the deaths and 241 as
    # participants: against "260 people died, including 19 on the ground" a contradiction.
    assert not _conflicts_of(
        ("241 of the 242 people on board were killed.", "en"),
        ("In total, 260 people died in the crash, including 19 on the ground.", "en"),
    )
    (conflict,) = _conflicts_of(
        ("241 of the 242 people on board were killed.", "en"),
        ("Von den 242 Menschen an Bord kamen 240 ums Leben.", "de"),
    )
    assert set(conflict.compared) == {"“241”", "“240”"}


def test_a_verb_before_the_first_count_is_not_the_seconds() -> None:
    # "starben vier Menschen, 16 wurden schwer verletzt" counted 16 dead.
    (conflict,) = _conflicts_of(
        ("Bei dem Zugunglück starben vier Menschen, 16 wurden schwer verletzt.", "de"),
        ("Five people died and 16 were seriously injured in the derailment.", "en"),
    )
    assert set(conflict.compared) == {"“vier”", "“Five”"}
