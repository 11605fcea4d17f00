"""Stage 7: the claims each sentence makes, each with the key that says what it is about.

A figure is a quantity with its key: subject (the organisation its clause names, else the one
the paragraph is about, else the story's own), measure (the lexicon's measure whose cue stands
nearest in the clause, or the noun it counts), qualifiers (a segment, "total", "part"), role
(reported, forecast, consensus, prior, target), basis (level, change, per share, per year) and
period (the clause's, else one inherited from an earlier figure of the paragraph, else the
story's). A stance is a pole of one of the lexicon's questions, read through negation, shifts
("Kehrtwende von X hin zu Y"), hedges and dismissals ("claims that … are premature").

All words come from `seedview.model.lexicon`; this module holds only the grammar.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import Literal

from seedview.model import durations, lexicon, tables
from seedview.model.ages import AGE, age_claims
from seedview.model.days import date_claims
from seedview.model.lexicon import Language, Measure, Question, matcher, unit_dimensions
from seedview.model.normalize import (
    entity_of,
    institutions,
    lemma,
    name_length,
    named_by_letters,
    names_by_apposition,
    names_in,
    names_someone,
    zipf,
)
from seedview.model.offices import office_claims
from seedview.model.origins import origin_claims
from seedview.model.periods import find_periods
from seedview.model.quantities import (
    NUMBER_WORDS,
    Found,
    bare_numbers,
    counts_people,
    find_quantities,
)
from seedview.model.schema import Claim, Passage, Period, Quantity, Source
from seedview.model.since import record_claims, record_spans

__all__ = ["extract_claims", "find_periods", "source_claims"]

INHERITED_PERIOD = 0.8  # confidence factor of a period taken from the paragraph
INHERITED_MEASURE = 0.8  # of a measure taken from the paragraph or article
# Nouns a bare number may stand before that count no measure ("um 2 Uhr", "der 30-Jährige").
_NOT_MEASURES = frozenset(["uhr", "jährige", "jährigen", "hour", "hours", "seconds", "t", "u"])


def dimension(unit: str) -> str:
    """The kind of thing a unit measures: money, percent, count, energy, ... (measures.toml)."""
    return unit_dimensions().get(unit, "count")


@dataclass(frozen=True)
class Mention:
    start: int
    entity: str
    # Named only by a word of capitals ("AfD", "FCB"): a party's share of the vote is its
    # own, but a club or an agency named so beside a player's pay or a count is seldom whose
    # it is, and such a name makes no paragraph's subject.
    by_letters: bool = False


# --- measures -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    measure: str
    modifier: str  # the part of a compound before the cue ("werbe" in "Werbeumsatz")


_WORD = re.compile(r"[^\W\d_][\w-]*")


@cache
def _english_measure_pattern() -> re.Pattern[str]:
    """Every measure's English cues, longest first across measures, so that "pay rise" (a
    salary's) is found where "pay" (spending) also starts; each cue's group names its
    measure's index (`_measure_index`)."""
    cues = sorted(
        (
            (cue, index, number)
            for index, measure in enumerate(lexicon.measures())
            for number, cue in enumerate(measure.en)
        ),
        key=lambda item: -len(item[0]),
    )
    phrases = [lexicon.phrase_pattern(cue) for cue, _, _ in cues]
    parts = [
        f"(?P<m{index}_{number}>{phrase})"
        for phrase, (_, index, number) in zip(phrases, cues, strict=True)
    ]
    pattern = "|".join(parts)
    if all(p.startswith(lexicon.WORD_START) for p in phrases):
        # As in `lexicon.alternation`: the word start every cue needs, checked once.
        pattern = f"{lexicon.WORD_START}(?:{pattern})"
    return re.compile(pattern, re.IGNORECASE)


def _measure_index(match: re.Match[str]) -> int:
    """The index of the measure whose cue matched (`_english_measure_pattern`'s groups)."""
    name = match.lastgroup
    assert name is not None
    return int(name[1:].split("_")[0])


@cache
def _german_phrases() -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """German cues of more than one word ("ums Leben"), as one pattern for all (to skip the
    sentences that hold none) and one per measure, in the lexicon's order."""
    table = [(m.name, [c for c in m.de if " " in c]) for m in lexicon.measures()]
    every = matcher([c for _, phrases in table for c in phrases])
    return every, tuple((name, matcher(phrases)) for name, phrases in table if phrases)


@cache
def _english_measure_starts() -> re.Pattern[str]:
    return lexicon.any_of([cue for measure in lexicon.measures() for cue in measure.en])


@cache
def _german_stems() -> tuple[tuple[str, int], ...]:
    """(stem, measure index), longest first: 'kapitalausgab' before 'ausgab'."""
    stems = [(stem, i) for i, m in enumerate(lexicon.measures()) for stem in m.de]
    return tuple(sorted(stems, key=lambda item: -len(item[0])))


@cache
def _noun_endings() -> tuple[str, ...]:
    return tuple(lexicon.language("de").stems.noun_endings)


@cache
def _verb_endings() -> tuple[str, ...]:
    return tuple(lexicon.language("de").stems.verb_endings)  # "verdiente", "zahlten"


@cache
def _german_affixes() -> tuple[dict[str, int], dict[str, list[int]]]:
    """Stem -> its rank in `_german_stems`, and stem + inflection -> the ranks that make it,
    so a word is checked by its own prefixes and suffixes, not against every stem."""
    ranks: dict[str, int] = {}
    tails: dict[str, list[int]] = {}
    for rank, (stem, _) in enumerate(_german_stems()):
        ranks.setdefault(stem, rank)
        for ending in _noun_endings():
            tails.setdefault(stem + ending, []).append(rank)
    return ranks, tails


@lru_cache(maxsize=100_000)
def _german_word_measure(word: str) -> tuple[int, str] | None:
    """The measure a German word names, with the compound part before it ('Werbeumsatz' ->
    revenue, 'werbe'). A stem counts at the start of a word ('Ablösesumme') or as its head
    ('Sockelablöse'), where what comes before must itself be a word: 'Investoren' holds no
    'Toren'. Stems are tried longest first."""
    lower = word.lower()
    ranks, tails = _german_affixes()
    stems = _german_stems()
    candidates = {ranks[lower[:k]] for k in range(1, len(lower) + 1) if lower[:k] in ranks}
    for i in range(1, len(lower)):
        candidates.update(tails.get(lower[i:], ()))
    for rank in sorted(candidates):
        stem, index = stems[rank]
        if lower.startswith(stem):
            rest = lower[len(stem) :].lstrip("-")
            # "Ablösesumme", "Arbeitslosenquote": a word may follow the stem, after a linking
            # "s" or "en"; "Spieler" is no "Spiele" + "r".
            if (
                rest in _noun_endings()
                or rest in _verb_endings()
                or any(len(rest) - k >= 3 and zipf(rest[k:], "de") >= 2.5 for k in (0, 1, 2))
            ):
                return index, ""
            continue
        for ending in _noun_endings():
            tail = stem + ending
            if len(lower) > len(tail) and lower.endswith(tail):
                head = lower[: -len(tail)].rstrip("-")
                linked = head[:-1] if head.endswith("s") else head
                if head in _language("de").stems.particles:
                    if lower[len(head) :].startswith("ge"):
                        return index, ""  # "eingespart": a participle's particle, no compound
                    continue  # "Zustrom", "Umweg": another word, not this measure
                if (
                    word[len(head) : len(head) + 1] == "-"
                    or (len(head) >= 3 and max(zipf(head, "de"), zipf(linked, "de")) >= 2.5)
                    or lexicon.segment_of(head, "de") is not None  # "Personalkosten" is rare
                    # "Vorsteuergewinn": a head that is itself a compound ending in a word
                    or any(zipf(linked[k:], "de") >= 3.0 for k in range(1, len(linked) - 3))
                ):
                    return index, head
    return None


@lru_cache(maxsize=50_000)
def _measure_cues(text: str, language: str) -> tuple[_Cue, ...]:
    table = lexicon.measures()
    found: list[_Cue] = []
    if language == "de":
        for match in _WORD.finditer(text):
            hit = _german_word_measure(match.group())
            if hit:
                found.append(_Cue(match.start(), match.end(), table[hit[0]].name, hit[1]))
        # Separable and multi-word cues ("ums Leben", "gaben … aus") read as phrases too.
        every, by_measure = _german_phrases()
        if every.search(text):
            phrased = [
                _Cue(match.start(), match.end(), name, "")
                for name, phrases in by_measure
                for match in phrases.finditer(text)
            ]
            # "Das operative Ergebnis": the phrase names the measure, not its last word alone.
            found = [
                cue
                for cue in found
                if not any(p.start <= cue.start and cue.end <= p.end for p in phrased)
            ] + phrased
        return tuple(found)
    for match in lexicon.scan(_english_measure_pattern(), _english_measure_starts(), text):
        index = _measure_index(match)
        modifier = (
            _english_modifier(text, match.start(), match.end(), language)
            if table[index].has_parts
            else ""  # "the worst Dow Jones stock": which index, not which part of a share
        )
        found.append(_Cue(match.start(), match.end(), table[index].name, modifier))
    return tuple(found)


def _english_modifier(text: str, start: int, end: int, language: str) -> str:
    """'data center revenue' -> 'data center': nouns before a measure word narrow it."""
    if matcher(_language(language).cues.measure_verb).fullmatch(text[start:end].split()[0]):
        return ""  # "the £106.8m Chelsea paid", "Wolves sell … for": the verb's subject
    window = text[max(0, start - 40) : start]
    # Only words between the figure and the cue narrow it: "confirmed 5,500 deaths" has none.
    window = re.split(r"\d", window)[-1]
    words = re.findall(r"[A-Za-z][\w-]*", window)[-2:]
    if len(words) == 2 and lexicon.segment_of(" ".join(words).lower(), language):
        return " ".join(words).lower()  # "data center sales": a segment of two common words
    neutral = matcher(_language(language).cues.neutral_modifier)
    kept: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if (
            neutral.fullmatch(lower)
            or zipf(lower, "en") >= 5.0  # function words and the commonest adjectives
            or lower in _PERIOD_WORDS
            or lower in _unit_words(language)  # "72 km southwest of": the figure's own unit
            or not lower.isalpha()
            or lower.endswith("ed")  # "posted sales": a verb, not a segment
            or counts_people(word, "en")  # "20,000 Americans took part": who, not which part
            or entity_of(word)  # "Intel (INTC) stock": whose, not which part
            or lower in _change_verbs(language)  # "Fed cuts rates": a verb, not a part
        ):
            break
        kept.insert(0, lower)
    return " ".join(kept)


@cache
def _change_verbs(language: str) -> frozenset[str]:
    words = _language(language).direction
    return frozenset(w.lower() for w in (*words.up_before, *words.down_before) if " " not in w)


@cache
def _unit_words(language: str) -> frozenset[str]:
    words = _language(language)
    return frozenset(
        w.lower()
        for table in (words.units, words.unit_multiples)
        for names in table.values()
        for w in names
    )


_PERIOD_WORDS = frozenset(
    ["quarter", "quarterly", "year", "annual", "fiscal", "first", "second", "third", "fourth"]
)


# --- clauses ------------------------------------------------------------------------------


@cache
def _clause_end() -> re.Pattern[str]:
    openers = [
        *lexicon.language("de").cues.clause_opener,
        *lexicon.language("en").cues.clause_opener,
    ]
    return re.compile(
        # A bracket around one short word ("Earnings per share (EPS) were $1.08") is no break:
        # the `short` alternative takes it whole, and `_clause` skips it.
        rf"(?P<short>\([\w.-]{{1,8}}\))|[;:!?]|\s[–—]\s|\(|\)"
        rf"|,\s+(?=(?:{matcher(openers).pattern})\b)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=100_000)  # per distinct sentence: copies repeat sentences
def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a span: bounded by ; : – and brackets, and by a comma that opens a
    new clause ('…, von denen 100 Millionen …', '… reaches 11,300, but officials …')."""
    left = 0
    for match in _clause_end().finditer(text, 0, start):
        if not match["short"]:
            left = match.end()
    right = len(text)
    for match in _clause_end().finditer(text, end):
        if not match["short"]:
            right = match.start()
            break
    return left, right


# --- figures ------------------------------------------------------------------------------


@cache
def _language(code: str) -> Language:
    return lexicon.language(code)


def _measure_table() -> dict[str, Measure]:
    return lexicon.measures_by_name()  # built once: asked for every figure


def _fits(measure: Measure, unit: str, change: bool = False) -> bool:
    if (
        change
        and unit == "%"
        and {"money", "count"} & set(measure.dimension)
        and "percent" not in measure.dimension
    ):
        # "Der Umsatz fiel um 12 %": a change of revenue, in per cent. A change in points
        # ("a 50-basis-point cut") is one of a rate or a share, never of an amount.
        return True
    return "any" in measure.dimension or dimension(unit) in measure.dimension


@cache
def _spaced(language: str, cue_list: str) -> re.Pattern[str]:
    """One of a list of cue words standing as a word between spaces: a clause opener
    ("und spart"), the word that hands a measure to the next figure ("on revenue of")."""
    words = matcher(getattr(_language(language).cues, cue_list)).pattern
    return re.compile(rf"\s+(?:{words})\s", re.IGNORECASE)


@lru_cache(maxsize=100_000)  # per distinct sentence and figure
def _choose_measure(
    text: str, found: Found, unit: str, language: str, clause: tuple[int, int]
) -> tuple[str, str]:
    """(measure, modifier): for a count, the noun it counts; else the nearest cue in the
    clause (before the figure, or after it at a longer distance), then in the sentence."""
    table = _measure_table()
    addition = matcher(_language(language).cues.addition)
    more_of_it = _more_of_it(language)
    opener = _spaced(language, "clause_opener")
    handed = _spaced(language, "next_measure")
    relative = matcher(_language(language).cues.relative_pronoun)
    clause_words = text[clause[0] : clause[1]]
    cues = [
        c
        for c in _measure_cues(text, language)
        if _fits(table[c.measure], unit, found.change)
        or _fits_reframed(c.measure, unit, found.change, clause_words, language)
    ]
    stated = find_quantities(text, language)
    best: tuple[float, _Cue] | None = None
    # The nearest cue of a measure that counts things by what is done with them: "die
    # Kapazität seiner Werke um 200.000 Fahrzeuge" counts capacity, though "Werke" is nearer.
    counting: tuple[float, _Cue] | None = None
    for cue in cues:
        if found.start <= cue.start < found.end:
            gap = 0.0  # "600-Milliarden-Dollar-Investition": the measure is inside the figure
        elif cue.end <= found.start:
            gap = found.start - cue.end
            if any(
                (clause[0] <= f.start and f.end <= cue.start)
                # "starben vier Menschen, 16 wurden verletzt": the verb before the first
                # figure is the first figure's
                or (cue.end <= f.start and f.end <= found.start)
                for f in stated
            ) and any(found.end <= c.start < clause[1] for c in cues):
                # "2946 Menschen kamen ums Leben, 5674 wurden verletzt": a cue after an
                # earlier figure is that figure's when this one has its own after it.
                gap += 100
        else:
            gap = (cue.start - found.end) * 1.5
            between = text[found.end : cue.start]
            own = more_of_it.match(between)
            if addition.search(between, own.end() if own else 0):
                # "100 Millionen plus Bonuszahlungen": the cue is the next figure's. "1.200
                # weitere wurden verletzt": "weitere" right after the figure is its own word.
                continue
            if opener.search(text[found.end : cue.start]):
                gap += 200  # "kostet 2 Milliarden Euro und spart 300 Millionen": a new clause
            if relative.search(between):
                continue  # "40 milligrams for adults who weigh …": the clause's noun's
            if (
                "," in text[found.end : cue.start]
                and cue.start - found.end <= 20
                and any(f.start >= cue.end and f.start - cue.end <= 25 for f in stated)
            ):
                # "Der Umsatz stieg um 5 Prozent, der Gewinn um 20 Prozent": after a comma, a
                # measure word right before a figure of its own names that figure, not this.
                continue
            if handed.match(text, found.end, cue.start) and any(f.start >= cue.end for f in stated):
                # "EPS of $0.02 on revenue of $12.8 billion": the next figure's; "spent $39bn
                # on capital expenditure" has no next figure, and the words are its own.
                continue
        if (
            found.end <= cue.start
            and not clause[0] <= cue.start < clause[1]
            and any(found.end <= f.start and f.end <= cue.start for f in stated)
        ):
            # "an initial £100m, possibly rising to £115m after add-ons": a cue past the
            # clause and a later figure is that figure's ("$110bn from its $4.4tn valuation"
            # is one clause). Before the figure it is not: "data center revenue rose to
            # $41.1bn, short of estimates of $41.3bn" estimates the same measure.
            continue
        if not clause[0] <= cue.start < clause[1]:
            gap += 200  # outside the clause: only when the clause names none
        if table[cue.measure].generic:
            # "£15m to be paid in add-ons": money moving names the measure last. Before the
            # figure the verb is its own ("kostet den Staat 2 Milliarden") unless a word
            # naming what the money is for follows it ("zahlt 100 Millionen Euro Ablöse").
            gap += 20
        if best is None or gap < best[0]:
            best = (gap, cue)
        if table[cue.measure].verb_counts and (counting is None or gap < counting[0]):
            counting = (gap, cue)
    if (
        unit == "%"
        and (
            best is None
            or best[0] >= 200
            # "Intel plunges 30%, most since 1982, after announcing layoffs": past a comma, a
            # word names another thing than what the name and its verb did.
            or (best[1].start >= found.end and "," in text[found.end : best[1].start])
        )
    ):
        mover = _named_mover(text, found, clause, language)
        if mover:
            return mover, ""
    if unit.startswith("count"):
        counted_whole = _partitive_whole(text, found.end, language)
        if counted_whole is not None and counted_whole[1]:
            # "Tausende der 52.000 Beschäftigten sollen ihren Job verlieren": what the part is
            # is what the clause says of it after the whole; with nothing said, "37 of the 150
            # seats" are seats out of seats, counted as before.
            later = [c for c in cues if counted_whole[0] <= c.start < clause[1]]
            if later:
                return later[0].measure, later[0].modifier
            counted_whole = None
        if counted_whole is not None:
            whole = counted_whole[0]
            # "Six of the defendants had their terms suspended": the noun is the whole the
            # six are taken from; what they are is what the clause says of them. With no
            # word for that, a part ("Drei der Verletzten") is no count of the whole.
            if best and best[0] < 100 and best[1].end > whole:
                return best[1].measure, best[1].modifier
            # The whole's own noun ("of the 242 people") is no word for the part: the
            # nearest cue after it in the clause is ("were killed").
            later = [c for c in cues if whole <= c.start < clause[1]]
            if later:
                return later[0].measure, later[0].modifier
            return "", ""
    if unit.startswith("count:"):
        noun = unit.split(":", 1)[1]
        people = matcher(_language(language).cues.person_noun)
        if people.fullmatch(noun):
            # "147 Menschen kamen ums Leben", "killed at least 11,300 people": people are
            # counted, the predicate says as what.
            told = _what_befell(text, found, cues, clause, people, stated)
            if told:
                return told.measure, told.modifier
        if best and best[0] < 3 and best[1].start >= found.end:
            return best[1].measure, best[1].modifier
        named = _noun_measure(noun, language)
        if named:
            return named
        if counting and counting[0] < 100:
            # "Tesla lieferte 384.122 Fahrzeuge aus", "444.000 Autos ausgeliefert": things
            # counted by what the clause says was done with them.
            return counting[1].measure, ""
        if (
            best
            and best[0] < 100
            and table[best[1].measure].about_event
            and not people.fullmatch(text[best[1].start : best[1].end])
            and not any(found.end <= f.start and f.end <= best[1].start for f in stated)
            # "to help the injured", "nach den Toten": a noun for people, not what befell
            and text[: best[1].start].split()[-1:] != []
            and text[: best[1].start].split()[-1].lower() not in _ARTICLES
        ):
            # "31 Bergleute starben", "200 passengers were injured": whoever is counted, the
            # predicate says what befell them (not "12 Waggons entgleisten, 40 Menschen …").
            return best[1].measure, ""
        if noun in _NOT_MEASURES or len(noun) < 3 or zipf(noun, language) >= 5.0:
            return "", ""  # "100 Millionen plus …": a function word counts nothing
        return lemma(noun, language).lower(), ""
    if best is None:
        return "", ""
    cue = best[1]
    modifier = (
        cue.modifier
        or _unit_after(text, cue, clause, language)
        or _outcome_after(text, cue, clause[1], language)
    )
    if not modifier:
        # "Der Umsatz im Automobilbereich – also die Einnahmen aus dem Verkauf – ging um 16,6
        # Prozent zurück": an earlier name of the same measure, with no figure between the
        # two names, says which unit the later one means.
        for other in cues:
            if (
                other.measure == cue.measure
                and other.end <= cue.start
                and not re.search(r"\d", text[other.end : cue.start])
            ):
                modifier = other.modifier or _unit_after(
                    text, other, (other.start, len(text)), language
                )
                if modifier:
                    break
    if not modifier:
        # "The data center unit, which generates the bulk of sales, brought in $41 billion"
        sentence_start = max(
            (m.end() for m in _SENTENCE_END.finditer(text, 0, cue.start)), default=0
        )
        modifier = _unit_before(text[sentence_start : cue.start], language)
    return cue.measure, modifier


def _is_length(measure: str) -> bool:
    spec = lexicon.measure(measure)
    return spec is not None and spec.dimension == ["duration"] and bool(spec.de or spec.en)


_SENTENCE_END = re.compile(r"[.!?]\s*(?=[A-ZÄÖÜ][a-zäöüß])")


def _unit_before(before: str, language: str) -> str:
    """'Der Automobilbereich verzeichnete einen Umsatzrückgang von 16 Prozent', 'the energy
    segment posted revenue of': a business unit the clause names before the measure word."""
    alignment = _language(language).alignment
    words = "|".join(alignment.unit_words)
    if not alignment.unit_before_lead:  # units are compounds: "Automobilbereich"
        pattern = rf"\b([A-ZÄÖÜ][\w]+?)-?(?:{words})\b"
    else:
        lead = matcher(alignment.unit_before_lead).pattern
        pattern = rf"\b(?:{lead})\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:{words})\b"
    found = re.findall(pattern, before, 0 if not alignment.unit_before_lead else re.IGNORECASE)
    if not found:
        return ""
    # Named before the measure, a unit must be one the lexicon knows: "Im Weihnachtsgeschäft
    # stieg der Umsatz" speaks of a season, not a segment.
    segment = lexicon.segment_of(str(found[-1]).lower(), language)
    return segment.name if segment else ""


def _unit_after(text: str, cue: _Cue, clause: tuple[int, int], language: str) -> str:
    """'Der Umsatz … im Automobilbereich', 'revenue in the automotive segment': a business
    unit named right after the measure word narrows it as a compound would ('Werbeumsatz')."""
    alignment = _language(language).alignment
    words = "|".join(alignment.unit_words)
    lead = matcher(alignment.unit_after_lead).pattern
    after = text[cue.end : min(clause[1], cue.end + 40)]
    if not alignment.unit_before_lead:  # the unit word ends a compound: "Automobilbereich"
        pattern = rf"^[^,;]*?\b(?:{lead})\s+([\w-]+?)-?(?:{words})\b"
    else:
        pattern = rf"^[^,;]*?\b(?:{lead})\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:{words})\b"
    found = re.search(pattern, after, re.IGNORECASE)
    if found:
        return found.group(1).lower()
    # "Einnahmen aus dem Verkauf von CO2-Zertifikaten", "revenue from regulatory credits":
    # where the money comes from narrows it too (the noun, after an article or adjective).
    source = re.match(
        rf"\s+(?:(?:{matcher(_language(language).cues.source_verb).pattern})\s+)?"
        rf"(?:{matcher(_language(language).cues.source_of).pattern})\s+"
        rf"(?:\w+\s+){{0,2}}?([\w-]*[A-Za-zÄÖÜäöü][\w-]+)",
        after,
        re.IGNORECASE,
    )
    if not source or (language == "de" and not source.group(1)[:1].isupper()):
        return ""
    noun = source.group(1).lower()
    return "" if zipf(noun, language) >= 5.0 else noun


@cache
def _verbs_of_change(language: str) -> frozenset[str]:
    words = _language(language)
    return frozenset(
        w.lower()
        for w in (*words.cues.change_lead, *words.direction.up_before, *words.direction.down_before)
    )


def _outcome_after(text: str, cue: _Cue, clause_end: int, language: str) -> str:
    """'risk of dementia', 'Risiko für Typ-2-Diabetes': what a measure is of, named after its
    word, narrows it as the first part of a compound does ('dementia risk', 'Diabetes-Risiko'),
    by the head noun of what follows (measures.toml `of_what`)."""
    spec = lexicon.measure(cue.measure)
    leads = spec.of_what.get(language) if spec else None
    if not leads:
        return ""
    after = text[cue.end : min(clause_end, cue.end + 60)]
    lead = re.match(rf",?\s+(?:{matcher(leads).pattern})\s+", after, re.IGNORECASE)
    if not lead:
        return ""
    words = re.findall(r"[\w-]+|[^\w\s]", after[lead.end() :])[:5]
    if words and words[0].lower() in _ARTICLES:
        return ""  # "the risk of developing the disease": the one named before, whichever
    function_words = _function_words(language)
    phrase: list[str] = []
    for word in words:
        if not re.fullmatch(r"[\w-]+", word):
            break  # punctuation ends what the risk is of
        if word.isdigit():
            if phrase:
                phrase.append(word)  # "type 2 diabetes"
            continue
        lower = word.lower()
        if language == "de":
            if phrase and not (phrase[-1].isdigit() and word[:1].isupper()):
                break  # "Typ 2 Diabetes": the noun after a numbered name's number
            if word[:1].isupper():  # German nouns are capitalised; adjectives before are not
                phrase.append(word)
            continue
        if lower in function_words or (phrase and zipf(lower, language) >= 5.0):
            if phrase:
                break  # "risk of depression among the heaviest consumers"
            continue  # an article before
        if phrase and (lower.endswith("ed") or lower in _verbs_of_change(language)):
            break  # "the risk of stroke rose 18%": the verb after the noun
        phrase.append(word)
    if not phrase:
        return ""
    named = " ".join(phrase).lower()
    if lexicon.segment_of(named, language):
        return named  # "risk of heart disease": the segment names it as "cardiac risk" does
    head = phrase[-1].split("-")[-1]
    if not head.isalpha() or len(head) < 3 or zipf(head.lower(), language) >= 5.0:
        return ""
    return lemma(head, language).lower()


def _reframed(measure: str, clause_text: str, language: str) -> str:
    """The measure a clause's frame makes of a figure: 'strikes by up to 100,000 workers'
    counts participants in the strikes, not the company's employees (measures.toml)."""
    for candidate in _reframing():
        if measure in candidate.reframes and matcher(candidate.frame.get(language, [])).search(
            clause_text
        ):
            return candidate.name
    return measure


def _fits_reframed(measure: str, unit: str, change: bool, clause_text: str, language: str) -> bool:
    """A cue whose measure the clause's frame makes another that fits the unit: "cut 15% of
    its workforce" is job cuts in per cent, while "a 10% raise for its workers" is no count
    of employees."""
    return any(
        measure in other.reframes
        and _fits(other, unit, change)
        and matcher(other.frame.get(language, [])).search(clause_text)
        for other in _reframing()
    )


@cache
def _reframing() -> tuple[Measure, ...]:
    """The few measures that reframe others: asked for every figure, so found once."""
    return tuple(m for m in lexicon.measures() if m.reframes)


def _what_befell(
    text: str,
    found: Found,
    cues: list[_Cue],
    clause: tuple[int, int],
    people: re.Pattern[str],
    stated: tuple[Found, ...] = (),
) -> _Cue | None:
    """The nearest cue in the clause around a counted person noun that is not a person noun
    itself: after it ("… people were killed") or just before it ("killed … people"). A cue
    after an earlier figure is that figure's ("1000 Menschen starben, 1.200 weitere wurden
    verletzt")."""
    near: list[tuple[float, _Cue]] = []
    after = [
        c
        for c in cues
        if found.end <= c.start
        and c.start - found.end <= 80
        and clause[0] <= c.start < clause[1]
        and not people.fullmatch(text[c.start : c.end])
    ]
    for cue in cues:
        if people.fullmatch(text[cue.start : cue.end]) or not clause[0] <= cue.start < clause[1]:
            continue
        if found.end <= cue.start and cue.start - found.end <= 80:
            near.append((cue.start - found.end, cue))
        elif cue.start <= found.start and found.end <= cue.end:
            near.append((0.0, cue))  # "verloren 31 Menschen ihr Leben": around the figure
        elif after and any(clause[0] <= f.start and f.end <= cue.start for f in stated):
            continue  # the earlier figure's, when one follows this figure ("or 17,500 people")
        elif cue.end <= found.start and found.start - cue.end <= 40:
            # Before the figure, a cue more often belongs to the figure before it ("confirmed
            # 5,500 deaths and said 9,000 people are still missing"): it must be much nearer.
            near.append(((found.start - cue.end) * 2.5, cue))
    return min(near, key=lambda item: item[0], default=(0.0, None))[1]


def _group_whole(text: str, found: Found, clause: tuple[int, int], language: str) -> bool:
    """A count of people that is the group another figure of its clause is a part of: "241 of
    the 242 people on board were killed", "Von den 242 Menschen an Bord kamen 241 ums Leben".
    What befell the part is not what the group counts (a count whose own noun is the
    measure, "37 of the 150 seats", stays the whole of that measure)."""
    if not found.unit.startswith("count:"):
        return False
    cues = _language(language).cues
    if not matcher(cues.person_noun).fullmatch(found.unit.split(":", 1)[1]):
        return False
    lead = matcher(cues.group_whole_lead)
    before = text[clause[0] : found.start]
    # "241 of the": a number and the lead right before; "Von den": the lead opening the clause.
    return bool(
        re.search(rf"\d[\d.,]*\s+(?:{lead.pattern})\s*$", before, re.IGNORECASE)
        or (lead.fullmatch(before.strip()) and re.search(r"\d", text[found.end : clause[1]]))
    )


def _partitive_whole(text: str, end: int, language: str) -> tuple[int, bool] | None:
    """Where the noun ends that a number right before `end` counts members of ("six of the
    defendants", "drei der Angeklagten"), and whether it is a count of things with a number of
    its own ("der 52.000 Beschäftigten", "of the 150 seats"); None when no partitive follows
    the number."""
    lead = re.match(r"\s+", text[end : end + 5])
    words = matcher(_language(language).cues.partitive_count)
    partitive = words.match(text, end + (lead.end() if lead else 0))
    last = re.search(r"\w+$", text[max(0, end - 6) : end])
    if partitive is None and last is not None:
        # "tens of thousands of its 120,000 employees": the count's own words end in the
        # partitive's first ("of"), which leads on to the whole.
        partitive = words.match(text, end - len(last.group()))
    if partitive is None:
        return None
    counted = re.match(r"\s*\d[\d.,'’]*\s+(\w+)", text[partitive.end() :])
    if counted is not None:
        things = not matcher(_language(language).cues.person_noun).fullmatch(counted.group(1))
        # "241 of the 242 people on board were killed": the part takes what befell them.
        return partitive.end() + counted.end(), things
    # The noun: the first capitalised word in German ("der schwer Verletzten"), else the
    # first plural ("of the convicted men" aside, English puts the noun first or second).
    shape = r"[A-ZÄÖÜ][\w-]*" if language == "de" else r"[a-z][\w-]*s\b|men\b|women\b|people\b"
    noun = re.compile(rf"\s*(?:\S+\s+)??(?:{shape})").match(text, partitive.end())
    return (noun.end() if noun else partitive.end()), False


def _noun_measure(noun: str, language: str) -> tuple[str, str] | None:
    table = lexicon.measures()
    if language == "de":
        hit = _german_word_measure(noun)
        return (table[hit[0]].name, hit[1]) if hit else None
    match = _english_measure_pattern().fullmatch(noun)
    if match:
        index = _measure_index(match)
        return table[index].name, ""
    return None


@lru_cache(maxsize=100_000)  # per distinct clause; the list is only read (claims copy it)
def _qualifiers(modifier: str, language: str, clause_text: str, before: str) -> list[str]:
    cues = _language(language).cues
    out: list[str] = []
    if modifier and clause_text and names_someone(modifier, clause_text):
        modifier = ""  # "der VW-Umsatz": whose revenue, not which part of it
    if modifier and not matcher(cues.neutral_modifier).fullmatch(modifier):
        segment = lexicon.segment_of(modifier, language)
        out.append(segment.name if segment else modifier)
    out.extend(
        q.name
        for q in lexicon.qualifiers()
        if q.scope == "clause" and matcher(q.cues(language)).search(clause_text)
    )
    if matcher(cues.total).search(clause_text):
        out.append("total")
    if matcher(cues.part_of).search(before[-30:]):
        out.append("part")
    elif _whole_after_part(before, language):
        out.append("total")  # "Drei der fünf Waggons": five is all of them
    return out


_CAPITALISED_RUN = re.compile(r"[^\W\d_a-zäöüß][\w'’-]*(?:\s+[^\W\d_a-zäöüß][\w'’-]*)*")
# What may stand between the figure and the words naming the place: a conversion in brackets.
_BEFORE_PLACE = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?")
# ... and between those words and the place: an article and a lowercase word or two.
_TO_PLACE = re.compile(r"\s*,?\s*(?:[a-zäöüß][\w-]*\s+){0,2}")


def _place_after(measure: str, after: str, language: str) -> list[str]:
    """The place a distance runs to, named right after it: "bis ins 350 Kilometer entfernte
    Rabat", "die 500 Kilometer entfernte Hauptstadt Rabat", "72 km southwest of Marrakech".
    The last of a run of capitalised words: a German noun before a name is capitalised too.
    A route's length ("zwei Kilometer lang ist der Weg vom Odeonsplatz") names no place."""
    held = _measure_table().get(measure)
    if held is None or not held.to_place:
        return []
    lead = _BEFORE_PLACE.match(after)
    start = lead.end() if lead else 0
    marker = matcher(_language(language).cues.distance_to).match(after, start)
    if marker is None:
        return []
    gap = _TO_PLACE.match(after, marker.end())
    run = _CAPITALISED_RUN.match(after, gap.end() if gap else marker.end())
    if not run:
        return []
    words = run.group().split()
    # "südwestlich von Marrakesch Tausende Gebäude": after a preposition the name comes
    # first; "die 500 Kilometer entfernte Hauptstadt Rabat": after an adjective, last.
    preposition = (
        marker.group().split()[-1].lower() in _language(language).cues.distance_to_preposition
    )
    return [f"to {words[0] if preposition else words[-1]}"]


@cache
def _place_pattern(language: str) -> re.Pattern[str]:
    before = lexicon.literal_alternation(_language(language).cues.place_before)
    # A capitalised word right after "in": with an article it is a thing ("in dem Zug").
    return re.compile(rf"(?<![\w-])(?i:{before})\s+(?P<place>[A-ZÄÖÜ][\w-]+)")


@cache
def _not_places(language: str) -> frozenset[str]:
    words = _language(language)
    return frozenset({*words.cues.not_a_place, *words.months, *words.weekdays})


def _place_of(clause_text: str, language: str, evidence: str = "") -> str:
    """The place a count was made at, as its clause names it: "In Hamburg demonstrierten
    50.000", "In Berlin, 100,000 people turned out". Months, weekdays and words that name no
    place ("in Höhe von") are none. Of several, the one just after the figure ("12,000 in
    York", "30,000 people marched in Leeds"), else the nearest before it ("in Dresden 12.000")."""
    skip = _not_places(language)
    said_before = matcher(_language(language).cues.attribution)
    said_after = matcher(_language(language).cues.said_after)
    places: list[tuple[int, int, str]] = []
    for match in _place_pattern(language).finditer(clause_text):
        place = match["place"]
        said = said_after.search(clause_text, match.end(), match.end() + 15)
        if said_before.search(clause_text, max(0, match.start() - 25), match.start()) or (
            said and "," not in clause_text[match.end() : said.start()]
        ):
            # "the ministry said in Rabat that …", "wie das Ministerium in Rabat mitteilte":
            # where it was said, not where it was counted ("in Dresden gingen laut Polizei"
            # is where they marched).
            continue
        # "in Krankenhäusern": an inflected noun is no name (a name is its own lemma).
        if place.lower() not in skip and lemma(place, language).lower() == place.lower():
            places.append((match.start(), match.end(), place))
    # The figure as written, not inside a longer number ("8.000" in "18.000").
    written = (
        re.search(rf"(?<![\d.,]){re.escape(evidence)}(?!\d)", clause_text) if evidence else None
    )
    if len(places) < 2 or written is None:
        return places[0][2] if places else ""
    at, figure_end = written.span()
    opener = _spaced(language, "clause_opener")
    after = [
        p
        for p in places
        if p[0] >= figure_end
        and len(clause_text[figure_end : p[0]].split()) <= 1  # "12,000 in York"
        and not re.search(r"[,;]", clause_text[figure_end : p[0]])
    ]
    before = [p for p in places if p[1] <= at and not opener.search(clause_text, p[1], at)] or [
        p for p in places if p[1] <= at
    ]
    later = [
        p
        for p in places
        if p[0] >= figure_end
        and not re.search(r"[,;]", clause_text[figure_end : p[0]])
        and not opener.search(clause_text, figure_end, p[0])
    ]
    # "In Jena demonstrierten 18.000 Menschen und in Erfurt 8.000": a place past "und" is the
    # next figure's; "30,000 people marched in Leeds" names its place after the verb.
    chosen = after or before or later or places
    return (chosen[-1] if chosen is before else chosen[0])[2]


def _part_after(after: str, language: str) -> list[str]:
    """ "part" when the words right after a figure make it part of the one before ("1024
    Verletzte, 721 von ihnen in Lebensgefahr", "721 of them critically")."""
    words = _language(language).cues.part_after
    return ["part"] if matcher(words).match(after.lstrip()) else []


@cache
def _qualifier_measures() -> dict[str, frozenset[str]]:
    return {q.name: frozenset(q.measures) for q in lexicon.qualifiers() if q.measures}


def _narrowing(qualifiers: list[str], measure: str, segment: str = "") -> list[str]:
    """The qualifiers that narrow this measure: "heart disease" narrows a risk, not a
    revenue. A segment named right before the measure word narrows any ("cardiac revenue")."""
    only = _qualifier_measures()
    return [q for q in qualifiers if q == segment or q not in only or measure in only[q]]


def _segment_name(modifier: str, language: str) -> str:
    segment = lexicon.segment_of(modifier, language) if modifier else None
    return segment.name if segment else ""


def _sentence_qualifiers(language: str, sentence_head: str, figure_start: int) -> list[str]:
    """Qualifiers whose words may stand in a clause of their own before the figure's: "Leiden
    Personen bereits an einer Herz-Kreislauf-Erkrankung …, sei dieses Risiko 66 Prozent höher"."""
    found = [
        q.name
        for q in lexicon.qualifiers()
        if q.scope == "sentence" and matcher(q.cues(language)).search(sentence_head)
    ]
    nearest = [
        (match.start(), match.end(), q.name)
        for q in lexicon.qualifiers()
        if q.scope == "nearest"
        for match in matcher(q.cues(language)).finditer(sentence_head)
    ]
    before = [(end, name) for _, end, name in nearest if end <= figure_start]
    after = [(start, name) for start, _, name in nearest if start >= figure_start]
    if before:
        return [*found, max(before)[1]]  # the rate named last before the figure
    return [*found, min(after)[1]] if after else found


@cache
def _partitive(language: str) -> re.Pattern[str]:
    words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    return re.compile(
        rf"(?:\d|\b(?:{words}))\s+(?:{matcher(_language(language).cues.partitive).pattern})\s*$",
        re.IGNORECASE,
    )


def _whole_after_part(before: str, language: str) -> bool:
    return bool(before) and bool(_partitive(language).search(before[-40:]))


@cache
def _compared_phrase(language: str) -> re.Pattern[str]:
    """A comparison cue and the words after it ('gegenüber dem Vorjahresquartal')."""
    cues = _language(language).cues
    return re.compile(rf"(?:{matcher(cues.comparison).pattern})(?:\s+[^\s,.;]+){{0,3}}", re.I)


@cache
def _paid_for(language: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{matcher(_language(language).cues.paid_for).pattern})\s", re.I)


@cache
def _change_end_cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = _language(language).cues
    before = re.compile(rf"\b(?:{matcher(cues.change_from).pattern})\s+(?:\w+\s+)?$", re.I)
    after = re.compile(rf"\b(?:{matcher(cues.change_to).pattern})\s+(?:\S+\s+){{0,2}}$", re.I)
    return before, after


@cache
def _direction_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = _language(language).direction
    before = re.compile(
        rf"(?<![\w-])(?:(?P<up>{lexicon.literal_alternation(words.up_before)})"
        rf"|(?P<down>{lexicon.literal_alternation(words.down_before)}))(?![\w-])",
        re.IGNORECASE,
    )
    after = re.compile(
        rf"\s*(?:(?P<up>{lexicon.literal_alternation(words.up_after)})"
        rf"|(?P<down>{lexicon.literal_alternation(words.down_after)}))(?![\w-])",
        re.IGNORECASE,
    )
    return before, after


def _direction(before: str, after: str, language: str) -> Literal["", "up", "down"]:
    """Which way a change went, as the nearest word before the figure in its clause says
    ("Der Gewinn brach im dritten Quartal um 64 Prozent ein", "revenue fell 12%"), with no
    other figure between, or the word right after it ("12 Prozent weniger", "12% lower")."""
    before_words, after_words = _direction_patterns(language)
    since_figure = re.split(r"\d", before)[-1]
    said = list(before_words.finditer(since_figure))
    if said:
        return "up" if said[-1]["up"] else "down"
    right = after_words.match(after)
    if right:
        return "up" if right["up"] else "down"
    return ""


@cache
def _compared_by(language: str) -> re.Pattern[str]:
    """'wie ' right before a role cue ("nicht so stattfinden … wie geplant")."""
    words = lexicon.literal_alternation(_language(language).roles.compared_by)
    return re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE)


def _role(
    language: str, clause_text: str, measure: Measure | None = None, evidence: str = ""
) -> str:
    """The role the clause's cues give a figure, in the order consensus, prior, target,
    forecast ("analysts' forecast" is a consensus), except that of an estimate and an earlier
    value the cue nearer the figure (`evidence`, as written in the clause) says it: "$12.9
    billion in the same quarter last year, according to analyst estimates" is last year's."""
    language_data = _language(language)
    if not _role_cues(language).search(clause_text):
        # Most clauses name no role: one pattern of every role's cues says so at once.
        hedged = matcher(language_data.cues.hedge).search(clause_text)
        return "forecast" if hedged else "reported"
    # "ein Minus von 16 Prozent gegenüber dem Vorjahresquartal": the year before is what the
    # figure is compared with, which makes it no earlier value.
    compared = _compared_phrase(language)
    at = clause_text.find(evidence) if evidence else -1
    best: tuple[int, str] | None = None
    for role in ("consensus", "prior", "demand", "offer", "target", "forecast"):
        # Blanked to its own length, so the figure's position `at` still holds.
        text = (
            compared.sub(lambda m: " " * len(m.group()), clause_text)
            if role == "prior"
            else clause_text
        )
        cues = [
            c
            for c in matcher(getattr(language_data.roles, role)).finditer(text)
            if not _compared_by(language).search(text, max(0, c.start() - 12), c.start())
        ]
        if role == "forecast" and measure is not None and measure.announced:
            cues = []  # "plans to cut 15,000 jobs": the plan is what is announced
        if role == "demand" and measure is not None and measure.about_event:
            cues = []  # "Das Beben forderte 2.946 Todesopfer": a toll, not a demand
        if role == "forecast" and measure is not None and measure.contract_term:
            # "He will earn £25m a year": future tense states a contract's term; a hedge
            # ("dürfte") still makes it a guess.
            future = matcher(language_data.cues.future)
            cues = [c for c in cues if not future.fullmatch(c.group())]
        if not cues:
            continue
        if at < 0 or role not in ("consensus", "prior"):
            return best[1] if best is not None else role
        distance = min(
            at - c.end() if c.end() <= at else max(0, c.start() - at - len(evidence)) for c in cues
        )
        if best is None or distance < best[0]:
            best = (distance, role)
    if best is not None:
        return best[1]
    if matcher(language_data.cues.hedge).search(clause_text):
        return "forecast"  # "könnte … mindestens 40 Tore": a condition, not a reported figure
    return "reported"


@lru_cache(maxsize=100_000)  # per distinct clause
def _basis(found: Found, language: str, clause_text: str, period_label: str) -> str:
    basis = _language(language).basis
    if found.change:
        # "up 61%" of earnings per share is not "up 59%" of net income, and "up 46%
        # sequentially" is not up on the year.
        if matcher(basis.per_share).search(clause_text):
            return "change per share"
        if matcher(basis.sequential).search(clause_text):
            return "change on the quarter"
        return "change"
    for name in ("per_body_weight", "per_share", "per_person", "per_unit"):
        if matcher(getattr(basis, name)).search(clause_text):
            return name.replace("_", " ")
    # "up 262% from a year ago" compares with a year; it does not make a figure yearly.
    without_prior = matcher(_language(language).roles.prior).sub(" ", clause_text)
    without_prior = matcher(_language(language).periods.time_between).sub(" ", without_prior)
    if period_label == "annual" or matcher(_language(language).periods.per_year).search(
        without_prior
    ):
        return "per year"
    return "level"


def _inherit_unit(found: Found, figures: tuple[Found, ...], text: str, language: str) -> Found:
    """'100 Millionen Franken sowie weiteren 20 Millionen': the bare 20 Millionen is francs too;
    '100 Millionen plus weitere 10 Boni': the bare 10 is millions of the same currency."""
    earlier = [
        f
        for f in figures
        if f.end <= found.start and (dimension(f.unit) == "money" or f.unit == "count")
    ]
    if not earlier:
        return found
    previous = earlier[-1]
    between = text[previous.end : found.start]
    addition = matcher(_language(language).cues.addition)
    if found.unit == "count" and found.value >= 1e3:
        return _with_unit(found, previous.unit, 1.0)
    if (
        found.unit.startswith("count")
        and found.value < 1e3
        and previous.value >= 1e6
        and len(between) < 40
        and addition.search(between)
    ):
        scale = next(s for s in (1e12, 1e9, 1e6) if previous.value >= s)
        return _with_unit(found, previous.unit, scale)
    return found


def _with_unit(found: Found, unit: str, scale: float) -> Found:
    return Found(
        start=found.start,
        end=found.end,
        text=found.text,
        value=found.value * scale,
        unit=unit,
        low=found.low * scale,
        high=found.high * scale,
        qualifier=found.qualifier,
        change=found.change,
        previous=found.previous,
    )


@lru_cache(maxsize=50_000)  # asked for every claim of a sentence
def _attribution(text: str, language: str) -> str:
    match = matcher(_language(language).cues.attribution).search(text)
    if not match:
        return ""
    return text[match.start() : min(len(text), match.end() + 30)].split(",")[0].strip()


@dataclass
class _Draft:
    """A figure before the article-level inheritance of measures and units."""

    passage: Passage
    number: int
    found: Found
    measure: str
    modifier: str
    generic: bool
    clause_text: str
    before: str
    period: Period | None
    subject: str
    subject_origin: str
    paragraph: int
    scope: str
    with_add_ons: str  # "£115m including add-ons": the add-on measure the figure includes
    earlier_value: bool  # the first end of a change written out ("von 19,9 Mrd. … auf 16,6")
    role_text: str  # the local words that say its role
    role_before: str  # ... up to the figure: a change's "from a year ago" names no earlier value
    bought: bool  # a payment for a named thing ("paid £106.8m for Enzo Fernández")
    sentence_head: str  # the sentence up to the end of the figure's clause


def _figure_drafts(
    passage: Passage,
    source: Source,
    mentions: list[Mention],
    context_subject: str,
    paragraph_period: dict[tuple[int, str], Period],
) -> list[_Draft]:
    text = passage.text
    language = source.language
    stated = find_quantities(text, language)
    counted = _bare_counts(text, language)
    figures = tuple(sorted(stated + counted, key=lambda f: f.start))
    periods = find_periods(text, source.published)
    comparisons = _comparison_spans(text, language) if periods else ()
    ends = _change_ends(text, figures, language)
    records = record_spans(text, language) if periods else []
    drafts: list[_Draft] = []
    # Numbered in the order found, bare counts last, so a claim's id does not move when a
    # bare count is added before it.
    for number, raw in enumerate(stated + counted):
        found = _inherit_unit(raw, figures, text, language)
        if (
            language == "de"
            and found.unit.startswith("count:")
            and _lowercase_after(text, found, language)
        ):
            found = _with_unit(found, "count", 1.0)  # "100 Millionen plus …": no noun follows
        clause = _clause(text, found.start, found.end)
        if _group_whole(text, found, clause, language):
            continue  # "241 of the 242 people on board were killed": 242 were on board
        # "nur 95 Millionen ausgegeben": millions of nothing named are money where money is meant.
        scaled = found.unit == "count" and found.value >= 1e6
        measure, modifier = _choose_measure(
            text, found, "XXX" if scaled else found.unit, language, clause
        )
        measure = _reframed(measure, text[clause[0] : clause[1]], language)
        table = _measure_table()
        generic = measure in table and table[measure].generic
        if not measure and found.unit == "count" and not scaled:
            continue  # a bare number with nothing it counts
        clause_text = _local(text, found, figures, clause)
        role_text = _role_text(text, found, figures, clause, language)
        earlier_value = ends.get(found.start)
        outside = [
            p
            for p in periods
            if not (found.start <= p[0] < found.end)
            and not _compared_period(p[0], found, comparisons)
            # "von 19,9 Mrd. im zweiten Quartal 2024 auf 16,6 Mrd.": the period between the
            # ends of a change is the earlier value's only.
            and all(
                not (span[0] <= p[0] < span[1]) or span == earlier_value for span in ends.values()
            )
            and not _in_aside(text, p, found)
            # "cut rates by half a point, its first cut since March 2020": the record's time
            and not any(r[0] <= p[0] < r[1] for r in records)
        ]
        period = _closest_period(outside, found.start, found.end, clause, text)
        kind = "money" if scaled else dimension(found.unit)
        if period is None and (passage.paragraph, kind) in paragraph_period:
            period = paragraph_period[(passage.paragraph, kind)]
        held = table.get(measure)
        if not measure and _share_naming_nothing(text, found, language):
            held = table.get(_story_measure(source.text, language))  # as `_finish_figures` will
        holders = (
            mentions
            if held is not None and (held.several_holders or held.organisational)
            else _named(mentions) + _letters_before_verb(text, mentions, found.start, clause)
        )
        subject, origin = _subject(text, holders, found.start, clause, context_subject, language)
        if kind == "money":
            # "paid £106.8m for Enzo Fernández", "£105m on Declan Rice", "Christopher Nkunku
            # (£52m)": a payment is the transfer of who or what it buys.
            bought = (
                _bought(text, holders, found.end, language)
                or _named_before_bracket(text, found.start, language)
                or _bought_before(text, holders, found.start, language)
            )
            if bought:
                subject, origin = bought, "paid_for"
        else:
            bought = ""
        drafts.append(
            _Draft(
                passage,
                number,
                found,
                measure,
                modifier,
                generic,
                clause_text,
                text[clause[0] : found.start],
                period,
                subject,
                origin,
                passage.paragraph,
                _scope(raw, figures, text, clause, language),
                _with_add_ons(text, found, language),
                earlier_value is not None,
                role_text,
                role_text[: role_text.find(found.text) + len(found.text)]
                if found.text in role_text
                else role_text,
                bool(bought),
                text[: clause[1]],
            )
        )
        if (
            period is not None
            and period.origin == "clause"
            and measure
            and period.label != "annual"
        ):
            paragraph_period[(passage.paragraph, kind)] = period.model_copy(
                update={"origin": "paragraph"}
            )
    return drafts


_CLAUSE_BREAK = re.compile(r"[;:.!?]\s|,\s|\s[–—-]\s")


@lru_cache(maxsize=50_000)  # per distinct sentence
def _comparison_spans(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """From each comparison cue to the end of its phrase (at most 80 characters, not past a
    clause break): 'im Vergleich zu den 25,5 Milliarden Dollar Umsatz im zweiten Quartal 2024'."""
    spans = []
    for match in matcher(_language(language).cues.comparison).finditer(text):
        end = min(len(text), match.end() + 80)
        cut = _CLAUSE_BREAK.search(text, match.end(), end)
        spans.append((match.start(), cut.start() if cut else end))
    return tuple(spans)


def _compared_period(
    period_start: int, found: Found, comparisons: tuple[tuple[int, int], ...]
) -> bool:
    """A period inside a comparison phrase is what a figure outside that phrase is compared
    with, not its own ('ein Rückgang von 12 Prozent im Vergleich zu den 25,5 Milliarden im
    zweiten Quartal 2024'); the figure inside the phrase (the 25,5 Milliarden) keeps it."""
    return any(
        start <= period_start < end and not (start <= found.start < end)
        for start, end in comparisons
    )


@lru_cache(maxsize=50_000)  # per distinct sentence; the dict is only read
def _change_ends(
    text: str, figures: tuple[Found, ...], language: str
) -> dict[int, tuple[int, int]]:
    """The earlier figures of changes written out with both ends ('von 19,9 Milliarden Dollar im
    zweiten Quartal 2024 auf 16,6 Milliarden Dollar', 'from $19.9 billion to $16.6 billion',
    '59%, up from 52%'), by start, each with the span of the text whose periods are its own."""
    before, after = _change_end_cues(language)
    earlier = matcher(_language(language).cues.earlier_lead)
    ends: dict[int, tuple[int, int]] = {}
    for first, second in pairwise(figures):
        between = text[first.end : second.start]
        if (
            dimension(first.unit) == dimension(second.unit)
            and len(between) <= 80
            and not _CLAUSE_BREAK.search(between)
            and before.search(text[max(0, first.start - 25) : first.start])
        ):
            cue = after.search(between)
            if cue:
                ends[first.start] = (first.end, first.end + cue.start())
        elif (
            dimension(first.unit) == dimension(second.unit)
            and earlier.fullmatch(_without_periods(text, first.end, second.start).strip(" ,"))
            and second.start not in ends
        ):
            # "59%, up from 52% at the last election", "auf 2,1 Prozent, nach 2,4 Prozent im
            # April", "rose to 2,000 from 1,200": the second figure is the earlier value, and
            # a period after it in its clause is that value's.
            rest = _CLAUSE_BREAK.search(text, second.end)
            ends[second.start] = (second.end, rest.start() if rest else len(text))
    return ends


def _without_periods(text: str, start: int, end: int) -> str:
    """The words between two positions without the period phrases there: "3.4 percent in
    2025, down from 4.1 percent" leads from one figure to its earlier value."""
    between = text[start:end]
    for p_start, p_end, _, _ in find_periods(text, None):
        if start <= p_start and p_end <= end:
            lead = _PERIOD_LEAD.search(text, start, p_start)
            between = between.replace(text[lead.start() if lead else p_start : p_end], " ")
    return between


# The words that lead to a period ("in 2025", "für 2025", "by the end of 2025").
_PERIOD_LEAD = re.compile(
    r"\b(?:in|for|by|during|im|in|für|bis|ende|by\s+the\s+end\s+of|at\s+the\s+end\s+of)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=50_000)  # per distinct sentence
def _bare_counts(text: str, language: str) -> tuple[Found, ...]:
    """Numbers with no unit or noun that a count's measure word stands right next to: "the
    death toll in Derna reaches 11,300", "after 11,000 die"."""
    bare = bare_numbers(text, language)
    if not bare:
        return ()
    table = _measure_table()
    cues = [c for c in _measure_cues(text, language) if table[c.measure].dimension == ["count"]]
    kept = []
    for found in bare:
        clause = _clause(text, found.start, found.end)
        if any(
            clause[0] <= cue.start < clause[1]
            and (0 <= found.start - cue.end <= 60 or 0 <= cue.start - found.end <= 12)
            for cue in cues
        ):
            kept.append(found)
    return tuple(kept)


def _lowercase_after(text: str, found: Found, language: str) -> bool:
    """A small word right after the figure: "100 Millionen plus …" counts no noun. "1024
    weitere Personen" does: "weitere" is the figure's own (`more_of_it`)."""
    rest = text[found.end :]
    if _more_of_it(language).match(rest):
        return False
    return rest.lstrip(" -")[:1].islower()


@cache
def _more_of_it(language: str) -> re.Pattern[str]:
    """Right after a figure, a word that adds it to an earlier count ("1.200 weitere")."""
    words = matcher(_language(language).cues.more_of_it).pattern
    return re.compile(rf"[\s-]*(?:{words})", re.IGNORECASE)


def _local(text: str, found: Found, figures: tuple[Found, ...], clause: tuple[int, int]) -> str:
    """The words of the clause that belong to this figure: from the figure before it to the
    figure after it ('Ablöse von 100 Millionen Euro … wird pro Jahr 15 bis 20 Millionen
    verdienen': 'pro Jahr' is the salary's)."""
    left, right = clause
    for other in figures:
        if other.end <= found.start:
            left = max(left, other.end)
        elif other.start >= found.end and not _CONVERSION.fullmatch(text[found.end : other.start]):
            right = min(right, other.start)
    return text[left:right]


# "1.5 billion euros ($1.56 billion) a year in labor costs": a figure converted in brackets
# right after it leaves the rest of the clause to it.
_CONVERSION = re.compile(r"\s*\(\s*(?:[^\W\d]+\.?\s+){0,2}")


@cache
def _role_cues(language: str) -> re.Pattern[str]:
    roles = _language(language).roles
    return matcher(
        [
            *roles.consensus,
            *roles.prior,
            *roles.demand,
            *roles.offer,
            *roles.target,
            *roles.forecast,
        ]
    )


@cache
def _role_break(language: str) -> re.Pattern[str]:
    openers = matcher(_language(language).cues.clause_opener).pattern
    return re.compile(rf",\s|\s(?:{openers})\s", re.IGNORECASE)


@lru_cache(maxsize=100_000)  # per distinct sentence and figure
def _role_text(
    text: str, found: Found, figures: tuple[Found, ...], clause: tuple[int, int], language: str
) -> str:
    """The figure's local words, where the words it shares with a neighbouring figure end at
    the comma or conjunction between them ('fielen auf 16,7 Milliarden und lagen damit unter
    dem Vorjahreswert von 19,9 Milliarden': 'Vorjahreswert' is the 19,9's), and a role cue
    between two figures with no such break is the nearer one's ('$1.05 also beat estimates
    of $1.01', 'up 61% from last year's $0.76')."""
    left, right = clause
    breaks = _role_break(language)
    cues = _role_cues(language)
    for other in figures:
        if other.end <= found.start and other.end > left:
            left = other.end
            cuts = list(breaks.finditer(text, left, found.start))
            if cuts:
                left = cuts[-1].end()
            for cue in cues.finditer(text, left, found.start):
                if found.start - cue.end() > cue.start() - other.end:
                    left = max(left, cue.end())
        elif other.start >= found.end and other.start < right:
            right = other.start
            cut = breaks.search(text, found.end, right)
            if cut:
                right = cut.start()
            for cue in cues.finditer(text, found.end, right):
                if cue.start() - found.end > other.start - cue.end():
                    right = min(right, cue.start())
                    break
    label = _BRACKET_LABEL.search(text, max(0, found.start - 30), found.start)
    # "(Vorjahr: 890 Millionen Dollar)": the label before the colon says the figure's role.
    return (label.group(1) + " " if label else "") + text[left:right]


_BRACKET_LABEL = re.compile(r"\(\s*([^():]{1,25}):\s*(?:\S+\s+)?$")


@lru_cache(maxsize=100_000)  # per distinct sentence and figure
def _scope(
    found: Found, figures: tuple[Found, ...], text: str, clause: tuple[int, int], language: str
) -> str:
    """'213 Treffer in 320 Einsätzen', 'In 16 Pflichtspielen … an 28 Toren': a count stated
    with another count that a scoping word introduces is scoped by it (the nearest such)."""
    scoping = re.compile(rf"(?:{matcher(_language(language).cues.scope).pattern})\s*$", re.I)
    denominator = bool(scoping.search(text[max(0, found.start - 12) : found.start]))
    best: tuple[int, Found] | None = None
    for other in figures:
        if other is found or not (clause[0] <= other.start < clause[1]):
            continue
        if not (any(ch.isdigit() for ch in other.text) and any(ch.isdigit() for ch in found.text)):
            continue  # "zwei Arbeitsniederlegungen von mehr als 100.000": no tally in words
        if (
            other.unit.startswith("count:")
            and found.unit.startswith("count:")
            and _noun_measure(other.unit.split(":", 1)[1], language)
            != _noun_measure(found.unit.split(":", 1)[1], language)
            and max(other.value, found.value) < 1e6
            # "in 320 Einsätzen", "from 435 games": not "5,500 deaths and 9,000 people". A
            # count that is itself the scope ("in 16 Spielen … 28 Tore") is the 28 goals'.
            and (denominator or scoping.search(text[max(0, other.start - 12) : other.start]))
        ):
            distance = abs(other.start - found.start)
            if best is None or distance < best[0]:
                best = (distance, other)
    if best is None:
        return ""
    other = best[1]
    noun = _noun_measure(other.unit.split(":", 1)[1], language)
    named = noun[0] if noun else other.unit.split(":", 1)[1]
    return f"for {other.text} {named}" if denominator else f"in {other.text} {named}"


_BRACKET = re.compile(r"\([^()]*\)")


def _in_aside(text: str, period: tuple[int, int, str, str], found: Found) -> bool:
    """A period inside brackets that give a figure of their own, away from this figure:
    "14,6 Prozent (2018: 10,2)" dates the 10,2, not the 14,6; "(Q3 2024)" alone still dates
    the figure before it."""
    for bracket in _BRACKET.finditer(text):
        if bracket.start() <= period[0] < bracket.end() and not (
            bracket.start() <= found.start < bracket.end()
        ):
            rest = text[bracket.start() : period[0]] + text[period[1] : bracket.end()]
            return bool(re.search(r"\d", rest))
    return False


def _closest_period(
    periods: list[tuple[int, int, str, str]],
    start: int,
    end: int,
    clause: tuple[int, int],
    text: str = "",
) -> Period | None:
    """The period expression closest to the figure, in its clause first ('rund 40 Mrd. in 2024')."""
    best: tuple[float, tuple[int, int, str, str]] | None = None
    stated_before = any(clause[0] <= p[0] and p[1] <= start for p in periods)
    for found in periods:
        gap: float = start - found[1] if found[1] <= start else found[0] - end
        if not clause[0] <= found[0] < clause[1]:
            gap += 200
        elif found[0] >= end and stated_before and _LIST_STEP.search(text, end, found[0]):
            # "für 2024 eine Inflation von 2,5 Prozent, für 2025 von 2,2 Prozent": past a
            # comma or "und", a period that follows the figure begins the list's next item.
            gap += 100
        if best is None or gap < best[0]:
            best = (gap, found)
    if best is None:
        return None
    # A period only in another clause of the sentence ("cut 17,500 jobs, and suspend its
    # dividend starting in Q4") is the figure's as a paragraph's would be: less sure.
    inside = clause[0] <= best[1][0] < clause[1]
    return Period(label=best[1][2], text=best[1][3], origin="clause" if inside else "paragraph")


_LIST_STEP = re.compile(r",|\b(?:und|and|sowie)\b")


def _subject(
    text: str,
    mentions: list[Mention],
    position: int,
    clause: tuple[int, int],
    context: str,
    language: str,
) -> tuple[str, str]:
    """The organisation the clause names nearest before the position (or after it), unless it
    is only the one who reports ('laut Bild', 'according to Reuters'); else the context's."""
    cues = _language(language).cues
    attribution, auxiliary = matcher(cues.attribution), matcher(cues.auxiliary)

    def reported_from(mention: Mention) -> bool:
        lead = text[max(0, mention.start - 25) : mention.start].split(",")[-1]
        # "laut Bild" reports; "Laut aktuellen Planungen soll Meta" has Meta as subject: a
        # reportative "soll" marks hearsay but names no one, and a verb after the cue ends it.
        cues = [c for c in attribution.finditer(lead) if not auxiliary.fullmatch(c.group())]
        if cues and not auxiliary.search(lead, cues[-1].end()):
            return True
        # "Nach Angaben eines Sprechers der ADAC-Luftrettung": further before the name, the
        # cue cites it only through a genitive ("… der X"), not past a verb ("Laut Angaben
        # vom Dienstag steigerte Tesla").
        wide = text[max(0, mention.start - 45) : mention.start].split(",")[-1]
        cited = [c for c in attribution.finditer(wide) if not auxiliary.fullmatch(c.group())]
        if not cited:
            return False
        between = wide[cited[-1].end() :].split()
        return 0 < len(between) <= 4 and between[-1].lower() in _GENITIVE_ARTICLES

    inside = [m for m in mentions if clause[0] <= m.start < clause[1] and not reported_from(m)]
    if not inside and text[: clause[0]].rstrip().endswith(")"):
        # "CSU 37% (- 0,2%) 85 Sitze": a bracketed aside interrupts the clause; what stands
        # after it still belongs to the name before it.
        opening = text.rfind("(", 0, clause[0])
        if opening > 0:
            outer = _clause(text, opening, opening)[0]
            inside = [m for m in mentions if outer <= m.start < opening and not reported_from(m)]
    before = [m for m in inside if m.start <= position]
    # A name after the figure is its subject only in the same stretch of words: in "sechs
    # Hubschrauber, drei davon vom ADAC" the name after the comma owns a part.
    after = [m for m in inside if m.start > position and "," not in text[position : m.start]]
    chosen = before[-1] if before else (after[0] if after else None)
    if chosen:
        return chosen.entity, "clause"
    opener = _opening_name(text, clause[0], position, language)
    if opener is not None and _is_name(opener[0]):
        # "Tokyo Electron fell 12% in Japan": a clause that opens with a name of capitalised
        # words and its verb is about what it names, known or not.
        return opener[0].lower(), "clause"
    # Only a word that points back ("der Konzern", "the company") takes the paragraph's
    # subject; a clause that names none and points nowhere is about the story's subject.
    anaphor = matcher(_language(language).cues.anaphor).search(text, clause[0], clause[1])
    if context and ((anaphor and len(anaphor.group()) > 3) or _known_organisation(context)):
        return context, "context"
    return "", "story"


def _named_mover(text: str, found: Found, clause: tuple[int, int], language: str) -> str:
    """The measure a per cent is when its clause opens with a name and a verb of change right
    before it and names no measure: "Intel plunges 30%, … after announcing layoffs" moved its
    share price (measures.toml `named_mover`); "Revenue rose 5%" opens with no name."""
    lead = _opening_name(text, clause[0], found.start, language, to_figure=True)
    if lead is None or lead[1] not in _verbs_of_change(language):
        return ""  # "Intel reported 5%": a verb of change, not any past tense
    words = lead[0].split()
    # A clause's first word is capitalised anyway: one word names something when it is no
    # everyday word ("It", "This" are); a company's name may be common ("Intel").
    if len(words) == 1 and zipf(words[0].lower(), language) >= 5.0:
        return ""
    return next((m.name for m in lexicon.measures() if m.named_mover), "")


def _opening_name(
    text: str, start: int, end: int, language: str, *, to_figure: bool = False
) -> tuple[str, str] | None:
    """Capitalised words opening a clause and the verb right after them, a verb of change or
    a past tense ("Tokyo Electron fell", "Intel plunges"): (the words, the verb). English
    only, where a capital inside a sentence marks a name. `to_figure`: the verb (and a "by")
    runs up to `end`, where the figure starts."""
    if language != "en":
        return None
    opening = (_NAME_AND_VERB.fullmatch if to_figure else _NAME_AND_VERB.match)(text, start, end)
    if opening is None:
        return None
    verb = opening.group(2).lower()
    if verb not in _verbs_of_change(language) and not verb.endswith("ed"):
        return None
    return opening.group(1).strip(), verb


# Opening at the clause's start: "‘Humiliated' Reeves urged" opens with a quote, no name.
_NAME_AND_VERB = re.compile(r"\s*((?:[A-Z][\w&.-]+\s+){1,3}?)([a-z]+(?:\s+up)?)\s+(?:by\s+)?")


def _is_name(words: str) -> bool:
    """Capitalised words opening a clause that name something: two or more ("Tokyo
    Electron"), or one rare word; not a common noun capitalised as the sentence's first
    ("Shares", "Revenue") nor an article ("The")."""
    parts = words.split()
    if parts[0].lower() in _ARTICLES:
        parts = parts[1:]
    if not parts:
        return False
    return len(parts) >= 2 or zipf(parts[0].lower(), "en") < 3.5


_GENITIVE_ARTICLES = frozenset({"der", "des", "eines", "einer", "of", "for"})
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "the"})


def _bought(text: str, mentions: list[Mention], end: int, language: str) -> str:
    """The name a payment is for: the name within a few words of a 'for' that follows the
    figure in its sentence ('£106.8m Chelsea paid for Benfica's Enzo Fernández')."""
    found = _paid_for(language).search(text, end, min(len(text), end + 60))
    if not found or re.search(r"[.;:!?]\s|\d", text[end : found.start()]):
        return ""  # past the sentence, or past another figure, whose payment it is
    # "60 Millionen Euro für Olise an Crystal Palace": the name right after "für" is what
    # is bought, not the club further on that is paid.
    first = re.match(r"\s*([A-ZÄÖÜ][a-zäöüßéáíóúñç]+)\b(?!\s+[A-ZÄÖÜ])", text[found.end() :])
    if first and zipf(first.group(1).lower(), language) < 1.5:
        return first.group(1).lower()
    return _name_in(
        text, found.end(), found.end() + 40, mentions, language, anchored=False, surname=False
    )


def _bought_before(text: str, mentions: list[Mention], start: int, language: str) -> str:
    """'Der FC Bayern zahlt für Michael Olise 60 Millionen Euro', 'kassiert für Arnold 40
    Millionen': the name right after a 'für' that stands before the figure in its clause; and
    'Wolves sell Cunha to United for £62.5m', where 'for' leads to the figure itself: the name
    right after the verb of paying or selling."""
    left = max(0, start - 50)
    found = list(_paid_for(language).finditer(text, left, start))
    if not found or re.search(r"[.;:!?,]\s|\d", text[found[-1].end() : start]):
        return ""
    if text[found[-1].end() : start].strip():
        return _name_in(text, found[-1].end(), start, mentions, language, anchored=False)
    verbs = [
        c
        for c in _measure_cues(text, language)
        if _is_generic(c.measure) and left <= c.start < found[-1].start()
    ]
    if not verbs:
        return ""
    verb_end = verbs[-1].start + len(text[verbs[-1].start :].split(maxsplit=1)[0])
    return _name_in(text, verb_end, found[-1].start(), mentions, language, anchored=True)


def _name_in(
    text: str,
    begin: int,
    end: int,
    mentions: list[Mention],
    language: str,
    *,
    anchored: bool,
    surname: bool = True,
) -> str:
    """The name a stretch of text holds (anchored: the one it opens with): a person's full
    name by its surname, a mention, or (`surname`) a surname alone that no dictionary knows
    ("für Olise 60 Millionen"), which German nouns, capitalised too, are not. Not after the
    figure, where "für das Segment Automobile" names a part, not a purchase."""
    window = text[begin:end]
    lead = len(window) - len(window.lstrip())
    person = (_FULL_NAME.match if anchored else _FULL_NAME.search)(window, lead)
    if person and _a_name(person.group().split()[0], language):
        return person.group(1).lower()  # "für Michael Olise": the surname, as after the figure
    named = [m for m in mentions if begin + lead <= m.start < end]
    if named:
        return (named[0] if anchored else named[-1]).entity
    single = re.match(r"([A-ZÄÖÜ][a-zäöüßéáíóúñç]+)\b", window[lead:]) if surname else None
    if single and zipf(single.group(1).lower(), language) < 1.5:
        return single.group(1).lower()
    return ""


def _named_before_bracket(text: str, start: int, language: str) -> str:
    """'signed Christopher Nkunku (£52m), Axel Disasi (£38.8m)': the name the bracket follows
    ('Der Umsatz (2,3 Milliarden Euro)' names no one)."""
    named = _BRACKETED_AFTER_NAME.search(text, max(0, start - 45), start)
    return named.group(2).lower() if named and _a_name(named.group(1), language) else ""


def _a_name(first_word: str, language: str) -> bool:
    """Whether capitalised words starting so are a name, not an article and a noun."""
    return first_word.lower() not in _function_words(language)


def _function_words(language: str) -> frozenset[str]:
    return lexicon.function_words(language)


_BRACKETED_AFTER_NAME = re.compile(
    r"\b([A-ZÄÖÜ][a-zäöüßéáíóúñç]+)\s+([A-ZÄÖÜ][a-zäöüßéáíóúñç]+)\s*\(\s*(?:[^\s()]+\s+){0,2}$"
)
_FULL_NAME = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüßéáíóúñç]+(?:\s+[A-ZÄÖÜ][a-zäöüßéáíóúñç]+)?\s+([A-ZÄÖÜ][a-zäöüßéáíóúñç]+)\b(?!['’]s)"
)


def _known_organisation(entity: str) -> bool:
    """An organisation the paragraph is about carries over to its clauses that name none; a
    name known only by its shape (often a person quoted) does not."""
    return entity.split()[0] in _organisations()


@cache
def _organisations() -> frozenset[str]:
    return frozenset(lexicon.entities().aliases.values())


def _finish_figures(drafts: list[_Draft], source: Source) -> list[Claim]:
    """Measures and currencies a figure leaves open come from its paragraph, else its article:
    'gaben sie mehr als 100 Millionen Euro für einen Spieler aus' in an article about a
    transfer fee measures the fee."""
    language = source.language
    table = _measure_table()
    bases_of = _add_on_bases(drafts, language)
    specific = [d for d in drafts if d.measure and not d.generic]
    stated_measure = {id(d): bases_of.get(id(d), d.measure) for d in drafts}
    currencies = Counter(d.found.unit for d in drafts if dimension(d.found.unit) == "money")
    table = _measure_table()
    # Whoever the article gives revenue or profit to is an organisation in it.
    organisations = {
        d.subject
        for d in drafts
        if d.subject and d.measure in table and table[d.measure].organisational
    }
    claims: list[Claim] = []
    for draft in drafts:
        found = draft.found
        confidence = 1.0
        measure = draft.measure
        money = _measure_table().get(measure)
        if (
            found.unit == "count"
            and found.value >= 1e6
            and (
                (money and money.dimension == ["money"])
                or (not measure and (currencies or _carries_money(draft.clause_text, language)))
            )
        ):
            # "100 Millionen" with no currency, where money is meant: a currency left open
            # ("XXX"), compared by number with any currency, never taken for one.
            found = _with_unit(found, "XXX", 1.0)
        dim = dimension(found.unit)
        generic = draft.generic
        measure_origin = "clause"
        modifier = draft.modifier
        if found.change and (not _measure_cues(draft.clause_text, language) or measure == GROWTH):
            # Its clause names no measure, or only a change ("a 6% increase"): a level it
            # follows says what it is a change of.
            # A change word of its own ("grew 17%") keeps its clause unless the level is
            # right before it ("$46.7 billion, a 6% increase").
            level = _changed_level(draft, drafts, loose=measure != GROWTH)
            if level is not None and level.measure and level.measure != GROWTH:
                # "384.000 Fahrzeuge aus – ein Minus von 14 Prozent"; "revenue for Q2
                # reached $46.7 billion, a 6% increase from the previous quarter"
                measure = level.measure
                generic = False
        upfront = False
        if id(draft) in bases_of and (not measure or generic or _adds_to(measure)):
            # "pay £100m plus £15m in add-ons": the figure the add-ons are paid on top of
            measure, generic = bases_of[id(draft)], False
            upfront = not draft.with_add_ons
        if generic and draft.bought:
            # "surpassing the £105m they paid for Enzo Fernández": what is paid for a thing
            # is its price, by the name the article gives prices.
            prices = Counter(
                stated_measure[id(d)]
                for d in specific
                if _is_price(stated_measure[id(d)]) and d is not draft
            )
            if not prices:
                # No figure of the article names it: a word does ("Die Ablöse ist ein
                # Vereinsrekord", "The fee is a club record"), when only one price is named.
                prices = Counter(_prices_named(source.text, language))
                if len(prices) > 1:
                    prices.clear()
            if prices:
                measure, generic = prices.most_common(1)[0][0], False
                measure_origin = "context"
        if not measure or generic:
            # A figure that leaves its measure open measures what the paragraph's (else the
            # article's) figures of the same kind and order of magnitude measure. A move in
            # points ("a 50-basis-point cut") is one of the rate or share the article names,
            # whatever its level.
            points = found.unit == "pp"
            similar = [
                stated_measure[id(d)]
                for d in specific
                if dimension(d.found.unit) == dim
                # "will cost £1.25bn, and only saves £450m": a cost is no saving
                and not (generic and _not_spent(stated_measure[id(d)]))
                # "20% faster" is no revenue because revenue changed by per cents nearby
                and (d.found.change == found.change or points)
                and d is not draft
                and (points or 0.1 <= d.found.value / max(found.value, 1e-9) <= 10)
            ]
            local = Counter(
                stated_measure[id(d)]
                for d in specific
                if d.paragraph == draft.paragraph
                and stated_measure[id(d)] in similar
                # A change takes the measure of its own or the sentence before ("Der
                # Umsatz lag bei 5 Mrd. Das ist ein Plus von 12 Prozent"), not of a
                # paragraph that goes on to a product ("the Blackwell platform grew 17%").
                and (not found.change or _adjacent(d.passage, draft.passage))
            )
            overall = Counter(similar)
            if local:
                measure = local.most_common(1)[0][0]
                confidence *= INHERITED_MEASURE
                measure_origin = "context"
                # "The Data Center division generated sales of $41.1 billion … the Blackwell
                # platform grew 17%": the part it measures comes along with the measure.
                donor = [
                    d
                    for d in specific
                    if d.paragraph == draft.paragraph
                    and stated_measure[id(d)] == measure
                    and d.modifier
                    and (not found.change or _adjacent(d.passage, draft.passage))
                ]
                if donor and not modifier:
                    modifier = donor[-1].modifier
            elif overall and overall.most_common(1)[0][1] >= 2:
                measure = overall.most_common(1)[0][0]
                confidence *= INHERITED_MEASURE
                measure_origin = "context"
            elif generic:
                measure = draft.measure
        if _open_share(draft, language) and (
            story_measure := _story_measure(source.text, language)
        ):
            # "Die AfD folgte mit 14,6 Prozent" in an article on an election: its share. An
            # article whose words make no such measure keeps what its other figures lent
            # ("cut its benchmark rate to 4.75% … The rate would fall to 4.4%").
            if measure != story_measure:
                confidence *= INHERITED_MEASURE
            measure, measure_origin = story_measure, "context"
        bases = table[draft.with_add_ons].adds_to if draft.with_add_ons else []
        with_add_ons = bool(bases) and (
            measure in bases or measure == draft.with_add_ons or generic or not measure
        )
        if with_add_ons and measure not in bases:
            # The base the add-ons are paid on top of: the one the article names most.
            named = Counter(d.measure for d in drafts if d.measure in bases)
            measure = named.most_common(1)[0][0] if named else bases[0]
        if not measure:
            continue
        period = draft.period
        if found.change and (period is None or not period.label):
            # "revenue for Q2 reached $46.7 billion, a 6% increase from the previous
            # quarter": the change is of the level it follows, in that level's period.
            level = _changed_level(draft, drafts)
            if level is not None and level.period is not None and level.period.label:
                period = level.period
        if period is not None and period.origin != "clause":
            confidence *= INHERITED_PERIOD
        subject, subject_origin = draft.subject, draft.subject_origin
        held = table.get(measure)
        if (
            held
            and held.of_organisation
            # "Netto verdiente Tesla …", not "Sein Gehalt ist doppelt so hoch wie bei Ex-Club
            # Tottenham": the verb, which a company does too, not the noun.
            and matcher(held.organisation_verbs.get(language, [])).search(draft.role_text)
            and (
                (subject and (subject in organisations or _known_organisation(subject)))
                # "Netto verdiente der Konzern …": an organisation named by what it is
                or matcher(_language(language).cues.organisation_noun).search(draft.role_text)
            )
        ):
            measure = held.of_organisation  # "Netto verdiente Tesla 1,39 Milliarden"
        event = table.get(measure)
        if event is not None and event.about_event:
            subject, subject_origin = "", "story"  # a toll is the event's, not the speaker's
        if event is not None and event.several_holders and subject_origin == "story":
            held_before = _coordinated_holder(claims, draft, measure, language)
            if held_before:
                # "die Grünen, die 14,4 Prozent erreichen – und dabei mit über drei
                # Prozentpunkten das deutlichste Minus": the same holder, one clause on.
                subject, subject_origin = held_before, "clause"
            else:
                subject_origin = "unknown"  # "sie wird mit 16 Prozent zweitstärkste Kraft": whose?
        place = _place_after(measure, draft.passage.text[found.end :], language)
        if place:
            subject, subject_origin = "", "story"  # "72 km southwest of Marrakech": a place
        period_label = period.label if period else ""
        basis = _basis(found, language, draft.clause_text, period_label)
        if basis == "change" and event is not None and event.names_a_change:
            basis = "level"  # "cut its workforce by 15%": cuts of 15%
        stated = _changed_level(draft, drafts)
        if (
            stated is not None
            and basis == "change"
            and _basis(stated.found, language, stated.clause_text, "") == "per share"
        ):
            basis = "change per share"  # "EPS were $1.08, up 61%": the per-share figure's
        if period_label == "annual":
            period = None
        if (
            period is not None
            and dimension(found.unit) == "percent"
            and not found.change
            and re.fullmatch(r"\.\.\d{4}", period.label)
        ):
            # "the rate would fall to 3.4% by the end of 2025" is its level in 2025, as "3.4
            # percent in 2025" is: a rate by a year's end is no sum up to it.
            period = period.model_copy(update={"label": period.label[2:]})
        if (
            period is not None
            and event is not None
            and event.about_event
            and re.fullmatch(r"\d{4}\.\.\d{4}", period.label)
        ):
            # "20,000 U.S. adults from the 2003 to 2018 survey": the years the people were
            # studied, not a count per span; a count of an event's people is one count.
            period = None
        claims.append(
            Claim(
                id=f"c-{draft.passage.id}-{draft.number}",
                passage=draft.passage.id,
                source=draft.passage.source,
                kind="figure",
                start=draft.passage.start + found.start,
                end=draft.passage.start + found.end,
                subject=subject,
                subject_origin=subject_origin,  # type: ignore[arg-type]
                measure=measure,
                measure_origin=measure_origin,  # type: ignore[arg-type]
                # "In China ist der Absatz um 12 Prozent gesunken": a count, or a change of
                # one, made at a place; a party's share won in a region.
                place=_place_of(draft.clause_text, language, found.text)
                if dimension(found.unit) == "count"
                or found.change
                or (event is not None and event.several_holders)
                else "",
                qualifiers=list(
                    dict.fromkeys(
                        _narrowing(
                            _qualifiers(modifier, language, draft.clause_text, draft.before)
                            + _sentence_qualifiers(language, draft.sentence_head, draft.found.start)
                            + _part_after(draft.passage.text[found.end :], language),
                            measure,
                            _segment_name(modifier, language),
                        )
                        + place
                        + ([draft.scope] if draft.scope else [])
                        + (["total"] if with_add_ons else [])
                        + (["upfront"] if upfront else [])
                        + (
                            [AT_EXTREME]
                            if _at_extreme(event, found, draft.clause_text, language)
                            else []
                        )
                    )
                ),
                role=_dated_role(
                    "prior"
                    if draft.earlier_value
                    else _change_role(draft, event, language)
                    if found.change
                    else _role(language, draft.role_text, event, found.text),
                    period,
                    source,
                    draft.passage.text,
                ),  # type: ignore[arg-type]
                basis=basis,
                direction="down"
                if found.falling
                else _direction(draft.before, draft.passage.text[found.end :], language)
                if basis.startswith("change")
                else "",
                period=period,
                quantity=_exact(_quantity(found), table.get(measure)),
                attribution=_attribution(draft.passage.text, language),
                evidence=found.text,
                confidence=round(confidence, 3),
                key_label=_key_label(subject, measure, basis, period, language),
            )
        )
    return _coordinated_roles(claims, source)


@lru_cache(maxsize=4_096)  # per article
def _prices_named(text: str, language: str) -> tuple[str, ...]:
    """The price measures whose words an article uses anywhere ("Ablöse", "fee")."""
    return tuple(sorted({c.measure for c in _measure_cues(text, language) if _is_price(c.measure)}))


def _not_spent(measure: str) -> bool:
    known = _measure_table().get(measure)
    return known is not None and known.not_spent


def _is_price(measure: str) -> bool:
    known = _measure_table().get(measure)
    return known is not None and known.price_of


def _is_generic(measure: str) -> bool:
    known = _measure_table().get(measure)
    return known is not None and known.generic


def _adds_to(measure: str) -> list[str]:
    known = _measure_table().get(measure)
    return known.adds_to if known is not None else []


def _only_names_a_measure(words: str, language: str) -> bool:
    """Whether words between two figures name at most a measure ("and revenue of", "und einen
    Gewinn von"): a verb there ("and posted net income of") starts a statement of its own."""
    rest = words
    for cue in sorted(_measure_cues(words, language), key=lambda c: -c.start):
        rest = rest[: cue.start] + " " + rest[cue.end :]
    function = _function_words(language)
    return all(w.lower() in function for w in re.findall(r"[^\W\d_]+", rest))


def _coordinated_roles(claims: list[Claim], source: Source) -> list[Claim]:
    """'estimates of $0.10 and $12.93B', 'Analysts were looking for EPS of $0.10 and revenue of
    $12.9 billion': a figure joined to the one before it by 'and', with no comma between,
    shares that one's role when its own words name none."""
    joined = matcher(_language(source.language).cues.coordination)
    out: list[Claim] = []
    for claim in claims:
        before = out[-1] if out else None
        if (
            before is not None
            and before.passage == claim.passage
            and before.role in ("consensus", "prior", "forecast", "target")
            # "Analysten hatten 10 Cent und 12,9 Milliarden erwartet": what analysts expect
            # is their estimate, whichever figure stands nearer the verb.
            and (
                claim.role == "reported"
                or (claim.role == "forecast" and before.role == "consensus")
            )
            and before.end <= claim.start
        ):
            between = source.text[before.end : claim.start]
            if (
                len(between) <= 40
                and not re.search(r"[,;:.!?]", between)
                and joined.search(between)
                and _only_names_a_measure(joined.sub(" ", between), source.language)
            ) or _listed_by_period(before, claim, between, source.language):
                claim = claim.model_copy(update={"role": before.role})
        if before is not None and before.role == "prior" and claim.role == "reported":
            # "to fall to 3.4 percent in 2025, down from 4.1 percent projected in June, and
            # to 3.1 percent in 2026": the list goes on past the earlier value it names.
            head = next(
                (c for c in reversed(out) if c.passage == claim.passage and c.role != "prior"),
                None,
            )
            if head is not None and head.role in ("forecast", "target", "consensus"):
                between = _without_earlier_values(source, head, claim, out)
                if _listed_by_period(head, claim, between, source.language):
                    claim = claim.model_copy(update={"role": head.role})
        out.append(claim)
    return out


def _without_earlier_values(source: Source, head: Claim, claim: Claim, earlier: list[Claim]) -> str:
    """The words between two items of a list without the earlier values named between them,
    each from its lead ("down from") to the end of its clause."""
    start, end = head.end, claim.start
    text = source.text
    between = text[start:end]
    lead = matcher(_language(source.language).cues.earlier_lead)
    for prior in earlier:
        if (
            prior.role != "prior"
            or prior.passage != claim.passage
            or not start <= prior.start < end
        ):
            continue
        leads = [m for m in lead.finditer(text, max(start, prior.start - 20), prior.start)]
        cut_from = leads[-1].start() if leads else prior.start
        comma = text.find(",", prior.end, end)
        cut_to = comma if comma >= 0 else prior.end
        between = between.replace(text[cut_from:cut_to], " ")
    return between


def _change_role(draft: _Draft, event: Measure | None, language: str) -> str:
    """A change's role from the words before it ("up 20% from last year's $5bn" compares
    with last year, it is no earlier value), or a preference or an offer named after it, as
    German puts the verb last ("hätte eine Senkung um einen Viertelprozentpunkt bevorzugt")."""
    role = _role(language, draft.role_before, event, draft.found.text)
    if role == "reported":
        whole = _role(language, draft.role_text, event, draft.found.text)
        if whole in ("demand", "offer"):
            return whole
    return role


def _dated_role(role: str, period: Period | None, source: Source, sentence: str) -> str:
    """A figure stated as what happened in a year after the one its page was published in
    can only be expected ('to 3.1 percent in 2026' in a page of 2024): a forecast, unless
    the year is a company's fiscal year, which may run ahead of the calendar."""
    if role != "reported" or period is None or source.published is None:
        return role
    first = re.match(r"^(?:\.\.)?((?:19|20)\d\d)(?:\.\.(?:(?:19|20)\d\d)?)?$", period.label)
    if (
        first is None
        or int(first.group(1)) <= source.published.year
        or matcher(_language(source.language).periods.fiscal).search(sentence)
    ):
        return role
    return "forecast"


def _listed_by_period(before: Claim, claim: Claim, between: str, language: str) -> bool:
    """'projected the rate would fall to 4.4% by the end of this year, 3.4% by the end of 2025
    and 2.9% in 2026', 'erwarten für 2024 2,5 Prozent, für 2025 2,2 Prozent': one measure
    listed period by period, with nothing between the figures but their periods, is one
    statement, and each figure has the role the list's verb gives the first."""
    if (
        before.role == "prior"  # "von 3,4 Milliarden im dritten Quartal 2023 auf 3,9": a change
        or before.measure != claim.measure
        or before.period is None
        or claim.period is None
        or not claim.period.label
        or claim.period.origin != "clause"
        or before.period.label == claim.period.label
        or len(between) > 60
        or re.search(r"[;:.!?]", between)
    ):
        return False
    rest = between
    for period in (before.period, claim.period):
        if period.text:
            rest = rest.replace(period.text, " ")
    function = _function_words(language)
    return all(
        w.lower() in function or w.lower() in _LIST_PERIOD_WORDS
        for w in re.findall(r"[^\W\d_]+", rest)
    )


# Words of a period a list of figures repeats ("by the end of 2025", "Ende 2025").
_LIST_PERIOD_WORDS = frozenset(["end", "ende", "year", "jahr", "jahres", "years", "jahre"])


def _add_on_bases(drafts: list[_Draft], language: str) -> dict[int, str]:
    """The figures that add-ons are paid on top of, by id of their draft, with the measure they
    are then: '£115m including add-ons' is the fee with them, '£100m plus £15m in add-ons' the
    fee without; either is the base the article names most ('transfer fee')."""
    table = _measure_table()
    addition = matcher(_language(language).cues.addition)
    # Each figure's next one in its sentence, found once (not by scanning every draft).
    following: dict[int, _Draft] = {}
    by_passage: dict[int, list[_Draft]] = {}
    for draft in drafts:
        by_passage.setdefault(id(draft.passage), []).append(draft)
    for members in by_passage.values():
        members.sort(key=lambda d: d.found.start)
        for index, first in enumerate(members):
            nxt = next((d for d in members[index + 1 :] if d.found.start >= first.found.end), None)
            if nxt is not None:
                following[id(first)] = nxt
    named_by_bases: dict[tuple[str, ...], Counter[str]] = {}

    def named(bases: list[str]) -> Counter[str]:
        """The base measures the article names, for its figures or else in their sentences
        ("broke their transfer fee record …: they will pay £50m plus £10m in add-ons")."""
        key = tuple(bases)
        if key not in named_by_bases:
            counted = Counter(d.measure for d in drafts if d.measure in bases)
            if not counted:
                counted = Counter(
                    cue.measure
                    for members in by_passage.values()
                    for cue in _measure_cues(members[0].passage.text, language)
                    if cue.measure in bases
                )
            named_by_bases[key] = counted
        return named_by_bases[key]

    out: dict[int, str] = {}
    for draft in drafts:
        add_on = draft.with_add_ons
        after = following.get(id(draft))
        if not add_on and after is not None:
            between = draft.passage.text[draft.found.end : after.found.start]
            if (
                _adds_to(after.measure)
                and not after.with_add_ons
                and len(between) < 40
                and addition.search(between)
            ):
                add_on = after.measure
        if not add_on or (draft.measure and not draft.generic and draft.measure != add_on):
            continue
        bases = table[add_on].adds_to
        if draft.measure in bases:
            out[id(draft)] = draft.measure
            continue
        article = named(bases)
        if article:
            out[id(draft)] = article.most_common(1)[0][0]
        elif draft.with_add_ons:
            out[id(draft)] = bases[0]  # "£115m including add-ons": the fee with them
        else:
            # "The bank paid $2bn plus $500m in bonuses": an article that names no base
            # measure leaves the figure its own, and never the bonuses'.
            out[id(draft)] = draft.measure
    return out


def _with_add_ons(text: str, found: Found, language: str) -> str:
    """'£115m including add-ons', '92 Millionen inklusive Boni': the add-on measure named right
    after the figure with a word of inclusion between, if any ('' if none)."""
    inclusion = matcher(_language(language).cues.inclusion).pattern
    table = _measure_table()
    if not re.match(rf"\s*(?:\S+\s+)?(?:{inclusion})\.?\s", text[found.end :], re.I):
        # "Mit Boni kann die Ablöse auf 85 Millionen Euro steigen", "Including add-ons, the
        # fee rises to £115m": the inclusion named first, in the figure's clause.
        for cue in _measure_cues(text, language):
            # "Including add-ons, the fee": the comma that closes the phrase is no break.
            after = cue.end + 2 if text[cue.end : cue.end + 2] == ", " else cue.end
            if (
                cue.end <= found.start <= cue.end + 80
                and table[cue.measure].adds_to
                and re.search(
                    rf"(?:{inclusion})\s+(?:\S+\s+)?$",
                    text[max(0, cue.start - 20) : cue.start],
                    re.I,
                )
                and not _CLAUSE_BREAK.search(text, after, found.start)
            ):
                return cue.measure
        return ""
    for cue in _measure_cues(text, language):
        if found.end <= cue.start <= found.end + 40 and table[cue.measure].adds_to:
            return cue.measure
    return ""


def _adjacent(before: Passage, after: Passage) -> bool:
    """The same sentence, or the one right before it (only spaces between)."""
    return before is after or (before.end <= after.start and after.start - before.end <= 2)


def _changed_level(draft: _Draft, drafts: list[_Draft], loose: bool = False) -> _Draft | None:
    """The level a change follows right after, whose change it states ('$1.08, up 61%');
    `loose`: or after a dash or comma and a few words ('384.000 Fahrzeuge aus – ein Minus von
    fast 14 Prozent'), which says what the change is of when its own clause does not."""
    if not draft.found.change:
        return None
    earlier = [
        d
        for d in drafts
        if d.passage is draft.passage and d.found.end <= draft.found.start and not d.found.change
    ]
    if not earlier:
        return None
    level = earlier[-1]
    gap = draft.passage.text[level.found.end : draft.found.start]
    if len(gap) <= 16 and re.fullmatch(r"[\s,(]*(?:\w+\s+){0,2}", gap):
        return level
    if (
        loose
        and len(gap) <= 45
        and re.fullmatch(r"[^\d.;:!?]*\s[–—-]\s[^\d.;:!?]*|[^\d.;:!?]*,\s[^\d.;:!?]*", gap)
    ):
        return level
    return None


def _carries_money(text: str, language: str) -> bool:
    """'die horrende Summe von 100 Millionen': a sum is money."""
    return bool(matcher(_language(language).cues.carrier).search(text))


def measure_label(measure: str, language: str = "en") -> str:
    found = _measure_table().get(measure)
    if found is None:
        return measure
    return found.label.get(language) or found.label.get("en") or measure


def _key_label(subject: str, measure: str, basis: str, period: Period | None, language: str) -> str:
    parts = [subject_name(subject)] if subject else []
    parts.append(measure_label(measure, language) + ("" if basis == "level" else f" ({basis})"))
    if period and period.label:
        parts.append(period.text or period.label)
    return " · ".join(parts)


def subject_name(subject: str) -> str:
    if subject and subject != subject.lower():
        return subject  # a name kept as written ("AfD")
    special = lexicon.entities().display
    return special.get(subject, subject.title() if subject else "the story's subject")


def _exact(quantity: Quantity, measure: Measure | None) -> Quantity:
    """A figure of a measure set in exact steps ("4 Prozent" for a rate) is what it says:
    no rounding interval, but what a qualifier ("rund", "über") allows."""
    if measure is None or not measure.exact or quantity.qualifier:
        return quantity
    return quantity.model_copy(update={"low": quantity.value, "high": quantity.value})


def _quantity(found: Found) -> Quantity:
    return Quantity(
        text=found.text,
        value=found.value,
        unit=found.unit,
        low=found.low,
        high=found.high,
        qualifier=found.qualifier,
        change=found.change,
    )


# --- stances ------------------------------------------------------------------------------


PoleHits = tuple[tuple[int, int, str], ...]


@cache
def _any_pole_cue(language: str) -> re.Pattern[str]:
    """One pattern for every cue of every pole of every question: it finds a match in a
    sentence exactly when one of the questions' own patterns would, so one search clears
    the many sentences that take no side on anything."""
    return lexicon.any_of(
        [
            cue
            for question in lexicon.questions()
            for spec in question.poles.values()
            for cue in spec.cues(language)
        ]
    )


def _any_question_cue(question: Question, language: str) -> re.Pattern[str]:
    """Found in a sentence exactly when a cue of either pole of the question is."""
    return lexicon.any_of([cue for spec in question.poles.values() for cue in spec.cues(language)])


@lru_cache(maxsize=50_000)  # copies repeat sentences
def _pole_cues(text: str, language: str) -> tuple[PoleHits, ...]:
    """For each of the lexicon's questions in order, (start, end, pole) of every cue for
    either pole of it in the sentence."""
    questions = lexicon.questions()
    if not _any_pole_cue(language).search(text):
        return ((),) * len(questions)
    return tuple(_question_cues(text, question, language) for question in questions)


def _question_cues(text: str, question: Question, language: str) -> PoleHits:
    if not _any_question_cue(question, language).search(text):
        return ()
    about = question.about.get(language)
    if about and not matcher(about).search(text):
        return ()
    hits = tuple(
        (m.start(), m.end(), pole)
        for pole, spec in question.poles.items()
        for m in matcher(spec.cues(language)).finditer(text)
    )
    if about and question.about_near:
        # "hält die Nachbesserungen für unzureichend": the verdict is on the thing named by
        # it, not on any "Entscheidung" elsewhere in the sentence.
        near = question.about_near
        things = [(m.start(), m.end()) for m in matcher(about).finditer(text)]
        # "Die Vorschläge sind für mich nach wie vor indiskutabel": the thing is the subject
        # of the verb the verdict completes, however far apart, in one clause.
        verb = matcher(_language(language).cues.copula)
        subjects = [
            e
            for b, e in things
            if (after := re.match(r"\s+(\w+)", text[e:])) and verb.fullmatch(after.group(1))
        ]
        hits = tuple(
            hit
            for hit in hits
            if any(len(text[min(e, hit[1]) : max(b, hit[0])].split()) <= near for b, e in things)
            or any(
                e <= hit[0]
                and not re.search(r"[,;:]", text[e : hit[0]])
                and not _new_clause(text[e : hit[0]], language)
                for e in subjects
            )
        )
    return hits


def _new_clause(between: str, language: str) -> bool:
    """Whether words between a thing and a verdict open a clause of their own: "und die
    Wartezeiten bleiben", "and the union says" (an opener, then a verb of its own), not "für
    mich und den Bauernverband"."""
    cues = _language(language).cues
    words = between.split()
    opener = matcher(cues.clause_opener)
    verb = matcher([*cues.copula, *cues.said_after])
    return any(
        opener.fullmatch(word) and any(verb.fullmatch(w) for w in words[i + 1 : i + 5])
        for i, word in enumerate(words[1:], start=1)
    )


@lru_cache(maxsize=50_000)  # per distinct sentence and cue
def _negated(text: str, cue_start: int, language: str) -> bool:
    """A negation among the six words before a cue, in its clause."""
    window = text[:cue_start]
    window = re.split(r"[,;:]", window)[-1]
    words = window.split()[-6:]  # "no longer release its models as | open source"
    return bool(matcher(_language(language).cues.negation).search(" ".join(words)))


def _negated_inside(
    text: str, start: int, end: int, question: str, pole: str, language: str
) -> bool:
    """A negation in the gap of a cue whose own words hold none: "hat die Erwartungen der
    Analysten nicht erfüllt" is not "Erwartungen … erfüllt"."""
    if _pole_negates(question, pole, language):
        return False
    inner = text[start:end].split()[1:-1]
    negation = matcher(_language(language).cues.negation)
    return any(negation.fullmatch(word.strip(",.;:!?")) for word in inner)


@cache
def _pole_negates(question: str, pole: str, language: str) -> bool:
    """Whether some cue of a pole holds a negation word itself ("nicht kausal")."""
    negation = matcher(_language(language).cues.negation)
    return any(
        negation.search(cue) for cue in lexicon.question(question).poles[pole].cues(language)
    )


def _negated_after(text: str, cue_end: int, language: str) -> bool:
    """A negation right after the cue: German puts it after the verb ('bewiesen nicht')."""
    after = text[cue_end : cue_end + 30].split()
    cues = _language(language).cues
    if not after or not matcher(cues.negation).fullmatch(after[0].strip(",.;:!?")):
        return False
    # "erhöht das Risiko nicht nur leicht": "not only" strengthens, it does not deny.
    return not (len(after) > 1 and matcher(cues.not_only).fullmatch(after[1].strip(",.;:!?")))


@lru_cache(maxsize=50_000)  # per distinct sentence
def _shift_target(text: str, language: str) -> int | None:
    """Where the target of a shift begins ('Kehrtwende von X hin zu |Y'), if the sentence has one."""
    cues = _language(language).cues
    shift = matcher(cues.shift).search(text)
    if not shift:
        return None
    rest = text[shift.end() :]
    origin = re.match(rf"\s+(?:{matcher(cues.shift_from).pattern})\s", rest, re.IGNORECASE)
    if not origin:
        return None
    target = matcher(cues.shift_to).search(rest, origin.end())
    return shift.end() + target.end() if target else None


@cache
def _former_plan(language: str) -> re.Pattern[str]:
    """Words right before a stance cue that make it an earlier plan, not a position now."""
    words = matcher(_language(language).cues.former_plan).pattern
    return re.compile(rf"(?:{words})\W+(?:\w+\W+){{0,2}}$", re.IGNORECASE)


_CLAUSE_MARK = re.compile(r"[,;:!?]|\.(?!\d)")  # "1.200" breaks no clause


def _plans_undone(
    text: str, hits: tuple[tuple[int, int, str], ...], question: Question, language: str
) -> tuple[tuple[tuple[int, int, str], ...], set[tuple[int, int, str]]]:
    """A cue that names a plan ("Streichung", "cuts") takes the other pole when a verb of its
    clause undoes the plan ("Die Ampel rudert bei der Streichung zurück", "scrapped the cuts"),
    and the verb says nothing of its own; a cue of the other pole in its clause ("kept the
    cut", "hält an der Streichung fest") keeps the plan and says nothing of its own either.
    Also the plan cues a verb so governs: what they say is stated, even of a plan called
    "geplant" ("hält an der geplanten Kürzung fest")."""
    plan = matcher(question.plan_nouns.get(language, []))
    undoing = matcher(_language(language).cues.undoing)
    negation = matcher(_language(language).cues.negation)
    kept: list[tuple[int, int, str]] = []
    dropped: set[tuple[int, int, str]] = set()
    governed: set[tuple[int, int, str]] = set()
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text)]
    for hit in hits:
        start, end, pole = hit
        if not plan.fullmatch(text[start:end]):
            continue
        left = max((m + 1 for m in marks if m < start), default=0)
        right = min((m for m in marks if m >= end), default=len(text))
        # The verb governs the plan: before it, at most five words away ("scrapped the cuts"),
        # around it ("nimmt die Kürzung zurück"), or after it in its clause, as a participle
        # or a passive puts it ("hat die geplante Schließung gestoppt", "the cuts were
        # reversed"), and not negated ("nimmt … nicht zurück").
        verbs = [
            m
            for m in undoing.finditer(text, left, right)
            if not (start <= m.start() < end)
            and (
                (m.end() <= start and len(text[m.end() : start].split()) <= 5)
                or (m.start() < start and m.end() >= end)
                or (m.start() >= end and len(text[end : m.start()].split()) <= 6)
            )
            and not _negated(text, m.start(), language)
            and not negation.search(text, m.start(), m.end())
        ]
        if verbs:
            kept.append((start, end, question.other(pole)))
            governed.add(kept[-1])
            dropped.add(hit)
            dropped.update(h for h in hits if any(v.start() <= h[0] < v.end() for v in verbs))
        else:
            keeping = {h for h in hits if h[2] != pole and left <= h[0] < right}
            if keeping:
                governed.add(hit)
            dropped.update(keeping)
    return tuple(sorted([h for h in hits if h not in dropped] + kept)), governed


CLAUSE_WORDS = 8  # words before a cue, in its clause, that can ask or doubt what it says


def _clause_before(text: str, start: int, language: str) -> str:
    """The last words before a cue in its clause, reaching back over a comma to the clause it
    completes ("begrenzte Hinweise darauf, dass der Süßstoff Krebs verursacht")."""
    clauses = re.split(r"[,;:]", text[:start])
    words = clauses[-1].split()
    opener = matcher(_language(language).cues.complementiser)
    if len(clauses) > 1 and words and opener.fullmatch(words[0]):
        words = clauses[-2].split() + words
    return " ".join(words[-CLAUSE_WORDS:])


def _positions_taken(
    text: str, hits: tuple[tuple[int, int, str], ...], question: Question, language: str
) -> tuple[tuple[int, int, str], ...]:
    """The cues that take a position. Not a cue inside a longer one of the other pole ("not
    clear whether it caused" holds "caused"), not a one-word cue used as a noun ("one of the
    leading causes of death"), not a cue in a question asked ("looked at whether fasting
    causes"). A cue whose evidence is called weak ("limited evidence that it can cause
    cancer") takes the pole that says so ("not shown to cause"), or none."""
    cues = _language(language).cues
    asked = matcher(cues.open_question)
    weak = matcher(cues.weak_evidence)
    taken: list[tuple[int, int, str]] = []
    for start, end, pole in hits:
        if any(p != pole and s <= start and end <= e and e - s > end - start for s, e, p in hits):
            continue
        spec = question.poles[pole]
        if " " not in text[start:end].strip():
            before = re.findall(r"[\w'-]+", text[max(0, start - 30) : start])[-1:]
            after = re.findall(r"[\w'-]+", text[end : end + 20])[:1]
            if (before and before[0].lower() in spec.noun_before.get(language, ())) or (
                after and after[0].lower() in spec.noun_after.get(language, ())
            ):
                continue
        clause = _clause_before(text, start, language)
        if asked.search(clause):
            continue
        if weak.search(clause):
            other = question.other(pole)
            if question.poles[other].unproven:
                pole = other
            elif not spec.unproven:
                continue
        taken.append((start, end, pole))
    return tuple(taken)


_STATEMENT_BEFORE_QUESTION = re.compile(r"\s[–—-]\s|:\s")


def stance_claims(
    passage: Passage, context_subject: str, mentions: list[Mention], language: str
) -> list[Claim]:
    text = passage.text
    stated = len(text)
    if text.rstrip().endswith("?"):
        # "A full reversal – but no regrets?": what stands before a dash or colon is stated;
        # a sentence that is all question states nothing.
        breaks = list(_STATEMENT_BEFORE_QUESTION.finditer(text))
        if not breaks:
            return []
        stated = breaks[-1].start()
    found = _pole_cues(text, language)
    if not any(found):
        return []  # most sentences: no cue of any question
    cues = _language(language).cues
    claims = []
    for question, every in zip(lexicon.questions(), found, strict=True):
        hits = tuple(h for h in every if h[1] <= stated)
        undone: set[tuple[int, int, str]] = set()
        if hits and question.plan_nouns:
            hits, undone = _plans_undone(text, hits, question, language)
        hits = _positions_taken(text, hits, question, language)
        if not hits:
            continue
        hedged = bool(matcher(cues.hedge).search(text))
        target = _shift_target(text, language)
        pole, start, end, shifted = "", hits[0][0], hits[0][1], False
        if target is not None:
            after = [h for h in hits if h[0] >= target]
            if after:
                pole, start, end, shifted = after[0][2], after[0][0], after[0][1], True
        if not pole:
            if hedged and not question.hedged_counts:
                continue  # a risk, a condition or a wish is not a position
            dismissed = _dismissed(text, language)
            resolved = set()
            former = _former_plan(language)
            for s, e, p in hits:
                if (s, e, p) not in undone and former.search(text, max(0, s - 30), s):
                    continue  # "die ursprünglichen Pläne zur Streichung": the plan now changed
                negated = (
                    _negated(text, s, language)
                    or _negated_after(text, e, language)
                    or _negated_inside(text, s, e, question.name, p, language)
                )
                if negated != (dismissed[0] <= s < dismissed[1]):
                    if not question.poles[p].negation_flips:
                        continue  # "getroffen, aber nicht übertroffen": met, not missed
                    p = question.other(p)
                resolved.add(p)
            if not resolved:
                continue
            if len(resolved) != 1:
                continue  # both poles without a shift: a comparison, not a position
            pole = resolved.pop()
        subject = _stance_subject(question, text, mentions, start, end, context_subject, language)
        if subject is None:
            continue
        measure, qualifiers = _stance_object(question, text, start, language)
        claims.append(
            Claim(
                id=f"c-{passage.id}-{question.name.replace(' ', '-')}",
                passage=passage.id,
                source=passage.source,
                kind="stance",
                start=passage.start + start,
                end=passage.start + end,
                subject=subject,
                subject_origin="clause" if subject else "story",
                question=question.name,
                measure=measure,
                qualifiers=qualifiers,
                pole=pole,
                shift=shifted,
                attribution=_attribution(text, language),
                evidence=text[start:end],
                confidence=0.8 if hedged and not shifted else 1.0,
                key_label=f"{subject_name(subject)} · {question.name}"
                if subject
                else question.name,
            )
        )
    return claims


def _stance_object(
    question: Question, text: str, cue_start: int, language: str
) -> tuple[str, list[str]]:
    """For a question about a measure: the measure named nearest the cue in its clause, with
    its segment ('Data center sales … fell short of estimates')."""
    if not question.by_measure:
        return "", []
    clause = _clause(text, cue_start, cue_start + 1)
    table = _measure_table()
    # "Von LSEG befragte Analysten hatten …": who was asked is no measure a result has.
    cues = [c for c in _measure_cues(text, language) if not table[c.measure].about_event]
    in_clause = [c for c in cues if clause[0] <= c.start < clause[1]]
    if not in_clause:
        # "Its data centre revenue, which is fuelled by chips, came up short of estimates":
        # the measure stands before a clause put in between.
        before = [c for c in cues if c.end <= clause[0]]
        between = re.match(r"\s*,\s*(\w+)", text[before[-1].end :]) if before else None
        if between and matcher(_language(language).cues.relative).fullmatch(between.group(1)):
            in_clause = before[-1:]
            clause = (_clause(text, in_clause[0].start, in_clause[0].end)[0], clause[1])
    about = question.about.get(language)
    if about:
        # "Das Gesamtrisiko zu sterben wurde bei Personen … nicht höher": the measure the
        # question is about ("risk"), not the nearest one ("Personen").
        spans = [(m.start(), m.end()) for m in matcher(about).finditer(text)]
        named = [c for c in in_clause if any(s < c.end and c.start < e for s, e in spans)]
        in_clause = named or in_clause
    best: tuple[int, _Cue] | None = None
    for cue in in_clause:
        distance = abs(cue.start - cue_start)
        if best is None or distance < best[0]:
            best = (distance, cue)
    if best is None:
        # "Its data centre business came up short of estimates": a unit the lexicon names is
        # what the stance is about, even with no measure word.
        words = text[clause[0] : clause[1]]
        units = [s.name for s in lexicon.segments() if matcher(s.cues(language)).search(words)]
        return "", units[:1]
    cue = best[1]
    modifier = cue.modifier or _unit_after(text, cue, clause, language)
    if modifier and names_someone(modifier, text):
        modifier = ""  # "Der VW-Gewinn fiel tiefer aus als erwartet": whose, not which part
    # "Net profit missed estimates" and "operating profit beat them": where another measure
    # is judged as this one (operating profit as profit), what narrows this one alone (net)
    # keeps the two apart.
    words = text[clause[0] : clause[1]]
    merged = any(m.judged_as == cue.measure for m in lexicon.measures())
    own = [
        q.name
        for q in lexicon.qualifiers()
        if merged and cue.measure in q.measures and matcher(q.cues(language)).search(words)
    ]
    return cue.measure, _qualifiers(modifier, language, "", "") + own


@lru_cache(maxsize=50_000)  # per distinct sentence
def _dismissed(text: str, language: str) -> tuple[int, int]:
    """'Claims that X increases the risk are premature': the span of the claim the sentence
    frames and rejects (cues inside it turn), or an empty span."""
    cues = _language(language).cues
    frame = matcher(cues.claim_frame).search(text)
    if frame:
        dismissal = matcher(cues.dismissal).search(text, frame.end())
        if dismissal:
            return frame.end(), dismissal.start()
    return 0, 0


_GENITIVE = re.compile(r"\s*(?:der|des|von|vom|of|of the)\s+(?:\w+-?\s+){0,2}", re.I)


def _stance_subject(
    question: Question,
    text: str,
    mentions: list[Mention],
    cue_start: int,
    cue_end: int,
    context: str,
    language: str,
) -> str | None:
    """Whose stance: for a question about a named subject, a genitive after the cue ('Profitabilität
    der X'), else the name before it, else one the sentence points back to ('der Konzern');
    for a question about the story, the story's own subject."""
    if question.subject in ("story", "topic"):
        return ""  # a topic question's subject is settled across the sources (conflicts)
    if question.first_named:
        # "Die SPD fuhr ein schwaches Ergebnis ein" and "Die CSU hat klar gewonnen": two
        # parties' results, told apart by the letters that name them.
        first = [m for m in entity_mentions(text, language) if m.start < cue_start]
        if first:
            return first[0].entity
    anaphor = matcher(_language(language).cues.anaphor).search(text, 0, cue_start)
    if context and anaphor and len(anaphor.group()) > 3:
        return context  # "der Konzern … proprietäre Modelle": the one the paragraph is about
    for mention in mentions:
        if mention.start >= cue_end:
            between = text[cue_end : mention.start]
            if _GENITIVE.fullmatch(between) or (_GENITIVE.match(between) and len(between) < 30):
                return mention.entity
            break
    before = [m for m in mentions if m.start <= cue_start]
    if before:
        return before[-1].entity
    if mentions:
        return mentions[0].entity
    if context and (
        matcher(_language(language).cues.anaphor).search(text) or _known_organisation(context)
    ):
        return context  # as for figures: a known organisation the paragraph is about
    if question.needs_object or question.unnamed_is_story:
        # "Union members voted to reject the pay offer": who voted goes unnamed, what they
        # voted on is named, and only sides about one thing are compared (conflicts stage).
        return ""
    return None


# --- articles -----------------------------------------------------------------------------


def entity_mentions(text: str, language: str = "de") -> list[Mention]:
    """Organisations named in a sentence, with positions ('Meta-Chef' names Meta), and
    institutions named in full ('The Food and Drug Administration' holds a limit as 'the FDA'
    does). Only here: as one token in the alignment, a full name would share none of its
    words with another outlet's wording of it ('International Research Agency on Cancer')."""
    named = names_in(text, language)
    spans = [(start, start + name_length(text, start)) for start, _ in named]
    full = [
        (start, name)
        for start, name in institutions(text, language)
        if not any(begin <= start < end for begin, end in spans)
    ]
    return [
        Mention(start, name, named_by_letters(text, start))
        for start, name in sorted([*named, *full])
    ]


GROWTH = "growth"  # measures.toml: a change named by its word alone ("a 6% increase")
AT_EXTREME = "at its extreme"  # a qualifier: the day's extreme of a price, not its close


def _coordinated_holder(earlier: list[Claim], draft: _Draft, measure: str, language: str) -> str:
    """The holder of the figure of this measure right before in the sentence, when only a
    conjunction ("und dabei", "and") joins the clauses between them: one holder named once."""
    before = [
        c
        for c in earlier
        if c.passage == draft.passage.id and c.measure == measure and c.subject_origin == "clause"
    ]
    if not before:
        return ""
    last = before[-1]
    between = draft.passage.text[last.end - draft.passage.start : draft.found.start]
    joined = matcher(_language(language).cues.coordination)
    if len(between) > 60 or not joined.search(between) or re.search(r"[.;:!?]", between):
        return ""
    return last.subject


def _at_extreme(measure: Measure | None, found: Found, clause_text: str, language: str) -> bool:
    """'Intel's stock plunged as much as 30%', 'down roughly 30% at its intraday low': the
    day's extreme, not where it closed ('26%')."""
    return (
        measure is not None
        and measure.bound_is_extreme
        and found.change
        and (
            found.qualifier == "up_to"
            or bool(matcher(_language(language).cues.extreme_of_day).search(clause_text))
        )
    )


def _named(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not m.by_letters]


def _letters_before_verb(
    text: str, mentions: list[Mention], position: int, clause: tuple[int, int]
) -> list[Mention]:
    """A name of capitals that a figure's clause opens with, its verb between them ("The
    Netherlands' ASML fell more than 8%"): the clause's subject, which a name of capitals
    beside a figure seldom is otherwise."""
    return [
        m
        for m in mentions
        if m.by_letters
        and clause[0] <= m.start < position
        and _VERB_TO_FIGURE.fullmatch(text, m.start + len(m.entity), position)
    ]


# The name's end to the figure: one or two words (a verb, "by", "more than").
_VERB_TO_FIGURE = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+){1,3}")


GENERIC_PRICE = "price"  # measures.toml: what is paid for a thing, by no more specific name


def story_prices(claims: list[Claim], sources: list[Source]) -> list[Claim]:
    """A payment for a named thing that its article calls by no price ("Bayern zahlt für Olise
    60 Millionen", "Brighton will receive £60m for Joao Pedro", "Wolves sell Cunha for
    £62.5m") is the price other sources name for that thing ("Die Ablöse für Olise"); where
    none names one, payments for it by two sources, paid or received, are one price. Run on
    the story's claims, after every article's (the JSON shows the measure compared)."""
    priced: dict[str, Counter[str]] = defaultdict(Counter)
    paid: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind != "figure" or not claim.subject:
            continue
        if _is_price(claim.measure):
            priced[claim.subject][claim.measure] += 1
        elif claim.subject_origin == "paid_for" and _is_generic(claim.measure):
            paid[claim.subject].append(claim)
    renamed: dict[str, str] = {}
    for subject, payments in paid.items():
        if priced.get(subject):
            measure = priced[subject].most_common(1)[0][0]
        elif len({c.source for c in payments}) >= 2:
            measure = GENERIC_PRICE
        else:
            continue
        renamed.update((c.id, measure) for c in payments)
    if not renamed:
        return claims
    languages = {s.id: s.language for s in sources}
    return [
        c.model_copy(
            update={
                "measure": renamed[c.id],
                "measure_origin": "story",
                "key_label": _key_label(
                    c.subject, renamed[c.id], c.basis, c.period, languages.get(c.source, "en")
                ),
            }
        )
        if c.id in renamed
        else c
        for c in claims
    ]


def extract_claims(sources: list[Source], passages: list[Passage]) -> list[Claim]:
    by_source: dict[str, list[Passage]] = {}
    for passage in passages:
        by_source.setdefault(passage.source, []).append(passage)
    claims: list[Claim] = []
    for source in sources:
        claims.extend(source_claims(source, by_source.get(source.id, [])))
    return claims


def _as_read(passage: Passage, source: Source) -> list[tuple[Passage, int]]:
    """The passage, or for a table row each cell with a figure read as the sentence '<row
    label>, <column header>, <cell>', placed so that its figures keep the cell's offsets."""
    if not tables.is_row(passage.text):
        return [(passage, 0)]
    header = tables.header_of(source.text, passage.start)
    read: list[tuple[Passage, int]] = []
    for offset, sentence, prefix in tables.cell_sentences(passage.text, header):
        start = passage.start + offset - prefix
        read.append((passage.model_copy(update={"text": sentence, "start": start}), prefix))
    return read or [(passage, 0)]


def source_claims(source: Source, passages: list[Passage]) -> list[Claim]:
    """The claims of one article: they depend on nothing outside it. Headlines claim too."""
    language = source.language
    readable = [p for p in passages if p.kind in ("content", "heading")]
    # Each sentence's names are found once: for the article's subject and for its own claims.
    named = _with_article_names(
        readable, [entity_mentions(p.text, language) for p in readable], language
    )
    counts = Counter(m.entity for mentions in named for m in _named(mentions))
    article_subject = counts.most_common(1)[0][0] if counts else ""  # the most named
    paragraph_subject: dict[int, str] = {}
    paragraph_period: dict[tuple[int, str], Period] = {}
    drafts: list[_Draft] = []
    stances: list[Claim] = []
    holders: list[list[tuple[int, str]]] = []  # who each passage names where, for its records
    for passage, mentions in zip(readable, named, strict=True):
        context = paragraph_subject.get(passage.paragraph) or article_subject
        # The holder a record's sentence names last before it: "Die CSU holte ihr
        # schlechtestes Ergebnis seit 1950"; the paragraph's or article's when it names none.
        holders.append([(m.start, m.entity) for m in mentions] or [(0, context)])
        for read, prefix in _as_read(passage, source):
            drafts.extend(
                d
                for d in _figure_drafts(read, source, mentions, context, paragraph_period)
                if d.found.start >= prefix  # a figure in the label or header is not the cell's
            )
        stances.extend(stance_claims(passage, context, _named(mentions), language))
        stances.extend(date_claims(passage, source))
        stances.extend(office_claims(passage, source))
        if _named(mentions):
            paragraph_subject[passage.paragraph] = _named(mentions)[-1].entity
    figures = _regional(_listed_places(_finish_figures(drafts, source), source, passages), source)
    # Ages beside names are model/ages.py's: an age the figures path reads names no person.
    figures = [c for c in figures if c.measure != AGE]
    # issue 9: lengths of events and ranges over a group are model/durations.py's; a figure
    # read inside their words ("50" of "aged 22 to 50") is theirs.
    lengths = durations.duration_claims(readable, source)
    # "negotiations lasting 70 hours" in a sentence on a deal: a length the general reading
    # gave a measure of lengths by a word of its own is that measure's, not the event's.
    lengths = durations.outside(lengths, [f for f in figures if _is_length(f.measure)])
    figures = durations.outside(figures, lengths)
    records = record_claims(readable, source, holders)  # "the first cut since 2020"
    return (
        _projected(figures, source, passages)
        + age_claims(readable, source)
        + lengths
        + records
        + stances
        + origin_claims(readable, source)  # "US-Studie", "researchers in Shanghai"
    )


def _with_article_names(
    readable: list[Passage], named: list[list[Mention]], language: str
) -> list[list[Mention]]:
    """A company an article introduces by what it is ("der Autobauer Volkswagen", "Konkurrent
    Stellantis") is named by its name alone in the article's other sentences too."""
    introduced = {name for p in readable for _, name in names_by_apposition(p.text, language)}
    if not introduced:
        return named
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(n) for n in sorted(introduced, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
    out = []
    for passage, mentions in zip(readable, named, strict=True):
        taken = {m.start for m in mentions}
        more = [
            Mention(match.start(), match.group().lower())
            for match in pattern.finditer(passage.text)
            if match.group()[0].isupper() and match.start() not in taken
        ]
        out.append(sorted(mentions + more, key=lambda m: m.start) if more else mentions)
    return out


def _opening_line(source: Source) -> str:
    """The article's first line, which names the story's own place ("Landtagswahl in Bayern")."""
    return source.text[:300].split("\n", 1)[0]


def _regional(figures: list[Claim], source: Source) -> list[Claim]:
    """A share or seats won at a place the article's opening line does not name ("In
    Niederbayern erreichte die AfD 19 Prozent" in a report on Bavaria) are the region's: a
    place they must share to compare."""
    lead = _opening_line(source)
    table = _measure_table()
    return [
        c.model_copy(update={"qualifiers": [*c.qualifiers, f"in {lexicon.place_key(c.place)}"]})
        if c.place
        and c.place not in lead
        and c.measure in table
        and table[c.measure].several_holders
        and not any(q.startswith("in ") for q in c.qualifiers)
        else c
        for c in figures
    ]


def _listed_places(figures: list[Claim], source: Source, passages: list[Passage]) -> list[Claim]:
    """A list of results under a line naming a place other than the article's opening does
    ("In Regierungsbezirk Schwaben sieht die Stimmverteilung so aus", then "CSU 36,5%"):
    its figures were counted there, a place they must share to compare."""
    language = source.language
    intro = matcher(_language(language).cues.list_intro)
    skip = _not_places(language)
    lead = _opening_line(source)
    spans: list[tuple[int, int, str]] = []  # (start, end) in the source, and the place
    ordered = sorted(passages, key=lambda p: p.start)
    for index, passage in enumerate(ordered):
        offset = 0
        for line in passage.text.split("\n"):
            stripped = line.rstrip()
            line_end = offset + len(line)
            offset = line_end + 1
            if not (stripped.endswith(":") or intro.search(stripped[-20:])):
                continue
            said = matcher(_language(language).cues.attribution)
            places = [
                m["place"]
                for m in _place_pattern(language).finditer(stripped)
                if m["place"].lower() not in skip
                # "Der Minister sagte in Rabat:": where it was said, no list's place
                and not said.search(stripped, max(0, m.start() - 25), m.start())
                and not matcher(_language(language).cues.said_after).search(
                    stripped, m.end(), m.end() + 15
                )
            ]
            if not places or places[-1] in lead:
                continue
            end = passage.end
            for item in ordered[index + 1 :]:
                if item.kind != "heading":
                    break  # the list ends where prose begins again
                end = item.end
            spans.append((passage.start + line_end, end, f"in {lexicon.place_key(places[-1])}"))
    if not spans:
        return figures
    placed: list[Claim] = []
    table = _measure_table()
    for claim in figures:
        held = table.get(claim.measure)
        # Results by region are shares and seats; a toll under a heading is the story's.
        regional = held is not None and held.several_holders
        here = [place for start, end, place in spans if start <= claim.start < end and regional]
        placed.append(
            claim.model_copy(update={"qualifiers": [*claim.qualifiers, here[-1]]})
            if here
            else claim
        )
    return placed


def _open_share(draft: _Draft, language: str) -> bool:
    return not draft.measure and _share_naming_nothing(draft.passage.text, draft.found, language)


def _share_naming_nothing(text: str, found: Found, language: str) -> bool:
    """A per cent level that says nothing of what it is a share of: not a difference in
    points ("über vier Prozentpunkte"), not part of a word ("Fünf-Prozent-Hürde"), not a share
    of a group it names ("30 Prozent der Bayern", "30% of voters")."""
    if found.unit == "pp":
        # "verlor 0,7 Prozentpunkte", "mit einem Minus von 0,3 Prozentpunkten": points are
        # always a change of a share, whatever the share is of.
        return not _share_of(language).match(text, found.end)
    if found.unit != "%" or text[found.end : found.end + 1] == "-":
        return False
    return not _share_of(language).match(text, found.end)


@cache
def _share_of(language: str) -> re.Pattern[str]:
    words = lexicon.literal_alternation(_language(language).cues.share_of)
    return re.compile(rf"\s+(?:{words})\s", re.IGNORECASE)


@lru_cache(maxsize=64)  # per article
def _story_measure(text: str, language: str) -> str:
    """The measure an article's words make of a per cent that names none (`story_words`)."""
    for measure in lexicon.measures():
        words = measure.story_words.get(language)
        if words and matcher(words).search(text):
            return measure.name
    return ""


def _projected(figures: list[Claim], source: Source, passages: list[Passage]) -> list[Claim]:
    """A share or seats projected or polled before the count ("laut Hochrechnung", "In
    Umfragen lag die AfD bei 16 Prozent"), or given by an election night's article that names
    a projection and no counted result: projections change through the evening and differ by
    institute, polls are no result, so such figures are forecasts compared with none."""
    cues = _language(source.language).cues
    projection, poll = matcher(cues.projection), matcher(cues.poll)
    whole = bool(projection.search(source.text)) and not matcher(cues.count_result).search(
        source.text
    )
    texts = {p.id: p.text for p in passages}
    table = _measure_table()
    out = []
    for claim in figures:
        held = table.get(claim.measure)
        sentence = texts.get(claim.passage, "")
        if (
            held is not None
            and held.several_holders
            and (whole or projection.search(sentence) or poll.search(sentence))
        ):
            claim = claim.model_copy(update={"role": "forecast", "subject_origin": "unknown"})
        out.append(claim)
    return out
