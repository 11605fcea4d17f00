"""The source pane: one whole article, with the current passage, matches, conflicts and marks.

A Line-API ScrollView (as in Textualize/toolong): the article is wrapped once per width into a
cache of rendered lines, so scrolling and cursor moves repaint only what is visible. Article
text only ever enters `rich.text.Text` objects, never a markup parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from seedview.tui.lines import set_virtual_size
from seedview.tui.safe_text import visible

if TYPE_CHECKING:
    from seedview.model.schema import Passage, Source

GUTTER = 3
SYMBOL_MATCH = "≡"
SYMBOL_CONFLICT = "⚠"
SYMBOL_MARK = "★"

STYLE_CURRENT = Style(bgcolor="grey30", bold=True)
STYLE_PEER = Style(underline=True)
STYLE_FURNITURE = Style(dim=True, italic=True)
STYLE_HEADING = Style(bold=True, color="bright_white")
STYLE_GUTTER_MATCH = Style(color="cyan", bold=True)
STYLE_GUTTER_CONFLICT = Style(color="yellow", bold=True)
STYLE_GUTTER_MARK = Style(color="magenta", bold=True)


@dataclass
class _Line:
    strip: Strip  # rendered once per width or style change, reused on every repaint
    passage: str | None  # the passage this line starts or continues

    @property
    def segments(self) -> list[Segment]:
        return list(self.strip)


class SourceView(ScrollView, can_focus=True):
    """The article of the selected source, passage by passage."""

    BINDINGS = [
        Binding("down,j", "next_passage", "Next passage", show=False),
        Binding("up,k", "previous_passage", "Previous passage", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home", "first_passage", "First", show=False),
        Binding("end", "last_passage", "Last", show=False),
    ]

    show_furniture: reactive[bool] = reactive(True)

    class PassageChanged(Message):
        def __init__(self, passage: Passage | None) -> None:
            super().__init__()
            self.passage = passage

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source: Source | None = None
        self.passages: list[Passage] = []
        self.current: str | None = None
        self.matched: set[str] = set()
        self.conflicted: set[str] = set()
        self.marked: set[str] = set()
        self.peers: set[str] = set()
        self._lines: list[_Line] = []
        self._first_line: dict[str, int] = {}
        self._width = 0

    # --- data -------------------------------------------------------------------------------

    def show_source(
        self,
        source: Source,
        passages: list[Passage],
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
        self._invalidate()
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
        if not self._lines or self._width == 0:
            self._invalidate()
            return
        console = self.app.console
        by_id = {p.id: p for p in self.passages}
        for passage_id in passage_ids:
            passage = by_id.get(passage_id)
            first = self._first_line.get(passage_id)
            if passage is None or first is None:
                continue
            rendered = self._render_passage(passage, self._width - GUTTER, console)
            for offset, line in enumerate(rendered):
                self._lines[first + offset] = line
            # Only these lines: the screen repaints every pane across the lines marked dirty.
            self.refresh_lines(first, len(rendered))

    def visible_passages(self) -> list[Passage]:
        return [p for p in self.passages if self.show_furniture or p.kind != "boilerplate"]

    def select(self, passage_id: str | None, *, scroll: bool = True, notify: bool = True) -> None:
        previous, self.current = self.current, passage_id
        self._restyle({p for p in (previous, passage_id) if p})
        if scroll and passage_id is not None:
            self._scroll_to_current()
        if notify:
            self.post_message(self.PassageChanged(self.current_passage()))

    def current_passage(self) -> Passage | None:
        return next((p for p in self.passages if p.id == self.current), None)

    def watch_show_furniture(self) -> None:
        self._invalidate()

    # --- rendering --------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._width = 0
        self._ensure_lines()
        self.refresh()

    def on_resize(self) -> None:
        self._width = 0
        self._ensure_lines()

    def _ensure_lines(self) -> None:
        width = max(10, self.scrollable_content_region.width or self.size.width or 80)
        if self._width == width and self._lines:
            return
        self._width = width
        self._lines, self._first_line = self._build(width - GUTTER)
        set_virtual_size(self, Size(width, len(self._lines)))

    def _build(self, width: int) -> tuple[list[_Line], dict[str, int]]:
        """Each passage starts a line (its gutter symbol is exact); paragraphs end with a blank."""
        lines: list[_Line] = []
        first: dict[str, int] = {}
        if self.source is None:
            return lines, first
        console = self.app.console
        previous_paragraph: int | None = None
        for passage in self.visible_passages():
            if previous_paragraph is not None and passage.paragraph != previous_paragraph:
                lines.append(_Line(Strip([]), None))
            previous_paragraph = passage.paragraph
            first[passage.id] = len(lines)
            lines.extend(self._render_passage(passage, width, console))
        return lines, first

    def _render_passage(self, passage: Passage, width: int, console: Console) -> list[_Line]:
        text = Text(visible(passage.text), style=self._style(passage), end="")
        rendered = []
        for number, line in enumerate(text.wrap(console, width)):
            line.end = ""
            gutter = self._gutter(passage, number == 0)
            rendered.append(
                _Line(Strip([*gutter.render(console), *line.render(console)]), passage.id)
            )
        return rendered

    def _style(self, passage: Passage) -> Style:
        style = Style()
        if passage.kind == "boilerplate":
            style += STYLE_FURNITURE
        elif passage.kind == "heading":
            style += STYLE_HEADING
        if passage.id in self.peers:
            style += STYLE_PEER
        if passage.id == self.current:
            style += STYLE_CURRENT
        return style

    def _gutter(self, passage: Passage | None, first_line: bool) -> Text:
        if passage is None or not first_line:
            return Text(" " * GUTTER)
        if passage.id in self.marked:
            return Text(f"{SYMBOL_MARK}  ", style=STYLE_GUTTER_MARK)
        if passage.id in self.conflicted:
            return Text(f"{SYMBOL_CONFLICT}  ", style=STYLE_GUTTER_CONFLICT)
        if passage.id in self.matched:
            return Text(f"{SYMBOL_MATCH}  ", style=STYLE_GUTTER_MATCH)
        return Text(" " * GUTTER)

    def render_line(self, y: int) -> Strip:
        self._ensure_lines()
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        if index >= len(self._lines):
            return Strip.blank(self.size.width, self.rich_style)
        return self._lines[index].strip.crop_extend(
            scroll_x, scroll_x + self.size.width, self.rich_style
        )

    # --- movement ---------------------------------------------------------------------------

    def _scroll_to_current(self) -> None:
        if self.current is None:
            return
        self._ensure_lines()
        line = self._first_line.get(self.current)
        if line is None:
            return
        top = self.scroll_offset.y
        height = self.size.height or 1
        if not (top <= line < top + height - 1):
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
        if 0 <= index < len(self._lines) and self._lines[index].passage:
            self.select(self._lines[index].passage, scroll=False)
