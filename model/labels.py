"""Names a reader understands, for groups and automatic topics.

A group is named by its most central sentence, shortened to the clause that carries what the
sources share: the words and figures exactly as an article wrote them, so a label never shows
a rounded value no article states. A topic is named by a word as the articles write it, not
by a lemma. The words of the catch-all topic are per language, in labels.toml.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from seedview.model.normalize import is_stopword, lemma, sentence_terms

LABEL_LENGTH = 36  # characters: the topic tree is narrow, and the source count follows
_CLAUSE_END = re.compile(r"(?<=[,;:–—])\s+|\s+(?=[–—]\s)")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_EDGES = " -–—•*\"'„“”‚‘’»«()[].,;:"


@cache
def _words() -> dict[str, dict[str, Any]]:
    """labels.toml: per language, the words seedview itself writes into the analysis."""
    data = tomllib.loads(files("seedview.model").joinpath("labels.toml").read_text("utf-8"))
    for language, entries in data.items():
        for name in ("other_matches", "facts"):
            if not isinstance(entries, dict) or not isinstance(entries.get(name), str):
                raise ValueError(f"labels.toml: [{language}] needs a {name} string")
        for table in ("stance_questions", "basis", "roles", "groups"):
            found = entries.get(table, {})
            if not isinstance(found, dict) or not all(isinstance(v, str) for v in found.values()):
                raise ValueError(f"labels.toml: [{language}] {table} must map names to words")
        markers = entries.get("verb_markers")
        if not isinstance(markers, list) or not all(isinstance(w, str) for w in markers):
            raise ValueError(f"labels.toml: [{language}] needs a verb_markers list of strings")
        if not isinstance(entries.get("nouns_capitalised"), bool):
            raise ValueError(f"labels.toml: [{language}] needs nouns_capitalised = true or false")
        dates = entries.get("date_words")
        if not isinstance(dates, list) or not all(isinstance(w, str) for w in dates):
            raise ValueError(f"labels.toml: [{language}] needs a date_words list of strings")
    return data


@cache
def _date_words() -> frozenset[str]:
    from seedview.model.dates import MONTHS

    words = {w for entries in _words().values() for w in entries["date_words"]}
    return frozenset(words | set(MONTHS))


def is_date_term(term: str) -> bool:
    """Whether a term only says when ("y:2023", "mittwoch", "März", "2024", "2023-08-14"):
    no topic name."""
    if term.startswith(("y:", "quarter:")):
        return True
    word = term.split(":", 1)[-1].lower()
    return word.replace("-", "").replace(".", "").isdigit() or word in _date_words()


def facts_topic(language: str) -> str:
    """The fact groups' topic label in the corpus's language (English for unknown ones)."""
    words = _words()
    return str(words.get(language, words["en"])["facts"])


def stance_question(name: str, language: str) -> str:
    """A stance question (stances.toml `name`) in words of the corpus's language (English for
    unknown languages; the name itself for a question labels.toml does not word)."""
    return label_words("stance_questions", name, language)


def label_words(table: str, name: str, language: str) -> str:
    """A word of a fact's key ("change" in `basis`, "forecast" in `roles`) as labels.toml
    words it in the corpus's language (English for unknown languages; the name itself for one
    it does not word)."""
    words = _words()
    found: dict[str, str] = words.get(language, words["en"]).get(table, {})
    return found.get(name, name)


def other_matches(language: str) -> str:
    """The catch-all topic's label in the corpus's language (English for unknown ones)."""
    words = _words()
    return str(words.get(language, words["en"])["other_matches"])


def group_label(
    texts: list[str],
    shared: list[str],
    weights: dict[str, float],
    language: str,
    terms_of: Mapping[str, frozenset[str]] | None = None,
) -> str:
    """The member sentence that holds most of what the group shares (rarity-weighted), cut
    to its clause that holds most of it, and shortened to LABEL_LENGTH at a word.
    `terms_of`: terms and anchors of member texts already normalised (issue 11: normalising
    them again cost seconds at 1,000 articles, whose sentences were normalised in workers)."""
    if not texts:
        return ""
    wanted = set(shared)
    known = terms_of or {}

    def weight_in(text: str) -> float:
        found = known.get(text)
        if found is None:
            terms, anchors = sentence_terms(text, language)
            found = terms | anchors
        return sum(weights.get(t, 1.0) for t in found & wanted)

    # Central: holds the most shared weight; of equals, the shortest (it says least else).
    central = min(dict.fromkeys(texts), key=lambda t: (-weight_in(t), len(t), t))
    clauses = [c.strip(_EDGES) for c in _CLAUSE_END.split(central)]
    clauses = [c for c in clauses if len(_WORD.findall(c)) >= 3] or [central.strip(_EDGES)]
    best = max(clauses, key=lambda c: (weight_in(c), -abs(len(c) - LABEL_LENGTH)))
    # Start at the first word that carries a shared term, so a short label holds the fact
    # rather than the clause's opening ("Das Unternehmen hatte seine ursprüngliche …").
    words = list(_WORD.finditer(best))
    for number, match in enumerate(words[:-2]):
        if weight_in(match.group()) > 0:
            if number and len(best) > LABEL_LENGTH:
                return shorten("…" + best[match.start() :])
            break
    return shorten(best)


def shorten(text: str, length: int = LABEL_LENGTH) -> str:
    """At most `length` characters, cut between words, with an ellipsis if cut."""
    leading = "…" if text.startswith("…") else ""
    text = leading + " ".join(text.removeprefix("…").split()).strip(_EDGES)
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(_EDGES) + "…"


def surface_form(term: str, texts: list[str], language: str) -> str:
    """A lemma as the articles write it ("time-restrict" -> "Time-restricted"): the most
    common word form whose lemma it is, capitalised as a label; the lemma if none is found
    (a compound part such as "investition" in "Kapitalinvestitionen")."""
    forms: Counter[str] = Counter()
    spelled: dict[str, Counter[str]] = {}  # each form as written: "Garmisch-Partenkirchen"
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group()
            if word.lower() == term or lemma(word, language) == term:
                forms[word.lower()] += 1
                spelled.setdefault(word.lower(), Counter())[word] += 1
    word = max(forms, key=lambda w: (forms[w], -len(w), w)) if forms else term
    if word in spelled:
        word = max(spelled[word], key=lambda w: (spelled[word][w], w))
    return word[:1].upper() + word[1:]


def nouns_capitalised(language: str) -> bool:
    """Whether the language capitalises every noun (labels.toml; English's rules for unknown
    languages)."""
    words = _words()
    return bool(words.get(language, words["en"])["nouns_capitalised"])


_SENTENCE_BREAK = re.compile(r"[.!?:;\"“”„«»()\[\]|│—–]")  # a break before a word: no sentence-mid


@dataclass(frozen=True)
class _Occurrence:
    """One place a term is written: the words of its text, and which of them is the term."""

    text: str
    words: tuple[re.Match[str], ...]
    at: int

    def neighbour(self, index: int) -> re.Match[str] | None:
        """The word at `index` when only spaces stand between it and the term's phrase."""
        if not 0 <= index < len(self.words):
            return None
        if index < self.at:
            between = self.text[self.words[index].end() : self.words[index + 1].start()]
        else:
            between = self.text[self.words[index - 1].end() : self.words[index].start()]
        return self.words[index] if between.isspace() else None

    def mid_sentence(self, index: int | None = None) -> bool:
        """Whether a word (the term's, if none is given) stands after another in its sentence."""
        at = self.at if index is None else index
        if at <= 0:
            return False
        before = self.text[self.words[at - 1].end() : self.words[at].start()]
        return not _SENTENCE_BREAK.search(before)


@lru_cache(maxsize=100_000)
def _tokens(text: str) -> tuple[tuple[re.Match[str], ...], dict[str, tuple[int, ...]]]:
    """A text's words, and where those of each lower-cased first letter stand: every
    candidate term asks the same texts (issue 11: a corpus of 1,000 articles)."""
    words = tuple(_WORD.finditer(text))
    by_initial: dict[str, list[int]] = {}
    for at, match in enumerate(words):
        by_initial.setdefault(match.group()[:1].lower(), []).append(at)
    return words, {initial: tuple(places) for initial, places in by_initial.items()}


def _occurrences(term: str, texts: list[str], language: str) -> list[_Occurrence]:
    found = []
    for text in texts:
        words, by_initial = _tokens(text)
        for at in by_initial.get(term[:1], ()):
            word = words[at].group()
            lower = word.lower()
            # Terms are lemmas of words as written or lower-cased ("NHANES" -> "nhane").
            if lower == term or term in (lemma(word, language), lemma(lower, language)):
                found.append(_Occurrence(text, words, at))
    return found


def _content(match: re.Match[str] | None) -> str | None:
    """A word that can stand in a noun phrase: letters, no function word."""
    if match is None or is_stopword(match.group()) or not match.group()[:1].isalpha():
        return None
    return match.group().lower()


def _shouted(word: str) -> bool:
    return word.isupper() and len(word) > 4  # "CHANCELLOR Rachel Reeves"; "UN" is a name


def _name_run(occurrence: _Occurrence) -> tuple[int, int]:
    """The capitalised words around the term that make one name ("Libyan Red Crescent"):
    a function word only inside a sentence ("World" in "the World Meteorological
    Organization", not a sentence's "The"), no possessive before it ("Association’s
    Epidemiology")."""

    def in_name(index: int) -> bool:
        match = occurrence.neighbour(index)
        word = match.group() if match else ""
        return (
            word[:1].isupper()
            and not _shouted(word)
            and (not is_stopword(word) or occurrence.mid_sentence(index))
        )

    first = last = occurrence.at
    while in_name(first - 1) and not _POSSESSIVE.search(occurrence.words[first - 1].group()):
        first -= 1
    while in_name(last + 1) and not _POSSESSIVE.search(occurrence.words[last].group()):
        last += 1
    return first, last


_POSSESSIVE = re.compile(r"['’]s?$")


def _name(occurrences: list[_Occurrence]) -> str:
    """The longest name that at least half the term's places write around it."""
    runs = [(o, _name_run(o)) for o in occurrences]
    keys = [tuple(w.group().lower() for w in o.words[a : b + 1]) for o, (a, b) in runs]

    def support(candidate: tuple[str, ...]) -> int:
        size = len(candidate)
        return sum(
            1 for key in keys if any(key[i : i + size] == candidate for i in range(len(key)))
        )

    fitting = [k for k in dict.fromkeys(keys) if support(k) * 2 >= len(keys)]
    best = max(fitting, key=lambda k: (len(k), support(k)), default=None)
    if best is None:
        return _written(occurrences, {n: (o.at, o.at) for n, o in enumerate(occurrences)})
    spans: dict[int, tuple[int, int]] = {}
    for number, ((_, (first, _)), key) in enumerate(zip(runs, keys, strict=True)):
        starts = [i for i in range(len(key)) if key[i : i + len(best)] == best]
        if starts:
            spans[number] = (first + starts[0], first + starts[0] + len(best) - 1)
    having = sorted(spans)
    return _written([runs[n][0] for n in having], {i: spans[n] for i, n in enumerate(having)})


def _written(occurrences: list[_Occurrence], span: dict[int, tuple[int, int]]) -> str:
    """The most common spelling of the chosen words across the occurrences."""
    spelled: Counter[str] = Counter()
    for number, occurrence in enumerate(occurrences):
        first, last = span[number]
        start, end = occurrence.words[first].start(), occurrence.words[last].end()
        spelled[" ".join(occurrence.text[start:end].split())] += 1
    return max(spelled, key=lambda w: (spelled[w], -len(w), w))  # of equals, the plain form


def _verbal(occurrence: _Occurrence, term: str, markers: set[str]) -> bool:
    """A place where the term is a verb: after "to" or "will", or inflected as one
    ("stabilised", "collapsing"; a noun's own -ing form is its lemma: "building")."""
    before = occurrence.neighbour(occurrence.at - 1)
    if before is not None and before.group().lower() in markers:
        return True
    word = occurrence.words[occurrence.at].group().lower()
    return word != term and word.endswith(("ed", "ing"))


def topic_name(term: str, texts: list[str], language: str) -> str | None:
    """The words naming a topic for a lemma its groups share, as the articles write them, in a
    language that does not capitalise its nouns (German's are read by their capital; see
    topics.build_topics). A noun names it, with the words that make it one name or one noun
    phrase: a capitalised name's other words ("Crescent" -> "Red Crescent"), the words a
    modifier stands before ("Eight-hour" -> "Eight-hour eating window"), or the words that
    stand before the noun in most places ("allowance" -> "Winter fuel allowance"). None when
    the term is a verb in most places (after "to" or "will", or written with -ed)."""
    occurrences = _occurrences(term, texts, language)
    if not occurrences:
        return term[:1].upper() + term[1:]
    markers = set(_words().get(language, _words()["en"])["verb_markers"])
    verbal = sum(1 for o in occurrences if _verbal(o, term, markers))
    if verbal * 2 > len(occurrences):
        return None
    inside = [o for o in occurrences if o.mid_sentence()]
    capitals = sum(1 for o in inside if o.words[o.at].group()[:1].isupper())
    if inside and capitals * 2 > len(inside):
        name = _name(occurrences)
        return name if len(name) <= LABEL_LENGTH else shorten(name)
    # A plural is a noun phrase's head, not a modifier: what follows it is the verb ("Rescue
    # efforts continue").
    return _phrase(occurrences, _content, lambda m: _plural(m.group(), language))


def _plural(word: str, language: str) -> bool:
    lower = word.lower()
    return lower.endswith("s") and lemma(lower, language) != lower


def noun_phrase(term: str, texts: list[str], language: str) -> str:
    """A noun's words as a topic's name in a language that capitalises its nouns: the noun as
    the articles write it, with the capitalised words that stand beside it in most places
    (a name's: "Elon" -> "Elon Musk", "Bayern" -> "FC Bayern"; adjectives are lower case)."""
    occurrences = _occurrences(term, texts, language)
    if not occurrences:
        return surface_form(term, texts, language)
    return _phrase(occurrences, _capitalised)


def _capitalised(match: re.Match[str] | None) -> str | None:
    word = _content(match)
    return word if word and match and match.group()[:1].isupper() else None


def _phrase(
    occurrences: list[_Occurrence],
    joins: Callable[[re.Match[str] | None], str | None],
    ends: Callable[[re.Match[str]], bool] = lambda _: False,
) -> str:
    """The term with the words that `joins` lets stand beside it in most of its places,
    as the articles write them (at most two on either side); a word that `ends` is the
    last one after it."""
    span = {number: (o.at, o.at) for number, o in enumerate(occurrences)}
    chosen = list(range(len(occurrences)))
    # Words before the noun that most of its places share make its name ("winter fuel").
    for _ in range(2):
        preceding = Counter(
            w for n in chosen if (w := joins(occurrences[n].neighbour(span[n][0] - 1)))
        )
        word, count = max(preceding.items(), key=lambda item: (item[1], item[0]), default=("", 0))
        if count < 2 or count * 2 <= len(chosen):
            break
        chosen = [n for n in chosen if joins(occurrences[n].neighbour(span[n][0] - 1)) == word]
        span.update({n: (span[n][0] - 1, span[n][1]) for n in chosen})
    # A modifier stands before its noun: the word that follows it in most places, and that
    # word's own, until one ends the phrase in as many places as it goes on.
    for _ in range(2):
        after = [joins(occurrences[n].neighbour(span[n][1] + 1)) for n in chosen]
        going_on = Counter(w for w in after if w is not None)
        if sum(going_on.values()) * 2 < len(after):
            break
        word, count = max(going_on.items(), key=lambda item: (item[1], item[0]), default=("", 0))
        if count < 2:
            break
        chosen = [n for n, w in zip(chosen, after, strict=True) if w == word]
        span.update({n: (span[n][0], span[n][1] + 1) for n in chosen})
        if ends(occurrences[chosen[0]].words[span[chosen[0]][1]]):
            break
    name = _written([occurrences[n] for n in chosen], {i: span[n] for i, n in enumerate(chosen)})
    name = name[:1].upper() + name[1:]
    return name if len(name) <= LABEL_LENGTH else shorten(name)
