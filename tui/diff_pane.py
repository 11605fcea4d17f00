"""The diff pane: a group's (or a conflict's) passages from every source side by side.

One column per source with its label; words no other column uses are highlighted, differing
figures most of all; a conflict's explanation stands on top. Text enters only `Text` objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.strip import Strip
from textual.widgets import Static

from seedview.tui.lines import CachedLines
from seedview.tui.safe_text import visible

if TYPE_CHECKING:
    from seedview.model.diff import WordKind
    from seedview.model.schema import Conflict, Group, Passage, Source

STYLES = {
    "same": Style(),
    "space": Style(),
    "differs": Style(color="black", bgcolor="khaki1"),
    "figure": Style(color="bright_white", bgcolor="red3", bold=True),
}
STYLE_CURRENT_COLUMN = Style(bold=True, color="cyan")
CONFLICTS_EXPLAINED = 4  # above the columns; n / N reach every one
MIN_COLUMN = 18  # cells: narrower columns break every other word
Column = tuple[Text, list[tuple[str, "WordKind"]]]
"""A source's header and its words, each labelled by `model.diff.word_diff`."""

KIND_SYMBOL = {
    "stance": "⚠ stance",
    "value": "⚠ value",
    "internal": "⚠ internal",
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
        passages: list[Passage],
        sources: dict[str, Source],
        conflicts: list[Conflict],
        current_source: str,
        language: str = "de",
    ) -> None:
        self._title(title)
        self.query_one(DiffColumns).show(
            _explanation(conflicts) if conflicts else None,
            _columns(passages, list(sources.values()), current_source, language),
        )

    def plain_text(self) -> str:
        """What the pane says, as text (title, explanation, columns)."""
        title = self.query_one("#diff-title", Static).render()
        columns = self.query_one(DiffColumns)
        parts = [str(title), columns.explanation.plain if columns.explanation else ""]
        parts.extend(f"{h.plain} {''.join(w for w, _ in words)}" for h, words in columns.columns)
        return " ".join(parts)

    def _title(self, title: Text) -> None:
        self.query_one("#diff-title", Static).update(title, layout=False)  # always one line


def _explanation(conflicts: list[Conflict]) -> Text:
    text = Text()
    for index, conflict in enumerate(conflicts[:CONFLICTS_EXPLAINED]):
        if index:
            text.append("\n")
        symbol = KIND_SYMBOL.get(conflict.kind, "⚠")
        style = "bold yellow" if conflict.kind != "different_period" else "bold blue"
        text.append(f"{symbol} ", style=style)
        text.append(visible(conflict.explanation.split(": ", 1)[-1]))
        if conflict.kind != "different_period":
            text.append(f"  (confidence {conflict.confidence:.2f})", style="dim")
    if len(conflicts) > CONFLICTS_EXPLAINED:  # many outlets, many conflicts: the columns first
        more = len(conflicts) - CONFLICTS_EXPLAINED
        text.append(f"\n… and {more} more on these passages (n / N step through all)", style="dim")
    return text


def _columns(
    passages: list[Passage], sources: list[Source], current: str, language: str
) -> list[Column]:
    """(header, labelled words) for each source that has passages."""
    position = {s.id: index for index, s in enumerate(sources)}
    by_source: dict[str, list[Passage]] = {}
    for passage in sorted(passages, key=lambda p: (position.get(p.source, 10**6), p.start)):
        by_source.setdefault(passage.source, []).append(passage)
    if not by_source:
        return []
    from seedview.model.diff import word_diff

    texts = ["\n\n".join(visible(p.text) for p in group) for group in by_source.values()]
    labels = {s.id: s for s in sources}
    columns: list[Column] = []
    same_as: dict[str, int] = {}  # a text already shown -> its column
    copies: list[int] = []
    for (source_id, members), text, pieces in zip(
        by_source.items(), texts, word_diff(texts, language), strict=True
    ):
        if text in same_as:  # syndicated copy: one column says it for every source that prints it
            copies[same_as[text]] += 1
            continue
        same_as[text] = len(columns)
        copies.append(0)
        source = labels.get(source_id)
        number = position[source_id] + 1 if source_id in position else "?"
        header = Text(f"{number} ", style="dim")
        style = STYLE_CURRENT_COLUMN if source_id == current else "bold"
        header.append(source.label if source else source_id, style=style)
        header.append(f"  ¶{members[0].paragraph + 1}", style="dim")
        columns.append((header, pieces))
    for index, extra in enumerate(copies):
        if extra:
            columns[index][0].append(f"  +{extra} word for word", style="dim")
    return columns


class DiffColumns(CachedLines, can_focus=True):
    """The conflict explanation, then the sources' passages side by side, one column each,
    all scrolling together.

    The content is wrapped once per width into cached strips, the columns joined row by row,
    so showing another group repaints without a layout pass.
    """

    COMPONENT_CLASSES = {"diff-columns--explanation", "diff-columns--rule"}
    BINDINGS = [
        Binding("up,k", "scroll_up", "Scroll up", show=False),
        Binding("down,j", "scroll_down", "Scroll down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "scroll_home", "Top", show=False),
        Binding("end", "scroll_end", "Bottom", show=False),
        Binding("right", "page_columns(1)", "More sources", show=False),
        Binding("left", "page_columns(-1)", "Previous sources", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.explanation: Text | None = None
        self.columns: list[Column] = []
        self.first_column = 0  # when more sources than fit: the first one shown

    def show(self, explanation: Text | None, columns: list[Column]) -> None:
        self.explanation = explanation
        self.columns = columns
        self.first_column = 0
        self.scroll_to(y=0, animate=False)
        self.invalidate()

    def columns_that_fit(self) -> int:
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
                style="dim italic",
            )
            notice = [Strip(line.render(console)) for line in text.wrap(console, width)]
        count = len(shown)
        # Each column: one cell of padding on each side, a rule between columns.
        column_width = max(8, (width - (count - 1)) // count)
        inner = max(4, column_width - 2)
        blocks = [
            [
                Strip(line.render(console))
                for part in (header, _body(words))
                for line in part.wrap(console, inner)
            ]
            for header, words in shown
        ]
        pad = Strip([Segment(" ")])
        rule = Strip([Segment("│", self.get_component_rich_style("diff-columns--rule"))])
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


def _body(words: list[tuple[str, WordKind]]) -> Text:
    """Made only for the columns on screen: a group can have hundreds of versions."""
    body = Text()
    for word, kind in words:
        body.append(word, style=STYLES[kind])
    return body


def group_title(group: Group, index: int, total: int, topic: str) -> Text:
    title = Text(f"Group {index}/{total}", style="bold")
    title.append(f" · {topic}", style="bold cyan")
    title.append(f" · {group.label}", style="")
    title.append(f" · score {group.score:.2f}", style="dim")
    return title


def conflict_title(conflict: Conflict, index: int, total: int) -> Text:
    title = Text(f"Conflict {index}/{total}", style="bold yellow")
    title.append(f" · {conflict.kind}", style="yellow")
    return title
