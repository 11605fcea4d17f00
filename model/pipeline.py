"""The whole analysis, stage after stage, as one plain function with progress callbacks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from seedview.model.align import DEFAULT_MIN_SCORE, align, group_id, group_scores, shared_terms
from seedview.model.claims import extract_claims
from seedview.model.clean import classify
from seedview.model.conflicts import find_conflicts
from seedview.model.load import DEFAULT_MAX_BYTES, LoadError, discover, read_document
from seedview.model.quantities import format_value
from seedview.model.schema import Analysis, Group, Passage, Source
from seedview.model.segment import cut_passages
from seedview.model.sources import (
    bundled_corpus_paths,
    describe_source,
    detect_language,
    outlet_for,
    title_hint_for,
)
from seedview.model.topics import build_topics, bundled_topics, load_topic_file

Progress = Callable[[str, float], None]
"""Called with a stage name and the fraction done (0..1) of the whole analysis."""


def _quiet(stage: str, fraction: float) -> None:
    """No progress display."""


class NothingLoaded(Exception):
    """No article could be loaded; the message lists why, one line per file."""


def load_sources(
    paths: list[str] | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress = _quiet,
) -> tuple[list[Source], list[Passage], list[str]]:
    """Load, clean and segment. Returns sources, passages and one problem line per bad file."""
    found = discover(paths if paths else bundled_corpus_paths())
    problems = [str(problem) for problem in found.problems]
    sources: list[Source] = []
    passages: list[Passage] = []
    used: set[str] = set()
    total = max(1, len(found.files))
    for index, path in enumerate(found.files):
        progress("loading", 0.3 * index / total)
        try:
            raw = read_document(path, max_bytes)
        except LoadError as error:
            problems.append(str(error))
            continue
        source_id = _unique_id(path, used)
        outlet = outlet_for(raw.path)
        blocks = classify(raw.text, outlet=outlet, title_hint=title_hint_for(raw.path))
        language = detect_language(raw.text)
        source = describe_source(raw, source_id, blocks, language)
        sources.append(source)
        passages.extend(cut_passages(source_id, raw.text, blocks, outlet))
    if not sources:
        raise NothingLoaded("\n".join(problems) or "no articles given")
    return sources, passages, problems


def _unique_id(path: Path, used: set[str]) -> str:
    base = path.stem or "source"
    candidate, counter = base, 2
    while candidate in used:
        candidate = f"{base}-{counter}"
        counter += 1
    used.add(candidate)
    return candidate


def analyze(
    paths: list[str] | None = None,
    *,
    min_score: float | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    topics_file: str | None = None,
    progress: Progress = _quiet,
) -> Analysis:
    """Load the articles at `paths` (the bundled corpus when empty) and analyse them.

    Topics are pinned by `topics_file`, or by the bundled topic file for the bundled corpus;
    any other corpus gets automatic topics.
    """
    pinned = load_topic_file(topics_file) if topics_file else ([] if paths else bundled_topics())
    sources, passages, problems = load_sources(paths, max_bytes, progress)
    groups, group_terms = align_groups(sources, passages, min_score, progress)
    language = sources[0].language if sources else "de"
    groups, topics = build_topics(groups, group_terms, pinned, language)
    progress("claims", 0.8)
    claims = extract_claims(sources, passages)
    conflicts = find_conflicts(sources, claims, groups)
    progress("done", 1.0)
    return Analysis(
        sources=sources,
        passages=passages,
        groups=groups,
        topics=topics,
        claims=claims,
        conflicts=conflicts,
        problems=problems,
    )


def align_groups(
    sources: list[Source],
    passages: list[Passage],
    min_score: float | None = None,
    progress: Progress = _quiet,
) -> tuple[list[Group], dict[str, set[str]]]:
    language = {s.id: s.language for s in sources}
    content = [p for p in passages if p.kind == "content"]
    items = [(p.id, p.source, p.text, language[p.source]) for p in content]
    result = align(
        items,
        DEFAULT_MIN_SCORE if min_score is None else min_score,
        progress=lambda f: progress("aligning", 0.3 + 0.4 * f),
    )
    groups = []
    group_terms: dict[str, set[str]] = {}
    scores = group_scores(result.groups, result.pairs)
    for members, score in zip(result.groups, scores, strict=True):
        ids = [content[i].id for i in members]
        group_terms[group_id(ids)] = set().union(
            *(result.features[i].terms | result.features[i].anchors for i in members)
        )
        terms = shared_terms(members, result.features, result.weights)
        groups.append(
            Group(
                id=group_id(ids),
                topic="",
                label=_group_label(terms, language.get(content[members[0]].source, "de")),
                passages=ids,
                score=score,
                shared_terms=terms,
            )
        )
    return groups, group_terms


def _group_label(terms: list[str], language: str) -> str:
    shown = []
    for term in terms:
        if term.startswith("e:"):
            continue
        if term.startswith("q:"):
            _, unit, value = term.split(":")
            term = format_value(float(value), unit, language)
        elif term.startswith(("y:", "quarter:")):
            term = term.split(":", 1)[1] if term.startswith("y:") else f"Q{term[-1]}"
        shown.append(term)
        if len(shown) == 3:
            break
    return " · ".join(shown) or "(shared wording)"
