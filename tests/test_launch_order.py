"""The articles' text reaches the screen before any of the analysis is loaded (issue 11).

A fresh process, as a user launches it: the modules already imported by other tests would
hide an import on the launch path. Timings are for bench/startup.py; this guards the order.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# Stops at the first frame painted with the articles' text, and says what was loaded then.
PROBE = """
import gc, json, pathlib, sys
import seedview.tui
from seedview.model import read_ahead
read_ahead._spare_core = lambda: True  # however busy the machine running the tests is
ahead = read_ahead.start(None, 20_000_000) if sys.argv[1:] == ["ahead"] else None
from seedview.tui.app import SeedviewApp
from seedview.tui.source_view import SourceView

builds = []
build = SourceView.build
SourceView.build = lambda view, width: builds.append(width) or build(view, width)

class Probe(SeedviewApp):
    CSS_PATH = str(pathlib.Path(seedview.tui.__file__).parent / "app.tcss")
    frames = 0

    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        if renderable is None:
            return
        self.frames += 1
        if not self.sources:
            return
        view = self.query_one(SourceView)
        shown = [view.render_line(y).text for y in range(view.size.height)]
        wordlists = sys.modules.get("seedview.model.wordlists")
        print(json.dumps({
            "modules": sorted(sys.modules),
            "whole language files": wordlists._language_file.cache_info().currsize
            if wordlists else 0,
            "analysed": self.analysis is not None,
            "frame": self.frames,
            "sources": len(self.sources),
            "collecting": gc.isenabled(),
            "dialog css": any("#help-body" in source[0] for source in self.stylesheet.source.values()),
            "read ahead": ahead is not None and self.read_ahead is None and ahead._pipe is None,
            "builds": builds,
            "marked": sorted(view.marked),
            "first": view.visible_passages()[0].text,
            "shown": " ".join(" ".join(shown).split()),
        }), flush=True)
        self.exit()

Probe(read_ahead=ahead).run(headless=True, size=(160, 45))
"""

# Alignment, claims, conflicts, topics, the cache's code fingerprint, the validated lexicon
# (cleaning and dates read their words through wordlists), the encoder and its numerics: none
# of them is needed to read an article. Nor is the schema: the text path makes plain records
# (model/records.py), as pydantic's import and first validations cost 100-200 ms.
ANALYSIS = (
    "pydantic",
    "seedview.model.schema",
    "seedview.model.align",
    "seedview.model.cache",
    "seedview.model.claims",
    "seedview.model.conflicts",
    "seedview.model.lexicon",
    "seedview.model.normalize",
    "seedview.model.quantities",
    "seedview.model.semantic",
    "seedview.model.topics",
    "numpy",
    "scipy",
    "rapidfuzz",
)


def first_text_frame(
    cache: Path, data: Path | None = None, *, ahead: bool = False
) -> dict[str, object]:
    """`ahead`: as the `seedview` command starts the app, with the first article read in a
    child process (model/read_ahead.py); else the app reads it itself."""
    environment = {**os.environ, "SEEDVIEW_CACHE_DIR": str(cache)}
    if data is not None:
        environment["SEEDVIEW_DATA_DIR"] = str(data)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *(["ahead"] if ahead else [])],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def assert_first_words_shown(frame: dict[str, object]) -> None:
    first, shown = frame["first"], frame["shown"]
    assert isinstance(first, str) and isinstance(shown, str)
    assert " ".join(first.split()[:4]) in shown


def test_the_text_shows_before_any_analysis_module_is_loaded(tmp_path: Path) -> None:
    frame = first_text_frame(tmp_path / "cache")
    loaded = [name for name in ANALYSIS if name in frame["modules"]]  # type: ignore[operator]
    assert loaded == [], f"loaded before the text was on screen: {loaded}"
    assert frame["analysed"] is False
    assert_first_words_shown(frame)
    # A small corpus is read before the first frame: no empty frame comes before the text.
    assert frame["frame"] == 1
    # Only its first article, the one shown: the other four follow the frame (test_tui).
    assert frame["sources"] == 1
    # No garbage collection until then: it found nothing, and cost 30-50 ms (tui/gc_pause.py).
    assert frame["collecting"] is False
    # The article is wrapped once, for the width it has beside its scrollbar (not once
    # without the scrollbar and again with it: about 20 ms).
    assert len(frame["builds"]) == 1  # type: ignore[arg-type]
    # The dialogs' CSS is theirs (tui/dialog_css.py), parsed when one opens: in app.tcss it
    # was parsed, and matched against every widget, before the first frame.
    assert frame["dialog css"] is False
    # Reading needs model/reading.py, not the pipeline (900 lines to compile, 10-20 ms); nor
    # may the analysis thread import it while the text's frame is drawn.
    assert "seedview.model.reading" in frame["modules"]  # type: ignore[operator]
    assert "seedview.model.pipeline" not in frame["modules"]  # type: ignore[operator]
    # Cleaning and dates need three small tables of the language files: parsing both files
    # whole took 10-15 ms.
    assert frame["whole language files"] == 0


READING = ("seedview.model.reading", "seedview.model.clean", "seedview.model.segment")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_with_the_article_read_ahead_the_app_imports_no_reading_code(tmp_path: Path) -> None:
    """As the `seedview` command starts it: the first article is read in a child process
    while the app imports Textual; the app unpickles the records (cleaning, segmenting and
    their patterns were 50-80 ms before the first frame)."""
    frame = first_text_frame(tmp_path / "cache", ahead=True)
    assert frame["read ahead"] is True
    loaded = [name for name in (*ANALYSIS, *READING) if name in frame["modules"]]  # type: ignore[operator]
    assert loaded == [], f"loaded before the text was on screen: {loaded}"
    assert_first_words_shown(frame)
    assert frame["frame"] == 1 and frame["sources"] == 1 and frame["collecting"] is False
    assert len(frame["builds"]) == 1  # type: ignore[arg-type]


@pytest.mark.parametrize("ahead", [False, True], ids=["read here", "read ahead"])
def test_a_stored_mark_shows_with_the_text(tmp_path: Path, ahead: bool) -> None:
    from seedview.model.marks import MarkStore
    from seedview.model.pipeline import prepare_text

    text = prepare_text(None)
    source = text.sources[0]
    passage = [p for p in text.passages if p.source == source.id][1]
    store = MarkStore(tmp_path / "data" / "marks.sqlite3")
    store.add(source.sha256, passage.start, passage.end, "a note")
    store.close()
    frame = first_text_frame(tmp_path / "cache", tmp_path / "data", ahead=ahead)
    assert frame["marked"] == [passage.id]
    assert "pydantic" not in frame["modules"]  # type: ignore[operator]


def test_a_cached_analysis_still_shows_the_text_first(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    environment = {**os.environ, "SEEDVIEW_CACHE_DIR": str(cache)}
    # The app's own size limit: it is part of the cache key.
    store = (
        "from seedview.model.pipeline import analyze_cached; analyze_cached(max_bytes=20_000_000)"
    )
    command = [sys.executable, "-c", store]
    subprocess.run(command, capture_output=True, env=environment, timeout=300, check=True)
    assert list((cache / "analyses").glob("*.analysis")), "the analysis was not cached"
    frame = first_text_frame(cache)
    assert "seedview.model.cache" not in frame["modules"]  # type: ignore[operator]
    assert_first_words_shown(frame)


# What answering from the cache needs: the schema, the cache, the command line. Cleaning,
# the validated lexicon, normalising, the claim grammars and the numerics are analysis.
NOT_FOR_A_CACHED_ANSWER = (
    "seedview.model.clean",
    "seedview.model.lexicon",
    "seedview.model.normalize",
    "seedview.model.quantities",
    "seedview.model.claims",
    "seedview.model.topics",
    "numpy",
    "rapidfuzz",
)

COMMAND = """
import io, contextlib, json, sys
from seedview.tui.cli import main
loaded_by_the_command_line = sorted(sys.modules)
with contextlib.redirect_stdout(io.StringIO()) as output:
    status = main(sys.argv[1:])
print(json.dumps({"cli": loaded_by_the_command_line, "after": sorted(sys.modules),
                  "status": status, "output": output.getvalue()}))
"""


def _command(cache: Path, *args: str) -> dict[str, Any]:
    environment = {**os.environ, "SEEDVIEW_CACHE_DIR": str(cache)}
    result = subprocess.run(
        [sys.executable, "-c", COMMAND, *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def test_a_cached_analysis_is_answered_without_the_analysis_stages(tmp_path: Path) -> None:
    """Issue 11: `seedview analyze` on unchanged articles is a cache read. And `seedview`
    opens the app through the same command line: what it imports first holds back the app's
    first frame (it once loaded the topic grammar, pydantic and the lemma tables)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        fixture = Path(__file__).parent / "fixtures" / "align_en" / name
        (articles / name).write_text(fixture.read_text(encoding="utf-8"), encoding="utf-8")
    first = _command(tmp_path / "cache", "analyze", str(articles))
    again = _command(tmp_path / "cache", "analyze", str(articles))
    assert again["status"] == first["status"] == 0
    assert again["output"] == first["output"] and "3 sources" in str(first["output"])
    cli_loaded = [m for m in again["cli"] if m.startswith("seedview.model")]
    assert cli_loaded == ["seedview.model", "seedview.model.sanitize"]
    assert "pydantic" not in again["cli"]
    loaded = [name for name in NOT_FOR_A_CACHED_ANSWER if name in again["after"]]
    assert loaded == [], f"loaded to answer from the cache: {loaded}"
    assert "seedview.model.normalize" in first["after"]  # the first time, it did analyse
