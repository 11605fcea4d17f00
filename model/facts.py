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
from seedview.model.claims import measure_label, subject_name
from seedview.model.durations import VICTIMS
from seedview.model.keys import (
    confusable_measures,
    figure_key,
    stance_key,
    story_subject,
    subject_key,
    telling_figure,
)
from seedview.model.labels import facts_topic, label_words, stance_question
from seedview.model.schema import Claim, Group, Passage, Source, Topic

FACTS_TOPIC_ID = "t-facts"
MAX_SHARE = 0.1  # a fact group holds at most this share of the content passages
MIN_PASSAGES_CAP = 6  # ... but never fewer than this many
SMALL_COUNT = 100  # counts below this join a same-figure group only with a known measure
# A key that groups claims whatever their values also joins passages about other things that
# the extraction read into the same key ("keep or abolish" for two different tax breaks, three
# death tolls of three places). Such a group is split into parts whose passages the sentence
# encoder links (cosine at least FACT_COSINE with another source's member, chained). Chosen by
# measurement on the seven labelled stories (tests/test_stories.py): mean precision 0.62 ->
# 0.64 at the same mean recall (0.3 - 0.45 split too little or cost recall). Beyond
# ENCODED_UP_TO content passages the encoder is not run (alignment skips it there too) and
# groups stay whole.
FACT_COSINE = 0.5
# Across languages the encoder's cosines run lower (vw_ig_metall_deal_mixed: same-claim
# German-English pairs have a median of 0.37, against 0.44 within one language).
FACT_COSINE_ACROSS = 0.3
ENCODED_UP_TO = 2_000


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
    text_of = {p.id: p.text for p in passages}
    language_of = {s.id: s.language for s in sources}
    encode = content <= ENCODED_UP_TO
    groups: list[Group] = []
    for key, members in sorted(by_key.items()):
        if len({c.source for c in members}) < 2:
            continue  # a fact one source states is no comparison
        split = encode and _loosely_keyed(key)
        for part in _coherent_parts(members, text_of, language_of) if split else [members]:
            groups.append(_keyed_group(key, part, cap, language))
    groups += _same_figure_groups(claims, story, cap, [set(g.passages) for g in groups], language)
    unique = list({g.id: g for g in groups}.values())
    if not unique:
        return [], None
    topic = Topic(id=FACTS_TOPIC_ID, label=facts_topic(language), groups=[g.id for g in unique])
    return unique, topic


def _loosely_keyed(key: tuple[str, ...]) -> bool:
    """Whether a key may join claims about different things: a figure's key whatever its
    value (three death tolls of three places), a stance on whatever topic term the sentence
    names ("keep or abolish": which tax break?). A stance on the story's subject or a named
    one ("the study shows causation") and one distinctive figure read two ways are one fact
    however their passages word it: splitting those lost fact groups' own pairs, whose
    passages share nothing else (fasting_heart_risk_en: "preliminary findings" / "an
    abstract, not peer-reviewed")."""
    if key[0] == "stance":
        return lexicon.question(key[1]).subject == "topic"
    return key[0] == "figure"


def _coherent_parts(
    members: list[Claim], text_of: dict[str, str], language_of_source: dict[str, str]
) -> list[list[Claim]]:
    """The claims of one key split where their passages say unrelated things: parts of
    passages chained by the encoder's cosine (FACT_COSINE, FACT_COSINE_ACROSS between
    languages) across sources, each part from at least two sources. The vectors are those
    alignment computed (cached per sentence)."""
    from seedview.model import semantic

    ids = sorted({c.passage for c in members})
    source_of = {c.passage: c.source for c in members}
    language_of = {c.passage: language_of_source.get(c.source, "") for c in members}
    matrix = semantic.vectors([text_of[i] for i in ids])
    similar = matrix @ matrix.T
    part_of = list(range(len(ids)))

    def root(i: int) -> int:
        while part_of[i] != i:
            part_of[i] = part_of[part_of[i]]
            i = part_of[i]
        return i

    for i, j in combinations(range(len(ids)), 2):
        across = language_of[ids[i]] != language_of[ids[j]]
        if source_of[ids[i]] != source_of[ids[j]] and similar[i, j] >= (
            FACT_COSINE_ACROSS if across else FACT_COSINE
        ):
            part_of[root(i)] = root(j)
    parts: dict[int, list[Claim]] = defaultdict(list)
    row = {pid: i for i, pid in enumerate(ids)}
    for claim in members:
        parts[root(row[claim.passage])].append(claim)
    return [part for _, part in sorted(parts.items()) if len({c.source for c in part}) >= 2]


def _keyed_group(key: tuple[str, ...], members: list[Claim], cap: int, language: str) -> Group:
    """The fact group of the claims of one key, named by the key in words."""
    ids = _cited_passages(members, cap)
    return Group(
        id="f-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:10],
        topic=FACTS_TOPIC_ID,
        label=fact_label(key, members, language),
        passages=ids,
        score=1.0,
        shared_terms=[],
        kind="fact",
    )


def fact_label(key: tuple[str, ...], members: list[Claim], language: str) -> str:
    """A fact's key in words, as its members' claims word it ("Tesla · Umsatz · Q2 2025"); a
    stance's question in the corpus's language ("beibehalten oder abschaffen")."""
    labels = Counter(c.key_label for c in members)
    if key[0] == "figure as":  # "91% · risk of death / risk": one figure, two readings
        readings = Counter(measure_label(c.measure, language) for c in members)
        label = f"{members[0].evidence} · " + " / ".join(r for r, _ in readings.most_common())
        labels = Counter({label: 1})
    elif key[0] == "stance":
        labels = Counter(_stance_label(c, language) for c in members)
    elif key[0] == "figure":
        labels = Counter({_figure_label(members, language, whole_key=True): 1})
    return labels.most_common(1)[0][0] or str(key[2])


def _figure_label(members: list[Claim], language: str, whole_key: bool) -> str:
    """Subject and measure (with its basis: "Gehalt (pro Jahr)"), and for claims of one whole
    key (`whole_key`; a same-figure group spans roles and periods) the role unless reported and
    the period as most members' articles wrote it; in words of the corpus's language, so a key
    read the same way from a German and an English article gets one label."""
    first = Counter((c.subject, c.measure, c.basis, c.role) for c in members).most_common(1)
    subject, measure, basis, role = first[0][0]
    measure_words = measure_label(measure, language)
    if basis != "level":
        measure_words += f" ({label_words('basis', basis, language)})"
    parts = [subject_name(subject)] if subject else []
    # issue 9: a range over a named group ("victims aged 18 to 60") says whose ages.
    parts += [label_words("groups", q, language) for q in members[0].qualifiers if q == VICTIMS]
    parts.append(measure_words)
    if whole_key and role != "reported":
        parts.append(label_words("roles", role, language))
    periods = Counter(c.period.text or c.period.label for c in members if c.period)
    if whole_key and periods:
        parts.append(periods.most_common(1)[0][0])
    return " · ".join(p for p in parts if p)


def _stance_label(claim: Claim, language: str) -> str:
    """A stance's key in words: its subject, when the clause names one, and its question as
    labels.toml words it in the corpus's language."""
    question = stance_question(claim.question, language)
    return f"{subject_name(claim.subject)} · {question}" if claim.subject else question


def fact_key(claim: Claim, story: str) -> tuple[str, ...] | None:
    """The fact a claim states, as a key: equal keys, one fact. None for claims that group
    nothing (an undatable period, a noun the lexicon does not know as a measure)."""
    if claim.kind == "stance":
        if not lexicon.question(claim.question).fact_group:
            return None
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
        if claim.kind == "figure" and claim.quantity and telling_figure(claim):
            by_number[(claim.quantity.unit, claim.quantity.value)].append(claim)
    found: dict[tuple[str, ...], list[Claim]] = {}
    for (unit, value), members in by_number.items():
        measures = {c.measure for c in members}
        if any(frozenset(pair) in confusable for pair in combinations(sorted(measures), 2)):
            found[("figure as", unit, str(value))] = members
    return found


def _same_figure_groups(
    claims: list[Claim], story: str, cap: int, taken: list[set[str]], language: str
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
        # "count:diabetes" too: a count of a noun the lexicon does not know as a measure.
        small = quantity.unit.split(":")[0] == "count" and quantity.value < SMALL_COUNT
        if not measure and small:
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
        measured = [c for c in members if lexicon.measure(c.measure)]
        named = _figure_label(measured, language, whole_key=False) if measured else ""
        written = Counter(c.quantity.text for c in members if c.quantity)
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
