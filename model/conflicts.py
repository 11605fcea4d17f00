"""Stage 8: where claims cannot all be true, and why.

Two figures are compared only when their keys are equal: subject, measure, qualifiers, role,
basis, the kind of unit and the period (an inherited period counts, at lower confidence; an
unknown one is never a wildcard). They conflict when their intervals (rounding, qualifiers,
ranges, "mehr als" and "unter" as open bounds) cannot both hold; the same number in two
currencies is a conflict too, since one of them is mislabelled. Across periods: a part of a
span cannot exceed the whole span for an additive measure ("115 bn in 2026" against "100 bn
over five years"), and a running total cannot shrink ("1.3 million by 2024", "350,000 by
2026"). A figure whose period the page leaves undatable ("in diesem Jahr" on an undated page) is
compared, at lower confidence, with the closest dated figures. Figures in one alignment group
that differ only because their periods differ get a "different period" note, never a conflict.
Stances conflict on opposite poles of one question about one subject; a source on both sides
contradicts itself.

The story's subject: the organisation most sources name (in at least half of them) is the
subject of every claim that names no other, so "Meta" and "der Konzern" and an unnamed subject
are one key, while "Microsoft" is another.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, pairwise

from seedview.model import lexicon
from seedview.model.claims import measure_label, subject_name
from seedview.model.keys import FigureKey, figure_key, story_subject, subject_key
from seedview.model.schema import Claim, Conflict, Group, Quantity, Source

CERTAIN = 0.85
UNDATED = 0.45
LABELS_NAMED = 5  # sources named in an explanation before "and N more"
MAX_SIDE_STATEMENTS = 3  # values quoted per side before "…"
MAX_PASSAGES_SIDE = 6
# Figures with no period stated are compared only when within this factor of each other: an
# article giving "10 Mrd." and "600 Mrd." for investment with no period names two things.
UNSTATED_RATIO = 3.0
INTERNAL_RATIO = 1.5  # within one article, tighter: "mehr als 100" against "nur 95 Millionen"  # passages a stance conflict cites per side


def _labels(ids: Iterable[str], labels: dict[str, str]) -> str:
    names = [labels.get(i, i) for i in dict.fromkeys(ids)]
    if len(names) == 1:
        return names[0]
    if len(names) > LABELS_NAMED:  # a hundred outlets printing one figure: name a few
        return ", ".join(names[:LABELS_NAMED]) + f" and {len(names) - LABELS_NAMED} more"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _says(ids: Iterable[str]) -> str:
    return "says" if len(dict.fromkeys(ids)) == 1 else "say"


def _conflict_id(kind: str, claim_ids: Iterable[str]) -> str:
    return "x-" + hashlib.sha1((kind + "|" + "|".join(sorted(claim_ids))).encode()).hexdigest()[:8]


# --- intervals ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounds:
    """What a quantity's wording allows, with "mehr als 100" open at 100."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False


def bounds(quantity: Quantity) -> Bounds:
    if quantity.qualifier == "over":
        return Bounds(quantity.value, quantity.high, low_open=True)
    if quantity.qualifier == "under":
        return Bounds(quantity.low, quantity.value, high_open=True)
    return Bounds(quantity.low, quantity.high)


def disjoint(a: Quantity, b: Quantity) -> bool:
    """True when no value satisfies both wordings."""
    x, y = bounds(a), bounds(b)
    if x.high < y.low or y.high < x.low:
        return True
    if x.high == y.low and (x.high_open or y.low_open):
        return True
    return y.high == x.low and (y.high_open or x.low_open)


def _overlap(a: Claim, b: Claim) -> bool:
    assert a.quantity is not None and b.quantity is not None
    return not disjoint(a.quantity, b.quantity)


# --- keys ---------------------------------------------------------------------------------


def _key_words(key: FigureKey, language: str, story: str = "", with_period: bool = True) -> str:
    subject, measure, qualifiers, role, basis, _dim, period = key
    subject = subject or story
    words = measure_label(measure, "en")
    if qualifiers:
        words = " ".join(q for q in qualifiers if q not in ("total", "part")) + " " + words
        if "total" in qualifiers:
            words = "total " + words
        if "part" in qualifiers:
            words = "part of the " + words
    words = words.strip()
    if basis != "level":
        words += f" ({basis})"
    if role != "reported":
        words = f"{role} {words}"
    words += f" of {subject_name(subject)}" if subject else ""
    if with_period:
        words += f" for {_period_text(period)}" if period else " (no period stated)"
    return words


def _period_text(period: str) -> str:
    if period.startswith("?"):
        return "an undated period"
    if ".." in period:
        first, last = period.split("..")
        return f"{first or '…'}–{last or 'now'}"
    return period


@lru_cache(maxsize=10_000)  # a figure is compared with many others: word it once
def _quantity_text(quantity: Quantity) -> str:
    return f"“{quantity.text}”"


def _statement_text(members: list[Claim]) -> str:
    texts = list(dict.fromkeys(_quantity_text(c.quantity) for c in members if c.quantity))
    shown = ", ".join(texts[:MAX_SIDE_STATEMENTS])
    return shown + (" …" if len(texts) > MAX_SIDE_STATEMENTS else "")


def _confidence(claims: Iterable[Claim], base: float) -> float:
    return round(base * min(c.confidence for c in claims), 3)


# --- figures ------------------------------------------------------------------------------


def value_conflicts(
    claims: list[Claim], labels: dict[str, str], story: str, language: str
) -> list[Conflict]:
    figures = [c for c in claims if c.kind == "figure" and c.quantity and c.measure]
    buckets: dict[FigureKey, list[Claim]] = defaultdict(list)
    for claim in figures:
        buckets[figure_key(claim, story)].append(claim)
    conflicts: list[Conflict] = []
    for key, members in buckets.items():
        if key[6].startswith("?"):
            continue
        conflicts.extend(_bucket_conflicts(key, members, labels, language, story))
    conflicts.extend(_undated_conflicts(buckets, labels, story, language))
    conflicts.extend(_span_conflicts(buckets, labels, language, story))
    return conflicts


def _statements(members: list[Claim]) -> list[list[Claim]]:
    """Claims with the same unit and interval are one statement, however many print it."""
    by_wording: dict[tuple[str, float, float, str], list[Claim]] = defaultdict(list)
    for claim in members:
        assert claim.quantity is not None
        q = claim.quantity
        by_wording[(q.unit, round(q.low, 6), round(q.high, 6), q.qualifier)].append(claim)
    return list(by_wording.values())


def _bucket_conflicts(
    key: FigureKey, members: list[Claim], labels: dict[str, str], language: str, story: str
) -> list[Conflict]:
    """Statements of one key as positions (statements that can all hold at once, in order of
    size), and a conflict between each two neighbouring positions: a reader sees "100,000
    against 250,000" once, not once per pair of outlets that print them."""
    statements = _statements(members)
    conflicts = []
    for side_a, side_b in combinations(statements, 2):
        a, b = side_a[0].quantity, side_b[0].quantity
        assert a is not None and b is not None
        if (
            key[5] == "money"
            and "XXX" not in (a.unit, b.unit)
            and a.unit != b.unit
            and _same_number(a, b)
            and not _one_sentence(side_a, side_b)
        ):
            reason = "the same figure in two currencies: one of them is mislabelled"
            conflicts.append(
                _figure_conflict(key, side_a, side_b, labels, language, reason, story=story)
            )
    currencies = Counter(s[0].quantity.unit for s in statements if s[0].quantity)
    main_unit = currencies.most_common(1)[0][0] if currencies else ""
    by_unit: dict[str, list[list[Claim]]] = defaultdict(list)
    for statement in statements:
        assert statement[0].quantity is not None
        unit = statement[0].quantity.unit
        if key[5] != "money" or unit == "XXX":
            unit = main_unit if key[5] == "money" else ""  # compared by number with any
        by_unit[unit].append(statement)
    for group in by_unit.values():
        positions = _positions(group)
        for left, right in pairwise(positions):
            low_side = max(left, key=lambda s: bounds(_q(s)).high)
            high_side = min(right, key=lambda s: bounds(_q(s)).low)
            if not _comparable(key, low_side, high_side):
                continue
            side_a = [c for s in left for c in s]
            side_b = [c for s in right for c in s]
            conflicts.append(
                _figure_conflict(
                    key, _cited(side_a, []), _cited(side_b, []), labels, language, story=story
                )
            )
    return conflicts


def _q(statement: list[Claim]) -> Quantity:
    assert statement[0].quantity is not None
    return statement[0].quantity


def _positions(statements: list[list[Claim]]) -> list[list[list[Claim]]]:
    """Statements in order of size, cut into runs that can all hold at once."""
    ordered = sorted(statements, key=lambda s: (bounds(_q(s)).low, bounds(_q(s)).high))
    positions: list[list[list[Claim]]] = []
    for statement in ordered:
        if positions and all(not disjoint(_q(statement), _q(other)) for other in positions[-1]):
            positions[-1].append(statement)
        else:
            positions.append([statement])
    return positions


def _one_sentence(side_a: list[Claim], side_b: list[Claim]) -> bool:
    return {c.passage for c in side_a} == {c.passage for c in side_b}


def _comparable(key: FigureKey, side_a: list[Claim], side_b: list[Claim]) -> bool:
    """Whether two disagreeing statements are worth a reader's time as a contradiction."""
    a, b = _q(side_a), _q(side_b)
    internal = {c.source for c in side_a} == {c.source for c in side_b}
    if internal and _one_sentence(side_a, side_b):
        return False  # one sentence giving two figures gives two things
    if not key[6] and _ratio(a, b) > (INTERNAL_RATIO if internal else UNSTATED_RATIO):
        return False  # no period stated and far apart in size: two different things
    # One article counting one thing twice differently is counting two things.
    return not (internal and key[5] == "count" and len({c.source for c in side_a}) == 1)


def _ratio(a: Quantity, b: Quantity) -> float:
    small, large = sorted((abs(a.value), abs(b.value)))
    return large / small if small else math.inf


def _same_number(a: Quantity, b: Quantity) -> bool:
    """'100 Millionen Franken' and '100 Millionen Euro': one number, as written, in two units."""
    plain = ("", "approx")
    return a.qualifier in plain and b.qualifier in plain and math.isclose(a.value, b.value)


def _figure_conflict(
    key: FigureKey,
    side_a: list[Claim],
    side_b: list[Claim],
    labels: dict[str, str],
    language: str,
    reason: str = "",
    base: float = CERTAIN,
    story: str = "",
) -> Conflict:
    # Lower values first, so explanations read in one direction.
    if (
        side_a[0].quantity
        and side_b[0].quantity
        and side_b[0].quantity.value < side_a[0].quantity.value
    ):
        side_a, side_b = side_b, side_a
    sources_a = [c.source for c in side_a]
    sources_b = [c.source for c in side_b]
    kind = "internal" if set(sources_a) == set(sources_b) and len(set(sources_a)) == 1 else "value"
    parts = [
        f"{_labels(sources_a, labels)} {_says(sources_a)} {_statement_text(side_a)}",
        f"{_labels(sources_b, labels)} {_says(sources_b)} {_statement_text(side_b)}",
    ]
    explanation = f"{kind}: {_key_words(key, language, story)}: " + "; ".join(parts)
    explanation += f" — {reason}." if reason else "."
    ids = [c.id for c in side_a + side_b]
    confidence = _confidence(side_a + side_b, base if kind == "value" else base - 0.15)
    return Conflict(
        id=_conflict_id(kind, ids),
        kind=kind,  # type: ignore[arg-type]
        passages=list(dict.fromkeys(c.passage for c in side_a + side_b)),
        claims=ids,
        sources=list(dict.fromkeys(sources_a + sources_b)),
        explanation=explanation,
        confidence=confidence,
        compared=[_statement_text(side_a), _statement_text(side_b)],
    )


def _years(period: str) -> tuple[int, int] | None:
    """The years a period spans: '2025' -> (2025, 2025), '2026..2030' -> (2026, 2030)."""
    try:
        if ".." in period:
            first, last = period.split("..")
            return int(first), int(last)
        return (int(period), int(period)) if period.isdigit() else None
    except ValueError:
        return None


def _span_conflicts(
    buckets: dict[FigureKey, list[Claim]], labels: dict[str, str], language: str, story: str
) -> list[Conflict]:
    """A part cannot exceed the whole (additive measures over nested spans); a running total
    cannot shrink (cumulative measures 'by' a later year)."""
    by_measure: dict[tuple[str, ...], list[tuple[str, list[Claim], FigureKey]]] = defaultdict(list)
    for key, members in buckets.items():
        subject, measure_name, qualifiers, role, basis, dim, period = key
        by_measure[(subject, measure_name, *qualifiers, "|", role, basis, dim)].append(
            (period, members, key)
        )
    conflicts: list[Conflict] = []
    for entries in by_measure.values():
        measure = lexicon.measure(entries[0][2][1])
        if measure is None or not (measure.additive or measure.cumulative):
            continue
        for (p1, m1, k1), (p2, m2, k2) in combinations(entries, 2):
            for part, whole, part_key, period_part, period_whole in (
                (m1, m2, k1, p1, p2),
                (m2, m1, k2, p2, p1),
            ):
                if measure.additive and _inside(period_part, period_whole):
                    worse = [(a, b) for a in part for b in whole if _exceeds(a, b)]
                    reason = f"the figure for {_period_text(period_part)} alone exceeds the one for all of {_period_text(period_whole)}"
                elif measure.cumulative and _earlier_total(period_part, period_whole):
                    worse = [(a, b) for a in part for b in whole if _exceeds(a, b)]
                    reason = f"a running total cannot be smaller {_period_text(period_whole)} than {_period_text(period_part)}"
                else:
                    continue
                if not worse:
                    continue
                side_a = list({a.id: a for a, _ in worse}.values())
                side_b = list({b.id: b for _, b in worse}.values())
                conflicts.append(
                    _figure_conflict(
                        (*part_key[:6], ""),
                        side_a,
                        side_b,
                        labels,
                        language,
                        reason,
                        0.75,
                        story,
                    )
                )
    return conflicts


def _inside(part: str, whole: str) -> bool:
    inner, outer = _years(part), _years(whole)
    if inner is None or outer is None or inner == outer:
        return False
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _earlier_total(earlier: str, later: str) -> bool:
    if not (earlier.startswith("..") and later.startswith("..")):
        return False
    try:
        return int(earlier[2:]) < int(later[2:])
    except ValueError:
        return False


def _exceeds(a: Claim, b: Claim) -> bool:
    assert a.quantity is not None and b.quantity is not None
    return (
        a.quantity.unit == b.quantity.unit
        and a.passage != b.passage
        and bounds(a.quantity).low > bounds(b.quantity).high
    )


def _undated_conflicts(
    buckets: dict[FigureKey, list[Claim]], labels: dict[str, str], story: str, language: str
) -> list[Conflict]:
    """'In diesem Jahr' on an undated page: compared with the closest dated year, unsure."""
    conflicts = []
    for key, members in buckets.items():
        period = key[6]
        if period not in ("?-year", "?-Q1", "?-Q2", "?-Q3", "?-Q4"):
            continue
        quarter = period[-3:] if "-Q" in period else ""
        for claim in members:
            match = _closest_dated(claim, key, buckets, quarter)
            if match is None:
                continue
            dated_key, dated = match
            dated_sources = [c.source for c in dated]
            assert claim.quantity is not None
            explanation = (
                f"value: {_key_words(key, language, story, with_period=False)}: "
                f"{labels.get(claim.source, claim.source)} says {_quantity_text(claim.quantity)} "
                f"“{claim.period.text if claim.period else ''}”, which cannot be dated (the page gives no date); "
                f"{_labels(dated_sources, labels)} {_says(dated_sources)} {_statement_text(dated)} for {dated_key[6]}. "
                f"A conflict if both mean {dated_key[6]}."
            )
            ids = [claim.id, *(c.id for c in dated)]
            conflicts.append(
                Conflict(
                    id=_conflict_id("value", ids),
                    kind="value",
                    passages=list(dict.fromkeys([claim.passage, *(c.passage for c in dated)])),
                    claims=ids,
                    sources=list(dict.fromkeys([claim.source, *dated_sources])),
                    explanation=explanation,
                    confidence=UNDATED,
                    compared=[_quantity_text(claim.quantity), _statement_text(dated)],
                )
            )
    return conflicts


def _closest_dated(
    claim: Claim, key: FigureKey, buckets: dict[FigureKey, list[Claim]], quarter: str
) -> tuple[FigureKey, list[Claim]] | None:
    assert claim.quantity is not None
    best: tuple[float, FigureKey, list[Claim]] | None = None
    for other_key, members in buckets.items():
        period = other_key[6]
        if other_key[:6] != key[:6] or not period or period.startswith("?") or ".." in period:
            continue
        if bool(quarter) != ("-Q" in period) or (quarter and not period.endswith(quarter)):
            continue
        others = [m for m in members if m.source != claim.source and m.quantity]
        if not others:
            continue
        gap = min(
            abs(math.log(max(o.quantity.value, 1e-9) / max(claim.quantity.value, 1e-9)))
            for o in others
            if o.quantity
        )
        if best is None or gap < best[0]:
            best = (gap, other_key, others)
    if best is None or any(_overlap(claim, other) for other in best[2]):
        return None
    return best[1], best[2]


# --- stances ------------------------------------------------------------------------------


def stance_conflicts(claims: list[Claim], labels: dict[str, str], story: str) -> list[Conflict]:
    by_key: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "stance":
            by_key[(claim.question, subject_key(claim, story))].append(claim)
    conflicts: list[Conflict] = []
    for (name, subject), members in by_key.items():
        question = lexicon.question(name)
        poles: dict[str, list[Claim]] = defaultdict(list)
        for claim in members:
            poles[claim.pole].append(claim)
        if len(poles) < 2:
            continue
        (pole_a, side_a), (pole_b, side_b) = sorted(poles.items(), key=lambda item: len(item[1]))
        sources_a = [c.source for c in side_a]
        sources_b = [c.source for c in side_b]
        named = subject or story
        who = (
            subject_name(named)
            if named
            else ("it" if question.subject == "story" else "the subject")
        )
        if set(sources_a) - set(sources_b) or set(sources_b) - set(sources_a):
            only_a, only_b = _cited(side_a, sources_b), _cited(side_b, sources_a)
            ids = [c.id for c in only_a + only_b]
            explanation = (
                f"stance ({name}): {_labels(_src(only_a), labels)} {_says(_src(only_a))} {who} "
                f"{_phrase(question, pole_a, only_a)} ({_quote(only_a)}); "
                f"{_labels(_src(only_b), labels)} {_says(_src(only_b))} {who} "
                f"{_phrase(question, pole_b, only_b)} ({_quote(only_b)})."
            )
            spread = len(set(_src(only_a) + _src(only_b)))
            conflicts.append(
                Conflict(
                    id=_conflict_id("stance", ids),
                    kind="stance",
                    passages=list(dict.fromkeys(c.passage for c in only_a + only_b)),
                    claims=ids,
                    sources=list(dict.fromkeys(_src(only_a) + _src(only_b))),
                    explanation=explanation,
                    confidence=_confidence(only_a + only_b, 0.9 if spread >= 3 else 0.8),
                    compared=[pole_a, pole_b],
                )
            )
        for source in sorted(set(sources_a) & set(sources_b)):
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
                        f"internal ({name}): {label} says both that {who} "
                        f"{question.poles[pole_a].phrase} ({_quote([c for c in mine if c.pole == pole_a])}) "
                        f"and that {who} {question.poles[pole_b].phrase} ({_quote([c for c in mine if c.pole == pole_b])})."
                    ),
                    confidence=_confidence(mine, 0.7),
                    compared=[pole_a, pole_b],
                )
            )
    return conflicts


def _cited(side: list[Claim], other_sources: list[str]) -> list[Claim]:
    """The claims a conflict cites for one side: every source once (those only on this side
    first), at most MAX_PASSAGES_SIDE passages, so a reader can check each."""
    by_source: dict[str, list[Claim]] = {}
    for claim in sorted(side, key=lambda c: (c.source in other_sources, -c.confidence)):
        by_source.setdefault(claim.source, []).append(claim)
    rounds = max(len(claims) for claims in by_source.values())
    cited = [claims[i] for i in range(rounds) for claims in by_source.values() if i < len(claims)]
    return cited[:MAX_PASSAGES_SIDE]


def _src(claims: list[Claim]) -> list[str]:
    return [c.source for c in claims]


def _quote(claims: list[Claim]) -> str:
    return ", ".join(f"“{e}”" for e in list(dict.fromkeys(c.evidence for c in claims))[:2])


def _phrase(question: lexicon.Question, pole: str, side: list[Claim]) -> str:
    if all(c.shift for c in side):
        return question.poles[pole].shift_phrase
    return question.poles[pole].phrase


# --- notes --------------------------------------------------------------------------------


def period_differences(
    claims: list[Claim], groups: list[Group], labels: dict[str, str], story: str, language: str
) -> list[Conflict]:
    """Figures shown side by side in one group that differ because their periods differ."""
    group_of: dict[str, str] = {}
    for group in groups:
        for passage in group.passages:
            group_of.setdefault(passage, group.id)
    buckets: dict[tuple[str, FigureKey], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "figure" and claim.quantity and claim.passage in group_of:
            key = figure_key(claim, story)
            buckets[(group_of[claim.passage], (*key[:6], ""))].append(claim)
    notes: list[Conflict] = []
    for (_, key), bucket in sorted(buckets.items()):
        # Copies of one figure for one period are one statement: a note per pair of
        # statements, not per pair of passages (which grows as the square of the sources).
        statements: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for claim in bucket:
            period = claim.period.label if claim.period else ""
            if period and not period.startswith("?") and claim.quantity:
                statements[(_quantity_text(claim.quantity), period)].append(claim)
        for ((a_text, a_period), a_side), ((b_text, b_period), b_side) in combinations(
            statements.items(), 2
        ):
            sources = list(dict.fromkeys(c.source for c in a_side + b_side))
            if a_period == b_period or len(sources) < 2 or _overlap(a_side[0], b_side[0]):
                continue
            a_sources, b_sources = _src(a_side), _src(b_side)
            explanation = (
                f"different period: {_key_words(key, language, story, with_period=False)}: "
                f"{_labels(a_sources, labels)} {a_text} for {_period_text(a_period)}, "
                f"{_labels(b_sources, labels)} {b_text} for {_period_text(b_period)}: "
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
                    compared=[f"{a_text} ({a_period})", f"{b_text} ({b_period})"],
                )
            )
    return notes


def find_conflicts(
    sources: list[Source], claims: list[Claim], groups: list[Group]
) -> list[Conflict]:
    labels = {s.id: s.label for s in sources}
    language = Counter(s.language for s in sources).most_common(1)[0][0] if sources else "en"
    story = story_subject(claims, len(sources))
    found = value_conflicts(claims, labels, story, language) + stance_conflicts(
        claims, labels, story
    )
    unique = list({c.id: c for c in found}.values())
    unique.sort(key=lambda c: (-c.confidence, c.explanation))
    return unique + period_differences(claims, groups, labels, story, language)
