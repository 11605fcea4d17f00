"""Periods: when a figure holds ("im vierten Quartal 2025", "over the next five years", "bis 2026").

Each expression becomes a normalised label resolved against the page's publication date when the
page states one: '2025', '2025-Q4', '2026..2030', '..2024', '2019..'; '?-year', '?-Q4', '?+5y'
when relative and undatable.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from seedview.model import lexicon
from seedview.model.dates import QUARTER_ORDINALS
from seedview.model.lexicon import LANGUAGES
from seedview.model.quantities import NUMBER_WORDS

_YEAR = r"((?:19|20)\d{2})"
# Kinds in the order they are tried: the most specific first, and a span taken is not read again.
_KINDS = (
    "month_year",  # before a year alone: "im Mai 2024" is May's, not 2024's
    "quarter_year",
    "quarter",
    "first_months",
    "first_quarters",
    "first_half",
    "last_quarter",
    "this_quarter",
    "span_years",
    "between",  # before "until": "von 2003 bis 2018" is a span, not "bis 2018"
    "until",
    "since",
    "this_year",
    "this_season",
    "last_season",
)
# Notation, not language: "Q3 2025", "Q3/2025", "Q3".
_NOTATION = {
    "quarter_year": [r"Q([1-4])\s*(?:/\s*)?((?:19|20)\d{2})"],
    "quarter": [r"Q([1-4])"],
}


def _filled(pattern: str, code: str) -> str:
    words = lexicon.language(code)
    quarters = "|".join(sorted(map(re.escape, words.quarter_ordinals), key=len, reverse=True))
    numbers = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
    months = "|".join(sorted(map(re.escape, words.months), key=len, reverse=True))
    return (
        pattern.replace("{year}", _YEAR)
        .replace("{month}", rf"({months})")
        .replace("{quarter}", rf"({quarters}|[1-4]\.)")
        .replace("{count}", r"(\w+)")
        .replace("{number}", rf"({numbers}|\d+)")
    )


def _compiled(kind: str) -> re.Pattern[str]:
    """One kind's patterns of both languages (a German page may quote an English phrase)."""
    patterns = [*_NOTATION.get(kind, [])]
    for code in LANGUAGES:
        patterns += [
            _filled(p, code) for p in getattr(lexicon.language(code).period_patterns, kind)
        ]
    # The word start and end every pattern needs, checked once around all of them: the same
    # matches, in the same order of preference, with one look per position instead of one per
    # pattern.
    return re.compile(rf"\b(?:{'|'.join(f'(?:{p})' for p in patterns)})(?!\w)", re.I)


_PERIODS: list[tuple[str, re.Pattern[str]]] = [(kind, _compiled(kind)) for kind in _KINDS]
# A year, unless it is part of a full date ("2023-09-15" is a day, not the year 2023).
_PERIODS.append(("year", re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d|-\d{1,2}\b)")))
_PERIODS.append(("annual", _compiled("annual")))
# Every period expression has a year or one of the hint words; most sentences have none, and
# this one cheap scan spares them the patterns above.
_HINTS = [h for code in LANGUAGES for h in lexicon.language(code).period_patterns.hints]
# The first characters the hints can begin with, looked ahead for first: one test passes over
# a position no hint starts at (most of them), instead of one per hint. Each hint's pattern
# implies it, so it changes no answer; an empty hint (found everywhere) leaves it out.
_HINT_STARTS = "".join(sorted({"1", "2", "q", *(re.escape(h[0]) for h in _HINTS if h)}))
_PERIOD_HINT = re.compile(
    (f"(?=[{_HINT_STARTS}])" if all(_HINTS) else "")
    + r"(?:(?:19|20)\d\d|\bQ[1-4]|"
    + "|".join(re.escape(h) for h in _HINTS)
    + ")",
    re.I,
)


_MONTHS = {
    name.lower(): number
    for code in LANGUAGES
    for name, number in lexicon.language(code).months.items()
}


def resolve_period(kind: str, match: re.Match[str], published: date | None) -> str:
    """A normalised period: '2025', '2025-Q4', '2026..2030', '..2024', 'annual'; '?…' if undatable."""
    groups = [g for g in match.groups() if g]
    if kind == "month_year":
        month = _MONTHS.get(groups[0].lower().rstrip("."), 0)
        return f"{groups[1]}-{month:02d}" if month else groups[1]
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
    if kind in ("first_months", "first_quarters", "first_half"):
        return _year_start(kind, groups, published)
    if kind in ("last_quarter", "this_quarter"):
        if published is None and kind == "last_quarter":
            # "im jüngsten Quartal" on an undated page: the quarter the story reports, which
            # is what its figures that name no period mean too.
            return ""
        if published is None:
            # "the current quarter" is the one under way when the page was written: a
            # company's results are for the quarter before, its outlook for this one.
            return "?-current-quarter"
        quarter = (published.month - 1) // 3 + 1
        year = published.year
        if kind == "last_quarter":
            quarter, year = (4, year - 1) if quarter == 1 else (quarter - 1, year)
        return f"{year}-Q{quarter}"
    if kind == "span_years":
        word = groups[0].lower()
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
    if kind in ("this_season", "last_season"):
        # A season is not a calendar year: it stays undatable, so it is never compared
        # with a year, and "this season" with "last season" not at all.
        return "?-season-1" if kind == "last_season" else "?-season"
    return "annual"


_MONTHS_IN = {"first_months": 1, "first_quarters": 3, "first_half": 6}


def _year_start(kind: str, groups: list[str], published: date | None) -> str:
    """The first months of a year: '2024-9M' ("in den ersten neun Monaten" on a page of
    October 2024), '2024-Q1' for three, '2024' for twelve, '?-9M' when undatable."""
    years = [g for g in groups if re.fullmatch(r"(?:19|20)\d{2}", g)]
    counts = [g for g in groups if g not in years]
    if kind == "first_half":
        months = 6
    else:
        word = counts[0].lower() if counts else ""
        number = NUMBER_WORDS.get(word, int(word) if word.isdigit() else 0)
        months = int(number) * _MONTHS_IN[kind]
    if not 0 < months <= 12:
        return "?"
    if years:
        year: int | None = int(years[0])
    elif published is not None:
        # Figures for the first nine months come out after them: in that year, or early in
        # the next.
        year = published.year if published.month > months else published.year - 1
    else:
        year = None
    if months == 12:
        return str(year) if year else "?-year"
    part = "Q1" if months == 3 else f"{months}M"
    return f"{year}-{part}" if year else f"?-{part}"


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
