"""How long an event lasted, and the range over a group's members, are facts sources can
contradict (issue 9): "the strike lasted five weeks" against "two months"; "victims aged 18 to
60" against "aged 18 to 65". Lengths of two different events, a prison term, an age, a time ago
or a period are never compared as lengths; a range asked for, or one figure's uncertainty, is no
range over a group; one article stating two ranges contradicts no source."""

from __future__ import annotations

from seedview.model.claims import source_claims
from seedview.model.conflicts import find_conflicts
from seedview.model.facts import fact_groups
from seedview.model.schema import Claim, Conflict, Passage, Source
from seedview.model.segment import sentence_spans


def _article(source_id: str, text: str, language: str) -> tuple[Source, list[Passage]]:
    """One paragraph, cut into sentence passages as the pipeline cuts them."""
    source = Source(
        id=source_id, path=source_id, label=source_id, language=language, sha256="0", text=text
    )
    return source, [
        Passage(
            id=f"{source_id}@{start}",
            source=source_id,
            paragraph=0,
            start=start,
            end=end,
            text=text[start:end],
            kind="content",
        )
        for start, end in sentence_spans(text, 0, len(text))
    ]


def _read(*texts: tuple[str, str]) -> tuple[list[Claim], list[Conflict]]:
    articles = [_article(f"s{i}", text, lang) for i, (text, lang) in enumerate(texts)]
    found = [c for source, passages in articles for c in source_claims(source, passages)]
    return found, find_conflicts([a[0] for a in articles], found, [])


def _fact_labels(language: str, *texts: tuple[str, str]) -> list[str]:
    articles = [_article(f"s{i}", text, lang) for i, (text, lang) in enumerate(texts)]
    found = [c for source, passages in articles for c in source_claims(source, passages)]
    passages = [p for _, article_passages in articles for p in article_passages]
    groups, _ = fact_groups([a[0] for a in articles], passages, found, language)
    return sorted(g.label for g in groups)


def _lengths(found: list[Claim]) -> list[tuple[str, str]]:
    return sorted((c.measure, c.evidence) for c in found if c.quantity and c.quantity.unit == "h")


def _contradictions(conflicts: list[Conflict]) -> list[Conflict]:
    return [c for c in conflicts if c.kind in ("value", "internal")]


def test_a_strike_said_to_last_five_weeks_and_two_months_is_a_contradiction() -> None:
    found, conflicts = _read(
        ("The strike at the port lasted five weeks before the union accepted the offer.", "en"),
        ("Die Hafenarbeiter streikten zwei Monate lang.", "de"),
        ("Der Streik im Hafen dauerte zwei Monate.", "de"),
    )
    assert _lengths(found) == [
        ("length of the strike", "five weeks"),
        ("length of the strike", "zwei Monate"),
        ("length of the strike", "zwei Monate"),
    ]
    (conflict,) = _contradictions(conflicts)
    assert conflict.explanation.startswith("value: length of the strike")
    assert "“five weeks”" in conflict.explanation and "“zwei Monate" in conflict.explanation
    assert set(conflict.sources) == {"s0", "s1", "s2"}


def test_a_length_joined_to_its_event_counts_and_each_event_has_its_own() -> None:
    # "the two-day summit", "der viertägige Gipfel": a length joined to its event's noun. The
    # summit's length is never compared with the talks' before it, nor a trial's with the
    # abuse it judged.
    found, conflicts = _read(
        ("Leaders left the two-day summit in Lisbon without a joint statement.", "en"),
        ("Der viertägige Gipfel in Lissabon endete ohne gemeinsame Erklärung.", "de"),
        ("After the four-month trial, the court found the abuse had lasted six years.", "en"),
        (
            "Nach dreimonatiger Hauptverhandlung stand fest: Der Missbrauch dauerte sechs Jahre.",
            "de",
        ),
    )
    assert _lengths(found) == [
        ("length of the abuse", "sechs Jahre"),
        ("length of the abuse", "six years"),
        ("length of the summit", "two-day"),
        ("length of the summit", "viertägige"),
        ("length of the trial", "dreimonatiger"),
        ("length of the trial", "four-month"),
    ]
    (summit,) = _contradictions(conflicts)
    assert summit.explanation.startswith("value: length of the summit")
    # Three months and four are rounded lengths that can both hold: a difference, no
    # contradiction; and the abuse's six years agree.
    assert [c.kind for c in conflicts if c is not summit] == ["approximate"]
    assert "length of the trial" in conflicts[-1].explanation


def test_hours_of_a_hostage_taking_in_words_and_as_an_adjective() -> None:
    found, conflicts = _read(
        ("Die Geiselnahme in der Bankfiliale dauerte 14 Stunden.", "de"),
        ("Nach neunstündiger Geiselnahme stürmte die Polizei die Bank.", "de"),
    )
    assert _lengths(found) == [
        ("length of the hostage-taking", "14 Stunden"),
        ("length of the hostage-taking", "neunstündiger"),
    ]
    (conflict,) = _contradictions(conflicts)
    assert "“14 Stunden”" in conflict.explanation and "“neunstündiger”" in conflict.explanation


def test_hedged_lengths_conflict_only_where_their_bounds_cannot_meet() -> None:
    # "nearly a decade" is nine to ten years, "over a decade" more than ten, "decades" twenty
    # or more: "nine years" fits the first only.
    found, conflicts = _read(
        ("The abuse lasted nine years, investigators said.", "en"),
        ("She was abused over a period of nearly a decade.", "en"),
        ("Er missbrauchte sie über ein Jahrzehnt hinweg.", "de"),
    )
    assert [c.quantity.qualifier for c in found if c.quantity] == ["", "approx_below", "over"]
    contradictions = _contradictions(conflicts)
    assert len(contradictions) == 1
    assert {"s0", "s1", "s2"} == set(contradictions[0].sources)
    assert "über ein Jahrzehnt" in contradictions[0].compared[1]
    # "nine years" against "nearly a decade": a difference a fact-checker looks at, no more.
    assert [c.sources for c in conflicts if c.kind == "approximate"] == [["s0", "s1"]]


def test_a_prison_term_an_age_a_time_ago_and_a_period_are_no_lengths() -> None:
    found, conflicts = _read(
        (
            "He was jailed for 20 years over the abuse, which lasted nine years. The "
            "three-year-old boy was found two years ago. Strikes are planned over the next "
            "five years.",
            "en",
        ),
        ("Er wurde zu zwölf Jahren Haft verurteilt; der Missbrauch dauerte neun Jahre.", "de"),
    )
    assert _lengths(found) == [
        ("length of the abuse", "neun Jahre"),
        ("length of the abuse", "nine years"),
    ]
    assert not _contradictions(conflicts)


def test_ranges_over_a_group_compare_end_with_end() -> None:
    found, conflicts = _read(
        ("The victims were aged 18 to 60, police said.", "en"),
        ("Die Opfer waren zwischen 18 und 65 Jahren.", "de"),
        ("The victims, between the ages of 18 and 60, were all from the town.", "en"),
    )
    ends = sorted((c.measure, c.quantity.value) for c in found if c.quantity)
    assert ends == [
        ("oldest age", 60.0),
        ("oldest age", 60.0),
        ("oldest age", 65.0),
        ("youngest age", 18.0),
        ("youngest age", 18.0),
        ("youngest age", 18.0),
    ]
    (conflict,) = _contradictions(conflicts)
    assert conflict.explanation.startswith("value: victims age of the oldest")
    assert "“waren zwischen 18 und 65 Jahren”" in conflict.explanation
    # Each end is one fact, named in the corpus's language, with whom the range is over.
    texts = (
        ("Die Opfer waren zwischen 18 und 60 Jahre alt.", "de"),
        ("Die Opfer waren im Alter zwischen 18 und 65 Jahren.", "de"),
    )
    # (both ends are stated by the same passages: one group of them)
    (german,) = _fact_labels("de", *texts)
    assert german.startswith("Opfer · Alter des ")
    (english,) = _fact_labels("en", *texts)
    assert english.startswith("victims · age of the ")


def test_sentences_of_a_group_conflict_on_the_end_that_differs() -> None:
    found, conflicts = _read(
        ("Das Gericht verhängte Haftstrafen zwischen drei und 15 Jahren.", "de"),
        ("The men were sentenced to between three and 12 years in jail.", "en"),
    )
    assert sorted(c.measure for c in found) == [
        "longest prison term",
        "longest prison term",
        "shortest prison term",
        "shortest prison term",
    ]
    (conflict,) = _contradictions(conflicts)
    assert conflict.explanation.startswith("value: longest prison term")


def test_a_range_asked_for_or_of_one_figure_is_no_range_over_a_group() -> None:
    found, conflicts = _read(
        ("Prosecutors had asked for sentences of between 10 and 18 years.", "en"),
        ("The players were between 20 and 30 minutes late for the final.", "en"),
        ("The court handed down sentences of three to 15 years.", "en"),
        ("Revenue will be between 3 and 5 billion dollars, and the men were aged 30 to 50.", "en"),
    )
    assert sorted(
        (c.measure, c.quantity.value)
        for c in found
        if c.quantity and c.measure.endswith(("term", "age"))
    ) == [
        ("longest prison term", 15 * 8766.0),
        ("oldest age", 50.0),
        ("shortest prison term", 3 * 8766.0),
        ("youngest age", 30.0),
    ]
    assert not _contradictions(conflicts)


def test_one_article_stating_two_ranges_contradicts_no_source() -> None:
    found, conflicts = _read(
        (
            "The accused were aged 22 to 70. Most of the men, aged 27 to 74 at the verdict, "
            "had no record.",
            "en",
        ),
    )
    assert len([c for c in found if c.measure == "youngest age"]) == 2
    assert not conflicts


def test_how_long_a_deal_runs_is_its_length_in_either_language() -> None:
    # "eine Laufzeit von 18 Monaten", "the agreement runs for 30 months", "a three-year
    # contract": how long a pay deal or a contract runs; 18 months against 30 cannot both hold.
    found, conflicts = _read(
        ("Der neue Tarifvertrag für die Chemiebranche hat eine Laufzeit von 18 Monaten.", "de"),
        ("The new agreement for the chemical industry runs for 30 months.", "en"),
        ("Ward signed a three-year contract with the club.", "en"),
    )
    assert _lengths(found) == [
        ("length of the agreement", "18 Monaten"),
        ("length of the agreement", "30 months"),
        ("length of the agreement", "three-year"),
    ]
    assert any(
        "18 Monaten" in c.explanation and "30 months" in c.explanation
        for c in _contradictions(conflicts)
    )


def test_lengths_named_by_their_unit_alone_differ_and_never_contradict() -> None:
    # "nach wochenlangem Tauziehen" against "after months-long talks": they differ, and can
    # both hold for talks of about two months; against "a 40-hour final round" (another
    # span) a length so loose says nothing.
    found, conflicts = _read(
        ("Nach wochenlangem Tauziehen einigten sich Verdi und die Bahn.", "de"),
        ("Verdi and the railway agreed after months-long talks.", "en"),
        ("Verdi's deal came after a 40-hour final round of talks.", "en"),
    )
    assert sorted(c.quantity.text for c in found if c.quantity and c.quantity.unit == "h") == [
        "40-hour",
        "months-long",
        "wochenlangem",
    ]
    assert [c.kind for c in conflicts] == ["approximate"]
    assert "wochenlangem" in conflicts[0].explanation and "months-long" in conflicts[0].explanation


def test_the_year_a_deal_runs_until_is_its_end_and_an_old_deal_is_another() -> None:
    # "einen Vertrag bis 2029" against "a contract until 2030": one deal, two ends. The
    # contract he still had at his old club ("noch einen Vertrag bis 2025", "bei Ajax") is
    # another deal, compared with neither.
    found, conflicts = _read(
        ("Der Verteidiger unterschreibt in Lissabon einen Vertrag bis 2029.", "de"),
        ("The defender has signed a contract until 2030.", "en"),
        ("Der Verteidiger hatte bei Ajax noch einen Vertrag bis 2025.", "de"),
        ("Der Verteidiger hatte zuvor noch einen Vertrag bis 2026.", "de"),
    )
    ends = sorted(
        (c.quantity.value, c.qualifiers)
        for c in found
        if c.measure == "end of the agreement" and c.quantity
    )
    assert ends == [(2025, ["ajax"]), (2026, ["still running"]), (2029, []), (2030, [])]
    (end,) = _contradictions(conflicts)
    assert "bis 2029" in end.explanation and "until 2030" in end.explanation
