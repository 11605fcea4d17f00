"""The day an event is dated to: "am Donnerstag", "said Friday", "am 5. Januar", "on 12 August".

A date claim holds the day as the text names it (a weekday, or a day of a month with its
year when the text or the page gives one) and the words around it that say what happened, so
that one statement lined up across sources can be seen to date its event differently
(`conflicts.day_conflicts`). Weekday and month names are lexicon data.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Literal

from seedview.model import lexicon
from seedview.model.normalize import lemma, zipf
from seedview.model.schema import Claim, Passage, Source

DayPart = Literal["", "early", "day", "evening", "night"]
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MAX_DAYS = 2  # a sentence naming more days tells a timeline, not the day of one event
EVENT_WINDOW = 30  # characters either side of the day that say what happened
# Zipf frequency under which a word says what happened ("report", "Regierung"; not "said").
CONTENT = 5.4


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = lexicon.language(language)
    days = "|".join(sorted((w.capitalize() for w in words.weekdays), key=len, reverse=True))
    parts = "|".join(sorted(words.cues.day_parts, key=len, reverse=True))
    # Capitalised as names are in both languages; "freitags" (on Fridays) is a habit.
    weekday = re.compile(rf"\b({days})(?:[ ]?((?i:{parts}))\b)?\b" if parts else rf"\b({days})\b")
    months = "|".join(
        sorted((re.escape(m.capitalize()) for m in words.months), key=len, reverse=True)
    )
    day_month = re.compile(rf"\b(\d{{1,2}})\.?\s+({months})\.?(?:\s+(\d{{4}}))?\b")
    month_day = re.compile(rf"\b({months})\.?\s+(\d{{1,2}})\b(?![.,]\d)(?:,?\s+(\d{{4}}))?")
    return weekday, day_month, month_day


@cache
def _month_alone(language: str) -> re.Pattern[str]:
    """A month named with no day, after the word that dates an event by it: "in January",
    "im Februar 2023" (not "January sales", nor a day's month: see `_days`)."""
    words = lexicon.language(language)
    months = "|".join(
        sorted((re.escape(m.capitalize()) for m in words.months), key=len, reverse=True)
    )
    lead = "|".join(sorted(map(re.escape, words.cues.month_lead), key=len, reverse=True))
    return re.compile(rf"\b(?i:{lead})\s+({months})\b(?!\.?\s*\d{{1,2}}\b)(?:\s+(\d{{4}}))?")


@cache
def _part_before(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Patterns for the words right before a day that name a part of it, longest first."""
    cues = lexicon.language(language).cues
    return tuple(
        (
            part,
            re.compile(
                rf"(?:^|\W)(?:{'|'.join(sorted(map(re.escape, words), key=len, reverse=True))})\s+$",
                re.I,
            ),
        )
        for part, words in (
            ("night", cues.night_into),
            ("evening", cues.late_on),
            ("early", cues.early_on),
        )
        if words
    )


def _part_of_day(text: str, start: int, joined: str, language: str) -> DayPart:
    """The part of the day a day's words name: "Freitagabend", "Friday night" (`joined`), "in
    der Nacht zum Samstag", "late on Friday"; '' for the whole day."""
    if joined:
        return lexicon.language(language).cues.day_parts[joined.lower()]
    before = text[max(0, start - 40) : start]
    for part, pattern in _part_before(language):
        if pattern.search(before):
            return part  # type: ignore[return-value]
    return ""


@lru_cache(maxsize=50_000)  # per distinct sentence: copies repeat sentences
def _days(
    text: str, language: str, published: date | None
) -> tuple[tuple[int, int, str, DayPart], ...]:
    """(start, end, normalised day, part of the day) of each day the text names."""
    weekday, day_month, month_day = _patterns(language)
    words = lexicon.language(language)
    months, weekdays = words.months, words.weekdays
    found: list[tuple[int, int, str, DayPart]] = []
    # "Black Friday", "Welt am Sonntag": names that hold a weekday and date nothing.
    named = [(m.start(), m.end()) for m in lexicon.matcher(words.cues.not_a_day).finditer(text)]
    for match in weekday.finditer(text):
        if any(a <= match.start() < b for a, b in named):
            continue
        joined = match[2] if match.lastindex and match.lastindex >= 2 else ""
        day = weekdays[match[1].lower()] - 1
        part = _part_of_day(text, match.start(), joined or "", language)
        if joined and part == "night":
            # "Freitagnacht", "Friday night": the night into Saturday.
            day = (day + 1) % 7
        found.append((match.start(), match.end(), WEEKDAYS[day], part))
    for pattern, day_group, month_group in ((day_month, 1, 2), (month_day, 2, 1)):
        for match in pattern.finditer(text):
            month = months.get(match[month_group].lower().rstrip("."))
            day = int(match[day_group])
            if not month or not 1 <= day <= 31:
                continue
            try:
                year = int(match[3]) if match[3] else _year_before(published, month, day)
                label = date(year, month, day).isoformat() if year else f"--{month:02d}-{day:02d}"
            except ValueError:
                continue
            if not any(a <= match.start() < b for a, b, _, _ in found):
                found.append(
                    (
                        match.start(),
                        match.end(),
                        label,
                        _part_of_day(text, match.start(), "", language),
                    )
                )
    for match in _month_alone(language).finditer(text):
        month = months.get(match[1].lower())
        if not month or any(a <= match.start(1) < b for a, b, _, _ in found):
            continue
        # The year only as written: a month alone on a page of August may be this January
        # or next.
        label = f"{match[2]}-{month:02d}" if match[2] else f"--{month:02d}"
        found.append((match.start(1), match.end(), label, ""))
    return tuple(sorted(found))


def _year_before(published: date | None, month: int, day: int) -> int:
    """The year of a day named without one: the page's, unless that puts it more than a
    month after the page ("am 28. Dezember" on a page of 2 January is last year's); 0 when
    the page is undated."""
    if published is None:
        return 0
    named = date(published.year, month, day)  # raises ValueError for 30 February
    return published.year - 1 if (named - published).days > 31 else published.year


@lru_cache(maxsize=50_000)  # per distinct sentence and day; the list is only read (claims copy it)
def _event(text: str, start: int, end: int, language: str) -> list[str]:
    left = max(0, start - EVENT_WINDOW)
    right = min(len(text), end + EVENT_WINDOW)
    # Whole words: a window cutting "Ouarzazate" must not make "azate" an event word.
    while left > 0 and text[left - 1].isalnum():
        left -= 1
    while right < len(text) and text[right].isalnum():
        right += 1
    window = text[left:start] + " " + text[end:right]
    words = lexicon.language(language)
    names = {*words.weekdays, *words.months}
    out = set()
    for word in re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", window):
        lower = word.lower()
        if lower in names or zipf(lower, language) >= CONTENT:
            continue
        out.add(lemma(word, language))
    return sorted(out)


def date_claims(passage: Passage, source: Source) -> list[Claim]:
    """The days a sentence dates its events to, each with the words that say what happened."""
    days = _days(passage.text, source.language, source.published)
    if not days or len(days) > MAX_DAYS:
        return []
    return [
        Claim(
            id=f"c-{passage.id}-d{number}",
            passage=passage.id,
            source=passage.source,
            kind="date",
            start=passage.start + start,
            end=passage.start + end,
            day=label,
            day_part=part,
            event=_event(passage.text, start, end, source.language),
            evidence=passage.text[start:end],
            confidence=0.8,
            key_label=f"date · {label}",
        )
        for number, (start, end, label, part) in enumerate(days)
    ]


def weekday_of(day: str) -> str:
    """'thursday' for 'thursday'; the weekday of a dated day ('2024-01-05' -> 'friday');
    '' when the year is not known."""
    if day in WEEKDAYS:
        return day
    if day.startswith("--"):
        return ""
    try:
        return WEEKDAYS[date.fromisoformat(day).weekday()]
    except ValueError:
        return ""


# The day's middle is too loose to tell apart from its ends ("am Freitagnachmittag am
# Unglücksort", "am Freitagabend dem Rundfunk" are two statements of one day); only the small
# hours and the evening are apart, since the night between them crosses to another day.
_SLOTS = {"": ("early", "day", "evening"), "early": ("early",), "day": ("early", "day", "evening")}


def _slots(day: str, part: str) -> set[tuple[str, str]]:
    """The (day, part) slots a day with a part of it may mean: the night into Saturday is
    Friday evening or early Saturday."""
    if part == "night":
        before = _day_before(day)
        return {(day, "early"), *([(before, "evening")] if before else [])}
    if part == "evening":
        return {(day, "evening")}
    return {(day, p) for p in _SLOTS[part]}


def _day_before(day: str) -> str:
    if day in WEEKDAYS:
        return WEEKDAYS[WEEKDAYS.index(day) - 1]
    try:
        if day.startswith("--"):
            # "--09-09": a leap year gives the day before every date; for 1 March it is 29
            # February, which agrees with a 28 February named elsewhere only in a leap year.
            return "--" + (date.fromisoformat("2000" + day[1:]) - timedelta(days=1)).isoformat()[5:]
        return (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    except ValueError:
        return ""


def disagree_at(a: str, a_part: str, b: str, b_part: str) -> bool:
    """Whether two named days with parts of them cannot be one time: "in der Nacht zu
    Freitag" (Thursday night) against "am späten Freitagabend", but not "in der Nacht zum
    Samstag" against "am späten Freitagabend"."""
    return all(
        part_a != part_b or disagree(day_a, day_b)
        for day_a, part_a in _slots(a, a_part)
        for day_b, part_b in _slots(b, b_part)
    )


def disagree(a: str, b: str) -> bool:
    """Whether two named days cannot be one day: two weekdays, two dates, or a weekday and a
    date of known year that falls on another weekday."""
    if a == b:
        return False
    if a in WEEKDAYS or b in WEEKDAYS:
        other = weekday_of(b if a in WEEKDAYS else a)
        return bool(other) and other != (a if a in WEEKDAYS else b)
    one, two = _DAY_LABEL.fullmatch(a), _DAY_LABEL.fullmatch(b)
    if one is None or two is None:
        return False
    # Year, month, day: any both name that differs ("--01" and "2023-02-01"; a month alone
    # agrees with every day of it).
    return any(
        x is not None and y is not None and x != y
        for x, y in zip(one.groups(), two.groups(), strict=True)
    )


# "2024-01-05", "--01-05" (no year), "2023-01", "--01" (a month alone).
_DAY_LABEL = re.compile(r"(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?")
