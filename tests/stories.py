"""Labelled real stories (tests/data/stories/<name>/: *.txt, GOLD.md, gold.json) and their measures.

The measures are those of the project's scorer (shared/tools/score-stories), computed on the
Analysis object instead of the JSON document, so tests and benches report the same figures:

- group pair recall: cross-source pairs of a gold claim group whose passages share a group;
- conflicts found, by gold type (HARD, SOFT, FRAME): gold contradictions whose quotes one
  reported conflict joins (conflicts of kind different_period, and conflicts lumping more
  than MAX_PASSAGES passages, do not count);
- grounded: reported conflicts (not different_period) that join the quotes of some gold
  contradiction;
- precision (ours, not the scorer's): of the cross-source pairs of passages quoting gold claims
  that a group links, the share that quote one gold claim group.

A passage covers a quote when it holds half the quote, or the quote holds most of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from seedview.model.pipeline import analyze
from seedview.model.schema import Analysis

STORIES = Path(__file__).parent / "data" / "stories"
MAX_PASSAGES = 12  # a conflict lumping more passages than this explains nothing

Span = dict[str, Any]  # {"src": file name, "start": int, "end": int, "quote": str}


def story_names() -> list[str]:
    return sorted(p.name for p in STORIES.iterdir() if (p / "gold.json").is_file())


@cache  # the recall and the contradiction tests read one analysis
def analyze_story(name: str) -> Analysis:
    return analyze(sorted(str(p) for p in (STORIES / name).glob("*.txt")))


def gold_of(name: str) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((STORIES / name / "gold.json").read_text(encoding="utf-8"))
    return gold


@dataclass
class StoryScores:
    pairs_hit: int = 0
    pairs: int = 0
    conflicts_found: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind: (found, of)
    grounded: int = 0
    reported: int = 0
    largest_group_share: float = 0.0  # largest group's passages / content passages
    largest_group: int = 0  # passages of the largest group
    content: int = 0  # content passages of the story
    sources: int = 0
    linked: int = 0  # cross-source pairs of gold-quoting passages that share a group ...
    linked_right: int = 0  # ... of which both passages quote one gold claim group

    @property
    def precision(self) -> float:
        """Of the pairs of passages quoting gold claims that a group links, the share that
        quote one claim group (passages the gold does not quote are not judged)."""
        return self.linked_right / self.linked if self.linked else 0.0

    @property
    def recall(self) -> float:
        return self.pairs_hit / self.pairs if self.pairs else 0.0

    def line(self, name: str) -> str:
        cells = [
            "{}/{}".format(*self.conflicts_found.get(kind, (0, 0)))
            for kind in ("HARD", "SOFT", "FRAME")
        ]
        return (
            f"{name:28} {f'{self.pairs_hit}/{self.pairs} {self.recall:.2f}':>14} "
            f"{cells[0]:>7} {cells[1]:>7} {cells[2]:>7} {f'{self.grounded}/{self.reported}':>10} "
            f"{self.largest_group_share:>8.2f} {self.precision:>9.2f}"
        )


HEADER = (
    f"{'story':28} {'group pairs':>14} {'HARD':>7} {'SOFT':>7} {'FRAME':>7} {'grounded':>10} "
    f"{'largest':>8} {'precision':>9}"
)


def score_story(analysis: Analysis, gold: dict[str, Any]) -> StoryScores:
    names = {s.id: Path(s.path).name for s in analysis.sources}
    cover_cache: dict[tuple[str, int, int], set[str]] = {}

    def cover(span: Span) -> set[str]:
        key = (span["src"], span["start"], span["end"])
        if key not in cover_cache:
            length = span["end"] - span["start"]
            found = set()
            for p in analysis.passages:
                if names[p.source] != span["src"]:
                    continue
                overlap = min(p.end, span["end"]) - max(p.start, span["start"])
                if overlap > 0 and (overlap >= 0.5 * length or overlap >= 0.8 * (p.end - p.start)):
                    found.add(p.id)
            cover_cache[key] = found
        return cover_cache[key]

    gold_groups_of: dict[str, set[str]] = {}
    for name, members in gold["groups"].items():
        for span in members:
            for pid in cover(span):
                gold_groups_of.setdefault(pid, set()).add(name)
    linked: set[tuple[str, str]] = set()
    for group in analysis.groups:
        quoting = sorted(p for p in group.passages if p in gold_groups_of)
        for i, a in enumerate(quoting):
            for b in quoting[i + 1 :]:
                if a.split("@")[0] != b.split("@")[0]:
                    linked.add((a, b))
    in_groups: dict[str, set[str]] = {}
    for group in analysis.groups:
        for pid in group.passages:
            in_groups.setdefault(pid, set()).add(group.id)
    scores = StoryScores()
    scores.linked = len(linked)
    scores.linked_right = sum(bool(gold_groups_of[a] & gold_groups_of[b]) for a, b in linked)
    for members in gold["groups"].values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a["src"] == b["src"]:
                    continue
                scores.pairs += 1
                groups_a = set().union(*(in_groups.get(p, set()) for p in cover(a)))
                groups_b = set().union(*(in_groups.get(p, set()) for p in cover(b)))
                scores.pairs_hit += bool(groups_a & groups_b)
    reported = [c for c in analysis.conflicts if c.kind != "different_period"]
    usable = [set(c.passages) for c in reported if len(set(c.passages)) <= MAX_PASSAGES]
    found_by_kind: dict[str, list[int]] = {}
    for conflict in gold["conflicts"]:
        quotes = conflict["quotes"]
        found = any(
            passages & cover(quotes[i]) and passages & cover(quotes[j])
            for passages in usable
            for i in range(len(quotes))
            for j in range(i + 1, len(quotes))
        )
        tally = found_by_kind.setdefault(conflict["kind"], [0, 0])
        tally[0] += found
        tally[1] += 1
    scores.conflicts_found = {kind: (t[0], t[1]) for kind, t in found_by_kind.items()}
    scores.grounded = sum(
        any(
            len([q for q in conflict["quotes"] if set(c.passages) & cover(q)]) >= 2
            for conflict in gold["conflicts"]
        )
        for c in reported
    )
    scores.reported = len(reported)
    content = sum(1 for p in analysis.passages if p.kind == "content")
    largest = max((len(g.passages) for g in analysis.groups), default=0)
    scores.largest_group_share = largest / content if content else 0.0
    scores.largest_group = largest
    scores.content = content
    scores.sources = len(analysis.sources)
    return scores
