"""Sections of the language files (lexicon/de.toml, en.toml) read as plain TOML.

Cleaning (the page-furniture words) and publication dates (month names, quarter ordinals) run
before the articles' text is on screen; the validated lexicon would make them wait for
pydantic to build every lexicon model (about a tenth of a second). They read their sections
here instead: the same files, the same values (tests/test_lexicon.py checks that they agree
with `lexicon.language`), and the lexicon validates them when the analysis loads it. This
module imports nothing of the lexicon package, whose `__init__` defines those models.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

LANGUAGES = ("de", "en")  # the order of lexicon.LANGUAGES: German, then English
_FOLDER = Path(__file__).with_name("lexicon")


class WordListError(Exception):
    """A language file is missing, malformed or lacks a section; the message names it."""


@cache
def _language_file(code: str) -> dict[str, object]:
    name = f"{code}.toml"
    try:
        return tomllib.loads((_FOLDER / name).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise WordListError(f"{name}: {error}") from None


def section(code: str, name: str) -> dict[str, object]:
    """The table `name` of language `code`'s file (its `[page]` words, its `months`)."""
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
