"""The long fuzz run of issue 13: the hostile-input properties of tests/test_fuzz.py, repeated
with fresh random seeds and many more examples until the time is up.

    python bench/fuzz.py --minutes 10 [--examples 2000]

Each round runs `pytest tests/test_fuzz.py` with SEEDVIEW_FUZZ_EXAMPLES set (Hypothesis then
uses that many examples per property, no example database, no deadline). Prints one line per
round and a total; stops at the first failure and shows it (exit status 1).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--examples", type=int, default=2000, help="per property and round")
    options = parser.parse_args()
    deadline = time.monotonic() + options.minutes * 60
    started = time.monotonic()
    total_examples = rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        round_started = time.monotonic()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "tests/test_fuzz.py",
                "-q",
                "-p",
                "no:cacheprovider",
                "--hypothesis-show-statistics",
            ],
            cwd=ROOT,
            env={**os.environ, "SEEDVIEW_FUZZ_EXAMPLES": str(options.examples)},
            capture_output=True,
            text=True,
        )
        passed = sum(int(n) for n in re.findall(r"(\d+) passing[, ]", result.stdout))
        total_examples += passed
        print(
            f"round {rounds}: {passed:,} examples in {time.monotonic() - round_started:.0f} s, "
            f"{'ok' if result.returncode == 0 else 'FAILED'}",
            flush=True,
        )
        if result.returncode != 0:
            print(result.stdout[-6000:], result.stderr[-2000:])
            return 1
    print(
        f"{rounds} rounds, {total_examples:,} examples in {(time.monotonic() - started) / 60:.1f}"
        " minutes: no failure"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
