"""Stage 4: each content sentence becomes comparable features.

Lemmas (simplemma), stopwords dropped (stopwordsiso), compounds split into their parts
("KI-Infrastruktur", "Kapitalinvestitionen"), quantities as value and unit ("72 Mrd. USD" =
"72 Milliarden US-Dollar"), years and quarters, entity names unified ("Metas", "Meta-Konzern",
"Facebook-Mutter" -> meta), and every term weighted by rarity (wordfreq and the corpus itself).

Lemmas, word frequencies and stopwords come from `langdata`: lookup tables in the user cache
directory, built once, then queried per word (cached in memory per process).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from seedview.model import langdata, lexicon
from seedview.model.dates import QUARTER_ORDINALS
from seedview.model.features import Features as Features  # re-exported: align, copies
from seedview.model.quantities import find_quantities

# Organisations and the names that stand for them, and names of several words, are language
# data (model/lexicon/entities.toml, plus a corpus's own file given with --lexicon).


def _aliases() -> dict[str, str]:
    return lexicon.entities().aliases


@cache
def _multiword() -> re.Pattern[str]:
    """'Reality Labs' as one token: the words joined, padded to keep offsets."""
    names = lexicon.entities().multiword
    if not names:
        return re.compile(r"(?!)")
    alternation = "|".join(
        r"[-\s]".join(re.escape(word) for word in name.split())
        for name in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


@lru_cache(maxsize=20_000)  # names and terms of one sentence both ask
def _joined(text: str) -> str:
    return _multiword().sub(lambda m: re.sub(r"[-\s]", "", m.group()).ljust(len(m.group())), text)


_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)")
_QUARTER = re.compile(
    r"\b(?:Q([1-4])|([1-4])\.\s*Quartal|(ersten|zweiten|dritten|vierten)\s+Quartal|"
    r"(first|second|third|fourth)\s+quarter)\b",
    re.IGNORECASE,
)
_EXTRA_STOPWORDS = frozenset(
    w for code in lexicon.LANGUAGES for w in lexicon.language(code).alignment.stopwords
)


ANCHOR_RARITY = {"q": 3.0, "y": 0.7, "quarter": 1.0, "e": 0.7}


@cache
def _stopwords() -> frozenset[str]:
    words = langdata.stopwords("de") | langdata.stopwords("en")
    return frozenset(w.lower() for w in words) | _EXTRA_STOPWORDS


def is_stopword(word: str) -> bool:
    """A function word of either language (stopwordsiso and the lexicon's additions)."""
    return word.lower() in _stopwords()


@lru_cache(maxsize=200_000)  # compound splitting asks for many tails of each word
def _frequency(word: str, language: str) -> float:
    return langdata.frequency(word, language)


def zipf(word: str, language: str) -> float:
    frequency = _frequency(word.lower(), language)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    result: str = langdata.lemmatizer(language).lemmatize(word, language)
    return result.lower()


@lru_cache(maxsize=100_000)  # asked for every token of every sentence
def entity_of(token: str) -> str:
    """Canonical entity for a token or compound part, '' if it names none we know."""
    lower = token.lower().replace("’", "'")
    aliases = _aliases()
    if lower in aliases:
        return aliases[lower]
    for suffix in ("'s", "s"):
        if lower.endswith(suffix) and lower[: -len(suffix)] in aliases:
            return aliases[lower[: -len(suffix)]]
    return ""


_COMPANY = re.compile(
    r"((?:[A-ZÄÖÜ][\w&.-]*\s+){1,2})(?:AG|SE|GmbH|KGaA|Inc\.?|Corp\.?|Co\.|Ltd\.?|LLC|plc|Holding|Group)\b"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w]*(?:['’]s)?")


@lru_cache(maxsize=100_000)  # normalisation and claims both ask, and copies repeat sentences
def names_in(text: str, language: str) -> tuple[tuple[int, str], ...]:
    """(position, canonical name) of the organisations a sentence names.

    Known organisations by alias; any other by shape: words before a company suffix
    ("Beispiel AG", "Acme Inc."), and in English, capitalised words that are rare as words.
    """
    found: dict[int, str] = {}
    for match in _COMPANY.finditer(text):
        words = match.group(1).split()
        while words and words[0].lower() in _DETERMINERS:
            words.pop(0)
        # "Chipmaker Intel Corp.", "Autobauer Volkswagen AG": what the company is, then its name.
        while len(words) > 1 and _describes_organisation(words[0]):
            words.pop(0)
        if words:
            found[text.index(words[0], match.start())] = " ".join(words).lower()
    prepared = _joined(text)
    for match in _TOKEN.finditer(prepared):
        if found and any(
            start <= match.start() < start + len(name) + 1 for start, name in found.items()
        ):
            continue
        entity = _token_name(match.group())
        if entity:
            found[match.start()] = entity
    for start, name in names_by_apposition(text, language):
        found.setdefault(start, name)
    if language == "en":
        for match in _CAPITALISED.finditer(text):
            if match.start() in found or any(
                start < match.start() < start + len(name) for start, name in found.items()
            ):
                continue
            word = re.sub(r"['’]s$", "", match.group())
            if _describes_organisation(word):
                continue  # "Chipmaker", "Carmaker": what the company is, never its name
            if _measure_word(word.lower(), language):
                continue  # "The FDA's recommended ADI": the measure's own acronym
            if len(word) >= 3 and zipf(word.lower(), "en") < 3.0:
                found[match.start()] = word.lower()
    # "Acme's cloud unit", "Microsofts KI-Geschäft": a business unit is its own subject.
    for start, name in list(found.items()):
        unit = _UNIT_AFTER.match(text, start + name_length(text, start))
        if unit:
            found[start] = f"{name} {unit.group(1).lower()}"
    return tuple(sorted(found.items()))


@cache
def _institution_pattern(language: str) -> re.Pattern[str] | None:
    nouns = lexicon.language(language).cues.institution_noun
    if not nouns:
        return None
    last = "|".join(re.escape(n.capitalize()) for n in nouns)
    cap = r"[A-Z][\w-]*"
    joint = r"\s+(?:(?:and|of|for|on|&)\s+(?:the\s+)?)?"
    # Words before the noun ("Food and Drug Administration"), and a complement after it
    # ("Bureau of Labor Statistics", "Agency for Research on Cancer").
    return re.compile(
        rf"\b(?:{cap}{joint}){{0,5}}(?:{last})\b"
        rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{cap}(?:{joint}{cap}){{0,4}})?"
    )


_ACRONYM_AFTER = re.compile(r"\s*(?:\(|,\s+or\s+)([A-Z][A-Za-z]{1,7})\b")


def institutions(text: str, language: str) -> list[tuple[int, str]]:
    """'The Food and Drug Administration', 'Bureau of Labor Statistics': capitalised words
    ending in an institution's noun are one name (its first word not a determiner). Named
    by its letters, as articles also write it ("FDA", "IARC"): the ones the text gives
    ("… on Cancer (IARC)", "… Additives, or JECFA"), else its capitalised words' first."""
    pattern = _institution_pattern(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        words = match.group().split()
        start = match.start()
        while len(words) > 1 and words[0].lower() in _DETERMINERS:
            start = text.index(words[1], start + len(words[0]))
            words.pop(0)
        if len(words) < 2:
            continue
        # "Federal Reserve" is the Fed, as the news calls it: a name the aliases know is
        # theirs, not its initials.
        known = entity_of("".join(words))
        given = _ACRONYM_AFTER.match(text, match.end())
        letters = "".join(w[0] for w in words if w[0].isupper())
        found.append((start, known or (given.group(1) if given else letters)))
    return found


_APPOSITION = re.compile(r"\b([^\W\d_][\w-]*)(?=\s+([A-ZÄÖÜ][\w&-]*))")


def names_by_apposition(text: str, language: str) -> list[tuple[int, str]]:
    return list(_names_by_apposition(text, language))


@lru_cache(maxsize=100_000)  # per distinct sentence: asked by normalising and by claims
def _names_by_apposition(text: str, language: str) -> tuple[tuple[int, str], ...]:
    """Names that an organisation or rival noun stands before: "der Autobauer Volkswagen",
    "Konkurrent Stellantis", "rival Renault". German writes every noun with a capital, so a
    word after such a noun is a name only when it is rare enough as a word (not "Ende",
    "Mitte") and no day or month ("the company Monday said")."""
    found = []
    for match in _APPOSITION.finditer(text):
        noun, word = match.group(1), match.group(2)
        if not (_describes_organisation(noun) or noun.lower() in _rival_nouns(language)):
            continue
        lowered = word.lower()
        data = lexicon.language(language)
        if lowered in data.weekdays or lowered in data.months or lowered in _DETERMINERS:
            continue
        if zipf(lowered, language) >= 4.6 or lowered in langdata.stopwords(language):
            continue
        if _measure_word(lowered, language) or _measure_word(
            lemma(word, language).lower(), language
        ):
            continue  # "steigerte der Konzern Umsatz und Gewinn": what it measures
        found.append((match.start(2), entity_of(word) or lowered))
    return tuple(found)


def _measure_word(word: str, language: str) -> bool:
    whole, stems = _measure_words(language)
    return word in whole or word.startswith(stems)


@cache
def _measure_words(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    cues = [c.lower() for m in lexicon.measures() for c in m.cues(language) if " " not in c]
    whole = frozenset(c.strip("*") for c in cues if not c.endswith("*"))
    return whole, tuple(sorted(c.strip("*") for c in cues if c.endswith("*")))


@cache
def _rival_nouns(language: str) -> frozenset[str]:
    return frozenset(n.lower() for n in lexicon.language(language).cues.rival_noun)


@lru_cache(maxsize=100_000)  # asked of every word before a capitalised one
def _describes_organisation(word: str) -> bool:
    """A word that says what an organisation is ("Chipmaker", "US-Konzern", "Elektroautobauer"):
    a noun of the languages' `organisation_noun` lists, alone or as a compound's last part."""
    lowered = word.lower().rstrip(".,")
    return any(
        lowered == noun or (len(noun) >= 5 and lowered.endswith(noun)) for noun in _org_nouns()
    )


@cache
def _org_nouns() -> tuple[str, ...]:
    nouns = {n for lang in ("de", "en") for n in lexicon.language(lang).cues.organisation_noun}
    return tuple(sorted(n.strip("*").lower() for n in nouns if " " not in n))


@lru_cache(maxsize=200_000)  # asked for every token of every sentence; a corpus repeats its words
def _token_name(token: str) -> str:
    """The organisation a token names, by alias or by shape: the token's own, else that of
    the first part of a hyphenated one that names one ("Bayern-Trainer"); '' for none."""
    for part in [token, *token.split("-")] if "-" in token else [token]:
        entity = entity_of(part) or _name_by_shape(_without_possessive(part))
        if entity:
            return entity
    return ""


def _name_by_shape(word: str) -> str:
    """A name the word is by how it is written: a party whose name is also a word, written
    with a capital ("die Grünen"), or a word of capitals ("AfD", "BMW", "SNP") that is no
    unit, title, place or news agency."""
    named = lexicon.entities().capitalised.get(word)
    if named:
        return named
    if not (2 <= len(word) <= 5 and word.isalpha() and word[0].isupper()):
        return ""
    if sum(letter.isupper() for letter in word) < 2 or word in _not_organisations():
        return ""
    if any(_measure_word(word.lower(), language) for language in ("de", "en")):
        return ""  # "The FDA's recommended ADI", "EPS": the measure's own letters
    return "" if lexicon.is_place(word) else word  # as written: "AfD", "ÖDP"


def names_someone(word: str, text: str) -> bool:
    """Whether a word, as the text writes it, is a name ('VW' in 'Der VW-Gewinn'), so that it
    says whose a measure is rather than which part of it."""
    written = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
    form = written.group() if written else word
    # By its shape only a short word of capitals ("VW", "BMW"): a longer one before a
    # measure word is as often a term ("MACE-Risiko").
    return bool(entity_of(form) or (len(form) <= 3 and _name_by_shape(form)))


def named_by_letters(text: str, start: int) -> bool:
    """Whether the name found at `start` is known only as a word of capitals ("AfD")."""
    token = _TOKEN.match(text, start)
    if token is None:
        return False
    word = _without_possessive(token.group().split("-")[0])
    return (
        not entity_of(word)
        and word not in lexicon.entities().capitalised
        and bool(_name_by_shape(word))
    )


@cache
def _not_organisations() -> frozenset[str]:
    return frozenset(lexicon.entities().not_organisations)


def name_length(text: str, start: int) -> int:
    match = _COMPANY.match(text, start) or _TOKEN.match(text, start)
    return len(match.group()) if match else 0


def _without_possessive(token: str) -> str:
    """The token without a possessive 's ('Acme's' -> 'Acme'); asked for every token, so
    no regular expression."""
    return token[:-2] if token.endswith(("'s", "’s")) else token


_DETERMINERS = frozenset(["die", "der", "das", "den", "dem", "des", "the", "a", "an"])
_UNIT_AFTER = re.compile(
    r"(?:['’]s)?\s+((?:[\w-]+\s+)?(?:[\w-]*(?:"
    + "|".join(map(re.escape, lexicon.language("de").alignment.unit_words))
    + ")|"
    + "|".join(map(re.escape, lexicon.language("en").alignment.unit_words))
    + r"))\b",
    re.IGNORECASE,
)


def _split_compound(word: str, language: str) -> list[str]:
    """'Kapitalinvestitionen' -> ['kapital', 'investition']: the longest known tail and its head."""
    lower = word.lower()
    if language != "de" or len(lower) < 10 or not word[:1].isupper():
        return []  # only nouns compound freely in German
    if max(zipf(lower, language), zipf(lemma(word, language), language)) >= 3.0:
        return []  # a common word is its own unit: "Herausforderung" is not "heraus" + "Forderung"
    for cut in range(4, len(lower) - 5):
        tail = lower[cut:]
        if _frequency(tail, language) > 1e-6 and zipf(tail, language) >= 3.0:
            head = lower[:cut]
            parts = [lemma(tail, language)]
            for candidate in (head, head[:-1], head[:-2]):
                if len(candidate) >= 4 and zipf(candidate, language) >= 3.0:
                    parts.append(lemma(candidate, language))
                    break
            return parts
    return []


@lru_cache(maxsize=200_000)
def _part_terms(part: str, language: str) -> tuple[str, tuple[str, ...]]:
    """The entity anchor or the lemma and compound parts of one token (or part of one).

    Cached: a corpus repeats its words, and lemmatising and splitting are the costly steps.
    """
    if not part or part.isdigit():
        return "", ()
    entity = entity_of(part)
    if entity:
        return f"e:{entity}", ()
    stopwords = _stopwords()
    lower = part.lower()
    if lower in stopwords or len(lower) < 2:
        return "", ()
    base = lemma(part, language)
    if base in stopwords:
        return "", ()
    if "-" in part:
        return "", (base,)
    parts = [p for p in _split_compound(part, language) if p not in stopwords]
    return "", (base, *parts)


@lru_cache(maxsize=100_000)
def sentence_terms(text: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Terms and anchors of one sentence (cached: syndicated copy repeats whole sentences)."""
    terms: set[str] = set()
    anchors: set[str] = set()
    # Counts in words ("drei Menschen") are claims, too small to say which statement it is.
    quantities = [q for q in find_quantities(text, language) if any(c.isdigit() for c in q.text)]
    for quantity in quantities:
        if quantity.unit.startswith("count:"):
            terms.add(quantity.unit.split(":", 1)[1])
        magnitude = f"{quantity.value:.2g}" if quantity.unit != "%" else f"{quantity.value:g}"
        # A figure anchors by its size, whatever the currency: "100 Millionen", "100 Mio.
        # Euro" and "100 Millionen Franken" state the same fact, or contradict each other on
        # it; either way a reader wants them side by side. Shares stay apart from amounts.
        kind = "%" if quantity.unit in ("%", "pp") else "n"
        anchors.add(f"q:{kind}:{magnitude}")
    covered = [(q.start, q.end) for q in quantities]
    for match in _YEAR.finditer(text):
        if not any(a <= match.start() < b for a, b in covered):
            anchors.add(f"y:{match.group()}")
    for match in _QUARTER.finditer(text):
        number = match[1] or match[2] or str(QUARTER_ORDINALS[(match[3] or match[4]).lower()])
        anchors.add(f"quarter:{number}")
    names = tuple((start, name.lower()) for start, name in names_in(text, language))
    anchors.update(f"e:{name}" for _, name in names)
    # A name is one anchor, not also a word: otherwise every sentence naming "Acme Robotics"
    # shares two words with every other one and looks like the same statement.
    name_words = {word for _, name in names for word in name.split()}
    for match in _TOKEN.finditer(_joined(text)):
        token = match.group()
        if name_words and _without_possessive(token).lower() in name_words:
            continue
        for part in [token, *token.split("-")] if "-" in token else [token]:
            entity, words = _part_terms(part, language)
            if entity:
                anchors.add(entity)
            terms.update(words)
    return frozenset(terms), frozenset(anchors)


def featurize(items: Iterable[tuple[str, str, str, str]]) -> list[Features]:
    """(passage id, source id, text, language) -> features."""
    result = []
    for passage, source, text, language in items:
        terms, anchors = sentence_terms(text, language)
        result.append(Features(passage, source, terms, anchors))
    return result


def term_weights(features: list[Features], languages: dict[str, str]) -> dict[str, float]:
    """Inverse document frequency in this corpus, times rarity in the language at large."""
    documents = Counter(term for f in features for term in f.terms | f.anchors)
    count = len(features) + 1
    weights: dict[str, float] = {}
    language = Counter(languages.values()).most_common(1)[0][0] if languages else "de"
    for term, frequency in documents.items():
        idf = math.log(count / (frequency + 0.5)) + 1.0
        if term.startswith(("q:", "y:", "quarter:", "e:")):
            # A shared figure is the strongest sign of the same fact; years and names are weak.
            rarity = ANCHOR_RARITY[term.split(":", 1)[0]]
        else:
            rarity = 1.0 + max(0.0, 5.0 - zipf(term, language)) / 3.0
        weights[term] = max(0.1, idf * rarity)
    return weights


def warm_up(language: str = "de") -> Any:
    """Load the lemma table and frequencies now (used by workers before timing-sensitive work)."""
    return lemma("Investitionen", language), zipf("und", language), _stopwords()
