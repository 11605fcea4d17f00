"""A one-line note for a mark."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from seedview.tui.dialog_css import dialog_css
from seedview.tui.safe_text import visible


class NoteDialog(ModalScreen[str | None]):
    DEFAULT_CSS = dialog_css("NoteDialog", "note-box")

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, passage_text: str, note: str) -> None:
        super().__init__()
        self.passage_text = passage_text
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield Static(Text("Note for the marked passage", style="bold"))
            yield Static(Text(visible(self.passage_text)[:300], style="italic"))
            yield Input(
                self.note, placeholder="a short note (Enter saves, Esc cancels)", id="note-input"
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
