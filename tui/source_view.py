"""The source pane: one whole article, with the current passage, matches, conflicts and marks.

A Line-API view (`CachedLines`): the article is wrapped once per width into a cache of rendered
lines, so scrolling repaints only what is visible and a cursor move re-renders only the two
passages it leaves and reaches. Article text only ever enters `rich.text.Text` objects, never
a markup parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from seedview.tui.lines import CachedLines
from seedview.tui.safe_text import query_terms, visible

if TYPE_CHECKING:
    from seedview.model.records import AnyPassage, AnySource

GUTTER = 3
SYMBOL_MATCH = "≡"
SYMBOL_CONFLICT = "⚠"
SYMBOL_MARK = "★"

# Styles are component classes, coloured by the theme in app.tcss.
CURRENT = "source-view--current"
PEER = "source-view--peer"
FURNITURE = "source-view--furniture"
HEADING = "source-view--heading"
HIT = "source-view--hit"
GUTTER_STYLE = {
    SYMBOL_MARK: "source-view--gutter-mark",
    SYMBOL_CONFLICT: "source-view--gutter-conflict",
    SYMBOL_MATCH: "source-view--gutter-match",
}


class SourceView(CachedLines, can_focus=True):
    """The article of the selected source, passage by passage."""

    COMPONENT_CLASSES = {CURRENT, PEER, FURNITURE, HEADING, HIT, *GUTTER_STYLE.values()}

    BINDINGS = [  # shown in the footer while the article has the focus
        Binding("down,j", "next_passage", "Next passage", show=False),
        Binding("up,k", "previous_passage", "Previous passage", show=False),
        Binding("pagedown,ctrl+d", "page_down", "Page down", show=False),
        Binding("pageup,ctrl+u", "page_up", "Page up", show=False),
        Binding("home,g", "first_passage", "First", show=False),
        Binding("end,G", "last_passage", "Last", show=False),
        Binding("m", "app.toggle_mark", "Mark"),
        Binding("y", "app.copy_passage", "Copy"),
    ]

    show_furniture: reactive[bool] = reactive(True)

    class PassageChanged(Message):
        def __init__(self, passage: AnyPassage | None) -> None:
            super().__init__()
            self.passage = passage

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source: AnySource | None = None
        self.passages: list[AnyPassage] = []
        self.current: str | None = None
        self.matched: set[str] = set()
        self.conflicted: set[str] = set()
        self.marked: set[str] = set()
        self.peers: set[str] = set()
        self.highlight: str = ""  # the search query, marked wherever it occurs
        self.line_passage: list[str | None] = []  # the passage each strip starts or continues
        self._first_line: dict[str, int] = {}

    # --- data -------------------------------------------------------------------------------

    def show_source(
        self,
        source: AnySource,
        passages: list[AnyPassage],
        *,
        matched: set[str],
        conflicted: set[str],
        marked: set[str],
    ) -> None:
        same = self.source is not None and self.source.id == source.id
        self.source = source
        self.passages = passages
        self.matched, self.conflicted, self.marked = matched, conflicted, marked
        if not same:
            self.current = None
            self.peers = set()
        self.invalidate()
        if not same:
            self.scroll_to(y=0, animate=False)

    def update_marks(self, marked: set[str]) -> None:
        changed = self.marked ^ marked
        self.marked = set(marked)
        self._restyle(changed)

    def set_peers(self, peers: set[str]) -> None:
        """Passages of this source that belong to the group shown beside it."""
        changed = self.peers ^ peers
        self.peers = set(peers)
        self._restyle(changed)

    def _restyle(self, passage_ids: set[str]) -> None:
        """Re-render just these passages' lines: a style change never changes the wrapping."""
        if not self.strips or self._width == 0:
            self.invalidate()
            return
        console = self.app.console
        by_id = {p.id: p for p in self.passages}
        for passage_id in passage_ids:
            passage = by_id.get(passage_id)
            first = self._first_line.get(passage_id)
            if passage is None or first is None:
                continue
            rendered = self._render_passage(passage, self._width - GUTTER, console)
            self.strips[first : first + len(rendered)] = rendered
            # Only these lines: the screen repaints every pane across the lines marked dirty.
            self.refresh_lines(first, len(rendered))

    def set_highlight(self, query: str) -> None:
        """Mark the words of a search query wherever they occur in the article."""
        if query != self.highlight:
            self.highlight = query
            self.invalidate()

    def visible_passages(self) -> list[AnyPassage]:
        return [p for p in self.passages if self.show_furniture or p.kind != "boilerplate"]

    def select(self, passage_id: str | None, *, scroll: bool = True, notify: bool = True) -> None:
        previous, self.current = self.current, passage_id
        self._restyle({p for p in (previous, passage_id) if p})
        if scroll and passage_id is not None:
            self._scroll_to_current()
        if notify:
            self.post_message(self.PassageChanged(self.current_passage()))

    def current_passage(self) -> AnyPassage | None:
        return next((p for p in self.passages if p.id == self.current), None)

    def watch_show_furniture(self) -> None:
        self.invalidate()

    # --- rendering --------------------------------------------------------------------------

    def content_width(self) -> int:
        return max(10, self.scrollable_content_region.width or self.size.width or 80)

    def build(self, width: int) -> list[Strip]:
        """Each passage starts a line (its gutter symbol is exact); paragraphs end with a blank."""
        strips: list[Strip] = []
        self.line_passage = []
        self._first_line = {}
        if self.source is None:
            return strips
        console = self.app.console
        previous_paragraph: int | None = None
        for passage in self.visible_passages():
            if previous_paragraph is not None and passage.paragraph != previous_paragraph:
                strips.append(Strip([]))
                self.line_passage.append(None)
            previous_paragraph = passage.paragraph
            self._first_line[passage.id] = len(strips)
            rendered = self._render_passage(passage, width - GUTTER, console)
            strips.extend(rendered)
            self.line_passage.extend([passage.id] * len(rendered))
        return strips

    def _render_passage(self, passage: AnyPassage, width: int, console: Console) -> list[Strip]:
        """The passage's lines: its style laid over each whole line (Rich drops a `Text`'s
        base style when it has no spans, so the style goes onto the strips), the search query
        as spans, the gutter symbol in its own colour."""
        text = Text(visible(passage.text), end="")
        if self.highlight:
            text.highlight_words(
                query_terms(self.highlight), self.overlay(HIT), case_sensitive=False
            )
        style = self._style(passage)
        fill = style if passage.id == self.current else None  # the current passage: whole lines
        rendered = []
        for number, line in enumerate(text.wrap(console, width)):
            line.end = ""
            body = Strip(line.render(console)).apply_style(style).crop_extend(0, width, fill)
            rendered.append(Strip.join([self._gutter(passage, number == 0), body]))
        return rendered

    def _style(self, passage: AnyPassage) -> Style:
        style = Style()
        if passage.id in self.peers:
            style += self.overlay(PEER)
        if passage.kind == "boilerplate":
            style += self.overlay(FURNITURE)
        elif passage.kind == "heading":
            style += self.overlay(HEADING)
        if passage.id == self.current:
            style += self.overlay(CURRENT)
        return style

    def _gutter(self, passage: AnyPassage | None, first_line: bool) -> Strip:
        symbol = self._symbol(passage) if passage is not None and first_line else ""
        if not symbol:
            return Strip([Segment(" " * GUTTER)], GUTTER)
        return Strip([Segment(symbol, self.overlay(GUTTER_STYLE[symbol])), Segment("  ")], GUTTER)

    def _symbol(self, passage: AnyPassage) -> str:
        if passage.id in self.marked:
            return SYMBOL_MARK
        if passage.id in self.conflicted:
            return SYMBOL_CONFLICT
        if passage.id in self.matched:
            return SYMBOL_MATCH
        return ""

    # --- movement ---------------------------------------------------------------------------

    def _scroll_to_current(self) -> None:
        if self.current is None:
            return
        self._ensure_strips()
        line = self._first_line.get(self.current)
        if line is None:
            return
        last = line
        while last + 1 < len(self.line_passage) and self.line_passage[last + 1] == self.current:
            last += 1
        top = self.scroll_offset.y
        height = self.size.height or 1
        if not (top <= line and last < top + height):  # the whole passage, not its first line
            self.scroll_to(y=max(0, line - height // 3), animate=False)

    def _step(self, delta: int) -> None:
        ids = [p.id for p in self.visible_passages()]
        if not ids:
            return
        if self.current not in ids:
            target = 0 if delta > 0 else len(ids) - 1
        else:
            target = max(0, min(len(ids) - 1, ids.index(self.current) + delta))
        self.select(ids[target])

    def action_next_passage(self) -> None:
        self._step(1)

    def action_previous_passage(self) -> None:
        self._step(-1)

    def action_first_passage(self) -> None:
        self._step(-(10**9))

    def action_last_passage(self) -> None:
        self._step(10**9)

    def action_page_down(self) -> None:
        self._step(max(1, (self.size.height or 10) // 3))

    def action_page_up(self) -> None:
        self._step(-max(1, (self.size.height or 10) // 3))

    def on_click(self, event: object) -> None:
        y = getattr(event, "y", None)
        if y is None:
            return
        index = self.scroll_offset.y + int(y)
        if 0 <= index < len(self.line_passage) and self.line_passage[index]:
            self.select(self.line_passage[index], scroll=False)
