"""The launch probe the start-up benchmarks share (bench/startup.py, bench/tui_latency.py).

Each launch is a fresh Python process (imports included, as a user pays them), timed from
the script's first line to frames handed to the terminal driver (`App._display`), not to a
callback queued behind the app's own after-refresh work. It prints one line per event:
`frame` (the first frame), and for seedview `text` (the first frame after the articles' text
arrived) and `conflicts` (the first frame after the finished analysis arrived); it exits at
the event asked for. The bare app is a Textual app with one Static: the yardstick. seedview is launched the way
the `seedview` command launches it: its command line is imported first, the first article is
read ahead in a child process (model/read_ahead.py), and garbage collection is paused before
the app is imported.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections.abc import Callable, Mapping

PROBE = """
import time
started = time.perf_counter()
{imports}
class Probe({base}):
{body}
    reported = set()
    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        if renderable is None:
            return
        now = time.perf_counter() - started
        for event, happened in (
            ("frame", True),
            ("text", bool(getattr(self, "sources", True))),
            ("conflicts", getattr(self, "analysis", True) is not None),
        ):
            if happened and event not in self.reported:
                self.reported.add(event)
                print(f"{{event}} {{now:.4f}}", flush=True)
        if {until!r} in self.reported:
            self.exit()
Probe({arguments}).run(headless=True, size=(160, 45))
"""
APPS = {
    "bare": {
        "imports": "from textual.app import App\nfrom textual.widgets import Static",
        "base": "App",
        "body": "    def compose(self):\n        yield Static('hello')",
        "arguments": "",
    },
    # As the `seedview` command launches it (tui/cli.py `_run_app`): its command line
    # imported first, the first article read ahead in a child process, garbage collection
    # paused before the app is imported.
    "seedview": {
        "imports": "import pathlib\nimport seedview.tui.cli\nimport seedview.tui\n"
        "from seedview.model import read_ahead\n"
        "ahead = read_ahead.start(None, 20_000_000)\n"
        "from seedview.tui import gc_pause\ngc_pause.pause()\n"
        "from seedview.tui.app import SeedviewApp",
        "base": "SeedviewApp",
        "body": '    CSS_PATH = str(pathlib.Path(seedview.tui.__file__).parent / "app.tcss")',
        "arguments": "read_ahead=ahead",
    },
}


def launch(app: str, until: str, environment: Mapping[str, str] | None = None) -> dict[str, float]:
    """Seconds from launch to each event of one fresh process of `app` ("bare" or
    "seedview"), which exits at `until` ("frame", "text" or "conflicts")."""
    code = PROBE.format(until=until, **APPS[app])
    output = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(environment) if environment is not None else None,
    )
    found: dict[str, float] = {}
    for line in output.stdout.splitlines():
        event, _, seconds = line.partition(" ")
        found.setdefault(event, float(seconds))
    if until not in found:
        raise RuntimeError(output.stdout + output.stderr)
    return found


def interleaved(
    runs: int,
    variants: Mapping[str, tuple[str, str, Callable[[], Mapping[str, str]] | None]],
) -> dict[str, float]:
    """Median seconds per "label event" over `runs` rounds. Each round launches every
    variant (label: app, until, and a function giving its environment, called before each
    launch so a cold cache can be made afresh) once, so a busy moment of the shared machine
    weighs on all alike."""
    timings: dict[str, list[float]] = {}
    for _ in range(runs):
        for label, (app, until, environment) in variants.items():
            found = launch(app, until, environment() if environment else None)
            for event, seconds in found.items():
                timings.setdefault(f"{label} {event}", []).append(seconds)
    return {label: statistics.median(values) for label, values in timings.items()}
