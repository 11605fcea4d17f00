"""Snapshots of the screens a reader sees (pytest-textual-snapshot)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from seedview.tui.app import SeedviewApp

# The bundled corpus's analysis is in the cache, as on a second launch (conftest.py).
pytestmark = pytest.mark.bundled_analysis_cached


async def _ready(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _conflict(pilot: Pilot[None]) -> None:
    await _ready(pilot)
    await pilot.press("n")
    await pilot.pause()


async def _help(pilot: Pilot[None]) -> None:
    await _ready(pilot)
    await pilot.press("question_mark")
    await pilot.pause()


async def _export(pilot: Pilot[None]) -> None:
    await _ready(pilot)
    await pilot.press("n", "m", "e")
    await pilot.pause()


def test_main_screen_160x45(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(SeedviewApp(), terminal_size=(160, 45), run_before=_conflict)


def test_main_screen_80x24(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(SeedviewApp(), terminal_size=(80, 24), run_before=_ready)


def test_help_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(SeedviewApp(), terminal_size=(120, 40), run_before=_help)


def test_export_dialog(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(SeedviewApp(), terminal_size=(120, 40), run_before=_export)


async def _conflict_light(pilot: Pilot[None]) -> None:
    pilot.app.theme = "textual-light"
    await _conflict(pilot)


async def _facts(pilot: Pilot[None]) -> None:
    await _ready(pilot)
    await pilot.press("n", "n", "n", "n", "f")
    await pilot.pause()


def test_conflict_80x24(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """A narrow screen turns to the matches: both sides of the conflict side by side."""
    assert snap_compare(SeedviewApp(), terminal_size=(80, 24), run_before=_conflict)


def test_main_screen_light_theme(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(SeedviewApp(), terminal_size=(120, 40), run_before=_conflict_light)


def test_facts_table(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(SeedviewApp(), terminal_size=(160, 45), run_before=_facts)
