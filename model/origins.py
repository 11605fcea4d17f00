"""Where a study comes from, as each source says it.

Coverage of one study often places it in different countries: "Bei der US-Studie wurden Daten
… analysiert" against "Wissenschaftler … der Jiaotong-Universität in Shanghai"; "An
observational study in China" against "the data of 20,000 U.S. adults"; "laut neuen
US-amerikanischen Studien" against "Forscher mehrerer deutscher Einrichtungen". Researchers,
participants and the meeting a study was presented at may be in different countries, so two
such statements can both hold, yet a reader checks them: they are compared as a difference
(`conflicts.origin_conflicts`), never as a contradiction.

A statement of origin is a country named right before a word for a study, its makers or the
people it studied ("US-Studie", "Chinese researchers", "U.S. adults", "deutscher
Einrichtungen"), or a place named after such a word within a few words of one clause, joined
by "in", "from", "aus" ("the study by researchers from Shanghai Jiao Tong University"). The
words are data: [origins] in de.toml and en.toml, the countries in entities.toml.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from seedview.model import lexicon
from seedview.model.schema import Claim, Passage, Source


@cache
def _country_names() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(country, pattern of its names): names as written, but a lower-case first letter may be
    capitalised ("chinesische", "Chinesische"); "*" lets a word go on."""
    found = []
    for country, names in lexicon.entities().countries.items():
        parts = []
        for name in sorted(names, key=len, reverse=True):
            stem = name.rstrip("*")
            text = re.escape(stem)
            if stem[:1].islower():
                text = f"[{stem[0]}{stem[0].upper()}]{re.escape(stem[1:])}"
            parts.append(text + (r"\w*" if name.endswith("*") else ""))
        found.append((country, re.compile(rf"(?<![\w.-])(?:{'|'.join(parts)})(?!\w)")))
    return tuple(found)


@cache
def _nouns(language: str) -> re.Pattern[str]:
    return lexicon.matcher(lexicon.language(language).origins.study_nouns)


@cache
def _links(language: str) -> re.Pattern[str]:
    return lexicon.matcher(lexicon.language(language).origins.links)


@cache
def _elsewhere(language: str) -> re.Pattern[str]:
    return lexicon.matcher(lexicon.language(language).origins.not_between)


_CLAUSE_END = re.compile(r"[;:!?]|[.,](?=\s)|\s[–—]\s")


@lru_cache(maxsize=100_000)  # per distinct sentence
def _origins(text: str, language: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, country) of each statement of where a study comes from in a sentence."""
    nouns = list(_nouns(language).finditer(text))
    if not nouns:
        return ()
    places = [
        (m.start(), m.end(), country)
        for country, pattern in _country_names()
        for m in pattern.finditer(text)
    ]
    if not places:
        return ()
    gap = lexicon.language(language).origins.max_gap_words
    found: dict[tuple[int, int], str] = {}
    for noun in nouns:
        for start, end, country in places:
            between = text[end : noun.start()]
            # "US-Studie", "chinesische Forscher", "20,000 U.S. adults": right before it,
            # or before other countries' words joined to it ("von US-amerikanischen,
            # deutschen und tschechischen Forschern").
            if end <= noun.start() and _joined(between, places, end, language):
                found[(start, noun.end())] = country
                continue
            # "researchers from Shanghai Jiao Tong University", "Wissenschaftler … in
            # Shanghai": a place after it, past a joining word, in its clause.
            after = text[noun.end() : start]
            if (
                noun.end() <= start
                and len(after.split()) <= gap
                and not _CLAUSE_END.search(after)
                and _links(language).search(after)
                and not _elsewhere(language).search(after)
            ):
                found.setdefault((noun.start(), end), country)
    first: dict[str, tuple[int, int]] = {}
    for (a, b), country in sorted(found.items()):
        first.setdefault(country, (a, b))  # one statement a country a sentence
    return tuple(sorted((a, b, country) for country, (a, b) in first.items()))


def _joined(between: str, places: list[tuple[int, int, str]], offset: int, language: str) -> bool:
    """Whether the words between a country's name and a noun join it to the noun: nothing, a
    hyphen, one lower-case word ("mehrerer"), or other countries' names and "und", ","."""
    if re.fullmatch(r"[\s-]?(?:[^\W\d_]+\s)?", between):
        return not between.strip()[:1].isupper()
    if len(between) > 60:
        return False
    rest = list(between)
    for start, end, _ in places:
        if offset <= start and end <= offset + len(between):
            rest[start - offset : end - offset] = " " * (end - start)
    joiners = {w.lower() for w in lexicon.language(language).origins.joiners}
    return all(w.lower() in joiners for w in re.findall(r"[^\W\d_]+", "".join(rest)))


def origin_claims(passages: list[Passage], source: Source) -> list[Claim]:
    """The statements of where a study comes from that an article makes."""
    claims: list[Claim] = []
    for passage in passages:
        for number, (start, end, country) in enumerate(_origins(passage.text, source.language)):
            claims.append(
                Claim(
                    id=f"c-{passage.id}-o{number}",
                    passage=passage.id,
                    source=passage.source,
                    kind="origin",
                    start=passage.start + start,
                    end=passage.start + end,
                    pole=country,  # the country, as entities.toml keys it
                    evidence=passage.text[start:end],
                    confidence=0.6,
                    key_label="origin of the study",
                )
            )
    return claims
