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
import time

from probe import interleaved

RUNS = 11
PRESSES = 60


def first_frames() -> tuple[float, float]:
    """Median first frame of the bare app and of seedview (bench/probe.py), interleaved."""
    median = interleaved(
        RUNS, {"bare": ("bare", "frame", None), "seedview": ("seedview", "frame", None)}
    )
    return median["bare frame"], median["seedview frame"]


async def keystrokes() -> dict[str, tuple[float, float]]:
    """Per kind of key: (median time to the last repainted frame, median harness round trip).

    The clock starts when the key is sent and stops at the last frame the app hands to the
    terminal driver before it is idle again: the key's whole effect on screen. The harness
    round trip (press, then wait until idle) is printed for comparison; it adds Textual's
    idle detection, which polls.
    """
    from seedview.tui.app import SeedviewApp
    from seedview.tui.source_view import SourceView

    app = SeedviewApp()
    frames: list[float] = []
    display = app._display

    def recording(screen, renderable):  # type: ignore[no-untyped-def]
        display(screen, renderable)
        if renderable is not None:
            frames.append(time.perf_counter())

    app._display = recording  # type: ignore[method-assign]
    results: dict[str, tuple[float, float]] = {}
    async with app.run_test(size=(160, 45)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()

        async def measure(label: str, keys: list[str]) -> None:
            latencies, round_trips = [], []
            for key in keys:
                frames.clear()
                started = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                round_trips.append(time.perf_counter() - started)
                if frames:
                    latencies.append(frames[-1] - started)
            latency = statistics.median(latencies) if latencies else float("nan")
            results[label] = (latency, statistics.median(round_trips))

        app.query_one(SourceView).focus()
        await measure("unbound key (harness)", ["x"] * 20)
        await measure("article j/k", ["j" if i % 10 < 7 else "k" for i in range(PRESSES)])
        await pilot.press("h")
        await measure("tree down", ["down"] * (PRESSES // 2))
        await measure("next conflict n", ["n"] * 10)
    return results


def main() -> None:
    bare, seedview = first_frames()
    print(f"first frame, bare Textual app      {bare * 1000:7.1f} ms (median of {RUNS})")
    print(f"first frame, seedview (5 articles) {seedview * 1000:7.1f} ms (median of {RUNS})")
    print(f"ratio seedview / bare              {seedview / bare:7.2f}x   (target <= 1.3x)")
    for label, (latency, round_trip) in asyncio.run(keystrokes()).items():
        if label.startswith("unbound"):  # repaints nothing: only the harness's own cost
            print(f"harness round trip, {label:<31} {round_trip * 1000:6.1f} ms median")
            continue
        print(
            f"key to last repainted frame, {label:<22} {latency * 1000:6.1f} ms median"
            f"  (target 50 ms); harness round trip {round_trip * 1000:6.1f} ms"
        )


if __name__ == "__main__":
    main()
