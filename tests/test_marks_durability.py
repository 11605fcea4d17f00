"""Issue 13, data loss: a mark that shows is on disk, in key order; a broken store is a message
and a read-only session, never a crash."""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from seedview.model.marks import MarkStore, StoreError, data_dir
from seedview.model.schema import Analysis
from seedview.model.sources import bundled_corpus_paths
from seedview.tui.app import SeedviewApp
from seedview.tui.source_view import SourceView

BIG = (160, 45)

# The bundled corpus's analysis is in the cache, as on a second launch: these tests are about
# reading it (conftest.py; a test that needs the analysis to run opts out).
pytestmark = pytest.mark.bundled_analysis_cached


def stored(corpus: Analysis) -> set[tuple[str, int]]:
    marks = MarkStore(read_only=True).marks_for(s.sha256 for s in corpus.sources)
    return {(m.source_sha256, m.start) for m in marks}


def shown(app: SeedviewApp) -> set[tuple[str, int]]:
    return {(m.source_sha256, m.start) for m in app.marks.values()}


async def test_case_4_quick_mark_and_unmark_keep_the_store_in_key_order(corpus: Analysis) -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("1", "j")
        view = app.query_one(SourceView)
        # Keys that arrive in one write (type-ahead, paste, a slow link) run one after the
        # other with no pause between them: what the gutter shows must be what is stored
        # after every one, in order.
        for move in [0, 0, 0, 1, 0, -1, 0, 0, 0, 1, 0, 0]:
            if move:
                view.action_next_passage() if move > 0 else view.action_previous_passage()
            app.action_toggle_mark()
            assert (
                stored(corpus)
                == shown(app)
                == {(m.source_sha256, m.start) for m in app.marks.values()}
            )
        assert len(app.marks) == 2
        await app.workers.wait_for_complete()
        await pilot.pause()  # the cursor moves' own messages, before the app closes
        assert stored(corpus) == shown(app)


KILL_AFTER_STAR = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    import pytest
    from seedview.tui.app import SeedviewApp
    from seedview.tui.source_view import SourceView

    sys.path.insert(0, sys.argv[1])  # tests/: each key handled before the next, as there
    from waits import settle_after_every_step

    settle_after_every_step(pytest.MonkeyPatch())

    show = SourceView.update_marks

    def update_marks(self, marks):
        show(self, marks)
        if marks:  # the star is on screen: the process dies at once, no clean-up
            os.kill(os.getpid(), signal.SIGKILL)

    SourceView.update_marks = update_marks

    async def main():
        app = SeedviewApp()
        async with app.run_test(size=(160, 45)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("1", "j", "j", "m")

    asyncio.run(main())
    """
)


def test_case_5_a_process_killed_right_after_the_star_keeps_the_mark(corpus: Analysis) -> None:
    result = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_STAR, str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == -9, result.stderr[-2000:]
    assert len(stored(corpus)) == 1


def test_case_6_a_garbage_store_is_read_only_with_one_line_why() -> None:
    path = data_dir() / "marks.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database\x00" * 300)
    store = MarkStore()
    assert not store.writable
    assert str(path) in store.problem and "\n" not in store.problem
    with pytest.raises(StoreError, match="marks"):
        store.add("a" * 64, 0, 10)


def test_case_6_a_store_locked_by_another_process_fails_with_a_message() -> None:
    store = MarkStore(busy_seconds=0.2)
    holder = sqlite3.connect(store.path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"):
            store.add("a" * 64, 0, 10)
    finally:
        holder.rollback()
        holder.close()
    store.add("a" * 64, 0, 10)  # and works again once the other process lets go
    assert len(store.marks_for(["a" * 64])) == 1


def _open_and_mark(path: Path, number: int, start: Any) -> str:
    start.wait()
    try:
        MarkStore(path).add("b" * 64, number, number + 1)
    except Exception as error:  # collected for the assertion
        return f"{type(error).__name__}: {error}"
    return ""


def test_case_6_fresh_databases_opened_at_once_all_work(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    failures: list[str] = []
    with context.Manager() as manager, context.Pool(6) as pool:
        for round_number in range(12):
            path = tmp_path / f"marks-{round_number}.sqlite3"
            start = manager.Barrier(6)
            results = pool.starmap(_open_and_mark, [(path, n, start) for n in range(6)])
            failures += [r for r in results if r]
            if not failures:
                assert len(MarkStore(path).marks_for(["b" * 64])) == 6
    assert not failures, failures[:3]


async def test_case_6_a_broken_store_leaves_the_analysis_on_screen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be")
    monkeypatch.setenv("SEEDVIEW_DATA_DIR", str(not_a_folder))
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.sources) == 5  # the analysis is shown, not "Nothing to show"
        await pilot.press("1", "j", "m")
        await pilot.pause()
        assert not app.marks  # no star for a mark that was not saved
        assert not app.query_one(SourceView).marked
        messages = [n.message for n in app._notifications]
        assert any("read-only" in m and str(not_a_folder) in m for m in messages), messages
    assert app.return_code in (None, 0)


async def test_case_6_a_locked_store_does_not_crash_the_app(corpus: Analysis) -> None:
    store = MarkStore()
    holder = sqlite3.connect(store.path)
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        holder.execute("BEGIN EXCLUSIVE")
        try:
            await pilot.press("1", "j", "m")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert not app.marks
        finally:
            holder.rollback()
        await pilot.press("m")  # the other process let go: marking works again
        assert len(app.marks) == 1 and len(stored(corpus)) == 1
    holder.close()
    assert app.return_code in (None, 0)


def test_case_6_export_command_with_a_broken_store_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from seedview.tui import cli

    path = data_dir() / "marks.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage" * 1000)
    small = Path(bundled_corpus_paths()[0])
    assert cli.main(["export", str(small), "-o", str(tmp_path / "x.md")]) == 2
    stderr = capsys.readouterr().err
    assert stderr.count("\n") == 1 and "marks" in stderr and str(path) in stderr
    assert not (tmp_path / "x.md").exists()
