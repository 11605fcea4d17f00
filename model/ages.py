"""A person's age, as news writes it beside a name.

"the 72-year-old Gisèle Pelicot" in one article and "Gisèle Pelicot, the 71-year-old woman" in
another cannot both be right on one day: each age written beside a name becomes a figure claim
(measure "age", unit "years", the age exactly as an integer), about the person, so
`conflicts.find_conflicts` compares ages like any figure. The person is the name written right
after the age ("der 72-jährige Trainer Max Muster" does not count: a noun stands between), else
the one right before it ("Max Muster, 72,", "Max Muster (72)", "Max Muster, the 72-year-old").
An age naming no one ("a 6-year-old girl", "the 72-year-old's choice") makes no claim. The words
that mark an age are language data ([ages] in de.toml and en.toml).

A surname alone stands for the last full name with that surname its article wrote before it;
across the story, a person is keyed by surname unless two full names share it (a couple, a
family), so "Caicedo, 21," and "the 22-year-old Moisés Caicedo" are compared.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache, lru_cache

from seedview.model import lexicon
from seedview.model.normalize import lemma
from seedview.model.schema import Claim, Passage, Quantity, Source

AGE = "age"  # measures.toml
YEARS = "years"  # the unit of an age (measures.toml: dimension "age")

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"


@cache
def _age_pattern(language: str) -> re.Pattern[str]:
    ages = lexicon.language(language).ages
    after = lexicon.literal_alternation(ages.after_number)
    before = lexicon.literal_alternation(ages.before_number)
    return re.compile(
        rf"(?<![\w.,])(?:(?i:{before})\s+)?(?P<age>\d{{1,3}})(?:(?i:{after})(?![\w-])|"
        # A bare number between commas or in brackets right after a name: "Muster, 72,".
        rf"(?<=\d)(?=\s*[,)]))"
    )


@cache
def _marked(language: str) -> re.Pattern[str]:
    """The words that make a number an age, for checking what the pattern found."""
    ages = lexicon.language(language).ages
    words = lexicon.literal_alternation([*ages.after_number, *ages.before_number])
    return re.compile(rf"(?i:{words})")


_NAME_AFTER = re.compile(rf"\s+(?P<name>{_NAME})")
_NAME_BEFORE = re.compile(
    rf"(?P<name>{_NAME})(?:\s*,\s*(?:(?i:the|der|die|das)\s+)?|\s*\(\s*)(?:(?i:aged|im alter von)\s+)?$"
)


def _plain(name: str) -> str:
    """The name in lower case without accents: "Gisèle" and "Gisele" are one person."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _a_person(name: str, language: str) -> str:
    """The words of `name` that name a person: after any noun for a person before it ("Stürmer
    Harry Kane"), up to a function word, a noun for a person or (German writes every noun
    capitalised) an inflected common word ("der 72-Jährige Angeklagte")."""
    function_words = {w.lower() for w in lexicon.language(language).page.function_words}
    words: list[str] = []
    for word in re.sub(r"['’]s\b", "", name).split():
        lowered = word.lower()
        common = _person_noun(lowered, language) or (
            language == "de" and lemma(word, language).casefold() != word.casefold()
        )
        if lowered in function_words or common:
            if words:
                break
            continue
        words.append(word)
    if language == "de" and len(words) > 2:
        words = words[-2:]  # "Angreifer Max Muster": a noun before a first name and surname
    return " ".join(words)


def _person_noun(word: str, language: str) -> bool:
    whole, stems = _person_nouns(language)
    last = word.rsplit("-", 1)[-1]  # "Bayern-Aufsichtsrat", "Ex-Trainer"
    return any(w in whole or w.startswith(stems) for w in {word, last})


@cache
def _person_nouns(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    data = lexicon.language(language)
    # Titles before a name are no part of it either ("Aufsichtsrat Uli Hoeneß (71)").
    nouns = [n.lower() for n in [*data.ages.person_nouns, *data.offices.titles] if " " not in n]
    return (
        frozenset(n for n in nouns if not n.endswith("*")),
        tuple(sorted(n[:-1] for n in nouns if n.endswith("*"))),
    )


@lru_cache(maxsize=50_000)  # copies repeat sentences
def _ages_named(text: str, language: str) -> tuple[tuple[int, int, str, int], ...]:
    """(start, end, name as written, age) of each age beside a name in the sentence."""
    if not any(ch.isdigit() for ch in text):
        return ()
    found = []
    for match in _age_pattern(language).finditer(text):
        age = int(match["age"])
        if not 0 < age < 120:
            continue
        marked = bool(_marked(language).search(match.group()))
        after = _NAME_AFTER.match(text, match.end()) if marked else None
        name = _a_person(after["name"], language) if after else ""
        end = text.index(name, after.start("name")) + len(name) if after and name else match.end()
        if text[end : end + 1] == ")":
            end += 1  # "Max Muster (72)": the bracket closes the claim's words
        start = match.start()
        if not name:
            lead = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
            if lead is None:
                continue
            name = _a_person(lead["name"], language)
            start = text.index(name, lead.start("name")) if name else lead.start("name")
            bracketed = "(" in text[lead.end("name") : match.start()]
            if not marked and len(name.split()) < 2 and not bracketed:
                continue  # "Bayern, 3, …": a bare number after one word is seldom an age
        if not name:
            continue
        found.append((start, end, name, age))
    return tuple(found)


def age_claims(passages: list[Passage], source: Source) -> list[Claim]:
    """The ages an article writes beside names, each about the person (a surname alone is the
    last full name with it written before, in the article)."""
    claims = []
    for passage in passages:
        for number, (start, end, name, age) in enumerate(
            _ages_named(passage.text, source.language)
        ):
            person = _full_name(name, source.text, passage.start + start)
            if " " not in person:
                continue  # a person the article never names in full: a place, a noun
            claims.append(
                Claim(
                    id=f"c-{passage.id}-a{number}",
                    passage=passage.id,
                    source=passage.source,
                    kind="figure",
                    start=passage.start + start,
                    end=passage.start + end,
                    subject=person,
                    subject_origin="clause",
                    measure=AGE,
                    quantity=Quantity(
                        text=passage.text[start:end],
                        value=float(age),
                        unit=YEARS,
                        low=float(age),
                        high=float(age),
                    ),
                    evidence=passage.text[start:end],
                    confidence=0.8,
                    key_label=f"age · {name}",
                )
            )
    return claims


def _full_name(name: str, text: str, position: int) -> str:
    """The person a name written at `position` is: a surname alone is the last full name
    ending in it that the text wrote before."""
    plain = _plain(name)
    if " " in plain:
        return plain
    earlier = [
        _plain(m.group()) for m in re.finditer(rf"{_WORD}\s+{re.escape(name)}\b", text[:position])
    ]
    return earlier[-1] if earlier else plain


def story_ages(claims: list[Claim]) -> list[Claim]:
    """Ages keyed by surname across the story, unless two people with the surname are named
    in full (then by full name; a surname alone keeps its own key)."""
    full_names: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.measure == AGE and " " in claim.subject:
            full_names[claim.subject.split()[-1]].add(claim.subject)
    return [
        claim.model_copy(update={"subject": claim.subject.split()[-1]})
        if claim.measure == AGE
        and claim.kind == "figure"
        and len(full_names.get(claim.subject.split()[-1], ())) <= 1
        else claim
        for claim in claims
    ]
