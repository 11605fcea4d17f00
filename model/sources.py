"""Stage 2b: source metadata: id, label, outlet, headline, publication date, language.

The bundled corpus states these in `seeds/corpus.toml`; any other article gets them from its
HTML meta tags or its own text (headline block, dateline).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from seedview.model.clean import Block, headline, words_of
from seedview.model.dates import find_date
from seedview.model.load import RawDocument
from seedview.model.records import SourceText
from seedview.model.sanitize import utf8_text, visible

if TYPE_CHECKING:
    from seedview.model.schema import Source

_PUBLISHED_CUE = re.compile(r"\b(?:veröffentlicht|published|erschienen|datum|date|posted)\b", re.I)
_UPDATED_CUE = re.compile(r"\b(?:aktualisiert|updated|update vom|stand)\b", re.I)


def _seeds_folder() -> Path:
    """The bundled corpus's folder. Its package's file, not `importlib.resources`: that
    import costs about 10 ms before the app's first text (issue 11), and the folder was
    read as a plain path already."""
    import seedview.seeds

    return Path(seedview.seeds.__file__).parent


@cache
def bundled_metadata() -> dict[str, dict[str, str]]:
    """Per-file metadata of the bundled corpus, keyed by file name."""
    with (_seeds_folder() / "corpus.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {entry["file"]: entry for entry in data.get("article", [])}


def bundled_corpus_paths() -> list[str]:
    folder = _seeds_folder()
    return sorted(str(folder / name) for name in bundled_metadata())


def detect_language(text: str) -> str:
    """'de' or 'en', by which language's commonest function words the text uses more; a word
    with an umlaut or ß counts for German. Words both languages use ("in", "an", "will",
    "was") count for neither: "Der Konzern will bis 2027 in Deutschland …" is German. The words live here, not in the lexicon,
    because the text path runs before the lexicon loads (issue 11)."""
    words = words_of(text[:20000])
    tokens = [w.lower() for w in words]
    german = sum(1 for t in tokens if t in _GERMAN_MARKERS or _UMLAUT.search(t))
    english = sum(1 for t in tokens if t in _ENGLISH_MARKERS)
    if german == english:
        # Too short to tell by function words ("Apple will report results in an hour"):
        # German writes every noun with a capital, English only names.
        capitalised = sum(1 for w in words[1:] if w[:1].isupper())
        return "de" if capitalised > 0.25 * max(1, len(words) - 1) else "en"
    return "en" if english > german else "de"


_UMLAUT = re.compile("[äöüß]")
_GERMAN_MARKERS = frozenset(
    [
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "mit",
        "sich",
        "auf",
        "für",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einer",
        "eines",
        "zu",
        "von",
        "im",
        "am",
        "auch",
        "wird",
        "wurde",
        "wurden",
        "sind",
        "hat",
        "wie",
        "bei",
        "aus",
        "nach",
        "über",
        "noch",
        "werden",
        "dass",
        "es",
        "er",
        "sie",
        "wir",
        "gegen",
        "laut",
        "vor",
        "seit",
        "bis",
        "oder",
        "aber",
        "nur",
        "kein",
        "keine",
        "zum",
        "zur",
        "vom",
        "beim",
        "ins",
        "soll",
        "sollen",
        "kann",
        "können",
        "sei",
        "seien",
        "als",
    ]
)
_ENGLISH_MARKERS = frozenset(
    [
        "the",
        "and",
        "is",
        "not",
        "with",
        "on",
        "for",
        "of",
        "to",
        "that",
        "it",
        "are",
        "be",
        "has",
        "have",
        "by",
        "from",
        "as",
        "at",
        "this",
        "which",
        "its",
        "were",
        "been",
        "would",
        "their",
        "said",
        "after",
        "than",
        "they",
        "he",
        "she",
        "his",
        "her",
        "who",
        "had",
        "or",
        "but",
        "about",
    ]
)


def describe_source(raw: RawDocument, source_id: str, blocks: list[Block], language: str) -> Source:
    return source_text(raw, source_id, blocks, language).to_schema()


def source_text(raw: RawDocument, source_id: str, blocks: list[Block], language: str) -> SourceText:
    """`describe_source` as a plain record: the app's text path loads no schema (issue 11)."""
    meta = bundled_metadata().get(Path(raw.path).name, {})
    if meta and hashlib.sha256(raw.text.encode()).hexdigest() != meta.get("sha256", ""):
        meta = {}  # the file was edited: its text no longer is the bundled article
    title = meta.get("headline") or raw.html_title or headline(raw.text, blocks)
    published = _parse_iso(meta.get("published", "")) if meta else None
    if not meta:
        published = _parse_iso(raw.html_published) or _dateline(raw.text, blocks)
    outlet = meta.get("outlet", "")
    label = meta.get("label") or label_from_id(source_id)
    # Label, outlet and title are shown on one line everywhere: control characters from a
    # file name or an HTML <title> (newlines, ESC, bidi overrides) become visible symbols.
    return SourceText(
        id=source_id,
        path=utf8_text(raw.path),  # a name with undecodable bytes still goes into JSON
        label=visible(label),
        outlet=visible(outlet),
        title=visible(title),
        published=published,
        language=language,
        sha256=hashlib.sha256(raw.text.encode()).hexdigest(),
        text=raw.text,
    )


LABEL_CELLS = 18


def label_from_id(source_id: str) -> str:
    """A column label from a file name: "01_elektronik-news_2024" → "elektronik news 2024",
    cut at a word, never mid-word (numbering prefixes dropped, separators become spaces)."""
    words = [w for w in re.split(r"[\s_\-.]+", source_id) if w]
    while len(words) > 1 and words[0].isdigit():
        words.pop(0)
    label = ""
    for word in words:
        longer = f"{label} {word}".strip()
        if len(longer) > LABEL_CELLS:
            break
        label = longer
    return label or source_id[:LABEL_CELLS]


def _parse_iso(value: str) -> date | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not match:
        return find_date(value) if value else None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _dateline(text: str, blocks: list[Block]) -> date | None:
    """A stated publication date near the top: 'published' beats 'updated' beats a bare date."""
    published = updated = bare = None
    for block in blocks[:15]:
        body = text[block.start : block.end]
        found = find_date(body[:120])
        if found is None:
            continue
        if _PUBLISHED_CUE.search(body) and published is None:
            published = found
        elif _UPDATED_CUE.search(body) and updated is None:
            updated = found
        elif bare is None and (block.reason == "dateline" or find_date(body[:25])):
            bare = found
    return published or updated or bare


def outlet_for(path: str) -> str:
    return bundled_metadata().get(Path(path).name, {}).get("outlet", "")


def title_hint_for(path: str) -> str:
    return bundled_metadata().get(Path(path).name, {}).get("headline", "")
