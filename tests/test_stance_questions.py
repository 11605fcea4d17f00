"""Stance questions that recur in news language beyond the first stories: whether people were
evacuated, whether a company kept or changed its outlook, what experts advise about something
found harmful. Each in German and English, with sentences written as outlets write them, and
the near misses a reader would not call a contradiction."""

from __future__ import annotations

from test_lexicon import _claims_of_all, _conflicts_of


def _poles(text: str, language: str, question: str) -> list[str]:
    return [c.pole for c in _claims_of_all(text, language) if c.question == question]


def _stance_explanations(*texts: tuple[str, str]) -> list[str]:
    return [c.explanation for c in _conflicts_of(*texts) if c.kind == "stance"]


# --------------------------------------------------------------------------- evacuation


def test_an_evacuation_ordered_against_none_is_a_contradiction() -> None:
    (explanation,) = _stance_explanations(
        ("Vor dem Hochwasser hatten die Behörden mehrere Dörfer am Fluss evakuiert.", "de"),
        ("Eine Evakuierung der Dörfer am Fluss habe es nicht gegeben, sagte ein Anwohner.", "de"),
    )
    assert "evacuation" in explanation and "was met with no evacuation" in explanation
    (explanation,) = _stance_explanations(
        ("Authorities ordered thousands of residents to leave the valley before the fire.", "en"),
        ("There was no evacuation order for the valley, residents told reporters.", "en"),
    )
    assert "evacuation" in explanation


def test_evacuations_told_alike_or_in_one_article_are_no_contradiction() -> None:
    assert not _stance_explanations(
        ("Rund 2000 Menschen wurden in Sicherheit gebracht.", "de"),
        ("The authorities evacuated about 2,000 people overnight.", "en"),
    )
    # A counterfactual tells of no evacuation: it takes no side.
    assert not _poles(
        "With a working warning system, the authorities would have been able to carry out the "
        "evacuation in time.",
        "en",
        "evacuation",
    )
    # One article telling of one district evacuated and another not is an account.
    assert not _stance_explanations(
        (
            "The coastal districts were evacuated on Sunday. The hill villages were not "
            "evacuated because nobody expected the dam to fail.",
            "en",
        ),
    )


# --------------------------------------------------------------------------- outlook kept


def test_an_outlook_confirmed_against_one_cut_is_a_contradiction() -> None:
    assert _poles(
        "Die bereits im Sommer gesenkte Umsatzprognose bestätigte der Vorstand am Mittwoch.",
        "de",
        "outlook kept",
    ) == ["kept"]
    (explanation,) = [
        e
        for e in _stance_explanations(
            ("Den Ausblick für das Gesamtjahr bekräftigte der Konzern.", "de"),
            ("Der Konzern musste seine Jahresprognose erneut nach unten korrigieren.", "de"),
        )
        if "outlook kept" in e
    ]
    assert "keeps its outlook" in explanation and "cuts or raises its outlook" in explanation
    explanations = _stance_explanations(
        ("The retailer reaffirmed its full-year guidance on Tuesday.", "en"),
        ("The retailer lowered its full-year guidance as demand slowed.", "en"),
    )
    assert any("outlook kept" in e for e in explanations)


def test_an_outlook_kept_by_two_sources_or_a_forecast_of_analysts_is_no_contradiction() -> None:
    assert not [
        e
        for e in _stance_explanations(
            ("Die Jahresprognose hielt das Management trotz der Zölle aufrecht.", "de"),
            ("The company kept its annual forecast unchanged.", "en"),
        )
        if "outlook kept" in e
    ]
    # Goals met by cutting costs are no outlook changed.
    assert not _poles(
        "Man habe die Ziele erreicht, die Kosten zu senken und Kapazitäten abzubauen.",
        "de",
        "outlook kept",
    )
    # A cut far from any outlook word says nothing of the outlook ("cut 500 jobs").
    assert not _poles(
        "The company cut 500 jobs in Ohio, while analysts' forecasts for its sales stayed put.",
        "en",
        "outlook kept",
    )


# --------------------------------------------------------------------------- advice


def test_advice_to_give_something_up_against_taking_less_is_a_contradiction() -> None:
    (explanation,) = _stance_explanations(
        ("Ernährungsmediziner empfehlen, auf den Süßstoff ganz zu verzichten.", "de"),
        ("Es reiche, den Konsum des Süßstoffs zu reduzieren, raten Fachleute.", "de"),
    )
    assert "should be given up" in explanation
    assert "should only be limited" in explanation
    (explanation,) = _stance_explanations(
        ("Doctors advise patients to avoid the supplement altogether.", "en"),
        ("Experts say it is sensible to limit the supplement, not to drop it.", "en"),
    )
    assert "advice" in explanation


def test_avoiding_or_limiting_without_advice_is_no_position() -> None:
    # "Verluste vermeiden", "a daily limit": no advice to a reader.
    assert not _poles("Der Konzern will so weitere Verluste vermeiden.", "de", "advice")
    assert not _poles("The agency set a daily limit of 40 milligrams per kilogram.", "en", "advice")
    assert not _poles(
        "The agency maintained its recommendation that people consume less than 40 milligrams "
        "a day.",
        "en",
        "advice",
    )
    # Two experts quoted in one article with different advice: a debate, not a contradiction.
    assert not _stance_explanations(
        (
            "Eine Ärztin rät, auf das Produkt zu verzichten. Ein Kollege hält es für sinnvoll, "
            "den Konsum nur einzuschränken.",
            "de",
        ),
    )


# --------------------------------------------------------------------------- result verdict


def test_a_result_called_strong_against_one_called_poor_is_a_contradiction() -> None:
    (explanation,) = _stance_explanations(
        ("Die FDP hat die Bürgerschaftswahl in Bremen deutlich gewonnen.", "de"),
        ("Für die FDP war die Bürgerschaftswahl eine herbe Niederlage.", "de"),
    )
    assert "FDP had a strong result" in explanation and "FDP had a poor result" in explanation
    (explanation,) = _stance_explanations(
        ("Investors cheered as Unilever posted impressive results for the quarter.", "en"),
        ("Shares in Unilever slid after weak results for the quarter.", "en"),
    )
    assert "Unilever had a strong result" in explanation


def test_verdicts_on_two_parties_or_on_no_result_are_no_contradiction() -> None:
    # One party's poor result is not another's: the letters name whose result it is.
    assert not _stance_explanations(
        ("Die SPD fuhr bei der Landtagswahl ein schwaches Ergebnis ein.", "de"),
        ("Die CSU hat die Landtagswahl klar gewonnen.", "de"),
    )
    # A strong word on something other than the result ("beeindruckende Kulisse").
    assert not _stance_explanations(
        ("Vor beeindruckender Kulisse präsentierte Unilever am Morgen die Zahlen.", "de"),
        ("Shares in Unilever slid after weak results for the quarter.", "en"),
    )


# --------------------------------------------------------------------------- how firm a finding is


def test_a_finding_a_study_only_hints_at_against_one_it_proves_is_a_contradiction() -> None:
    explanations = _stance_explanations(
        ("Eine Studie aus Kanada deutet darauf hin, dass Schichtarbeit Diabetes fördert.", "de"),
        ("Die Studie beweist, dass Schichtarbeit Diabetes fördert.", "de"),
    )
    assert any("strength of evidence" in e for e in explanations)
    explanations = _stance_explanations(
        ("A new study suggests that night shifts raise the risk of diabetes.", "en"),
        ("The study proves that night shifts raise the risk of diabetes.", "en"),
    )
    assert any("strength of evidence" in e for e in explanations)
    # What earlier studies hint at is no verdict on this one's evidence.
    assert not [
        c
        for c in _claims_of_all(
            "Frühere Studien deuten darauf hin, dass Schichtarbeit den Schlaf stört.", "de"
        )
        if c.question == "strength of evidence"
    ]
    # "does not prove" is the weak pole, not a proof.
    assert _poles(
        "The study does not prove that night shifts cause diabetes.", "en", "strength of evidence"
    ) == ["weak"]


def test_a_study_called_recently_published_against_unpublished_is_a_contradiction() -> None:
    (explanation,) = _stance_explanations(
        (
            "In einer kürzlich veröffentlichten Studie werteten Forscher Daten von 5000 Kindern aus.",
            "de",
        ),
        (
            "Die Studie ist bislang unveröffentlicht, die Daten wurden auf einem Kongress gezeigt.",
            "de",
        ),
    )
    assert "publication" in explanation
    (explanation,) = _stance_explanations(
        ("A recently published study of 5,000 children links screen time to poor sleep.", "en"),
        ("The findings, which have yet to be published, were presented at a conference.", "en"),
    )
    assert "publication" in explanation
    # "in keinem Fachjournal erschienen", "has not yet appeared in a journal": not published.
    assert _poles(
        "Die Arbeit ist bislang in keinem Fachjournal erschienen.", "de", "publication"
    ) == ["unpublished"]
    assert _poles("The paper has not yet appeared in a journal.", "en", "publication") == [
        "unpublished"
    ]


# --------------------------------------------------------------------------- site closure


def test_a_site_closed_against_no_closure_is_a_contradiction() -> None:
    (explanation,) = _stance_explanations(
        ("Mit dem Sparpaket seien Werksschließungen abgewendet worden, sagte die IG Metall.", "de"),
        ("Die Produktion im Werk Bochum endet demnach im Sommer 2026.", "de"),
    )
    assert "closes a site" in explanation and "closes no site" in explanation
    (explanation,) = _stance_explanations(
        ("The agreement with the union prevents plant closures until 2030.", "en"),
        ("Under the agreement, the Ghent plant will close at the end of next year.", "en"),
    )
    assert "site closure" in explanation


def test_a_closure_planned_or_told_within_one_article_is_no_contradiction() -> None:
    # A plan reported ("plans to close three plants") is not a closure decided.
    assert not _poles(
        "The carmaker had floated plans to close three plants in Germany.", "en", "site closure"
    )
    assert not _poles(
        "Der Konzern will erstmals Werke in Deutschland schließen.", "de", "site closure"
    )
    # One article telling of the plan and of the deal that averts it.
    assert not _stance_explanations(
        (
            "Im Herbst hieß es noch, zwei Werke würden geschlossen. Mit der Einigung sind "
            "Werksschließungen nun vom Tisch: keine Schließung bis 2030.",
            "de",
        ),
    )


# --------------------------------------------------------------------------- borrowing


def test_a_measure_paid_by_borrowing_against_one_without_is_a_contradiction() -> None:
    (explanation,) = _stance_explanations(
        (
            "Die Entlastung werde ohne neue Schulden finanziert, versicherte der Finanzminister.",
            "de",
        ),
        ("Bezahlt wird die Entlastung nach Angaben des Rechnungshofs mit neuen Schulden.", "de"),
    )
    assert "funds it by borrowing" in explanation and "funds it without borrowing" in explanation
    (explanation,) = _stance_explanations(
        ("The chancellor insisted there won't be any more borrowing to pay for the rebate.", "en"),
        ("Economists say the rebate will be funded by extra borrowing.", "en"),
    )
    assert "borrowing" in explanation


def test_a_dispute_on_borrowing_told_in_one_article_is_no_contradiction() -> None:
    assert not _stance_explanations(
        (
            "The Treasury said the rebate needs no new borrowing. The opposition said it will "
            "mean more borrowing.",
            "en",
        ),
    )


# --------------------------------------------------------------------------- health benefit


def test_a_health_benefit_shown_against_one_unproven_is_a_contradiction() -> None:
    (explanation,) = _stance_explanations(
        ("Regelmäßiges Saunieren verbessert nachweislich die Herzgesundheit.", "de"),
        (
            "Positive Effekte des Saunierens auf das Herz sind bislang nicht belegt, sagt die "
            "Kardiologin.",
            "de",
        ),
    )
    assert "has a proven health benefit" in explanation
    assert "has no proven health benefit" in explanation
    (explanation,) = _stance_explanations(
        ("Regular sauna use improves heart health, the review found.", "en"),
        (
            "There is no evidence of a heart health benefit from sauna use, the cardiologist said.",
            "en",
        ),
    )
    assert "health benefit" in explanation


def test_a_purpose_or_a_wish_to_improve_health_is_no_benefit_shown() -> None:
    assert not _poles("Viele fasten, um die Herzgesundheit zu verbessern.", "de", "health benefit")
    assert not _poles(
        "Many people fast in the hope to improve their heart health.", "en", "health benefit"
    )


# --------------------------------------------------------------------------- giving in


def test_giving_in_abandons_a_course_held_to_elsewhere() -> None:
    (explanation,) = _stance_explanations(
        ("Im Streit um den Plan für das Rechenzentrum lenkt Meta ein und gibt nach.", "de"),
        ("Meta hält an dem Plan für das Rechenzentrum fest.", "de"),
    )
    assert "abandons its course" in explanation and "sticks to its course" in explanation
    (explanation,) = _stance_explanations(
        ("After weeks of protests, Unilever climbed down on the plan.", "en"),
        ("Unilever pressed ahead with the plan.", "en"),
    )
    assert "abandons its course" in explanation


# --------------------------------------------------------------------------- contractions


def test_an_english_contraction_negates_like_not() -> None:
    # "isn't harmful" is the safe pole, as "is not harmful" is; read as "harmful" before.
    assert _poles("The sweetener isn't harmful, the agency said.", "en", "safety") == ["safe"]
    assert _poles("The sweetener isn’t harmful, the agency said.", "en", "safety") == ["safe"]
    assert _poles("The sweetener is not harmful, the agency said.", "en", "safety") == ["safe"]
    # A word that merely ends in "n" before an apostrophe is no negation.
    assert _poles("Regulators' review called the sweetener harmful.", "en", "safety") == ["harmful"]
    (explanation,) = _stance_explanations(
        ("The agency said the sweetener isn't harmful in the amounts people eat.", "en"),
        ("The agency said the sweetener is harmful in the amounts people eat.", "en"),
    )
    assert "harmful" in explanation
