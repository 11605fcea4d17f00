"""Reading articles into plain records: loading, cleaning and segmenting, the text the app
shows first (issue 11).

Everything here runs before the app's first frame, so this module is kept to what that needs:
it imports the loader at once and cleaning, segmenting and the source details where they run,
and nothing of the analysis or the schema (`model/records.py` holds plain dataclasses). The
pipeline (`model/pipeline.py`, 900 lines the first frame does not need) builds on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from seedview.model.load import DEFAULT_MAX_BYTES, LoadError, discover, read_document

if TYPE_CHECKING:
    from seedview.model.load import Discovery
    from seedview.model.records import PassageText, SourceText

from seedview.model.records import TextCorpus as TextCorpus  # where it lived before


def file_jobs(
    paths: list[str] | None, max_bytes: int
) -> tuple[Discovery, list[tuple[Path, str, int]]]:
    """The files to load (the bundled corpus if no paths), each with its unique id."""
    from seedview.model.sources import bundled_corpus_paths

    found = discover(paths if paths else bundled_corpus_paths())
    used: set[str] = set()
    return found, [(path, _unique_id(path, used), max_bytes) for path in found.files]


def read_text(
    path: Path, source_id: str, max_bytes: int
) -> tuple[SourceText, list[PassageText]] | str:
    """Load, clean and segment one file into plain records (no schema: issue 11), or the
    reason it cannot be loaded."""
    from seedview.model.clean import classify
    from seedview.model.segment import passage_texts
    from seedview.model.sources import detect_language, outlet_for, source_text, title_hint_for

    try:
        raw = read_document(path, max_bytes)
    except LoadError as error:
        return str(error)
    outlet = outlet_for(raw.path)
    blocks = classify(raw.text, outlet=outlet, title_hint=title_hint_for(raw.path))
    language = detect_language(raw.text)
    source = source_text(raw, source_id, blocks, language)
    return source, passage_texts(source_id, raw.text, blocks, outlet)


def read_text_job(job: tuple[Path, str, int]) -> tuple[SourceText, list[PassageText]] | str:
    return read_text(*job)


def _unique_id(path: Path, used: set[str]) -> str:
    from seedview.model.sanitize import literal

    base = literal(path.stem) or "source"  # issue 13: an id is shown; no control characters
    candidate, counter = base, 2
    while candidate in used:
        candidate = f"{base}-{counter}"
        counter += 1
    used.add(candidate)
    return candidate


# A corpus this small is read before the app's first frame, which then shows its text (issue
# 11): reading the five bundled articles takes about 60 ms, while an empty first frame and
# the frames after it, drawn while a worker thread reads them, held the text back by more.
AT_ONCE_FILES = 12
AT_ONCE_BYTES = 300_000


def prepare_text_at_once(
    paths: list[str] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    first_only: bool = False,
) -> TextCorpus | None:
    """`prepare_text` for a corpus of at most AT_ONCE_FILES files and AT_ONCE_BYTES in all;
    None for a larger one, or one of which nothing can be loaded (the caller then reads it
    as usual, in a worker, and reports why). `first_only`: stop after the first article
    that loads and leave the other files in `unread` (the app shows only that one first:
    reading the other four bundled articles took 30-40 ms before its first frame)."""
    found, files = file_jobs(paths, max_bytes)
    if len(files) > AT_ONCE_FILES:
        return None
    try:
        if sum(path.stat().st_size for path, _, _ in files) > AT_ONCE_BYTES:
            return None
    except OSError:
        return None
    text = TextCorpus(problems=[str(problem) for problem in found.problems])
    for index, job in enumerate(files):
        _add_read(text, read_text_job(job))
        if first_only and text.sources:
            text.unread = files[index + 1 :]
            break
    return text if text.sources else None


def _add_read(text: TextCorpus, result: tuple[SourceText, list[PassageText]] | str) -> None:
    if isinstance(result, str):
        text.problems.append(result)
        return
    text.sources.append(result[0])
    text.passages.extend(result[1])


def read_unread(text: TextCorpus) -> TextCorpus:
    """Read the files `prepare_text_at_once` left unread and add them to `text` (in the
    order of the corpus, as if read at once); returns what they added, problems included."""
    added = TextCorpus()
    for job in text.unread:
        _add_read(added, read_text_job(job))
    text.unread = []
    text.sources.extend(added.sources)
    text.passages.extend(added.passages)
    text.problems.extend(added.problems)
    return added
