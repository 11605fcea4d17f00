"""Stage 8: where claims cannot all be true, and why.

Value conflicts compare figures on the same entity, metric and period whose intervals (rounding,
qualifiers, ranges) do not overlap. A figure whose period the page leaves undatable ("in diesem
Jahr" on an undated page) is compared, at lower confidence, with the closest dated figures. Figures
that differ because their periods differ are reported as "different period" when the reader sees
them side by side (same alignment group), never as conflicts. Stance conflicts set the poles of one
question on one subject against each other; a source on both sides contradicts itself.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from functools import lru_cache
from itertools import combinations

from seedview.model.claims import POLE_PHRASES, SHIFT_PHRASES
from seedview.model.quantities import format_value
from seedview.model.schema import Claim, Conflict, Group, Quantity, Source

METRIC_NAMES = {
    "revenue": "revenue",
    "profit": "profit",
    "capex": "capital spending",
    "users": "users",
    "chips": "chips",
    "jobs": "jobs",
    "financing": "financing",
    "share price": "share price",
    "energy": "energy",
    "power": "power",
    "compute": "computing power",
}
CERTAIN = 0.85
UNDATED = 0.45
LABELS_NAMED = 5  # sources named in an explanation before "and N more"


def _entity_name(entity: str) -> str:
    special = {"openai": "OpenAI", "xai": "xAI", "amd": "AMD", "aws": "AWS"}
    return special.get(entity, entity.title() if entity else "the subject")


def _labels(ids: list[str], labels: dict[str, str]) -> str:
    names = [labels.get(i, i) for i in dict.fromkeys(ids)]
    if len(names) == 1:
        return names[0]
    if len(names) > LABELS_NAMED:  # a hundred outlets printing one figure: name a few
        return ", ".join(names[:LABELS_NAMED]) + f" and {len(names) - LABELS_NAMED} more"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _says(ids: list[str]) -> str:
    return "says" if len(dict.fromkeys(ids)) == 1 else "say"


def _gives(ids: list[str]) -> str:
    return "gives" if len(dict.fromkeys(ids)) == 1 else "give"


def _conflict_id(kind: str, claim_ids: list[str]) -> str:
    return "x-" + hashlib.sha1((kind + "|" + "|".join(sorted(claim_ids))).encode()).hexdigest()[:8]


def _overlap(a: Claim, b: Claim) -> bool:
    assert a.quantity is not None and b.quantity is not None
    return a.quantity.low <= b.quantity.high and b.quantity.low <= a.quantity.high


def _clusters(claims: list[Claim]) -> list[list[Claim]]:
    """Claims whose intervals overlap (directly or through others) agree with each other."""
    ordered = sorted(claims, key=lambda c: c.quantity.low if c.quantity else 0.0)
    clusters: list[list[Claim]] = []
    high = -math.inf
    for claim in ordered:
        assert claim.quantity is not None
        if clusters and claim.quantity.low <= high:
            clusters[-1].append(claim)
            high = max(high, claim.quantity.high)
        else:
            clusters.append([claim])
            high = claim.quantity.high
    return clusters


def _value_text(claim: Claim, language: str) -> str:
    assert claim.quantity is not None
    return _quantity_text(claim.quantity, language)


@lru_cache(maxsize=10_000)  # a figure is compared with many others: word it once
def _quantity_text(quantity: Quantity, language: str) -> str:
    qualifier = {
        "approx": "about ",
        "approx_below": "just under ",
        "up_to": "up to ",
        "over": "over ",
        "at_least": "at least ",
        "under": "under ",
    }.get(quantity.qualifier, "")
    if quantity.qualifier == "range":
        return f"“{quantity.text}”"  # as written: the bounds, not the rounding interval
    return qualifier + format_value(quantity.value, quantity.unit, language)


def _period_text(period: str) -> str:
    if period.startswith("?"):
        return "an undated period"
    if ".." in period:
        first, last = period.split("..")
        return f"{first or '…'}–{last or 'now'}"
    return period


def value_conflicts(claims: list[Claim], labels: dict[str, str], language: str) -> list[Conflict]:
    figures = [c for c in claims if c.kind == "figure" and c.quantity and c.period and c.entity]
    buckets: dict[tuple[str, str, str], dict[str, list[Claim]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for claim in figures:
        assert claim.quantity is not None
        unit = claim.quantity.unit.split(":")[0]
        buckets[(claim.entity, claim.metric, unit)][claim.period].append(claim)
    conflicts: list[Conflict] = []
    for (entity, metric, _unit), by_period in buckets.items():
        for period, members in by_period.items():
            if period.startswith("?") or period == "annual":
                continue
            conflicts.extend(_bucket_conflicts(entity, metric, period, members, labels, language))
        for period, undated in by_period.items():
            if not period.startswith("?"):
                continue
            for claim in undated:
                match = _closest_dated(claim, by_period)
                if match is None:
                    continue
                dated_period, dated = match
                if any(_overlap(claim, other) for other in dated):
                    continue
                conflicts.append(
                    _undated_conflict(entity, metric, claim, dated_period, dated, labels, language)
                )
    return conflicts


def _bucket_conflicts(
    entity: str,
    metric: str,
    period: str,
    members: list[Claim],
    labels: dict[str, str],
    language: str,
) -> list[Conflict]:
    clusters = _clusters(members)
    if len(clusters) < 2:
        return []
    sides = [[c.source for c in cluster] for cluster in clusters]
    kind = "internal" if len({s for side in sides for s in side}) < 2 else "value"
    parts = [
        f"{_labels(side, labels)} {_says(side)} {', '.join(dict.fromkeys(_value_text(c, language) for c in cluster))}"
        for side, cluster in zip(sides, clusters, strict=True)
    ]
    what = f"{METRIC_NAMES.get(metric.replace(' change', ''), metric)}{' growth' if metric.endswith('change') else ''}"
    explanation = (
        f"{kind}: {what} of {_entity_name(entity)} for {_period_text(period)}: "
        + "; ".join(parts)
        + "."
    )
    ids = [c.id for cluster in clusters for c in cluster]
    return [
        Conflict(
            id=_conflict_id(kind, ids),
            kind=kind,  # type: ignore[arg-type]
            passages=list(dict.fromkeys(c.passage for cluster in clusters for c in cluster)),
            claims=ids,
            sources=list(dict.fromkeys(c.source for cluster in clusters for c in cluster)),
            explanation=explanation,
            confidence=CERTAIN if kind == "value" else 0.7,
            compared=[
                ", ".join(dict.fromkeys(_value_text(c, language) for c in cluster))
                for cluster in clusters
            ],
        )
    ]


def _closest_dated(
    claim: Claim, by_period: dict[str, list[Claim]]
) -> tuple[str, list[Claim]] | None:
    """The dated figures an undated one most plausibly speaks of: same kind of period, nearest value."""
    assert claim.quantity is not None
    if claim.period not in ("?-year", "?-Q1", "?-Q2", "?-Q3", "?-Q4"):
        return None  # an undated span ("the next five years") has no single-year counterpart
    quarter = claim.period.endswith(("-Q1", "-Q2", "-Q3", "-Q4"))
    best: tuple[float, str, list[Claim]] | None = None
    for period, members in by_period.items():
        if period.startswith("?") or ".." in period or period == "annual":
            continue
        if quarter != ("-Q" in period) or (quarter and not period.endswith(claim.period[-3:])):
            continue
        others = [m for m in members if m.source != claim.source]
        if not others:
            continue
        gap = min(
            abs(math.log(max(o.quantity.value, 1e-9) / max(claim.quantity.value, 1e-9)))
            for o in others
            if o.quantity
        )
        if best is None or gap < best[0]:
            best = (gap, period, others)
    return (best[1], best[2]) if best else None


def _undated_conflict(
    entity: str,
    metric: str,
    claim: Claim,
    period: str,
    dated: list[Claim],
    labels: dict[str, str],
    language: str,
) -> Conflict:
    dated_sources = [c.source for c in dated]
    values = ", ".join(dict.fromkeys(_value_text(c, language) for c in dated))
    what = METRIC_NAMES.get(metric.replace(" change", ""), metric)
    explanation = (
        f"value: {what} of {_entity_name(entity)}: {labels.get(claim.source, claim.source)} says "
        f"{_value_text(claim, language)} “{claim.period_text}”, which cannot be dated (the page gives no date); "
        f"{_labels(dated_sources, labels)} {_says(dated_sources)} {values} for {period}. "
        f"A conflict if both mean {period}."
    )
    ids = [claim.id, *(c.id for c in dated)]
    return Conflict(
        id=_conflict_id("value", ids),
        kind="value",
        passages=list(dict.fromkeys([claim.passage, *(c.passage for c in dated)])),
        claims=ids,
        sources=list(dict.fromkeys([claim.source, *dated_sources])),
        explanation=explanation,
        confidence=UNDATED,
        compared=[_value_text(claim, language), values],
    )


def stance_conflicts(claims: list[Claim], labels: dict[str, str]) -> list[Conflict]:
    stances = [c for c in claims if c.kind == "stance"]
    by_subject: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in stances:
        by_subject[(claim.question, claim.entity)].append(claim)
    conflicts: list[Conflict] = []
    for (question, entity), members in by_subject.items():
        poles: dict[str, list[Claim]] = defaultdict(list)
        for claim in members:
            poles[claim.pole].append(claim)
        if len(poles) < 2:
            continue
        (pole_a, side_a), (pole_b, side_b) = sorted(poles.items(), key=lambda item: len(item[1]))
        sources_a = [c.source for c in side_a]
        sources_b = [c.source for c in side_b]
        name = _entity_name(entity)
        ids = [c.id for c in side_a + side_b]
        passages = list(dict.fromkeys(c.passage for c in side_a + side_b))
        if set(sources_a) - set(sources_b) or set(sources_b) - set(sources_a):
            explanation = (
                f"stance: {_labels(sources_a, labels)} {_says(sources_a)} {name} {_phrase(question, pole_a, side_a)}; "
                f"{_labels(sources_b, labels)} {_says(sources_b)} {name} {_phrase(question, pole_b, side_b)}."
            )
            confidence = 0.9 if len(set(sources_a + sources_b)) >= 3 else 0.8
            conflicts.append(
                Conflict(
                    id=_conflict_id("stance", ids),
                    kind="stance",
                    passages=passages,
                    claims=ids,
                    sources=list(dict.fromkeys(sources_a + sources_b)),
                    explanation=explanation,
                    confidence=confidence,
                    compared=[pole_a, pole_b],
                )
            )
        for source in set(sources_a) & set(sources_b):
            mine = [c for c in side_a + side_b if c.source == source]
            label = labels.get(source, source)
            conflicts.append(
                Conflict(
                    id=_conflict_id("internal", [c.id for c in mine]),
                    kind="internal",
                    passages=list(dict.fromkeys(c.passage for c in mine)),
                    claims=[c.id for c in mine],
                    sources=[source],
                    explanation=(
                        f"internal: {label} says both that {name} {POLE_PHRASES[(question, pole_a)]} "
                        f"and that it {POLE_PHRASES[(question, pole_b)]}."
                    ),
                    confidence=0.7,
                    compared=[pole_a, pole_b],
                )
            )
    return conflicts


def _phrase(question: str, pole: str, side: list[Claim]) -> str:
    if all(c.evidence.startswith("shift: ") for c in side):
        return SHIFT_PHRASES[(question, pole)]
    return POLE_PHRASES[(question, pole)]


def period_differences(
    claims: list[Claim], groups: list[Group], labels: dict[str, str], language: str
) -> list[Conflict]:
    """Figures shown side by side in one group that differ because their periods differ."""
    group_of: dict[str, str] = {}
    for group in groups:
        for passage in group.passages:
            group_of[passage] = group.id
    figures = [
        c
        for c in claims
        if c.kind == "figure" and c.quantity and c.period and c.passage in group_of
    ]
    # Only figures in one group, about one entity and metric, are ever compared.
    buckets: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in figures:
        buckets[(group_of[claim.passage], claim.entity, claim.metric)].append(claim)
    notes: list[Conflict] = []
    for bucket in buckets.values():
        # Copies of one figure for one period are one statement, however many sources print
        # it: a note per pair of statements, not per pair of passages (which grows as the
        # square of the sources).
        statements: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for claim in bucket:
            if not claim.period.startswith("?"):
                statements[(_value_text(claim, language), claim.period)].append(claim)
        for (a_key, a_side), (b_key, b_side) in combinations(statements.items(), 2):
            a, b = a_side[0], b_side[0]
            sources = list(dict.fromkeys(c.source for c in a_side + b_side))
            if a.period == b.period or len(sources) < 2 or _overlap(a, b):
                continue
            what = METRIC_NAMES.get(a.metric.replace(" change", ""), a.metric)
            a_sources = [c.source for c in a_side]
            b_sources = [c.source for c in b_side]
            explanation = (
                f"different period: {_labels(a_sources, labels)} {_gives(a_sources)} {what} of "
                f"{_entity_name(a.entity)} as {a_key[0]} for {_period_text(a.period)}, "
                f"{_labels(b_sources, labels)} {b_key[0]} for {_period_text(b.period)}: "
                "not a contradiction."
            )
            claim_ids = [c.id for c in a_side + b_side]
            notes.append(
                Conflict(
                    id=_conflict_id("different_period", claim_ids),
                    kind="different_period",
                    passages=list(dict.fromkeys(c.passage for c in a_side + b_side)),
                    claims=claim_ids,
                    sources=sources,
                    explanation=explanation,
                    confidence=0.0,
                    compared=[f"{a_key[0]} ({a.period})", f"{b_key[0]} ({b.period})"],
                )
            )
    return notes


def find_conflicts(
    sources: list[Source], claims: list[Claim], groups: list[Group]
) -> list[Conflict]:
    labels = {s.id: s.label for s in sources}
    language = sources[0].language if sources else "de"
    found = value_conflicts(claims, labels, language) + stance_conflicts(claims, labels)
    found.sort(key=lambda c: (-c.confidence, c.explanation))
    return found + period_differences(claims, groups, labels, language)
