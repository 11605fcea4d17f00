"""Lemma, word-frequency and stopword lookups that cost milliseconds, not seconds, per process.

simplemma ships its dictionaries as compressed front-coded streams that must be decoded whole
(about 1.1 million German entries, 1.3 to 3 s) before the first lookup, and wordfreq's
frequency dictionary takes another 0.6 s to unpack; every process paid both. Here they are
copied once into one SQLite file per language in the user cache directory (keyed by the
versions of both packages), and each word is then a single indexed query. simplemma's own
lemmatisation rules run unchanged on top: only its dictionary is read from the table, so the
lemmas are exactly simplemma's.

If the cache directory cannot be written, the packages' own in-memory tables are used, as
before: slower, never wrong.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from seedview.model.cachedir import cache_dir, installed_version

FORMAT = 1  # bump when the table layout changes: old files are then ignored
_BATCH = 50_000


def _versions() -> str:
    return "-".join(
        f"{name}{installed_version(name)}" for name in ("simplemma", "wordfreq", "stopwordsiso")
    )


def table_path(language: str) -> Path:
    """Where the lookup table of `language` lives (built on first use)."""
    return cache_dir() / "langdata" / f"langdata-{language}-{_versions()}-v{FORMAT}.sqlite"


class _Table:
    """One language's read-only table; a connection per process and thread (SQLite
    connections may not cross threads, and must not survive a fork)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def connection(self) -> sqlite3.Connection:
        owner = getattr(self._local, "pid", None)
        if owner != os.getpid():
            uri = f"file:{self.path}?mode=ro&immutable=1"
            self._local.connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._local.pid = os.getpid()
        connection: sqlite3.Connection = self._local.connection
        return connection

    def value(self, table: str, key: str) -> Any:
        row = (
            self.connection().execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()
        )
        return row[0] if row else None


class _LemmaMapping(Mapping[str, str]):
    """simplemma's dictionary of one language, read from the table one key at a time."""

    def __init__(self, table: _Table) -> None:
        self._table = table

    def get(self, key: str, default: Any = None) -> Any:
        value = self._table.value("lemma", key)
        return default if value is None else value

    def __getitem__(self, key: str) -> str:
        value = self._table.value("lemma", key)
        if value is None:
            raise KeyError(key)
        result: str = value
        return result

    def __iter__(self) -> Iterator[str]:  # simplemma never iterates; a Mapping must
        rows = self._table.connection().execute("SELECT key FROM lemma ORDER BY key")
        return (row[0] for row in rows)

    def __len__(self) -> int:
        row = self._table.connection().execute("SELECT count(*) FROM lemma").fetchone()
        return int(row[0])


@cache
def _table(language: str) -> _Table | None:
    """The language's table, built now if missing; None if it cannot be built or read."""
    path = table_path(language)
    try:
        if not path.exists():
            _build(language, path)
        table = _Table(path)
        table.value("meta", "format")  # a truncated or foreign file fails here, not later
        return table
    except Exception:  # unwritable folder, damaged file, a package's own error: fall back
        with contextlib.suppress(OSError):  # a damaged file is rebuilt by the next process
            path.unlink(missing_ok=True)
        return None


def _build(language: str, path: Path) -> None:
    """Copy simplemma's dictionary, wordfreq's frequencies and the stopwords of `language`
    into a fresh file, then move it into place (atomic: readers never see half a table)."""
    import stopwordsiso
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory
    from wordfreq import get_frequency_dict

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.partial")
    try:
        connection = sqlite3.connect(partial)
        with connection:
            connection.execute("PRAGMA journal_mode = OFF")
            for table, kind in (("lemma", "TEXT"), ("freq", "REAL"), ("stop", "INTEGER")):
                connection.execute(
                    f"CREATE TABLE {table} (key TEXT PRIMARY KEY, value {kind}) WITHOUT ROWID"
                )
            connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            lemmas = DefaultDictionaryFactory().get_dictionary(language)
            _insert(connection, "lemma", iter(lemmas.items()))
            _insert(connection, "freq", iter(get_frequency_dict(language).items()))
            stop = stopwordsiso.stopwords(language) if stopwordsiso.has_lang(language) else set()
            _insert(connection, "stop", ((word, 1) for word in sorted(stop)))
            connection.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT),))
        connection.close()
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _insert(connection: sqlite3.Connection, table: str, rows: Iterator[tuple[str, Any]]) -> None:
    while True:
        batch = [row for _, row in zip(range(_BATCH), rows, strict=False)]
        if not batch:
            return
        connection.executemany(f"INSERT OR IGNORE INTO {table} VALUES (?, ?)", batch)


@cache
def lemmatizer(language: str) -> Any:
    """A simplemma Lemmatizer reading `language`'s dictionary from the table (or, if there
    is none, simplemma's default in-memory one)."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    table = _table(language)
    if table is None:
        return Lemmatizer()

    class TableFactory:
        def get_dictionary(self, lang: str) -> Mapping[str, str]:
            if lang != language:
                raise ValueError(f"Unsupported language: {lang}")
            return mapping

    mapping = _LemmaMapping(table)
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=TableFactory()))


def frequency(word: str, language: str) -> float:
    """wordfreq's frequency of `word` (0.0 if unknown)."""
    table = _table(language)
    if table is None:
        return _frequencies_in_memory(language).get(word, 0.0)
    value = table.value("freq", word)
    return float(value) if value is not None else 0.0


@cache
def _frequencies_in_memory(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return dict(get_frequency_dict(language))


@cache
def stopwords(language: str) -> frozenset[str]:
    table = _table(language)
    if table is None:
        import stopwordsiso

        return frozenset(stopwordsiso.stopwords(language))
    rows = table.connection().execute("SELECT key FROM stop").fetchall()
    return frozenset(row[0] for row in rows)
