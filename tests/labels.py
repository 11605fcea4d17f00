"""Labelled data of the bundled corpus, and the measures the quality tests and bench share."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from seedview.model.schema import Analysis

DATA = Path(__file__).parent / "data"


def find_passage(analysis: Analysis, reference: str) -> str:
    """'002: fragment' -> the id of the one passage of source 002… containing the fragment."""
    prefix, _, fragment = reference.partition(": ")
    hits = [
        p.id
        for p in analysis.passages
        if p.source.startswith(prefix) and fragment in p.text.replace("\n", " ")
    ]
    if len(hits) > 1:  # a headline repeated as page furniture (an image caption): the headline
        kinds = {p.id: p.kind for p in analysis.passages}
        hits = [hit for hit in hits if kinds[hit] != "boilerplate"]
    if len(hits) != 1:
        raise LookupError(f"{reference!r} matches {len(hits)} passages")
    return hits[0]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    predicted_pairs: int
    true_pairs: int


def alignment_scores(analysis: Analysis) -> Scores:
    labelled = tomllib.loads((DATA / "alignment_labels.toml").read_text())["group"]
    label_of: dict[str, int] = {}
    positives: set[frozenset[str]] = set()
    for number, group in enumerate(labelled):
        ids = [find_passage(analysis, ref) for ref in group["passages"]]
        for pid in ids:
            label_of[pid] = number
        source = {pid: pid.split("@")[0] for pid in ids}
        positives |= {
            frozenset(pair) for pair in combinations(ids, 2) if source[pair[0]] != source[pair[1]]
        }
    predicted: set[frozenset[str]] = set()
    for group in analysis.groups:
        inside = [pid for pid in group.passages if pid in label_of]
        predicted |= {
            frozenset(pair)
            for pair in combinations(inside, 2)
            if pair[0].split("@")[0] != pair[1].split("@")[0]
        }
    hits = predicted & positives
    precision = len(hits) / len(predicted) if predicted else 0.0
    recall = len(hits) / len(positives) if positives else 0.0
    return Scores(precision, recall, len(predicted), len(positives))
