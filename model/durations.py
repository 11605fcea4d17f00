"""Lengths of events and ranges over a group, as figure claims.

"The abuse lasted nine years" in one article and "over the course of over a decade" in another
cannot both hold; nor can "the accused were aged 22 to 70" and "men between the ages of 27 and
74". The general reading of figures takes neither (a number of years counts nothing), so this
module reads them:

- The length of an event: a number of hours, days, weeks, months, years or decades, with its
  hedge ("nearly a decade", "the more than three-month trial"), either joined to the event's
  noun ("the three-month trial", "der dreimonatige Prozess", "nach viermonatiger Verhandlung")
  or made a length by a word of time ("over", "lasted", "fünf Wochen lang") in a sentence that
  names the event. Its measure is the event's ("length of the trial": measures.toml), so the
  trial's length is never compared with the abuse's; its value is in hours; its bounds are what
  the wording allows: a count rounded to half a unit, "nearly a decade" 9 to 10 years, "over a
  decade" more than 10, "decades" at least 20. A length the sentence ties to no event it knows,
  or with a prison term's, an age's or a time's words beside it ("jailed for 20 years", "three
  years old", "two years ago"), is no claim.
- A range over the members of a group: "aged 22 to 70", "jail terms of between three and 15
  years". Its ends are facts (the youngest's and the oldest's age; the shortest and the longest
  term): two claims, each compared with the same end of other sources' ranges. Only a range
  whose words name members of a group ("aged", "sentences ranging from") is one; "between 3 and
  5 billion" is one figure's uncertainty. A range asked for ("had asked for 10 to 18 years") is
  no sentence handed down.

The words are data: [durations] and [group_ranges] in de.toml and en.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from seedview.model import lexicon
from seedview.model.lexicon import UNITS_OF_TIME
from seedview.model.periods import find_periods
from seedview.model.quantities import NUMBER_WORDS
from seedview.model.schema import Claim, ClaimRole, Passage, Period, Quantity, Source

HOURS = "h"  # the unit of every length (measures.toml: dimension "duration")
YEARS = "years"  # the unit of an age (measures.toml: dimension "age")
YOUNGEST, OLDEST = "youngest age", "oldest age"  # measures.toml
SHORTEST, LONGEST = "shortest prison term", "longest prison term"
VICTIMS = "victims"  # the qualifier of a range over those the event befell
CONFIDENCE = 0.8
# Measures this module gives: a figure the general reading finds inside their words is theirs.
_RANGE_MEASURES = (YOUNGEST, OLDEST, SHORTEST, LONGEST)
_WINDOW = 60  # characters before a length or range searched for the words that make it one
_EVENT_WORDS_AFTER = 4  # words after a length its event may stand in ("for a decade drugged")


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """Words as written; a space inside one matches any run of spaces or hyphens
    ("three-and-a-half")."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", " ").replace(" ", r"[\s-]+") for w in ordered)


@cache
def _hedges(language: str) -> dict[str, str]:
    """Hedge words as written (lower case) -> the qualifier they make ('nearly': 'approx_below')."""
    qualifiers = lexicon.language(language).qualifiers
    return {
        " ".join(word.lower().split()): name
        for name in ("up_to", "over", "at_least", "under", "approx_below", "approx")
        for word in getattr(qualifiers, name)
    }


@cache
def _unit_of(language: str) -> dict[str, str]:
    """Word for a unit of time (lower case) -> the unit ('monaten': 'month')."""
    units = lexicon.language(language).durations.units
    return {word.lower(): unit for unit, words in units.items() for word in words}


def _numbers(language: str) -> str:
    words = lexicon.language(language).durations
    return "|".join(
        [r"\d+(?:[.,]\d)?", _alternation([*NUMBER_WORDS, *words.one, *words.one_and_a_half])]
    )


@cache
def _length_pattern(language: str) -> re.Pattern[str]:
    words = lexicon.language(language).durations
    units = _alternation([w for unit_words in words.units.values() for w in unit_words])
    adjectives = _alternation([w for stems in words.adjectives.values() for w in stems])
    half = _alternation(words.half) or "(?!)"
    plural_decades = _alternation(words.units.get("decade", [])[1:]) or "(?!)"
    return re.compile(
        rf"(?<![\w-])(?:(?P<hedge>{_alternation(list(_hedges(language)))})\s+)?"
        rf"(?:(?P<half_of_one>{_alternation(words.half_of_one) or '(?!)'})\s+(?P<half_unit>{units})"
        rf"|(?P<number>{_numbers(language)})(?:[\s-]*(?P<half>{half}))?"
        rf"(?:-?(?P<adjective>{adjectives or '(?!)'})(?:e|er|en|es|em)?|(?P<joint>\s+|-)(?P<unit>{units}))"
        rf"|(?P<decades>{plural_decades}))(?![\w-])",
        re.IGNORECASE,
    )


def _ending(phrases: list[str]) -> re.Pattern[str]:
    """Any of the phrases (cue syntax) standing right at the end of a text."""
    pattern = "|".join(f"(?:{lexicon.phrase_pattern(p)})" for p in phrases) or "(?!)"
    return re.compile(rf"(?:{pattern})\s*$", re.IGNORECASE)


def _starting(phrases: list[str]) -> re.Pattern[str]:
    pattern = "|".join(f"(?:{lexicon.phrase_pattern(p)})" for p in phrases) or "(?!)"
    return re.compile(rf"^[\s’'-]*(?:{pattern})", re.IGNORECASE)


@cache
def _length_hint(language: str) -> re.Pattern[str]:
    """Any unit of time or adjective of a length, inside a word too ("dreimonatige")."""
    words = lexicon.language(language).durations
    every = [w for table in (words.units, words.adjectives) for ws in table.values() for w in ws]
    return re.compile("|".join(sorted(map(re.escape, every), key=len, reverse=True)), re.I)


@cache
def _anchors(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words right before, right after, and verbs before in the clause, that make a length."""
    words = lexicon.language(language).durations
    return _ending(words.before), _starting(words.after), lexicon.matcher(words.verbs)


@cache
def _events(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    events = lexicon.language(language).durations.events
    return tuple((measure, lexicon.matcher(cues)) for measure, cues in events.items())


@cache
def _roles(language: str) -> tuple[tuple[ClaimRole, re.Pattern[str]], ...]:
    roles = lexicon.language(language).roles
    return (
        ("forecast", lexicon.matcher(roles.forecast)),
        ("target", lexicon.matcher(roles.target)),
        ("demand", lexicon.matcher(roles.demand)),
    )


_CLAUSE_START = re.compile(r"[;:.!?]\s|[,–—(]\s*")
_SENTENCE_PART_START = re.compile(r"[;:.!?]\s")


def _after_last(pattern: re.Pattern[str], text: str) -> int:
    starts = [m.end() for m in pattern.finditer(text)]
    return starts[-1] if starts else 0


def _words_before(text: str, start: int, count: int) -> str:
    return " ".join(re.findall(r"[\w'’-]+", text[max(0, start - 60) : start])[-count:])


@dataclass(frozen=True)
class _Length:
    start: int
    end: int
    measure: str
    hours: float
    low: float
    high: float
    qualifier: str
    role: ClaimRole
    period: Period | None


def _value(match: re.Match[str], language: str) -> tuple[float, str, float] | None:
    """(count, unit, how far rounding lets the count go either way) of a length."""
    words = lexicon.language(language).durations
    units = _unit_of(language)
    if match["decades"]:
        return 2.0, "decade", 0.0  # "decades": at least two, made a bound by the caller
    if match["half_of_one"]:
        return 0.5, units[" ".join(match["half_unit"].lower().split())], 0.125
    number = match["number"].lower()
    if " ".join(number.split()) in {w.lower() for w in words.one_and_a_half}:
        count = 1.5
    elif number in {w.lower() for w in words.one}:
        count = 1.0
    elif number in NUMBER_WORDS:
        count = float(NUMBER_WORDS[number])
    else:
        try:
            count = float(number.replace(",", "."))
        except ValueError:
            return None
    if match["half"]:
        count += 0.5
    if match["adjective"]:
        stem = match["adjective"].lower()
        unit = next(u for u, stems in words.adjectives.items() if stem in stems)
    else:
        unit = units[" ".join(match["unit"].lower().split())]
    if count != int(count):
        spread = 0.25
    elif unit == "decade":
        spread = 0.05 if count == 1 else 0.25  # "a decade" is ten years, "two decades" 18 to 22
    else:
        spread = 0.25 if count == 1 else 0.5
    return count, unit, spread


def _bounds(count: float, unit: str, spread: float, qualifier: str) -> tuple[float, float, float]:
    """Value, low and high in hours, as the hedge lets the true length be."""
    hours = UNITS_OF_TIME[unit]
    value = count * hours
    low, high = (count - spread) * hours, (count + spread) * hours
    if qualifier in ("over", "at_least"):
        return value, value, value * 1.5
    if qualifier in ("under", "up_to"):
        return value, value * 0.5, value
    if qualifier == "approx_below":  # "nearly a decade": nine to ten years
        return value, value * 0.9, value
    if qualifier == "approx":
        return value, min(low, value * 0.85), max(high, value * 1.15)
    return value, low, high


def _event(text: str, start: int, end: int, joined: bool, language: str) -> str:
    """The event the length at text[start:end] is the length of: for a length joined to a
    noun ("three-month serial rape trial"), the last event named in the words right after it;
    else the nearest named before it in its sentence, or right after it in its clause."""
    if joined:
        words = re.match(r"(?:\s+[\w'’-]+){1,3}", text[end:])
        span = words.group() if words else ""
        found = [(m.start(), measure) for measure, p in _events(language) for m in p.finditer(span)]
        return max(found)[1] if found else ""
    sentence = text[:start]
    sentence = sentence[_after_last(_SENTENCE_PART_START, sentence) :]
    before = [(m.end(), measure) for measure, p in _events(language) for m in p.finditer(sentence)]
    if before:
        return max(before)[1]
    clause = re.split(r"[,;:.!?–—()]", text[end:], maxsplit=1)[0]
    words = re.match(rf"(?:\s+[\w'’-]+){{1,{_EVENT_WORDS_AFTER}}}", clause)
    span = words.group() if words else ""
    after = [(m.start(), measure) for measure, p in _events(language) for m in p.finditer(span)]
    return min(after)[1] if after else ""


def _clause_period(
    text: str, start: int, end: int, periods: tuple[tuple[int, int, str, str], ...]
) -> Period | None:
    """The period named in the length's clause: the nearest after it, else the nearest
    before it."""
    clause_start = _after_last(_CLAUSE_START, text[:start])
    rest = re.search(r"[,;:.!?–—()]", text[end:])
    clause_end = end + rest.start() if rest else len(text)
    inside = [p for p in periods if clause_start <= p[0] and p[1] <= clause_end and p[2]]
    if not inside:
        return None
    after = [p for p in inside if p[0] >= end]  # "the strike in 2023": after it, first
    _, _, label, words = min(after) if after else max(inside, key=lambda p: p[1])
    return Period(label=label, text=words, origin="clause")


def _role(text: str, start: int, language: str) -> ClaimRole:
    clause = text[_after_last(_CLAUSE_START, text[:start]) : start]
    for role, pattern in _roles(language):
        if pattern.search(clause):
            return role
    return "reported"


@cache
def _negation(language: str) -> re.Pattern[str]:
    words: list[str] = lexicon.language(language).cues.negation
    pattern: re.Pattern[str] = lexicon.matcher(words)
    return pattern


@cache
def _not_a_length(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = lexicon.language(language).durations
    return lexicon.matcher(words.not_before), _starting(words.not_after)


@lru_cache(maxsize=100_000)  # per distinct sentence: copies of a sentence read alike
def _lengths(text: str, language: str, published: date | None = None) -> tuple[_Length, ...]:
    """Every length of a named event in one sentence, with the period its clause names ("the
    two-week strike in 2023"): two strikes' lengths in two years are two facts."""
    if not _length_hint(language).search(text):
        return ()  # most sentences name no unit of time: one quick look spares them the rest
    before_anchor, after_anchor, verbs = _anchors(language)
    ambiguous = {w.lower() for w in lexicon.language(language).durations.ambiguous_over}
    periods = find_periods(text, published)
    found = []
    matches = list(_length_pattern(language).finditer(text))
    for index, match in enumerate(matches):
        start, end = match.span()
        # The period of a length is named between it and its neighbours: "the two-week strike
        # in 2023 and the three-week strike in 2024".
        after_last = matches[index - 1].end() if index else 0
        before_next = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        if any(a < end and start < b and not start <= a < b <= end for a, b, _, _ in periods):
            continue  # "over the next five years": when a figure holds, no length ("a year"
            # in "half a year" is no "per year")
        joined = bool(match["adjective"]) or (match["joint"] or "").strip() == "-"
        hedge = " ".join((match["hedge"] or "").lower().split())
        lead = text[max(0, start - _WINDOW) : start]
        lead = lead[_after_last(_CLAUSE_START, lead) :]
        led = bool(before_anchor.search(lead))
        if hedge in ambiguous and not led:
            hedge, led = "", True  # "over nine years": the preposition, no hedge
        if not (joined or led or after_anchor.match(text[end:]) or verbs.search(lead)):
            continue
        if _negation(language).search(lead):
            continue  # "have not gone on strike for 20 years": no strike lasted that long
        not_before, not_after = _not_a_length(language)
        if not_before.search(_words_before(lead, len(lead), 4)):
            continue  # "jailed for 20 years", "Haftstrafe von drei Jahren"
        if not joined and not led and not_after.match(text[end:]):
            continue  # "three years ago", "fünf Jahre alt"
        value = _value(match, language)
        if value is None:
            continue
        count, unit, spread = value
        qualifier = "at_least" if match["decades"] else _hedges(language).get(hedge, "")
        measure = _event(text, start, end, joined, language)
        if not measure:
            continue
        hours, low, high = _bounds(count, unit, spread, qualifier)
        role = _role(text, start, language)
        neighbours = [
            p
            for p in periods
            if after_last <= p[0] and p[1] <= before_next and not (p[0] < end and start < p[1])
        ]
        period = _clause_period(text, start, end, tuple(neighbours))
        found.append(_Length(start, end, measure, hours, low, high, qualifier, role, period))
    return tuple(found)


# --- ranges over a group ------------------------------------------------------------------


@cache
def _range_pattern(language: str) -> re.Pattern[str]:
    ranges = lexicon.language(language).group_ranges
    units = _alternation(
        [w for words in lexicon.language(language).durations.units.values() for w in words]
    )
    number = rf"\d+|{_alternation(list(NUMBER_WORDS))}"
    return re.compile(
        rf"(?<![\w-])(?:(?P<lead>{_alternation([*ranges.from_words, *ranges.between])})\s+)?"
        rf"(?P<a>{number})(?:\s+(?P<unit_a>{units}))?\s+"
        rf"(?P<join>{_alternation([*ranges.to, *ranges.both])})\s+"
        rf"(?P<b>{number})(?![\w-])(?:\s+(?P<unit_b>{units})(?![\w-]))?",
        re.IGNORECASE,
    )


@cache
def _range_cues(language: str) -> dict[str, re.Pattern[str]]:
    ranges = lexicon.language(language).group_ranges
    return {
        "ages_before": _ending(ranges.ages_before),
        "ages_after": _starting(ranges.ages_after),
        "terms_before": _ending(ranges.terms_before),
        "terms_after": _starting(ranges.terms_after),
        "not_given": lexicon.matcher(ranges.not_given),
        "victims": lexicon.matcher(ranges.victims),
        "any": lexicon.any_of(
            [
                *ranges.ages_before,
                *ranges.ages_after,
                *ranges.terms_before,
                *ranges.terms_after,
                *ranges.between,  # "die Opfer waren zwischen 18 und 60 Jahren"
            ]
        ),
    }


@cache
def _people(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word for people (ages' person nouns, the event's victims) and a copula ending a text."""
    words = lexicon.language(language)
    people = [*words.ages.person_nouns, *(p + "s" for p in words.ages.person_nouns if "*" not in p)]
    return lexicon.matcher([*people, *words.group_ranges.victims]), _ending(
        words.group_ranges.ages_copulas
    )


def _people_are(lead: str, match: re.Match[str], language: str) -> re.Match[str] | None:
    """'Die Opfer waren zwischen 18 und 60 Jahren': people, a copula, then the range (of
    years, or of bare numbers after 'between'): their ages."""
    people, copula = _people(language)
    unit = (match["unit_b"] or match["unit_a"] or "").lower()
    between = {w.lower() for w in lexicon.language(language).group_ranges.between}
    if (match["lead"] or "").lower() not in between or (
        unit and _unit_of(language).get(unit) != "year"
    ):
        return None
    if not copula.search(lead) or not people.search(lead):
        return None
    if not unit and re.match(r"\s*[^\W\d_]", match.string[match.end() :]):
        return None  # "between 20 and 30 minutes": a count of something else
    return copula.search(lead)


@dataclass(frozen=True)
class _Range:
    start: int
    end: int
    low: float
    high: float
    unit: str
    measures: tuple[str, str]
    group: str


def _number(word: str) -> float | None:
    lower = word.lower()
    if lower in NUMBER_WORDS:
        return float(NUMBER_WORDS[lower])
    return float(lower) if lower.isdigit() else None


@lru_cache(maxsize=100_000)
def _ranges(text: str, language: str) -> tuple[_Range, ...]:
    """Every range over the members of a group in one sentence."""
    cues = _range_cues(language)
    if not cues["any"].search(text):
        return ()  # no word for a group's ages or terms: one quick look spares the rest
    ranges = lexicon.language(language).group_ranges
    both = {w.lower() for w in ranges.both}
    between = {w.lower() for w in ranges.between}
    found = []
    for match in _range_pattern(language).finditer(text):
        lead_start = max(0, match.start() - _WINDOW)
        lead = text[lead_start : match.start()]
        lead_start += _after_last(_CLAUSE_START, lead)
        lead = text[lead_start : match.start()]
        if match["join"].lower() in both and not (
            (match["lead"] or "").lower() in between
            or any(re.search(rf"\b{re.escape(w)}\b", lead, re.I) for w in between)
        ):
            continue  # "3 and 15": a list, unless "between" opened it
        sentence = text[_after_last(_SENTENCE_PART_START, text[: match.start()]) : match.start()]
        if cues["not_given"].search(sentence):
            continue  # asked for, faced: no outcome
        low, high = _number(match["a"]), _number(match["b"])
        if low is None or high is None or not low < high:
            continue
        unit_word = " ".join((match["unit_b"] or match["unit_a"] or "").lower().split())
        unit = _unit_of(language).get(unit_word, "")
        tail = text[match.end("b") :]
        ages_before = cues["ages_before"].search(lead) or _people_are(lead, match, language)
        terms_before = cues["terms_before"].search(lead)
        before = ages_before or terms_before
        start = lead_start + before.start() if before else match.start()
        # Whom the range is over: named in its sentence before it, or in its clause after it
        # ("Die Täter waren zwischen 20 und 30 Jahre alt, die Opfer …": the offenders).
        after = re.split(r"[,;:.!?–—()]", text[match.end() :], maxsplit=1)[0]
        group = VICTIMS if cues["victims"].search(sentence + " " + after) else ""
        if (ages_before or cues["ages_after"].match(tail)) and unit in ("", "year") and high < 120:
            found.append(_Range(start, match.end(), low, high, YEARS, (YOUNGEST, OLDEST), group))
        elif (terms_before or cues["terms_after"].match(text[match.end() :])) and unit in (
            "year",
            "month",
        ):
            hours = UNITS_OF_TIME[unit]
            found.append(
                _Range(
                    start,
                    match.end(),
                    low * hours,
                    high * hours,
                    HOURS,
                    (SHORTEST, LONGEST),
                    group,
                )
            )
    return tuple(found)


# --- claims -------------------------------------------------------------------------------


END_OF_AGREEMENT = "end of the agreement"  # measures.toml
YEAR = "year"  # the unit of a year named as such


@cache
def _end_pattern(language: str) -> re.Pattern[str]:
    words = lexicon.language(language).durations
    nouns = lexicon.matcher(words.deals).pattern
    until = lexicon.matcher(words.until).pattern
    return re.compile(
        rf"(?P<noun>{nouns})(?P<mid>[^.;:!?]{{0,60}}?)\s(?P<until>{until})\s+"
        rf"(?P<month>(?:[\w.]+\s+){{0,2}}?)(?P<year>(?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    )


@cache
def _holder(language: str) -> re.Pattern[str]:
    """A club or company a deal is with ("bei Ajax", "at Chelsea"); not a place ("in
    London"), which names where the deal was signed as often as whom it is with."""
    words = lexicon.matcher(lexicon.language(language).durations.with_whom).pattern
    return re.compile(rf"(?:{words})\s+((?:[A-ZÄÖÜ][\w-]+\s*){{1,3}})")


@lru_cache(maxsize=100_000)
def _ends(text: str, language: str) -> tuple[tuple[int, int, int, str], ...]:
    """(start, end, year, holder) of each deal a sentence says runs until a year ("einen
    Vertrag bis 2027", "Kanes Vertrag bei Tottenham lief bis 2024"); the holder is the club
    or company named with it, lower-cased, or ''."""
    if not re.search(r"(?:19|20)\d\d", text):
        return ()
    found = []
    still = lexicon.matcher(lexicon.language(language).durations.still)
    for match in _end_pattern(language).finditer(text):
        if len(match.group("mid").split()) > 8:
            continue
        # Its club or company, named after the noun or before it in its clause ("bei den
        # Spurs noch einen Vertrag", "in London nur noch einen Vertrag").
        before = re.split(r"[,;:]", text[max(0, match.start() - 60) : match.start()])[-1]
        holder = _holder(language).search(match.group("mid")) or _holder(language).search(before)
        if holder:
            qualifier = holder.group(1).strip().lower()
        elif still.search(before):
            qualifier = "still running"  # "hatte noch einen Vertrag bis 2024": the old one
        else:
            qualifier = ""
        found.append((match.start("until"), match.end("year"), int(match.group("year")), qualifier))
    return tuple(found)


def duration_claims(passages: list[Passage], source: Source) -> list[Claim]:
    """The lengths of named events and the ends of ranges over a group that an article
    states, each a figure claim about the story's subject."""
    language = source.language
    claims: list[Claim] = []
    for passage in passages:
        text = passage.text
        for number, length in enumerate(_lengths(text, language, source.published)):
            words = text[length.start : length.end]
            claims.append(
                _claim(
                    passage,
                    f"d{number}",
                    length.start,
                    length.end,
                    length.measure,
                    Quantity(
                        text=words,
                        value=length.hours,
                        unit=HOURS,
                        low=length.low,
                        high=length.high,
                        qualifier=length.qualifier,
                    ),
                    [],
                    length.role,
                    language,
                    length.period,
                )
            )
        for number, (start, end, year, holder) in enumerate(_ends(text, language)):
            claims.append(
                _claim(
                    passage,
                    f"e{number}",
                    start,
                    end,
                    END_OF_AGREEMENT,
                    Quantity(text=text[start:end], value=year, unit=YEAR, low=year, high=year),
                    [holder] if holder else [],
                    "reported",
                    language,
                )
            )
        for number, found in enumerate(_ranges(text, language)):
            words = text[found.start : found.end]
            for end, (measure, value) in enumerate(
                zip(found.measures, (found.low, found.high), strict=True)
            ):
                claims.append(
                    _claim(
                        passage,
                        f"r{number}{'lh'[end]}",
                        found.start,
                        found.end,
                        measure,
                        Quantity(text=words, value=value, unit=found.unit, low=value, high=value),
                        [found.group] if found.group else [],
                        "reported",
                        language,
                    )
                )
    return claims


def _claim(
    passage: Passage,
    suffix: str,
    start: int,
    end: int,
    measure: str,
    quantity: Quantity,
    qualifiers: list[str],
    role: ClaimRole,
    language: str,
    period: Period | None = None,
) -> Claim:
    record = lexicon.measure(measure)
    label = (record.label.get(language) or record.label.get("en")) if record else None
    return Claim(
        id=f"c-{passage.id}-{suffix}",
        passage=passage.id,
        source=passage.source,
        kind="figure",
        start=passage.start + start,
        end=passage.start + end,
        measure=measure,
        qualifiers=qualifiers,
        role=role,
        period=period,
        quantity=quantity,
        evidence=quantity.text,
        confidence=CONFIDENCE,
        key_label=label or measure,
    )


def is_duration_measure(measure: str) -> bool:
    """A measure this module gives (a length of an event, an end of a range over a group)."""
    if measure in _RANGE_MEASURES:
        return True
    return any(measure in lexicon.language(code).durations.events for code in lexicon.LANGUAGES)


def outside(figures: list[Claim], read: list[Claim]) -> list[Claim]:
    """The figures the general reading found, but for those inside the words of a length or a
    range read here ("nine" of "nine years", "50" of "aged 22 to 50"): those are this module's."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for claim in read:
        spans.setdefault(claim.passage, []).append((claim.start, claim.end))
    return [
        c
        for c in figures
        if not any(a < c.end and c.start < b for a, b in spans.get(c.passage, ()))
    ]
