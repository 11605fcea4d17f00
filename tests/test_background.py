"""The analysis in a process of its own (issue 11): the `seedview` command starts it before the
app, on the other core; the app shows what it stored, or analyses itself when it stored
nothing, and never leaves it running."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from seedview.model import pipeline
from seedview.tui import background
from seedview.tui.app import SeedviewApp

BIG = (160, 45)
FIXTURES = Path(__file__).parent / "fixtures" / "align_en"


def _articles(folder: Path) -> list[str]:
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text((FIXTURES / name).read_text(encoding="utf-8"), "utf-8")
    return [str(folder)]


def _no_analysis_here(*args: object, **kwargs: object) -> None:
    raise AssertionError("the app analysed in its own process")


async def test_the_app_shows_the_analysis_its_process_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _articles(tmp_path / "articles")
    expected = pipeline.analyze(paths)  # not cached: the process must store its own
    process = background.start(paths, min_score=None, max_bytes=20_000_000, topics_file=None)
    assert process is not None
    monkeypatch.setattr(pipeline, "deepen", _no_analysis_here)
    monkeypatch.setattr(pipeline, "finish", _no_analysis_here)
    app = SeedviewApp(paths=paths, analysis_process=process)
    async with app.run_test(size=BIG) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.analysis is not None and app.analysis.groups
        assert process.poll() is not None and app.analysis_process is None
        assert app.analysis == expected
        assert app.corpus is not None and app.corpus.features  # +/- can re-align from it


async def test_a_process_that_stores_nothing_leaves_the_analysis_to_the_app(
    tmp_path: Path,
) -> None:
    paths = _articles(tmp_path / "articles")
    failing = subprocess.Popen(
        [sys.executable, "-c", "import sys; print('loading 0.5', flush=True); sys.exit(1)"],
        stdout=subprocess.PIPE,
        text=True,
    )
    app = SeedviewApp(paths=paths, analysis_process=failing)
    async with app.run_test(size=BIG) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.analysis is not None and app.analysis.groups
        assert failing.returncode == 1


async def test_quitting_ends_the_analysis_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _articles(tmp_path / "articles")
    analysed_here: list[bool] = []
    monkeypatch.setattr(pipeline, "deepen", lambda *args, **kwargs: analysed_here.append(True))
    endless = subprocess.Popen(
        [sys.executable, "-c", "import time; print('loading 0.1', flush=True); time.sleep(600)"],
        stdout=subprocess.PIPE,
        text=True,
    )
    app = SeedviewApp(paths=paths, analysis_process=endless)
    started = time.monotonic()
    async with app.run_test(size=BIG) as pilot:
        for _ in range(200):
            await pilot.pause(0.05)
            if app.sources:
                break
        await pilot.press("q")
    await app.workers.wait_for_complete()
    assert endless.poll() is not None, "the analysis process outlived the app"
    assert analysed_here == []  # nor did the app start analysing itself on the way out
    assert time.monotonic() - started < 60


def test_the_command_analyses_in_its_process_and_a_relaunch_reads_the_cache(
    tmp_path: Path,
) -> None:
    """The process stores its entry under the key the app looks up: the same articles and
    options, analysed once, are in the cache afterwards."""
    paths = _articles(tmp_path / "articles")
    process = background.start(paths, min_score=0.3, max_bytes=5_000_000, topics_file=None)
    assert process is not None
    shown: list[tuple[str, float]] = []
    assert background.follow(process, lambda stage, fraction: shown.append((stage, fraction)))
    assert shown and shown[-1] == ("done", 1.0)
    key = pipeline.cache_key(paths, min_score=0.3, max_bytes=5_000_000, topics_file=None)
    from seedview.model import cache

    assert key is not None and cache.load(key) is not None
    assert os.environ["SEEDVIEW_CACHE_DIR"] in str(cache.folder())
