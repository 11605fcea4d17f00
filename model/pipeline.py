"""The whole analysis, stage after stage, as one plain function with progress callbacks."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard, TypeVar, cast

from seedview.model.load import DEFAULT_MAX_BYTES
from seedview.model.reading import (
    AT_ONCE_BYTES as AT_ONCE_BYTES,
)
from seedview.model.reading import (
    AT_ONCE_FILES as AT_ONCE_FILES,
)
from seedview.model.reading import (
    TextCorpus as TextCorpus,
)
from seedview.model.reading import (
    file_jobs,
    read_text,
    read_text_job,
)
from seedview.model.reading import (
    prepare_text_at_once as prepare_text_at_once,
)
from seedview.model.reading import (
    read_unread as read_unread,
)

if TYPE_CHECKING:
    import multiprocessing.connection
    import multiprocessing.context

    from seedview.model.load import Discovery
    from seedview.model.normalize import Features
    from seedview.model.schema import Analysis, Claim, Group, Passage, Source, Topic

# Every stage is imported where it runs: the app shows the articles' text first, and the
# imports of the later stages (rapidfuzz, the claim and quantity grammars) would delay it;
# the command line imports this module for its exceptions, before the app's first frame, and
# a cached analysis needs neither cleaning nor segmenting (nor their regular expressions).

_Job = TypeVar("_Job")
_Result = TypeVar("_Result")

Progress = Callable[[str, float], None]
"""Called with a stage name and the fraction done (0..1) of the whole analysis."""


def _quiet(stage: str, fraction: float) -> None:
    """No progress display."""


class NothingLoaded(Exception):
    """No article could be loaded; the message lists why, one line per file."""


# From this many files on, the per-article stages run in worker processes, one per core:
# starting a worker (and loading its lemma tables) costs about 1.5 s, an article about 10 ms
# (bench/scale.py).
PARALLEL_FROM = 64


def load_sources(
    paths: list[str] | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress = _quiet,
    workers: int | None = 1,
) -> tuple[list[Source], list[Passage], list[str]]:
    """Load, clean and segment. Returns sources, passages and one problem line per bad file.

    `workers`: see `analyze`.
    """
    corpus = _prepare_corpus(paths, max_bytes, progress, workers, deep=False)
    return corpus.sources, corpus.passages, corpus.problems


@dataclass(frozen=True)
class Prepared:
    """One article through every stage that needs no other article."""

    source: Source
    passages: list[Passage]
    features: list[Features]  # of its content passages, in order; empty unless deep
    claims: list[Claim]  # empty unless deep
    headings: list[Features] = field(default_factory=list)  # of its headings, if made


@dataclass
class Corpus:
    """The articles through every stage that needs no other article: what alignment, topics
    and conflicts start from, and all a stricter or looser alignment has to redo."""

    sources: list[Source] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    features: list[Features] = field(default_factory=list)  # of the content passages, in order
    claims: list[Claim] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    deep: bool = False  # features and claims made
    pinned: list[tuple[str, list[str]]] = field(default_factory=list)  # topics from a topic file
    # Of the heading passages, in order, when the workers made them (`_overlapped`); else
    # alignment makes them.
    heading_features: list[Features] = field(default_factory=list)


def _prepare_corpus(
    paths: list[str] | None,
    max_bytes: int,
    progress: Progress,
    workers: int | None,
    deep: bool,
) -> Corpus:
    found, files = file_jobs(paths, max_bytes)
    corpus = Corpus(problems=[str(problem) for problem in found.problems], deep=deep)
    in_workers = (workers or 1) > 1 or (workers is None and len(files) >= PARALLEL_FROM)
    # In this process, all the text first (issue 11): then the sentence encoder works on it
    # in a thread while the sentences are normalised and their claims found (`deepen`); it
    # loads only if the vector store lacks some of them.
    later = deep and not in_workers
    corpus.deep = deep and not later
    jobs = [(*file, corpus.deep) for file in files]
    total = max(1, len(jobs))
    for index, result in enumerate(_prepare_all(jobs, workers)):
        progress("loading", 0.3 * index / total)
        if _took(result, corpus):
            corpus.claims.extend(result.claims)
    if not corpus.sources:
        raise NothingLoaded("\n".join(corpus.problems) or "no articles given")
    if later:
        deepen(corpus, progress, workers=1)
    return corpus


def _took(result: Prepared | str, corpus: Corpus) -> TypeGuard[Prepared]:
    """An article prepared, added to the corpus; a problem line, noted (and False)."""
    if isinstance(result, str):
        corpus.problems.append(result)
        return False
    corpus.sources.append(result.source)
    corpus.passages.extend(result.passages)
    corpus.features.extend(result.features)
    return True


def _prepare_all(
    jobs: list[tuple[Path, str, int, bool]], workers: int | None
) -> Iterator[Prepared | str]:
    """Each file prepared, or the line saying why it could not be loaded, in order."""
    return _in_workers(_prepare_job, jobs, workers)


def _in_workers(
    function: Callable[[_Job], _Result], jobs: list[_Job], workers: int | None
) -> Iterator[_Result]:
    """`function` over `jobs`, in order; in worker processes when `workers` asks for them
    (None: one per core once there are PARALLEL_FROM jobs)."""
    if workers is None:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
        workers = min(workers, 8) if len(jobs) >= PARALLEL_FROM else 1
    if workers <= 1:
        yield from (function(job) for job in jobs)
        return
    context = _start_method()
    forked = context.get_start_method() == "fork"
    from concurrent.futures import ProcessPoolExecutor

    from seedview.model.normalize import warm_up

    if forked:
        warm_up()  # forked workers inherit the loaded lemma tables instead of each loading them
    chunk = max(1, len(jobs) // (workers * 8))
    with _stderr_with_descriptor() as captured:
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_silence if captured else None,
        )
        results = pool.map(function, jobs, chunksize=chunk)
    try:
        if not forked:
            warm_up()  # alignment needs the tables here too: load them while the workers start
        yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _stderr_with_descriptor() -> Iterator[bool]:
    """Starting worker processes needs `sys.stderr` to be a real file: multiprocessing hands
    its descriptor to the process that tracks shared resources. An app that captures stderr
    (Textual does, with a descriptor of -1) gets the process's own stderr back for that
    moment. Yields whether stderr was captured."""
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        yield False
        return
    captured, sys.stderr = sys.stderr, sys.__stderr__
    try:
        yield True
    finally:
        sys.stderr = captured


def _silence() -> None:
    """Workers of an app that owns the terminal must not write to it (a warning would
    scribble over the screen); their errors still reach the parent through their results."""
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker


def _start_method() -> multiprocessing.context.BaseContext:
    """ "fork" where it is safe, else "spawn".

    A forked worker starts at once with everything the parent has loaded. But forking while
    another thread runs (the TUI analyses in a thread) can copy a lock that thread holds into
    the child, and on macOS system libraries break under fork: there, "spawn" starts fresh
    interpreters, which import this module and load the lemma tables again.
    """
    import multiprocessing

    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _prepare_job(job: tuple[Path, str, int, bool]) -> Prepared | str:
    return _prepare(*job)


def _prepare(path: Path, source_id: str, max_bytes: int, deep: bool) -> Prepared | str:
    """Load, clean and segment one file; if `deep`, also normalise its sentences and extract
    its claims. Returns the reason instead if the file cannot be loaded."""
    read = read_text(path, source_id, max_bytes)
    if isinstance(read, str):
        return read
    source, passages = read[0].to_schema(), [p.to_schema() for p in read[1]]
    if not deep:
        return Prepared(source, passages, [], [])
    return _deepen_one((source, passages))


def _deepen_one(job: tuple[Source, list[Passage]]) -> Prepared:
    """Normalise one article's content sentences and extract its claims."""
    from seedview.model.claims import source_claims

    source, passages = job
    analysed = _analysed(passages)
    return Prepared(
        source, passages, _features_of(source, analysed), source_claims(source, analysed)
    )


def _analysed(passages: list[Passage]) -> list[Passage]:
    # issue 13: terminal control sequences are no words and no figures ("\x1b[0m dollars" is
    # not "0m dollars"): analysis sees them as spaces of the same length, so offsets hold.
    return [_without_control_sequences(p) for p in passages]


def _features_of(source: Source, analysed: list[Passage]) -> list[Features]:
    from seedview.model.normalize import featurize

    content = [(p.id, p.source, p.text, source.language) for p in analysed if p.kind == "content"]
    return featurize(content)


def _without_control_sequences(passage: Passage) -> Passage:
    from seedview.model.sanitize import blank_control_sequences

    blanked = blank_control_sequences(passage.text)
    return passage if blanked is passage.text else passage.model_copy(update={"text": blanked})


def prepare(
    paths: list[str] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    topics_file: str | None = None,
    progress: Progress = _quiet,
    workers: int | None = 1,
    deep: bool = True,
) -> Corpus:
    """Each article alone through loading, cleaning and segmenting; with `deep`, also
    normalising and claims (else `deepen` does that later: the text can be shown first).
    Reads the topic file first, so a bad one fails before any work. `workers`: see `analyze`.
    """
    pinned = pinned_topics(paths, topics_file)
    corpus = _prepare_corpus(paths, max_bytes, progress, workers, deep=deep)
    corpus.pinned = pinned
    return corpus


def prepare_text(
    paths: list[str] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress = _quiet,
    workers: int | None = 1,
) -> TextCorpus:
    """Only what shows the articles' text: loading, cleaning and segmenting, without the
    topic file and without importing the schema or any later stage (issue 11)."""
    found, files = file_jobs(paths, max_bytes)
    text = TextCorpus(problems=[str(problem) for problem in found.problems])
    total = max(1, len(files))
    for index, result in enumerate(_in_workers(read_text_job, files, workers)):
        progress("loading", 0.3 * index / total)
        if isinstance(result, str):
            text.problems.append(result)
            continue
        text.sources.append(result[0])
        text.passages.extend(result[1])
    if not text.sources:
        raise NothingLoaded("\n".join(text.problems) or "no articles given")
    return text


def corpus_from_text(text: TextCorpus) -> Corpus:
    """The validated corpus the analysis starts from (`deepen`, then `finish`), without the
    topic file (set `pinned` before `finish`)."""
    return Corpus(
        sources=[source.to_schema() for source in text.sources],
        passages=[passage.to_schema() for passage in text.passages],
        problems=list(text.problems),
    )


def pinned_topics(paths: list[str] | None, topics_file: str | None) -> list[tuple[str, list[str]]]:
    """Topics pinned by `topics_file`, or by the bundled topic file for the bundled corpus."""
    from seedview.model.topics import bundled_topics, load_topic_file

    return load_topic_file(topics_file) if topics_file else ([] if paths else bundled_topics())


def deepen(corpus: Corpus, progress: Progress = _quiet, workers: int | None = 1) -> Corpus:
    """Normalise the content sentences and extract the claims of a corpus prepared without
    them (in place; returned for convenience). Nothing to do if already deep."""
    if corpus.deep:
        return corpus
    if workers == 1 or (workers is None and len(corpus.sources) < PARALLEL_FROM):
        _encode_ahead(corpus.passages)
    by_source: dict[str, list[Passage]] = {}
    for passage in corpus.passages:
        by_source.setdefault(passage.source, []).append(passage)
    jobs = [(source, by_source.get(source.id, [])) for source in corpus.sources]
    total = max(1, len(jobs))
    features: list[Features] = []
    claims: list[Claim] = []
    for index, prepared in enumerate(_in_workers(_deepen_one, jobs, workers)):
        progress("normalising", 0.3 * index / total)
        features.extend(prepared.features)
        claims.extend(prepared.claims)
    corpus.features, corpus.claims, corpus.deep = features, claims, True
    return corpus


def _encode_ahead(passages: list[Passage]) -> None:
    """Start the sentence vectors alignment will ask for (of the content passages, when
    there are few enough for the encoder to be used) in a thread: the encoder's numpy
    forward pass runs beside normalising and claims. Never beside worker processes: forking
    while a thread holds a lock can hang the child."""
    from seedview.model.align import SEMANTIC_LIMIT
    from seedview.model.semantic import prefetch

    texts = [p.text for p in passages if p.kind == "content"]
    if 1 < len(texts) <= SEMANTIC_LIMIT:
        prefetch(texts)


def finish(corpus: Corpus, min_score: float | None = None, progress: Progress = _quiet) -> Analysis:
    """Alignment, topics and conflicts over a deep corpus: the stages that need every
    article, and the only ones the alignment score changes."""
    if not corpus.deep:
        raise ValueError("finish needs a deep corpus: call deepen first")
    groups, topics = _grouped(corpus, min_score, progress)
    return _judged(corpus, groups, topics, progress)


def _grouped(
    corpus: Corpus, min_score: float | None, progress: Progress
) -> tuple[list[Group], list[Topic]]:
    """The wording groups and their topics: all of `finish` that needs no claims."""
    from seedview.model.topics import build_topics

    sources, passages = corpus.sources, corpus.passages
    groups, group_terms = align_groups(
        sources, passages, min_score, progress, corpus.features, corpus.heading_features
    )
    language = sources[0].language if sources else "de"
    progress("topics", 0.7)
    text_of = {p.id: p.text for p in passages}
    group_texts = {g.id: [text_of[pid] for pid in g.passages] for g in groups}
    return build_topics(groups, group_terms, corpus.pinned, language, group_texts)


def _judged(
    corpus: Corpus, groups: list[Group], topics: list[Topic], progress: Progress
) -> Analysis:
    """The analysis with the fact groups and conflicts, which need the claims."""
    from seedview.model.ages import story_ages
    from seedview.model.claims import story_prices
    from seedview.model.conflicts import find_conflicts
    from seedview.model.facts import fact_groups
    from seedview.model.schema import Analysis

    sources, passages = corpus.sources, corpus.passages
    language = sources[0].language if sources else "de"
    corpus.claims = story_ages(story_prices(corpus.claims, sources))
    facts, facts_topic = fact_groups(sources, passages, corpus.claims, language)
    if facts_topic is not None:
        groups, topics = [*groups, *facts], [*topics, facts_topic]
    progress("conflicts", 0.9)
    conflicts = find_conflicts(sources, corpus.claims, _without_headings(groups, passages))
    progress("done", 1.0)
    return Analysis(
        sources=sources,
        passages=passages,
        groups=groups,
        topics=topics,
        claims=corpus.claims,
        conflicts=conflicts,
        problems=corpus.problems,
    )


def _without_headings(groups: list[Group], passages: list[Passage]) -> list[Group]:
    """The wording groups as contradictions are judged: without the headings that joined them.

    A headline sums up, without the period or scope its sentence gives ("Meta will 600
    Milliarden US-Dollar investieren" for a plan over several years): beside the year's
    figure of a group it joined, it would read as a contradiction. It is shown with its group;
    its own claims are still compared (fact groups, stances), as before headings joined."""
    headings = {p.id for p in passages if p.kind == "heading"}
    if not headings:
        return groups
    return [
        group.model_copy(update={"passages": [p for p in group.passages if p not in headings]})
        if group.kind == "wording" and headings.intersection(group.passages)
        else group
        for group in groups
    ]


def corpus_of(
    analysis: Analysis, features: list[Features], pinned: list[tuple[str, list[str]]]
) -> Corpus:
    """The deep corpus a finished analysis was made from (with its features), to re-align."""
    return Corpus(
        sources=list(analysis.sources),
        passages=list(analysis.passages),
        features=features,
        claims=list(analysis.claims),
        problems=list(analysis.problems),
        deep=True,
        pinned=pinned,
    )


def cache_key(
    paths: list[str] | None,
    *,
    min_score: float | None,
    max_bytes: int,
    topics_file: str | None,
) -> str | None:
    """The analysis cache key of these articles and options (None: not cacheable)."""
    from seedview.model import cache

    # The default score is keyed as "default" (not imported: a cached analysis needs no
    # alignment code); changing it changes align.py, which is part of the key anyway.
    return cache.key_for(
        paths,
        min_score=min_score,
        max_file_bytes=max_bytes,
        topics_file=topics_file,
    )


def analyze_cached(
    paths: list[str] | None = None,
    *,
    min_score: float | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    topics_file: str | None = None,
    progress: Progress = _quiet,
    workers: int | None = 1,
    use_cache: bool = True,
) -> Analysis:
    """`analyze`, answered from the analysis cache when these articles and options were
    analysed before (and stored there when not). `use_cache=False`: neither read nor write."""
    from seedview.model import cache

    key = (
        cache_key(paths, min_score=min_score, max_bytes=max_bytes, topics_file=topics_file)
        if use_cache
        else None
    )
    entry = cache.load(key) if key else None
    if entry is not None:
        progress("done", 1.0)
        return entry.analysis
    corpus, analysis = _analysis(paths, min_score, max_bytes, topics_file, progress, workers)
    if key:
        cache.store(key, analysis, corpus.features)
    return analysis


def analyze(
    paths: list[str] | None = None,
    *,
    min_score: float | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    topics_file: str | None = None,
    progress: Progress = _quiet,
    workers: int | None = 1,
) -> Analysis:
    """Load the articles at `paths` (the bundled corpus when empty) and analyse them.

    Topics are pinned by `topics_file`, or by the bundled topic file for the bundled corpus;
    any other corpus gets automatic topics.

    Each article is first taken alone through loading, cleaning, segmenting, normalising and
    claims; only alignment, topics and conflicts need them all. `workers` is how many
    processes share that first part: None for one per available core once the corpus is
    large (PARALLEL_FROM files). Workers are started with "spawn", which imports the caller's
    main module again, so only a program whose main module is guarded by
    `if __name__ == "__main__"` may pass None (seedview's own commands do); the default
    stays in this process.
    """
    return _analysis(paths, min_score, max_bytes, topics_file, progress, workers)[1]


def _analysis(
    paths: list[str] | None,
    min_score: float | None,
    max_bytes: int,
    topics_file: str | None,
    progress: Progress,
    workers: int | None,
) -> tuple[Corpus, Analysis]:
    """`prepare` and `finish`; with forked worker processes, the claims are found in them
    while this process aligns (`_overlapped`)."""
    pinned = pinned_topics(paths, topics_file)
    found, files = file_jobs(paths, max_bytes)
    processes = _process_count(workers, len(files))
    if processes > 1 and _start_method().get_start_method() == "fork":
        return _overlapped(found, files, min_score, progress, processes, pinned)
    corpus = _prepare_corpus(paths, max_bytes, progress, workers, deep=True)
    corpus.pinned = pinned
    return corpus, finish(corpus, min_score, progress)


def _process_count(workers: int | None, jobs: int) -> int:
    """How many worker processes `_in_workers` starts for this many jobs (1: none)."""
    if workers is None:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
        workers = min(workers, 8) if jobs >= PARALLEL_FROM else 1
    return workers


# Issue 11: the files `_overlapped` shares out, set just before its workers are forked: each
# reads its share from its copy of this process's memory.
_FILES: list[tuple[Path, str, int]] = []


def _overlapped(
    found: Discovery,
    files: list[tuple[Path, str, int]],
    min_score: float | None,
    progress: Progress,
    processes: int,
    pinned: list[tuple[str, list[str]]],
) -> tuple[Corpus, Analysis]:
    """The whole analysis with the claims found beside alignment (issue 11).

    Each forked worker takes every `processes`-th file: it loads, cleans, segments and
    normalises them and sends them here, then finds their claims while this process aligns
    the sentences and names the topics, which need no claims. Claims are most of the
    per-article work and alignment most of the rest: run one after the other, a core stood
    idle during alignment. A worker keeps its own articles for their claims (nothing is
    sent twice) and the words it has read (normalising and claims ask the same questions
    of a sentence). Fact groups and conflicts follow. The same results as `prepare` and
    `finish`: each claim is found by the same function from the same passages, in order."""
    import multiprocessing
    import multiprocessing.connection

    from seedview.model.normalize import warm_up

    global _FILES
    warm_up()  # the workers inherit the lemma tables instead of each loading them
    context = multiprocessing.get_context("fork")
    receivers: list[multiprocessing.connection.Connection] = []
    workers = []
    _FILES = files
    try:
        with _stderr_with_descriptor() as captured:
            for share in range(processes):
                receiver, sender = context.Pipe(duplex=False)
                worker = context.Process(
                    target=_share_worker, args=(share, processes, sender, captured), daemon=True
                )
                worker.start()
                sender.close()
                receivers.append(receiver)
                workers.append(worker)
    finally:
        _FILES = []
    try:
        prepared: dict[int, Prepared | str] = {}
        claims: dict[int, list[Claim]] = {}

        sending = list(receivers)  # the workers whose claims have not come yet

        def receive(until: Callable[[], bool]) -> None:
            while not until():
                for ready in multiprocessing.connection.wait(sending):
                    receiver = cast("multiprocessing.connection.Connection", ready)
                    try:
                        kind, batch = receiver.recv()
                    except EOFError:
                        raise RuntimeError("a worker process stopped unexpectedly") from None
                    if kind == "error":
                        raise cast(Exception, batch)
                    if kind == "claims":
                        claims.update(batch)
                        sending.remove(receiver)
                    else:
                        prepared.update(batch)
                        progress("loading", 0.3 * len(prepared) / max(1, len(files)))

        receive(lambda: len(prepared) == len(files))
        corpus = Corpus(problems=[str(problem) for problem in found.problems], pinned=pinned)
        for index in range(len(files)):
            result = prepared.pop(index)
            if _took(result, corpus):
                corpus.heading_features.extend(result.headings)
        if not corpus.sources:
            raise NothingLoaded("\n".join(corpus.problems) or "no articles given")
        corpus.deep = True  # its claims are filled in below, before anything reads them
        groups, topics = _grouped(corpus, min_score, progress)
        progress("claims", 0.8)
        receive(lambda: len(claims) == len(corpus.sources))
        corpus.claims = [claim for index in sorted(claims) for claim in claims[index]]
    except BaseException:
        for worker in workers:
            worker.terminate()
        raise
    finally:
        for worker in workers:
            worker.join()
        for receiver in receivers:
            receiver.close()
    progress("facts", 0.85)
    return corpus, _judged(corpus, groups, topics, progress)


def _share_worker(
    share: int, shares: int, sender: multiprocessing.connection.Connection, silence: bool
) -> None:
    """`_overlapped`'s worker: its files prepared, sent a few at a time, then their claims,
    sent at once (this process reads them only after aligning: a send that waited for it
    would stop the worker)."""
    if silence:
        _silence()
    try:
        mine: list[tuple[int, Source, list[Passage]]] = []
        batch: list[tuple[int, Prepared | str]] = []
        for index in range(share, len(_FILES), shares):
            result = _featured_job(_FILES[index])
            batch.append((index, result))
            if not isinstance(result, str):
                mine.append((index, result.source, result.passages))
            if len(batch) == 8:
                sender.send(("prepared", batch))
                batch = []
        sender.send(("prepared", batch))
        sender.send(("claims", [(i, _claims_of((source, p))) for i, source, p in mine]))
    except Exception as error:  # the parent raises it
        try:
            sender.send(("error", error))
        except Exception:  # an error that cannot be pickled
            sender.send(("error", RuntimeError(f"{type(error).__name__}: {error}")))
    finally:
        sender.close()


def _featured_job(job: tuple[Path, str, int]) -> Prepared | str:
    """Load, clean, segment and normalise one file, its headings too (no claims), or say
    why it cannot be loaded."""
    from seedview.model.normalize import featurize

    read = read_text(*job)
    if isinstance(read, str):
        return read
    source, passages = read[0].to_schema(), [p.to_schema() for p in read[1]]
    analysed = _analysed(passages)
    headings = [p for p in analysed if p.kind == "heading"]
    return Prepared(
        source,
        passages,
        _features_of(source, analysed),
        [],
        featurize([(p.id, p.source, p.text, source.language) for p in headings]),
    )


def _claims_of(article: tuple[Source, list[Passage]]) -> list[Claim]:
    from seedview.model.claims import source_claims

    source, passages = article
    return source_claims(source, _analysed(passages))


def align_groups(
    sources: list[Source],
    passages: list[Passage],
    min_score: float | None = None,
    progress: Progress = _quiet,
    features: list[Features] | None = None,
    heading_features: list[Features] | None = None,
) -> tuple[list[Group], dict[str, set[str]]]:
    """Groups of matching passages; `features`: the content passages' own, if already made,
    and `heading_features` the headings' (of the text with control sequences blanked)."""
    from seedview.model.align import (
        DEFAULT_MIN_SCORE,
        align,
        attach_headings,
        group_id,
        group_scores,
        shared_terms,
    )
    from seedview.model.labels import group_label
    from seedview.model.normalize import featurize
    from seedview.model.sanitize import blank_control_sequences
    from seedview.model.schema import Group

    language = {s.id: s.language for s in sources}
    content = [p for p in passages if p.kind == "content"]
    position = {p.id: index for index, p in enumerate(passages)}
    items = [(p.id, p.source, p.text, language[p.source]) for p in content]
    if features and [f.passage for f in features] != [p.id for p in content]:
        raise ValueError("features do not belong to these passages, in this order")
    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    result = align(
        items,
        threshold,
        progress=lambda f: progress("aligning", 0.3 + 0.4 * f),
        features=features or None,
    )
    headings = [p for p in passages if p.kind == "heading"]
    if not heading_features or [f.passage for f in heading_features] != [p.id for p in headings]:
        heading_features = featurize(
            [
                (p.id, p.source, blank_control_sequences(p.text), language[p.source])
                for p in headings
            ]
        )
    headings_of = attach_headings(
        result,
        heading_features,
        [p.text for p in headings],
        [p.text for p in content],
        threshold,
    )
    groups = []
    group_terms: dict[str, set[str]] = {}
    scores = group_scores(result.groups, result.pairs)
    for members, score, joining in zip(result.groups, scores, headings_of, strict=True):
        ids = sorted(
            [content[i].id for i in members] + [headings[h].id for h in joining],
            key=position.__getitem__,
        )
        # The labels weigh the members' terms: those of the features, where the text
        # analysed is the passage's own (no control sequences blanked).
        every = [result.features[i].terms | result.features[i].anchors for i in members]
        terms_of = {
            content[i].text: words
            for i, words in zip(members, every, strict=True)
            if blank_control_sequences(content[i].text) is content[i].text
        }
        group_terms[group_id(ids)] = set().union(*every)
        terms = shared_terms(members, result.features, result.weights)
        groups.append(
            Group(
                id=group_id(ids),
                topic="",
                label=group_label(
                    [content[i].text for i in members],
                    terms,
                    result.weights,
                    language.get(content[members[0]].source, "de"),
                    terms_of,
                ),
                passages=ids,
                score=score,
                shared_terms=terms,
            )
        )
    return groups, group_terms
