"""The first article read in a child process while the app starts (issue 11).

Before its first frame the app reads, cleans and segments the first article of a small corpus
(`reading.prepare_text_at_once`): 50-80 ms, most of it importing and compiling cleaning,
segmenting and their patterns, on the one core that also imports Textual (about 300 ms). The
`seedview` command forks a child before it imports Textual; the child does that reading on the
other core and sends the records back through a pipe (pickled plain records, no schema), and
the app takes them when it mounts. Only where `fork` is safe (Linux, one thread, nothing of
Textual loaded yet) and a core is free for the child (`_spare_core`). Whatever goes wrong in the child (an error, a signal, an unpicklable
result), the app reads in its own process as before: `take` says the reading was not done.

This module imports nothing of the reading code: the parent needs only the records to unpickle.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seedview.model.records import TextCorpus


class ReadAhead:
    """A child process reading the first article; `take` waits for what it read."""

    def __init__(self, pid: int, pipe: int) -> None:
        self._pid = pid
        self._pipe: int | None = pipe

    def take(self) -> tuple[bool, TextCorpus | None]:
        """(True, what `prepare_text_at_once(..., first_only=True)` gave: None for a corpus
        too large to read at once or with nothing loadable), or (False, None) if the child
        did not finish it: the caller reads in its own process."""
        if self._pipe is None:
            return False, None
        chunks = []
        try:
            while chunk := os.read(self._pipe, 1 << 16):
                chunks.append(chunk)
        except OSError:
            chunks = []
        finally:
            self.close()
        try:
            found = pickle.loads(b"".join(chunks)) if chunks else None
        except Exception:  # a truncated or foreign message: read again here
            return False, None
        if not (isinstance(found, tuple) and len(found) == 2 and found[0] == "read"):
            return False, None
        return True, found[1]

    def close(self) -> None:
        """Stop listening and reap the child (a child still writing gets a broken pipe)."""
        if self._pipe is None:
            return
        os.close(self._pipe)
        self._pipe = None
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self._pid, 0)


def start(paths: list[str] | None, max_bytes: int) -> ReadAhead | None:
    """Fork a child reading the first article of `paths` (the bundled corpus if none), or
    None where forking is not safe; the caller then reads in its own process."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return None  # macOS system libraries break in forked children; Windows has no fork
    if threading.active_count() > 1 or "textual" in sys.modules:
        return None  # a lock held by another thread would stay locked in the child
    if not _spare_core():
        return None
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _read_and_send(paths, max_bytes, write_end)
    os.close(write_end)
    return ReadAhead(pid, read_end)


def _spare_core() -> bool:
    """Whether a core is free for the child: more usable cores than the one-minute load
    average (which counts this process too). The child pays only on a core of its own: on a
    busy machine it takes its CPU time from the app's own start (measured on 2 shared cores,
    load 1.5: the text 8 % later than reading in the app's process; load 0.5-1.1: 14 %
    earlier)."""
    try:
        cores = len(os.sched_getaffinity(0))
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return False
    return cores - load >= 1.0


def _read_and_send(paths: list[str] | None, max_bytes: int, pipe: int) -> None:
    status = 1
    try:
        from seedview.model.reading import prepare_text_at_once

        text = prepare_text_at_once(paths, max_bytes=max_bytes, first_only=True)
        message = memoryview(pickle.dumps(("read", text), protocol=pickle.HIGHEST_PROTOCOL))
        while message:
            message = message[os.write(pipe, message) :]
        status = 0
    except BaseException:  # the parent reads again; the child must not go on either way
        pass
    finally:
        # No interpreter shutdown: the parent's buffered output and exit handlers are its own.
        os._exit(status)
