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
from itertools import combinations

from seedview.model.claims import POLE_PHRASES, SHIFT_PHRASES
from seedview.model.quantities import format_value
from seedview.model.schema import Claim, Conflict, Group, Source

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


def _entity_name(entity: str) -> str:
    special = {"openai": "OpenAI", "xai": "xAI", "amd": "AMD", "aws": "AWS"}
    return special.get(entity, entity.title() if entity else "the subject")


def _labels(ids: list[str], labels: dict[str, str]) -> str:
    names = [labels.get(i, i) for i in dict.fromkeys(ids)]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _says(ids: list[str]) -> str:
    return "says" if len(dict.fromkeys(ids)) == 1 else "say"


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
    qualifier = {
        "approx": "about ",
        "approx_below": "just under ",
        "up_to": "up to ",
        "over": "over ",
        "at_least": "at least ",
        "under": "under ",
    }.get(claim.quantity.qualifier, "")
    if claim.quantity.qualifier == "range":
        return f"“{claim.quantity.text}”"  # as written: the bounds, not the rounding interval
    return qualifier + format_value(claim.quantity.value, claim.quantity.unit, language)


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
    seen: set[tuple[str, str]] = set()
    for a, b in (pair for bucket in buckets.values() for pair in combinations(bucket, 2)):
        if a.source == b.source or a.period == b.period:
            continue
        if a.period.startswith("?") or b.period.startswith("?") or _overlap(a, b):
            continue
        key = (min(a.passage, b.passage), max(a.passage, b.passage))
        if key in seen:
            continue
        seen.add(key)
        what = METRIC_NAMES.get(a.metric.replace(" change", ""), a.metric)
        explanation = (
            f"different period: {labels.get(a.source, a.source)} gives {what} of {_entity_name(a.entity)} "
            f"as {_value_text(a, language)} for {_period_text(a.period)}, {labels.get(b.source, b.source)} "
            f"{_value_text(b, language)} for {_period_text(b.period)}: not a contradiction."
        )
        notes.append(
            Conflict(
                id=_conflict_id("different_period", [a.id, b.id]),
                kind="different_period",
                passages=[a.passage, b.passage],
                claims=[a.id, b.id],
                sources=[a.source, b.source],
                explanation=explanation,
                confidence=0.0,
                compared=[
                    f"{_value_text(a, language)} ({a.period})",
                    f"{_value_text(b, language)} ({b.period})",
                ],
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
