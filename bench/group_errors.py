"""Diagnose grouping errors on the labelled stories (tests/data/stories/): per story, the gold
pairs no group links (both passages, and the groups each is in) and the false pairs (passages
quoting different gold claim groups that one of seedview's groups links, with that group).

Each missed pair gets two classes: where grouping left it (no passage covers a quote, a passage
in no group, two wording groups, two fact groups) and what the claims offered a fact group
(a side with no claim, claims but no fact key, keys that differ only in role, basis,
qualifiers or period, the same measure of another subject, or one key that the fact groups
split or cut at their cap): the first is alignment's to fix, most of the second the claims'.

Run: python bench/group_errors.py [STORY ...] [-q]   (-q: only the table and the error classes)
A STORY is a name under tests/data/stories or a folder of the same shape (*.txt, gold.json),
such as a story labelled since and not yet in the tests (a held-out check).
The table is tests/stories.py's (the scorer's figures plus the largest group and precision).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from seedview.model.facts import fact_key
from seedview.model.keys import story_subject
from seedview.model.pipeline import analyze
from seedview.model.schema import Analysis

from stories import HEADER, analyze_story, gold_of, score_story, story_names


def _story(name: str) -> tuple[str, Analysis, dict[str, Any]]:
    """A labelled story by name (tests/data/stories) or by folder: its name, analysis, gold."""
    folder = Path(name)
    if (folder / "gold.json").is_file():
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        return folder.name, analyze(sorted(str(p) for p in folder.glob("*.txt"))), gold
    return name, analyze_story(name), gold_of(name)


def _short(text: str, width: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def diagnose(
    analysis: Analysis, gold: dict[str, Any], verbose: bool
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Print the story's missed and false pairs; return their classes, counted (missed by
    grouping, missed by claims, false by the kind of group that links them)."""
    story = story_subject(analysis.claims, len(analysis.sources))
    claims_of: dict[str, list[tuple[str, ...] | None]] = {}
    for claim in analysis.claims:
        claims_of.setdefault(claim.passage, []).append(fact_key(claim, story))
    names = {s.id: Path(s.path).name for s in analysis.sources}
    text = {p.id: p.text for p in analysis.passages}
    kind = {p.id: p.kind for p in analysis.passages}
    groups_of: dict[str, list[int]] = {}
    for index, group in enumerate(analysis.groups):
        for pid in group.passages:
            groups_of.setdefault(pid, []).append(index)

    def cover(span: dict[str, object]) -> set[str]:
        start, end = int(span["start"]), int(span["end"])  # type: ignore[call-overload]
        found = set()
        for p in analysis.passages:
            if names[p.source] != span["src"]:
                continue
            overlap = min(p.end, end) - max(p.start, start)
            if overlap > 0 and (
                overlap >= 0.5 * (end - start) or overlap >= 0.8 * (p.end - p.start)
            ):
                found.add(p.id)
        return found

    def describe(pids: set[str]) -> str:
        lines = []
        for pid in sorted(pids):
            gs = groups_of.get(pid, [])
            labels = "; ".join(
                f"{analysis.groups[i].kind[0]}:{_short(analysis.groups[i].label, 40)}"
                f"({len(analysis.groups[i].passages)})"
                for i in gs
            )
            lines.append(
                f"      {pid} [{kind[pid]}] {_short(text[pid])}\n        in: {labels or '-'}"
            )
        return "\n".join(lines) or "      (no passage covers the quote)"

    def by_claims(left: set[str], right: set[str]) -> str:
        """What the claims of two passage sets offered a fact group."""
        keys_left = [k for p in left for k in claims_of.get(p, [])]
        keys_right = [k for p in right for k in claims_of.get(p, [])]
        if not keys_left or not keys_right:
            return "a side has no claim"
        known_left = {k for k in keys_left if k}
        known_right = {k for k in keys_right if k}
        if not known_left or not known_right:
            return "claims, but a side has no fact key"
        if known_left & known_right:
            return "one key, split or cut at the cap"
        figures_left = {k[1:3] for k in known_left if k[0] == "figure"}
        figures_right = {k[1:3] for k in known_right if k[0] == "figure"}
        if figures_left & figures_right:
            return "same subject and measure, other role/basis/qualifier/period"
        if {m for _, m in figures_left} & {m for _, m in figures_right}:
            return "same measure, another subject"
        return "keys differ"

    missed: Counter[str] = Counter()
    missed_claims: Counter[str] = Counter()
    false: Counter[str] = Counter()
    gold_of_passage: dict[str, set[str]] = {}
    for group_name, members in gold["groups"].items():
        for span in members:
            for pid in cover(span):
                gold_of_passage.setdefault(pid, set()).add(group_name)
    for group_name, members in gold["groups"].items():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a["src"] == b["src"]:
                    continue
                ca, cb = cover(a), cover(b)
                ga = {g for p in ca for g in groups_of.get(p, [])}
                gb = {g for p in cb for g in groups_of.get(p, [])}
                if ga & gb:
                    continue
                if not ca or not cb:
                    cls = "quote not covered"
                elif not ga or not gb:
                    cls = "a passage in no group"
                elif not any(analysis.groups[g].kind == "fact" for g in ga) or not any(
                    analysis.groups[g].kind == "fact" for g in gb
                ):
                    cls = "different wording groups, one side in no fact group"
                else:
                    cls = "different groups, both in fact groups"
                missed[cls] += 1
                claims_class = by_claims(ca, cb)
                missed_claims[claims_class] += 1
                if verbose:
                    print(f"  MISS {group_name} ({cls}; {claims_class})")
                    print(f"    {a['src']}: {_short(a['quote'])}\n{describe(ca)}")
                    print(f"    {b['src']}: {_short(b['quote'])}\n{describe(cb)}")
    for group in analysis.groups:
        quoting = sorted(p for p in group.passages if p in gold_of_passage)
        for i, a in enumerate(quoting):
            for b in quoting[i + 1 :]:
                if a.split("@")[0] == b.split("@")[0] or gold_of_passage[a] & gold_of_passage[b]:
                    continue
                false[f"{group.kind} group"] += 1
                if verbose:
                    print(
                        f"  FALSE {sorted(gold_of_passage[a])} ~ {sorted(gold_of_passage[b])} "
                        f"by {group.kind} '{_short(group.label, 60)}' ({len(group.passages)})"
                    )
                    print(f"      {a}: {_short(text[a])}\n      {b}: {_short(text[b])}")
    return missed, missed_claims, false


def main() -> None:
    verbose = "-q" not in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or story_names()
    lines = []
    all_missed: Counter[str] = Counter()
    all_false: Counter[str] = Counter()
    all_claims: Counter[str] = Counter()
    hit = pairs = linked = right = 0
    for name in names:
        name, analysis, gold = _story(name)
        scores = score_story(analysis, gold)
        if verbose:
            print(f"== {name}")
        missed, missed_claims, false = diagnose(analysis, gold, verbose)
        all_missed += missed
        all_claims += missed_claims
        all_false += false
        lines.append(scores.line(name))
        hit, pairs = hit + scores.pairs_hit, pairs + scores.pairs
        linked, right = linked + scores.linked, right + scores.linked_right
    print(HEADER)
    print("\n".join(lines))
    print(
        f"summed: recall {hit}/{pairs} {hit / max(pairs, 1):.3f}  "
        f"precision {right}/{linked} {right / max(linked, 1):.3f}"
    )
    print("missed by class:", dict(all_missed.most_common()))
    print("missed, by what the claims offered:", dict(all_claims.most_common()))
    print("false by class:", dict(all_false.most_common()))


if __name__ == "__main__":
    main()
