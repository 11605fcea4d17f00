"""The Line-API base of the article and matches panes (as in Textualize/toolong).

Content is wrapped once per width into a cache of rendered strips; scrolling and repaints only
copy what is visible, and new content changes the virtual size without a layout pass unless a
scrollbar comes or goes.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


class CachedLines(ScrollView):
    """A scrolling view of strips that a subclass builds for a given width."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.strips: list[Strip] = []
        self._width = 0

    def build(self, width: int) -> list[Strip]:
        """The content, rendered for this many cells."""
        raise NotImplementedError

    def content_width(self) -> int:
        return self.scrollable_content_region.width or self.size.width

    def invalidate(self) -> None:
        """Rebuild for the current width (new content, or another way to show it)."""
        self._width = 0
        self._ensure_strips()
        self.refresh()

    def on_resize(self) -> None:
        self._width = 0
        self._ensure_strips()

    def _ensure_strips(self) -> None:
        width = self.content_width()
        if width <= 0 or (width == self._width and self.strips):
            return
        self._width = width
        self.strips = self.build(width)
        self._set_virtual_size(Size(width, len(self.strips)))

    def _set_virtual_size(self, size: Size) -> None:
        # Setting `virtual_size` plainly asks for a layout of the whole screen, which
        # re-renders every pane; content of another length needs only its scrollbars updated
        # and a repaint (`_refresh_scrollbars` still asks for layout if a scrollbar comes or
        # goes).
        if size == self.virtual_size:
            return
        self.set_reactive(ScrollView.virtual_size, size)
        self._scroll_update(size)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        self._ensure_strips()
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        if index >= len(self.strips):
            return Strip.blank(self.size.width, self.rich_style)
        return self.strips[index].crop_extend(scroll_x, scroll_x + self.size.width, self.rich_style)
