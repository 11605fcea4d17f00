"""The diff pane: a group's (or a conflict's) passages from every source side by side.

One column per source with its label; words no other column uses are highlighted, differing
figures most of all; a conflict's explanation stands on top. Text enters only `Text` objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.strip import Strip
from textual.widgets import Static

from seedview.tui.lines import CachedLines, wrap_words
from seedview.tui.safe_text import visible

if TYPE_CHECKING:
    from seedview.model.diff import WordKind
    from seedview.model.records import AnyPassage, AnySource
    from seedview.model.schema import Conflict, Group
    from seedview.tui.view import Side

WORD_STYLE = {  # component classes of DiffColumns, coloured by the theme in app.tcss
    "differs": "diff-columns--differs",
    "figure": "diff-columns--figure",
    "disputed": "diff-columns--disputed",
}
HEADER = "diff-columns--header"
HEADER_CURRENT = "diff-columns--header-current"
CONFLICTS_EXPLAINED = 2  # above the columns; n / N reach every one
MIN_COLUMN = 19  # cells: two side by side at 120 columns; words wrap whole (lines.wrap_words)


@dataclass
class Column:
    """One column: a source (or a side of a conflict), its labelled words, and what it folds."""

    label: str
    current: bool
    words: list[tuple[str, WordKind]]
    side: str = ""  # a conflict's position, e.g. "closed" or "72 Mrd. USD"
    folded: list[str] = field(default_factory=list)  # agreeing sources under this one


KIND_SYMBOL = {
    "stance": "⚠ stance",
    "value": "⚠ value",
    "measure": "⚠ what it measures",
    "date": "⚠ date",
    "internal": "⚠ internal",
    "approximate": "≈ differs",
    "different_period": "ⓘ period",
}


class DiffPane(Vertical):
    """Shows a group, a conflict, or a lone passage; refilled on every selection.

    A selection change must repaint, not re-layout (a layout pass re-renders every pane): the
    title is one line, and the explanation and the columns are one Line-API widget whose
    lines are cached per width.
    """

    def __init__(self, placeholder: Text, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._placeholder = placeholder

    def compose(self) -> ComposeResult:
        yield Static(self._placeholder, id="diff-title")
        yield DiffColumns(id="diff-columns")

    def show_nothing(self, message: str) -> None:
        self._title(Text(message, style="dim"))
        self.query_one(DiffColumns).show(None, [])

    def show(
        self,
        *,
        title: Text,
        passages: list[AnyPassage],
        sources: dict[str, AnySource],
        conflicts: list[Conflict],
        current_source: str,
        language: str = "de",
        sides: list[Side] | None = None,
    ) -> None:
        """A conflict's `sides` give one column per side (its sides before anything else);
        without them, one column per source."""
        self._title(title)
        by_id = {p.id: p for p in passages}
        self.query_one(DiffColumns).show(
            _explanation(conflicts) if conflicts else None,
            _side_columns(sides, by_id, sources, current_source, language)
            if sides
            else _columns(passages, list(sources.values()), current_source, language),
            all_side_by_side=bool(sides),
        )

    def plain_text(self) -> str:
        """What the pane says, as text (title, explanation, columns)."""
        title = self.query_one("#diff-title", Static).render()
        columns = self.query_one(DiffColumns)
        parts = [str(title), columns.explanation.plain if columns.explanation else ""]
        parts.extend(
            f"{c.side} {c.label} {''.join(w for w, _ in c.words)} {' '.join(c.folded)}"
            for c in columns.columns
        )
        return " ".join(parts)

    def _title(self, title: Text) -> None:
        self.query_one("#diff-title", Static).update(title, layout=False)  # always one line


def _explanation(conflicts: list[Conflict]) -> Text:
    text = Text()
    for index, conflict in enumerate(conflicts[:CONFLICTS_EXPLAINED]):
        if index:
            text.append("\n")
        symbol = KIND_SYMBOL.get(conflict.kind, "⚠")
        text.append(f"{symbol} ", style="bold")
        text.append(visible(conflict.explanation.split(": ", 1)[-1]))
        if conflict.kind != "different_period":
            text.append(f"  (confidence {conflict.confidence:.2f})", style="dim")
    if len(conflicts) > CONFLICTS_EXPLAINED:  # many outlets, many conflicts: the columns first
        more = len(conflicts) - CONFLICTS_EXPLAINED
        text.append(f"\n… and {more} more on these passages (n / N step through all)", style="dim")
    return text


def _label(source_id: str, sources: dict[str, AnySource], passage: AnyPassage) -> str:
    number = list(sources).index(source_id) + 1 if source_id in sources else "?"
    label = sources[source_id].label if source_id in sources else source_id
    return f"{number} {label} ¶{passage.paragraph + 1}"


def _columns(
    passages: list[AnyPassage], sources: list[AnySource], current: str, language: str
) -> list[Column]:
    """One column for each source that has passages; word-for-word copies fold together."""
    position = {s.id: index for index, s in enumerate(sources)}
    by_source: dict[str, list[AnyPassage]] = {}
    for passage in sorted(passages, key=lambda p: (position.get(p.source, 10**6), p.start)):
        by_source.setdefault(passage.source, []).append(passage)
    if not by_source:
        return []
    from seedview.model.diff import word_diff

    source_of = {s.id: s for s in sources}
    texts = ["\n\n".join(visible(p.text) for p in group) for group in by_source.values()]
    columns: list[Column] = []
    same_as: dict[str, Column] = {}  # a text already shown -> its column
    for (source_id, members), text, pieces in zip(
        by_source.items(), texts, word_diff(texts, language), strict=True
    ):
        label = _label(source_id, source_of, members[0])
        if text in same_as:  # syndicated copy: one column says it for every source that prints it
            same_as[text].folded.append(label)
            continue
        same_as[text] = Column(label, source_id == current, pieces)
        columns.append(same_as[text])
    return columns


def _side_columns(
    sides: list[Side],
    passages: dict[str, AnyPassage],
    sources: dict[str, AnySource],
    current: str,
    language: str,
) -> list[Column]:
    """One column per side of a conflict: the passage of the current source if it is on that
    side, else the first; the other sources that say the same folded under it by name."""
    from seedview.model.diff import word_diff

    shown: list[tuple[Side, list[AnyPassage], list[AnyPassage]]] = []
    for side in sides:
        members = [passages[pid] for pid in side.passages if pid in passages]
        if not members:
            continue
        lead_source = next((p for p in members if p.source == current), members[0]).source
        own = sorted((p for p in members if p.source == lead_source), key=lambda p: p.start)
        agreeing: dict[str, AnyPassage] = {}  # one line per agreeing source, its first passage
        for passage in members:
            if passage.source != lead_source:
                agreeing.setdefault(passage.source, passage)
        shown.append((side, own, list(agreeing.values())))
    texts = [" ".join(visible(p.text) for p in mine) for _, mine, _ in shown]
    disputed = [_disputed_ranges(t, side) for t, (side, _, _) in zip(texts, shown, strict=True)]
    columns = []
    for (side, mine, others), pieces in zip(
        shown, word_diff(texts, language, disputed), strict=True
    ):
        lead: AnyPassage = mine[0]
        column = Column(_label(lead.source, sources, lead), lead.source == current, pieces)
        column.side = side.label
        column.folded = [_label(p.source, sources, p) for p in others]
        columns.append(column)
    return columns


def _disputed_ranges(text: str, side: Side) -> list[tuple[int, int]]:
    """Where the side's claims state what is disputed: the figure, or the stance's words."""
    ranges = []
    for claim in side.claims:
        words = visible(claim.quantity.text if claim.quantity else claim.evidence)
        words = words.removesuffix(" (continuing)")
        found = text.find(words) if words else -1
        if found < 0 and ": " in words:  # "shift: Kehrtwende von …": the cue, then the words
            words = words.split(": ", 1)[1]
            found = text.find(words)
        if found >= 0:
            ranges.append((found, found + len(words)))
    return ranges


class DiffColumns(CachedLines, can_focus=True):
    """The conflict explanation, then the sources' passages side by side, one column each,
    all scrolling together.

    The content is wrapped once per width into cached strips, the columns joined row by row,
    so showing another group repaints without a layout pass.
    """

    COMPONENT_CLASSES = {
        "diff-columns--explanation",
        "diff-columns--rule",
        "diff-columns--side",
        "diff-columns--folded",
        HEADER,
        HEADER_CURRENT,
        *WORD_STYLE.values(),
    }
    BINDINGS = [  # shown in the footer while the matches have the focus
        Binding("up,k", "scroll_up", "Scroll up", show=False),
        Binding("down,j", "scroll_down", "Scroll down", show=False),
        Binding("pageup,ctrl+u", "page_up", "Page up", show=False),
        Binding("pagedown,ctrl+d", "page_down", "Page down", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "Bottom", show=False),
        Binding("right", "page_columns(1)", "More sources", show=False),  # the notice says so
        Binding("left", "page_columns(-1)", "Previous sources", show=False),
        Binding("z", "app.zoom", "Zoom"),
        Binding("f", "app.facts", "Facts"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.explanation: Text | None = None
        self.columns: list[Column] = []
        self.first_column = 0  # when more sources than fit: the first one shown
        self.all_side_by_side = False

    def show(
        self, explanation: Text | None, columns: list[Column], *, all_side_by_side: bool = False
    ) -> None:
        """`all_side_by_side`: a conflict's sides, never paged (both must be on screen)."""
        self.explanation = explanation
        self.columns = columns
        self.all_side_by_side = all_side_by_side
        self.first_column = 0
        self.scroll_to(y=0, animate=False)
        self.invalidate()

    def columns_that_fit(self) -> int:
        if self.all_side_by_side:
            return max(1, len(self.columns))
        return max(1, (self.content_width() + 1) // (MIN_COLUMN + 1))

    def action_page_columns(self, direction: int) -> None:
        fit = self.columns_that_fit()
        last_page = max(0, (len(self.columns) - 1) // fit * fit)
        first = min(last_page, max(0, self.first_column + direction * fit))
        if first != self.first_column:
            self.first_column = first
            self.invalidate()

    def build(self, width: int) -> list[Strip]:
        return self._explanation_lines(width) + self._column_lines(width)

    def _explanation_lines(self, width: int) -> list[Strip]:
        if self.explanation is None:
            return []
        console = self.app.console
        style = self.get_component_rich_style("diff-columns--explanation")
        inner = max(4, width - 2)
        lines = [
            Strip([Segment(" ", style), *line.render(console), Segment(" ", style)])
            .apply_style(style)
            .crop_extend(0, width, style)
            for line in self.explanation.wrap(console, inner)
        ]
        return [*lines, Strip([])]

    def _column_lines(self, width: int) -> list[Strip]:
        if not self.columns:
            return []
        console = self.app.console
        shown = self.columns
        notice: list[Strip] = []
        fit = self.columns_that_fit()
        if len(self.columns) > fit:  # too many to read side by side: a page at a time
            shown = self.columns[self.first_column : self.first_column + fit]
            text = Text(
                f" versions {self.first_column + 1}–{self.first_column + len(shown)} of "
                f"{len(self.columns)} · ←/→ for the others",
                style=self.overlay("diff-columns--folded"),
            )
            notice = [Strip(line.render(console)) for line in text.wrap(console, width)]
        count = len(shown)
        # Each column: one cell of padding on each side, a rule between columns.
        column_width = max(8, (width - (count - 1)) // count)
        inner = max(4, column_width - 2)
        blocks = [
            [Strip(line.render(console)) for line in wrap_words(part, inner)]
            for column in shown
            for part in [self._head(column)]
        ]
        for block, column in zip(blocks, shown, strict=True):
            block.extend(
                Strip(line.render(console)) for line in wrap_words(self._body(column), inner)
            )
        pad = Strip([Segment(" ")])
        rule = Strip([Segment("│", self.overlay("diff-columns--rule"))])
        rows = []
        for row in range(max(len(block) for block in blocks)):
            pieces: list[Strip] = []
            for index, block in enumerate(blocks):
                if index:
                    pieces.append(rule)
                line = block[row] if row < len(block) else Strip([])
                pieces.extend([pad, line.crop_extend(0, inner, None), pad])
            rows.append(Strip.join(pieces))
        return notice + rows

    def _head(self, column: Column) -> Text:
        """The side (in a conflict), the source, and the sources folded under it."""
        head = Text()
        if column.side:
            head.append(column.side, style=self.overlay("diff-columns--side"))
            head.append("\n")
        head.append(column.label, style=self.overlay(HEADER_CURRENT if column.current else HEADER))
        if column.folded:
            head.append(
                f"\n+{len(column.folded)} say the same: {', '.join(column.folded)}",
                style=self.overlay("diff-columns--folded"),
            )
        head.append("\n")
        return head

    def _body(self, column: Column) -> Text:
        """Made only for the columns on screen: a group can have hundreds of versions."""
        styles = {kind: self.overlay(name) for kind, name in WORD_STYLE.items()}
        body = Text()
        for word, kind in column.words:
            body.append(word, style=styles.get(kind))
        return body


def group_title(group: Group, index: int, total: int, topic: str) -> Text:
    title = Text(f"Group {index}/{total}", style="bold")
    title.append(f" · {topic}", style="bold")
    title.append(f" · {group.label}")
    title.append(f" · score {group.score:.2f}", style="dim")
    return title


def conflict_title(conflict: Conflict, index: int, total: int) -> Text:
    title = Text(f"Conflict {index}/{total}", style="bold")
    title.append(f" · {conflict.kind}")
    return title
