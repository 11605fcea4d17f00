"""Start-up against a bare Textual app: launch → article text visible, launch → conflicts available.

Each run is a fresh Python process (imports included, as a user pays them), timed from the
script's first line to the first frame handed to the terminal driver that shows the thing:
for the bare app, its one Static; for seedview, the first frame after the articles' text
arrived, and the first frame after the finished analysis arrived. Cold cache: an empty
analysis cache (the language tables, built once per installation, are kept); warm: the
analysis of these articles is in the cache. Runs are interleaved (bare, cold, warm, ...), so a
busy moment of the shared machine weighs on all alike; medians and ratios are printed.

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

PROBE = """
import time
started = time.perf_counter()
{imports}
class Probe({base}):
{body}
    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        if renderable is None:
            return
        {check}
Probe({arguments}).run(headless=True, size=(160, 45))
"""
BARE = PROBE.format(
    imports="from textual.app import App\nfrom textual.widgets import Static",
    base="App",
    body="    def compose(self):\n        yield Static('hello')",
    check='print(f"text {time.perf_counter() - started:.4f}", flush=True)\n        self.exit()',
    arguments="",
)
SEEDVIEW = PROBE.format(
    imports="import pathlib\nimport seedview.tui\nfrom seedview.tui.app import SeedviewApp",
    base="SeedviewApp",
    body='    CSS_PATH = str(pathlib.Path(seedview.tui.__file__).parent / "app.tcss")\n'
    "    text_shown = False",
    check="""now = time.perf_counter() - started
        if self.sources and not self.text_shown:
            self.text_shown = True
            print(f"text {now:.4f}", flush=True)
        if self.analysis is not None:
            print(f"conflicts {now:.4f}", flush=True)
            self.exit()""",
    arguments="",
)


def probe(code: str, environment: dict[str, str]) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=environment
    )
    found = {}
    for line in output.stdout.splitlines():
        name, _, value = line.partition(" ")
        found.setdefault(name, float(value))
    if "text" not in found:
        raise RuntimeError(output.stdout + output.stderr)
    return found


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

        def fresh_cache(name: str) -> dict[str, str]:
            folder = root / name
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir()
            (folder / "langdata").symlink_to(tables, target_is_directory=True)
            return {**os.environ, "SEEDVIEW_CACHE_DIR": str(folder)}

        warm_env = fresh_cache("warm")
        seedview = SEEDVIEW
        probe(seedview, warm_env)  # fills the warm cache
        timings: dict[str, list[float]] = {}
        for _ in range(runs):
            for label, code, env in (
                ("bare", BARE, warm_env),
                ("cold", seedview, fresh_cache("cold")),
                ("warm", seedview, warm_env),
            ):
                for what, seconds in probe(code, env).items():
                    timings.setdefault(f"{label} {what}", []).append(seconds)
        median = {label: statistics.median(values) for label, values in timings.items()}
        bare = median["bare text"]
        print(f"bare Textual app, first frame          {bare * 1000:7.0f} ms (median of {runs})")
        for label, target in (
            ("cold text", "<= 1.5x"),
            ("warm text", "<= 1.2x"),
            ("cold conflicts", "within 1.0 s"),
            ("warm conflicts", ""),
        ):
            print(
                f"seedview {label:<16} launch -> {'article text visible' if 'text' in label else 'conflicts available':<20}"
                f" {median[label] * 1000:7.0f} ms  {median[label] / bare:5.2f}x bare   (target {target or '-'})"
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
            f" (target <= 300 ms); --no-cache (language tables warm) {statistics.median(fresh) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
