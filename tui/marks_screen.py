"""All marks of this corpus; Enter jumps to one, d removes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from seedview.tui.dialog_css import dialog_css
from seedview.tui.safe_text import visible

if TYPE_CHECKING:
    from seedview.model.schema import MarkedPassage


class MarksScreen(ModalScreen[tuple[str, str] | None]):
    """Returns ("jump" | "remove", passage id) or None."""

    DEFAULT_CSS = dialog_css(
        "MarksScreen",
        "marks-box",
        more="""
    #marks-list {
        height: auto;
        max-height: 20;
    }
    """,
    )

    BINDINGS = [
        Binding("escape,q", "cancel", "Close"),
        Binding("d,delete", "remove", "Remove mark"),
        Binding("j", "down", show=False),
        Binding("k", "up", show=False),
    ]

    def __init__(self, marks: list[MarkedPassage]) -> None:
        super().__init__()
        self.marks = marks

    def compose(self) -> ComposeResult:
        with Vertical(id="marks-box"):
            yield Static(
                Text(
                    f"{len(self.marks)} marked passages — Enter: go to  d: remove  Esc: close",
                    style="bold",
                )
            )
            options = []
            for mark in self.marks:
                prompt = Text(f"{mark.label:<12} ", style="bold")
                prompt.append(visible(mark.text)[:160])
                if mark.note:
                    prompt.append(f"  — {visible(mark.note)}", style="italic")
                if mark.conflicts:
                    prompt.append("  ⚠", style="bold")
                options.append(Option(prompt, id=f"{mark.source}@{mark.start}"))
            if not options:
                options.append(
                    Option(Text("No marks yet: press m on a passage.", style="dim"), disabled=True)
                )
            yield OptionList(*options, id="marks-list")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.dismiss(("jump", event.option.id))

    def action_remove(self) -> None:
        option_list = self.query_one(OptionList)
        if option_list.highlighted is None:
            return
        option = option_list.get_option_at_index(option_list.highlighted)
        if option.id:
            self.dismiss(("remove", option.id))

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)
