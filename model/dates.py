"""Calendar words shared by metadata (publication dates) and claims (periods)."""

from __future__ import annotations

import re
from datetime import date

from seedview.model.wordlists import numbers

# "im vierten Quartal", "third quarter": the quarter's number; "März", "Mar": the month's.
# Read as plain TOML (wordlists): publication dates are read before the text is shown.
QUARTER_ORDINALS: dict[str, int] = {
    **numbers("de", "quarter_ordinals"),
    **numbers("en", "quarter_ordinals"),
}
MONTHS: dict[str, int] = {**numbers("de", "months"), **numbers("en", "months")}

_MONTH = r"([A-Za-zäÄ]{3,9})\.?"
_PATTERNS = [
    (re.compile(rf"\b(\d{{1,2}})\.?\s+{_MONTH}\s+(\d{{4}})\b"), ("d", "m", "y")),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})\b"), ("m", "d", "y")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})"), ("y", "mn", "d")),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), ("d", "mn", "y")),
]


def find_date(text: str) -> date | None:
    """The first calendar date written in `text`, German or English."""
    best: tuple[int, date] | None = None
    for pattern, order in _PATTERNS:
        for match in pattern.finditer(text):
            parts = dict(zip(order, match.groups(), strict=True))
            month = MONTHS.get(parts["m"].lower()) if "m" in parts else int(parts["mn"])
            if not month:
                continue
            try:
                found = date(int(parts["y"]), month, int(parts["d"]))
            except ValueError:
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), found)
            break
    return best[1] if best else None
