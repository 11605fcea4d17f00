"""The first article read in a child process while the app starts (issue 11,
model/read_ahead.py): the same records as reading in the app's process, and whatever goes
wrong in the child, the app reads the article itself.

Forking is only safe in a process with one thread and without Textual, so each case runs in
a fresh interpreter, as the `seedview` command does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from seedview.model.read_ahead import ReadAhead

SCRIPT = """
import dataclasses, json, os, sys, threading
from seedview.model import read_ahead, reading
case = sys.argv[1]
original = reading.prepare_text_at_once
if case == "crash":  # the child inherits this: it fails before it sends anything
    def crash(*args, **kwargs):
        raise RuntimeError("no")
    reading.prepare_text_at_once = crash
if case == "busy":  # more processes waiting for a core than there are cores
    os.getloadavg = lambda: (64.0, 64.0, 64.0)
else:  # the other cases need the child, however busy the machine running the tests is
    read_ahead._spare_core = lambda: True
if case == "thread":
    stop = threading.Event()
    threading.Thread(target=stop.wait).start()
paths = [sys.argv[2]] if len(sys.argv) > 2 else None
ahead = read_ahead.start(paths, 20_000_000)
if case == "thread":
    stop.set()
if ahead is None:
    print(json.dumps({"started": False}))
    sys.exit()
pid = ahead._pid
if case == "unread":  # the app ended before it took the article
    ahead.close()
    done, text = False, None
else:
    done, text = ahead.take()
try:
    os.waitpid(pid, os.WNOHANG)
    reaped = False
except ChildProcessError:
    reaped = True
here = original(paths, max_bytes=20_000_000, first_only=True)
print(json.dumps({
    "started": True,
    "done": done,
    "reaped": reaped,
    "read": None if text is None else dataclasses.asdict(text),
    "here": None if here is None else dataclasses.asdict(here),
    "modules": sorted(sys.modules),
}, default=str))
"""


def run(case: str, *paths: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, case, *paths],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_the_child_reads_what_the_app_would_read_and_is_reaped() -> None:
    found = run("read")
    assert found["started"] and found["done"] and found["reaped"]
    read = found["read"]
    assert isinstance(read, dict)
    assert read == found["here"]
    assert len(read["sources"]) == 1 and read["passages"] and len(read["unread"]) == 4
    # The parent unpickles plain records: the reading code stays in the child.
    modules = found["modules"]
    assert isinstance(modules, list)
    assert "seedview.model.records" in modules


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_a_corpus_with_nothing_loadable_is_read_as_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    found = run("read", str(tmp_path / "empty.txt"))
    assert found["done"] and found["read"] is None and found["here"] is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_a_child_that_fails_leaves_the_reading_to_the_app() -> None:
    found = run("crash")
    assert found["started"] and found["done"] is False and found["reaped"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_a_read_not_taken_is_closed_and_the_child_reaped() -> None:
    found = run("unread")
    assert found["started"] and found["reaped"]


def test_no_fork_beside_another_thread() -> None:
    assert run("thread") == {"started": False}


def test_no_fork_without_a_spare_core() -> None:
    """On a busy machine the child would take its time from the app's own start."""
    assert run("busy") == {"started": False}


class _Failed(ReadAhead):
    """A child that did not finish: the app must read the article itself."""

    def __init__(self) -> None:
        read_end, write_end = os.pipe()
        os.close(write_end)  # as if the child died before it wrote
        super().__init__(os.getpid(), read_end)
        self.taken = False

    def take(self) -> tuple[bool, None]:
        self.taken = True
        super().take()  # reads nothing; reaping our own pid is a ChildProcessError, ignored
        return False, None


async def test_the_app_reads_the_article_itself_if_the_child_did_not() -> None:
    from seedview.tui.app import SeedviewApp
    from seedview.tui.source_view import SourceView

    failed = _Failed()
    app = SeedviewApp(read_ahead=failed)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert failed.taken
        view = app.query_one(SourceView)
        assert view.source is not None and view.passages
        await app.workers.wait_for_complete()
