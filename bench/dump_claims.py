"""Dump the claims and conflicts `analyze` finds, to compare two versions byte for byte.

For the bundled corpus and each labelled story under tests/data/stories: every claim and
conflict as `model_dump_json`, one a line. With --synthetic N, also the claims of N
synthetic articles from bench/scale.py's generator (source_claims only: no alignment).
Not a test: a check to run before and after a change that must not change any result.

Run: python bench/dump_claims.py OUT.txt [--synthetic 300]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from seedview.model.pipeline import analyze, prepare

STORIES = Path(__file__).resolve().parent.parent / "tests" / "data" / "stories"


def dump_analysis(name: str, paths: list[str] | None, out: list[str]) -> None:
    analysis = analyze(paths)
    out.append(f"## {name}: {len(analysis.claims)} claims, {len(analysis.conflicts)} conflicts")
    out.extend(claim.model_dump_json() for claim in analysis.claims)
    out.extend(conflict.model_dump_json() for conflict in analysis.conflicts)


def dump_synthetic(size: int, out: list[str]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from scale import make_corpus

    with tempfile.TemporaryDirectory() as tmp:
        make_corpus(size, Path(tmp))
        corpus = prepare([tmp])
        out.append(f"## synthetic {size}: {len(corpus.claims)} claims")
        out.extend(claim.model_dump_json() for claim in corpus.claims)


def main() -> None:
    target = Path(sys.argv[1])
    out: list[str] = []
    dump_analysis("bundled corpus", None, out)
    for story in sorted(p for p in STORIES.iterdir() if p.is_dir()):
        dump_analysis(story.name, [str(story)], out)
    if "--synthetic" in sys.argv:
        dump_synthetic(int(sys.argv[sys.argv.index("--synthetic") + 1]), out)
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{target}: {len(out)} lines")


if __name__ == "__main__":
    main()
