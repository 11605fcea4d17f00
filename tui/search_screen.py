"""Fuzzy search over every passage (rapidfuzz); Enter jumps to the hit."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from seedview.tui.dialog_css import dialog_css
from seedview.tui.safe_text import query_terms, visible

if TYPE_CHECKING:
    from seedview.model.records import AnyPassage, AnySource

LIMIT = 50
FUZZY_SCORE = 88  # rapidfuzz partial_ratio: above it a near spelling, below it noise


def search_passages(query: str, passages: list[AnyPassage], limit: int = LIMIT) -> list[AnyPassage]:
    """Exact hits first (the query as written, any case), then passages where every query word
    starts a word, then close spellings only above `FUZZY_SCORE`."""
    from rapidfuzz import fuzz, process, utils

    words = query.casefold().split()
    if not words:
        return []
    phrase = " ".join(words)
    folded = [" ".join(p.text.casefold().split()) for p in passages]
    exact = [i for i, text in enumerate(folded) if phrase in text]
    prefixes = [re.compile(rf"(?<!\w){re.escape(word)}") for word in words]
    taken = set(exact)
    prefix = [
        i
        for i, text in enumerate(folded)
        if i not in taken and all(pattern.search(text) for pattern in prefixes)
    ]
    taken.update(prefix)
    found = exact + prefix
    if len(found) < limit and len(phrase) >= 4:  # a near spelling only for a real word
        fuzzy = process.extract(
            phrase,
            folded,
            scorer=fuzz.partial_ratio,
            processor=utils.default_process,
            limit=limit,
            score_cutoff=FUZZY_SCORE,
        )
        found += [index for _, _, index in fuzzy if index not in taken]
    return [passages[index] for index in found[:limit]]


class SearchScreen(ModalScreen[tuple[str, list[str], str] | None]):
    """Returns (chosen passage id, all hit ids in order, the query) or None."""

    DEFAULT_CSS = dialog_css(
        "SearchScreen",
        "search-box",
        more="""
    #search-results {
        height: auto;
        max-height: 20;
    }
    """,
    )

    BINDINGS = [Binding("escape", "cancel", "Close"), Binding("down", "focus_results", show=False)]

    def __init__(
        self, passages: list[AnyPassage], sources: dict[str, AnySource], query: str = ""
    ) -> None:
        super().__init__()
        self.passages = [p for p in passages if p.kind != "boilerplate"]
        self.sources = sources
        self.query_text = query
        self.hits: list[AnyPassage] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Static(
                Text(
                    "Search all passages: exact and word starts first, then close spellings "
                    "— Enter: go to, ↓: the list, Esc: close",
                    style="bold",
                )
            )
            yield Input(self.query_text, placeholder="words to find…", id="search-input")
            yield Static("", id="search-count")
            yield OptionList(id="search-results")

    def on_mount(self) -> None:
        if self.query_text:
            self._run(self.query_text)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._run(event.value)

    def _run(self, query: str) -> None:
        self.query_text = query
        self.hits = search_passages(query, self.passages)
        count = len(self.hits)
        self.query_one("#search-count", Static).update(
            Text(
                ""
                if not query.strip()
                else f"{count}{'+' if count == LIMIT else ''} hit{'s' if count != 1 else ''}",
                style="dim",
            )
        )
        results = self.query_one(OptionList)
        results.clear_options()
        terms = query_terms(query)
        for passage in self.hits:
            prompt = Text(f"{self.sources[passage.source].label:<12} ", style="dim")
            body = Text(_around(visible(passage.text), terms))
            body.highlight_words(terms, "reverse", case_sensitive=False)
            prompt.append_text(body)
            results.add_option(Option(prompt, id=passage.id))

    def on_input_submitted(self) -> None:
        if self.hits:
            self.dismiss((self.hits[0].id, [p.id for p in self.hits], self.query_text))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss((event.option.id or "", [p.id for p in self.hits], self.query_text))

    def action_focus_results(self) -> None:
        self.query_one(OptionList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)


def _around(text: str, terms: list[str], width: int = 150) -> str:
    """The part of a long passage around the first query word, so the hit is in the line."""
    lowered = text.casefold()
    first = min((i for t in terms if (i := lowered.find(t.casefold())) >= 0), default=0)
    start = max(0, first - width // 3)
    part = text[start : start + width]
    return ("…" if start else "") + part + ("…" if start + width < len(text) else "")
