"""Stage: fact groups. Passages whose claims share a key form a group, whatever their values.

Wording groups (`align`) join passages that say the same thing in similar words; a fact group
joins the passages that state one fact (a figure's subject, measure, qualifiers, role, basis and
period; a stance's question and subject), however they word it and whether or not they agree:
that is where a disagreement becomes visible. A passage may belong to a wording group and to
fact groups. Fact groups sit under one topic of their own.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from itertools import combinations

from seedview.model import lexicon
from seedview.model.claims import measure_label
from seedview.model.keys import (
    confusable_measures,
    distinctive_value,
    figure_key,
    stance_key,
    story_subject,
    subject_key,
)
from seedview.model.labels import facts_topic
from seedview.model.schema import Claim, Group, Passage, Source, Topic

FACTS_TOPIC_ID = "t-facts"
MAX_SHARE = 0.1  # a fact group holds at most this share of the content passages
MIN_PASSAGES_CAP = 6  # ... but never fewer than this many
SMALL_COUNT = 100  # counts below this join a same-figure group only with a known measure


def fact_groups(
    sources: list[Source], passages: list[Passage], claims: list[Claim], language: str
) -> tuple[list[Group], Topic | None]:
    """The fact groups of a corpus and the topic that holds them (None when there are none)."""
    story = story_subject(claims, len(sources))
    content = sum(1 for p in passages if p.kind == "content")
    cap = max(MIN_PASSAGES_CAP, int(MAX_SHARE * content))
    by_key: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        key = fact_key(claim, story)
        if key is not None:
            by_key[key].append(claim)
    by_key.update(_one_figure_two_measures(claims))
    groups: list[Group] = []
    for key, members in sorted(by_key.items()):
        if len({c.source for c in members}) < 2:
            continue  # a fact one source states is no comparison
        ids = _cited_passages(members, cap)
        labels = Counter(c.key_label for c in members)
        if key[0] == "figure as":  # "91% · risk of death / risk": one figure, two readings
            readings = Counter(measure_label(c.measure, language) for c in members)
            label = f"{members[0].evidence} · " + " / ".join(r for r, _ in readings.most_common())
            labels = Counter({label: 1})
        groups.append(
            Group(
                id="f-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:10],
                topic=FACTS_TOPIC_ID,
                label=labels.most_common(1)[0][0] or str(key[2]),
                passages=ids,
                score=1.0,
                shared_terms=[],
                kind="fact",
            )
        )
    groups += _same_figure_groups(claims, story, cap, [set(g.passages) for g in groups])
    unique = list({g.id: g for g in groups}.values())
    if not unique:
        return [], None
    topic = Topic(id=FACTS_TOPIC_ID, label=facts_topic(language), groups=[g.id for g in unique])
    return unique, topic


def fact_key(claim: Claim, story: str) -> tuple[str, ...] | None:
    """The fact a claim states, as a key: equal keys, one fact. None for claims that group
    nothing (an undatable period, a noun the lexicon does not know as a measure)."""
    if claim.kind == "stance":
        return ("stance", *stance_key(claim, story))
    if claim.quantity is None or not claim.measure:
        return None
    subject, measure, qualifiers, role, basis, _kind, period = figure_key(claim, story)
    if period.startswith("?") or lexicon.measure(measure) is None:
        return None
    return ("figure", subject, measure, *qualifiers, role, basis, period)


def _one_figure_two_measures(claims: list[Claim]) -> dict[tuple[str, ...], list[Claim]]:
    """One distinctive figure given as two measures a reporter may confuse ("91 %" as the risk
    of death and as the risk of heart disease) is one fact stated two ways: grouped, so the
    disagreement about what it measures shows side by side."""
    confusable = confusable_measures()
    by_number: dict[tuple[str, float], list[Claim]] = defaultdict(list)
    for claim in claims:
        if (
            claim.kind == "figure"
            and claim.quantity
            and not claim.basis.startswith("change")
            and distinctive_value(claim.quantity.value)
        ):
            by_number[(claim.quantity.unit, claim.quantity.value)].append(claim)
    found: dict[tuple[str, ...], list[Claim]] = {}
    for (unit, value), members in by_number.items():
        measures = {c.measure for c in members}
        if any(frozenset(pair) in confusable for pair in combinations(sorted(measures), 2)):
            found[("figure as", unit, str(value))] = members
    return found


def _same_figure_groups(
    claims: list[Claim], story: str, cap: int, taken: list[set[str]]
) -> list[Group]:
    """Groups of passages that state one figure: the same value in the same unit about the
    same subject and measure, whatever role, basis, qualifiers or period their clauses give it.

    A key holds claims only when every part of it was read the same way; "mehr als 35.000
    Stellen bis 2030" (a forecast) and "cut over 35,000 jobs" (no period) state one fact. A
    figure whose noun the lexicon does not know as a measure ("35.000 Jobs") joins the one
    known measure stating that value, if exactly one does. A change ("91 % higher") is
    another figure than a level of the same value; figures of a single source are left out; a group that another fact group already holds
    whole adds nothing and is dropped.
    """
    by_value: dict[tuple[str, str, float, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        quantity = claim.quantity
        if claim.kind != "figure" or quantity is None or not quantity.value:
            continue
        measure = claim.measure if lexicon.measure(claim.measure) is not None else ""
        if not measure and quantity.unit == "count" and quantity.value < SMALL_COUNT:
            continue  # "type 2 diabetes", "3 Werke": a small number alone says too little
        value = float(f"{quantity.value:.3g}")  # "35.000", "35,000" and "35 000" alike
        unit = quantity.unit + (" change" if quantity.change else "")
        by_value[subject_key(claim, story), unit, value, measure].append(claim)
    for (subject, unit, value, measure), _members in list(by_value.items()):
        if measure:
            continue
        known = [key for key in by_value if key[:3] == (subject, unit, value) and key[3]]
        if len(known) == 1:
            by_value[known[0]].extend(by_value.pop((subject, unit, value, measure)))
    groups: list[Group] = []
    for _key, members in sorted(by_value.items()):
        if len({c.source for c in members}) < 2:
            continue
        ids = _cited_passages(members, cap)
        if any(set(ids) <= held for held in taken):
            continue
        taken.append(set(ids))
        labels = Counter(c.key_label for c in members if lexicon.measure(c.measure))
        written = Counter(c.quantity.text for c in members if c.quantity)
        named = labels.most_common(1)[0][0] if labels else ""
        figure = written.most_common(1)[0][0]
        groups.append(
            Group(
                id="f-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:10],
                topic=FACTS_TOPIC_ID,
                label=f"{named} · {figure}" if named else figure,
                passages=ids,
                score=1.0,
                shared_terms=[],
                kind="fact",
            )
        )
    return groups


def _cited_passages(members: list[Claim], cap: int) -> list[str]:
    """Every source's passages in turn, up to the cap, in source order."""
    by_source: dict[str, list[str]] = defaultdict(list)
    for claim in members:
        if claim.passage not in by_source[claim.source]:
            by_source[claim.source].append(claim.passage)
    ordered = [by_source[s] for s in sorted(by_source)]
    rounds = max(len(ids) for ids in ordered)
    cited = [ids[i] for i in range(rounds) for ids in ordered if i < len(ids)]
    return sorted(cited[:cap], key=lambda pid: (pid.split("@")[0], int(pid.rsplit("@", 1)[1])))
