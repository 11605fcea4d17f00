"""Bounded waits for Pilot tests that hold on a slow, loaded machine.

Textual's `pilot.press` and `pilot.pause()` wait for the messages queued when they are
called, and for the process to look idle. On a loaded machine the process looks idle while
it only waits for a core, and a key is handled in two steps (the app forwards it to the
focused widget, which runs the binding): the test then reads the screen before the key took
effect, or a second key goes to the widget the first one was leaving. CI saw that once.

`settle` waits until no message is queued or being handled anywhere in the app, twice in a
row; `conftest.py` makes `press`, `click` and `pause` settle after each key (so every Pilot
test, snapshot tests too, reads the state the keys lead to). `wait_until` is for what comes
later than the messages: a worker's result, a timer, a search run in the background.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.pilot import Pilot

SETTLE_TIMEOUT = 30.0  # seconds; a busy 2-core machine takes a fraction of a second

# Textual's own steps, kept before `settle_after_every_step` replaces them.
_press, _click, _pause = Pilot.press, Pilot.click, Pilot.pause


def _handling(pump: Any) -> bool:
    """A message pump with a message queued or in its handler: one that is idle waits on its
    queue's ready event (textual/_queue.py), which has no other waiter."""
    if pump._closed:
        return False
    queue = pump._message_queue
    if queue.values or pump._next_callbacks:  # also for a widget mounted but not yet started
        return True
    return pump._running and not any(not waiter.done() for waiter in queue.ready_event._waiters)


def _busy(app: App[Any]) -> bool:
    """A message queued or being handled anywhere in the app, a callback waiting for the
    next refresh, or a layout or repaint not yet done."""
    if _handling(app) or any(_handling(node) for node in list(app._registry)):
        return True
    return any(
        screen._callbacks or screen._layout_required or screen._dirty_widgets
        for screen in app.screen_stack
    )


async def settle(pilot: Pilot[Any]) -> None:
    """Wait, bounded, until the app has handled every message, twice in a row: a message's
    handler may post the next one (a key forwarded to the focused widget, a screen pushed)."""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    quiet = 0
    while quiet < 2:
        if time.monotonic() > deadline:
            raise AssertionError(f"the app still handled messages after {SETTLE_TIMEOUT:.0f} s")
        app = pilot.app
        if app._exception is not None or app._closing or app._closed:
            return  # the app failed or quit: the test ends with what it did
        await _pause(pilot)
        quiet = 0 if _busy(pilot.app) else quiet + 1


async def wait_until(
    pilot: Pilot[Any], condition: Callable[[], object], timeout: float = 15.0
) -> None:
    """Wait until `condition()` holds, turning the app's message loop meanwhile; fails with
    the condition's name after `timeout` seconds (never waits without end)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            name = getattr(condition, "__name__", repr(condition))
            raise AssertionError(f"{name} did not hold within {timeout:.0f} s")
        await settle(pilot)
        await asyncio.sleep(0.02)


async def _press_settled(pilot: Pilot[Any], *keys: str) -> None:
    """One key at a time, each handled before the next is sent: the focus a key moves
    decides where the next key goes."""
    for key in keys:
        await _press(pilot, key)
        await settle(pilot)


async def _click_settled(pilot: Pilot[Any], *args: Any, **kwargs: Any) -> bool:
    clicked: bool = await _click(pilot, *args, **kwargs)
    await settle(pilot)
    return clicked


async def _pause_settled(pilot: Pilot[Any], delay: float | None = None) -> None:
    await _pause(pilot, delay)
    await settle(pilot)


def settle_after_every_step(patch: Any) -> None:
    """`pilot.press`, `pilot.click` and `pilot.pause` settle the app before they return
    (`patch`: a pytest MonkeyPatch)."""
    patch.setattr(Pilot, "press", _press_settled)
    patch.setattr(Pilot, "click", _click_settled)
    patch.setattr(Pilot, "pause", _pause_settled)


def palette_highlights(app: App[Any], text: str) -> bool:
    """The command palette is open and its highlighted command says `text`: its search runs
    in the background and answers provider by provider, so Enter before that picks nothing
    or another command."""
    from textual.command import CommandList, CommandPalette

    palette = app.screen
    if not isinstance(palette, CommandPalette):
        return False
    commands = palette.query_one(CommandList)
    index = commands.highlighted
    return index is not None and text in str(commands.get_option_at_index(index).prompt)
