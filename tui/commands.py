"""Command palette: every action of the app by name, and a jump to anything by its name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from seedview.tui.app import SeedviewApp


class SeedviewCommands(Provider):
    def _actions(self) -> list[tuple[str, str, str]]:
        from seedview.tui.app import SeedviewApp

        actions = []
        for binding in SeedviewApp.BINDINGS:
            if not binding.description:  # type: ignore[union-attr]
                continue
            key = binding.key_display or binding.key.split(",")[0]  # type: ignore[union-attr]
            what = binding.tooltip or binding.description  # type: ignore[union-attr]
            actions.append((binding.description, f"{what} (key {key})", binding.action))  # type: ignore[union-attr]
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


class JumpCommands(Provider):
    """Go to a source, topic, group, conflict or figure by typing part of its name."""

    def targets(self) -> list[tuple[str, str, Callable[[], object]]]:
        """(title, what it is, what to do) for everything the reader can go to."""
        app: SeedviewApp = self.app  # type: ignore[assignment]
        analysis = app.analysis
        if analysis is None:
            return []
        found: list[tuple[str, str, Callable[[], object]]] = []
        for number, source in enumerate(analysis.sources, 1):
            found.append(
                (
                    f"Source {number}: {source.label}",
                    source.title[:80],
                    partial(app.action_pick_source, number - 1),
                )
            )
        topics = {t.id: t.label for t in analysis.topics}
        for topic in analysis.topics:
            if topic.groups:
                found.append(
                    (
                        f"Topic: {topic.label}",
                        f"{len(topic.groups)} groups",
                        partial(app.go_to_group, topic.groups[0]),
                    )
                )
        for number, group_id in enumerate(app.group_order, 1):
            group = next(g for g in analysis.groups if g.id == group_id)
            found.append(
                (
                    f"Group {number}: {group.label}",
                    topics.get(group.topic, ""),
                    partial(app.go_to_group, group_id),
                )
            )
        for number, conflict in enumerate(app.real_conflicts, 1):
            found.append(
                (
                    f"Conflict {number}: {conflict.explanation.split(': ', 1)[-1][:70]}",
                    conflict.kind,
                    partial(app.go_to_conflict, number - 1),
                )
            )
        from seedview.tui.view import fact_groups

        for facts in fact_groups(list(app.claims.values()), app.passages, app.corpus_language()):
            found.append(
                (f"Facts: {facts.label}", "figures table", partial(app.show_facts, facts.label))
            )
        return found

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, go in self.targets():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), go, help=help_text)
