"""Stage 7: the claims each content sentence makes: figures (what, whose, when) and stances.

A figure's metric is the nearest metric word, its entity the nearest organisation named (or
the one the paragraph or article is about), its period the nearest period expression,
resolved against the article's publication date when the page states one. A stance is a
position on a question ("model openness", "profitability") held by a named subject, read
through negation ("nicht länger"), shifts ("Kehrtwende von X hin zu Y") and hedges.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from seedview.model.dates import QUARTER_ORDINALS
from seedview.model.normalize import names_in
from seedview.model.quantities import NUMBER_WORDS, Found, find_quantities
from seedview.model.schema import Claim, Passage, Quantity, Source

# Metric words by stem, German and English. The nearest one to a figure says what it measures.
METRICS: list[tuple[str, str]] = [
    ("revenue", r"umsatz|umsätz|erlös|einnahm|revenue|sales"),
    ("profit", r"gewinn|überschuss|profit\b|net income|earnings"),
    ("capex", r"investi|kapitalausgab|ausgab|ausgeb|capex|capital expenditure|spend|invest"),
    ("users", r"nutzer|menschen|user|kunden|customers"),
    ("chips", r"chip|gpu|beschleuniger|accelerator"),
    ("jobs", r"arbeitsplä|mitarbeit|beschäftig|bauarbeiter|jobs|employees|staff"),
    ("financing", r"finanzierung|fremdkapital|eigenkapital|financing|debt"),
    ("share price", r"aktie|kurs\b|share price|stock"),
]
_UNIT_METRICS = {"Wh": "energy", "W": "power", "FLOPS": "compute"}

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
    ("year", re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d)")),
    (
        "annual",
        re.compile(
            r"\b(?:jährlich\w*|Jahresumsatz|Jahresbasis|pro Jahr|annual\w*|per year|a year)\b", re.I
        ),
    ),
]
# Every period expression has one of these; most sentences have none, and this one cheap
# scan spares them the eleven patterns above (one alternation of all of them is slower).
_PERIOD_HINT = re.compile(r"(?:19|20)\d\d|quart|jahr|year|annual|jährl|\bQ[1-4]", re.I)
_SPAN_HINT = re.compile(r"\b(Drei|Zwei|Fünf|Vier)-Jahres", re.I)

# Stances: questions with two poles. Each cue names the pole *with its object*, so that
# "proprietäre Chips" or "ein geschlossenes, flüssigkeitsgekühltes System" are no statements
# about AI models.
_MODEL_OBJECT = r"(?:[\w-]*modell\w*|models?|[\w-]*systeme?n?\b|systems?|plattform\w*|platforms?|software|code|ökosystem\w*|ecosystems?|ki\b|ai\b|llm\w*|weights?)"
STANCE_QUESTIONS: dict[str, dict[str, re.Pattern[str]]] = {
    "model openness": {
        "open": re.compile(
            r"\bopen[- ]?source\w*(?:-\w+)*|\bquelloffen\w*|\boffen(?:zu)?leg\w*|\boffen\s+zu\s+legen|\bfrei\s+zugänglich\w*|\bopen[- ]weights?\b|\bopenly\s+(?:available|released)",
            re.I,
        ),
        "closed": re.compile(
            rf"\b(?:geschlossen\w*|proprietär\w*|closed(?:[- ]source)?|proprietary)\s+(?:[\w-]+\s+){{0,2}}?{_MODEL_OBJECT}",
            re.I,
        ),
    },
    "profitability": {
        "profit": re.compile(
            r"\bprofitab\w*|\brentab\w*|\bgewinnbringend\w*|\bschwarze\w* Zahlen|\bprofitable\b|\bprofitability\b|\bin the black\b",
            re.I,
        ),
        "loss": re.compile(
            r"\bverlust\w*|\bdefizit\w*|\bverliert\b|\brote\w* Zahlen|\bunprofitab\w*|\blosses\b|\bloss\b|\bloses money|\bin the red\b|\bloss-making\b",
            re.I,
        ),
    },
}
_QUESTION_CONTEXT = {
    "model openness": re.compile(
        r"\bKI\b|\bAI\b|modell|model|open[- ]?source|llama|llm|software|quell", re.I
    ),
    "profitability": re.compile(r".", re.S),
}
_SHIFT = re.compile(
    r"\b(?:kehrtwende|abkehr|wende|schwenk|wechsel|umstieg|shift|pivot|turn|move)\w*\s+(?:weg\s+)?(?:von|vom|from|away from)\s+(?P<source>.{1,80}?)\s+(?:hin\s+)?(?:zu|zum|zur|to|towards)\s+(?P<target>.{1,80})",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:nicht|kein\w*|nie|no|not|never|no longer|nicht\s+länger|nicht\s+mehr)\b(?:\s+\S+){0,5}\s*$",
    re.I,
)
_HEDGE = re.compile(
    r"\b(?:risiko|könnte\w*|würde\w*|falls|ob|soll|sollte\w*|could|would|might|if|whether|should|may)\b",
    re.I,
)
_ANAPHOR = re.compile(
    r"\b(?:der\s+(?:Konzern|Tech-Konzern|Meta-Konzern)|das\s+Unternehmen|man|the\s+(?:company|firm|group))\b",
    re.I,
)
_CONTINUE = re.compile(
    r"\b(?:weiterhin|weiter|setzt\w*\s+(?:\w+\s+){0,3}auf|hält\w*\s+an|bleibt|künftig|keeps?|continues?|still|remains?)\b",
    re.I,
)

POLE_PHRASES = {
    ("model openness", "open"): "bets on open-source models",
    ("model openness", "closed"): "favours closed, proprietary models",
    ("profitability", "profit"): "is profitable",
    ("profitability", "loss"): "is losing money",
}


# When every claim on a side is a shift ("Kehrtwende von X hin zu Y"), say so.
SHIFT_PHRASES = {
    ("model openness", "open"): "is turning to open-source models",
    ("model openness", "closed"): "is turning from open source to closed systems",
    ("profitability", "profit"): "is turning profitable",
    ("profitability", "loss"): "is sliding into losses",
}


@dataclass(frozen=True)
class Mention:
    start: int
    entity: str


def entity_mentions(text: str, language: str = "de") -> list[Mention]:
    """Organisations named in a sentence, with positions ('Meta-Chef' names Meta)."""
    return [Mention(start, name) for start, name in names_in(text, language)]


def main_entity(passages: list[Passage], language: str = "de") -> str:
    counts = Counter(m.entity for p in passages for m in entity_mentions(p.text, language))
    return counts.most_common(1)[0][0] if counts else ""


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
    return tuple(sorted(found))


def _nearest_metric(text: str, position: int, unit: str, preceding_only: bool = False) -> str:
    if unit in _UNIT_METRICS:
        return _UNIT_METRICS[unit]
    if unit.startswith("count:"):
        noun = unit.split(":", 1)[1]
        for metric, pattern in METRICS:
            if re.search(pattern, noun, re.I):
                return metric
    best, distance = "", 10**9
    for start, end, metric in _metric_words(text):
        if preceding_only and end > position:
            continue
        gap = position - end if end <= position else (start - position) * 1.5
        if 0 <= gap < distance:
            best, distance = metric, int(gap)
    return best


_METRIC_STEMS = [(metric, re.compile(pattern, re.I)) for metric, pattern in METRICS]


@lru_cache(maxsize=10_000)
def _metric_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, metric) of every word in a sentence that names a metric.

    The stems are searched bare and widened to their word afterwards: a pattern wrapped in
    `\\w*` would be retried at every letter of the sentence.
    """
    found: dict[tuple[int, str], int] = {}
    for metric, pattern in _METRIC_STEMS:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            while start > 0 and _is_word(text[start - 1]):
                start -= 1
            while end < len(text) and _is_word(text[end]):
                end += 1
            found.setdefault((start, metric), end)
    return tuple((start, end, metric) for (start, metric), end in found.items())


def _is_word(character: str) -> bool:
    return character.isalnum() or character == "_"


def _nearest(items: list[tuple[int, str]], position: int) -> str:
    if not items:
        return ""
    before = [(position - start, value) for start, value in items if start <= position]
    if before:
        return min(before)[1]
    return min((start - position, value) for start, value in items)[1]


def figure_claims(
    passage: Passage, source: Source, context_entity: str, mentions: list[Mention]
) -> list[Claim]:
    text = passage.text
    periods = find_periods(text, source.published)
    claims = []
    for number, found in enumerate(find_quantities(text, source.language)):
        if found.previous:
            continue
        # "(+22 %)" qualifies the figure before it, so it measures what that one measures.
        in_brackets = text.rfind("(", 0, found.start) > text.rfind(")", 0, found.start)
        metric = _nearest_metric(text, found.start, found.unit, preceding_only=in_brackets)
        if not metric:
            continue
        entity = _nearest([(m.start, m.entity) for m in mentions], found.start) or context_entity
        outside = [p for p in periods if not (found.start <= p[0] < found.end)]
        words = {p[2]: p[3] for p in periods}
        period = _closest_period(outside, found.start, found.end)
        claims.append(
            Claim(
                id=f"c-{passage.id}-{number}",
                passage=passage.id,
                source=passage.source,
                kind="figure",
                entity=entity,
                metric=metric + (" change" if found.change else ""),
                period=period,
                period_text=words.get(period, ""),
                quantity=_quantity(found),
                evidence=found.text,
            )
        )
    return claims


def _quantity(found: Found) -> Quantity:
    return Quantity(
        text=found.text,
        value=found.value,
        unit=found.unit,
        low=found.low,
        high=found.high,
        qualifier=found.qualifier,
        change=found.change,
    )


@lru_cache(maxsize=100_000)  # copies repeat sentences
def _pole_cues(text: str, question: str) -> tuple[tuple[int, str, str], ...]:
    """(position, pole, words) of every cue for either pole of a question."""
    if not _QUESTION_CONTEXT[question].search(text):
        return ()
    return tuple(
        (m.start(), pole, m.group())
        for pole, pattern in STANCE_QUESTIONS[question].items()
        for m in pattern.finditer(text)
    )


def stance_claims(passage: Passage, context_entity: str, mentions: list[Mention]) -> list[Claim]:
    text = passage.text
    if text.rstrip().endswith("?"):
        return []
    claims = []
    for question in STANCE_QUESTIONS:
        hits = _pole_cues(text, question)
        if not hits:
            continue
        shift = _SHIFT.search(text)
        pole = ""
        evidence = ""
        if shift:
            target = [h for h in hits if h[0] >= shift.start("target")]
            if target:
                pole, evidence = target[0][1], shift.group()
        if not pole:
            if _HEDGE.search(text):
                continue  # a risk, a condition or a wish is not a position
            resolved = {
                (_flip(question, p) if _NEGATION.search(text[:start]) else p)
                for start, p, _ in hits
            }
            if len(resolved) != 1:
                continue  # both poles without a shift: a comparison, not a position
            pole = resolved.pop()
            evidence = hits[0][2]
        if question == "profitability":
            entity = _subject_of(text, mentions, hits[0][0], hits[0][0] + len(hits[0][2]))
            if not entity:
                continue  # whose profit? a profitability stance needs a named subject
        else:
            anaphor = _ANAPHOR.search(text)
            if not (mentions or anaphor or shift):
                continue
            # "der Konzern" names the paragraph's subject; otherwise the name nearest the cue.
            entity = (
                context_entity
                if (anaphor or shift)
                else _nearest_any([(m.start, m.entity) for m in mentions], hits[0][0])
            )
        if not entity:
            continue
        claims.append(
            Claim(
                id=f"c-{passage.id}-{question.replace(' ', '-')}",
                passage=passage.id,
                source=passage.source,
                kind="stance",
                entity=entity,
                question=question,
                pole=pole,
                evidence=("shift: " if shift else "")
                + evidence
                + (" (continuing)" if _CONTINUE.search(text) and not shift else ""),
            )
        )
    return claims


_GENITIVE = re.compile(r"\s*(?:der|des|von|vom|of|of the)\s+(?:\w+-?\s+){0,2}", re.I)


def _subject_of(text: str, mentions: list[Mention], cue_start: int, cue_end: int) -> str:
    """Whose profit or loss: a genitive after the cue ('Profitabilität der X'), else the name before it."""
    for mention in mentions:
        if mention.start >= cue_end:
            between = text[cue_end : mention.start]
            if _GENITIVE.fullmatch(between) or (_GENITIVE.match(between) and len(between) < 30):
                return mention.entity
            break
    return _nearest([(m.start, m.entity) for m in mentions], cue_start)


def _closest_period(periods: list[tuple[int, int, str, str]], start: int, end: int) -> str:
    """The period expression closest to the figure, before or after it ('rund 40 Mrd. in 2024')."""
    best, distance = "", 10**9
    for p_start, p_end, period, _ in periods:
        gap = start - p_end if p_end <= start else p_start - end
        if gap < distance:
            best, distance = period, gap
    return best


def _nearest_any(items: list[tuple[int, str]], position: int) -> str:
    if not items:
        return ""
    return min((abs(start - position), value) for start, value in items)[1]


def _flip(question: str, pole: str) -> str:
    poles = list(STANCE_QUESTIONS[question])
    return poles[1] if pole == poles[0] else poles[0]


def extract_claims(sources: list[Source], passages: list[Passage]) -> list[Claim]:
    by_source: dict[str, list[Passage]] = {}
    for passage in passages:
        by_source.setdefault(passage.source, []).append(passage)
    claims: list[Claim] = []
    for source in sources:
        claims.extend(source_claims(source, by_source.get(source.id, [])))
    return claims


def source_claims(source: Source, passages: list[Passage]) -> list[Claim]:
    """The claims of one article: they depend on nothing outside it."""
    content = [p for p in passages if p.kind == "content"]
    article_entity = main_entity(content, source.language)
    paragraph_entity: dict[int, str] = {}
    claims: list[Claim] = []
    for passage in content:
        mentions = entity_mentions(passage.text, source.language)
        context = paragraph_entity.get(passage.paragraph) or article_entity
        claims.extend(figure_claims(passage, source, context, mentions))
        claims.extend(stance_claims(passage, context, mentions))
        if mentions:
            paragraph_entity[passage.paragraph] = mentions[-1].entity
    return claims
