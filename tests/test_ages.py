"""A person's age beside a name is a figure about that person: two outlets giving one person two
ages on one day contradict each other; two people of one family are two people; an age naming
no one, a place or a score is no claim."""

from __future__ import annotations

from pathlib import Path

from seedview.model.pipeline import analyze
from seedview.model.schema import Analysis


def _story(tmp_path: Path, *articles: str) -> Analysis:
    for number, text in enumerate(articles):
        (tmp_path / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    return analyze([str(tmp_path)])


def _ages(analysis: Analysis) -> list[tuple[str, float]]:
    return sorted(
        (c.subject, c.quantity.value)
        for c in analysis.claims
        if c.measure == "age" and c.quantity is not None
    )


def _age_conflicts(analysis: Analysis) -> list[str]:
    return [c.explanation for c in analysis.conflicts if "age of" in c.explanation]


def test_two_ages_for_one_person_on_one_day_contradict(tmp_path: Path) -> None:
    analysis = _story(
        tmp_path,
        "Mayor re-elected\n\nAnna Berg, the 41-year-old mayor of Lindholm, won a second term "
        "on Sunday with a clear majority.\n",
        "Lindholm votes\n\nThe 42-year-old Anna Berg won a second term as mayor of Lindholm on "
        "Sunday.\n",
        "Wahl in Lindholm\n\nDie Bürgermeisterin Anna Berg (41) gewann am Sonntag eine zweite "
        "Amtszeit.\n",
    )
    assert _ages(analysis) == [("berg", 41.0), ("berg", 41.0), ("berg", 42.0)]
    (explanation,) = _age_conflicts(analysis)
    assert "41" in explanation and "42" in explanation


def test_a_noun_for_the_person_before_the_name_is_no_part_of_it(tmp_path: Path) -> None:
    analysis = _story(
        tmp_path,
        "Wechsel perfekt\n\nDer 29-jährige Stürmer Max Muster wechselt für 40 Millionen Euro "
        "nach Lindholm.\n",
        "Muster geht\n\nDer Angreifer Max Muster (30) wechselt nach Lindholm. Der "
        "30-Jährige unterschrieb bis 2029.\n",
    )
    assert _ages(analysis) == [("muster", 29.0), ("muster", 30.0)]
    assert len(_age_conflicts(analysis)) == 1


def test_two_people_of_one_family_are_two_people(tmp_path: Path) -> None:
    # A surname alone is the last person of that name its article named in full.
    analysis = _story(
        tmp_path,
        "Verdict\n\nPaul Weber, 70, was convicted on Thursday. The 70-year-old Weber showed no "
        "emotion.\n",
        "Court case\n\nEva Weber, 68, thanked the court. Her ex-husband Paul Weber, 70, was "
        "convicted.\n",
    )
    assert _ages(analysis) == [
        ("eva weber", 68.0),
        ("paul weber", 70.0),
        ("paul weber", 70.0),
        ("paul weber", 70.0),
    ]
    assert not _age_conflicts(analysis)


def test_an_age_naming_no_person_is_no_claim(tmp_path: Path) -> None:
    analysis = _story(
        tmp_path,
        "Storm\n\nA 6-year-old girl was among the injured. The 21-year-old Ecuador "
        "international was not hurt. Final score: Lindholm, 3, Berg, 1.\n",
        "Sturm\n\nDas Museum blickt auf 87-jährige Geschichte zurück. Die Partei kam auf 37 "
        "Prozent (17 Sitze).\n",
    )
    assert _ages(analysis) == []
