"""Who holds an office, as the title before a person's name says it.

"former U.S. President Donald Trump's administration" in one article and "a deal with US
President Donald Trump" in another disagree on whether Trump is in office: each title before a
name becomes a stance claim on the question "in office" (pole "current" or "former"), about the
person's surname and the office, so `conflicts.stance_conflicts` compares them like any stance.
A title dated to a past moment ("then-President", "der damalige Kanzler") or to another time
("president-elect", "der designierte Trainer") says nothing about now and makes no claim. The
titles and the words before them are language data ([offices] in de.toml and en.toml).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from seedview.model import lexicon
from seedview.model.normalize import lemma, zipf
from seedview.model.schema import Claim, Passage, Source


@cache
def _pattern(language: str) -> re.Pattern[str]:
    offices = lexicon.language(language).offices
    before = lexicon.literal_alternation([*offices.former, *offices.then])
    titles = lexicon.literal_alternation(list(offices.titles))
    name = r"[A-ZÄÖÜ][\w'’-]+"
    return re.compile(
        # A word before the title, joined or not ("former", "Ex-", "Alt" in "Altkanzler").
        rf"(?<![\w-])(?:(?P<before>(?i:{before}))[\s-]*)?"
        # A country or company before it ("U.S.", "US-", "Nvidia"), capitalised.
        rf"(?P<place>(?:[A-Z][\w.]*[\s-]+){{0,2}}?)"
        rf"(?P<title>(?i:{titles}))(?![\w-])"
        # The name: one to three capitalised words right after the title.
        rf"\s+(?P<name>{name}(?:\s+{name})?)"
    )


@cache
def _title_words(language: str) -> tuple[str, ...]:
    """The first word of each title, in lower case: a title the pattern finds (ignoring case)
    holds it, so a sentence whose lower-case text holds none of them names no title. Cheaper
    than the pattern, which tries its words before a title at every capital."""
    return tuple(
        sorted({title.lower().split()[0] for title in lexicon.language(language).offices.titles})
    )


# Letters that re.IGNORECASE matches to a title's letters but str.lower() does not turn into
# them ("ı" and "İ" to "i", "ſ" to "s"): a sentence with one is searched with the pattern.
_CASE_EXTRAS = frozenset("ıİſ")


def _title_key(written: str, language: str) -> str:
    """The lexicon's title that the pattern found, as written ("President", "Prime\nMinister",
    "Preſident"): its lower case, else the title whose own pattern matches it (the pattern
    ignores case and takes any run of spaces between words, which lower-casing does not
    undo)."""
    titles = lexicon.language(language).offices.titles
    lower = written.lower()
    if lower in titles:
        return lower
    return next(
        title
        for title in titles
        if re.fullmatch(lexicon.literal_alternation([title]), written, re.IGNORECASE)
    )


def _surname(name: str, language: str) -> str:
    """The last word of the name; a second word that is an inflected common noun ("Kanzler
    Olaf Scholz Reportern", "Präsident Selenskyj Unterstützung") is none of it."""
    words = [re.sub(r"['’]s$", "", w) for w in name.split()]
    if len(words) == 2 and (
        lemma(words[1], language).lower() != words[1].lower()
        # German writes every noun capitalised: a common one ends the name.
        or (language == "de" and zipf(words[1].lower(), language) >= 4.85)
    ):
        words = words[:1]
    return words[-1].lower()


def office_claims(passage: Passage, source: Source) -> list[Claim]:
    """Each title before a name in a sentence, as a claim that the person holds the office
    now or held it before."""
    return [
        Claim(
            id=f"c-{passage.id}-o{number}",
            passage=passage.id,
            source=passage.source,
            kind="stance",
            start=passage.start + start,
            end=passage.start + end,
            subject=surname,
            subject_origin="clause",
            qualifiers=[qualifier],
            question="in office",
            pole=pole,
            evidence=evidence,
            confidence=0.7,
            key_label=f"in office · {surname} · {office}",
        )
        for number, start, end, surname, qualifier, pole, evidence, office in _titles_named(
            passage.text, source.language
        )
    ]


@lru_cache(maxsize=50_000)  # copies repeat sentences
def _titles_named(
    text: str, language: str
) -> tuple[tuple[int, int, int, str, str, str, str, str], ...]:
    """(number, start, end, surname, qualifier, pole, evidence, office) of each title before
    a name in the sentence that makes a claim, numbered among all titles found."""
    lowered = text.lower()
    if not any(word in lowered for word in _title_words(language)) and (
        text.isascii() or _CASE_EXTRAS.isdisjoint(text)
    ):
        return ()  # most sentences: no title's first word anywhere, so no title
    offices = lexicon.language(language).offices
    then = {w.lower() for w in offices.then}
    found = []
    for number, match in enumerate(_pattern(language).finditer(text)):
        before = (match["before"] or "").lower()
        if before in then:
            continue
        office = offices.titles[_title_key(match["title"], language)]
        surname = _surname(match["name"], language)
        if surname in offices.titles:
            continue  # "President Chief Executive …": a list of titles, no name
        pole = "former" if before else "current"
        # "Bayern-Trainer" and "England-Trainer", "Twitter CEO" and "Block CEO": two offices;
        # "U.S. President" and "US-Präsident" one.
        where = re.sub(r"[\s.\-]", "", match["place"]).lower()
        qualifier = f"{where} {office}" if where else office
        found.append(
            (number, match.start(), match.end(), surname, qualifier, pole, match.group(), office)
        )
    return tuple(found)
