"""The facts table: for one key (who · what · when), every source's figure side by side.

Rows: source · value as written · role · period · quote; rows whose value differs from the
most common one are marked ⚠. [ / ] step through the keys; Enter jumps to the row's passage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from seedview.tui.dialog_css import dialog_css
from seedview.tui.safe_text import visible

if TYPE_CHECKING:
    from seedview.model.records import AnySource
    from seedview.tui.view import FactGroup

QUOTE = 110  # characters of the passage in the quote column


class FactsScreen(ModalScreen[str | None]):
    """Returns the passage id to jump to, or None."""

    DEFAULT_CSS = dialog_css(
        "FactsScreen",
        "facts-box",
        max_width=160,
        more="""
    #facts-table {
        height: auto;
        max-height: 24;
    }
    """,
    )

    BINDINGS = [
        Binding("escape,q", "close", "Close"),
        Binding("right_square_bracket,n", "step(1)", "Next key", key_display="]"),
        Binding("left_square_bracket,N", "step(-1)", "Prev key", key_display="["),
    ]

    def __init__(
        self, groups: list[FactGroup], sources: dict[str, AnySource], index: int = 0
    ) -> None:
        super().__init__()
        self.groups = groups
        self.sources = sources
        self.index = max(0, min(index, len(groups) - 1))

    def compose(self) -> ComposeResult:
        with Vertical(id="facts-box"):
            yield Static(id="facts-title")
            yield DataTable(id="facts-table", cursor_type="row", zebra_stripes=True)
            yield Static(
                Text("⏎ go to the passage · ] / [ next / previous key · Esc close", style="dim")
            )

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("", "source", "value as written", "role", "period")
        # The quote wraps in what is left of the box (rows grow to fit it).
        table.add_column("quote", width=max(30, min(self.app.size.width, 160) - 100))
        self._fill()
        table.focus()

    @property
    def group(self) -> FactGroup:
        return self.groups[self.index]

    def _fill(self) -> None:
        group = self.group
        title = Text(f"Facts {self.index + 1}/{len(self.groups)} · ", style="bold")
        title.append(visible(group.label), style="bold")
        if group.disputed:
            title.append("  ⚠ sources disagree", style="bold")
        self.query_one("#facts-title", Static).update(title)
        table = self.query_one(DataTable)
        table.clear()
        for row in group.rows:
            source = self.sources.get(row.source)
            quote = visible(row.quote)
            table.add_row(
                Text("⚠" if row.disagrees else " ", style="bold"),
                Text(source.label if source else row.source),
                Text(visible(row.value), style="bold" if row.disagrees else ""),
                Text(row.role),
                Text(visible(row.period)),
                Text(quote if len(quote) <= QUOTE else quote[: QUOTE - 1] + "…"),
                key=row.claim.id,
                height=None,
            )

    def rows_text(self) -> list[str]:
        """The table as plain lines (for tests and for reading aloud)."""
        return [
            " | ".join(
                ["⚠" if r.disagrees else "", r.source, r.value, r.role, r.period, r.quote[:QUOTE]]
            )
            for r in self.group.rows
        ]

    def action_step(self, delta: int) -> None:
        self.index = (self.index + delta) % len(self.groups)
        self._fill()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        claim_id = event.row_key.value
        row = next((r for r in self.group.rows if r.claim.id == claim_id), None)
        self.dismiss(row.claim.passage if row else None)

    def action_close(self) -> None:
        self.dismiss(None)
