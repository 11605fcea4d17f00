"""The derived view of an analysis that the widgets read: a conflict's sides, fact rows.

Plain functions over the schema, no widgets: the panes and the facts table ask here how to
group what the analysis found, so a change of the claim model changes one function.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seedview.model.records import AnyPassage
    from seedview.model.schema import Claim, Conflict


@dataclass
class Side:
    """One position in a conflict: what it says, and the passages that say it."""

    label: str
    passages: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


BOUNDS = frozenset({"over", "under", "at_least", "up_to"})  # qualifiers that bound


def _side_key(claim: Claim, kind: str = "") -> str:
    if kind == "measure":  # one figure, read as two measures: a side per reading
        return f"measure:{claim.measure}"
    if claim.kind == "stance":
        return f"stance:{claim.pole}"
    if claim.kind == "date":
        return f"date:{claim.day}"
    if claim.kind == "origin":  # where a source places the study: a side per country
        return f"origin:{claim.pole}"
    if claim.quantity is not None:  # "bis zu 72 Mrd." and "über 72 Milliarden": one side
        # "stieg um 12 Prozent" and "sank um 12 Prozent": two sides.
        key = f"value:{claim.quantity.unit}:{claim.quantity.value:.6g}:{claim.direction}"
        if kind == "approximate" and claim.quantity.qualifier in BOUNDS:
            key += ":bound"  # "72 Milliarden" and "über 72 Milliarden": the figure, a bound
        return key
    return f"claim:{claim.id}"


def _side_label(claim: Claim, kind: str = "") -> str:
    if kind == "measure":
        from seedview.model.claims import measure_label  # loaded by then: the analysis ran

        return measure_label(claim.measure)
    if claim.kind == "stance":
        return claim.pole
    if claim.quantity is None:
        return claim.evidence
    return claim.quantity.text + {"up": " ↑", "down": " ↓"}.get(claim.direction, "")


def conflict_sides(conflict: Conflict, claims: dict[str, Claim]) -> list[Side]:
    """The conflict's positions, in the order the explanation names them; a passage on two
    sides (a source contradicting itself) appears under both."""
    sides: dict[str, Side] = {}
    for claim_id in conflict.claims:
        claim = claims.get(claim_id)
        if claim is None:
            continue
        side = sides.setdefault(
            _side_key(claim, conflict.kind), Side(_side_label(claim, conflict.kind))
        )
        side.claims.append(claim)
        if claim.passage not in side.passages:
            side.passages.append(claim.passage)
    for passage_id in conflict.passages:  # passages the claims do not name: their own side
        if not any(passage_id in s.passages for s in sides.values()):
            sides.setdefault("other", Side("")).passages.append(passage_id)
    return list(sides.values())


@dataclass(frozen=True)
class FactRow:
    claim: Claim
    source: str
    value: str  # as the passage writes it
    role: str
    period: str
    quote: str
    disagrees: bool


@dataclass(frozen=True)
class FactGroup:
    key: tuple[str, ...]
    label: str  # the key in words, for titles and the palette
    rows: list[FactRow]

    @property
    def disputed(self) -> bool:
        return any(row.disagrees for row in self.rows)


def fact_groups(
    claims: list[Claim], passages: dict[str, AnyPassage], language: str = "en"
) -> list[FactGroup]:
    """Claims stating one fact, as table rows, disputed facts first. What "one fact" means is
    the model's `fact_key`, the key the fact groups of the analysis are made by, and so is
    its label (`fact_label`, in the corpus's `language`)."""
    from seedview.model.facts import fact_key, fact_label
    from seedview.model.keys import story_subject

    story = story_subject(claims, len({c.source for c in claims}))
    by_key: dict[tuple[str, ...], list[Claim]] = {}
    for claim in claims:
        key = fact_key(claim, story)
        if key is not None:
            by_key.setdefault(key, []).append(claim)
    groups = [
        FactGroup(key, fact_label(key, members, language), fact_rows(members, passages))
        for key, members in by_key.items()
        if len({c.source for c in members}) >= 2  # a table compares sources
    ]
    groups.sort(key=lambda g: (not g.disputed, g.label))
    return groups


def conflict_facts(
    conflict: Conflict, claims: dict[str, Claim], passages: dict[str, AnyPassage]
) -> FactGroup:
    """The table for one conflict: its claims, whatever keys they were compared under."""
    members = [claims[c] for c in conflict.claims if c in claims]
    what = conflict.explanation.split(": ", 1)[-1]  # after the kind
    label = f"conflict · {what.split(': ', 1)[0] if ': ' in what else what[:60]}"
    return FactGroup(("conflict", conflict.id), label, fact_rows(members, passages))


def fact_rows(members: list[Claim], passages: dict[str, AnyPassage]) -> list[FactRow]:
    """One row per claim; a row disagrees when its value differs from the most common one."""
    values = [_value_key(c) for c in members]
    common = max(set(values), key=values.count) if values else ""
    rows = []
    for claim, value in zip(members, values, strict=True):
        passage = passages.get(claim.passage)
        written = claim.quantity.text if claim.quantity else claim.evidence
        period = claim.period.label if claim.period else ""
        if claim.period and claim.period.text and claim.period.text not in period:
            period = f"{period} („{claim.period.text}“)".strip()
        rows.append(
            FactRow(
                claim=claim,
                source=claim.source,
                value=written,
                role=claim.role if claim.quantity else claim.pole,
                period=period,
                quote=_quote(passage.text if passage else claim.evidence, written),
                disagrees=value != common,
            )
        )
    return rows


def _quote(text: str, value: str, width: int = 110) -> str:
    """The passage around the value, so the table shows the words that state it."""
    text = " ".join(text.split())
    at = max(0, text.find(value))
    start = max(0, at - width // 3)
    part = text[start : start + width]
    return ("…" if start else "") + part + ("…" if start + width < len(text) else "")


def _value_key(claim: Claim) -> str:
    quantity = claim.quantity
    if quantity is not None:
        return f"{quantity.unit}:{quantity.value:.6g}"
    return f"{claim.question}:{claim.pole}"
