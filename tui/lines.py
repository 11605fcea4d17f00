"""The Line-API base of the article and matches panes (as in Textualize/toolong).

Content is wrapped once per width into a cache of rendered strips; scrolling and repaints only
copy what is visible, and new content changes the virtual size without a layout pass unless a
scrollbar comes or goes.
"""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


class CachedLines(ScrollView):
    """A scrolling view of strips that a subclass builds for a given width."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.strips: list[Strip] = []
        self._width = 0  # the width the strips were built for
        self._before_scrollbar = 0  # the width they were built ahead of (see _ensure_strips)
        self._base_style: Style | None = None  # during a repaint: see render_lines

    def on_mount(self) -> None:
        # Component styles come from the theme: another theme, other strips.
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme: object) -> None:
        self._width = 0
        self.refresh()

    def overlay(self, name: str) -> Style:
        """A component class's style to lay over a line: only what app.tcss sets for it, with
        colours resolved against this pane's background (a translucent `$primary 40%` too)."""
        partial = self.get_component_rich_style(name, partial=True)
        full = self.get_component_rich_style(name)
        return partial.without_color + Style(
            color=full.color if partial.color else None,
            bgcolor=full.bgcolor if partial.bgcolor else None,
        )

    def build(self, width: int) -> list[Strip]:
        """The content, rendered for this many cells."""
        raise NotImplementedError

    def content_width(self) -> int:
        return self.scrollable_content_region.width or self.size.width

    def invalidate(self) -> None:
        """Rebuild for the current width (new content, or another way to show it)."""
        self._width = 0
        if self.size.width:  # else the first layout's resize builds, at the real width
            self._ensure_strips()
        self.refresh()

    def on_resize(self) -> None:
        # Only another width wraps again: the resize that follows the first frame has the
        # width the strips were built for, beside the scrollbar (issue 11: a second wrap of
        # the article, 10 ms, right after the text's frame). A pane built ahead of its
        # scrollbar that then gets none is wider than its strips: that rebuilds too.
        if self.content_width() != self._width:
            self._width = 0
            self._ensure_strips()

    def _ensure_strips(self) -> None:
        width = self.content_width()
        built_for = (self._width, self._before_scrollbar) if self._width else ()
        if width <= 0 or width in built_for:  # new content resets the width (`invalidate`)
            return
        self._before_scrollbar = 0
        narrower = width - self.styles.scrollbar_size_vertical
        if self._scrollbar_to_come() and narrower > 0:
            # issue 11: content taller than the pane brings the vertical scrollbar, and with
            # it a narrower width and a second build of every line (20 ms for an article in
            # the first frame). So a pane without its scrollbar yet builds for the width it
            # will have: if the content is taller than the pane, the scrollbar does come and
            # that width is right; else it builds again for the full width.
            strips = self.build(narrower)
            if len(strips) > self.scrollable_content_region.height:
                self._width, self._before_scrollbar, self.strips = narrower, width, strips
                self._set_virtual_size(Size(narrower, len(strips)))
                return
        self._width = width
        self.strips = self.build(width)
        self._set_virtual_size(Size(width, len(self.strips)))

    def _scrollbar_to_come(self) -> bool:
        """No vertical scrollbar yet, but one would show for content taller than the pane:
        true of a pane's first build (its content not measured yet)."""
        return (
            not self.show_vertical_scrollbar
            and self.styles.overflow_y == "auto"
            and self.virtual_size.height == 0
        )

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

    def render_lines(self, crop: Region) -> list[Strip]:
        # Once per repaint, not per line (issue 11: 85 times each in the first frame): the
        # check that the strips fit the width (it measures the content region), and the
        # theme's background and text colour under every line (`rich_style` walks every
        # ancestor's styles).
        self._ensure_strips()
        self._base_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._base_style = None

    def render_line(self, y: int) -> Strip:
        if self._base_style is None:  # asked outside a repaint
            self._ensure_strips()
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        base = self.rich_style if self._base_style is None else self._base_style
        if index >= len(self.strips):
            return Strip.blank(self.size.width, base)
        return (
            self.strips[index]
            .crop_extend(scroll_x, scroll_x + self.size.width, None)
            .apply_style(base)
        )


_BREAKS = re.compile(r"\S+?(?:-(?=\w)|\s+|$)|\s+")


def wrap_words(text: Text, width: int) -> list[Text]:
    """Lines of at most `width` cells, broken at spaces and after hyphens ("Foundation-" /
    "Modelle"); a word longer than a line is cut only then. Explicit newlines end lines."""
    lines: list[Text] = []
    for paragraph in text.split("\n", allow_blank=True):
        line_start = 0
        position = 0
        plain = paragraph.plain
        for match in _BREAKS.finditer(plain):
            end = match.end()
            if end == match.start():
                continue
            if len(plain[line_start:end].rstrip()) > width and position > line_start:
                lines.append(_stripped(paragraph[line_start:position]))
                line_start = position
            while len(plain[line_start:end].rstrip()) > width:  # a word longer than a line
                lines.append(paragraph[line_start : line_start + width])
                line_start += width
            position = end
        lines.append(_stripped(paragraph[line_start:]))
    return lines


def _stripped(line: Text) -> Text:
    line.rstrip()  # in place
    return line
