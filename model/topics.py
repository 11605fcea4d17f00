"""Stage 6: arrange groups in a topic tree: pinned topics from a TOML file, automatic ones otherwise.

Automatic topics take their labels from the groups' own shared terms, so they come out in the
corpus language. Topic ids derive from labels, so they stay stable across runs.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from seedview.model.labels import (
    is_date_term,
    noun_phrase,
    nouns_capitalised,
    other_matches,
    topic_name,
)
from seedview.model.normalize import lemma
from seedview.model.sanitize import literal, visible
from seedview.model.schema import Group, Topic

OTHER_LABEL = other_matches("de")  # the bundled corpus's; see labels.other_matches


class TopicFileError(Exception):
    """The topic file cannot be used; the message names the file and the reason."""


TOPIC_FILE_MAX_BYTES = 1_000_000


def load_topic_file(path: str | Path) -> list[tuple[str, list[str]]]:
    shown = literal(str(path))
    # A FIFO or a device would block reading (or never end): only a regular file is read.
    if Path(path).exists() and not Path(path).is_file():
        raise TopicFileError(f"{shown}: cannot read topic file: not a regular file")
    try:
        if Path(path).stat().st_size > TOPIC_FILE_MAX_BYTES:
            raise TopicFileError(f"{shown}: cannot read topic file: over 1 MB")
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        reason = error.strerror or str(error)
        raise TopicFileError(f"{shown}: cannot read topic file: {reason}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise TopicFileError(f"{shown}: cannot read topic file: {literal(str(error))}") from None
    topics = []
    entries = data.get("topic", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise TopicFileError(f"{shown}: each [[topic]] needs a label and a keywords list")
    for entry in entries:
        label = entry.get("label")
        keywords = entry.get("keywords", [])
        if not isinstance(label, str) or not isinstance(keywords, list):
            raise TopicFileError(f"{shown}: each [[topic]] needs a label and a keywords list")
        topics.append((visible(label), [str(k) for k in keywords]))  # a label is one line
    return topics


def bundled_topics() -> list[tuple[str, list[str]]]:
    import importlib.resources

    return load_topic_file(Path(str(importlib.resources.files("seedview.seeds"))) / "topics.toml")


def slug(label: str) -> str:
    ascii_label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return "t-" + (re.sub(r"[^a-z0-9]+", "-", ascii_label.lower()).strip("-") or "topic")


def _keyword_forms(keyword: str, language: str) -> set[str]:
    # Imported here: `seedview analyze` answered from the cache needs no lemmas.
    from seedview.model.normalize import entity_of, lemma

    lower = keyword.lower()
    forms = {lower, lemma(keyword, language)}
    entity = entity_of(keyword)
    if entity:
        forms.add(f"e:{entity}")
    return forms


def _a_noun(term: str, texts: list[str], language: str) -> bool:
    """Whether a term can name a topic in a language that capitalises its nouns: a noun, which
    the articles capitalise inside a sentence ("Nun deutet eine Studie …" makes "deuten" no
    topic)."""
    if not texts:
        return True
    # A word whose lemma is the term starts as it does ("deutet", "deuten"; "Bäume", "Baum"):
    # only those are lemmatised.
    initial = term[:1]
    if initial.isalpha():
        # One scan of all the texts for the words after another that start with the term's
        # letter (issue 11: splitting each of 10,000 texts into its words took seconds at
        # 1,000 articles). A line break between texts keeps a word from following the last
        # one of the text before; re's case-blind letter finds every word whose first letter
        # lower-cases to it, and a few more (the check below drops those).
        starting = (
            match.group(1) for match in _inside_starting(initial).finditer("\n".join(texts))
        )
        inside: Iterable[str] = (word for word in starting if word[:1].lower() == initial)
    else:
        inside = (word for text in texts for word in _inside_by_initial(text).get(initial, ()))
    seen = [word for word in inside if word.lower() == term or lemma(word, language) == term]
    return not seen or any(word[:1].isupper() for word in seen)


def _topic_label(term: str, texts: list[str], language: str) -> str | None:
    """A term's words as a topic's name, or None when it names no topic (no noun)."""
    if not nouns_capitalised(language):
        return topic_name(term, texts, language)
    return noun_phrase(term, texts, language) if _a_noun(term, texts, language) else None


@lru_cache(maxsize=100_000)
def _inside_by_initial(text: str) -> dict[str, tuple[str, ...]]:
    """The words after another in their sentence, by lower-cased first letter: each group's
    texts are asked about every candidate term (issue 11: seconds at 1,000 articles)."""
    found: dict[str, list[str]] = {}
    for match in _INSIDE.finditer(text):
        found.setdefault(match.group(1)[:1].lower(), []).append(match.group(1))
    return {initial: tuple(words) for initial, words in found.items()}


_INSIDE = re.compile(r"(?<=[\w,;:)] )([^\W\d_][\w-]*)")  # a word after another in its sentence


@lru_cache(maxsize=128)
def _inside_starting(initial: str) -> re.Pattern[str]:
    """`_INSIDE` for the words whose first letter is `initial` in either case."""
    return re.compile(r"(?<=[\w,;:)] )((?i:" + re.escape(initial) + r")[\w-]*)")


def build_topics(
    groups: list[Group],
    group_terms: dict[str, set[str]],
    pinned: list[tuple[str, list[str]]],
    language: str = "de",
    texts: dict[str, list[str]] | None = None,
) -> tuple[list[Group], list[Topic]]:
    """Assign every group a topic. Returns the groups with `topic` set, and the topics in order.

    `texts`: each group's passage texts, so automatic topics are named by words as the
    articles write them rather than by lemmas."""
    other = other_matches(language)
    keyword_sets = [
        (label, set().union(*(_keyword_forms(k, language) for k in kws))) for label, kws in pinned
    ]
    assigned: dict[str, str] = {}
    for group in groups:
        terms = group_terms[group.id]
        best, best_hits = "", 0
        for label, forms in keyword_sets:
            hits = sum(
                1 for term in terms if term in forms or any(f in term for f in forms if len(f) >= 5)
            )
            if hits > best_hits:
                best, best_hits = label, hits
        if best:
            assigned[group.id] = best
    remaining = [g for g in groups if g.id not in assigned]
    # A term that names no topic is asked again after each topic is taken, mostly of the
    # same groups: its answer is kept while its groups stay the same (issue 11: 239 asks,
    # 66 distinct, at 1,000 articles).
    labels: dict[tuple[str, tuple[str, ...]], str | None] = {}
    while remaining:
        counts = Counter(
            t
            for g in remaining
            for t in g.shared_terms[:3]
            if not t.startswith(("e:", "q:")) and not is_date_term(t)
        )
        named = None
        for term, count in counts.most_common():
            if count < 2:
                break
            taken = [g for g in remaining if term in g.shared_terms[:3]]
            asked = (term, tuple(g.id for g in taken))
            if asked not in labels:
                written = [t for g in taken for t in (texts or {}).get(g.id, [])]
                labels[asked] = _topic_label(term.split(":", 1)[-1], written, language)
            name = labels[asked]
            if name is not None:
                named = term, name
                break
        if named is None:
            break
        term, label = named
        for group in list(remaining):
            if term in group.shared_terms[:3]:
                assigned[group.id] = label
                remaining.remove(group)
    for group in remaining:
        assigned[group.id] = other
    order = (
        [label for label, _ in pinned]
        + sorted({v for v in assigned.values()} - {label for label, _ in pinned} - {other})
        + [other]
    )
    topics = []
    for label in order:
        members = [g.id for g in groups if assigned.get(g.id) == label]
        if members:
            topics.append(Topic(id=slug(label), label=label, parent=None, groups=members))
    updated = [g.model_copy(update={"topic": slug(assigned[g.id])}) for g in groups]
    return updated, topics
