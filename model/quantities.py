"""The grammar of quantities in German and English news text.

No package parses "115 bis 135 Milliarden US-Dollar", "600-Milliarden-Dollar-Investition",
"knapp 59,9 Milliarden", "zwölf Prozent" or "$26bn", so this is ours. Each quantity gets its
value in base units and the interval [low, high] its wording allows: rounding of the written
digits, qualifiers ("rund", "bis zu", "über", "knapp") and ranges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from seedview.model import lexicon

_GERMAN, _ENGLISH = lexicon.language("de"), lexicon.language("en")
# Number words count only before a unit or scale: "zwölf Prozent", not "eine Rolle".
NUMBER_WORDS: dict[str, int] = {**_GERMAN.number_words, **_ENGLISH.number_words}
_SCALES_DE: dict[str, float] = dict(_GERMAN.scales)
_SCALES_EN: dict[str, float] = dict(_ENGLISH.scales)


_alternation = lexicon.literal_alternation


# (pattern, unit, factor): the unit words of both languages (a German page may say "Dollar",
# an English one "euros"), longest first, then the words naming multiples ("km", "Gigawatt").
_UNITS: list[tuple[str, str, float]] = [
    (_alternation([*_GERMAN.units.get(code, []), *_ENGLISH.units.get(code, [])]), code, 1.0)
    for code in dict.fromkeys([*_GERMAN.units, *_ENGLISH.units])
]
_UNITS += [
    (_alternation([word]), code, factor)
    for code in dict.fromkeys([*_GERMAN.unit_multiples, *_ENGLISH.unit_multiples])
    for word, factor in {
        **_GERMAN.unit_multiples.get(code, {}),
        **_ENGLISH.unit_multiples.get(code, {}),
    }.items()
]
_UNITS.sort(key=lambda item: -max(len(w) for w in item[0].split("|")))
_QUALIFIER_NAMES = ("up_to", "over", "at_least", "under", "approx_below", "approx")
_QUALIFIERS: list[tuple[str, str]] = [
    (
        _alternation([*getattr(_GERMAN.qualifiers, name), *getattr(_ENGLISH.qualifiers, name)]),
        name,
    )
    for name in _QUALIFIER_NAMES
]
# "um 24 Prozent", "up 262%", "ein Rückgang von 14 Prozent": words that make a percentage a change.
_CHANGE_LEAD = re.compile(
    r"(?:\+|−|-|\b(?:"
    + _alternation([*_GERMAN.cues.change_lead, *_ENGLISH.cues.change_lead])
    + r"))\s*$",
    re.IGNORECASE,
)
_MONEY_CHANGE_LEAD = re.compile(
    r"\b(?:"
    + _alternation([*_GERMAN.cues.money_change_lead, *_ENGLISH.cues.money_change_lead])
    + r")\s*$",
    re.IGNORECASE,
)
# "a 7% increase", "a 10% pay cut": a noun right after a percentage makes it a change.
_CHANGE_TAIL = re.compile(
    r"[\s-]*(?:" + _alternation([*_GERMAN.cues.change_tail, *_ENGLISH.cues.change_tail]) + r")\b",
    re.IGNORECASE,
)

_NUM = r"\d+(?:[.,\u202f\u00a0 '’]\d{3})*(?:[.,]\d+)?"
# "forty-nine": English joins tens and units with a hyphen (German writes one word, and
# digits from 13 on).
_TENS = [w for w, v in _ENGLISH.number_words.items() if v >= 20 and v < 100 and v % 10 == 0]
_UNITS_1_9 = [w for w, v in _ENGLISH.number_words.items() if 1 <= v <= 9]
_JOINED_WORDNUM = rf"(?:{'|'.join(_TENS)})-(?:{'|'.join(_UNITS_1_9)})"
_WORDNUM = "|".join([_JOINED_WORDNUM, *sorted(NUMBER_WORDS, key=len, reverse=True)])
# Number words that count a noun ("sechs Rettungshubschrauber"): not "ein", "one", which are
# articles far more often than counts.
_COUNT_WORDNUM = "|".join(
    [
        _JOINED_WORDNUM,
        *sorted((w for w, v in NUMBER_WORDS.items() if v >= 2), key=len, reverse=True),
    ]
)
# English plurals a number word counts that end in no "s": "four people", "five children".
_PLURALS_WITHOUT_S = "|".join(
    sorted((w for w in _ENGLISH.cues.person_noun if not w.endswith("s")), key=len, reverse=True)
)
# "six of the defendants", "drei der Angeklagten": a number word before the members it counts.
_PARTITIVE_ALT = "|".join(
    sorted(
        (
            r"\s+".join(map(re.escape, w.split()))
            for w in {*_GERMAN.cues.partitive_count, *_ENGLISH.cues.partitive_count}
        ),
        key=len,
        reverse=True,
    )
)
_SCALE_ALT = "|".join(
    sorted({*_SCALES_DE, *_SCALES_EN} - {"m", "b", "k", "bn", "mn", "tn"}, key=len, reverse=True)
)
# The pattern below is verbose: spaces inside alternatives must be spelled as \s+.
_UNIT_ALT = "|".join(p for p, _, _ in _UNITS)
_QUAL_ALT = "|".join(p for p, _ in _QUALIFIERS)


def _first_characters(words: list[str]) -> str:
    """The characters the words begin with, for a character class."""
    return "".join(sorted({re.escape(w[0]) for w in words if w}))


# Where a quantity can begin: a qualifier, a currency sign or a number (digits or a number
# word). Looked ahead for first, one test passes over a position none of them starts at (most
# of a sentence) instead of trying each alternative there; every match begins with one of
# these characters, so the matches are the same.
_QUALIFIER_WORDS = [
    w
    for name in _QUALIFIER_NAMES
    for w in (*getattr(_GERMAN.qualifiers, name), *getattr(_ENGLISH.qualifiers, name))
]
# Currency codes written before the number ("EUR1.58 billion"): the units' own codes that
# the language files list as words for them.
_CODES = sorted(
    {
        word
        for table in (_GERMAN.units, _ENGLISH.units)
        for unit, words in table.items()
        for word in words
        if word == unit.lower() and len(word) == 3 and word.isalpha()
    }
)
_CODE_STARTS = "".join(sorted({c[0] for c in _CODES} | {c[0].upper() for c in _CODES}))
_QUANTITY_STARTS = (
    rf"(?=[\d$€£¥{_CODE_STARTS}{_first_characters([*_QUALIFIER_WORDS, *NUMBER_WORDS])}])"
    if all(_QUALIFIER_WORDS) and all(NUMBER_WORDS)
    else ""
)

QUANTITY = re.compile(
    rf"""
    {_QUANTITY_STARTS}
    (?P<qual>(?:\b(?:{_QUAL_ALT}))\.?\s+)?
    (?P<cur>(?:us\$|\$|€|£|¥|(?:{"|".join(_CODES)})(?=\s?\d))\s?)?
    (?P<num>(?:{"".join(f"(?<={code})|" for code in _CODES)}(?<![\w.,]))(?<!\d[-/])(?:\d{{1,3}},\s\d{{1,3}}(?=[\s-]*(?:{_SCALE_ALT}|{_UNIT_ALT})\b)|{_NUM}|(?:{_WORDNUM})(?=[\s-]+(?:{_SCALE_ALT}|{_UNIT_ALT})\b)|(?:{_COUNT_WORDNUM})(?=(?-i:\s+[A-ZÄÖÜ]|\s+[a-z]+s\b)|\s+(?:{_PLURALS_WITHOUT_S})\b|\s+(?:{_PARTITIVE_ALT})\s)))
    (?:\s*(?P<sep>bis|to|und|and|–|-)\s*(?P<cur2>\$|€|£|¥)?(?P<num2>{_NUM})(?![\w]|[.,]\d))?
    (?:[\s-]*(?P<scale>(?:{_SCALE_ALT})\b(?:(?<=\b\w{{3}})\.|(?<=\b\w{{4}})\.)?|(?:m|bn|b|k|tn)\b))?
    (?:[\s-]*(?P<unit>{_UNIT_ALT})(?:\b|(?<=[$€%])))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# "von 70 auf 72 Milliarden": the bare 70 borrows the scale and unit of what follows.
_PRIOR = re.compile(
    rf"\b(?:von|from)\s+(?P<num>{_NUM})\s+(?:auf|to)\s+(?:(?:{_QUAL_ALT})\s+)?(?:\$|€)?$", re.I
)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    text: str
    value: float
    unit: str
    low: float
    high: float
    qualifier: str
    change: bool
    previous: bool  # "von 70 auf 72": 70 is a superseded value
    falling: bool = False  # the words say it fell ("halbiert", "halved"), not the words around


def parse_number(text: str, language: str) -> tuple[float, int] | None:
    """The number and its count of written decimals, German or English digit grouping."""
    # "22, 496 Milliarden": a decimal comma a page broke with a space (the pattern takes it
    # only between short numbers before a scale or unit, so "2023, 500 Millionen" is a year
    # and a figure). English writes no decimal comma: there it is a list ("2, 3 per cent").
    broken = ", " in text
    if broken and language != "de":
        return None
    text = text.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?", text):
        # "120'000": the Swiss group thousands with an apostrophe, and write a decimal point
        text = re.sub(r"['’]", "", text).replace(",", ".")
        return float(text), len(text.partition(".")[2])
    lower = text.lower()
    if lower in NUMBER_WORDS:
        return float(NUMBER_WORDS[lower]), 0
    tens, _, units = lower.partition("-")
    if (
        units
        and NUMBER_WORDS.get(tens, 0) in range(20, 100, 10)
        and NUMBER_WORDS.get(units, 0) in range(1, 10)
    ):
        return float(NUMBER_WORDS[tens] + NUMBER_WORDS[units]), 0  # "forty-nine"
    thousands, decimal = (".", ",") if language == "de" or broken else (",", ".")
    if re.fullmatch(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+(?:\{decimal}\d+)?", text):
        text = text.replace(thousands, "")
    elif thousands in text and decimal not in text and re.fullmatch(r"\d+[.,]\d{1,2}", text):
        decimal = thousands  # "1.3 million" in a German page, or "1,3" in an English one
    elif re.fullmatch(r"\d{1,3}(?:[.,]000)+", text):
        # "35,000" in a German page (or "35.000" in an English one) groups thousands: no one
        # writes three zero decimals.
        return float(re.sub(r"[.,]", "", text)), 0
    whole, _, fraction = text.partition(decimal)
    if not whole.isdigit() or (fraction and not fraction.isdigit()):
        return None
    return float(f"{whole}.{fraction}" if fraction else whole), len(fraction)


_RANGE_TO = frozenset([*_GERMAN.cues.range_to, *_ENGLISH.cues.range_to])


def _not_a_range(match: re.Match[str], language: str) -> bool:
    if not match["num2"]:
        return False
    if match["cur2"] and not match["cur"] and (match["sep"] or "").lower() in _RANGE_TO:
        return True
    # "3.4% by the end of 2025 and 2.9% in 2026", "2025 bis 3 Prozent": a year ends a
    # period, and the next figure begins after it.
    second = parse_number(match["num2"], language)
    return bool(_YEAR.match(match["num"])) and second is not None and second[0] < 1900


# A quantity needs a digit or a number word (see QUANTITY's "num"): a sentence with neither
# is not searched with the whole grammar (issue 11: a third of a corpus's sentences).
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(
    rf"(?<![\w.,])(?:(?:{_COUNT_WORDNUM})(?=[\s-])|(?:{_WORDNUM})(?=[\s-]+(?:{_SCALE_ALT})\b))",
    re.IGNORECASE,
)


def _numbers_by_phrase(
    table: str,
) -> tuple[dict[str, list[tuple[float, re.Pattern[str]]]], dict[str, re.Pattern[str]]]:
    """A lexicon table keyed by numbers ("multipliers", "fractions"), per language: each
    number with the matcher of its phrases, and one pattern for any phrase of the table,
    asked of every sentence (first-letter pattern, about twice as fast as the plain one)."""
    each = {
        words.language: [
            (float(key), lexicon.matcher(phrases)) for key, phrases in getattr(words, table).items()
        ]
        for words in (_GERMAN, _ENGLISH)
    }
    any_of = {
        words.language: lexicon.any_of([p for ps in getattr(words, table).values() for p in ps])
        for words in (_GERMAN, _ENGLISH)
    }
    return each, any_of


_MULTIPLIERS, _ANY_MULTIPLIER = _numbers_by_phrase("multipliers")


def _qualifier_before(sentence: str, start: int) -> str:
    """The qualifier in the one to three words before a figure in words ("mehr als doppelt
    so hoch", "knapp ein Drittel")."""
    words = sentence[max(0, start - 20) : start].split()
    return next(
        (q for k in (1, 2, 3) if len(words) >= k and (q := _qualifier(" ".join(words[-k:])))),
        "",
    )


def _ratios(sentence: str, language: str) -> list[Found]:
    """Ratios stated in words, as changes in per cent: "twice as likely" is +100 %, read as
    reporters round them (1.91 times is "nearly twice"), so "about" wide in its ratio."""
    if not _ANY_MULTIPLIER[language].search(sentence):
        return []
    found = []
    for factor, pattern in _MULTIPLIERS[language]:
        for match in pattern.finditer(sentence):
            # A change is its size, its direction apart (as "fell 48%" is 48): "halved" is 50.
            # A factor is read to a quarter of one ("nearly twice"), a part of one to a tenth.
            value = abs(factor - 1) * 100
            spread = 0.25 if factor > 1 else 0.1
            low, high = (abs(factor - 1) - spread) * 100, (abs(factor - 1) + spread) * 100
            # "mehr als doppelt so hoch", "nearly doubled": the words before bound it.
            qualifier = _qualifier_before(sentence, match.start())
            if factor < 1:
                # "mehr als halbiert" fell by more than half; "fast halbiert" by nearly half.
                if qualifier in ("over", "at_least"):
                    low, high = value, 100.0
                elif qualifier in ("approx_below", "up_to"):
                    high = value
            elif qualifier in ("over", "at_least"):
                low, high = value, (factor - 0.5) * 100
            elif qualifier in ("approx_below", "up_to"):
                low, high = (factor - 1.25) * 100, value
            found.append(
                Found(
                    start=match.start(),
                    end=match.end(),
                    text=match.group(),
                    value=value,
                    unit="%",
                    low=low,
                    high=high,
                    qualifier=qualifier or "approx",
                    change=True,
                    previous=False,
                    falling=factor < 1,
                )
            )
    return found


_FRACTIONS, _ANY_FRACTION = _numbers_by_phrase("fractions")
_CHANGE_BY = re.compile(r"^(?:um|by)\s", re.IGNORECASE)
FRACTION_SPREAD = 3.0  # points: "a third" is how reporters give 31 to 36 per cent


def _fractions(sentence: str, language: str) -> list[Found]:
    """Shares in words ("knapp ein Drittel der Befragten", "two thirds of voters") as per
    cents, read as rounded; "um ein Drittel", "by half" as changes."""
    if not _ANY_FRACTION[language].search(sentence):
        return []
    found = []
    for share, pattern in _FRACTIONS[language]:
        for match in pattern.finditer(sentence):
            value = share * 100
            low, high = value - FRACTION_SPREAD, value + FRACTION_SPREAD
            qualifier = _qualifier_before(sentence, match.start())
            if qualifier in ("over", "at_least"):
                low, high = value, value + 10
            elif qualifier in ("approx_below", "up_to"):
                low, high = value - 8, value
            # The share as written, without the word that leads to what it is a share of.
            text = re.sub(r"\s+(?:der|des|aller|of|the|all)$", "", match.group(), flags=re.I)
            found.append(
                Found(
                    start=match.start(),
                    end=match.start() + len(text),
                    text=text,
                    value=value,
                    unit="%",
                    low=low,
                    high=high,
                    qualifier=qualifier or "approx",
                    change=bool(_CHANGE_BY.match(match.group())),
                    previous=False,
                )
            )
    return found


_POINT_MOVES, _ANY_POINT_MOVE = _numbers_by_phrase("point_phrases")


def _phrase_found(
    match: re.Match[str],
    value: float,
    unit: str,
    low: float,
    high: float,
    *,
    qualifier: str = "",
    change: bool = True,
    falling: bool = False,
) -> Found:
    """A figure a phrase states whole ("half a percentage point", "2.5 times higher",
    "einige Hundert"), spanning the phrase."""
    return Found(
        start=match.start(),
        end=match.end(),
        text=match.group(),
        value=value,
        unit=unit,
        low=low,
        high=high,
        qualifier=qualifier,
        change=change,
        previous=False,
        falling=falling,
    )


@cache
def _range_phrases(language: str, table: str) -> tuple[tuple[float, float, re.Pattern[str]], ...]:
    """(low, high, matcher) of a lexicon table keyed 'low-high' (`vague_counts`,
    `vague_lengths`): phrases that name a range by its order or unit alone."""
    words = _GERMAN if language == "de" else _ENGLISH
    ranges: dict[str, list[str]] = getattr(words, table)
    return tuple(
        (float(key.partition("-")[0]), float(key.partition("-")[2]), lexicon.matcher(phrases))
        for key, phrases in ranges.items()
    )


@cache
def _ratio_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = _GERMAN if language == "de" else _ENGLISH
    times = _alternation(words.times_after) if words.times_after else "(?!)"
    before = _alternation(words.ratio_before) if words.ratio_before else "(?!)"
    number = r"(\d+(?:[.,]\d+)?)"
    return (
        re.compile(rf"(?<![\w.,]){number}\s*(?:{times})(?![\w-])", re.IGNORECASE),
        # "Hazard Ratio 3,22", "HR: 1.80", "the hazard ratio for cardiovascular death was 1.91"
        re.compile(
            rf"(?<![\w-])(?:{before})(?:\s+[^\d\s,.;:()]+){{0,6}}?\s*(?:[:=(]\s*)?{number}(?![\d])",
            re.IGNORECASE,
        ),
    )


def _stated_ratios(sentence: str, language: str) -> list[Found]:
    """Ratios written with their number: "2.5 times higher", "2,5-mal so hoch", "Hazard
    Ratio 3,22", "HR 1.80": a change of (ratio - 1) x 100 per cent, as exact as written."""
    if not _DIGIT.search(sentence):
        return []
    found = []
    for pattern in _ratio_patterns(language):
        for match in pattern.finditer(sentence):
            parsed = parse_number(match.group(1), language)
            if parsed is None or parsed[0] <= 0 or parsed[0] == 1 or parsed[0] > 100:
                continue
            factor, decimals = parsed
            half = 0.5 * 10 ** (-decimals)
            value = abs(factor - 1) * 100
            low, high = sorted((abs(factor - half - 1) * 100, abs(factor + half - 1) * 100))
            found.append(_phrase_found(match, value, "%", low, high, falling=factor < 1))
    return found


@cache
def _any_vague(language: str) -> re.Pattern[str]:
    words = _GERMAN if language == "de" else _ENGLISH
    return lexicon.any_of([p for phrases in words.vague_counts.values() for p in phrases])


def _vague_counts(sentence: str, language: str) -> list[Found]:
    """Counts named by their order only ("einige Hundert Menschen", "Zehntausende
    Beschäftigte", "tens of thousands of people"): the range they allow, of the noun after."""
    if not _any_vague(language).search(sentence):
        return []  # most sentences: one search instead of one per order
    found: list[Found] = []
    # The longest phrase first: "tens of thousands of" holds "thousands of".
    for low, high, pattern in sorted(_range_phrases(language, "vague_counts"), key=lambda p: -p[1]):
        for match in pattern.finditer(sentence):
            if any(f.start <= match.start() < f.end for f in found):
                continue
            noun = _counted_noun(sentence, match.end(), language)
            if not noun and language == "en":
                # "thousands of people": English ends the phrase with "of"; the noun follows,
                # past a determiner and the whole's number ("tens of thousands of its 120,000
                # employees").
                noun = _noun_after(sentence[match.end() :], language)
            if not noun:
                continue
            found.append(
                _phrase_found(
                    match,
                    (low * high) ** 0.5,
                    f"count:{noun}",
                    low,
                    high,
                    qualifier="approx",
                    change=False,
                )
            )
    return sorted(found, key=lambda f: f.start)


def _noun_after(rest: str, language: str) -> str:
    """The first word of `rest` that is no function word and no number, if it is a noun a
    count can count."""
    skip = lexicon.function_words(language)
    for word in re.findall(r"[\w'’.,-]+", rest[:80]):
        lower = word.lower()
        if lower in skip or re.fullmatch(r"\d[\d.,'’]*", word):
            continue
        noun = lower.strip(".,")
        return "" if noun in _NOT_COUNTED or not noun.isalpha() else noun
    return ""


def _point_moves(sentence: str, language: str) -> list[Found]:
    """A rate's move in words ("by half a percentage point", "a quarter-point cut",
    "um einen Viertelprozentpunkt"): a change in percentage points, as exact as written."""
    if not _ANY_POINT_MOVE[language].search(sentence):
        return []
    return [
        _phrase_found(match, points, "pp", points, points)
        for points, pattern in _POINT_MOVES[language]
        for match in pattern.finditer(sentence)
    ]


def _vague_lengths(sentence: str, language: str) -> list[Found]:
    """Lengths named by their unit only ("nach wochenlangen Verhandlungen", "monatelanger
    Poker", "talks that went on for weeks"): the range of hours they allow, in "about"
    wording, so "for weeks" and "for months" differ without contradicting each other."""
    found: list[Found] = []
    for low, high, pattern in _range_phrases(language, "vague_lengths"):
        for match in pattern.finditer(sentence):
            if not any(f.start < match.end() and match.start() < f.end for f in found):
                value = (low * high) ** 0.5
                found.append(
                    _phrase_found(match, value, "h", low, high, qualifier="approx", change=False)
                )
    return sorted(found, key=lambda f: f.start)


def is_vague_length(text: str) -> bool:
    """Whether words name a length by its unit alone ("wochenlang", "for months"), in either
    language: too loose to contradict another length."""
    return any(
        pattern.fullmatch(text)
        for language in lexicon.LANGUAGES
        for _, _, pattern in _range_phrases(language, "vague_lengths")
    )


@cache
def _all_but_pattern(language: str) -> re.Pattern[str]:
    words = lexicon.language(language).cues
    if not words.all_but:
        return re.compile(r"(?!)")
    number = rf"(\d+|{'|'.join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))})"
    return re.compile(
        rf"(?<!\w)(?:{_alternation(words.all_but)})\s+{number}\s+"
        rf"(?:{_alternation(words.partitive_count)})\s+(\d[\d.,]*)(?!\w)",
        re.IGNORECASE,
    )


def _all_but(sentence: str, language: str) -> list[Found]:
    """ "All but one of the 242 people on board died": the group less the number, a count of
    the group's noun."""
    found = []
    for match in _all_but_pattern(language).finditer(sentence):
        lacking = NUMBER_WORDS.get(match.group(1).lower())
        lacking = lacking if lacking is not None else int(match.group(1))
        parsed = parse_number(match.group(2), language)
        if parsed is None or not 0 < lacking < parsed[0]:
            continue
        value = parsed[0] - lacking
        noun = _counted_noun(sentence, match.end(), language)
        unit = f"count:{noun}" if noun else "count"
        found.append(_phrase_found(match, value, unit, value, value, change=False))
    return found


@lru_cache(maxsize=100_000)  # normalisation and claims both ask, and copies repeat sentences
def find_quantities(sentence: str, language: str = "de") -> tuple[Found, ...]:
    vague = (
        _all_but(sentence, language)
        + _vague_counts(sentence, language)
        + _vague_lengths(sentence, language)
        + _stated_ratios(sentence, language)
    )
    points = _point_moves(sentence, language) + vague
    # "by half a percentage point" is half a point, not a fall by half.
    ratios = points + [
        share
        for share in _ratios(sentence, language) + _fractions(sentence, language)
        if not any(p.start < share.end and share.start < p.end for p in points)
    ]
    if not _DIGIT.search(sentence) and not _NUMBER_WORD.search(sentence):
        return tuple(ratios)
    found: list[Found] = []
    position = 0
    while (match := QUANTITY.search(sentence, position)) is not None:
        position = match.end()
        if _not_a_range(match, language):
            # "in the first quarter of 2024 to $1.7 billion": the year ends a period, and the
            # figure begins after "to".
            position = match.start("cur2") if match["cur2"] else match.start("num2")
            continue
        num_start = match.start("num")
        # _RATIO ends where the number starts and is at most 4 characters long (5 before a
        # final newline, which "$" also allows): no need to search the whole sentence before.
        if _RATIO.search(sentence, max(0, num_start - 5), num_start) or _RATIO_AFTER.match(
            sentence, match.end("num")
        ):
            continue
        parsed = parse_number(match["num"], language)
        if parsed is None:
            continue
        value, decimals = parsed
        scale_word = (match["scale"] or "").lower().rstrip(".")
        unit_word = (match["unit"] or match["cur"] or match["cur2"] or "").strip().lower()
        if (
            not scale_word
            and not unit_word
            and _NUMBER_LABEL[language].search(sentence, max(0, num_start - 20), num_start)
        ):
            continue
        if _CONFIDENCE_LEVEL[language].search(
            sentence, max(0, num_start - 25), num_start
        ) or _CONFIDENCE_AFTER[language].match(sentence, match.end()):
            continue  # "KI 95 %: 1,91–5,41", "95% CI": how sure an interval is, no figure
        if (
            _YEAR.match(match["num"])
            and not scale_word
            and not unit_word
            and not (
                _PEOPLE_AFTER_YEAR[language].match(sentence, match.end("num"))
                and not _YEAR_BEFORE[language].search(sentence, 0, num_start)
            )
        ):
            continue  # a year is a period, not a quantity; "2012 Todesopfer" is a toll
        if not scale_word and not unit_word:
            counted = _counted_noun(sentence, match.end(), language)
            if match["num"].lower() in NUMBER_WORDS and (value < 2 or not counted):
                # "sechs Rettungshubschrauber", "twelve helicopters" count; "ein", "one" and
                # a number word with no noun after it do not.
                continue
            if not counted:
                # "mit bis zu 25.000 Menschen - am Ende waren es über 200.000": a bare large
                # number after a counted one in its sentence counts the same thing.
                earlier = [f.unit for f in found if f.unit.startswith("count:")]
                if not earlier or value < 1000:
                    continue
                counted = earlier[-1].split(":", 1)[1]
            unit = f"count:{counted}"
            factor = 1.0
        elif not unit_word:
            counted = _counted_noun(sentence, match.end(), language)
            unit, factor = (f"count:{counted}" if counted else "count"), 1.0
        else:
            unit, factor = _unit(unit_word)
        scales = _SCALES_DE if language == "de" else _SCALES_EN
        scale = (
            scales.get(scale_word) or _SCALES_EN.get(scale_word) or _SCALES_DE.get(scale_word, 1.0)
        )
        multiplier = scale * factor
        qualifier = _qualifier(match["qual"] or "")
        half = 0.5 * 10 ** (-decimals) * multiplier
        if unit.startswith("count") and not decimals and not scale_word and value % 10:
            half = 0.0  # "vier Tote" against "fünf Tote", "123" against "124": counted exactly
        elif not decimals and not scale_word and value >= 1000:
            # "384.000 Fahrzeuge" is rounded to thousands: 384,122 agrees with it. Never more
            # than 1 %, so "11,000" and "at least 11,300" still differ.
            zeros = len(str(int(value))) - len(str(int(value)).rstrip("0"))
            half = min(0.5 * 10**zeros, 0.01 * value) * multiplier
        base = value * multiplier
        low, high = base - half, base + half
        upper = None
        if (
            match["num2"]
            and match["sep"]
            and match["sep"].lower() in ("bis", "to", "–", "-", "und", "and")
        ):
            parsed2 = parse_number(match["num2"], language)
            if parsed2 and parsed2[0] > value:
                upper = parsed2[0] * multiplier
                # "4.75% to 5%": the ends of a range are written to one precision, the
                # finer one ("5" is 5.00 beside "4.75").
                finest = max(decimals, parsed2[1])
                if finest:
                    low = base - 0.5 * 10 ** (-finest) * multiplier
                high = upper + 0.5 * 10 ** (-finest) * multiplier
                qualifier = "range"
        low, high = _widen(qualifier, base, low, high)
        before = sentence[max(0, match.start() - 24) : match.start()]
        # "um 24 Prozent", "up 262%", "(+22 %)": a percentage led by a change word is a change.
        change = (
            unit == "pp"  # points are a difference of two shares, always
            or (
                unit == "%"
                and bool(_CHANGE_LEAD.search(before) or _CHANGE_TAIL.match(sentence, match.end()))
            )
        ) or (
            lexicon.unit_dimensions().get(unit) == "money"
            and bool(_MONEY_CHANGE_LEAD.search(before))
        )
        previous = bool(re.search(r"\bvon\s*$|\bfrom\s*$", before, re.IGNORECASE)) and bool(
            re.match(r"\s*(?:\S+\s+){0,3}?(?:auf|to)\s", sentence[match.end() : match.end() + 40])
        )
        prior = _PRIOR.search(sentence[max(0, match.start() - 40) : match.start()])
        if prior and (scale_word or unit_word):
            parsed_prior = parse_number(prior["num"], language)
            if parsed_prior:
                prior_base = parsed_prior[0] * multiplier
                prior_half = 0.5 * 10 ** (-parsed_prior[1]) * multiplier
                offset = max(0, match.start() - 40) + prior.start("num")
                found.append(
                    Found(
                        start=offset,
                        end=offset + len(prior["num"]),
                        text=prior["num"],
                        value=prior_base,
                        unit=unit,
                        low=prior_base - prior_half,
                        high=prior_base + prior_half,
                        qualifier="",
                        change=False,
                        previous=True,
                    )
                )
        found.append(
            Found(
                start=match.start(),
                end=match.end(),
                text=match.group().strip(),
                value=(base if upper is None else (base + upper) / 2),
                unit=unit,
                low=low,
                high=high,
                qualifier=qualifier,
                change=change,
                previous=previous,
            )
        )
    if vague:
        # "einige Hundert Menschen" is a count of some hundreds, not of a hundred.
        found = [f for f in found if not any(v.start < f.end and f.start < v.end for v in vague)]
    if ratios:
        found = sorted(
            found
            + [r for r in ratios if not any(f.start < r.end and r.start < f.end for f in found)],
            key=lambda f: f.start,
        )
    return _joined_ranges(sentence, found, language)


def _joined_ranges(sentence: str, found: list[Found], language: str) -> tuple[Found, ...]:
    """Two amounts of one unit written as the ends of a range, each with its own unit: "$12.5B
    to $13.5B", "between $12.5 billion and $13.5 billion" are one range. "from $14bn to
    $12.5bn" is a change, not a range, and is left to the claims stage."""
    words = lexicon.language(language)
    to = "|".join(re.escape(w) for w in words.cues.range_to)
    from_ = "|".join(re.escape(w) for w in words.cues.change_from)
    between = "|".join(re.escape(w) for w in words.cues.between)
    out: list[Found] = []
    for figure in found:
        previous = out[-1] if out else None
        if previous is not None and _range_ends(sentence, previous, figure, to, from_, between):
            # "4.75% to 5%": both ends are written to the finer end's precision.
            half = min(previous.value - previous.low, figure.high - figure.value)
            out[-1] = Found(
                start=previous.start,
                end=figure.end,
                text=sentence[previous.start : figure.end],
                value=(previous.value + figure.value) / 2,
                unit=figure.unit,
                low=previous.value - half,
                high=figure.value + half,
                qualifier="range",
                change=figure.change,
                previous=False,
            )
            continue
        out.append(figure)
    return tuple(out)


def _range_ends(sentence: str, low: Found, high: Found, to: str, from_: str, between: str) -> bool:
    if low.unit != high.unit or low.value >= high.value or low.change != high.change:
        return False
    if low.qualifier or high.qualifier or low.previous:
        return False
    gap = sentence[low.end : high.start]
    before = sentence[max(0, low.start - 20) : low.start]
    if re.fullmatch(rf"\s*(?:{to}|[–-])\s*", gap, re.IGNORECASE):
        return not re.search(rf"\b(?:{from_})\s*$", before, re.IGNORECASE)
    return bool(
        re.fullmatch(r"\s*(?:and|und)\s*", gap, re.IGNORECASE)
        and re.search(rf"\b(?:{between})\s*$", before, re.IGNORECASE)
    )


@lru_cache(maxsize=4096)  # a corpus writes its units a few ways, each many times
def _unit(word: str) -> tuple[str, float]:
    for pattern, unit, factor in _UNITS:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return unit, factor
    return "count", 1.0


@lru_cache(maxsize=4096)
def _qualifier(text: str) -> str:
    text = " ".join(text.strip().lower().rstrip(".").split())
    for pattern, name in _QUALIFIERS:
        if text and re.fullmatch(pattern, text):
            return name
    return ""


def _widen(qualifier: str, base: float, low: float, high: float) -> tuple[float, float]:
    """What each qualifier lets the true value be."""
    if qualifier == "approx":
        return min(low, base * 0.95), max(high, base * 1.05)
    if qualifier == "approx_below":  # "fast drei": not three, whatever rounding allows above
        # "nearly 50%" is how reporters give 46 or 47 %: further below than "about" goes.
        return min(low, base * 0.92), base
    if qualifier == "up_to":  # "bis zu 100.000" is at most 100,000: no rounding above
        return base * 0.9, base
    if qualifier == "over":
        return low, base * 1.1
    if qualifier == "at_least":
        return low, base * 1.2
    if qualifier == "under":
        return base * 0.9, high
    return low, high


# "31 kardiovaskulären Todesfällen": a German noun may follow one or two inflected adjectives.
# "87-jähriger Geschichte" joins the adjective to the number: it counts no history.
_COUNT_NOUN = re.compile(
    r"[\s-]*([A-ZÄÖÜ][\w-]*)\b"
    r"|\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){1,2}([A-ZÄÖÜ][\w-]*)\b"
    r"|[\s-]*([a-z][\w-]*s)\b"
)
# Words after a number that count nothing ("3 Jahre", "11,300 as of …"), from the lexicon.
_NOT_COUNTED = frozenset(w.lower() for w in [*_GERMAN.cues.not_counted, *_ENGLISH.cues.not_counted])
_NOT_A_COUNT_BEFORE = {
    words.language: re.compile(
        r"\s+(?:" + _alternation(words.cues.not_a_count_before) + r")\b", re.IGNORECASE
    )
    for words in (_GERMAN, _ENGLISH)
}


_PERSON_NOUN = re.compile(
    r"[\s-]*(" + _alternation([*_GERMAN.cues.person_noun, *_ENGLISH.cues.person_noun]) + r")\b",
    re.IGNORECASE,
)


# What a year-like number counts when it stands right before it: people, or what befell them
# in the story's event ("2012 Todesopfer", "2000 Menschen", "2019 deaths").
_PEOPLE_AFTER_YEAR = {
    code: re.compile(
        r"\s+(?:"
        + _alternation(
            [
                *lexicon.language(code).cues.person_noun,
                *(
                    cue
                    for measure in lexicon.measures()
                    if measure.about_event
                    for cue in (measure.de if code == "de" else measure.en)
                    if cue.isalpha() and len(cue) > 3  # "die" is a German article too
                ),
            ]
        )
        + r")\b",
        re.IGNORECASE,
    )
    for code in lexicon.LANGUAGES
}


def _cue_patterns(cue_list: str, template: str) -> dict[str, re.Pattern[str]]:
    """Per language, `template` with "{words}" standing for the cue list's words as written."""
    return {
        code: re.compile(
            template.replace(
                "{words}",
                lexicon.literal_alternation(getattr(lexicon.language(code).cues, cue_list)),
            ),
            re.IGNORECASE,
        )
        for code in lexicon.LANGUAGES
    }


# "type 2 diabetes", "Phase 3", "Flug 171": a number after a word it numbers names one of a
# series; it is no figure.
_NUMBER_LABEL = _cue_patterns("number_label", r"(?<!\w)(?:{words})[ -]$")
# "KI 95 %: 1,91–5,41", "95% CI": how sure an interval is, and its ends, are no figures.
_CONFIDENCE_LEVEL = _cue_patterns("interval_label", r"(?<!\w)(?:{words})\s*(?:[:=(]\s*)?$")
_CONFIDENCE_AFTER = _cue_patterns("interval_label", r"\s*(?:{words})(?!\w)")
_YEAR_BEFORE = _cue_patterns("year_before", r"(?<!\w)(?:{words})\s+$")


# "7.8-magnitude quake": a number joined to the word it counts is still bare ("-\d" is a
# range or a score); whether it is a figure depends on that word being a measure.
_BARE = re.compile(rf"(?<![\w.,:/-])(?:{_NUM})(?![\w%€$£¥]|[.,:/]\d|-\d)")
# "16:8-Methode", "16/8-Intervallfasten", "2:1": numbers joined so name a ratio, a score or a
# time, never an amount.
_RATIO = re.compile(r"\d[:/]$")  # "16:8", "2:1": no space; "Bilanz 2024: 300 Tote" is a label
_RATIO_AFTER = re.compile(r"[:/]\d")


@lru_cache(maxsize=100_000)
def bare_numbers(sentence: str, language: str = "de") -> tuple[Found, ...]:
    """Numbers with no unit or counted noun that `find_quantities` leaves out ("the death
    toll soared to 11,300, but …"), years and parts of dates excluded; whether one is a
    figure depends on the words around it, which the claims stage weighs."""
    if not _DIGIT.search(sentence):
        return ()  # every bare number has a digit
    taken = [(f.start, f.end) for f in find_quantities(sentence, language)]
    out: list[Found] = []
    for match in _BARE.finditer(sentence):
        if any(a <= match.start() < b for a, b in taken) or _YEAR.match(match.group()):
            continue
        parsed = parse_number(match.group(), language)
        not_a_count = _NOT_A_COUNT_BEFORE.get(language)
        if (
            parsed is None
            or parsed[0] < 2
            or (not_a_count is not None and not_a_count.match(sentence, match.end()))
        ):
            continue  # "zwischen 10 und 15 Jahren": an age, a time, a share
        value, decimals = parsed
        half = 0.0 if not decimals and value % 10 else 0.5 * 10 ** (-decimals)  # "2,946"
        qualifier_match = re.search(
            rf"(?:\b(?:{_QUAL_ALT}))\.?\s+$", sentence[: match.start()], re.I
        )
        qualifier = _qualifier(qualifier_match.group()) if qualifier_match else ""
        start = qualifier_match.start() if qualifier_match else match.start()
        low, high = _widen(qualifier, value, value - half, value + half)
        out.append(
            Found(
                start=start,
                end=match.end(),
                text=sentence[start : match.end()].strip(),
                value=value,
                unit="count",
                low=low,
                high=high,
                qualifier=qualifier,
                change=False,
                previous=False,
            )
        )
    return tuple(out)


def _counted_noun(sentence: str, end: int, language: str) -> str:
    """'350.000 H100-Chips' counts chips; '2.500 Mitarbeiter' counts employees; '25,000
    people' counts people (a plural without -s, from the lexicon); '20,000 U.S. adults'
    counts adults (English names and proper adjectives before a noun only say which);
    '20.000 US-Amerikanern' and '500 Libyans' count people (lexicon: counts_people)."""
    match = (
        _partitive(language).match(sentence, end)
        or (_NAMED_NOUN.match(sentence, end) if language == "en" else None)
        or _COUNT_NOUN.match(sentence, end)
        or _PERSON_NOUN.match(sentence, end)
    )
    if not match:
        return ""
    noun = next(group for group in match.groups() if group)
    if noun.lower() in _NOT_COUNTED:
        return ""
    last = noun.split("-")[-1]
    if counts_people(last, language):
        return lexicon.language(language).cues.person_noun[0]
    return last.lower()


@cache
def _partitive(language: str) -> re.Pattern[str]:
    """'six of the defendants', 'drei der Angeklagten': the noun after the partitive words,
    a plural, or any capitalised noun in German."""
    words = lexicon.language(language).cues.partitive_count
    if not words:
        return re.compile(r"(?!)")
    noun = r"[A-ZÄÖÜ][\w-]*" if language == "de" else r"[a-z][\w-]*s\b|people\b|men\b|women\b"
    # "Zehntausende der 120'000 Angestellten": the whole's own number may stand before it.
    number = r"(?:\d[\d.,'’]*\s+)?"
    return re.compile(rf"\s+(?:{_alternation(words)})\s+{number}(?:[a-zäöüß]+\s+)?({noun})")


# English: up to two capitalised words (a name, "U.S.", "American") before a lower-case noun.
_NAMED_NOUN = re.compile(
    r"\s+(?:[A-Z][\w.&'’-]*\s+){1,2}([a-z][\w-]*s|people|men|women|children)\b"
)


def counts_people(noun: str, language: str) -> bool:
    """Whether a counted noun names people by where they are from: an entry "*aner" is an
    ending of a capitalised word, any other entry the whole word."""
    lower = noun.lower()
    entries = lexicon.language(language).cues.counts_people
    return any(
        (noun[:1].isupper() and lower.endswith(entry[1:]) and len(lower) > len(entry) + 1)
        if entry.startswith("*")
        else lower == entry
        for entry in entries
    )


def format_value(value: float, unit: str, language: str = "de") -> str:
    """72e9, 'USD' -> '72 Mrd. USD' (German) or '72 bn USD' (English)."""
    names = (
        [(1e12, "Bio."), (1e9, "Mrd."), (1e6, "Mio.")]
        if language == "de"
        else [(1e12, "tn"), (1e9, "bn"), (1e6, "m")]
    )
    shown_unit = "" if unit.startswith("count") else unit
    if unit in ("Wh", "W", "FLOPS"):
        for factor, prefix in (
            (1e18, "E"),
            (1e15, "P"),
            (1e12, "T"),
            (1e9, "G"),
            (1e6, "M"),
            (1e3, "k"),
        ):
            if abs(value) >= factor:
                return f"{_number(value / factor, language)} {prefix}{unit}"
    for factor, name in names:
        if abs(value) >= factor:
            return f"{_number(value / factor, language)} {name} {shown_unit}".strip()
    if unit in ("%", "pp"):
        return f"{_number(value, language)} {unit}"
    return f"{_number(value, language)} {shown_unit}".strip()


def _number(value: float, language: str) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "de" else text
