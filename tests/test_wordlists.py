"""The text path reads its words from the language files without the validated lexicon
(issue 11: the articles' text must not wait for pydantic to build the lexicon's models);
what it reads is exactly what the lexicon validates."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from seedview.model import lexicon, wordlists
from seedview.model.dates import MONTHS, QUARTER_ORDINALS


@pytest.mark.parametrize("code", lexicon.LANGUAGES)
def test_the_page_words_are_the_lexicons_page_words(code: str) -> None:
    page = lexicon.language(code).page
    for name in type(page).model_fields:
        assert wordlists.word_list(code, "page", name) == getattr(page, name)


def test_the_calendar_words_are_the_lexicons() -> None:
    german, english = lexicon.language("de"), lexicon.language("en")
    assert {**german.months, **english.months} == MONTHS
    assert {**german.quarter_ordinals, **english.quarter_ordinals} == QUARTER_ORDINALS
    assert wordlists.LANGUAGES == lexicon.LANGUAGES


def test_a_missing_section_or_file_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "de.toml").write_text('[page]\nfooter = "not a list"\n', encoding="utf-8")
    monkeypatch.setattr(wordlists, "_FOLDER", tmp_path)
    wordlists.forget()
    try:
        with pytest.raises(wordlists.WordListError, match=r"^de\.toml: no \[months\] table"):
            wordlists.numbers("de", "months")
        with pytest.raises(wordlists.WordListError, match=r"^de\.toml: \[page\] footer"):
            wordlists.word_list("de", "page", "footer")
        with pytest.raises(wordlists.WordListError, match=r"^en\.toml: "):
            wordlists.section("en", "page")
    finally:
        wordlists.forget()


@pytest.mark.parametrize("code", lexicon.LANGUAGES)
def test_a_table_read_alone_is_the_table_of_the_whole_file(code: str) -> None:
    """issue 11: a table is parsed from its own lines, not the whole file; every table of
    the language files comes out as the whole file's parse has it."""
    whole = tomllib.loads((wordlists._FOLDER / f"{code}.toml").read_text(encoding="utf-8"))
    tables = [name for name, value in whole.items() if isinstance(value, dict)]
    assert {"page", "months", "quarter_ordinals"} <= set(tables)
    for name in tables:
        assert wordlists._table_alone(wordlists._language_text(code), name) == whole[name]


@pytest.mark.parametrize(
    "text",
    [
        # a sub-table elsewhere in the file, an array of tables, a line of a multi-line
        # value that looks like a header, a dotted key above the headers
        '[page]\nfooter = ["a"]\n[other]\nx = 1\n[page.more]\ny = 2\n[[cues]]\nz = 3\n',
        '[page]\nfooter = [\n["a"],\n]\n[months]\njan = 1\n',
        '[page]\ntext = """\n[months]\n"""\n[months]\njan = 1\n',
        'page.extra = 1\n[page.more]\nfooter = ["a"]\n[months]\njan = 1\n',
    ],
)
def test_an_unusual_file_gives_the_whole_parses_tables(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "de.toml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(wordlists, "_FOLDER", tmp_path)
    wordlists.forget()
    try:
        whole = tomllib.loads(text)
        for name in ("page", "months"):
            if name in whole:
                assert wordlists.section("de", name) == whole[name]
    finally:
        wordlists.forget()
