"""How a U-turn is told: a plan scrapped, reversed or taken back against one pressed ahead
with or held to, in both languages, with the verb before or after what it undoes."""

from __future__ import annotations

from test_lexicon import _claims_of_all, _conflicts_of


def _poles(text: str, language: str) -> list[str]:
    return [c.pole for c in _claims_of_all(text, language) if c.question == "keep or abolish"]


def _stance_conflict(*texts: tuple[str, str]) -> str:
    (conflict,) = [c for c in _conflicts_of(*texts) if c.kind == "stance"]
    return conflict.explanation


def test_pressing_ahead_and_ruling_out_a_u_turn_keep_a_plan() -> None:
    assert "keep or abolish" in _stance_conflict(
        ("The government has scrapped plans for the pension levy.", "en"),
        ("Ministers will press ahead with plans for the pension levy.", "en"),
    )
    assert "keep or abolish" in _stance_conflict(
        ("The chancellor ruled out a U-turn on the fuel levy.", "en"),
        ("The chancellor reversed the fuel levy on Tuesday.", "en"),
    )


def test_a_verb_after_the_plan_undoes_it() -> None:
    # German puts the participle last, English a passive: the cut undone is the benefit kept.
    assert _poles("Die Regierung hat die Kürzung beim Elterngeld gestoppt.", "de") == ["keeps"]
    assert _poles("Die Koalition hat auf die Kürzung beim Elterngeld verzichtet.", "de") == [
        "keeps"
    ]
    assert _poles("The cuts to the winter fuel payment were reversed on Monday.", "en") == ["keeps"]
    assert "keep or abolish" in _stance_conflict(
        ("Die Bundesregierung kippt die geplante Kürzung der Pendlerpauschale.", "de"),
        (
            "Trotz der Kritik hält die Regierung an der geplanten Kürzung der Pendlerpauschale fest.",
            "de",
        ),
    )


def test_a_german_verb_and_its_particle_are_found_across_the_object() -> None:
    # "hält an der Steuererhöhung … fest", "setzte … 85 Milliarden Dollar um": the particle
    # comes at the end of the clause, after the object, however long.
    assert "keep or abolish" in _stance_conflict(
        ("Der Minister kündigte an, den Soli-Zuschlag zurückzunehmen.", "de"),
        ("Die Regierung hält an dem umstrittenen Soli-Zuschlag für Spitzenverdiener fest.", "de"),
    )
    (conflict,) = _conflicts_of(
        ("Apple setzte im dritten Geschäftsquartal 85 Milliarden US-Dollar um.", "de"),
        ("Apple erzielte im dritten Geschäftsquartal einen Umsatz von 94 Milliarden Dollar.", "de"),
    )
    assert conflict.kind == "value" and "revenue" in conflict.explanation
    # Not into the next clause: "setzte die Pläne, die 2 Milliarden kosten, um" is no revenue.
    assert not [
        c
        for c in _claims_of_all(
            "Der Konzern setzte den Plan, der 2 Milliarden Euro kostet, um.", "de"
        )
        if c.measure == "revenue"
    ]


def test_a_dozen_is_twelve() -> None:
    (conflict,) = _conflicts_of(
        ("A dozen people were killed when a bus plunged into a ravine on Monday.", "en"),
        ("Twenty people died when the bus crashed into a ravine, police said.", "en"),
    )
    assert conflict.kind == "value" and "deaths" in conflict.explanation
    (conflict,) = _conflicts_of(
        ("Ein Dutzend Menschen starb bei dem Brand.", "de"),
        ("Bei dem Brand starben 20 Menschen.", "de"),
    )
    assert conflict.kind == "value"


def test_scrapping_verbs_of_the_thing_itself_and_refusing_to_back_down() -> None:
    # "kippt die Gasumlage", "backed down on" named no pole; "refused to back down" keeps.
    assert _poles("Die Bundesregierung kippt die Gasumlage.", "de") == ["abolishes"]
    assert _poles("The government ditched the plan.", "en") == ["abolishes"]
    assert _poles("The government backed down on the inheritance tax rise.", "en") == ["abolishes"]
    assert _poles("The government refused to back down on the inheritance tax rise.", "en") == [
        "keeps"
    ]
    assert _stance_conflict(
        ("Die Bundesregierung hält an der Gasumlage fest.", "de"),
        ("Die Bundesregierung kippt die Gasumlage.", "de"),
    )
    # A thing named by a rare word and a common noun ("inheritance tax") is the topic.
    assert _stance_conflict(
        ("The government backed down on the inheritance tax rise for farmers.", "en"),
        ("The government refused to back down on the inheritance tax rise for farmers.", "en"),
    )


def test_keeping_one_thing_and_scrapping_another_is_no_contradiction() -> None:
    assert not _conflicts_of(
        ("Die Regierung hält an der Schuldenbremse fest.", "de"),
        ("Die Regierung kippt das geplante Tempolimit.", "de"),
    )
