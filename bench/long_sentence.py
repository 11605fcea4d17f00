"""Time the whole analysis of pathological "sentences": one sentence of N company names, of N
figures with periods, and of N abbreviations, each about SIZE bytes (default 1 MB).

    python bench/long_sentence.py [SIZE_MB ...]

Before the cap on passage length (model/segment.py, MAX_PASSAGE_CHARS) a 353 KB sentence of
12,000 company names took 75 s and 1 MB about 10 minutes (the name and period scanners
compare every match with every earlier one); with it the time grows linearly.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from seedview.model.pipeline import analyze

SHAPES = {
    "company names": lambda i: f"Beispiel{i} AG, ",
    "figures and periods": lambda i: f"{i} Mio. Euro im {i % 4 + 1}. Quartal 20{i % 90 + 10}, ",
    "abbreviations": lambda i: f"Nr. {i % 99}. Abs. ",
    "no spaces": lambda i: "x" * 50,
}


def sentence(shape: str, size: int) -> str:
    make = SHAPES[shape]
    parts, length, index = [], 0, 0
    while length < size:
        part = make(index)
        parts.append(part)
        length += len(part)
        index += 1
    return "Meta investiert: " + "".join(parts) + "und mehr.\n"


def main() -> None:
    sizes = [float(a) for a in sys.argv[1:]] or [1.0]
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            for shape in SHAPES:
                path = Path(folder) / "long.txt"
                path.write_text(sentence(shape, int(size * 1_000_000)), encoding="utf-8")
                started = time.perf_counter()
                analysis = analyze([str(path)], max_bytes=int((size + 1) * 1_000_000))
                elapsed = time.perf_counter() - started
                print(
                    f"{size:5.1f} MB  {shape:<20} {elapsed:6.1f} s  "
                    f"{len(analysis.passages):>6} passages  {len(analysis.claims):>6} claims"
                )


if __name__ == "__main__":
    main()
