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


def _risks(text: str, language: str) -> list[tuple[str, list[str], str]]:
    return [
        (c.measure, c.qualifiers, c.quantity.text)
        for c in _claims_of_all(text, language)
        if c.kind == "figure" and c.quantity is not None
    ]


def test_what_a_risk_is_of_narrows_it_after_the_word_as_in_a_compound() -> None:
    # "Risiko für Typ-2-Diabetes" is the "Diabetes-Risiko"; "risk of dementia" is not the risk
    # of stroke. Two figures for one risk conflict; risks of two outcomes do not.
    (conflict,) = _conflicts_of(
        (
            "Wer täglich zwei Softdrinks trinkt, hat ein um 30 Prozent höheres Risiko für Typ-2-Diabetes.",
            "de",
        ),
        ("Zwei Softdrinks am Tag erhöhen das Diabetes-Risiko um 60 Prozent.", "de"),
    )
    assert conflict.kind == "value" and "30 Prozent" in conflict.explanation
    assert _conflicts_of(
        ("Das Risiko, an Demenz zu erkranken, stieg um 20 Prozent.", "de"),
        ("Das Demenzrisiko stieg um 40 Prozent.", "de"),
    )
    assert not [
        c
        for c in _conflicts_of(
            ("Adults who sat ten hours a day had a 30% higher risk of dementia.", "en"),
            ("Adults who sat ten hours a day had a 50% higher risk of stroke.", "en"),
        )
        if c.kind == "value"
    ]
    # An outcome the lexicon names is named once, however it is written.
    assert _risks("Fasting Linked to 91% Higher Risk of Heart Disease, Study Says", "en") == [
        ("risk", ["cardiovascular"], "91%")
    ]


def test_a_number_that_names_one_of_a_series_is_no_figure() -> None:
    # "type 2 diabetes", "Typ-2-Diabetes", "phase 3": no count of diabetes or of trials.
    assert _risks("Sodas raised the risk of developing type 2 diabetes by 30%.", "en") == [
        ("risk", ["diabetes"], "30%")
    ]
    assert _risks("Das Risiko für Typ-2-Diabetes stieg um 30 Prozent.", "de") == [
        ("risk", ["diabetes"], "30 Prozent")
    ]
    assert [
        text for _, _, text in _risks("The drug failed a phase 3 trial of 1,200 patients.", "en")
    ] == ["1,200"]


def test_a_risk_for_women_or_for_men_is_a_subgroups() -> None:
    # The men's 11 % in one source and the men's 11 % in another agree; the women's 18 % is
    # no contradiction of either. A men's 15 % against the men's 11 % is one.
    assert not _conflicts_of(
        (
            "Bei Frauen stieg das Risiko für einen Schlaganfall um 18 Prozent, bei Männern um 11 Prozent.",
            "de",
        ),
        ("Männer hatten laut der Studie ein um 11 Prozent erhöhtes Schlaganfallrisiko.", "de"),
    )
    (conflict,) = [
        c
        for c in _conflicts_of(
            ("Among women the risk of stroke rose 18%, while in men it rose 11%.", "en"),
            ("Men had a 15% higher risk of stroke, the study found.", "en"),
        )
        if c.kind == "value"
    ]
    assert "11%" in conflict.explanation and "18%" not in conflict.explanation
