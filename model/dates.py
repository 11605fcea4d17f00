"""Calendar words shared by metadata (publication dates) and claims (periods)."""

from __future__ import annotations

import re
from datetime import date

# "im vierten Quartal", "third quarter": the quarter's number.
QUARTER_ORDINALS = {
    "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4,
    "first": 1, "second": 2, "third": 3, "fourth": 4,
}  # fmt: skip

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "januar jänner january jan jän",
        "februar february feb",
        "märz maerz march mär mar",
        "april apr",
        "mai may",
        "juni june jun",
        "juli july jul",
        "august aug",
        "september sept sep",
        "oktober october okt oct",
        "november nov",
        "dezember december dez dec",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

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
