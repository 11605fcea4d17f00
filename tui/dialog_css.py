"""The look every dialog shares, in the dialog's own DEFAULT_CSS (issue 11).

These rules were in app.tcss, which Textual parses and matches against every widget before the
app's first frame; a dialog's DEFAULT_CSS is parsed when the dialog is first opened. Scoped to
the dialog (Textual prefixes its rules with the dialog's type), so the box ids stay its own.
"""

from __future__ import annotations


def dialog_css(screen: str, box: str, *, max_width: int = 110, more: str = "") -> str:
    """The CSS of dialog `screen`: centred over the app, its content in the bordered box
    with id `box` (at most `max_width` cells wide), then `more` rules of its own."""
    return f"""
    {screen} {{
        align: center middle;
    }}

    #{box} {{
        width: 90%;
        max-width: {max_width};
        height: auto;
        max-height: 90%;
        border: round $accent;
        background: $surface;
        padding: 1 2;
    }}
    {more}
    """
