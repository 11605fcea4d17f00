"""Whose figure it is: a company named with what it is ("Chipmaker Intel Corp.", "der
Konkurrent Stellantis"), a company known only by capitals ("BMW"), and one announcement of job
cuts worded two ways. A figure given to the wrong company is a false contradiction; one fact
keyed two ways is a missed one."""

from __future__ import annotations

from test_lexicon import _claims_of_all, _conflicts_of

from seedview.model.normalize import names_in


def _figures(text: str, language: str) -> list[tuple[str, str, str, list[str]]]:
    return [
        (c.subject, c.measure, c.basis, c.qualifiers)
        for c in _claims_of_all(text, language)
        if c.kind == "figure"
    ]


def test_what_a_company_is_is_not_its_name() -> None:
    # English writes the descriptor with a capital at the start of a sentence; German always.
    assert names_in("Chipmaker Acme Corp. said on Monday it would close two plants.", "en") == (
        (10, "acme"),
    )
    assert [name for _, name in names_in("Insurer Zebra Holding reported a loss.", "en")] == [
        "zebra"
    ]
    assert "carmaker" not in [n for _, n in names_in("Carmaker Nordwerk cut its outlook.", "en")]


def test_a_name_after_a_rival_or_organisation_noun_is_a_company() -> None:
    named = [n for _, n in names_in("Der Konkurrent Stellantis kam auf 40 Milliarden Euro.", "de")]
    assert named == ["stellantis"]
    named = [n for _, n in names_in("Der Autobauer Volkswagen senkte die Prognose.", "de")]
    assert named == ["volkswagen"]
    # Nouns a German sentence puts after "der Konzern" are no names: a day's part, a measure.
    assert names_in("Im Quartal steigerte der Konzern Umsatz und Gewinne deutlich.", "de") == ()
    assert names_in("Dann meldete das Unternehmen Ende Juni Zahlen.", "de") == ()
    assert names_in("The company Monday said it would appeal.", "en") == ()


def test_a_rivals_figure_is_no_contradiction_of_the_storys_company() -> None:
    tesla = ("Tesla steigerte im zweiten Quartal den Umsatz auf 22 Milliarden Euro.", "de")
    for rival in (
        "BMW steigerte im zweiten Quartal den Umsatz auf 30 Milliarden Euro.",
        "Der Konkurrent Stellantis steigerte im zweiten Quartal den Umsatz auf 30 Milliarden Euro.",
    ):
        assert not _conflicts_of(tesla, (rival, "de")), rival
    # The same company, two figures: still a contradiction.
    (conflict,) = _conflicts_of(
        tesla, ("Tesla steigerte im zweiten Quartal den Umsatz auf 30 Milliarden Euro.", "de")
    )
    assert conflict.kind == "value"


def test_cutting_the_workforce_by_a_share_is_cutting_that_share_of_it() -> None:
    by = _figures("Nordwerk is reducing its headcount by 12% to save money.", "en")
    of = _figures("Nordwerk said it is cutting 12% of its massive workforce.", "en")
    assert by == of == [("nordwerk", "job cuts", "level", [])]
    # So two outlets with different shares contradict each other, however each words it.
    (conflict,) = _conflicts_of(
        ("Nordwerk will cut its workforce by 12%.", "en"),
        ("Nordwerk said it is cutting 20% of its global workforce.", "en"),
    )
    assert conflict.kind == "value"


def test_another_companys_share_fall_is_its_own() -> None:
    # In an article about one chipmaker, a rival's shares named by its capitals or with "Co."
    # are the rival's, not the story's company's.
    figures = _figures(
        "Nordwerk shares fell 26% on Friday. Rival maker Lindholm Semiconductor Co. (LSC) saw "
        "its shares fall by 4.6%. KXT shares fell 3% as well.",
        "en",
    )
    subjects = [subject for subject, measure, _, _ in figures if measure == "share price"]
    assert subjects[0] == "nordwerk" and len(subjects) == 3
    assert subjects[1] in ("LSC", "lindholm semiconductor") and subjects[2] == "KXT"


def test_a_company_introduced_by_what_it_is_keeps_its_name_in_the_article() -> None:
    # "Der Konkurrent Lindwerk" once; later "Lindwerk" alone still names the rival, whose
    # figure is no contradiction of the story's company's.
    rival = (
        "Der Konkurrent Lindwerk meldete am Mittwoch Zahlen. Lindwerk steigerte im zweiten "
        "Quartal den Umsatz auf 30 Milliarden Euro.",
        "de",
    )
    figures = _figures(*rival)
    assert [subject for subject, *_ in figures] == ["lindwerk"]
    tesla = ("Tesla steigerte im zweiten Quartal den Umsatz auf 22 Milliarden Euro.", "de")
    assert not _conflicts_of(tesla, rival)


def test_an_officer_quoted_in_every_article_is_not_what_the_story_is_about() -> None:
    # "VW-Finanzchef Arno Antlitz" in three of eight articles made Antlitz the story's
    # subject, so VW's figures were keyed apart from the story's unnamed ones.
    from test_lexicon import _source

    from seedview.model.claims import source_claims
    from seedview.model.keys import story_subject

    texts = [
        "Der Gewinn brach ein, erklärte VW-Finanzchef Arno Antlitz am Mittwoch.",
        "Finanzchef Arno Antlitz sprach von einem schwachen Quartal für Volkswagen.",
        "VW steigerte den Umsatz auf 78,5 Milliarden Euro, sagte Finanzchef Arno Antlitz.",
        "Der Umsatz von Volkswagen lag bei 78,5 Milliarden Euro.",
    ]
    found = [
        claim
        for index, text in enumerate(texts)
        for claim in source_claims(*_source(f"s{index}", text, "de"))
    ]
    assert story_subject(found, len(texts)) == "volkswagen"
