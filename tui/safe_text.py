"""Article text as data: control characters become visible symbols, never terminal commands.

`rich.text.Text` already keeps "[bold]" or "[/" literal (it is not markup), but an ESC byte
would still reach the terminal and be obeyed; here it becomes "␛" (Unicode control pictures).
"""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def visible(text: str) -> str:
    """Collapse white space to single spaces and show control characters as symbols."""
    return _CONTROLS.sub(_picture, " ".join(text.split()))


def query_terms(query: str) -> list[str]:
    """The words of a search query, to highlight (Rich escapes them: text, not a pattern)."""
    return [word for word in query.split() if len(word) > 1]
