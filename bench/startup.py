"""Start-up against a bare Textual app: launch → article text visible, launch → conflicts available.

Each run is a fresh Python process launched by the probe shared with bench/tui_latency.py
(bench/probe.py): timed from the script's first line to the first frame handed to the
terminal driver that shows the thing: for the bare app, its one Static; for seedview, the
first frame after the articles' text arrived, and the first frame after the finished
analysis arrived. First: nothing cached but the language tables (built once per
installation); cold: no analysis cached, the sentence vectors of these articles stored (per
machine, like the language tables); warm: the analysis of these articles is in the cache.
Runs are interleaved (bare, first, cold, warm, ...), so a busy moment of the shared machine
weighs on all alike; medians and ratios are printed.

Also: `seedview analyze` as a whole process on the five bundled articles cut to at most 700
words, with warm caches and with --no-cache.

Not a test: figures and ratios to read. Run: python bench/startup.py [RUNS]
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from probe import interleaved, launch


def cut_corpus(folder: Path, words: int = 700) -> None:
    """The five bundled articles, each cut to its first `words` words (whole lines)."""
    from seedview.model.sources import bundled_corpus_paths

    for path in bundled_corpus_paths():
        kept, count = [], 0
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            count += len(line.split())
            if count > words:
                break
            kept.append(line)
        (folder / Path(path).name).write_text("\n".join(kept) + "\n", encoding="utf-8")


async def realign_latency(presses: int = 6) -> list[float]:
    """Seconds from pressing +/- to the re-aligned analysis on screen (bundled corpus)."""
    from seedview.tui.app import SeedviewApp
    from seedview.tui.source_view import SourceView

    app = SeedviewApp(use_cache=False)
    timings = []
    async with app.run_test(size=(160, 45)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("3", "j", "j", "j")
        place = app.query_one(SourceView).current_passage()
        for number in range(presses):
            before = app.analysis
            started = time.perf_counter()
            await pilot.press("plus" if number % 2 == 0 else "minus")
            while app.analysis is before:
                await asyncio.sleep(0.005)
            await pilot.pause()
            timings.append(time.perf_counter() - started)
            assert app.query_one(SourceView).current_passage() == place, "lost the place"
    return timings


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    from seedview.model.langdata import table_path

    tables = table_path("de").parent
    table_path("en")
    from seedview.model.normalize import warm_up

    warm_up("de")
    warm_up("en")  # the language tables exist before timing: they are built once per install
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        vectors = root / "vectors"  # the sentence vectors of the bundled corpus, once stored
        vectors.mkdir()

        def fresh_cache(name: str, stored_vectors: bool = False) -> dict[str, str]:
            folder = root / name
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir()
            (folder / "langdata").symlink_to(tables, target_is_directory=True)
            if stored_vectors:
                (folder / "vectors").symlink_to(vectors, target_is_directory=True)
            return {**os.environ, "SEEDVIEW_CACHE_DIR": str(folder)}

        warm_env = fresh_cache("warm", stored_vectors=True)
        launch("seedview", "conflicts", warm_env)  # fills the warm cache and the vector store
        median = interleaved(
            runs,
            {
                "bare": ("bare", "frame", None),
                "first": ("seedview", "conflicts", lambda: fresh_cache("first")),
                "cold": ("seedview", "conflicts", lambda: fresh_cache("cold", True)),
                "warm": ("seedview", "conflicts", lambda: warm_env),
            },
        )
        bare = median["bare frame"]
        print(f"bare Textual app, first frame          {bare * 1000:7.0f} ms (median of {runs})")
        for label, event, target in (
            ("first", "text", "<= 1.5x"),
            ("cold", "text", "<= 1.5x"),
            ("warm", "text", "<= 1.2x"),
            ("first", "conflicts", "within 1.0 s"),
            ("cold", "conflicts", "within 1.0 s"),
            ("warm", "conflicts", "-"),
        ):
            seconds = median[f"{label} {event}"]
            what = "article text visible" if event == "text" else "conflicts available"
            print(
                f"seedview {label:<5} {event:<9} launch -> {what:<20} {seconds * 1000:7.0f} ms"
                f"  {seconds / bare:5.2f}x bare   (target {target})"
            )
        print(
            "  first: nothing cached but the language tables; cold: no analysis cached, the"
            " sentence vectors stored (per machine, like the language tables); warm: this"
            " analysis cached"
        )

        # `seedview analyze`, whole process, five articles cut to 700 words.
        corpus = root / "cut"
        corpus.mkdir()
        cut_corpus(corpus)
        command = [str(Path(sys.executable).parent / "seedview"), "analyze", str(corpus)]
        env = fresh_cache("cut-cache")
        warming = subprocess.run(command, capture_output=True, text=True, env=env)
        if warming.returncode:
            raise RuntimeError(warming.stderr)
        warm, fresh = [], []
        for _ in range(runs):
            for found, extra in ((warm, []), (fresh, ["--no-cache"])):
                started = time.perf_counter()
                subprocess.run(command + extra, capture_output=True, env=env, check=True)
                found.append(time.perf_counter() - started)
        seconds = asyncio.run(realign_latency())
        print(
            f"+/- re-alignment, bundled corpus: median {statistics.median(seconds) * 1000:.0f} ms,"
            f" worst {max(seconds) * 1000:.0f} ms (target <= 500 ms), place kept"
        )
        print(
            f"seedview analyze, 5 articles <= 700 words: warm caches {statistics.median(warm) * 1000:.0f} ms"
            " (target <= 300 ms); --no-cache (language tables and sentence vectors stored)"
            f" {statistics.median(fresh) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
