"""The whole analysis, stage after stage, as one plain function with progress callbacks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from seedview.model.clean import classify
from seedview.model.load import DEFAULT_MAX_BYTES, LoadError, discover, read_document
from seedview.model.schema import Analysis, Passage, Source
from seedview.model.segment import cut_passages
from seedview.model.sources import (
    bundled_corpus_paths,
    describe_source,
    detect_language,
    outlet_for,
    title_hint_for,
)

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
    progress: Progress = _quiet,
) -> Analysis:
    """Load the articles at `paths` (the bundled corpus when empty) and analyse them."""
    sources, passages, problems = load_sources(paths, max_bytes, progress)
    progress("done", 1.0)
    return Analysis(sources=sources, passages=passages, problems=problems)
