"""The keys claims are compared and grouped by, shared by the conflicts and fact-group stages.

The story's subject: the organisation most sources name (in at least half of them) is the
subject of every claim that names no other, so "Meta", "der Konzern" and an unnamed subject are
one key, while "Microsoft" is another.
"""

from __future__ import annotations

from collections import defaultdict

from seedview.model import lexicon
from seedview.model.claims import dimension
from seedview.model.schema import Claim


def story_subject(claims: list[Claim], source_count: int) -> str:
    """The organisation most sources name as a claim's subject, if at least half do."""
    named: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.subject and claim.subject_origin in ("clause", "context", "paid_for"):
            named[claim.subject].add(claim.source)
    if not named:
        return ""
    subject, holders = max(named.items(), key=lambda item: (len(item[1]), item[0]))
    return subject if len(holders) * 2 >= max(2, source_count) else ""


def subject_key(claim: Claim, story: str) -> str:
    if claim.subject_origin == "unknown":
        return f"?{claim.id}"  # no holder named: equal to no other claim's
    subject = lexicon.without_accents(claim.subject)
    return "" if subject in ("", lexicon.without_accents(story)) else subject


FigureKey = tuple[str, str, tuple[str, ...], str, str, str, str]
"""subject, measure, qualifiers, role, basis, kind of unit, period label."""


def figure_key(claim: Claim, story: str) -> FigureKey:
    assert claim.quantity is not None
    return (
        subject_key(claim, story),
        claim.measure,
        # "to Marrakesch" and "to Marrakech" are one distance.
        tuple(sorted(_place_qualifier(q) for q in claim.qualifiers)),
        claim.role,
        claim.basis,
        dimension(claim.quantity.unit),
        claim.period.label if claim.period else "",
    )


def stance_key(claim: Claim, story: str) -> tuple[str, ...]:
    """question, subject, and the measure it is about where the question has one."""
    return claim.question, subject_key(claim, story), claim.measure, *sorted(claim.qualifiers)


def distinctive_value(value: float) -> bool:
    """A figure unlikely to recur by chance: two or more significant digits, not ending in 5
    or 0 ("91 %", "20,078", "1.56 bn"; not "100 million", "25 %")."""
    # The mantissa's digits: "1e+08" (100 million) has one, not the four of "1+08".
    digits = f"{abs(value):.5e}".split("e")[0].replace(".", "").rstrip("0")
    return len(digits) >= 2 and digits[-1] != "5"


def _place_qualifier(qualifier: str) -> str:
    return f"to {lexicon.place_key(qualifier[3:])}" if qualifier.startswith("to ") else qualifier


def telling_figure(claim: Claim) -> bool:
    """A figure whose value tells which statement it comes from: distinctive ("91 %", not
    "25 %"), and a level, or a change of what is no amount: two amounts changing by the same
    per cent ("fell 16 %") recur by chance, while a risk's change ("91 % higher") is the
    figure a study reports."""
    if claim.quantity is None or not distinctive_value(claim.quantity.value):
        return False
    if not claim.basis.startswith("change"):
        return True
    measure = lexicon.measure(claim.measure)
    return measure is not None and not measure.additive


def confusable_measures() -> frozenset[frozenset[str]]:
    """Pairs of measures a reporter may take for each other (measures.toml `confused_with`)."""
    return frozenset(
        frozenset((m.name, other)) for m in lexicon.measures() for other in m.confused_with
    )
