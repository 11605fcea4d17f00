"""The seedview terminal app: topic tree, source pane, diff pane; analysis in a worker thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.widget import Widget
from textual.widgets import Static, Tree

from seedview.tui import gc_pause, settings
from seedview.tui.commands import JumpCommands, SeedviewCommands
from seedview.tui.diff_pane import DiffColumns, DiffPane, conflict_title, group_title
from seedview.tui.safe_text import visible
from seedview.tui.source_view import SourceView
from seedview.tui.topic_tree import NodeData, TopicTree

if TYPE_CHECKING:  # the model loads in the worker, after the first frame
    from collections.abc import Iterable

    from textual.notifications import SeverityLevel
    from textual.screen import Screen

    from seedview.model.marks import MarkStore
    from seedview.model.pipeline import Corpus
    from seedview.model.read_ahead import ReadAhead
    from seedview.model.reading import TextCorpus
    from seedview.model.records import AnyMark, AnyPassage, AnySource, MarkRow, SourceText
    from seedview.model.schema import Analysis, Claim, Conflict, Mark

NARROW = 120
# From this width the topic tree is wider: its labels are sentences, cut short at 32 columns.
WIDE = 170


class _Shown(NamedTuple):
    """The articles' text, their mark store and marks: what the reading view shows first."""

    text: TextCorpus
    store: MarkStore
    rows: list[MarkRow]
    opened: bool  # the store was opened for this app: a problem with it is told once


SCORE_STEP = 0.02


class SeedviewApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "seedview"
    COMMANDS = App.COMMANDS | {SeedviewCommands, JumpCommands}

    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit", tooltip="leave seedview"),
        Binding("question_mark", "help", "Help", key_display="?", id="help", tooltip="every key"),
        Binding(
            "n",
            "next_conflict",
            "Next conflict",
            id="next-conflict",
            tooltip="jump to the next contradiction",
        ),
        Binding(
            "N",
            "previous_conflict",
            "Prev conflict",
            key_display="N",
            id="previous-conflict",
            show=False,
            tooltip="jump to the previous contradiction",
        ),
        Binding(
            "right_square_bracket",
            "next_group",
            "Next matched passage",
            key_display="]",
            id="next-group",
            show=False,
            tooltip="next passage of this source that other sources match",
        ),
        Binding(
            "left_square_bracket",
            "previous_group",
            "Prev matched passage",
            key_display="[",
            id="previous-group",
            show=False,
            tooltip="previous passage of this source that other sources match",
        ),
        Binding(
            "slash",
            "search",
            "Search",
            key_display="/",
            id="search",
            tooltip="all passages: exact and word starts first, then close spellings",
        ),
        Binding(
            "greater_than_sign",
            "next_hit",
            "Next hit",
            key_display=">",
            id="next-hit",
            show=False,
            tooltip="the next search hit",
        ),
        Binding(
            "less_than_sign",
            "previous_hit",
            "Prev hit",
            key_display="<",
            id="previous-hit",
            show=False,
            tooltip="the previous search hit",
        ),
        Binding(
            "m,space",
            "toggle_mark",
            "Mark",
            key_display="m",
            id="mark",
            show=False,
            tooltip="mark or unmark the passage",
        ),
        Binding("a", "annotate", "Note", id="note", show=False, tooltip="mark with a short note"),
        Binding("v", "marks", "Marks", id="marks", show=False, tooltip="list all marks"),
        Binding(
            "e",
            "export",
            "Export",
            id="export",
            show=False,
            tooltip="write marked passages to a file",
        ),
        Binding(
            "y",
            "copy_passage",
            "Copy passage",
            id="copy",
            show=False,
            tooltip="the current passage with its citation, to the clipboard",
        ),
        Binding(
            "Y",
            "copy_marks",
            "Copy marks",
            key_display="Y",
            id="copy-marks",
            show=False,
            tooltip="the marked passages as Markdown, to the clipboard",
        ),
        Binding(
            "f",
            "facts",
            "Facts",
            id="facts",
            show=False,  # in the footer of the tree and the matches, where it applies
            tooltip="a table of every source's figure for what is shown (or all of them)",
        ),
        Binding(
            "z",
            "zoom",
            "Zoom",
            id="zoom",
            show=False,  # the matches pane shows it in the footer: at 80 columns it would not fit
            tooltip="the focused pane at full width, or back",
        ),
        Binding(
            "b",
            "toggle_furniture",
            "Furniture",
            id="furniture",
            show=False,
            tooltip="hide or show page furniture",
        ),
        Binding(
            "d",
            "toggle_pane",
            "Article/matches",
            id="pane",
            show=False,
            tooltip="narrow screens: swap the article and the matches",
        ),
        Binding(
            "plus",
            "score(1)",
            "Stricter",
            key_display="+",
            id="stricter",
            show=False,
            tooltip="raise the minimum alignment score",
        ),
        Binding(
            "minus",
            "score(-1)",
            "Looser",
            key_display="-",
            id="looser",
            show=False,
            tooltip="lower the minimum alignment score",
        ),
        Binding("t", "change_theme", "Theme", show=False, tooltip="pick a colour theme (kept)"),
        Binding(
            "h",
            "focus_left",
            "Left pane",
            show=False,
            tooltip="topics ← article ← matches (in the tree: collapse a topic first)",
        ),
        Binding(
            "l",
            "focus_right",
            "Right pane",
            show=False,
            tooltip="topics → article → matches (in the tree: expand a topic first)",
        ),
        *[
            Binding(str(n), f"pick_source({n - 1})", f"Source {n}", show=False)
            for n in range(1, 10)
        ],
    ]

    def __init__(
        self,
        paths: list[str] | None = None,
        *,
        min_score: float | None = None,
        max_bytes: int = 20_000_000,
        topics_file: str | None = None,
        processes: int | None = 1,
        use_cache: bool = True,
        read_ahead: ReadAhead | None = None,
    ) -> None:
        """`processes`: for the per-article stages of a large corpus; None for one per core.
        Only a program whose main module is guarded by `if __name__ == "__main__"` may pass
        None (those processes import it again); the `seedview` command does.
        `use_cache`: read and write the analysis cache (off: always analyse afresh).
        `read_ahead`: the first article of these `paths`, being read in a child process
        (`model/read_ahead.py`, started by the `seedview` command); the app takes it when it
        mounts, or reads the article itself if the child did not."""
        super().__init__()
        self.read_ahead = read_ahead
        self.use_cache = use_cache
        self.corpus: Corpus | None = None  # prepared articles: +/- re-align only from here
        self.analysing = True  # the text may show already; groups, topics, conflicts not yet
        self.paths = paths or []
        self.processes = processes
        self.min_score = min_score
        self.max_bytes = max_bytes
        self.topics_file = topics_file
        self.analysis: Analysis | None = None
        # The text's plain records until the analysis ends, its validated models after.
        self.sources: dict[str, AnySource] = {}
        self.passages: dict[str, AnyPassage] = {}
        self.by_source: dict[str, list[AnyPassage]] = {}
        self.group_of: dict[str, str] = {}
        self.group_order: list[str] = []  # as the tree lists them: numbering follows it
        self.claims: dict[str, Claim] = {}
        self.real_conflicts: list[Conflict] = []
        self.conflicts_of: dict[str, list[Conflict]] = {}
        self.marks: dict[str, AnyMark] = {}
        self.current_source = ""
        self.conflict_index = -1
        self.hits: list[str] = []
        self.last_query = ""
        self.hit_index = -1
        self.store: MarkStore | None = None
        self.showing: tuple[str, str] = ("", "")  # what the diff pane shows, to skip rebuilds
        self.settings = settings.load()
        self.export_format = "md"  # the export dialog offers the last format again
        self._text_shown = threading.Event()  # the analysis waits: its imports would delay it
        # issue 13: what the command prints on stderr after the app exits (one line per file
        # that could not be loaded) and whether nothing loaded at all (exit status 2).
        self.load_problems: list[str] = []
        self.nothing_loaded = False

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notifications carry paths and names: never parsed as markup, controls as symbols."""
        super().notify(
            visible(message) if not markup else message,
            title=visible(title),
            severity=severity,
            timeout=timeout,
            markup=markup,
        )

    # --- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        self._apply_width(self.size.width)  # before the first layout, not after it
        with Horizontal(id="main"):
            tree = TopicTree(id="tree")
            tree.border_title = "Topics"
            yield tree
            source = SourceView(id="source")
            source.border_title = "Article"
            yield source
            diff = DiffPane(Text("Analysing the articles…", style="dim"), id="diff")
            diff.border_title = "Matches"
            yield diff
        yield Static(Text("Analysing…"), id="status")

    def on_load(self) -> None:
        # issue 11: no garbage collection until a small corpus's text is on screen (reading
        # it and the first frame set off about sixty collections, 30-50 ms, see gc_pause).
        gc_pause.pause()

    def on_unmount(self) -> None:
        gc_pause.resume()
        if self.read_ahead is not None:  # not taken: the app ended before it mounted
            self.read_ahead.close()

    def on_mount(self) -> None:
        theme = self.settings.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self.query_one(TopicTree).focus()
        # A few small articles are read here, before the first frame, which then shows their
        # text (issue 11): an empty first frame and the frames drawn while a worker thread
        # read them cost more than reading them. A larger corpus is read in the worker, beside
        # the first frame: reading, cleaning and segmenting need no analysis module. The
        # analysis waits for the text's frame. The footer (a widget per key) comes after the
        # text: it was a third of the layout work of the first frame, and would hold back the
        # text's.
        shown = self._text_at_once()
        if shown is not None:
            self._texts_loaded(shown)
        else:  # a larger corpus is read in the worker: not without collecting
            gc_pause.resume()
        self.run_analysis(shown)

    def _text_at_once(self) -> _Shown | None:
        """The text and marks of a small corpus, read now; None for a larger one."""
        ahead, self.read_ahead = self.read_ahead, None
        if self.topics_file:  # a bad topic file fails before any work, in the worker
            if ahead is not None:
                ahead.close()
            return None
        if ahead is not None:
            done, read = ahead.take()
            if done:
                return None if read is None else self._with_marks(read)
        from seedview.model.reading import prepare_text_at_once

        text = prepare_text_at_once(self.paths or None, max_bytes=self.max_bytes, first_only=True)
        return None if text is None else self._with_marks(text)

    def _with_marks(self, text: TextCorpus) -> _Shown:
        """The articles with the mark store and their marks (the store opened once)."""
        from seedview.model.marks import MarkStore

        store = self.store if self.store is not None else MarkStore()
        return _Shown(text, store, self._marks_of(store, text.sources), self.store is None)

    async def _mount_footer(self) -> None:
        main = self.screen_stack[0] if self.screen_stack else None  # under any dialog opened
        from textual.widgets import Footer  # imported with it: not before the first frame

        if main is not None and main.is_attached and not main.query(Footer):  # not if quit
            await main.mount(Footer())
            main.refresh_bindings()  # a footer mounted late waits for this to fill

    async def _after_text_frame(self) -> None:
        gc_pause.resume()
        self._show_progress("normalising", 0.3)
        self._text_shown.set()
        await self._mount_footer()

    def on_resize(self, event: events.Resize) -> None:
        # The event's size: `self.size` still holds the previous one while this runs.
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        narrow = width < NARROW
        self.screen.set_class(narrow, "narrow")
        self.screen.set_class(width >= WIDE, "wide")
        if narrow and not (
            self.screen.has_class("show-diff") or self.screen.has_class("show-source")
        ):
            self.screen.add_class("show-source")

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own commands, less those our bindings already list (Quit)."""
        ours = {b.description for b in self.BINDINGS if isinstance(b, Binding)}
        return (c for c in super().get_system_commands(screen) if c.title not in ours)

    def watch_theme(self, theme: str) -> None:
        if self.settings.get("theme") != theme:
            self.settings["theme"] = theme
            settings.save(self.settings)

    # --- analysis in a worker: text first, then groups, topics and conflicts ----------------

    @work(thread=True, exclusive=True, group="analysis")
    def run_analysis(self, shown: _Shown | None = None) -> None:
        """The articles show as soon as they are loaded, cleaned and segmented (`shown`: they
        are already, see `on_mount`); then a cached
        analysis shows at once, or the analysis runs and fills in the other panes later.
        Nothing of the analysis (the cache key's code fingerprint, the lexicon, the topic
        and claim grammars) is imported before the text is on screen."""
        # The first repaint waits a little longer: a few articles are on screen before it
        # would be due, and a repaint of "loading 40 %" would only hold their frame back.
        repainted = [time.monotonic() + 0.2]

        def progress(stage: str, fraction: float) -> None:
            # At most ten repaints a second: each one takes time from the analysis itself.
            now = time.monotonic()
            if now - repainted[0] >= 0.1:
                repainted[0] = now
                self.call_from_thread(self._show_progress, stage, fraction)

        if shown is not None:
            # Its frame first: this thread's imports (the pipeline module alone is 900 lines
            # to compile) would hold the interpreter lock while the text is laid out and drawn.
            self._text_shown.wait(timeout=1.0)
        from seedview.model.pipeline import NothingLoaded, pinned_topics, prepare_text

        paths = self.paths or None
        failures: tuple[type[Exception], ...] = (NothingLoaded, OSError)
        try:
            pinned = None
            if self.topics_file:  # a bad topic file fails before any work, as `prepare` does
                from seedview.model.topics import TopicFileError

                failures = (*failures, TopicFileError)
                pinned = pinned_topics(paths, self.topics_file)
            if shown is None:
                text = prepare_text(
                    paths, max_bytes=self.max_bytes, progress=progress, workers=self.processes
                )
                shown = self._with_marks(text)
                self.call_from_thread(self._texts_loaded, shown)
            text, store, rows, opened = shown
            self._text_shown.wait(timeout=1.0)
            if text.unread:  # the other articles of a small corpus: after the first's frame
                from seedview.model.reading import read_unread

                rows = self.call_from_thread(self._more_texts, read_unread(text), store, rows)

            from seedview.model import cache
            from seedview.model.pipeline import (
                cache_key,
                corpus_from_text,
                corpus_of,
                deepen,
                finish,
            )

            corpus = corpus_from_text(text)
            marks = [row.to_schema() for row in rows]
            corpus.pinned = pinned if pinned is not None else pinned_topics(paths, None)
            key = (
                cache_key(
                    paths,
                    min_score=self.min_score,
                    max_bytes=self.max_bytes,
                    topics_file=self.topics_file,
                )
                if self.use_cache
                else None
            )
            entry = cache.load(key) if key else None
            if entry is not None:
                self.corpus = corpus_of(entry.analysis, entry.features, corpus.pinned)
                self.load_problems = list(entry.analysis.problems)
                self.nothing_loaded = False
                self.call_from_thread(self._loaded, entry.analysis, store, marks)
                self._say_store_problem(store, opened)
                return
            deepen(corpus, progress, workers=self.processes)
            analysis = finish(corpus, self.min_score, progress)
        except failures as error:
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            self.load_problems = str(error).splitlines() or [type(error).__name__]
            self.nothing_loaded = True
            gc_pause.resume()  # no text will come
            self.call_from_thread(self._show_status, f"Nothing to show: {message}")
            self.call_from_thread(self.call_later, self._mount_footer)
            return
        self.load_problems, self.nothing_loaded = list(analysis.problems), False
        self.corpus = corpus
        self.call_from_thread(self._loaded, analysis, store, marks)
        self._say_store_problem(store, opened)
        if key:
            cache.store(key, analysis, corpus.features)

    def _marks_of(self, store: MarkStore, sources: list[SourceText]) -> list[MarkRow]:
        """issue 13: a store that cannot be read leaves the analysis on screen, with no marks."""
        from seedview.model.marks import StoreError

        try:
            return store.rows_for(s.sha256 for s in sources)
        except StoreError:
            return []

    def _say_store_problem(self, store: MarkStore, opened: bool) -> None:
        """A store that cannot be written: the session goes on read-only and says why, once
        (not again on each re-alignment)."""
        if store.problem and opened:
            self.call_from_thread(
                self.notify,
                f"{store.problem}. This session is read-only: marks are not saved.",
                severity="error",
                timeout=10,
            )

    @work(thread=True, exclusive=True, group="analysis")
    def realign(self, keep: tuple[str, str | None]) -> None:
        """Only alignment, topics and conflicts again, on the prepared articles (+/-)."""
        from seedview.model.pipeline import finish

        assert self.corpus is not None
        analysis = finish(self.corpus, self.min_score)
        assert self.store is not None
        self.call_from_thread(self._loaded, analysis, self.store, list(self.marks.values()), keep)

    def _show_status(self, message: str) -> None:
        self.query_one("#status", Static).update(Text(visible(message)))  # may name a file

    _STAGES = {"loading": "loading the articles", "normalising": "reading the sentences"}

    def _show_progress(self, stage: str, fraction: float) -> None:
        """The panes still waiting for the analysis say how far it is."""
        if not self.analysing:
            return
        words = f"Analysing… {self._STAGES.get(stage, stage)} {fraction:.0%}"
        self._show_status(words)
        tree = self.query_one(TopicTree)
        tree.border_subtitle = Text(f"{fraction:.0%}")
        if self.sources:
            if not tree.root.children:
                tree.root.add_leaf(Text(words, style="dim"))
            else:
                tree.root.children[0].set_label(Text(words, style="dim"))
            if self.showing[0] in ("", "waiting"):
                self.showing = ("waiting", "")
                self.query_one(DiffPane).show_nothing(f"{words}: matches appear when it ends.")

    def _texts_loaded(self, shown: _Shown) -> None:
        """The articles, readable before the analysis ends."""
        corpus = shown.text
        self.store = shown.store
        self.sources, self.passages, self.by_source, self.marks = {}, {}, {}, {}
        self._add_texts(corpus, shown.rows)
        self.show_source(corpus.sources[0].id if corpus.sources else "")
        # The other panes say how far the analysis is after the text's frame, not in it.
        self.call_after_refresh(self._after_text_frame)

    def _more_texts(
        self, added: TextCorpus, store: MarkStore, rows: list[MarkRow]
    ) -> list[MarkRow]:
        """The articles read after the first one's frame, added to those shown; returns the
        marks of all of them (the store is read here, in the app's thread)."""
        more = self._marks_of(store, added.sources)
        self._add_texts(added, more)
        return [*rows, *more]

    def _add_texts(self, corpus: TextCorpus, marks: list[MarkRow]) -> None:
        """Articles and their stored marks added to those shown; a mark set meanwhile stays."""
        for source in corpus.sources:
            self.sources[source.id] = source
        for passage in corpus.passages:
            self.passages[passage.id] = passage
            self.by_source.setdefault(passage.source, []).append(passage)
        by_hash = {s.sha256: s.id for s in corpus.sources}
        for mark in marks:
            if mark.source_sha256 in by_hash:
                self.marks.setdefault(f"{by_hash[mark.source_sha256]}@{mark.start}", mark)

    def _first_passage(self, source_id: str) -> str | None:
        passages = self.by_source.get(source_id, [])
        return passages[0].id if passages else None

    def _still_analysing(self) -> bool:
        """Keys that need the analysis say so while it runs, instead of "none found"."""
        if self.analysing:
            self.notify("Still analysing: groups and conflicts appear when it ends.")
        return self.analysing

    def _loaded(
        self,
        analysis: Analysis,
        store: MarkStore,
        marks: list[Mark],
        keep: tuple[str, str | None] | None = None,
    ) -> None:
        """The finished analysis; `keep`: (source, passage) to stay at (after +/-)."""
        self.analysing = False
        self.query_one(TopicTree).border_subtitle = ""
        if self.sources and keep is None:
            # The text was on screen while the analysis ran: marks set or removed meanwhile
            # are the reader's, not the ones read at launch.
            marks = self._marked()
        self.analysis, self.store = analysis, store
        self.sources = {s.id: s for s in analysis.sources}
        self.passages = {p.id: p for p in analysis.passages}
        self.by_source = {}
        for passage in analysis.passages:
            self.by_source.setdefault(passage.source, []).append(passage)
        self.group_of = {}
        for group in analysis.groups:  # a passage's wording group first, else its fact group
            for pid in group.passages:
                self.group_of.setdefault(pid, group.id)
        self.claims = {c.id: c for c in analysis.claims}
        self.real_conflicts = [c for c in analysis.conflicts if c.kind != "different_period"]
        self.conflicts_of = {}
        for conflict in analysis.conflicts:
            for pid in conflict.passages:
                self.conflicts_of.setdefault(pid, []).append(conflict)
        by_hash = {s.sha256: s.id for s in analysis.sources}
        self.marks = {
            f"{by_hash[m.source_sha256]}@{m.start}": m for m in marks if m.source_sha256 in by_hash
        }
        tree = self.query_one(TopicTree)
        tree.load(analysis)
        self.group_order = tree.group_order()
        from seedview.model.labels import facts_topic
        from seedview.tui.view import fact_groups

        tree.load_facts(
            [
                (g.label, g.disputed)
                for g in fact_groups(analysis.claims, self.passages, self.corpus_language())
            ],
            facts_topic(self.corpus_language()),
        )
        self._show_status(self._summary())
        # Stay where the reader is: the article and passage they were reading (before the
        # analysis ended, or before +/-); else where they left this corpus last time; a
        # reader who has not moved yet gets the first group of the tree.
        view = self.query_one(SourceView)
        current = view.current_passage()
        reading = keep[0] if keep else self.current_source
        place = keep[1] if keep else (current.id if current else None)
        first = analysis.sources[0].id if analysis.sources else ""
        self.current_source = ""
        self.showing = ("", "")
        self.show_source(reading if reading in self.sources else first)
        if place in self.passages and (keep or place != self._first_passage(first)):
            view.select(place)  # its group or conflict follows, as on j/k
        elif not keep and self._restore_position():
            return
        elif self.group_order:
            self._show_group(self.group_order[0], move_source=self.current_source == first)
        else:
            self.query_one(DiffPane).show_nothing("No passages line up across these sources.")

    # --- the last position, per corpus (kept in settings) -------------------------------------

    def _corpus_key(self) -> str:
        return settings.corpus_key([s.sha256 for s in self.sources.values()])

    def _remember_position(self, passage: AnyPassage) -> None:
        source = self.sources[passage.source]
        positions = self.settings.setdefault("positions", {})
        where = {"source": source.sha256, "start": passage.start}
        if positions.get(self._corpus_key()) == where:
            return
        positions[self._corpus_key()] = where
        if len(positions) > 200:  # keep the file small: the oldest corpora go first
            del positions[next(iter(positions))]
        settings.save(self.settings)  # a few hundred bytes: at once, so a quit cannot lose it

    def _restore_position(self) -> bool:
        """Open where the reader left this corpus: the same passage of the same article."""
        position = self.settings.get("positions", {}).get(self._corpus_key())
        if not isinstance(position, dict):
            return False
        by_hash = {s.sha256: s.id for s in self.sources.values()}
        source_id = by_hash.get(position.get("source", ""))
        if source_id is None:
            return False
        passage_id = f"{source_id}@{position.get('start')}"
        if passage_id not in self.passages:
            return False
        self._jump_to(passage_id, focus=False)
        return True

    def _summary(self) -> str:
        if self.analysis is None:
            # Marked while the analysis runs: the text is there, groups and conflicts not yet.
            return (
                f"{_count(len(self.sources), 'source')} · analysing… · "
                f"{_count(len(self.marks), 'mark')}"
            )
        score = self.min_score if self.min_score is not None else "default"
        problems = (
            f"  ·  {len(self.analysis.problems)} files skipped" if self.analysis.problems else ""
        )
        # Figures that differ yet can both hold are no contradiction: counted apart.
        differences = sum(c.kind == "approximate" for c in self.real_conflicts)
        also = f"{_count(differences, 'difference')} · " if differences else ""
        return (
            f"{_count(len(self.analysis.sources), 'source')} · "
            f"{_count(sum(g.kind == 'wording' for g in self.analysis.groups), 'group')} · "
            f"{_count(len(self.real_conflicts) - differences, 'conflict')} · {also}"
            f"{_count(len(self.marks), 'mark')} · min score {score}{problems}"
        )

    # --- showing things -----------------------------------------------------------------------

    def show_source(self, source_id: str) -> None:
        if source_id not in self.sources:
            return
        view = self.query_one(SourceView)
        source = self.sources[source_id]
        self.current_source = source_id
        number = list(self.sources).index(source_id) + 1
        date = source.published.isoformat() if source.published else "undated"
        view.border_title = Text(
            visible(f"{number} {source.label} · {source.outlet or source.id} · {date}")
        )
        view.border_subtitle = Text(visible(source.title)[:80])
        view.show_source(
            source,
            self.by_source.get(source_id, []),
            matched=set(self.group_of) & {p.id for p in self.by_source.get(source_id, [])},
            conflicted={pid for c in self.real_conflicts for pid in c.passages},
            marked=set(self.marks),
        )

    def _show_group(self, group_id: str, *, move_source: bool) -> bool:
        """The group in the matches pane; False if it is not one of the tree's groups."""
        assert self.analysis is not None
        if group_id not in self.group_order:
            return False
        index = self.group_order.index(group_id)  # numbered as the tree lists them
        total = len(self.group_order)
        group = next(g for g in self.analysis.groups if g.id == group_id)
        if self.showing == ("group", group_id):
            self._focus_passages(group.passages, move_source)
            return True
        self.showing = ("group", group_id)
        members = [self.passages[pid] for pid in group.passages]
        topic = next((t.label for t in self.analysis.topics if t.id == group.topic), "")
        conflicts = list(
            {c.id: c for pid in group.passages for c in self.conflicts_of.get(pid, [])}.values()
        )
        diff = self.query_one(DiffPane)
        diff.show(
            title=group_title(group, index + 1, total, topic),
            passages=members,
            sources=self.sources,
            conflicts=conflicts,
            current_source=self.current_source,
            language=self.sources[members[0].source].language,
        )
        diff.border_title = Text(f"Matches · group {index + 1}/{total}")
        self._focus_passages(group.passages, move_source)
        return True

    def _show_conflict(self, index: int) -> None:
        conflict = self.real_conflicts[index]
        if not any(pid.split("@")[0] == self.current_source for pid in conflict.passages):
            self.show_source(self.passages[conflict.passages[0]].source)  # before the columns
        self._fill_conflict(conflict)
        self._focus_passages(conflict.passages, move_source=True)
        current = self.query_one(SourceView).current
        if current in self.group_of:  # the tree cursor follows the jump
            self.query_one(TopicTree).select_group(self.group_of[current])
        if self.screen.has_class("narrow"):  # one pane fits: the disagreement is in the matches
            self.screen.set_class(False, "show-source")
            self.screen.set_class(True, "show-diff")

    def _fill_conflict(self, conflict: Conflict) -> None:
        """The matches pane shows the conflict: its sides first, one column each; border and
        body say the same number."""
        from seedview.tui.view import conflict_sides

        self.showing = ("conflict", conflict.id)
        number = next((i + 1 for i, c in enumerate(self.real_conflicts) if c.id == conflict.id), 0)
        total = len(self.real_conflicts)
        members = [self.passages[pid] for pid in conflict.passages]
        diff = self.query_one(DiffPane)
        diff.show(
            title=conflict_title(conflict, number, total),
            passages=members,
            sources=self.sources,
            conflicts=[conflict],
            current_source=self.current_source,
            language=self.sources[members[0].source].language,
            sides=conflict_sides(conflict, self.claims),
        )
        diff.border_title = Text(f"Conflict {number}/{total}" if number else "Conflict")

    def _focus_passages(self, passage_ids: list[str], move_source: bool) -> None:
        view = self.query_one(SourceView)
        mine = [pid for pid in passage_ids if pid.split("@")[0] == self.current_source]
        if move_source and not mine and passage_ids:
            self.show_source(self.passages[passage_ids[0]].source)
            mine = [pid for pid in passage_ids if pid.split("@")[0] == self.current_source]
        view.set_peers(set(passage_ids))
        if move_source and mine:
            view.select(mine[0], notify=False)
            self._remember_position(self.passages[mine[0]])

    def _show_passage_alone(self, passage: AnyPassage) -> None:
        conflicts = self.conflicts_of.get(passage.id, [])
        key = ("conflict", conflicts[0].id) if conflicts else ("alone", passage.kind)
        if self.showing == key:
            return
        diff = self.query_one(DiffPane)
        if conflicts:
            self._fill_conflict(conflicts[0])
            self.query_one(SourceView).set_peers(set(conflicts[0].passages))
            return
        self.showing = key
        kind = {"boilerplate": "page furniture", "heading": "a heading"}.get(
            passage.kind, "this passage"
        )
        diff.show_nothing(f"No other source matches {kind}.")
        diff.border_title = Text("Matches · none")
        self.query_one(SourceView).set_peers(set())

    # --- events -------------------------------------------------------------------------------

    @on(Tree.NodeHighlighted, "#tree")
    def _tree_moved(self, event: Tree.NodeHighlighted[NodeData]) -> None:
        data = event.node.data
        if data is None or self.analysis is None:
            return
        kind, identifier = data
        if kind == "group":
            self._show_group(identifier, move_source=True)
        elif kind == "topic":
            topic = next((t for t in self.analysis.topics if t.id == identifier), None)
            if topic and topic.groups:
                self._show_group(topic.groups[0], move_source=True)

    @on(Tree.NodeSelected, "#tree")
    def _tree_opened(self, event: Tree.NodeSelected[NodeData]) -> None:
        if event.node.data and event.node.data[0] == "group":
            self._reveal_source()
        elif event.node.data and event.node.data[0] == "fact":
            self.show_facts(event.node.data[1])

    @on(SourceView.PassageChanged)
    def _passage_moved(self, event: SourceView.PassageChanged) -> None:
        passage = event.passage
        if passage is None or self.analysing:  # the matches pane shows the progress meanwhile
            return
        self._remember_position(passage)
        group_id = self.group_of.get(passage.id)
        try:
            # A fact group is not in the tree's numbered list: such a passage is shown alone
            # (with its conflict, if any), or the pane kept what it showed before, such as
            # "Analysing…" when the reader's last place is restored after the analysis.
            if group_id and self._show_group(group_id, move_source=False):
                self.query_one(TopicTree).select_group(group_id)
            else:
                self._show_passage_alone(passage)
        except NoMatches:
            return  # a move reported while the app closes: its panes are already gone

    def _reveal_source(self) -> None:
        if self.screen.has_class("narrow"):
            self.screen.set_class(False, "show-diff")
            self.screen.set_class(True, "show-source")
        self.query_one(SourceView).focus()

    # --- actions ------------------------------------------------------------------------------

    def action_help(self) -> None:
        from seedview.tui.help_screen import HelpScreen

        self.push_screen(HelpScreen([b for b in self.BINDINGS if isinstance(b, Binding)]))

    def _step_conflict(self, delta: int) -> None:
        if self._still_analysing():
            return
        if not self.real_conflicts:
            self.notify("No conflicts between these sources.")
            return
        self.conflict_index = (self.conflict_index + delta) % len(self.real_conflicts)
        self._show_conflict(self.conflict_index)

    def action_next_conflict(self) -> None:
        self._step_conflict(1)

    def action_previous_conflict(self) -> None:
        self._step_conflict(-1)

    def _step_group(self, delta: int) -> None:
        if self._still_analysing():
            return
        view = self.query_one(SourceView)
        grouped = [p for p in self.by_source.get(self.current_source, []) if p.id in self.group_of]
        if not grouped:
            self.notify("No passage of this source has matches.")
            return
        current = view.current_passage()
        position = current.start if current else (-1 if delta > 0 else 10**12)
        ahead = [p for p in grouped if (p.start > position if delta > 0 else p.start < position)]
        target = (
            (ahead[0] if delta > 0 else ahead[-1])
            if ahead
            else (grouped[0] if delta > 0 else grouped[-1])
        )
        view.select(target.id)

    def action_next_group(self) -> None:
        self._step_group(1)

    def action_previous_group(self) -> None:
        self._step_group(-1)

    def action_pick_source(self, index: int) -> None:
        ids = list(self.sources)
        if 0 <= index < len(ids):
            self.show_source(ids[index])
            self._reveal_source()

    def action_toggle_furniture(self) -> None:
        view = self.query_one(SourceView)
        view.show_furniture = not view.show_furniture
        self.notify(
            "Page furniture shown (dimmed)." if view.show_furniture else "Page furniture hidden."
        )

    def action_toggle_pane(self) -> None:
        showing_diff = self.screen.has_class("show-diff")
        self.screen.set_class(not showing_diff, "show-diff")
        self.screen.set_class(showing_diff, "show-source")

    def action_focus_left(self) -> None:
        self._step_pane(-1)

    def action_focus_right(self) -> None:
        self._step_pane(1)

    def _step_pane(self, direction: int) -> None:
        """h/l: topics, article, matches, left to right (a narrow screen swaps in the pane)."""
        panes: list[Widget] = [
            self.query_one(TopicTree),
            self.query_one(SourceView),
            self.query_one(DiffColumns),
        ]
        focused = self.focused
        here = next((i for i, pane in enumerate(panes) if focused is pane), 0)
        target = panes[max(0, min(len(panes) - 1, here + direction))]
        if isinstance(target, SourceView):
            self._reveal_source()
        elif isinstance(target, DiffColumns):
            if self.screen.has_class("narrow"):
                self.screen.set_class(False, "show-source")
                self.screen.set_class(True, "show-diff")
            target.focus()
        else:
            target.focus()

    def action_score(self, direction: int) -> None:
        if self._still_analysing() or self.corpus is None:
            return
        from seedview.model.align import DEFAULT_MIN_SCORE

        current = self.min_score if self.min_score is not None else DEFAULT_MIN_SCORE
        self.min_score = round(min(0.95, max(0.05, current + direction * SCORE_STEP)), 2)
        self._show_status(f"Re-aligning with minimum score {self.min_score}…")
        passage = self.query_one(SourceView).current_passage()
        self.realign((self.current_source, passage.id if passage else None))

    # search

    def action_search(self) -> None:
        if not self.passages:
            return

        def chosen(result: tuple[str, list[str], str] | None) -> None:
            if result:
                chosen_id, self.hits, query = result
                self.last_query = query
                self.hit_index = self.hits.index(chosen_id) if chosen_id in self.hits else 0
                self.query_one(SourceView).set_highlight(query)
                self._jump_to(chosen_id)
                self._show_status(f"Search hit {self.hit_index + 1}/{len(self.hits)} · > / < step")

        from seedview.tui.search_screen import SearchScreen

        self.push_screen(
            SearchScreen(list(self.passages.values()), self.sources, self.last_query), chosen
        )

    def _jump_to(self, passage_id: str, *, focus: bool = True) -> None:
        """Show a passage in the article; the tree and the matches pane follow it."""
        passage = self.passages.get(passage_id)
        if passage is None:
            return
        if passage.source != self.current_source:
            self.show_source(passage.source)
        view = self.query_one(SourceView)
        if passage.kind == "boilerplate" and not view.show_furniture:
            view.show_furniture = True
        view.select(passage.id)
        if focus:
            self._reveal_source()

    def _step_hit(self, delta: int) -> None:
        if not self.hits:
            self.notify("No search yet: press / to search.")
            return
        self.hit_index = (self.hit_index + delta) % len(self.hits)
        self._jump_to(self.hits[self.hit_index])
        self._show_status(f"Search hit {self.hit_index + 1}/{len(self.hits)}")

    def action_next_hit(self) -> None:
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        self._step_hit(-1)

    # marks

    def _current(self) -> AnyPassage | None:
        return self.query_one(SourceView).current_passage()

    def action_toggle_mark(self) -> None:
        passage = self._current()
        if passage is None or self.store is None:
            self.notify("Move to a passage first (j/k in the article).")
            return
        source = self.sources[passage.source]
        from seedview.model.schema import Mark

        # issue 13: written at once, in key order, and the ★ changes only after the commit.
        if passage.id in self.marks:
            if self._store_remove(source.sha256, passage.start, passage.end):
                del self.marks[passage.id]
        elif self._store_add(source.sha256, passage.start, passage.end, ""):
            self.marks[passage.id] = Mark(
                source_sha256=source.sha256, start=passage.start, end=passage.end, created=""
            )
        self.query_one(SourceView).update_marks(set(self.marks))
        self._show_status(self._summary())

    def action_annotate(self) -> None:
        passage = self._current()
        if passage is None or self.store is None:
            self.notify("Move to a passage first (j/k in the article).")
            return
        existing = self.marks.get(passage.id)

        def saved(note: str | None) -> None:
            if note is None:
                return
            from seedview.model.schema import Mark

            source = self.sources[passage.source]
            if not self._store_add(source.sha256, passage.start, passage.end, note):
                return
            self.marks[passage.id] = Mark(
                source_sha256=source.sha256,
                start=passage.start,
                end=passage.end,
                note=note,
                created="",
            )
            self.query_one(SourceView).update_marks(set(self.marks))
            self._show_status(self._summary())

        from seedview.tui.note_dialog import NoteDialog

        self.push_screen(NoteDialog(passage.text, existing.note if existing else ""), saved)

    # issue 13: marks are written synchronously on the UI thread, one at a time and in the
    # order of the keys (a commit of one row takes well under a millisecond); the caller
    # changes what is shown only when the write succeeded.
    def _store_add(self, sha: str, start: int, end: int, note: str) -> bool:
        return self._store_write(lambda store: store.add(sha, start, end, note))

    def _store_remove(self, sha: str, start: int, end: int) -> bool:
        return self._store_write(lambda store: store.remove(sha, start, end))

    def _store_write(self, write: Callable[[MarkStore], object]) -> bool:
        from seedview.model.marks import StoreError

        assert self.store is not None
        try:
            write(self.store)
        except StoreError as error:
            self.notify(f"{error}. Not saved: marks are read-only.", severity="error")
            return False
        return True

    def _marked(self) -> list[Mark]:
        """The marks as the schema has them (read before the analysis, they are records)."""
        from seedview.model.records import MarkRow

        return [m.to_schema() if isinstance(m, MarkRow) else m for m in self.marks.values()]

    def action_marks(self) -> None:
        if self._still_analysing() or self.analysis is None:
            return

        def chosen(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            action, passage_id = result
            if action == "jump":
                self._jump_to(passage_id)
            elif passage_id in self.marks:
                mark = self.marks[passage_id]
                if self._store_remove(mark.source_sha256, mark.start, mark.end):
                    del self.marks[passage_id]
                self.query_one(SourceView).update_marks(set(self.marks))
                self._show_status(self._summary())
                self.action_marks()

        from seedview.model.export import marked_passages
        from seedview.tui.marks_screen import MarksScreen

        self.push_screen(MarksScreen(marked_passages(self.analysis, self._marked())), chosen)

    def action_export(self) -> None:
        if self._still_analysing() or self.analysis is None:
            return
        if not self.marks:
            self.notify("Nothing marked yet: press m on a passage.", severity="warning")
            return
        default = Path("seedview-marks.md")  # relative: the folder seedview was started in

        def chosen(result: tuple[str, Path] | None) -> None:
            if result is not None:
                self.export_format = result[0]
                self._write_export(result[0], result[1])

        from seedview.tui.export_dialog import ExportDialog

        default = default.with_suffix("." + self.export_format)
        self.push_screen(ExportDialog(len(self.marks), default, fmt=self.export_format), chosen)

    @work(thread=True, group="export")
    def _write_export(self, fmt: str, path: Path) -> None:
        from seedview.model.export import TargetError, render, write_export

        assert self.analysis is not None
        try:
            write_export(render(self.analysis, self._marked(), fmt), path, overwrite=True)
        except TargetError as error:
            self.call_from_thread(self.notify, str(error), severity="error")
            return
        except OSError as error:
            self.call_from_thread(
                self.notify, f"{path}: cannot write: {error.strerror or error}", severity="error"
            )
            return
        self.call_from_thread(
            self.notify, f"{_count(len(self.marks), 'passage')} written to {path}"
        )

    def action_copy_marks(self) -> None:
        if self._still_analysing():
            return
        if self.analysis is None or not self.marks:
            self.notify("Nothing marked yet: press m on a passage.", severity="warning")
            return
        from seedview.model.export import render

        self._copy(
            render(self.analysis, self._marked(), "md"),
            f"{_count(len(self.marks), 'marked passage')} as Markdown",
        )

    # --- copy, facts, zoom (issue 12) ---------------------------------------------------------

    def action_copy_passage(self) -> None:
        passage = self._current()
        if passage is None:
            self.notify("Move to a passage first (j/k in the article).")
            return
        source = self.sources[passage.source]
        date = source.published.isoformat() if source.published else "undated"
        title = f", „{visible(source.title)}“" if source.title.strip() else ""
        citation = (
            f"— {source.label}{title} ({date}), paragraph "
            f"{passage.paragraph + 1}, characters {passage.start}–{passage.end}, {source.path}"
        )
        self._copy(f"{visible(passage.text)}\n{citation}\n", "the passage with its citation")

    def _copy(self, text: str, what: str) -> None:
        """A clipboard tool when there is one; else OSC 52, which not every terminal obeys."""
        from seedview.tui.clipboard import copy_with_tool

        self._clipboard = text  # what Textual's own copy keeps, for paste within the app
        tool = copy_with_tool(text)
        if tool:
            self.notify(f"Copied {what} with {tool}.")
        else:
            self.copy_to_clipboard(text)
            self.notify(
                f"Sent {what} to the terminal's clipboard (OSC 52; no clipboard tool found). "
                "If pasting gives nothing, your terminal does not accept it."
            )

    def action_facts(self) -> None:
        """The facts table for what the matches pane shows; all figures if it shows none."""
        if self.analysis is None:
            self.notify("Still analysing the articles.")
            return
        from seedview.tui.facts_screen import FactsScreen
        from seedview.tui.view import conflict_facts, fact_groups

        groups = fact_groups(list(self.claims.values()), self.passages)
        kind, identifier = self.showing
        shown: set[str] = set()
        if kind == "conflict":  # the conflict's own claims first, then every key
            conflict = next(c for c in self.analysis.conflicts if c.id == identifier)
            groups.insert(0, conflict_facts(conflict, self.claims, self.passages))
        if not groups:
            self.notify("No figure is stated by two sources.")
            return
        if kind == "group":
            group = next((g for g in self.analysis.groups if g.id == identifier), None)
            passages = set(group.passages) if group else set()
            shown = {c.id for c in self.claims.values() if c.passage in passages}
        first = next(
            (i for i, g in enumerate(groups) if any(r.claim.id in shown for r in g.rows)), 0
        )

        def chosen(passage_id: str | None) -> None:
            if passage_id:
                self._jump_to(passage_id)

        self.push_screen(FactsScreen(groups, self.sources, first), chosen)

    def corpus_language(self) -> str:
        """The corpus's language, as the analysis takes it: its first source's."""
        first = next(iter(self.sources.values()), None)
        return first.language if first else "en"

    def show_facts(self, key_label: str) -> None:
        """The facts table opened at one key (from the tree or the palette)."""
        from seedview.tui.facts_screen import FactsScreen
        from seedview.tui.view import fact_groups

        groups = fact_groups(list(self.claims.values()), self.passages, self.corpus_language())
        first = next((i for i, g in enumerate(groups) if g.label == key_label), 0)

        def chosen(passage_id: str | None) -> None:
            if passage_id:
                self._jump_to(passage_id)

        self.push_screen(FactsScreen(groups, self.sources, first), chosen)

    def go_to_group(self, group_id: str) -> None:
        """From the palette: the group in the matches, the tree and the article."""
        self._show_group(group_id, move_source=True)
        self.query_one(TopicTree).select_group(group_id)

    def go_to_conflict(self, index: int) -> None:
        self.conflict_index = index
        self._show_conflict(index)

    def action_zoom(self) -> None:
        """The focused pane alone at full width; again, back to the panes side by side."""
        zoomed = any(self.screen.has_class(f"zoom-{n}") for n in ("tree", "source", "diff"))
        for name in ("tree", "source", "diff"):
            self.screen.set_class(False, f"zoom-{name}")
        if zoomed:
            return
        focused = self.focused
        pane = next(
            (
                name
                for name in ("tree", "source", "diff")
                if focused is not None
                and (focused.id == name or any(a.id == name for a in focused.ancestors))
            ),
            "source",
        )
        self.screen.set_class(True, f"zoom-{pane}")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
