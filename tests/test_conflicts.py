"""Contradictions: labelled conflicts and look-alikes of the bundled corpus, and rule fixtures."""

from __future__ import annotations

import random
import tomllib
from pathlib import Path

import pytest

from seedview.model import conflicts
from seedview.model.claims import find_periods
from seedview.model.pipeline import analyze
from seedview.model.schema import Analysis, Claim, Conflict, Quantity

from labels import DATA, find_passage

FIXTURES = Path(__file__).parent / "fixtures" / "conflicts"
LABELS = tomllib.loads((DATA / "conflict_labels.toml").read_text())


def _real(analysis: Analysis) -> list[Conflict]:
    return [c for c in analysis.conflicts if c.kind != "different_period"]


def _matches(conflict: Conflict, label: dict, analysis: Analysis) -> bool:
    side_a = {find_passage(analysis, ref) for ref in label["side_a"]}
    side_b = {find_passage(analysis, ref) for ref in label["side_b"]}
    inside = set(conflict.passages)
    return conflict.kind == label["kind"] and bool(side_a & inside) and bool(side_b & inside)


def test_bundled_conflict_recall_and_precision(corpus: Analysis) -> None:
    labelled = LABELS["conflict"]
    found = [any(_matches(c, label, corpus) for c in _real(corpus)) for label in labelled]
    recall = sum(found) / len(found)
    reported = _real(corpus)
    correct = [c for c in reported if any(_matches(c, label, corpus) for label in labelled)]
    precision = len(correct) / len(reported)
    assert recall >= 0.8, [
        label["name"] for label, ok in zip(labelled, found, strict=True) if not ok
    ]
    assert precision >= 0.8, [c.explanation for c in reported if c not in correct]


def test_the_central_stance_conflict_is_explained_with_labels(corpus: Analysis) -> None:
    stance = next(c for c in _real(corpus) if c.kind == "stance" and "open-source" in c.explanation)
    assert "Rockstein" in stance.explanation and "News" in stance.explanation
    assert stance.confidence >= 0.8
    assert _real(corpus)[0].confidence >= _real(corpus)[-1].confidence  # most certain first


@pytest.mark.parametrize(
    "reference", LABELS["lookalikes"]["stance"] + LABELS["lookalikes"]["value"]
)
def test_lookalikes_are_not_conflicts(corpus: Analysis, reference: str) -> None:
    passage = find_passage(corpus, reference)
    assert not [c.explanation for c in _real(corpus) if passage in c.passages]


def test_agreeing_figures_are_never_opposed(corpus: Analysis) -> None:
    agreeing = {find_passage(corpus, ref) for ref in LABELS["lookalikes"]["agreeing"]}
    claims = {c.id: c for c in corpus.claims}
    for conflict in _real(corpus):
        if conflict.kind != "value" or conflict.confidence < 0.8:
            continue
        involved = {claims[cid].passage for cid in conflict.claims} & agreeing
        assert len(involved) <= 1, conflict.explanation


def test_teasers_make_no_claims(corpus: Analysis) -> None:
    # Headlines claim ("… Linked to 91% Higher Risk of Heart Disease"); page furniture never.
    furniture = {p.id for p in corpus.passages if p.kind == "boilerplate"}
    assert not [c for c in corpus.claims if c.passage in furniture]


@pytest.fixture(scope="module")
def fixture_analysis() -> Analysis:
    return analyze([str(FIXTURES)])


def _conflicts_with(analysis: Analysis, *fragments: str) -> list[Conflict]:
    wanted = [{p.id for p in analysis.passages if f in p.text} for f in fragments]
    return [c for c in _real(analysis) if all(ids & set(c.passages) for ids in wanted)]


def test_rounding_is_agreement(fixture_analysis: Analysis) -> None:
    # No contradiction: a difference in print, said to be rounding, after the contradictions.
    found = _conflicts_with(fixture_analysis, "14,88 Milliarden", "14,9 Milliarden")
    assert [c.kind for c in found] == ["approximate"]
    assert found[0].explanation.endswith("one is the other rounded.")
    assert found[0].confidence < min(
        c.confidence for c in _real(fixture_analysis) if c.kind == "value"
    )


def test_qualified_values_for_the_same_year_conflict(fixture_analysis: Analysis) -> None:
    # "in diesem Jahr" on a page dated 2025 means 2025; de_b has no date, so: possible conflict.
    found = _conflicts_with(fixture_analysis, "bis zu 72 Milliarden", "rund 60 Milliarden")
    assert found and found[0].kind == "value"


def test_different_period_is_a_note_not_a_conflict(fixture_analysis: Analysis) -> None:
    assert not _conflicts_with(fixture_analysis, "bis zu 72 Milliarden", "2023 etwa 40 Milliarden")


def test_english_value_conflict_and_same_figure_other_metric(fixture_analysis: Analysis) -> None:
    found = _conflicts_with(fixture_analysis, "revenue of $26 billion", "revenue in 2024 was $31bn")
    assert found and found[0].confidence >= 0.8 and "Acme" in found[0].explanation
    assert not _conflicts_with(
        fixture_analysis, "invested 13 billion", "reached revenue of 13 billion"
    )


def test_stance_with_shift_and_negation(fixture_analysis: Analysis) -> None:
    german = _conflicts_with(
        fixture_analysis, "setzt weiterhin auf Open-Source-Modelle", "Kehrtwende von Open Source"
    )
    english = _conflicts_with(
        fixture_analysis,
        "no longer release its models as open source",
        "keeps its models open source",
    )
    assert german and german[0].kind == "stance"
    assert english and english[0].kind == "stance"


def test_profit_and_loss_of_a_named_unit(fixture_analysis: Analysis) -> None:
    assert _conflicts_with(fixture_analysis, "cloud unit is profitable", "cloud unit posted losses")


def test_cooling_circuits_and_chips_are_not_model_stances(fixture_analysis: Analysis) -> None:
    assert not _conflicts_with(fixture_analysis, "geschlossenes Kühlsystem")
    assert not _conflicts_with(fixture_analysis, "proprietäre Chips")


def test_relative_periods_resolve_against_the_publication_date() -> None:
    from datetime import date

    def periods(text: str, published: date | None) -> list[str]:
        return [p[2] for p in find_periods(text, published)]

    assert periods("im vierten Quartal", date(2026, 2, 1)) == ["2025-Q4"]
    assert periods("im vergangenen Quartal", date(2026, 2, 1)) == ["2025-Q4"]
    assert periods("in diesem Jahr", date(2025, 3, 5)) == ["2025"]
    assert periods("in diesem Jahr", None) == ["?-year"]
    assert periods("über die nächsten fünf Jahre", date(2026, 1, 10)) == ["2026..2030"]
    assert periods("bis Ende 2024", None) == ["..2024"]
    assert periods("Q2 2025", None) == ["2025-Q2"]


def test_within_source_inconsistency(tmp_path: Path) -> None:
    (tmp_path / "self.txt").write_text(
        "Bericht\n\nDie Beispiel AG setzt auf Open-Source-Modelle. Der Konzern entwickelt proprietäre Modelle.\n"
        "Der Umsatz der Beispiel AG lag 2024 bei 10 Milliarden Euro. Der Umsatz 2024 der Beispiel AG betrug 12 Milliarden Euro.\n"
    )
    (tmp_path / "other.txt").write_text(
        "Anderes\n\nDie Beispiel AG setzt auf Open-Source-Modelle.\n"
    )
    analysis = analyze([str(tmp_path)])
    kinds = {c.kind for c in _real(analysis)}
    assert "internal" in kinds


def test_word_diff_marks_what_no_other_version_says() -> None:
    from seedview.model.diff import word_diff

    texts = [
        "Meta investiert 72 Milliarden Dollar in Rechenzentren.",
        "Meta investierte 72 Milliarden Dollar in moderne Rechenzentren.",
        "Meta investiert 65 Milliarden Dollar in Rechenzentren und Chips.",
    ]
    kinds = [
        {word: kind for word, kind in pieces if kind != "space"} for pieces in word_diff(texts)
    ]
    assert kinds[0]["72"] == "same" and kinds[2]["65"] == "figure"  # 72 twice, 65 once
    assert kinds[1]["investierte"] == "same"  # same lemma as "investiert"
    assert kinds[1]["moderne"] == "differs" and kinds[2]["Chips."] == "differs"
    assert kinds[2]["Rechenzentren"] == "same"
    # One version alone has nothing to differ from.
    assert {kind for _, kind in word_diff(texts[:1])[0]} <= {"same", "space"}


def _random_claims(rng: random.Random, count: int, kind: str) -> list[Claim]:
    claims = []
    for number in range(count):
        low = rng.choice([5.0, 10.0, 20.0, 40.0, 80.0])
        claims.append(
            Claim(
                id=f"c{number}",
                passage=f"p{rng.randrange(count // 2 + 1)}",
                source=f"s{rng.randrange(12)}",
                kind=kind,  # type: ignore[arg-type]
                start=0,
                end=1,
                confidence=rng.choice([0.5, 0.8, 1.0]),
                quantity=Quantity(
                    text=f"{low:g}", value=low, unit=rng.choice(["EUR", "USD"]), low=low, high=low
                ),
                event=rng.sample(["flood", "dam", "burst", "rescue", "toll"], rng.randrange(3)),
            )
        )
    return claims


def test_bulk_sides_are_the_pairwise_ones() -> None:
    """Sides of thousands of copies are sifted in bulk (issue 11): the cited passages and the
    parts exceeding a whole are those of the pairwise rules."""
    rng = random.Random(11)
    for _ in range(40):
        side = _random_claims(rng, rng.randrange(1, 60), "figure")
        others = _random_claims(rng, rng.randrange(1, 60), "date")
        elsewhere = [c.source for c in others]
        ranked = sorted(side, key=lambda c: (c.source in elsewhere, -c.confidence))
        by_source: dict[str, list[Claim]] = {}
        for claim in ranked:
            by_source.setdefault(claim.source, []).append(claim)
        rounds = max(len(claims) for claims in by_source.values())
        cited = [c[i] for i in range(rounds) for c in by_source.values() if i < len(c)]
        assert conflicts._cited(side, elsewhere) == cited[: conflicts.MAX_PASSAGES_SIDE]
        exceeding = [(a, b) for a in side for b in others if conflicts._exceeds(a, b)]
        assert conflicts._exceeding(side, others) == exceeding


def test_figures_that_differ_yet_can_both_hold_are_shown_after_contradictions(
    tmp_path: Path,
) -> None:
    # A strike's size: "more than 30,000" and "at least 32,000" can both hold, yet a fact-checker
    # wants to see that the outlets print different counts; "$4.2 billion" is "$4.23 billion"
    # rounded, which a reader may take for two figures: a difference saying so; "$3.1 billion"
    # against "$4.23 billion" is a contradiction.
    (tmp_path / "a.txt").write_text(
        "Strike at Northwind\n\nMore than 30,000 workers joined the strike at Northwind on Monday. "
        "Northwind posted quarterly revenue of $4.2 billion in the third quarter of 2025.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Northwind walkout\n\nAt least 32,000 workers joined the strike at Northwind on Monday. "
        "Northwind posted quarterly revenue of $4.23 billion in the third quarter of 2025.\n"
    )
    (tmp_path / "c.txt").write_text(
        "Northwind in trouble\n\nNorthwind posted quarterly revenue of $3.1 billion in the third "
        "quarter of 2025.\n"
    )
    analysis = analyze([str(tmp_path)])
    strike = _conflicts_with(analysis, "More than 30,000", "At least 32,000")
    assert [c.kind for c in strike] == ["approximate"]
    assert "30,000" in strike[0].explanation and "32,000" in strike[0].explanation
    rounded = _conflicts_with(analysis, "$4.2 billion", "$4.23 billion")
    assert [c.kind for c in rounded if "$3.1" not in c.explanation] == ["approximate"]
    assert "one is the other rounded" in rounded[-1].explanation
    contradiction = _conflicts_with(analysis, "$3.1 billion", "$4.23 billion")
    assert contradiction and contradiction[0].kind == "value"
    kinds = [c.kind for c in _real(analysis)]
    assert kinds.index("approximate") > kinds.index("value")


def test_a_bound_or_an_order_holding_a_figure_is_no_difference(tmp_path: Path) -> None:
    # "Hunderte Tote" and "mindestens 632 Tote", "über 700.000" and "734.000": the vague
    # order or the bound holds the figure, and no reader takes them for two counts. "fast 1200"
    # and "1.157" are one count in "about" wording, which a reader may take for two.
    (tmp_path / "a.txt").write_text(
        "Beben in Almora\n\nBei dem Erdbeben in Almora kamen Hunderte Menschen ums Leben. "
        "Untersucht wurden Blutproben von fast 1200 Personen. Die Kapazität der Werke sinkt um "
        "über 700.000 Fahrzeuge.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Erdbeben: viele Tote\n\nBei dem Erdbeben in Almora kamen mindestens 632 Menschen ums "
        "Leben. Untersucht wurden Blutproben von 1.157 Personen. Die Kapazität der Werke sinkt "
        "um 734.000 Fahrzeuge.\n"
    )
    analysis = analyze([str(tmp_path)])
    assert not _conflicts_with(analysis, "Hunderte", "mindestens 632")
    assert not _conflicts_with(analysis, "700.000", "734.000")
    about = _conflicts_with(analysis, "fast 1200", "1.157")
    assert [c.kind for c in about] == ["approximate"]
    assert "within the other's" in about[0].explanation


def test_a_figure_printed_as_a_bound_by_one_source_is_a_difference_to_check(
    tmp_path: Path,
) -> None:
    # "mindestens 40" and "40" can both hold, yet one outlet counts exactly what the other
    # gives only as a floor: a fact-checker wants to see it (after the contradictions). One
    # article printing its own figure both ways, or two outlets printing the same bound, is
    # nothing to see.
    (tmp_path / "a.txt").write_text(
        "Brand in Lagerhalle\n\nBei dem Brand in der Lagerhalle in Halden wurden mindestens 40 "
        "Menschen verletzt. Später hieß es, 40 Menschen seien verletzt worden.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Großbrand in Halden\n\nBei dem Brand in der Lagerhalle in Halden wurden 40 Menschen "
        "verletzt.\n"
    )
    (tmp_path / "c.txt").write_text(
        "Halden: Feuer in Lager\n\nBei dem Feuer in der Lagerhalle in Halden wurden mindestens 40 "
        "Menschen verletzt.\n"
    )
    analysis = analyze([str(tmp_path)])
    approximate = [c for c in _real(analysis) if c.kind == "approximate"]
    assert len(approximate) == 1, [c.explanation for c in approximate]
    assert set(approximate[0].sources) == {"b", "c"}
    assert "mindestens 40" in approximate[0].explanation


def test_a_figure_stating_no_period_is_compared_in_the_quarter_the_others_state(
    tmp_path: Path,
) -> None:
    # A results story: two outlets name the quarter, a third gives the revenue with no period.
    # Its figure is about that quarter (less sure); a year one page names in passing ("the
    # quake of 1960") is no story's period.
    (tmp_path / "a.txt").write_text(
        "Nordwerk results\n\nNordwerk posted revenue of $4.2 billion in the second quarter.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Nordwerk beats\n\nNordwerk's second-quarter revenue came in at $4.2 billion.\n"
    )
    (tmp_path / "c.txt").write_text(
        "Nordwerk shares fall\n\nNordwerk reported revenue of $5.1 billion, the company said.\n"
    )
    analysis = analyze([str(tmp_path)])
    (conflict,) = _conflicts_with(analysis, "$5.1 billion")
    assert conflict.kind == "value" and conflict.confidence < 0.85
    assert "4.2" in conflict.explanation


def test_a_year_one_page_names_in_passing_is_no_period_of_the_story(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Beben in Talland\n\nBei dem Beben in Talland starben 2000 Menschen. Bei dem "
        "Beben von 1960 starben 12.000 Menschen.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Talland trauert\n\nBei dem Beben in Talland starben 2500 Menschen.\n"
    )
    analysis = analyze([str(tmp_path)])
    # The two tolls of this quake contradict each other, with no period named.
    assert _conflicts_with(analysis, "2000 Menschen", "2500 Menschen")
    assert not [c for c in _real(analysis) if "1960" in c.explanation], [
        c.explanation for c in _real(analysis)
    ]


def test_a_span_from_one_year_to_another_is_one_period() -> None:
    # "from 2003 to 2018" is the span of a study's data, not the year 2003 (which made a
    # survey's participants a figure "for 2003"); "von 2025 bis 2030" is no "bis 2030".
    assert [p[2] for p in find_periods("adults studied from 2003 to 2018 in the U.S.", None)] == [
        "2003..2018"
    ]
    assert [p[2] for p in find_periods("Daten von 2003 bis Ende 2018", None)] == ["2003..2018"]
    assert [p[2] for p in find_periods("Stellen werden bis 2030 abgebaut", None)] == ["..2030"]


def test_a_signing_for_a_sum_is_the_fee_other_outlets_give(tmp_path: Path) -> None:
    # "completed the signing of X for £65m" names the fee as "a £58m transfer" does.
    (tmp_path / "a.txt").write_text(
        "Arsenal sign Havertz\n\nArsenal have completed the signing of Kai Havertz from "
        "Chelsea for a fee of £65m.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Havertz joins Arsenal\n\nArsenal have completed the signing of Kai Havertz from "
        "Chelsea for £58m.\n"
    )
    analysis = analyze([str(tmp_path)])
    (fee,) = _conflicts_with(analysis, "£65m", "£58m")
    assert fee.kind == "value" and "transfer fee" in fee.explanation
