"""The seedview terminal app: topic tree, source pane, diff pane; analysis in a worker thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Footer, Static, Tree

from seedview.tui.commands import SeedviewCommands
from seedview.tui.diff_pane import DiffColumns, DiffPane, conflict_title, group_title
from seedview.tui.safe_text import visible
from seedview.tui.source_view import SourceView
from seedview.tui.topic_tree import NodeData, TopicTree

if TYPE_CHECKING:  # the model loads in the worker, after the first frame
    from seedview.model.marks import MarkStore
    from seedview.model.pipeline import Corpus
    from seedview.model.schema import Analysis, Conflict, Mark, Passage, Source

NARROW = 120
SCORE_STEP = 0.02


class SeedviewApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "seedview"
    COMMANDS = App.COMMANDS | {SeedviewCommands}

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
        ),
        Binding(
            "right_square_bracket",
            "next_group",
            "Next group",
            key_display="]",
            id="next-group",
            tooltip="next passage of this source that other sources match",
        ),
        Binding(
            "left_square_bracket",
            "previous_group",
            "Prev group",
            key_display="[",
            id="previous-group",
            show=False,
        ),
        Binding(
            "slash",
            "search",
            "Search",
            key_display="/",
            id="search",
            tooltip="fuzzy search over all passages",
        ),
        Binding(
            "greater_than_sign", "next_hit", "Next hit", key_display=">", id="next-hit", show=False
        ),
        Binding(
            "less_than_sign",
            "previous_hit",
            "Prev hit",
            key_display="<",
            id="previous-hit",
            show=False,
        ),
        Binding(
            "m,space",
            "toggle_mark",
            "Mark",
            key_display="m",
            id="mark",
            tooltip="mark or unmark the passage",
        ),
        Binding("a", "annotate", "Note", id="note", show=False, tooltip="mark with a short note"),
        Binding("v", "marks", "Marks", id="marks", show=False, tooltip="list all marks"),
        Binding("e", "export", "Export", id="export", tooltip="write marked passages to a file"),
        Binding(
            "y",
            "copy_marks",
            "Copy marks",
            id="copy",
            show=False,
            tooltip="marked passages to the clipboard",
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
            tooltip="narrow screens: swap panes",
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
    ) -> None:
        """`processes`: for the per-article stages of a large corpus; None for one per core.
        Only a program whose main module is guarded by `if __name__ == "__main__"` may pass
        None (those processes import it again); the `seedview` command does.
        `use_cache`: read and write the analysis cache (off: always analyse afresh)."""
        super().__init__()
        self.use_cache = use_cache
        self.corpus: Corpus | None = None  # prepared articles: +/- re-align only from here
        self.analysing = True  # the text may show already; groups, topics, conflicts not yet
        self.paths = paths or []
        self.processes = processes
        self.min_score = min_score
        self.max_bytes = max_bytes
        self.topics_file = topics_file
        self.analysis: Analysis | None = None
        self.sources: dict[str, Source] = {}
        self.passages: dict[str, Passage] = {}
        self.by_source: dict[str, list[Passage]] = {}
        self.group_of: dict[str, str] = {}
        self.real_conflicts: list[Conflict] = []
        self.conflicts_of: dict[str, list[Conflict]] = {}
        self.marks: dict[str, Mark] = {}
        self.current_source = ""
        self.conflict_index = -1
        self.hits: list[str] = []
        self.hit_index = -1
        self.store: MarkStore | None = None
        self.showing: tuple[str, str] = ("", "")  # what the diff pane shows, to skip rebuilds
        self._first_frame = threading.Event()

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

    def on_mount(self) -> None:
        self.query_one(TopicTree).focus()
        # The analysis thread waits for the first frame: its imports would compete with it.
        # The footer (a widget per key) comes after it too: it was a third of its layout work.
        self.call_after_refresh(self._after_first_frame)
        self.run_analysis()

    async def _after_first_frame(self) -> None:
        self._first_frame.set()
        if self.screen.is_attached:  # not if quit before the first frame was done
            await self.mount(Footer())
            self.screen.refresh_bindings()  # a footer mounted late waits for this to fill

    def on_resize(self, event: object) -> None:
        self._apply_width(self.size.width)

    def _apply_width(self, width: int) -> None:
        narrow = width < NARROW
        self.screen.set_class(narrow, "narrow")
        if narrow and not (
            self.screen.has_class("show-diff") or self.screen.has_class("show-source")
        ):
            self.screen.add_class("show-source")

    # --- analysis in a worker: text first, then groups, topics and conflicts ----------------

    @work(thread=True, exclusive=True, group="analysis")
    def run_analysis(self) -> None:
        """A cached analysis shows at once; else the articles show as soon as they are
        loaded, cleaned and segmented, and the analysis fills in the other panes later."""
        self._first_frame.wait(timeout=1.0)

        shown = [0.0]

        def progress(stage: str, fraction: float) -> None:
            # At most ten repaints a second: each one takes time from the analysis itself.
            now = time.monotonic()
            if now - shown[0] >= 0.1:
                shown[0] = now
                self.call_from_thread(self._show_progress, stage, fraction)

        from seedview.model import cache
        from seedview.model.marks import MarkStore
        from seedview.model.pipeline import (
            NothingLoaded,
            cache_key,
            corpus_of,
            deepen,
            finish,
            pinned_topics,
            prepare,
        )
        from seedview.model.topics import TopicFileError

        paths = self.paths or None
        try:
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
            store = MarkStore()
            if entry is not None:
                marks = store.marks_for(s.sha256 for s in entry.analysis.sources)
                pinned = pinned_topics(paths, self.topics_file)
                self.corpus = corpus_of(entry.analysis, entry.features, pinned)
                self.call_from_thread(self._loaded, entry.analysis, store, marks)
                return
            corpus = prepare(
                paths,
                max_bytes=self.max_bytes,
                topics_file=self.topics_file,
                progress=progress,
                workers=self.processes,
                deep=False,
            )
            marks = store.marks_for(s.sha256 for s in corpus.sources)
            self.call_from_thread(self._texts_loaded, corpus, store, marks)
            deepen(corpus, progress, workers=self.processes)
            analysis = finish(corpus, self.min_score, progress)
        except (NothingLoaded, TopicFileError, OSError) as error:
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            self.call_from_thread(self._show_status, f"Nothing to show: {message}")
            return
        self.corpus = corpus
        self.call_from_thread(self._loaded, analysis, store, marks)
        if key:
            cache.store(key, analysis, corpus.features)

    @work(thread=True, exclusive=True, group="analysis")
    def realign(self, keep: tuple[str, str | None]) -> None:
        """Only alignment, topics and conflicts again, on the prepared articles (+/-)."""
        from seedview.model.pipeline import finish

        assert self.corpus is not None
        analysis = finish(self.corpus, self.min_score)
        assert self.store is not None
        self.call_from_thread(self._loaded, analysis, self.store, list(self.marks.values()), keep)

    def _show_status(self, message: str) -> None:
        self.query_one("#status", Static).update(Text(message))

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

    def _texts_loaded(self, corpus: Corpus, store: MarkStore, marks: list[Mark]) -> None:
        """The articles, readable before the analysis ends."""
        self.store = store
        self.sources = {s.id: s for s in corpus.sources}
        self.passages = {p.id: p for p in corpus.passages}
        self.by_source = {}
        for passage in corpus.passages:
            self.by_source.setdefault(passage.source, []).append(passage)
        by_hash = {s.sha256: s.id for s in corpus.sources}
        self.marks = {
            f"{by_hash[m.source_sha256]}@{m.start}": m for m in marks if m.source_sha256 in by_hash
        }
        self.show_source(corpus.sources[0].id if corpus.sources else "")
        self._show_progress("normalising", 0.3)

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
        self.analysis, self.store = analysis, store
        self.sources = {s.id: s for s in analysis.sources}
        self.passages = {p.id: p for p in analysis.passages}
        self.by_source = {}
        for passage in analysis.passages:
            self.by_source.setdefault(passage.source, []).append(passage)
        self.group_of = {pid: g.id for g in analysis.groups for pid in g.passages}
        self.real_conflicts = [c for c in analysis.conflicts if c.kind != "different_period"]
        self.conflicts_of = {}
        for conflict in analysis.conflicts:
            for pid in conflict.passages:
                self.conflicts_of.setdefault(pid, []).append(conflict)
        by_hash = {s.sha256: s.id for s in analysis.sources}
        self.marks = {
            f"{by_hash[m.source_sha256]}@{m.start}": m for m in marks if m.source_sha256 in by_hash
        }
        self.query_one(TopicTree).load(analysis)
        self._show_status(self._summary())
        # Stay where the reader is: the article and passage they were reading (before the
        # analysis ended, or before +/-); a reader who has not moved yet gets group 1.
        view = self.query_one(SourceView)
        current = view.current_passage()
        reading = keep[0] if keep else self.current_source
        place = keep[1] if keep else (current.id if current else None)
        first = analysis.sources[0].id if analysis.sources else ""
        self.current_source = ""
        self.showing = ("", "")
        self.show_source(reading if reading in self.sources else first)
        if place in self.passages:
            view.select(place)  # its group or conflict follows, as on j/k
        elif analysis.groups:
            self._show_group(analysis.groups[0].id, move_source=self.current_source == first)
        else:
            self.query_one(DiffPane).show_nothing("No passages line up across these sources.")

    def _summary(self) -> str:
        assert self.analysis is not None
        score = self.min_score if self.min_score is not None else "default"
        problems = (
            f"  ·  {len(self.analysis.problems)} files skipped" if self.analysis.problems else ""
        )
        return (
            f"{len(self.analysis.sources)} sources · {len(self.analysis.groups)} groups · "
            f"{len(self.real_conflicts)} conflicts · {len(self.marks)} marks · min score {score}{problems}"
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
        view.border_title = Text(f"{number} {source.label} · {source.outlet or source.id} · {date}")
        view.border_subtitle = Text(visible(source.title)[:80])
        view.show_source(
            source,
            self.by_source.get(source_id, []),
            matched=set(self.group_of) & {p.id for p in self.by_source.get(source_id, [])},
            conflicted={pid for c in self.real_conflicts for pid in c.passages},
            marked=set(self.marks),
        )

    def _show_group(self, group_id: str, *, move_source: bool) -> None:
        assert self.analysis is not None
        groups = self.analysis.groups
        index = next((i for i, g in enumerate(groups) if g.id == group_id), None)
        if index is None:
            return
        group = groups[index]
        if self.showing == ("group", group_id):
            self._focus_passages(group.passages, move_source)
            return
        self.showing = ("group", group_id)
        members = [self.passages[pid] for pid in group.passages]
        topic = next((t.label for t in self.analysis.topics if t.id == group.topic), "")
        conflicts = list(
            {c.id: c for pid in group.passages for c in self.conflicts_of.get(pid, [])}.values()
        )
        diff = self.query_one(DiffPane)
        diff.show(
            title=group_title(group, index + 1, len(groups), topic),
            passages=members,
            sources=self.sources,
            conflicts=conflicts,
            current_source=self.current_source,
            language=self.sources[members[0].source].language,
        )
        diff.border_title = Text(f"Matches · group {index + 1}/{len(groups)}")
        self._focus_passages(group.passages, move_source)

    def _show_conflict(self, index: int) -> None:
        conflict = self.real_conflicts[index]
        self.showing = ("conflict", conflict.id)
        members = [self.passages[pid] for pid in conflict.passages]
        diff = self.query_one(DiffPane)
        diff.show(
            title=conflict_title(conflict, index + 1, len(self.real_conflicts)),
            passages=members,
            sources=self.sources,
            conflicts=[conflict],
            current_source=self.current_source,
            language=self.sources[members[0].source].language,
        )
        diff.border_title = Text(f"Conflict {index + 1}/{len(self.real_conflicts)}")
        self._focus_passages(conflict.passages, move_source=True)

    def _focus_passages(self, passage_ids: list[str], move_source: bool) -> None:
        view = self.query_one(SourceView)
        mine = [pid for pid in passage_ids if pid.split("@")[0] == self.current_source]
        if move_source and not mine and passage_ids:
            self.show_source(self.passages[passage_ids[0]].source)
            mine = [pid for pid in passage_ids if pid.split("@")[0] == self.current_source]
        view.set_peers(set(passage_ids))
        if move_source and mine:
            view.select(mine[0], notify=False)

    def _show_passage_alone(self, passage: Passage) -> None:
        conflicts = self.conflicts_of.get(passage.id, [])
        key = ("conflict", conflicts[0].id) if conflicts else ("alone", passage.kind)
        if self.showing == key:
            return
        self.showing = key
        diff = self.query_one(DiffPane)
        if conflicts:
            conflict = conflicts[0]
            members = [self.passages[pid] for pid in conflict.passages]
            diff.show(
                title=Text("Conflict", style="bold yellow"),
                passages=members,
                sources=self.sources,
                conflicts=conflicts,
                current_source=self.current_source,
            )
            self.query_one(SourceView).set_peers(set(conflict.passages))
            return
        kind = {"boilerplate": "page furniture", "heading": "a heading"}.get(
            passage.kind, "this passage"
        )
        diff.show_nothing(f"No other source matches {kind}.")
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
        else:
            topic = next((t for t in self.analysis.topics if t.id == identifier), None)
            if topic and topic.groups:
                self._show_group(topic.groups[0], move_source=True)

    @on(Tree.NodeSelected, "#tree")
    def _tree_opened(self, event: Tree.NodeSelected[NodeData]) -> None:
        if event.node.data and event.node.data[0] == "group":
            self._reveal_source()

    @on(SourceView.PassageChanged)
    def _passage_moved(self, event: SourceView.PassageChanged) -> None:
        passage = event.passage
        if passage is None or self.analysing:  # the matches pane shows the progress meanwhile
            return
        group_id = self.group_of.get(passage.id)
        if group_id:
            self._show_group(group_id, move_source=False)
            self.query_one(TopicTree).select_group(group_id)
        else:
            self._show_passage_alone(passage)

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

        def chosen(result: tuple[str, list[str]] | None) -> None:
            if result:
                self.hits = result[1]
                self.hit_index = self.hits.index(result[0]) if result[0] in self.hits else 0
                self._jump_to(result[0])

        from seedview.tui.search_screen import SearchScreen

        self.push_screen(SearchScreen(list(self.passages.values()), self.sources), chosen)

    def _jump_to(self, passage_id: str) -> None:
        passage = self.passages.get(passage_id)
        if passage is None:
            return
        if passage.source != self.current_source:
            self.show_source(passage.source)
        view = self.query_one(SourceView)
        if passage.kind == "boilerplate" and not view.show_furniture:
            view.show_furniture = True
        view.select(passage.id)
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

    def _current(self) -> Passage | None:
        return self.query_one(SourceView).current_passage()

    def action_toggle_mark(self) -> None:
        passage = self._current()
        if passage is None or self.store is None:
            self.notify("Move to a passage first (j/k in the article).")
            return
        source = self.sources[passage.source]
        from seedview.model.schema import Mark

        if passage.id in self.marks:
            del self.marks[passage.id]
            self._store_remove(source.sha256, passage.start, passage.end)
        else:
            self.marks[passage.id] = Mark(
                source_sha256=source.sha256, start=passage.start, end=passage.end, created=""
            )
            self._store_add(source.sha256, passage.start, passage.end, "")
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
            self.marks[passage.id] = Mark(
                source_sha256=source.sha256,
                start=passage.start,
                end=passage.end,
                note=note,
                created="",
            )
            self._store_add(source.sha256, passage.start, passage.end, note)
            self.query_one(SourceView).update_marks(set(self.marks))
            self._show_status(self._summary())

        from seedview.tui.note_dialog import NoteDialog

        self.push_screen(NoteDialog(passage.text, existing.note if existing else ""), saved)

    @work(thread=True, group="marks")
    def _store_add(self, sha: str, start: int, end: int, note: str) -> None:
        assert self.store is not None
        self.store.add(sha, start, end, note)

    @work(thread=True, group="marks")
    def _store_remove(self, sha: str, start: int, end: int) -> None:
        assert self.store is not None
        self.store.remove(sha, start, end)

    def _marked(self) -> list[Mark]:
        return list(self.marks.values())

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
                mark = self.marks.pop(passage_id)
                self._store_remove(mark.source_sha256, mark.start, mark.end)
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
                self._write_export(result[0], result[1])

        from seedview.tui.export_dialog import ExportDialog

        self.push_screen(ExportDialog(len(self.marks), default), chosen)

    @work(thread=True, group="export")
    def _write_export(self, fmt: str, path: Path) -> None:
        from seedview.model.export import render, write_export

        assert self.analysis is not None
        try:
            write_export(render(self.analysis, self._marked(), fmt), path, overwrite=True)
        except OSError as error:
            self.call_from_thread(
                self.notify, f"{path}: cannot write: {error.strerror or error}", severity="error"
            )
            return
        self.call_from_thread(self.notify, f"{len(self.marks)} passages written to {path}")

    def action_copy_marks(self) -> None:
        if self._still_analysing():
            return
        if self.analysis is None or not self.marks:
            self.notify("Nothing marked yet: press m on a passage.", severity="warning")
            return
        from seedview.model.export import render

        self.copy_to_clipboard(render(self.analysis, self._marked(), "md"))
        self.notify(f"{len(self.marks)} marked passages copied as Markdown.")
