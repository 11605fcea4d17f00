"""What a health story's sentences claim about cause and hazard: a question asked or weak
evidence is no claim of cause, "the leading causes of death" is a noun, and an agency's
cancer grade ("possibly" against "probably carcinogenic") is a stance of its own."""

from __future__ import annotations

from test_lexicon import _claims_of_all, _conflicts_of


def _poles(text: str, language: str, question: str) -> list[str]:
    return [c.pole for c in _claims_of_all(text, language) if c.question == question]


def test_cause_used_as_a_noun_claims_no_cause() -> None:
    # Background on a disease, not a claim that what the study looked at causes it.
    assert not _poles("Heart disease is one of the leading causes of death.", "en", "causation")
    assert not _poles("The cause of the outbreak is still unknown.", "en", "causation")
    assert not _conflicts_of(
        ("Cancer is one of the leading causes of death worldwide, the agency said.", "en"),
        ("Researchers say sweeteners are only linked to cancer, not shown to cause it.", "en"),
    )
    # The verb still claims it.
    assert _poles("Smoking causes lung cancer, the report says.", "en", "causation") == ["causes"]


def test_a_question_asked_takes_no_side() -> None:
    assert not _poles(
        "Researchers looked at whether fasting causes heart disease.", "en", "causation"
    )
    assert not _poles(
        "Die Forscher untersuchten, ob Erythrit das Risiko für Herzinfarkte erhöht.",
        "de",
        "causation",
    )
    assert not _poles(
        "The agency assesses an agent's potential to cause cancer in humans.", "en", "causation"
    )
    # "unklar, ob … verursacht" doubts the cause: the question is inside the cue.
    assert _poles(
        "Es ist unklar, ob Erythrit Herzinfarkte verursacht, so die Studie.", "de", "causation"
    ) == ["linked"]


def test_weak_evidence_for_a_cause_says_it_is_not_shown() -> None:
    # "Limited evidence that it can cause cancer" and "no convincing evidence of harm caused
    # by it" say the same: not shown to cause. A source saying it causes cancer is the other side.
    weak = ("IARC said there is limited evidence that the sweetener can cause cancer.", "en")
    assert _poles(*weak, "causation") == ["linked"]
    assert not _conflicts_of(
        weak,
        ("The committee said it had no convincing evidence of harm caused by the sweetener.", "en"),
    )
    (conflict,) = [
        c
        for c in _conflicts_of(weak, ("The sweetener causes cancer, the agency said.", "en"))
        if "causation" in c.explanation
    ]
    assert conflict.kind == "stance"
    assert _poles(
        "Es gebe nur begrenzte Hinweise darauf, dass der Süßstoff Krebs verursacht.",
        "de",
        "causation",
    ) == ["linked"]


def test_possibly_and_probably_carcinogenic_are_two_grades() -> None:
    (conflict,) = [
        c
        for c in _conflicts_of(
            ("The WHO's cancer agency classified the weedkiller as a probable carcinogen.", "en"),
            ("IARC listed the weedkiller as possibly carcinogenic to humans.", "en"),
        )
        if "cancer" in c.explanation
    ]
    assert conflict.kind == "stance" and "possibly carcinogenic" in conflict.explanation
    (conflict,) = [
        c
        for c in _conflicts_of(
            ("Die IARC stuft Talkum als wahrscheinlich krebserregend ein.", "de"),
            ("Talkum sei laut IARC möglicherweise krebserregend.", "de"),
        )
        if c.kind == "stance"
    ]
    assert "probably carcinogenic" in conflict.explanation
    # One grade in two wordings agrees; a denial of one grade is not the other grade.
    assert not _conflicts_of(
        ("IARC listed the weedkiller as possibly carcinogenic to humans.", "en"),
        ("The weedkiller is a possible human carcinogen, the agency said.", "en"),
    )
    assert not _poles(
        "The weedkiller is not probably carcinogenic, the agency said.", "en", "cancer rating"
    )
