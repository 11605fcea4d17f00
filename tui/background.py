"""The analysis in a process of its own, started before the app is imported (issue 11).

Python runs one thread at a time: an analysis thread in the app's process waits while the
app imports Textual, paints its first frame and shows the articles' text, and the app waits
while the analysis runs. A second process runs on the second core alongside all of that. It
is `seedview analyze` without the report: it analyses the articles (or finds them in the
cache) and stores the result in the analysis cache, printing its progress on stdout as
`stage fraction` lines; the app reads the entry from the cache when it ends, exactly as a
relaunch would. Anything else (no cache, a failed or killed process, an entry too large to
store) leaves the app to analyse in its own process as before. No UI code is imported here.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Callable


def start(
    paths: list[str] | None,
    *,
    min_score: float | None,
    max_bytes: int,
    topics_file: str | None,
) -> subprocess.Popen[str] | None:
    """The analysis process of these articles and options, started; None if it cannot be."""
    options = {
        "paths": paths or None,
        "min_score": min_score,
        "max_bytes": max_bytes,
        "topics_file": topics_file,
    }
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "seedview.tui.background", json.dumps(options)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # the app draws on stderr: nothing else may write there
            text=True,
            env=os.environ.copy(),  # the cache folder and --lexicon, as the app sees them
        )
    except OSError:
        return None


def follow(process: subprocess.Popen[str], progress: Callable[[str, float], None]) -> bool:
    """Pass the process's progress on until it ends; True if it stored its analysis."""
    if process.stdout is not None:
        with contextlib.suppress(OSError, ValueError):  # closed when the app stopped it
            for line in process.stdout:
                stage, _, fraction = line.rpartition(" ")
                with contextlib.suppress(ValueError):
                    progress(stage, float(fraction))
    return process.wait() == 0


def stop(process: subprocess.Popen[str]) -> None:
    """End the process (the app quits, or the cache answered first) and reap it."""
    with contextlib.suppress(OSError):
        process.kill()
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        process.wait(timeout=5)
    if process.stdout is not None:
        with contextlib.suppress(OSError):
            process.stdout.close()


def _main(argument: str) -> int:
    from seedview.model.pipeline import analyze_cached

    options = json.loads(argument)

    def progress(stage: str, fraction: float) -> None:
        print(f"{stage} {fraction:.3f}", flush=True)

    analyze_cached(
        options["paths"],
        min_score=options["min_score"],
        max_bytes=options["max_bytes"],
        topics_file=options["topics_file"],
        progress=progress,
        workers=None,  # guarded below, so a large corpus uses every core, as `seedview` does
        use_cache=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1]))
