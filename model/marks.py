"""Stage 9: marks the reader sets, stored in SQLite under the user data directory.

A mark is keyed by the source's content hash and the passage offsets, so it survives
re-analysis and belongs to whatever corpus contains that source. Every change is its own
transaction, committed at once: a killed process loses nothing.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from seedview.model.schema import Mark

_SCHEMA = """
CREATE TABLE IF NOT EXISTS marks (
    source_sha256 TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    PRIMARY KEY (source_sha256, start, end)
)
"""


def data_dir() -> Path:
    """SEEDVIEW_DATA_DIR if set (tests, portable use), else the platform's user data directory."""
    override = os.environ.get("SEEDVIEW_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("seedview", appauthor=False))


class MarkStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "marks.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as connection, connection:
            connection.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=5)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        return connection

    def marks_for(self, source_hashes: Iterable[str]) -> list[Mark]:
        hashes = list(source_hashes)
        if not hashes:
            return []
        placeholders = ",".join("?" * len(hashes))
        with closing(self._connect()) as connection:
            rows = connection.execute(
                f"SELECT source_sha256, start, end, note, created FROM marks "
                f"WHERE source_sha256 IN ({placeholders}) ORDER BY created, start",
                hashes,
            ).fetchall()
        return [
            Mark(source_sha256=r[0], start=r[1], end=r[2], note=r[3], created=r[4]) for r in rows
        ]

    def add(self, source_sha256: str, start: int, end: int, note: str = "") -> Mark:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        with closing(self._connect()) as connection, connection:
            connection.execute(
                "INSERT INTO marks (source_sha256, start, end, note, created) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (source_sha256, start, end) DO UPDATE SET note = excluded.note",
                (source_sha256, start, end, note, created),
            )
        return Mark(source_sha256=source_sha256, start=start, end=end, note=note, created=created)

    def remove(self, source_sha256: str, start: int, end: int) -> None:
        with closing(self._connect()) as connection, connection:
            connection.execute(
                "DELETE FROM marks WHERE source_sha256 = ? AND start = ? AND end = ?",
                (source_sha256, start, end),
            )
