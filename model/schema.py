"""The one schema: what `seedview analyze --json` prints, what the TUI shows, what export writes.

Offsets (`start`, `end`) always index the *source text*: the decoded file with line ends
normalised to ``\\n`` (for HTML, the text extracted from the page). ``text[start:end]`` of the
source equals the passage's ``text``, so every passage can be cited.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

PassageKind = Literal["content", "heading", "boilerplate"]
ConflictKind = Literal[
    "value", "measure", "stance", "date", "internal", "approximate", "different_period"
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Source(_Frozen):
    """One article."""

    id: str = Field(description="Stable id: the file name without extension.")
    path: str = Field(description="Where the article was read from.")
    label: str = Field(description="Short label shown in columns and explanations.")
    outlet: str = ""
    title: str = ""
    published: date | None = Field(
        default=None, description="Publication date, if the page states one."
    )
    language: str = Field(description="ISO 639-1 code: 'de' or 'en'.")
    sha256: str = Field(description="SHA-256 of `text`, used to key marks.")
    text: str = Field(
        description="The source text all offsets index (line ends normalised to \\n)."
    )


class Passage(_Frozen):
    """A sentence, heading or piece of page furniture, cut from one source."""

    id: str = Field(description="'<source id>@<start>': stable while the source text is unchanged.")
    source: str
    paragraph: int = Field(description="0-based paragraph index within the source.")
    start: int
    end: int
    text: str
    kind: PassageKind


class Group(_Frozen):
    """Passages from two or more sources that report the same thing."""

    id: str
    topic: str
    label: str = Field(
        description="The group's most central sentence, cut to the clause the sources share."
    )
    passages: list[str]
    score: float = Field(description="Mean pairwise alignment score in [0, 1].")
    shared_terms: list[str]
    kind: Literal["wording", "fact"] = Field(
        default="wording",
        description="'wording': passages that say the same in similar words; 'fact': passages "
        "whose claims share a key (one fact, whatever the values). A passage may be in both.",
    )


class Topic(_Frozen):
    id: str
    label: str
    parent: str | None = None
    groups: list[str]


class Quantity(_Frozen):
    """A number as the text states it, with its interval of plausible true values."""

    text: str = Field(description="The words stating the quantity, as in the passage.")
    value: float = Field(description="Value in base units (e.g. 72e9 for '72 Mrd.').")
    unit: str = Field(description="'USD', 'EUR', '%', 'Wh', 'W', 'FLOPS', 'count', ...")
    low: float = Field(description="Lower end of what the wording allows (qualifiers, rounding).")
    high: float
    qualifier: str = Field(
        default="", description="'approx', 'up_to', 'over', 'under', 'at_least', 'range' or ''."
    )
    change: bool = Field(
        default=False, description="True for a change ('um 24 Prozent'), not a level."
    )


ClaimRole = Literal["reported", "forecast", "consensus", "prior", "target", "demand", "offer"]


class Period(_Frozen):
    """When a figure holds: as the clause says it, or inherited from its paragraph or story."""

    label: str = Field(
        default="",
        description="Normalised: '2025', '2025-Q4', '2026..2030', '..2024', '2019..'; "
        "'?-year', '?-Q4', '?+5y' when relative and undatable; '' when no period is stated "
        "anywhere (the story's own time).",
    )
    text: str = Field(default="", description="The words that gave the period, as written.")
    origin: Literal["clause", "paragraph", "story"] = Field(
        default="clause", description="Where the period was found: an inherited one is less sure."
    )


class Claim(_Frozen):
    """A figure, stance or date a passage asserts, with the key that says what it is about.

    Two claims are compared only when their keys are equal: subject, measure, qualifiers, role,
    basis and period for a figure; question and subject for a stance.
    """

    id: str
    passage: str
    source: str
    kind: Literal["figure", "stance", "date", "origin"] = Field(
        description="'origin': where a source places a study (the pole is the country)."
    )
    start: int = Field(description="Offset of the evidence in the source text.")
    end: int
    subject: str = Field(
        default="",
        description="Who or what the claim is about, canonical ('meta'); '' for the story's own subject.",
    )
    subject_origin: Literal["clause", "context", "story", "unknown", "paid_for"] = Field(
        default="story",
        description="Where the subject was found: the claim's clause, its paragraph or "
        "article, the story; 'unknown' when the words name no holder of a measure several "
        "hold at once (a party's share of the vote), which is then compared with none; "
        "'paid_for' when it is named as what the money is for ('paid £55m for Matheus Cunha').",
    )
    measure: str = Field(
        default="",
        description="What a figure measures: a measure of the lexicon ('revenue', 'transfer fee') "
        "or the lemma of the noun it counts.",
    )
    measure_origin: Literal["clause", "context", "story"] = Field(
        default="clause",
        description="Where the measure was found: its clause, its paragraph's or article's "
        "figures when the clause names none, or the story: a payment for a named thing that "
        "its article calls by no price takes the price other sources name for it.",
    )
    qualifiers: list[str] = Field(
        default_factory=list,
        description="What narrows the measure and must match: a segment ('werbe'), 'total', 'part'.",
    )
    place: str = Field(
        default="",
        description="Where a count was made, as its clause names it ('Hamburg' in 'In Hamburg "
        "demonstrierten 50.000'); counts at two named places are two figures, a place and "
        "none may be one.",
    )
    role: ClaimRole = "reported"
    basis: str = Field(
        default="level",
        description="'level', 'change', or what the figure is counted per: 'per share', 'per year'.",
    )
    period: Period | None = None
    quantity: Quantity | None = None
    direction: Literal["", "up", "down"] = Field(
        default="",
        description="For a change: which way its clause says it went ('stieg um 12 Prozent': "
        "up; '12% lower': down); '' when no word says.",
    )
    question: str = Field(default="", description="For stances: the question, e.g. 'causation'.")
    pole: str = Field(default="", description="For stances: the position, e.g. 'causes'.")
    shift: bool = Field(
        default=False, description="For stances: the source says it turns to this pole."
    )
    day: str = Field(
        default="",
        description="For dates: the day named, 'thursday' for a weekday, '2024-01-05' for a "
        "date ('--01-05' when no year is given or known).",
    )
    day_part: Literal["", "early", "day", "evening", "night"] = Field(
        default="",
        description="For dates: the part of the day named ('am späten Freitagabend': evening; "
        "'early Saturday': early); 'night' is the night leading into the day ('in der Nacht "
        "zum Samstag'); '' for the whole day.",
    )
    event: list[str] = Field(
        default_factory=list,
        description="For dates: the words around the day that say what happened, as lemmas.",
    )
    attribution: str = Field(default="", description="Who the passage says said it, as written.")
    evidence: str = Field(default="", description="The words that carry the claim, as written.")
    confidence: float = Field(default=1.0, description="How sure the extraction is, in [0, 1].")
    key_label: str = Field(default="", description="The key in words, e.g. 'transfer fee · 2023'.")


class Conflict(_Frozen):
    id: str
    kind: ConflictKind
    passages: list[str]
    claims: list[str]
    sources: list[str]
    explanation: str
    confidence: float = Field(description="How sure seedview is, in [0, 1]; most certain first.")
    compared: list[str] = Field(
        default_factory=list, description="The values or poles compared, one per side."
    )


class Analysis(_Frozen):
    version: str = SCHEMA_VERSION
    sources: list[Source]
    passages: list[Passage]
    groups: list[Group] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    problems: list[str] = Field(
        default_factory=list, description="Files that could not be loaded, one line each."
    )


class Mark(_Frozen):
    """A passage the reader marked, keyed so that it survives re-analysis."""

    source_sha256: str
    start: int
    end: int
    note: str = ""
    created: str = Field(description="ISO timestamp.")


class MarkedPassage(_Frozen):
    """One marked passage as export writes it: cited by source, paragraph and offsets."""

    source: str
    label: str
    title: str
    published: date | None
    path: str
    paragraph: int = Field(description="1-based, as the app and Markdown show it; 0 if unknown.")
    start: int
    end: int
    text: str
    note: str = ""
    topic: str = ""
    group: str = ""
    conflicts: list[str] = Field(
        default_factory=list, description="Explanations of conflicts this passage is in."
    )


class MarkExport(_Frozen):
    version: str = SCHEMA_VERSION
    marks: list[MarkedPassage]
