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
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any

from seedview.model.normalize import lemma, sentence_terms

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
        for table in ("stance_questions", "basis", "roles"):
            found = entries.get(table, {})
            if not isinstance(found, dict) or not all(isinstance(v, str) for v in found.values()):
                raise ValueError(f"labels.toml: [{language}] {table} must map names to words")
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
    """Whether a term only says when ("y:2023", "mittwoch", "März", "2024"): no topic name."""
    if term.startswith(("y:", "quarter:")):
        return True
    word = term.split(":", 1)[-1].lower()
    return word.isdigit() or word in _date_words()


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
