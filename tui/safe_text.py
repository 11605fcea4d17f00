"""Article text as data: control characters become visible symbols, never terminal commands.

`rich.text.Text` already keeps "[bold]" or "[/" literal (it is not markup), but an ESC byte
would still reach the terminal and be obeyed; `visible` shows it as "␛". The rules live in
`seedview.model.sanitize`, the one sanitiser every exit (CLI, exports, the app) uses.
"""

from __future__ import annotations

from seedview.model.sanitize import literal, visible

__all__ = ["literal", "query_terms", "visible"]


def query_terms(query: str) -> list[str]:
    """The words of a search query, to highlight (Rich escapes them: text, not a pattern)."""
    return [word for word in query.split() if len(word) > 1]
