"""Sections of the language files (lexicon/de.toml, en.toml) read as plain TOML.

Cleaning (the page-furniture words) and publication dates (month names, quarter ordinals) run
before the articles' text is on screen; the validated lexicon would make them wait for
pydantic to build every lexicon model (about a tenth of a second). They read their sections
here instead: the same files, the same values (tests/test_lexicon.py checks that they agree
with `lexicon.language`), and the lexicon validates them when the analysis loads it. This
module imports nothing of the lexicon package, whose `__init__` defines those models.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

LANGUAGES = ("de", "en")  # the order of lexicon.LANGUAGES: German, then English
_FOLDER = Path(__file__).with_name("lexicon")


class WordListError(Exception):
    """A language file is missing, malformed or lacks a section; the message names it."""


# A table header at the start of a line: `[page]`, `[page.more]`, `[[cues]]` (group 1: its name).
_HEADER = re.compile(r"^\[\[?\s*([^\]]*?)\s*\]", re.MULTILINE)


@cache
def _language_text(code: str) -> str:
    name = f"{code}.toml"
    try:
        return (_FOLDER / name).read_text(encoding="utf-8")
    except OSError as error:
        raise WordListError(f"{name}: {error}") from None


@cache
def _language_file(code: str) -> dict[str, object]:
    try:
        return tomllib.loads(_language_text(code))
    except tomllib.TOMLDecodeError as error:
        raise WordListError(f"{code}.toml: {error}") from None


def _table_alone(text: str, name: str) -> dict[str, object] | None:
    """The table `name` parsed from its own lines (its header's and its sub-tables', up to
    the next header), or None if that is not possible. issue 11: parsing all of de.toml and
    en.toml took 10-15 ms before the article's text could show, for three small tables."""
    headers = list(_HEADER.finditer(text))
    if not headers or f"\n{name}." in "\n" + text[: headers[0].start()]:  # a dotted key
        return None
    parts = []
    for header, following in zip(headers, [*headers[1:], None], strict=True):
        if header.group(1) == name or header.group(1).startswith(f"{name}."):
            parts.append(text[header.start() : following.start() if following else len(text)])
    try:
        found = tomllib.loads("".join(parts)).get(name) if parts else None
    except tomllib.TOMLDecodeError:
        return None  # cut inside a multi-line value: the whole file decides
    return found if isinstance(found, dict) else None


@cache
def section(code: str, name: str) -> dict[str, object]:
    """The table `name` of language `code`'s file (its `[page]` words, its `months`)."""
    found: object = _table_alone(_language_text(code), name)
    if found is None:  # whatever is wrong or unusual, the whole file says it
        found = _language_file(code).get(name)
    if not isinstance(found, dict):
        raise WordListError(f"{code}.toml: no [{name}] table")
    return found


def word_list(code: str, table: str, key: str) -> list[str]:
    """One list of words or patterns, such as `[page] footer`."""
    found = section(code, table).get(key)
    if not isinstance(found, list) or not all(isinstance(word, str) for word in found):
        raise WordListError(f"{code}.toml: [{table}] {key} is not a list of strings")
    return found


def numbers(code: str, name: str) -> dict[str, int]:
    """A table of words and their numbers, such as `months` or `quarter_ordinals`."""
    found: dict[str, int] = {}
    for word, value in section(code, name).items():
        if not isinstance(value, int):
            raise WordListError(f"{code}.toml: [{name}] {word} is not a whole number")
        found[word] = value
    return found


def forget() -> None:
    """Read the language files again on the next call (tests that point `_FOLDER` elsewhere)."""
    for cached in (_language_text, _language_file, section):
        cached.cache_clear()
