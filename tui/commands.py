"""Command palette: every action of the app by name, built from its bindings."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class SeedviewCommands(Provider):
    def _actions(self) -> list[tuple[str, str, str]]:
        from seedview.tui.app import SeedviewApp

        actions = []
        for binding in SeedviewApp.BINDINGS:
            if not binding.description:  # type: ignore[union-attr]
                continue
            key = binding.key_display or binding.key.split(",")[0]  # type: ignore[union-attr]
            actions.append((binding.description, f"key {key}. {binding.tooltip}", binding.action))  # type: ignore[union-attr]
        return actions

    async def discover(self) -> Hits:
        for title, help_text, action in self._actions():
            yield DiscoveryHit(title, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, action in self._actions():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self.app.run_action, action),
                    help=help_text,
                )
