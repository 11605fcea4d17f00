"""Periods: when a figure holds ("im vierten Quartal 2025", "over the next five years", "bis 2026").

Each expression becomes a normalised label resolved against the page's publication date when the
page states one: '2025', '2025-Q4', '2026..2030', '..2024', '2019..'; '?-year', '?-Q4', '?+5y'
when relative and undatable.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from seedview.model.dates import QUARTER_ORDINALS
from seedview.model.quantities import NUMBER_WORDS

_PERIODS: list[tuple[str, re.Pattern[str]]] = [
    (
        "quarter_year",
        re.compile(
            r"\bQ([1-4])\s*(?:/\s*)?((?:19|20)\d{2})\b|\b(?:im\s+)?(ersten|zweiten|dritten|vierten|first|second|third|fourth|[1-4]\.)\s+(?:Quartal|quarter)\s+(?:of\s+)?((?:19|20)\d{2})\b",
            re.I,
        ),
    ),
    (
        "quarter",
        re.compile(
            r"\b(?:im\s+)?(ersten|zweiten|dritten|vierten|first|second|third|fourth|[1-4]\.)\s+(?:Quartal|quarter)\b|\bQ([1-4])\b",
            re.I,
        ),
    ),
    (
        "last_quarter",
        re.compile(
            r"\b(?:im\s+)?(?:vergangenen|letzten|abgelaufenen|vorigen)\s+Quartal|\blast quarter|\bprevious quarter",
            re.I,
        ),
    ),
    (
        "this_quarter",
        re.compile(r"\b(?:im\s+)?laufenden\s+Quartal|\bcurrent quarter|\bthis quarter", re.I),
    ),
    (
        "span_years",
        re.compile(
            r"\b(?:über|in|für)\s+die\s+(?:nächsten|kommenden)\s+(\w+)\s+Jahre|\b(?:in|für)\s+den\s+(?:nächsten|kommenden)\s+(\w+)\s+Jahren|\b(?:over|in)\s+the\s+next\s+(\w+)\s+years|\b(?:Drei|Zwei|Fünf|Vier)-Jahres",
            re.I,
        ),
    ),
    (
        "until",
        re.compile(
            r"\bbis\s+(?:Ende\s+)?((?:19|20)\d{2})\b|\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b",
            re.I,
        ),
    ),
    ("since", re.compile(r"\bseit\s+((?:19|20)\d{2})\b|\bsince\s+((?:19|20)\d{2})\b", re.I)),
    (
        "between",
        re.compile(
            r"\bzwischen\s+((?:19|20)\d{2})\s+und\s+((?:19|20)\d{2})\b|\bbetween\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})\b",
            re.I,
        ),
    ),
    (
        "this_year",
        re.compile(
            r"\b(?:in\s+)?(?:diesem|dieses|laufenden|laufende)\s+(?:Jahr|Geschäftsjahr|Finanzjahr)\b|\bthis year\b|\bcurrent (?:fiscal )?year\b",
            re.I,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:in\s+)?(?:dieser|diese|der\s+laufenden|laufenden)\s+(?:Saison|Spielzeit)\b|\bthis\s+season\b|\b(?:in\s+)?(?:der\s+)?(?:vergangenen|letzten|abgelaufenen|vorigen)\s+(?:Saison|Spielzeit)\b|\blast\s+season\b",
            re.I,
        ),
    ),
    # A year, unless it is part of a full date ("2023-09-15" is a day, not the year 2023).
    ("year", re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d|-\d{1,2}\b)")),
    (
        "annual",
        re.compile(
            r"\b(?:jährlich\w*|Jahresumsatz|Jahresbasis|pro Jahr|annual\w*|per year|a year(?!\s+(?:ago|earlier|before)))\b",
            re.I,
        ),
    ),
]
# Every period expression has one of these; most sentences have none, and this one cheap
# scan spares them the eleven patterns above (one alternation of all of them is slower).
_PERIOD_HINT = re.compile(
    r"(?:19|20)\d\d|quart|jahr|year|annual|jährl|saison|season|spielzeit|\bQ[1-4]", re.I
)
_SPAN_HINT = re.compile(r"\b(Drei|Zwei|Fünf|Vier)-Jahres", re.I)


def resolve_period(kind: str, match: re.Match[str], published: date | None) -> str:
    """A normalised period: '2025', '2025-Q4', '2026..2030', '..2024', 'annual'; '?…' if undatable."""
    groups = [g for g in match.groups() if g]
    if kind == "quarter_year":
        quarter = _quarter_number(groups[0])
        return f"{groups[1]}-Q{quarter}"
    if kind == "quarter":
        quarter = _quarter_number(groups[0])
        if published is None:
            return f"?-Q{quarter}"
        # The latest such quarter that has begun by the publication date.
        year = published.year if (published.month - 1) // 3 + 1 >= quarter else published.year - 1
        return f"{year}-Q{quarter}"
    if kind in ("last_quarter", "this_quarter"):
        if published is None:
            return "?-Q"
        quarter = (published.month - 1) // 3 + 1
        year = published.year
        if kind == "last_quarter":
            quarter, year = (4, year - 1) if quarter == 1 else (quarter - 1, year)
        return f"{year}-Q{quarter}"
    if kind == "span_years":
        hint = _SPAN_HINT.search(match.group())
        word = (hint.group(1) if hint else groups[0]).lower()
        length = NUMBER_WORDS.get(word, int(word) if word.isdigit() else 0)
        if not length:
            return "?"
        if published is None:
            return f"?+{length}y"
        return f"{published.year}..{published.year + length - 1}"
    if kind == "until":
        return f"..{groups[0]}"
    if kind == "since":
        return f"{groups[0]}.."
    if kind == "between":
        return f"{groups[0]}..{groups[1]}"
    if kind == "this_year":
        return str(published.year) if published else "?-year"
    if kind == "year":
        return groups[0]
    if kind == "season":
        # A season is not a calendar year: it stays undatable, so it is never compared
        # with a year, and "this season" with "last season" not at all.
        last = re.search(r"vergangen|letzt|abgelaufen|vorig|last", match.group(), re.I)
        return "?-season-1" if last else "?-season"
    return "annual"


def _quarter_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return QUARTER_ORDINALS.get(word) or int(word)


@lru_cache(maxsize=100_000)  # copies repeat sentences
def find_periods(text: str, published: date | None) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, normalised, words) of every period expression, the most specific winning."""
    if not _PERIOD_HINT.search(text):
        return ()
    found: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PERIODS:
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append((match.start(), match.end()))
            found.append(
                (
                    match.start(),
                    match.end(),
                    resolve_period(kind, match, published),
                    match.group().strip(),
                )
            )
    return tuple(sorted(_anchored(found)))


def _anchored(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """'Zum Jahresbeginn 2026 … über die nächsten fünf Jahre' on an undated page: a sentence
    that names one year before a span of coming years dates the span from that year."""
    years = {label for _, _, label, _ in found if label.isdigit()}
    if len(years) != 1:
        return found
    (year,) = years
    first_year = min(start for start, _, label, _ in found if label == year)
    out = []
    for start, end, label, words in found:
        relative = re.fullmatch(r"\?\+(\d+)y", label)
        if relative and start > first_year:
            label = f"{year}..{int(year) + int(relative.group(1)) - 1}"
        out.append((start, end, label, words))
    return out
