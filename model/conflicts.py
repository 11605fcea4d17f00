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
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import combinations, pairwise

from seedview.model import days, lexicon
from seedview.model.claims import AT_EXTREME, dimension, measure_label, subject_name
from seedview.model.durations import is_duration_measure
from seedview.model.keys import (
    FigureKey,
    confusable_measures,
    distinctive_value,
    figure_key,
    story_subject,
    subject_key,
    telling_figure,
)
from seedview.model.normalize import zipf
from seedview.model.quantities import is_vague_length
from seedview.model.schema import Claim, Conflict, Group, Quantity, Source
from seedview.model.since import RECORD

CERTAIN = 0.85
UNDATED = 0.45
INHERITED = 0.6  # a figure stating no period, compared in the one period the story's others state
APPROXIMATE = 0.3  # figures that differ yet can both hold: after every contradiction
LABELS_NAMED = 5  # sources named in an explanation before "and N more"
MAX_SIDE_STATEMENTS = 3  # values quoted per side before "…"
MAX_PASSAGES_SIDE = 6
# Figures with no period stated are compared only when within this factor of each other: an
# article giving "10 Mrd." and "600 Mrd." for investment with no period names two things.
UNSTATED_RATIO = 3.0
SPANS = "spans"  # a key compared across periods; its explanation names them
# A part this many times its whole is more likely another thing than a contradiction
# ("2,9 Billionen" of all US companies against one company's "100 Milliarden").
FAR_APART = 10.0
MONEY_SLIP = 100.0
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
    if (
        # Hours stated as hours round to the hour (an interval of one); months and years of a
        # trial are rounded lengths that can both hold ("three months", "four-month").
        (quantity.unit == "%" or (quantity.unit == "h" and quantity.high - quantity.low <= 1.0))
        and not quantity.qualifier
        and quantity.low < quantity.value < quantity.high
    ):
        # A rounded share rounds half up: "4 %" is [3.5, 4.5), so "5 %" is another, as "35
        # Stunden" and "a 36-hour week" are two. (A rounded "9m" and "10 million" may still
        # be one count.)
        return Bounds(quantity.low, quantity.high, high_open=True)
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


_ROLE_WORDS = {
    "forecast": "planned or expected",
    "consensus": "analysts' expected",
    "prior": "prior-period",
    "target": "target",
    "demand": "demanded",
    "offer": "offered",
}


def _key_words(key: FigureKey, language: str, story: str = "", with_period: bool = True) -> str:
    subject, measure, qualifiers, role, basis, _dim, period = key
    subject = subject or story
    words = measure_label(measure, "en")
    if qualifiers:
        named = {segment.name: segment for segment in lexicon.segments()}
        words = (
            " ".join(
                named[q].label.get("en", q) if q in named else q
                for q in qualifiers
                if q not in ("total", "part") and not q.startswith("to ")
            )
            + " "
            + words
            # "to Rabat": where a distance runs to reads after it
            + "".join(f" {q}" for q in qualifiers if q.startswith("to "))
        )
        if "total" in qualifiers:
            words = "total " + words
        if "part" in qualifiers:
            words = "part of the " + words
    words = words.strip()
    if basis != "level":
        words += f" ({basis})"
    if role != "reported":
        words = f"{_ROLE_WORDS.get(role, role)} {words}"
    words += f" of {subject_name(subject)}" if subject else ""
    if with_period and period != SPANS:
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


def _conflict(
    kind: str, claims: list[Claim], explanation: str, confidence: float, compared: list[str]
) -> Conflict:
    """A conflict over these claims, in order: its passages and sources as they come."""
    ids = [c.id for c in claims]
    return Conflict(
        id=_conflict_id(kind, ids),
        kind=kind,  # type: ignore[arg-type]
        passages=list(dict.fromkeys(c.passage for c in claims)),
        claims=ids,
        sources=list(dict.fromkeys(c.source for c in claims)),
        explanation=explanation,
        confidence=confidence,
        compared=compared,
    )


def _confidence(claims: Iterable[Claim], base: float) -> float:
    return round(base * min(c.confidence for c in claims), 3)


# --- figures ------------------------------------------------------------------------------


def value_conflicts(
    claims: list[Claim],
    labels: dict[str, str],
    story: str,
    language: str,
    lined_up: dict[str, frozenset[str]] | None = None,
) -> list[Conflict]:
    """`lined_up`: each passage's wording groups, so that one statement whose figure differs
    by a slip of magnitude ("200.000" for "20.000") is still compared."""
    lined_up = lined_up or {}
    series = {m.name for m in lexicon.measures() if m.series}
    figures = [
        c
        for c in claims
        if c.kind == "figure" and c.quantity and c.measure and c.measure not in series
    ]
    buckets: dict[FigureKey, list[Claim]] = defaultdict(list)
    for claim in figures:
        buckets[figure_key(claim, story)].append(claim)
    # An inherited period is no wildcard for a stated one, but it is for none: "strikes by
    # more than 100,000 workers" in a paragraph about cuts "bis 2030" meets "up to 100,000"
    # stated with no period at all.
    inherited: dict[FigureKey, list[Claim]] = defaultdict(list)
    for key, members in buckets.items():
        if key[6]:
            for claim in members:
                if claim.period is not None and claim.period.origin != "clause":
                    inherited[(*key[:6], "")].append(claim)
    story_periods = _story_periods(buckets)
    conflicts: list[Conflict] = []
    for key, members in buckets.items():
        if not key[6] and key[:6] in story_periods:
            continue  # compared in the story's period's bucket, below
        if key[6] and (*key[:6], "") in buckets and story_periods.get(key[:6]) == key[6]:
            # Figures that state no period, where every source that states one states this
            # one, are about it ("quarterly revenue of $12.83 billion" in a story on the
            # second quarter): compared, but less sure.
            unstated = buckets[(*key[:6], "")]
            found = _bucket_conflicts(key, members + unstated, labels, language, story, lined_up)
            ids = {c.id for c in unstated}
            conflicts.extend(
                c.model_copy(update={"confidence": min(c.confidence, INHERITED)})
                if ids & set(c.claims)
                else c
                for c in found
            )
            continue
        if key[6].startswith("?"):
            # "im zweiten Quartal" on two undated pages of one story most likely means one
            # quarter: compared, but unsure.
            conflicts.extend(
                c.model_copy(update={"confidence": min(c.confidence, UNDATED)})
                for c in _bucket_conflicts(key, members, labels, language, story, lined_up)
            )
            continue
        if not key[6] and inherited.get(key):
            members = members + inherited[key]
        conflicts.extend(_bucket_conflicts(key, members, labels, language, story, lined_up))
    conflicts.extend(_undated_conflicts(buckets, labels, story, language))
    conflicts.extend(_relative_span_conflicts(buckets, labels, story, language))
    conflicts.extend(_span_conflicts(buckets, labels, language, story))
    conflicts.extend(_dropped_dose_basis(buckets, labels, language, story))
    conflicts.extend(_extreme_and_close(buckets, labels, language, story))
    conflicts.extend(_points_and_per_cent(buckets, labels, language, story))
    return conflicts


def _points_and_per_cent(
    buckets: dict[FigureKey, list[Claim]], labels: dict[str, str], language: str, story: str
) -> list[Conflict]:
    """A share's change given in percentage points by one source and in per cent by another,
    the number alike ("verloren über drei Prozentpunkte" against "um 3,2 Prozent"): a loss of
    3.2 points is a loss of about 17 per cent of a share of 18; one of them names the wrong
    unit, or they mean two things."""
    conflicts: list[Conflict] = []
    for key, members in buckets.items():
        if not key[4].startswith("change") or key[5] != "percent":
            continue
        points = [c for c in members if c.quantity is not None and c.quantity.unit == "pp"]
        cents = [c for c in members if c.quantity is not None and c.quantity.unit == "%"]
        low, high = _paired(
            cents, points, lambda c, p: c.source != p.source and _ratio(_q([c]), _q([p])) <= 1.5
        )
        if low and high:
            conflicts.extend(
                _difference(
                    key,
                    low,
                    high,
                    "one gives the change in per cent, the other in percentage points",
                    labels,
                    language,
                    story,
                    None,
                )
            )
    return conflicts


ON_THE_QUARTER = "change on the quarter"  # claims._basis: a change against the quarter before
_QUARTER = re.compile(r"(\d{4}|\?)-Q([1-4])")


def sequential_arithmetic_conflicts(
    claims: list[Claim], labels: dict[str, str], language: str, story: str
) -> list[Conflict]:
    """One article's change on the quarter that its own figures for the two quarters do not
    give: "revenue for Q2 reached $46.7 billion, a 6% increase from the previous quarter"
    beside a table's "$46.7 Billion | $46.0 Billion" (Q2 and Q1: 1.5%)."""
    levels: dict[tuple[object, ...], dict[tuple[str, int], list[Claim]]] = defaultdict(
        lambda: defaultdict(list)
    )
    changes = []
    for claim in claims:
        if claim.kind != "figure" or claim.quantity is None or claim.period is None:
            continue
        quarter = _QUARTER.fullmatch(claim.period.label)
        if quarter is None or claim.role != "reported":
            continue
        key = (claim.source, subject_key(claim, story), claim.measure, tuple(claim.qualifiers))
        if claim.basis == "level" and dimension(claim.quantity.unit) in ("money", "count"):
            levels[key][(quarter[1], int(quarter[2]))].append(claim)
        elif claim.basis == ON_THE_QUARTER and claim.quantity.unit == "%":
            changes.append((key, quarter[1], int(quarter[2]), claim))
    conflicts: list[Conflict] = []
    for key, year, number, change in changes:
        by_quarter = levels.get(key, {})
        now = [
            c
            for (y, n), cs in by_quarter.items()
            if n == number and (year in (y, "?") or y == "?")
            for c in cs
        ]
        before_number = 4 if number == 1 else number - 1
        before = [c for (_, n), cs in by_quarter.items() if n == before_number for c in cs]
        if len(now) < 1 or len(before) < 1:
            continue
        new, old = bounds(_q([now[0]])), bounds(_q([before[0]]))
        if old.low <= 0:
            continue
        implied_low = (new.low / old.high - 1) * 100
        implied_high = (new.high / old.low - 1) * 100
        stated = bounds(change.quantity) if change.quantity else None
        if stated is None:
            continue
        sign = -1 if change.direction == "down" else 1
        low, high = sorted((sign * stated.low, sign * stated.high))
        if low <= implied_high and implied_low <= high:
            continue
        implied = (now[0].quantity.value / before[0].quantity.value - 1) * 100  # type: ignore[union-attr]
        explanation = (
            f"internal: {_labels(_src([change]), labels)} says “{change.evidence}” on the "
            f"quarter, yet its own figures “{now[0].evidence}” and “{before[0].evidence}” "
            f"for the two quarters make {implied:.1f}%."
        )
        conflicts.append(
            _conflict(
                "internal",
                [change, now[0], before[0]],
                explanation,
                _confidence([change, now[0], before[0]], CERTAIN),
                [f"“{change.evidence}”", f"{implied:.1f}%"],
            )
        )
    return conflicts


def _paired(
    firsts: list[Claim], seconds: list[Claim], pairs: Callable[[Claim, Claim], bool]
) -> tuple[list[Claim], list[Claim]]:
    """The claims of each list that `pairs` joins with one of the other: the two sides of a
    difference between two ways of stating one figure."""
    joined = [a for a in firsts if any(pairs(a, b) for b in seconds)]
    return joined, [b for b in seconds if any(pairs(a, b) for a in joined)]


def _extreme_differs(close: Claim, extreme: Claim) -> bool:
    if close.source == extreme.source:
        return False
    return not _overlap(close, extreme) or not math.isclose(_q([close]).value, _q([extreme]).value)


def _extreme_and_close(
    buckets: dict[FigureKey, list[Claim]], labels: dict[str, str], language: str, story: str
) -> list[Conflict]:
    """A price's fall to its extreme in one source ("as much as 30%", "roughly 30% at its
    intraday low") and where it closed in another ("26%"): both can hold at different
    times of the day, yet a reader comparing them asks which is which."""
    conflicts: list[Conflict] = []
    for key, extremes in buckets.items():
        if AT_EXTREME not in key[2]:
            continue
        plain_key = (key[0], key[1], tuple(q for q in key[2] if q != AT_EXTREME), *key[3:])
        closes = buckets.get(plain_key, [])
        # Apart, or printed differently ("last down 3 percent" against "as much as 3.1 per
        # cent"): a reader asks which is which either way.
        low, high = _paired(closes, extremes, _extreme_differs)
        if low and high:
            conflicts.extend(
                _difference(
                    plain_key,
                    low,
                    high,
                    "they can both hold, one at the day's extreme, the other at its close",
                    labels,
                    language,
                    story,
                    None,
                )
            )
    return conflicts


PER_BODY_WEIGHT = "per body weight"


def _dropped_dose_basis(
    buckets: dict[FigureKey, list[Claim]], labels: dict[str, str], language: str, story: str
) -> list[Conflict]:
    """'40 mg per kilogram of body weight' in one source and '40 milligrams' for a whole
    person in another: the same number, yet a dose about 70 times smaller, the per-kilogram
    basis dropped. Other bases ("per share") are often left unsaid where the measure implies
    them; a dose's basis is not."""
    # Any role: "sollten höchstens 4 Milligramm aufnehmen" advises what the limit states.
    flat_by_key: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for key, members in buckets.items():
        if key[4] == "level":
            flat_by_key[(*key[:3], *key[5:])].extend(members)
    conflicts: list[Conflict] = []
    for key, per_weight in buckets.items():
        if key[4] != PER_BODY_WEIGHT:
            continue
        flat = flat_by_key.get((*key[:3], *key[5:]), [])
        low = [c for c in per_weight if any(_overlap(c, f) and c.source != f.source for f in flat)]
        high = [c for c in flat if any(_overlap(c, w) and c.source != w.source for w in low)]
        if not low or not high:
            continue
        conflicts.append(
            _figure_conflict(
                (*key[:4], "level", *key[5:]),
                _cited(low, []),
                _cited(high, []),
                labels,
                language,
                reason=f"{_labels(_src(low), labels)} per kilogram of body weight, "
                f"{_labels(_src(high), labels)} as a flat amount: the same number, another dose",
                story=story,
            )
        )
    return conflicts


def direction_conflicts(
    claims: list[Claim], labels: dict[str, str], story: str, language: str, texts: dict[str, str]
) -> list[Conflict]:
    """One change said to go up in some sources and down in others ("Der Gewinn stieg um 12
    Prozent" against "sank um 12 Prozent"): whatever the sizes, both cannot hold. Across
    sources only: one article may tell two things' changes that its clauses do not tell apart."""
    by_key: dict[FigureKey, list[Claim]] = defaultdict(list)
    for claim in claims:
        if (
            claim.kind == "figure"
            and claim.quantity is not None
            and claim.direction
            and claim.basis.startswith("change")
            and claim.quantity.value
        ):
            by_key[figure_key(claim, story)].append(claim)
    conflicts = []
    for key, members in by_key.items():
        up = [c for c in members if c.direction == "up"]
        down = [c for c in members if c.direction == "down"]
        sources_up, sources_down = {c.source for c in up}, {c.source for c in down}
        up = [c for c in up if c.source not in sources_down]
        down = [c for c in down if c.source not in sources_up]
        if not up or not down or _two_places(up, down):
            continue
        side_a, side_b = _cited(up, []), _cited(down, [])
        explanation = (
            f"value: {_key_words(key, language, story)}: "
            f"{_labels(_src(side_a), labels)} {_says(_src(side_a))} it went up "
            f"({_contexts(side_a, texts)}); {_labels(_src(side_b), labels)} "
            f"{_says(_src(side_b))} it went down ({_contexts(side_b, texts)})."
        )
        conflicts.append(
            _conflict(
                "value",
                side_a + side_b,
                explanation,
                _confidence(side_a + side_b, CERTAIN),
                ["up", "down"],
            )
        )
    return conflicts


def composed_total_conflicts(
    claims: list[Claim],
    labels: dict[str, str],
    texts: dict[str, str],
    languages: dict[str, str],
    story: str,
) -> list[Conflict]:
    """'100 Millionen Euro plus Bonuszahlungen bis zu weiteren 20 Millionen' bounds the total
    with add-ons at 120 (add-ons may never be paid, so the base is the floor); a source stating
    that total ('insgesamt … auf knapp 140 Millionen Euro anwachsen') outside the bound
    contradicts it. Which measures add to which is data (measures.toml `adds_to`)."""
    adds_to = {m.name: set(m.adds_to) for m in lexicon.measures() if m.adds_to}
    if not adds_to:
        return []
    figures = [c for c in claims if c.kind == "figure" and c.quantity is not None and c.measure]
    by_passage: dict[str, list[Claim]] = defaultdict(list)
    for claim in figures:
        by_passage[claim.passage].append(claim)
    sums: list[tuple[Claim, Claim, Bounds]] = []
    for members in by_passage.values():
        members.sort(key=lambda c: c.start)
        for index, extra in enumerate(members):
            if extra.measure not in adds_to or "total" in extra.qualifiers:
                continue
            base = next(
                (
                    c
                    for c in reversed(members[:index])
                    if c.measure in adds_to[extra.measure] and "total" not in c.qualifiers
                ),
                None,
            )
            if base is None or not _added(base, extra, texts, languages):
                continue
            low, high = _q([base]), _q([extra])
            sums.append(
                (base, extra, Bounds(bounds(low).low, bounds(low).high + bounds(high).high))
            )
    # The sums by their base's subject and each measure they can total, in order: a total is
    # held against its own subject's and measure's only.
    sums_of: dict[tuple[str, str], list[tuple[Claim, Claim, Bounds]]] = defaultdict(list)
    for base, extra, bound in sums:
        for measure in {extra.measure, *adds_to.get(extra.measure, ())}:
            sums_of[(subject_key(base, story), measure)].append((base, extra, bound))
    conflicts: list[Conflict] = []
    totals = [c for c in figures if "total" in c.qualifiers and "part" not in c.qualifiers]
    for total in totals:
        stated = bounds(_q([total]))
        against = [
            (base, extra)
            for base, extra, bound in sums_of.get((subject_key(total, story), total.measure), [])
            if base.source != total.source
            and extra.measure in adds_to
            and _same_currency(_q([base]).unit, _q([total]).unit)
            and (stated.low > bound.high or stated.high < bound.low)
        ]
        if not against:
            continue
        side_a = _cited([c for pair in against for c in pair], [])
        side_b = [total]
        sources_a, sources_b = _src(side_a), _src(side_b)
        shown = "; ".join(
            dict.fromkeys(
                f"{_quantity_text(_q([b]))} + {_quantity_text(_q([e]))}" for b, e in against
            )
        )
        explanation = (
            f"value: {measure_label(against[0][0].measure, 'en')} with add-ons, in total: "
            f"{_labels(sources_a, labels)} {_says(sources_a)} {shown}; "
            f"{_labels(sources_b, labels)} {_says(sources_b)} {_quantity_text(_q(side_b))} in total."
        )
        conflicts.append(
            _conflict(
                "value",
                side_a + side_b,
                explanation,
                _confidence(side_a + side_b, 0.7),
                [shown, _quantity_text(_q(side_b))],
            )
        )
    return conflicts


def _same_currency(a: str, b: str) -> bool:
    return a == b or "XXX" in (a, b)


def _added(base: Claim, extra: Claim, texts: dict[str, str], languages: dict[str, str]) -> bool:
    """Whether the words between two figures add the second to the first ('plus', 'sowie
    weiteren'), rather than naming a part of it or another thing."""
    between = texts.get(base.source, "")[base.end : extra.start]
    if len(between) > 80:
        return False
    cues = lexicon.language(languages.get(base.source, "en")).cues
    return bool(lexicon.matcher(cues.addition).search(between))


def _contexts(side: list[Claim], texts: dict[str, str]) -> str:
    quoted = dict.fromkeys(_in_context(c, texts) for c in side)
    return ", ".join(f"“{q}”" for q in list(quoted)[:2])


def _in_context(claim: Claim, texts: dict[str, str]) -> str:
    """The figure with up to five words before and six after it, within its clause: "the risk
    of death by 37% in the trial", where the figure alone would not say what it measures."""
    text = texts.get(claim.source, "")
    head = re.split(r"[,.;:!?\n]", text[max(0, claim.start - 60) : claim.start])[-1].split()
    tail = re.split(r"[,.;:!?\n]", text[claim.end : claim.end + 80])[0].split()
    return " ".join([*head[-5:], text[claim.start : claim.end], *tail[:6]])


def measure_conflicts(
    claims: list[Claim], labels: dict[str, str], texts: dict[str, str]
) -> list[Conflict]:
    """The same distinctive figure given as two measures a reporter may confuse (measures.toml
    `confused_with`): "91 % higher risk of death" in some sources, "91 % higher risk of heart
    disease" in another. Sources that give the figure under both are not taken to confuse them."""
    confusable = confusable_measures()
    if not confusable:
        return []
    by_number: dict[tuple[str, float], dict[str, list[Claim]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for claim in claims:
        if claim.kind != "figure" or claim.quantity is None or not claim.measure:
            continue
        if claim.measure_origin != "clause":
            continue  # a measure taken from the article is no reporter's reading of the figure
        if claim.quantity.qualifier in ("", "approx") and telling_figure(claim):
            by_number[(claim.quantity.unit, claim.quantity.value)][claim.measure].append(claim)
    conflicts: list[Conflict] = []
    for by_measure in by_number.values():
        for measure_a, measure_b in combinations(sorted(by_measure), 2):
            if frozenset((measure_a, measure_b)) not in confusable:
                continue
            both = {c.source for c in by_measure[measure_a]} & {
                c.source for c in by_measure[measure_b]
            }
            side_a = [c for c in by_measure[measure_a] if c.source not in both]
            side_b = [c for c in by_measure[measure_b] if c.source not in both]
            if not side_a or not side_b:
                continue
            side_a, side_b = _cited(side_a, []), _cited(side_b, [])
            sources_a, sources_b = _src(side_a), _src(side_b)
            figure = _quantity_text(_q([side_a[0]]))
            explanation = (
                f"measure: the same figure, {figure}, for two different things: "
                f"{_labels(sources_a, labels)} {_says(sources_a)} it is the "
                f"{measure_label(measure_a, 'en')} ({_contexts(side_a, texts)}); "
                f"{_labels(sources_b, labels)} {_says(sources_b)} it is the "
                f"{measure_label(measure_b, 'en')} ({_contexts(side_b, texts)})."
            )
            conflicts.append(
                _conflict(
                    "measure",
                    side_a + side_b,
                    explanation,
                    _confidence(side_a + side_b, 0.7),
                    [measure_a, measure_b],
                )
            )
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
    key: FigureKey,
    members: list[Claim],
    labels: dict[str, str],
    language: str,
    story: str,
    lined_up: dict[str, frozenset[str]] | None = None,
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
        conflicts.extend(_approximate_conflicts(key, positions, labels, language, story, lined_up))
        # Positions a few per cent apart ("11,000" and "at least 11,300") are one cluster: a
        # reader sees the near miss between them, and each cluster against the next one.
        clusters = _clusters(positions)
        pairs = [pair for cluster in clusters for pair in pairwise(cluster)]
        pairs += [
            ([s for p in left for s in p], [s for p in right for s in p])
            for left, right in pairwise(clusters)
        ]
        for left, right in pairs:
            low_side = max(left, key=lambda s: bounds(_q(s)).high)
            high_side = min(right, key=lambda s: bounds(_q(s)).low)
            if not _comparable(key, low_side, high_side, lined_up or {}):
                continue
            if _vague_length(_q(low_side)) or _vague_length(_q(high_side)):
                # "negotiating for weeks" and "a 70-hour final round": a length named by its
                # unit alone is too loose to contradict; where it overlaps, it differs.
                continue
            side_a = [c for s in left for c in s]
            side_b = [c for s in right for c in s]
            if _two_places(side_a, side_b):
                continue
            conflicts.append(
                _figure_conflict(
                    key, _cited(side_a, []), _cited(side_b, []), labels, language, story=story
                )
            )
    return conflicts


def _approximate_conflicts(
    key: FigureKey,
    positions: list[list[list[Claim]]],
    labels: dict[str, str],
    language: str,
    story: str,
    lined_up: dict[str, frozenset[str]] | None,
) -> list[Conflict]:
    """Sources that print different figures which can still both hold ("eight million" and
    "7.5 million", "more than 1,000" and "at least 1,037", "16.6" and "16.7 billion"): no
    contradiction, but a difference a fact-checker looks at, shown after the contradictions.
    A figure that is the other one rounded ("12.8" for "12.83") is no difference at all.
    Only for measures the lexicon knows: a head noun read as the measure ("9m pensioners"
    get it, "10 million pensioners" lost it) too often counts two things."""
    if lexicon.measure(key[1]) is None:
        return []
    found = []
    for position in positions:
        if len(position) < 2:
            continue
        least = min(_q(s).value for s in position)
        most = max(_q(s).value for s in position)
        if math.isclose(least, most, rel_tol=1e-9):
            found.extend(_bound_conflicts(key, position, labels, language, story, lined_up))
            continue
        # Each side is every statement of its figure ("mehr als 1200", "mindestens 1.200").
        lows = [s for s in position if math.isclose(_q(s).value, least)]
        highs = [s for s in position if math.isclose(_q(s).value, most)]
        rounded = all(_nested(_q(x), _q(y)) for x in lows for y in highs)
        if rounded and any(_bound_or_order(_q(s)) for s in position):
            # "734.000" is "über 700.000", "Hunderte" holds "mindestens 632": as written,
            # they agree, and no reader takes them for two figures.
            continue
        low, high = [c for s in lows for c in s], [c for s in highs for c in s]
        if {c.source for c in low} == {c.source for c in high}:
            continue  # one article rounding its own figure
        found.extend(
            _difference(
                key,
                low,
                high,
                _nested_reason(position)
                if rounded
                else "they can both hold (rounding or 'at least' wording), yet they differ",
                labels,
                language,
                story,
                lined_up,
            )
        )
    return found


def _difference(
    key: FigureKey,
    low: list[Claim],
    high: list[Claim],
    reason: str,
    labels: dict[str, str],
    language: str,
    story: str,
    lined_up: dict[str, frozenset[str]] | None,
) -> list[Conflict]:
    """An `approximate` difference between two sides, when they are about one thing."""
    if not _comparable(key, low, high, lined_up or {}) or _two_places(low, high):
        return []
    return [
        _figure_conflict(
            key,
            _cited(low, []),
            _cited(high, []),
            labels,
            language,
            reason=reason,
            base=APPROXIMATE,
            story=story,
            kind="approximate",
        )
    ]


BOUNDING = frozenset({"over", "under", "at_least", "up_to"})


def _bound_conflicts(
    key: FigureKey,
    position: list[list[Claim]],
    labels: dict[str, str],
    language: str,
    story: str,
    lined_up: dict[str, frozenset[str]] | None,
) -> list[Conflict]:
    """One figure printed as a bound by some sources and as the figure itself by others
    ("more than 15%" and "15%"): both can hold, yet a fact-checker asks which it was."""
    bounded = [s for s in position if _q(s).qualifier in BOUNDING]
    plain = [s for s in position if _q(s).qualifier in ("", "approx")]
    if not bounded or not plain:
        return []
    # An article that words its own figure both ways takes neither side.
    both = {c.source for s in plain for c in s} & {c.source for s in bounded for c in s}
    low = [c for s in plain for c in s if c.source not in both]
    high = [c for s in bounded for c in s if c.source not in both]
    if not low or not high:
        return []
    reason = "they can both hold, yet one says the figure and the other only a bound"
    return _difference(key, low, high, reason, labels, language, story, lined_up)


ORDER_WIDTH = 2.0  # an interval this wide is an order of magnitude ("Hunderte"), not a figure


def _bound_or_order(quantity: Quantity) -> bool:
    low, high = quantity.low, quantity.high
    return quantity.qualifier in BOUNDING or (low > 0 and high / low > ORDER_WIDTH)


def _nested_reason(position: list[list[Claim]]) -> str:
    """Why two figures, one inside the other, still differ as printed: the SOFT kind of
    difference ("2,9" and "2,86 Milliarden", "fast 1200" and "1.157"), which a reader may
    take for two figures."""
    if all(_q(s).qualifier == "" for s in position):
        return "one is the other rounded"
    return "one lies within the other's 'about'"


def _vague_length(quantity: Quantity) -> bool:
    """A length named by its unit alone ("wochenlang", "for months"), as the lexicon lists
    them ("a week" is a length of its own)."""
    return quantity.unit == "h" and is_vague_length(quantity.text)


def _nested(a: Quantity, b: Quantity) -> bool:
    x, y = bounds(a), bounds(b)
    return (x.low >= y.low and x.high <= y.high) or (y.low >= x.low and y.high <= x.high)


NEAR = 1.06  # positions this close (ratio of their nearest bounds) form one cluster


def _clusters(positions: list[list[list[Claim]]]) -> list[list[list[list[Claim]]]]:
    clusters: list[list[list[list[Claim]]]] = []
    for position in positions:
        if clusters:
            top = max(bounds(_q(s)).high for s in clusters[-1][-1])
            bottom = min(bounds(_q(s)).low for s in position)
            if top > 0 and bottom / top <= NEAR:
                clusters[-1].append(position)
                continue
        clusters.append([position])
    return clusters


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


def _comparable(
    key: FigureKey,
    side_a: list[Claim],
    side_b: list[Claim],
    lined_up: dict[str, frozenset[str]] | None = None,
) -> bool:
    """Whether two disagreeing statements are worth a reader's time as a contradiction."""
    a, b = _q(side_a), _q(side_b)
    internal = {c.source for c in side_a} == {c.source for c in side_b}
    if internal and _one_sentence(side_a, side_b):
        return False  # one sentence giving two figures gives two things
    lined_up = lined_up or {}
    # One statement lined up across sources, its figure a slip of magnitude apart ("über
    # 200.000 Erwachsenen" where the others write 20.000): the same thing, misreported.
    one_statement = (
        not internal
        # A sum of money slips by a thousand ("Millionen" for "Milliarden"); a tenth of it
        # is more often a part ("1.5 billion in labour costs" of "15 billion" savings).
        and (key[5] != "money" or _ratio(a, b) >= MONEY_SLIP)
        and any(
            lined_up.get(x.passage, frozenset()) & lined_up.get(y.passage, frozenset())
            for x in side_a
            for y in side_b
        )
    )
    # A count of what befell people in the event ("75,000" against "250,000" marchers, as
    # police and organisers count them) has no period to miss: only a slip of magnitude
    # apart is it likely two things.
    event = lexicon.measure(key[1])
    limit = FAR_APART if event is not None and event.about_event else UNSTATED_RATIO
    if not key[6] and not one_statement and _ratio(a, b) > (INTERNAL_RATIO if internal else limit):
        return False  # no period stated and far apart in size: two different things
    # One article counting one thing twice differently is counting two things.
    return not (internal and key[5] == "count" and len({c.source for c in side_a}) == 1)


def _two_places(side_a: list[Claim], side_b: list[Claim]) -> bool:
    """Whether the two sides count at different places they name ("In Hamburg … 50.000",
    "In München … 100.000"): a place and none may still be one count."""
    # "In München" and "in Munich" count at one place.
    places_a = {lexicon.place_key(c.place) for c in side_a}
    places_b = {lexicon.place_key(c.place) for c in side_b}
    return "" not in places_a and "" not in places_b and not places_a & places_b


def _ratio(a: Quantity, b: Quantity) -> float:
    small, large = sorted((a, b), key=lambda q: abs(q.value))
    if any(q.qualifier == "approx" and q.high > q.low * 2 > 0 for q in (small, large)):
        # A count named by its order ("einige Hundert": 200 to 999; "tens of thousands")
        # is as far from another figure as its nearest end.
        return max(1.0, abs(large.low) / abs(small.high)) if small.high else math.inf
    return abs(large.value) / abs(small.value) if small.value else math.inf


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
    kind: str = "",
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
    if not kind:
        one_source = set(sources_a) == set(sources_b) and len(set(sources_a)) == 1
        kind = "internal" if one_source else "value"
    parts = [
        f"{_labels(sources_a, labels)} {_says(sources_a)} {_statement_text(side_a)}",
        f"{_labels(sources_b, labels)} {_says(sources_b)} {_statement_text(side_b)}",
    ]
    explanation = f"{kind}: {_key_words(key, language, story)}: " + "; ".join(parts)
    explanation += f" — {reason}." if reason else "."
    ids = [c.id for c in side_a + side_b]
    confidence = _confidence(side_a + side_b, base - 0.15 if kind == "internal" else base)
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
                    worse = _exceeding(part, whole)
                    reason = f"the figure for {_period_text(period_part)} alone exceeds the one for all of {_period_text(period_whole)}"
                elif measure.cumulative and _earlier_total(period_part, period_whole):
                    worse = _exceeding(part, whole)
                    reason = f"a running total cannot be smaller {_period_text(period_whole)} than {_period_text(period_part)}"
                else:
                    continue
                if not worse:
                    continue
                side_a = list({a.id: a for a, _ in worse}.values())
                side_b = list({b.id: b for _, b in worse}.values())
                conflicts.append(
                    _figure_conflict(
                        (*part_key[:6], SPANS),
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


def _exceeding(part: list[Claim], whole: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Each claim of `part` with each of `whole` it exceeds. Mostly none: that is seen from
    the largest low bound and the smallest high one, without comparing every pair."""
    if not part or not whole:
        return []
    if max(bounds(_q([a])).low for a in part) <= min(bounds(_q([b])).high for b in whole):
        return []
    return [(a, b) for a in part for b in whole if _exceeds(a, b)]


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


def _story_periods(buckets: dict[FigureKey, list[Claim]]) -> dict[tuple[object, ...], str]:
    """For each key but its period that some figures state no period for: the one period the
    others state, where they state exactly one (a span or two periods: none)."""
    stated: dict[tuple[object, ...], dict[str, set[str]]] = defaultdict(dict)
    for key, members in buckets.items():
        held = lexicon.measure(key[1])
        if not key[6] or held is None or held.generic or key[4] != "level":
            # A head noun read as the measure too often counts two things, and a change or
            # a generic measure ("growth", "sieben Prozent") of what is not said.
            continue
        sources = {
            c.source for c in members if c.period is not None and c.period.origin == "clause"
        }
        if sources:
            stated[key[:6]][key[6]] = sources
    story_periods: dict[tuple[object, ...], str] = {}
    for key in buckets:
        periods = stated.get(key[:6], {})
        if key[6] or len(periods) != 1:
            continue
        ((period, sources),) = periods.items()
        # Two sources at least, or a quarter (what a company reports on): one page's year
        # ("so schwer wie das Beben von 1960") or season ("in dieser Saison") is no story's.
        if ".." not in period and (len(sources) >= 2 or "-Q" in period):
            story_periods[key[:6]] = period
    return story_periods


def _undated_conflicts(
    buckets: dict[FigureKey, list[Claim]], labels: dict[str, str], story: str, language: str
) -> list[Conflict]:
    """'In diesem Jahr' on an undated page: compared with the closest dated year, unsure."""
    # The dated buckets of each key but its period, in the buckets' order: each undated
    # claim looks at its own key's, not at every bucket of the corpus.
    dated_by_key: dict[tuple[object, ...], list[tuple[FigureKey, list[Claim]]]] = defaultdict(list)
    for other_key, others in buckets.items():
        period = other_key[6]
        if period and not period.startswith("?") and ".." not in period:
            dated_by_key[other_key[:6]].append((other_key, others))
    conflicts = []
    for key, members in buckets.items():
        period = key[6]
        if period not in ("?-year", "?-Q1", "?-Q2", "?-Q3", "?-Q4"):
            continue
        quarter = period[-3:] if "-Q" in period else ""
        for claim in members:
            match = _closest_dated(claim, dated_by_key.get(key[:6], []), quarter)
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
            conflicts.append(
                _conflict(
                    "value",
                    [claim, *dated],
                    explanation,
                    UNDATED,
                    [_quantity_text(claim.quantity), _statement_text(dated)],
                )
            )
    return conflicts


def _relative_span_conflicts(
    buckets: dict[FigureKey, list[Claim]], labels: dict[str, str], story: str, language: str
) -> list[Conflict]:
    """'mehr als 100 Milliarden über die nächsten fünf Jahre' on an undated page: if those five
    years include 2026, '115 bis 135 Milliarden für 2026' alone exceeds them, and so does 600
    billion over three of them. Unsure, as the span's start is unknown; a plan and a reported
    figure compare here, since spans of one programme are what a reader holds side by side."""
    # The buckets of years of each key but its role and period, in the buckets' order: a
    # span's claims look at their own key's, not at every bucket of the corpus.
    spans_by_key: dict[tuple[object, ...], list[tuple[FigureKey, list[Claim], int]]] = defaultdict(
        list
    )
    for other_key, others in buckets.items():
        years = _years(other_key[6])
        if years is not None:
            spans_by_key[(*other_key[:3], *other_key[4:6])].append(
                (other_key, others, years[1] - years[0] + 1)
            )
    by_low: dict[FigureKey, tuple[list[float], list[tuple[int, Claim]]]] = {}
    conflicts: list[Conflict] = []
    for key, members in buckets.items():
        relative = re.fullmatch(r"\?\+(\d+)y", key[6])
        measure = lexicon.measure(key[1])
        if relative is None or measure is None or not measure.additive:
            continue
        length = int(relative.group(1))
        for claim in members:
            exceeding: dict[str, list[Claim]] = defaultdict(list)
            for other_key, others, span in spans_by_key.get((*key[:3], *key[4:6]), []):
                if span > length:
                    continue
                if other_key not in by_low:
                    by_low[other_key] = _by_low(others)
                lows, ordered = by_low[other_key]
                # Only the figures whose low bound is above the claim's high one can exceed
                # it; they are taken in the bucket's order.
                above = sorted(ordered[bisect_right(lows, bounds(_q([claim])).high) :])
                for _, other in above:
                    if (
                        other.source != claim.source
                        and _exceeds(other, claim)
                        and _ratio(_q([other]), _q([claim])) <= FAR_APART
                    ):
                        exceeding[other_key[6]].append(other)
            if not exceeding or claim.quantity is None:
                continue
            dated = _cited([c for side in exceeding.values() for c in side], [])
            periods = " or ".join(_period_text(p) for p in sorted(exceeding))
            dated_sources = _src(dated)
            explanation = (
                f"value: {_key_words(key, language, story, with_period=False)}: "
                f"{labels.get(claim.source, claim.source)} says {_quantity_text(claim.quantity)} "
                f"“{claim.period.text if claim.period else ''}”, from a start the page does not "
                f"date; {_labels(dated_sources, labels)} {_says(dated_sources)} "
                f"{_statement_text(dated)} for {periods}. A conflict if those {length} years "
                f"include {periods}: a part cannot exceed the whole."
            )
            conflicts.append(
                _conflict(
                    "value",
                    [claim, *dated],
                    explanation,
                    UNDATED,
                    [_quantity_text(claim.quantity), _statement_text(dated)],
                )
            )
    return conflicts


def _by_low(claims: list[Claim]) -> tuple[list[float], list[tuple[int, Claim]]]:
    """The claims with their places, in order of their low bounds, and those bounds."""
    ordered = sorted(enumerate(claims), key=lambda item: bounds(_q([item[1]])).low)
    return [bounds(_q([c])).low for _, c in ordered], ordered


def _closest_dated(
    claim: Claim, dated: list[tuple[FigureKey, list[Claim]]], quarter: str
) -> tuple[FigureKey, list[Claim]] | None:
    """Of the dated buckets of the claim's key, the one whose figure is closest to its own."""
    assert claim.quantity is not None
    best: tuple[float, FigureKey, list[Claim]] | None = None
    for other_key, members in dated:
        period = other_key[6]
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


def stance_conflicts(
    claims: list[Claim], labels: dict[str, str], story: str, texts: dict[str, str] | None = None
) -> list[Conflict]:
    texts = texts or {}
    topical = [
        c for c in claims if c.kind == "stance" and lexicon.question(c.question).subject == "topic"
    ]
    topic = topic_term(texts, [_sentence(c, texts) for c in topical]) if topical else ""
    by_key: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind != "stance":
            continue
        # "Revenue beat estimates" and "data center revenue missed them" are about two things;
        # "profit" and "operating profit" against expectations are one.
        judged = lexicon.measure(claim.measure)
        measure = judged.judged_as if judged is not None and judged.judged_as else claim.measure
        about = (
            " ".join([*claim.qualifiers, measure_label(measure)])
            if measure
            else " ".join(claim.qualifiers)  # an office: "in office, president"
        )
        if lexicon.question(claim.question).subject == "topic":
            # "Die Kfz-Steuerbefreiung bleibt" is not about the Agrardiesel a story is about.
            if not topic or topic not in _sentence(claim, texts).lower():
                continue
            by_key[(claim.question, topic, about)].append(claim)
            continue
        by_key[(claim.question, subject_key(claim, story), about)].append(claim)
    conflicts: list[Conflict] = []
    for (name, subject, about), members in by_key.items():
        question = lexicon.question(name)
        if about:
            name = f"{name}, {about}"
        poles: dict[str, list[Claim]] = defaultdict(list)
        for claim in members:
            poles[claim.pole].append(claim)
        if len(poles) < 2:
            continue
        (pole_a, side_a), (pole_b, side_b) = sorted(poles.items(), key=lambda item: len(item[1]))
        if question.needs_object:
            # "approved a buyback" and "rejected the notion that …": two things, no conflict.
            side_a, side_b = _about_one_thing(side_a, side_b, texts, question.object_zipf)
            if not side_a or not side_b:
                continue
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
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for claim in side_a + side_b:
            by_source[claim.source].append(claim)
        for source in sorted(set(sources_a) & set(sources_b)):
            if question.across_sources_only:
                break
            mine = by_source[source]
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


# Words two dated statements must share to tell one event: one ("agreed", a name) is shared by
# the steps of a story ("Liverpool agreed on Friday", "a deal was agreed on Sunday").
SHARED_EVENT_WORDS = 2


def _shared_event_words(one: list[str], other: list[str]) -> int:
    """Words two dated statements share, a compound counting as its last part ("Erdbeben" as
    "Beben", "earthquake" as "quake"): how one event is named in other words."""
    return sum(
        1
        for word in set(one)
        if any(
            word == w or (min(len(word), len(w)) >= 4 and (word.endswith(w) or w.endswith(word)))
            for w in other
        )
    )


def day_conflicts(
    claims: list[Claim],
    lined_up: dict[str, frozenset[str]],
    labels: dict[str, str],
    texts: dict[str, str],
) -> list[Conflict]:
    """One statement lined up across sources that dates its event to two days ("A UN official
    said Thursday …" against "… said Friday …"): each day is paired with the other source's
    day whose surrounding words it shares most, and the two cannot be one day, while neither
    source names the other's day as well ("began Monday, ended Thursday" in both is agreement)."""
    by_group: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        if claim.kind == "date":
            for group in lined_up.get(claim.passage, ()):
                by_group[group][claim.source].append(claim)
    # A distinctive figure both sentences state ("£111m") names one event as well as words
    # do: "had an offer of £111m accepted last Thursday" / "agreed a £111m move on Friday".
    figures_of: dict[str, set[float]] = defaultdict(set)
    for claim in claims:
        if claim.kind == "figure" and claim.quantity and distinctive_value(claim.quantity.value):
            figures_of[claim.passage].add(round(claim.quantity.value, 6))
    pairs: dict[tuple[str, str, str], tuple[set[str], set[str]]] = {}
    found: dict[str, Claim] = {}
    for group, by_source in by_group.items():
        for source_a, source_b in combinations(sorted(by_source), 2):
            days_a = [(c.day, c.day_part) for c in by_source[source_a]]
            days_b = [(c.day, c.day_part) for c in by_source[source_b]]
            for a in by_source[source_a]:
                shared, b = max(
                    (
                        (
                            _shared_event_words(a.event, b.event)
                            + SHARED_EVENT_WORDS
                            * bool(figures_of[a.passage] & figures_of[b.passage]),
                            b,
                        )
                        for b in by_source[source_b]
                    ),
                    key=lambda item: item[0],
                )
                if (
                    shared < SHARED_EVENT_WORDS
                    or not days.disagree_at(a.day, a.day_part, b.day, b.day_part)
                    or any(not days.disagree_at(a.day, a.day_part, *d) for d in days_b)
                    or any(not days.disagree_at(b.day, b.day_part, *d) for d in days_a)
                ):
                    continue
                first, second = sorted((a, b), key=lambda c: c.day)
                key = (group, first.day, second.day)
                sides = pairs.setdefault(key, (set(), set()))
                sides[0].add(first.id)
                sides[1].add(second.id)
                found[a.id], found[b.id] = a, b
    conflicts: list[Conflict] = []
    for (_, day_a, day_b), (ids_a, ids_b) in pairs.items():
        side_a = [found[i] for i in sorted(ids_a)]
        side_b = [found[i] for i in sorted(ids_b)]
        explanation = (
            f"date: {_labels(_src(side_a), labels)} {_says(_src(side_a))} "
            f"{_contexts(side_a, texts)}; {_labels(_src(side_b), labels)} "
            f"{_says(_src(side_b))} {_contexts(side_b, texts)}: one statement, "
            + ("two times of one day." if day_a == day_b else "two days.")
        )
        conflicts.append(
            _conflict(
                "date",
                side_a + side_b,
                explanation,
                _confidence(side_a + side_b, 0.6),
                [day_a, day_b],
            )
        )
    return conflicts


def record_conflicts(
    claims: list[Claim],
    lined_up: dict[str, frozenset[str]],
    labels: dict[str, str],
    texts: dict[str, str],
) -> list[Conflict]:
    """One record dated differently by two sources ("the first cut since 2019" against "its
    first cut since March 2020"; "schlechtestes Ergebnis seit 1950" against "das historisch
    schlechteste"): the same kind of record held by the same subject, in statements lined up
    in one group or naming what the record is of in shared words. Years that cannot both
    hold contradict; years that can, yet differ ("since the early 1970s", "since at least
    1982"), are a difference a reader checks."""
    records, companions = _widest_records(
        [c for c in claims if c.measure == RECORD and c.quantity is not None]
    )
    found: dict[tuple[str, ...], tuple[list[Claim], list[Claim], bool]] = {}
    for a, b in combinations(records, 2):
        if (
            a.source == b.source
            or a.qualifiers != b.qualifiers
            or (a.subject and b.subject and a.subject != b.subject)
            or not (
                lined_up.get(a.passage, frozenset()) & lined_up.get(b.passage, frozenset())
                or _shared_event_words(a.event, b.event) >= 1
                # One holder's record of one kind is one record, but a "first" is a first
                # of anything ("first cut", "first meeting"): only in so many words.
                or (a.subject and a.subject == b.subject and a.qualifiers != ["first"])
            )
        ):
            continue
        qa, qb = _q([a]), _q([b])
        if _nested(qa, qb) and (qa.low, qa.high) == (qb.low, qb.high):
            continue
        hard = disjoint(qa, qb)
        if not hard and _nested(qa, qb) and "at_least" not in (qa.qualifier, qb.qualifier):
            continue  # "in four years" holds "since 2020"
        first, second = sorted((a, b), key=lambda c: (_q([c]).low, c.id))
        key = (a.qualifiers[0], str(_q([first]).low), str(_q([second]).low))
        side_a, side_b, _ = found.setdefault(key, ([], [], hard))
        side_a.extend(companions[first.id])
        side_b.extend(companions[second.id])
    conflicts = []
    for (kind, _, _), (side_a, side_b, hard) in found.items():
        side_a = list({c.id: c for c in side_a}.values())
        side_b = list({c.id: c for c in side_b}.values())
        reason = (
            "one record, two times it runs from."
            if hard
            else "they can both hold, yet they date the record differently."
        )
        explanation = (
            f"{'record' if hard else 'approximate: record'} ({kind}): "
            f"{_labels(_src(side_a), labels)} {_says(_src(side_a))} {_contexts(side_a, texts)}; "
            f"{_labels(_src(side_b), labels)} {_says(_src(side_b))} {_contexts(side_b, texts)}"
            f" — {reason}"
        )
        conflicts.append(
            _conflict(
                "value" if hard else "approximate",
                side_a + side_b,
                explanation,
                _confidence(side_a + side_b, CERTAIN if hard else APPROXIMATE),
                [f"“{side_a[0].evidence}”", f"“{side_b[0].evidence}”"],
            )
        )
    return conflicts


def _widest_records(records: list[Claim]) -> tuple[list[Claim], dict[str, list[Claim]]]:
    """One source's statements of one record that can both hold ("most since 1982" in its
    headline, "its biggest daily decline since at least 1982" below) are one statement, as
    wide as the widest: the source said no more than that. The widest stands for them, and
    each is cited with it."""
    widest: list[Claim] = []
    companions: dict[str, list[Claim]] = {}
    for claim in sorted(records, key=lambda c: -(_q([c]).high - _q([c]).low)):
        same = next(
            (
                w
                for w in widest
                if w.source == claim.source
                and w.qualifiers == claim.qualifiers
                and w.subject == claim.subject
                and _nested(_q([w]), _q([claim]))
            ),
            None,
        )
        if same is None:
            widest.append(claim)
            companions[claim.id] = [claim]
        else:
            companions[same.id].append(claim)
    return sorted(widest, key=lambda c: c.id), companions


RARE = 2.5  # Zipf frequency under which a word names a story's topic ("Agrardiesel")
OBJECT = 4.0  # Zipf frequency under which a word can name what a stance is taken on


def _object_words(claim: Claim, texts: dict[str, str], rare: float = OBJECT) -> set[str]:
    sentence = _sentence(claim, texts).lower()
    words = set(re.findall(r"[a-zäöüß][a-zäöüß-]{4,}", sentence))
    # The cue's own words are no object; what a gapped cue holds is ("stimmten dem
    # Tarifabschluss zu": the agreement is what was approved).
    cue = re.findall(r"[a-zäöüß]+", claim.evidence.lower())
    named = set(re.findall(r"[a-zäöüß]+", claim.subject.lower())) | set(cue[:1] + cue[-1:])
    inner = re.findall(r"[a-zäöüß][a-zäöüß-]{4,}", claim.evidence.lower())
    # Tokens as the sentence's ("soli-zuschlag"), but for the cue's own words ("ruled out a
    # U-turn" holds nothing).
    held = {w for w in inner if w not in named and w not in _cue_words(claim.question)}
    rare_held = {w for w in held if max(zipf(w, "de"), zipf(w, "en")) < rare}
    if rare_held:
        # "lehnten den Leitantrag zur Rentenreform ab": the words a gapped cue holds are
        # what it is about; the rest of the sentence ("Die Delegierten") is who or when.
        return rare_held
    return {w for w in words - named if max(zipf(w, "de"), zipf(w, "en")) < rare}


def _object_phrase(claim: Claim, texts: dict[str, str]) -> set[str]:
    """The words right after a cue to its clause's end, as one token, when they are two to
    four words besides function words ("voted to reject the pay offer" -> "pay offer"): one
    thing named alike in common words is one thing, where no rare word names it."""
    text = texts.get(claim.source, "")
    after = re.match(r"[^,;:.!?()–—]{0,50}(?=[,;:.!?()–—]|$)", text[claim.end :])
    if after is None:
        return set()
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", after.group())]
    function = lexicon.function_words("de") | lexicon.function_words("en")
    content = [w for w in words if w not in function]
    return {" ".join(content)} if 2 <= len(content) <= 4 else set()


@lru_cache(maxsize=64)
def _cue_words(question: str) -> frozenset[str]:
    """The words of a stance question's cue phrases, in both languages, lower-cased."""
    if not question:
        return frozenset()
    spec = lexicon.question(question)
    phrases = [
        p for pole in spec.poles.values() for code in lexicon.LANGUAGES for p in pole.cues(code)
    ]
    return frozenset(w for p in phrases for w in re.findall(r"[a-zäöüß][a-zäöüß-]*", p.lower()))


def _about_one_thing(
    side_a: list[Claim], side_b: list[Claim], texts: dict[str, str], rare: float = OBJECT
) -> tuple[list[Claim], list[Claim]]:
    """The claims of each side whose sentence shares a rare word with one of the other side:
    what was approved or rejected must be one thing."""
    words_a = {c.id: _object_words(c, texts, rare) | _object_phrase(c, texts) for c in side_a}
    words_b = {c.id: _object_words(c, texts, rare) | _object_phrase(c, texts) for c in side_b}
    # Sharing a word with one claim of the other side is sharing it with their union.
    all_a: set[str] = set().union(*words_a.values())
    all_b: set[str] = set().union(*words_b.values())
    keep_a = [c for c in side_a if words_a[c.id] & all_b]
    keep_b = [c for c in side_b if words_b[c.id] & all_a]
    return keep_a, keep_b


def topic_term(texts: dict[str, str], sentences: Iterable[str]) -> str:
    """The rare word of these sentences that most sources use (at least half, inside
    compounds too): what a story is about when it is a thing rather than an organisation
    ("Agrardiesel", "Hitzeschutzplan"). Candidates come from the sentences only, so a large
    corpus costs a few substring searches per candidate."""
    if len(texts) < 2:
        return ""
    candidates: set[str] = set()
    for sentence in sentences:
        language = _language_of(sentence)
        for word in re.findall(r"[A-Za-zÄÖÜäöüß][a-zäöüß]{5,}", sentence):
            if zipf(word.lower(), language) < RARE:
                candidates.add(word.lower())
    lowered = [t.lower() for t in texts.values()]
    best = _most_shared(candidates, lowered)
    if best:
        return best
    # No rare word: a compound ("Kfz-Steuerbefreiung", "two-child") or two words that name
    # the thing together ("benefit cap", "fuel payments"), the rarest pair first.
    phrases: dict[str, float] = {}
    for sentence in sentences:
        language = _language_of(sentence)
        for word in re.findall(r"\w+(?:-\w+)+", sentence):
            if len(word) >= 6:
                phrases[word.lower()] = 0.0
        words = re.findall(r"[\w-]+", sentence)
        for first, second in pairwise(words):
            pair = [zipf(w.lower(), language) for w in (first, second)]
            # Both uncommon ("fuel payments"), or a rare word with a common noun beside it
            # ("inheritance tax").
            if min(len(first), len(second)) >= 3 and (
                max(pair) < COMMON_WORD or (min(pair) < OBJECT and max(pair) < NAMING_WORD)
            ):
                phrases[f"{first} {second}".lower()] = sum(pair)
    return _most_shared(sorted(phrases, key=lambda p: phrases[p]), lowered, by_length=False)


COMMON_WORD = 5.0  # Zipf frequency from which a word is a function word or nearly one
NAMING_WORD = 5.5  # ... under which a common noun still helps a rare word name a thing
_GERMAN_WORDS = re.compile(r"\b(?:der|die|und|nicht)\b")


def _language_of(sentence: str) -> str:
    return "de" if _GERMAN_WORDS.search(sentence) else "en"


def _most_shared(candidates: Iterable[str], lowered: list[str], by_length: bool = True) -> str:
    """The candidate most texts hold (at least half of them), the first in order on a tie."""
    best, best_count = "", max(2.0, len(lowered) / 2)
    # The shortest first: "agrardiesel", not "…beihilfe".
    for word in sorted(candidates, key=len) if by_length else candidates:
        count = sum(word in text for text in lowered)
        if count > best_count or (count == best_count and not best):
            best, best_count = word, count
    return best


def _sentence(claim: Claim, texts: dict[str, str]) -> str:
    text = texts.get(claim.source, "")
    left = max(text.rfind(mark, 0, claim.start) for mark in (". ", "\n", "! ", "? "))
    ends = [i for i in (text.find(mark, claim.end) for mark in (". ", "\n")) if i >= 0]
    return text[left + 1 : min(ends) if ends else len(text)]


def _cited(side: list[Claim], other_sources: list[str]) -> list[Claim]:
    """The claims a conflict cites for one side: every source once (those only on this side
    first), at most MAX_PASSAGES_SIDE passages, so a reader can check each."""
    elsewhere = set(other_sources)
    by_source: dict[str, list[Claim]] = {}
    for claim in sorted(side, key=lambda c: (c.source in elsewhere, -c.confidence)):
        by_source.setdefault(claim.source, []).append(claim)
    # Round by round, one claim of each source, until the side is full: a side of thousands
    # of claims costs what its first MAX_PASSAGES_SIDE do.
    cited: list[Claim] = []
    for i in range(max(len(claims) for claims in by_source.values())):
        for claims in by_source.values():
            if i < len(claims):
                cited.append(claims[i])
                if len(cited) == MAX_PASSAGES_SIDE:
                    return cited
    return cited


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


def _with_report_dates(
    conflict: Conflict,
    measure_of: dict[str, str],
    published: dict[str, date],
    days_of: dict[str, list[str]],
) -> Conflict:
    """A toll or a running count given by pages published on different days, or for days
    its sentences name apart ("bis Mittwoch … 2.719" against "2,000, the junta said on
    Sunday"), may have moved between them: the explanation says when, so a reader can weigh
    it. It stays a conflict. `measure_of`: each claim's measure by id; `published`: each
    dated source's day; `days_of`: the days each passage names (date claims)."""
    if conflict.kind != "value":
        return conflict
    counted = [lexicon.measure(measure_of.get(c, "")) for c in conflict.claims]
    if not any(m is not None and (m.about_event or m.cumulative) for m in counted):
        return conflict
    on = sorted({published[s] for s in conflict.sources if s in published})
    if len(on) < 2:
        named_days = [days_of.get(p, []) for p in conflict.passages]
        days = list(dict.fromkeys(d for found in named_days for d in found))
        if len(days) < 2 or not all(named_days):
            return conflict
        given = ", ".join(_day_words(d) for d in days[:-1]) + f" and {_day_words(days[-1])}"
        note = f" The counts are given for {given}: the count may have moved between them."
        return conflict.model_copy(update={"explanation": conflict.explanation + note})
    named = ", ".join(day.isoformat() for day in on[:-1]) + f" and {on[-1].isoformat()}"
    note = f" The pages were published on {named}: the count may have moved between them."
    return conflict.model_copy(update={"explanation": conflict.explanation + note})


def _day_words(day: str) -> str:
    """'sunday' -> 'Sunday', '2024-01-05' and '--01-05' as written."""
    return day.capitalize() if day.isalpha() else day.lstrip("-")


def origin_conflicts(claims: list[Claim], labels: dict[str, str]) -> list[Conflict]:
    """Sources that place the study in different countries ("US-Studie" against "Forscher …
    in Shanghai"; model/origins.py): one difference listing where each source places it,
    when one source names a country another does not and that one names a country the first
    does not. Researchers, participants and a meeting may be in different countries, so it is
    never a contradiction."""
    origins = [c for c in claims if c.kind == "origin"]
    by_country: dict[str, list[Claim]] = defaultdict(list)
    for claim in origins:
        by_country[claim.pole].append(claim)
    placed: dict[str, set[str]] = defaultdict(set)
    for claim in origins:
        placed[claim.source].add(claim.pole)
    apart = any(placed[a] - placed[b] and placed[b] - placed[a] for a, b in combinations(placed, 2))
    if len(by_country) < 2 or not apart:
        return []
    countries = sorted(by_country, key=lambda c: (-len({x.source for x in by_country[c]}), c))
    parts = [
        f"{_labels(_src(by_country[c]), labels)} "
        f"{'places' if len(set(_src(by_country[c]))) == 1 else 'place'} it in "
        f"{subject_name(c)} (“{by_country[c][0].evidence}”)"
        for c in countries
    ]
    explanation = (
        "approximate: origin of the study: "
        + "; ".join(parts)
        + " — researchers, participants and the meeting may be in different countries."
    )
    cited = [c for country in countries for c in _cited(by_country[country], [])]
    return [
        _conflict(
            "approximate",
            cited,
            explanation,
            _confidence(cited, APPROXIMATE),
            [f"“{by_country[c][0].evidence}”" for c in countries],
        )
    ]


def _lengths_of_one_article(conflict: Conflict, measure_of: dict[str, str]) -> bool:
    """issue 9: one article giving two lengths of an event, or a range and another range's
    end, tells of two things (a trial and its hearings; a group and a part of it): no
    contradiction of sources (model/durations.py)."""
    return conflict.kind == "internal" and all(
        is_duration_measure(measure_of.get(c, "")) for c in conflict.claims
    )


def find_conflicts(
    sources: list[Source], claims: list[Claim], groups: list[Group]
) -> list[Conflict]:
    labels = {s.id: s.label for s in sources}
    language = Counter(s.language for s in sources).most_common(1)[0][0] if sources else "en"
    story = story_subject(claims, len(sources))
    texts = {s.id: s.text for s in sources}
    languages = {s.id: s.language for s in sources}
    lined_up: dict[str, set[str]] = defaultdict(set)
    for group in groups:
        if group.kind == "wording":
            for passage in group.passages:
                lined_up[passage].add(group.id)
    groups_of = {p: frozenset(g) for p, g in lined_up.items()}
    # Records are compared by `record_conflicts` alone: their value is a year, not a figure.
    records = [c for c in claims if c.measure == RECORD]
    claims = [c for c in claims if c.measure != RECORD]
    found = (
        value_conflicts(claims, labels, story, language, groups_of)
        + measure_conflicts(claims, labels, texts)
        + direction_conflicts(claims, labels, story, language, texts)
        + composed_total_conflicts(claims, labels, texts, languages, story)
        + stance_conflicts(claims, labels, story, texts)
        + day_conflicts(claims, groups_of, labels, texts)
        + record_conflicts(records, groups_of, labels, texts)
        + sequential_arithmetic_conflicts(claims, labels, language, story)
        + origin_conflicts(claims, labels)
    )
    measure_of = {c.id: c.measure for c in claims + records}
    published = {s.id: s.published for s in sources if s.published is not None}
    days_of: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "date" and claim.day and claim.day not in days_of[claim.passage]:
            days_of[claim.passage].append(claim.day)
    unique = [
        _with_report_dates(c, measure_of, published, days_of)
        for c in {c.id: c for c in found}.values()
        if not _lengths_of_one_article(c, measure_of)
    ]
    unique.sort(key=lambda c: (-c.confidence, c.explanation))
    return unique + period_differences(claims, groups, labels, story, language)
