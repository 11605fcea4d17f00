"""Fuzzy search over every passage (rapidfuzz); Enter jumps to the hit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from seedview.tui.safe_text import visible

if TYPE_CHECKING:
    from seedview.model.schema import Passage, Source

LIMIT = 50


def search_passages(query: str, passages: list[Passage], limit: int = LIMIT) -> list[Passage]:
    """Best passages for a query: partial matches score, as in a fuzzy finder."""
    from rapidfuzz import fuzz, process, utils

    if not query.strip():
        return []
    choices = [p.text for p in passages]
    hits = process.extract(
        query,
        choices,
        scorer=fuzz.partial_ratio,
        processor=utils.default_process,
        limit=limit,
        score_cutoff=60,
    )
    return [passages[index] for _, _, index in hits]


class SearchScreen(ModalScreen[tuple[str, list[str]] | None]):
    """Returns (chosen passage id, all hit ids in order) or None."""

    BINDINGS = [Binding("escape", "cancel", "Close"), Binding("down", "focus_results", show=False)]

    def __init__(
        self, passages: list[Passage], sources: dict[str, Source], query: str = ""
    ) -> None:
        super().__init__()
        self.passages = [p for p in passages if p.kind != "boilerplate"]
        self.sources = sources
        self.query_text = query
        self.hits: list[Passage] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Static(
                Text("Search all passages (fuzzy) — Enter: go to, Esc: close", style="bold")
            )
            yield Input(self.query_text, placeholder="words to find…", id="search-input")
            yield OptionList(id="search-results")

    def on_mount(self) -> None:
        if self.query_text:
            self._run(self.query_text)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._run(event.value)

    def _run(self, query: str) -> None:
        self.hits = search_passages(query, self.passages)
        results = self.query_one(OptionList)
        results.clear_options()
        for passage in self.hits:
            prompt = Text(f"{self.sources[passage.source].label:<12} ", style="bold cyan")
            prompt.append(visible(passage.text)[:150])
            results.add_option(Option(prompt, id=passage.id))

    def on_input_submitted(self) -> None:
        if self.hits:
            self.dismiss((self.hits[0].id, [p.id for p in self.hits]))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss((event.option.id or "", [p.id for p in self.hits]))

    def action_focus_results(self) -> None:
        self.query_one(OptionList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
