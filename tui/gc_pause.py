"""Cyclic garbage collection paused while seedview starts, until the article text shows (issue 11).

Importing Textual and seedview, reading a few articles and building the first frame allocate
enough to set off about 140 collections (one of them a full pass over every object Textual
created): 60-80 ms before the text, and almost nothing they find is garbage yet. The `seedview`
command pauses collection before it imports the app; the app pauses it when it loads (if it was
started another way) and collects again once the text's frame is drawn, when a larger corpus
is read in a worker instead, and when it ends. Only a pause made here is undone here: a program
that switched collection off itself keeps it off.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Collection off until `resume` (nothing happens if it was off already)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collection on again if `pause` switched it off."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()
