"""Shared by the Line-API panes (article and matches)."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


def set_virtual_size(view: ScrollView, size: Size) -> None:
    """Give a Line-API view new content's size, with a layout pass only if the scrollbars change.

    Setting `virtual_size` plainly asks for a layout of the whole screen, which re-renders
    every pane; new content of another length needs only its scrollbars updated and a repaint.
    (`_refresh_scrollbars`, inside `_scroll_update`, still asks for layout when a scrollbar
    appears or goes.)
    """
    if size == view.virtual_size:
        return
    view.set_reactive(ScrollView.virtual_size, size)
    view._scroll_update(size)
    view.refresh()
