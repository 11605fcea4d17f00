"""Responsiveness of the app: time to first frame against a bare Textual app, and keystroke latency.

First frame: a fresh Python process per run (imports included, as a user pays them), timed
from the script's first line to the first painted screen; seedview on the bundled corpus
against an app with one Static. Keystroke: median time from a cursor key to the repainted
panes, over many presses. Not a test: figures and ratios to read.

Run: python bench/tui_latency.py
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import time

RUNS = 5
PRESSES = 60

BARE = """
import time
started = time.perf_counter()
from textual.app import App
from textual.widgets import Static
class Probe(App):
    def compose(self):
        yield Static("hello")
    def on_mount(self):
        self.call_after_refresh(self.done)
    def done(self):
        print(f"{time.perf_counter() - started:.4f}")
        self.exit()
Probe().run(headless=True)
"""
SEEDVIEW = """
import time
started = time.perf_counter()
import pathlib
import seedview.tui
from seedview.tui.app import SeedviewApp
class Probe(SeedviewApp):
    CSS_PATH = str(pathlib.Path(seedview.tui.__file__).parent / "app.tcss")
    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(self.done)
    def done(self):
        print(f"{time.perf_counter() - started:.4f}")
        self.exit()
Probe().run(headless=True)
"""


def first_frame(code: str) -> float:
    timings = []
    for _ in range(RUNS):
        output = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
        )
        timings.append(float(output.stdout.strip().splitlines()[-1]))
    return statistics.median(timings)


async def keystrokes() -> tuple[float, float, float]:
    from seedview.tui.app import SeedviewApp
    from seedview.tui.source_view import SourceView

    app = SeedviewApp()
    async with app.run_test(size=(160, 45)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.query_one(SourceView).focus()
        floor = []
        for _ in range(20):  # a key bound to nothing: what the harness itself costs
            started = time.perf_counter()
            await pilot.press("x")
            await pilot.pause()
            floor.append(time.perf_counter() - started)
        durations = []
        for index in range(PRESSES):
            started = time.perf_counter()
            await pilot.press("j" if index % 10 < 7 else "k")
            await pilot.pause()  # the message queue drained: panes updated and repainted
            durations.append(time.perf_counter() - started)
        tree_durations = []
        await pilot.press("h")
        for _ in range(PRESSES // 2):
            started = time.perf_counter()
            await pilot.press("down")
            await pilot.pause()
            tree_durations.append(time.perf_counter() - started)
    return statistics.median(durations), statistics.median(tree_durations), statistics.median(floor)


def main() -> None:
    bare = first_frame(BARE)
    seedview = first_frame(SEEDVIEW)
    print(f"first frame, bare Textual app      {bare * 1000:7.1f} ms (median of {RUNS})")
    print(f"first frame, seedview (5 articles) {seedview * 1000:7.1f} ms (median of {RUNS})")
    print(f"ratio seedview / bare              {seedview / bare:7.2f}x   (target <= 1.3x)")
    article, tree, floor = asyncio.run(keystrokes())
    print(f"harness floor (unbound key)        {floor * 1000:7.1f} ms median of 20")
    print(
        f"keystroke to repaint, article j/k  {article * 1000:7.1f} ms median of {PRESSES}, "
        f"{(article - floor) * 1000:.1f} ms above the floor  (target 50 ms)"
    )
    print(
        f"keystroke to repaint, tree down    {tree * 1000:7.1f} ms median of {PRESSES // 2}, "
        f"{(tree - floor) * 1000:.1f} ms above the floor"
    )


if __name__ == "__main__":
    main()
