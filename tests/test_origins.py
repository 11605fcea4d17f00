"""Where a study comes from, as each source says it (model/origins.py): outlets that place one
study in different countries are shown as a difference to check, never a contradiction."""

from __future__ import annotations

from test_lexicon import _conflicts_of, _source

from seedview.model.claims import source_claims


def _origins(text: str, language: str) -> list[tuple[str, str]]:
    source, passages = _source("s0", text, language)
    return [(c.pole, c.evidence) for c in source_claims(source, passages) if c.kind == "origin"]


def test_a_country_before_a_word_for_a_study_or_after_it_places_the_study() -> None:
    assert _origins("Eine japanische Studie mit 4.000 Teilnehmern kommt zu dem Schluss.", "de") == [
        ("japan", "japanische Studie")
    ]
    assert _origins("Laut der britischen Studie sinkt das Risiko.", "de") == [
        ("uk", "britischen Studie")
    ]
    assert _origins("A team of researchers from Kyoto in Japan ran the trial.", "en") == [
        ("japan", "researchers from Kyoto in Japan")
    ]
    assert _origins("The trial followed 9,000 Canadian adults for ten years.", "en") == [
        ("canada", "Canadian adults")
    ]
    # Adjectives of several countries joined before one noun place it in each.
    assert sorted(
        c for c, _ in _origins("Forscher aus schwedischen und dänischen Kliniken.", "de")
    ) == ["denmark", "sweden"]
    assert sorted(
        c for c, _ in _origins("Ein Team von französischen und spanischen Forschern.", "de")
    ) == ["france", "spain"]


def test_where_a_study_was_presented_or_who_commented_places_nothing() -> None:
    # The meeting's city is not the study's; "the US" as a pronoun's capital is no country.
    assert _origins("The study was presented at a conference in Boston on Monday.", "en") == []
    assert _origins("Let us look at the study again.", "en") == []
    assert _origins("Die Regierung in Peking wies den Bericht zurück.", "de") == []


def test_outlets_placing_one_study_in_two_countries_differ_and_never_contradict() -> None:
    (difference,) = _conflicts_of(
        ("Eine britische Studie zeigt: Wer viel sitzt, lebt kürzer.", "de"),
        ("The study by researchers from Toronto in Canada found a link with sitting.", "en"),
        ("Laut der britischen Studie ist langes Sitzen schädlich.", "de"),
    )
    assert difference.kind == "approximate"
    assert "the UK" in difference.explanation and "Canada" in difference.explanation
    # Outlets that all place it in one country, or one naming two, differ in nothing.
    assert not _conflicts_of(
        ("Eine britische Studie zeigt: Wer viel sitzt, lebt kürzer.", "de"),
        ("A British study found a link with sitting.", "en"),
    )
