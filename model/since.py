"""Records held since a time, as figure claims: "the first rate cut since 2020", "its biggest
daily decline since at least 1982", "das schlechteste Ergebnis seit 1950", "the worst result
in 50 years", "the highest ever".

Outlets that date one record differently contradict each other ("first cut since 2019" against
"first cut since March 2020"), or differ in a way a reader checks ("since the early 1970s"
against "since at least 1982"; "historisch schlechteste" against "schlechtestes seit 1950").
The general reading of figures takes none of these (a year is a period, "50 years" counts
nothing), so this module reads them: a superlative ([records] superlatives: the kind of
record, one name across languages) followed within a few words by the time it runs from. The
claim's measure is "record since", its qualifier the kind of record, its value the year the
record runs from as an interval: "since 2020" is 2020; "since the early 1970s" 1970 to 1974;
"since at least 1982" any year up to 1982; "in 50 years" the page's year less 50, give or
take one (a page with no date gives no year); "ever" year 0. The words are data: [records] in
de.toml and en.toml. `conflicts.record_conflicts` compares them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from seedview.model import langdata, lexicon
from seedview.model.normalize import lemma
from seedview.model.quantities import NUMBER_WORDS
from seedview.model.schema import Claim, Passage, Quantity, Source

RECORD = "record since"  # measures.toml
YEAR = "year"  # the unit of its value (measures.toml: dimension "year")
EVER = 0.0  # the year of a record of all time
CONFIDENCE = 0.7


@dataclass(frozen=True)
class _Since:
    start: int
    end: int
    low: float
    high: float
    qualifier: str


def _words(phrases: list[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", " ").replace(" ", r"\s+") for p in ordered)


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = lexicon.language(language).records
    kinds = "|".join(
        f"(?P<k_{index}>{_words(phrases)})"
        for index, phrases in enumerate(words.superlatives.values())
    )
    ordinals = [w for place in words.ranks.values() for w in place]
    # "third-biggest", "drittgrößte": an ordinal joined to it is part of it (`_rank`).
    ordinal = rf"(?:(?:{_words(ordinals)})[\s-]?)?" if ordinals else ""
    superlative = re.compile(rf"(?<![\w-]){ordinal}(?:{kinds})(?![\w-])", re.IGNORECASE)
    months = _words(list(lexicon.language(language).months))
    number = _words(list(NUMBER_WORDS))
    parts = _words(list(words.decade_parts))
    # "since (at least) (March) 2020", "since the early 1970s", "seit Anfang der 1970er Jahre"
    since = re.compile(
        rf"(?:{_words(words.since)})\s+(?:(?P<least>{_words(words.at_least)})\s+)?"
        rf"(?:(?:the|dem|den)\s+)?(?:(?P<part>{parts})\s+(?:(?:der|des)\s+)?)?"
        rf"(?:(?:{months})\.?\s+)?(?P<year>(?:18|19|20)\d\d|'?\d0)(?P<decade>s|er)?(?!\d)"
        rf"|(?:{_words(words.in_years)})\s+(?:(?P<bound>{_words(words.more_than)})\s+|"
        rf"(?P<near>{_words(words.nearly)})\s+)?(?:(?P<count>\d{{1,3}}|{number})\s+"
        rf"(?:{_words(words.years)})|(?P<span>{_words(list(words.decade_words))}))(?![\w-])",
        re.IGNORECASE,
    )
    ever = re.compile(rf"(?<![\w-])(?:{_words(words.ever)})(?![\w-])", re.IGNORECASE)
    return superlative, since, ever


def _since(match: re.Match[str], language: str, published: date | None) -> _Since | None:
    """The years a record's time allows, from the words that name it."""
    words = lexicon.language(language).records
    if match["year"]:
        digits = match["year"].lstrip("'")
        year = int(digits) if len(digits) == 4 else 1900 + int(digits)
        low, high = float(year), float(year)
        if match["decade"]:
            part = words.decade_parts.get((match["part"] or "").lower(), [0, 9])
            low, high = float(year + part[0]), float(year + part[1])
        if match["least"]:
            return _Since(match.start(), match.end(), EVER, high, "at_least")
        return _Since(match.start(), match.end(), low, high, "")
    if published is None:
        return None  # "in 50 years" on a page of no known date names no year
    if match["count"]:
        text = match["count"].lower()
        count = float(int(text)) if text.isdigit() else float(NUMBER_WORDS.get(text, 0))
    else:
        count = float(words.decade_words.get(re.sub(r"\s+", " ", match["span"].lower()), 0))
    if count <= 0:
        return None
    back = published.year - count
    if match["bound"]:
        return _Since(match.start(), match.end(), EVER, back, "over")
    if match["near"]:
        return _Since(match.start(), match.end(), back, back + 2, "approx")
    return _Since(match.start(), match.end(), back - 1, back + 1, "approx")


def _kind(match: re.Match[str], language: str) -> str:
    names = list(lexicon.language(language).records.superlatives)
    group = next(name for name, text in match.groupdict().items() if text is not None)
    return names[int(group.removeprefix("k_"))]


def _what(text: str, start: int, end: int, language: str) -> list[str]:
    """The words that say what the record is of ("rate cut", "Ergebnis", "decline")."""
    stop = langdata.stopwords(language)
    return sorted(
        {
            lemma(word, language)
            for word in re.findall(r"[^\W\d_]{3,}", text[start:end])
            if word.lower() not in stop
        }
    )


def _held(text: str, found: re.Match[str], language: str, published: date | None) -> _Since | None:
    """The time the record a superlative claims runs from, in the words after it."""
    _, since, ever = _patterns(language)
    gap = lexicon.language(language).records.max_gap_words
    window_end = found.end()
    for _ in range(gap + 2):
        step = _STEP.match(text, window_end)
        if step is None:
            break
        window_end = step.end()
    time = since.search(text, found.end(), window_end)
    if time is not None:
        return _since(time, language, published)
    all_time = ever.search(text, max(0, found.start() - 12), window_end)
    if all_time is not None and not re.search(r"[,;:.!?]", text[found.end() : all_time.start()]):
        return _Since(all_time.start(), all_time.end(), EVER, EVER, "")
    return None


_STEP = re.compile(r"\s*[^\s,;:.!?()]+")


def _not_a_record(text: str, start: int, language: str) -> bool:
    """ "among the stock's worst performances", "einer der schlechtesten Tage": one of the
    worst is no record."""
    words = lexicon.language(language).records.one_of
    return bool(
        re.search(rf"(?<![\w-])(?:{_words(words)})\s+(?:\S+\s+){{0,2}}$", text[:start], re.I)
    )


@lru_cache(maxsize=100_000)  # per distinct sentence: most name no record
def _names_a_record(text: str, language: str) -> bool:
    return _patterns(language)[0].search(text) is not None


def record_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Where a sentence names the time a record runs from: "since March 2020" in "its first
    cut since March 2020" is the record's, not the period of the sentence's figures."""
    superlative = _patterns(language)[0]
    if not _names_a_record(text, language):
        return []
    return [
        (held.start, held.end)
        for found in superlative.finditer(text)
        if (held := _held(text, found, language, None)) is not None
    ]


def record_claims(
    passages: list[Passage], source: Source, named: list[list[tuple[int, str]]]
) -> list[Claim]:
    """The records each passage claims; `named[i]` are the holders the i-th passage names,
    by position (or its context's, at 0): a record is the last one's named before it."""
    language = source.language
    superlative = _patterns(language)[0]
    claims: list[Claim] = []
    for passage, holders in zip(passages, named, strict=True):
        text = passage.text
        if not _names_a_record(text, language):
            continue
        for number, found in enumerate(superlative.finditer(text)):
            # The time follows within a few words, in the same clause.
            held = _held(text, found, language, source.published)
            if held is None or _not_a_record(text, found.start(), language):
                continue
            before = [entity for at, entity in holders if at <= found.start()]
            subject = before[-1] if before else holders[0][1]
            # What the record is of: the words between it and its time, or after it when
            # the time is said first ("das historisch schlechteste Ergebnis").
            what_end = held.start if held.start > found.end() else found.end() + 30
            evidence = text[min(found.start(), held.start) : max(found.end(), held.end)]
            claims.append(
                Claim(
                    id=f"c-{passage.id}-r{number}",
                    passage=passage.id,
                    source=passage.source,
                    kind="figure",
                    start=passage.start + min(found.start(), held.start),
                    end=passage.start + max(found.end(), held.end),
                    subject=subject,
                    subject_origin="context" if subject else "story",
                    measure=RECORD,
                    qualifiers=[_kind(found, language)],
                    quantity=Quantity(
                        text=text[held.start : held.end],
                        value=(held.low + held.high) / 2,
                        unit=YEAR,
                        low=held.low,
                        high=held.high,
                        qualifier=held.qualifier,
                    ),
                    event=_what(text, found.end(), what_end, language),
                    evidence=evidence,
                    confidence=CONFIDENCE,
                    key_label=f"{_kind(found, language)} · {RECORD}",
                )
            )
            if held.low == EVER and held.high == EVER:
                # "the most significant fine ever" against "the third-biggest fine ever
                # imposed": a rank among all of them, compared as a number.
                rank = _rank(found.group(), language)
                # What is ranked is the noun the record is of ("antitrust fine" -> "fine"),
                # whoever the sentence names: the biggest fine is the EU's and Apple's alike.
                ranked = re.findall(r"[^\W\d_]{3,}", text[found.end() : what_end])
                if not ranked:
                    continue
                claims.append(
                    Claim(
                        id=f"c-{passage.id}-k{number}",
                        passage=passage.id,
                        source=passage.source,
                        kind="figure",
                        start=passage.start + found.start(),
                        end=passage.start + found.end(),
                        measure=RANK,
                        qualifiers=[
                            f"{_kind(found, language)} {lemma(ranked[-1], language).lower()}"
                        ],
                        quantity=Quantity(
                            text=found.group(),
                            value=rank,
                            unit="count",
                            low=rank,
                            high=rank,
                        ),
                        evidence=found.group(),
                        confidence=CONFIDENCE,
                        key_label=f"{_kind(found, language)} · {RANK}",
                    )
                )
    return claims


RANK = "rank of all time"  # measures.toml: "the third-biggest fine ever"


def _rank(words: str, language: str) -> float:
    """The place an ordinal joined to a superlative gives ("third-biggest", "second
    largest", "drittgrößte"): 1 when none is."""
    for place, ordinals in lexicon.language(language).records.ranks.items():
        if re.match(rf"(?:{_words(ordinals)})[\s-]?\w", words, re.IGNORECASE):
            return float(place)
    return 1.0
