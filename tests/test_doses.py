"""Doses and limits of a substance: amounts in milligrams, per kilogram of body weight or
for a whole person, and the agencies that set them. A per-kilogram limit printed as the
same flat amount is another dose, a classic error of health reporting."""

from __future__ import annotations

from test_lexicon import _claims_of_all, _conflicts_of


def _doses(text: str, language: str) -> list[tuple[str, str, str, str]]:
    return [
        (c.measure, c.subject, c.basis, c.quantity.text)
        for c in _claims_of_all(text, language)
        if c.quantity is not None and c.quantity.unit == "gram"
    ]


def test_a_limit_per_kilogram_printed_as_a_flat_amount_is_a_contradiction() -> None:
    (conflict,) = _conflicts_of(
        ("The committee kept the acceptable daily intake of 0–40 mg/kg body weight.", "en"),
        ("The daily amount that is safe to consume is 40 milligrams for an adult.", "en"),
    )
    assert conflict.kind == "value" and "per kilogram of body weight" in conflict.explanation
    (conflict,) = _conflicts_of(
        ("Die tolerierbare Tagesdosis liegt bei 4 Milligramm je Kilogramm Körpergewicht.", "de"),
        ("Erwachsene sollten nicht mehr als 4 Milligramm am Tag aufnehmen, rät die Behörde.", "de"),
    )
    assert "as a flat amount" in conflict.explanation


def test_doses_told_alike_are_no_contradiction() -> None:
    assert not _conflicts_of(
        ("People should consume less than 40 milligrams per kilogram of body weight.", "en"),
        ("The limit stays at 40mg/kg of body weight a day.", "en"),
    )


def test_an_agency_named_in_full_holds_its_own_limit() -> None:
    # "The Food and Drug Administration" was no name: its 50 mg and the WHO panel's 40 mg in
    # one article were read as the article contradicting itself.
    assert not _conflicts_of(
        (
            "The WHO panel set the daily amount that is safe to consume at 40 milligrams. "
            "The Food and Drug Administration has a slightly higher limit of 50 milligrams.",
            "en",
        ),
    )
    # Named in full by one outlet and by its letters by another, it is one agency.
    (conflict,) = _conflicts_of(
        ("The Food and Drug Administration has a limit of 50 milligrams per day.", "en"),
        ("The FDA has a limit of 60 milligrams per day.", "en"),
    )
    assert "FDA" in conflict.explanation


def test_the_measures_own_letters_name_no_holder() -> None:
    assert _doses("The FDA's recommended ADI is 0-50 mg/kg of body weight.", "en") == [
        ("daily intake", "FDA", "per body weight", "0-50 mg")
    ]


def test_a_word_in_a_relative_clause_is_about_its_own_noun() -> None:
    # "who weigh" describes the adults, not the 40 milligrams: read as a body weight before.
    assert _doses(
        "The safe daily intake is 40 milligrams for adults who weigh about 70 kilograms.", "en"
    )[0][:1] == ("daily intake",)
    # A body weight is no dose.
    assert [d[0] for d in _doses("An adult weighing 70kg would need 14 cans.", "en")] == [
        "body weight"
    ]
