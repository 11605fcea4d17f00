"""Help: every key, generated from the bindings so it never goes stale."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

EXTRA_KEYS = [
    ("1 … 9", "show source 1 to 9 in the article pane"),
    ("↑ ↓ / j k", "move in the tree, between passages, or scroll the matches"),
    ("← →", "tree: collapse / expand a topic; matches: the other versions, when not all fit"),
    ("Tab / Shift+Tab", "next / previous pane"),
    ("Ctrl+P", "command palette: every action by name"),
    ("Esc", "close a dialog"),
]
LEGEND = [
    ("≡", "the passage has matches in other sources"),
    ("⚠", "the passage is in a conflict"),
    ("★", "the passage is marked"),
    ("highlight", "words no other source uses; red: differing figures"),
]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, bindings: list[Binding]) -> None:
        super().__init__()
        self.key_bindings = bindings

    def compose(self) -> ComposeResult:
        table = Table(show_header=True, header_style="bold", box=None, padding=(0, 2))
        table.add_column("Key", style="bold cyan", no_wrap=True)
        table.add_column("Action")
        for binding in self.key_bindings:
            if binding.description and not binding.action.startswith("pick_source"):
                keys = binding.key_display or binding.key.replace(",", " / ")
                table.add_row(
                    Text(keys),
                    Text(
                        binding.description + (f" — {binding.tooltip}" if binding.tooltip else "")
                    ),
                )
        for keys, what in EXTRA_KEYS:
            table.add_row(Text(keys), Text(what))
        legend = Table(show_header=False, box=None, padding=(0, 2))
        legend.add_column(style="bold")
        legend.add_column()
        for symbol, meaning in LEGEND:
            legend.add_row(Text(symbol), Text(meaning))
        with VerticalScroll(id="help-body"):
            yield Static(Text("seedview — keys", style="bold"))
            yield Static(table)
            yield Static(Text("\nSymbols", style="bold"))
            yield Static(legend)
            yield Static(Text("\nEsc or ? closes this help.", style="dim"))
