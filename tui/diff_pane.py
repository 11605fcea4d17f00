"""The diff pane: a group's (or a conflict's) passages from every source side by side.

One column per source with its label; words no other column uses are highlighted, differing
figures most of all; a conflict's explanation stands on top. Text enters only `Text` objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from seedview.tui.safe_text import visible

if TYPE_CHECKING:
    from seedview.model.schema import Conflict, Group, Passage, Source

STYLES = {
    "same": Style(),
    "space": Style(),
    "differs": Style(color="black", bgcolor="khaki1"),
    "figure": Style(color="bright_white", bgcolor="red3", bold=True),
}
STYLE_CURRENT_COLUMN = Style(bold=True, color="cyan")
KIND_SYMBOL = {
    "stance": "⚠ stance",
    "value": "⚠ value",
    "internal": "⚠ internal",
    "different_period": "ⓘ period",
}


class DiffPane(Static):
    """Shows a group, a conflict, or a lone passage; rebuilt on every selection."""

    def compose(self) -> ComposeResult:
        yield Static(id="diff-title")
        yield Static(id="diff-explanation")
        yield Horizontal(id="diff-columns")

    def show_nothing(self, message: str) -> None:
        self._title(Text(message, style="dim"))
        self._explain([])
        self._columns([], [], "", "de")

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
        self._explain(conflicts)
        self._columns(passages, list(sources.values()), current_source, language)

    def _title(self, title: Text) -> None:
        self.query_one("#diff-title", Static).update(title)

    def _explain(self, conflicts: list[Conflict]) -> None:
        widget = self.query_one("#diff-explanation", Static)
        if not conflicts:
            widget.update("")
            widget.display = False
            return
        text = Text()
        for index, conflict in enumerate(conflicts):
            if index:
                text.append("\n")
            symbol = KIND_SYMBOL.get(conflict.kind, "⚠")
            style = "bold yellow" if conflict.kind != "different_period" else "bold blue"
            text.append(f"{symbol} ", style=style)
            text.append(visible(conflict.explanation.split(": ", 1)[-1]))
            if conflict.kind != "different_period":
                text.append(f"  (confidence {conflict.confidence:.2f})", style="dim")
        widget.update(text)
        widget.display = True

    def _columns(
        self, passages: list[Passage], sources: list[Source], current: str, language: str
    ) -> None:
        """Fill one column per source, reusing the column widgets already mounted."""
        container = self.query_one("#diff-columns", Horizontal)
        order = [s.id for s in sources]
        by_source: dict[str, list[Passage]] = {}
        for passage in sorted(
            passages, key=lambda p: (order.index(p.source) if p.source in order else 99, p.start)
        ):
            by_source.setdefault(passage.source, []).append(passage)
        contents: list[tuple[Text, Text]] = []
        if by_source:
            from seedview.model.diff import word_diff

            texts = ["\n\n".join(visible(p.text) for p in group) for group in by_source.values()]
            labels = {s.id: s for s in sources}
            for (source_id, members), pieces in zip(
                by_source.items(), word_diff(texts, language), strict=True
            ):
                source = labels.get(source_id)
                number = order.index(source_id) + 1 if source_id in order else "?"
                header = Text(f"{number} ", style="dim")
                style = STYLE_CURRENT_COLUMN if source_id == current else "bold"
                header.append(source.label if source else source_id, style=style)
                header.append(f"  ¶{members[0].paragraph + 1}", style="dim")
                body = Text()
                for piece, kind in pieces:
                    body.append(piece, style=STYLES[kind])
                contents.append((header, body))
        columns = list(container.query(DiffColumn))
        missing = [DiffColumn() for _ in range(len(contents) - len(columns))]
        for index, column in enumerate(columns + missing):
            column.display = index < len(contents)
            if index < len(contents):
                column.header.update(contents[index][0])
                column.body.update(contents[index][1])
                column.scroll_home(animate=False)
        if missing:
            container.mount_all(missing)


class DiffColumn(VerticalScroll):
    """One source's passages; reused from selection to selection."""

    def __init__(self) -> None:
        super().__init__(classes="diff-column")
        self.header = Static(classes="column-header")
        self.body = Static(classes="column-body")

    def compose(self) -> ComposeResult:
        yield self.header
        yield self.body


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
