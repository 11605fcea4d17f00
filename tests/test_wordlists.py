"""The text path reads its words from the language files without the validated lexicon
(issue 11: the articles' text must not wait for pydantic to build the lexicon's models);
what it reads is exactly what the lexicon validates."""

from __future__ import annotations

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
    wordlists._language_file.cache_clear()
    try:
        with pytest.raises(wordlists.WordListError, match=r"^de\.toml: no \[months\] table"):
            wordlists.numbers("de", "months")
        with pytest.raises(wordlists.WordListError, match=r"^de\.toml: \[page\] footer"):
            wordlists.word_list("de", "page", "footer")
        with pytest.raises(wordlists.WordListError, match=r"^en\.toml: "):
            wordlists.section("en", "page")
    finally:
        wordlists._language_file.cache_clear()
