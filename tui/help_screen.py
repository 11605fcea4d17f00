"""Help: every key, generated from the bindings so it never goes stale."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from seedview.tui.dialog_css import dialog_css

EXTRA_KEYS = [
    ("1 … 9", "show source 1 to 9 in the article pane"),
    ("↑ ↓ / j k", "move in the tree, between passages, or scroll the matches"),
    ("g / G, Home / End", "first / last passage (tree: top / bottom; matches: top / bottom)"),
    ("PgUp / PgDn, Ctrl+U / Ctrl+D", "a page up / down"),
    ("Enter", "tree: open the group in the article, or a figure's facts table"),
    ("Space", "article: mark or unmark (as m); tree: open or close a topic"),
    ("← →", "tree: collapse / expand a topic; matches: the other versions, when not all fit"),
    ("Tab / Shift+Tab", "next / previous pane"),
    ("Ctrl+P", "command palette: every action, and go to a source, topic, group, conflict"),
    ("Esc", "close a dialog"),
]
PANES = [
    (
        "Topics",
        "topics, each with its groups of passages that line up across sources; "
        "the last branch lists figures several sources state (Enter: the facts table)",
    ),
    (
        "Article",
        "one source, passage by passage: the current passage highlighted, the "
        "passages shown in the matches underlined, page furniture dimmed",
    ),
    (
        "Matches",
        "the group or conflict of the current passage, one column per source; a "
        "conflict shows one column per side, the sources that agree folded under it",
    ),
    (
        "Facts (f)",
        "for one figure (who · what · when): every source's value as written, its "
        "role, period and quote; ⚠ marks the rows that disagree",
    ),
]
LEGEND = [
    ("≡", "the passage has matches in other sources"),
    ("⚠", "the passage is in a conflict"),
    ("★", "the passage is marked"),
    (
        "highlight",
        "words that differ from the other side; strong: figures the other side "
        "does not state; error colour: the disputed figures or words",
    ),
]


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = dialog_css("HelpScreen", "help-body")

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("ctrl+d,pagedown", "scroll(10)", "Page down", show=False),
        Binding("ctrl+u,pageup", "scroll(-10)", "Page up", show=False),
        Binding("g,home", "scroll(-100000)", "Top", show=False),
        Binding("G,end", "scroll(100000)", "Bottom", show=False),
    ]

    def __init__(self, bindings: list[Binding]) -> None:
        super().__init__()
        self.key_bindings = bindings

    def compose(self) -> ComposeResult:
        table = Table(show_header=True, header_style="bold", box=None, padding=(0, 2))
        table.add_column("Key", style="bold", no_wrap=True)
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
        panes = Table(show_header=False, box=None, padding=(0, 2))
        panes.add_column(style="bold", no_wrap=True)
        panes.add_column()
        for name, what in PANES:
            panes.add_row(Text(name), Text(what))
        with VerticalScroll(id="help-body"):
            yield Static(Text("seedview — what each pane shows", style="bold"))
            yield Static(panes)
            yield Static(Text("\nKeys", style="bold"))
            yield Static(table)
            yield Static(Text("\nSymbols", style="bold"))
            yield Static(legend)
            yield Static(Text("\nj / k scroll · Esc or ? closes this help.", style="dim"))

    def action_scroll(self, lines: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)
