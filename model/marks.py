"""Stage 9: marks the reader sets, stored in SQLite under the user data directory.

A mark is keyed by the source's content hash and the passage offsets, so it survives
re-analysis and belongs to whatever corpus contains that source. Every change is its own
transaction, committed (synchronously, WAL with synchronous=FULL) before `add` or `remove`
returns, and the app shows the ★ only after that: a killed process loses no shown mark.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from seedview.model.cachedir import data_dir
from seedview.model.records import MarkRow
from seedview.model.sanitize import literal

if TYPE_CHECKING:
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


def _mark_row(row: tuple[object, ...]) -> MarkRow | None:
    """A row as a mark, or None if a column holds what no mark can (SQLite keeps any type)."""
    sha, start, end, note, created = row
    if not isinstance(start, int | str) or not isinstance(end, int | str):
        return None
    try:
        return MarkRow(str(sha), int(start), int(end), str(note or ""), str(created))
    except ValueError:
        return None


class StoreError(Exception):
    """The marks database cannot be read or written. `str()` is the one line for the user."""


# How long a write waits for another process that holds the database (then it fails with a
# message, never a crash); opening a fresh database from two processes at once can make
# `PRAGMA journal_mode=WAL` report "locked" at once, without waiting, so that is retried.
BUSY_SECONDS = 2.0
_SETUP_ATTEMPTS = 40


class MarkStore:
    """The marks database, one connection per store, every write committed before it returns.

    Opening never raises: a store that cannot be written (a locked, corrupt or read-only
    database, a data directory that is a file) is opened read-only if it can be read at all,
    `writable` is False and `problem` says why in one line. `add`, `remove` and `marks_for`
    raise `StoreError` with that line. Calls are serialised by a lock, so marks and unmarks
    reach the database in the order they were made, whatever thread makes them.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        read_only: bool = False,
        busy_seconds: float = BUSY_SECONDS,
    ) -> None:
        self.path = path or data_dir() / "marks.sqlite3"
        self.busy_seconds = busy_seconds
        self.writable = False
        self.problem = ""
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        if not read_only:
            try:
                self._connection = self._open_writable()
                self.writable = True
            except (sqlite3.Error, OSError) as error:
                self.problem = self._reason(error, "cannot save marks")
        if self._connection is None:
            try:
                self._connection = self._open_read_only()
            except (sqlite3.Error, OSError) as error:
                self.problem = self.problem or self._reason(error, "cannot read marks")

    def _reason(self, error: Exception, what: str) -> str:
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return literal(f"{self.path}: {what}: {detail}")

    def _open_writable(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=self.busy_seconds, check_same_thread=False)
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(self.busy_seconds * 1000)}")
            self._retry_locked(lambda: connection.execute("PRAGMA journal_mode=WAL"))
            connection.execute("PRAGMA synchronous=FULL")

            def create() -> None:
                with connection:
                    connection.execute(_SCHEMA)

            self._retry_locked(create)
            connection.execute("SELECT count(*) FROM marks").fetchone()  # a garbage file fails
        except BaseException:
            connection.close()
            raise
        return connection

    def _retry_locked(self, step: Callable[[], object]) -> None:
        for attempt in range(_SETUP_ATTEMPTS):
            try:
                step()
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == _SETUP_ATTEMPTS - 1:
                    raise
                time.sleep(0.005 * (attempt + 1))

    def _open_read_only(self) -> sqlite3.Connection | None:
        """A read-only connection, or None when there is no database yet (no marks)."""
        if not self.path.is_file():
            return None
        uri = f"file:{quote(str(self.path.absolute()))}"
        last: sqlite3.Error | None = None
        # "immutable": a database in a folder we may not write has no -shm file to share.
        for mode in ("?mode=ro", "?mode=ro&immutable=1"):
            connection = sqlite3.connect(
                uri + mode, uri=True, timeout=self.busy_seconds, check_same_thread=False
            )
            try:
                connection.execute("SELECT count(*) FROM marks").fetchone()
                return connection
            except sqlite3.Error as error:
                connection.close()
                last = error
        assert last is not None
        raise last

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def marks_for(self, source_hashes: Iterable[str]) -> list[Mark]:
        return [row.to_schema() for row in self.rows_for(source_hashes)]

    def rows_for(self, source_hashes: Iterable[str]) -> list[MarkRow]:
        """`marks_for` as plain records: the app shows the marks with the articles' text,
        before the schema is loaded (issue 11)."""
        hashes = list(source_hashes)
        if not hashes:
            return []
        with self._lock:
            if self._connection is None:
                if self.problem:
                    raise StoreError(self.problem)
                return []
            placeholders = ",".join("?" * len(hashes))
            try:
                rows = self._connection.execute(
                    f"SELECT source_sha256, start, end, note, created FROM marks "
                    f"WHERE source_sha256 IN ({placeholders}) ORDER BY created, start",
                    hashes,
                ).fetchall()
            except sqlite3.Error as error:
                raise StoreError(self._reason(error, "cannot read marks")) from None
        return [mark for mark in map(_mark_row, rows) if mark is not None]

    def _write(self, statement: str, parameters: tuple[object, ...]) -> None:
        with self._lock:
            if not self.writable or self._connection is None:
                raise StoreError(self.problem or literal(f"{self.path}: marks are read-only"))
            try:
                with self._connection:  # one transaction, committed (and synced) on return
                    self._connection.execute(statement, parameters)
            except sqlite3.Error as error:
                raise StoreError(self._reason(error, "cannot save the mark")) from None

    def add(self, source_sha256: str, start: int, end: int, note: str = "") -> Mark:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        self._write(
            "INSERT INTO marks (source_sha256, start, end, note, created) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (source_sha256, start, end) DO UPDATE SET note = excluded.note",
            (source_sha256, start, end, note, created),
        )
        from seedview.model.schema import Mark

        return Mark(source_sha256=source_sha256, start=start, end=end, note=note, created=created)

    def remove(self, source_sha256: str, start: int, end: int) -> None:
        self._write(
            "DELETE FROM marks WHERE source_sha256 = ? AND start = ? AND end = ?",
            (source_sha256, start, end),
        )
