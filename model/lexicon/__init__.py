"""Language data as data: per-language word lists, measures and stance questions, from TOML.

Each file is validated by pydantic when it is first needed and loaded once. `de.toml` and
`en.toml` hold the words of one language each (they must have the same keys: a test checks);
`measures.toml` says what figures measure, `stances.toml` which questions sources take sides on.
Phrases become matchers here, so no other module writes a regex from a word list.

Phrase syntax: words separated by spaces, matched case-insensitively as whole words; "word*"
lets a word go on ("profitab*" matches "profitabel"), "*word" lets it begin inside a compound
("*modell" matches "Sprachmodell"), "~" stands for up to three other words, "_" for one,
"…" for up to eight words of one clause (a German verb and its particle: "setzte … um",
"hält an … fest"), and "a|b" for any of the words ("schwächer|schlechter ~ als ~ erwartet").
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

LANGUAGES = ("de", "en")
Dimension = Literal[
    "money",
    "count",
    "percent",
    "energy",
    "power",
    "compute",
    "age",
    "duration",
    "length",
    "mass",
    "year",
    "any",
]


class LexiconError(Exception):
    """A language-data file is missing, malformed or inconsistent; the message names it."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _numbers_as_keys(
    table: dict[str, list[str]], what: str, fits: Callable[[float], bool], rule: str
) -> dict[str, list[str]]:
    """A table keyed by numbers written as strings ('0.5', '2'): each a number that fits."""
    for key in table:
        try:
            value = float(key)
        except ValueError:
            raise ValueError(f"{what} {key!r} is no number") from None
        if not fits(value):
            raise ValueError(f"{what} {key!r} must {rule}")
    return table


class Cues(_Strict):
    negation: list[str]
    interval_label: list[str] = Field(
        default_factory=list,
        description="Words before a percentage that make it a confidence level, no figure: "
        "'95% CI', 'KI 95 %'.",
    )
    group_whole_lead: list[str] = Field(
        default_factory=list,
        description="Words at a clause's start before a count of people that make it the "
        "group a later figure is a part of: 'Von den 242 Menschen an Bord kamen 241 ums Leben'.",
    )
    month_lead: list[str] = Field(
        default_factory=list,
        description="Words before a month named alone that date an event by it: 'in "
        "January', 'im Februar' (days.py).",
    )
    extreme_of_day: list[str] = Field(
        default_factory=list,
        description="Words that make a price's move the day's extreme, not its close: 'at its "
        "intraday low', 'zeitweise', 'in der Spitze'.",
    )
    not_only: list[str] = Field(
        description="Words after a negation that make it 'not only': 'nicht nur', 'not just'."
    )
    hedge: list[str]
    open_question: list[str] = Field(
        description="Words that make what follows in their clause a question asked, not a "
        "position taken ('looked at whether it causes', 'untersuchten, ob', 'its potential "
        "to cause'), even for questions where a hedge still counts."
    )
    earlier_lead: list[str] = Field(
        description="Words alone between two figures that make the second the earlier value "
        "('59%, up from 52%', 'auf 2,1 Prozent, nach 2,4 Prozent', 'to 2,000 from 1,200')."
    )
    number_label: list[str] = Field(
        description="Words a number right after names one of a series ('type 2 diabetes', "
        "'Phase 3', 'Flug 171'), so the number is no figure. Grades that sources can disagree "
        "on ('Category 4', 'Warnstufe 3') are not here."
    )
    complementiser: list[str] = Field(
        description="Words opening a clause that completes the one before ('Hinweise darauf, "
        "dass …'): what that clause says of the evidence reaches into it."
    )
    weak_evidence: list[str] = Field(
        description="Words before a cue that say its evidence is weak ('limited evidence that "
        "it can cause cancer'): the pole a pole's `unproven` marks, else no position."
    )
    projection: list[str] = Field(
        description="Words naming a projection of a count not yet made ('Hochrechnung', 'exit "
        "poll'): an article that names one and no count gives its shares as projected."
    )
    poll: list[str] = Field(
        description="Words naming a poll before a vote ('Umfrage', 'polls'): a share its "
        "sentence gives is a poll's, compared with none."
    )
    count_result: list[str] = Field(
        description="Words naming a counted result ('vorläufiges Ergebnis', 'official result')."
    )
    anaphor: list[str]
    attribution: list[str]
    shift: list[str]
    shift_from: list[str]
    shift_to: list[str]
    continuing: list[str]
    part_of: list[str]
    part_after: list[str] = Field(
        description="Words right after a figure that make it a part: '721 von ihnen'."
    )
    undoing: list[str] = Field(
        description="Verbs that undo a plan a stance cue names: 'rudert zurück', 'scrapped'."
    )
    place_before: list[str] = Field(description="Words before a place a count was made at: 'in'.")
    share_of: list[str] = Field(
        description="Words right after a per cent that name what it is a share of: 'der', 'of'."
    )
    list_intro: list[str] = Field(
        description="What ends a line introducing a list of results (besides a colon): 'so "
        "aus', 'as follows'; a place it names is where the list's figures were counted."
    )
    not_a_place: list[str] = Field(
        description="Capitalised words after those that name no place: 'in Höhe von'."
    )
    not_a_count_before: list[str] = Field(
        description="Words after a bare number that make it no count: 'zwischen 10 und 15 Jahren'."
    )
    distance_to_preposition: list[str] = Field(
        description="The prepositions among `distance_to`: the place's name follows them first."
    )
    distance_to: list[str] = Field(
        description="Words right after a distance that name where it runs to: 'southwest of'."
    )
    partitive: list[str] = Field(
        description="Words between a part and its whole: 'Drei der fünf Waggons'."
    )
    inclusion: list[str] = Field(
        description="Words between a figure and an add-on that make it the total with the add-on."
    )
    addition: list[str]
    more_of_it: list[str] = Field(
        description="Words right after a figure that add it to an earlier count: '1.200 weitere'."
    )
    total: list[str]
    change: list[str]
    neutral_modifier: list[str]
    dismissal: list[str]
    claim_frame: list[str]
    carrier: list[str]
    person_noun: list[str]
    all_but: list[str] = Field(
        default_factory=list,
        description="Words before a number of a group that the group lacks: 'all but one of "
        "the 242 people' are 241.",
    )
    partitive_count: list[str] = Field(
        default_factory=list,
        description="Words between a number and the noun whose members it counts: 'six of "
        "the defendants', 'drei der Angeklagten'; the number counts that noun.",
    )
    counts_people: list[str] = Field(
        description="Nouns that, counted, count people by where they are from or belong to: "
        "'20.000 US-Amerikanern', '500 Libyans', '300 citizens'. An entry starting with '*' is "
        "an ending, for a capitalised word only (a demonym; lower-case 'fans' is none)."
    )
    future: list[str]
    change_lead: list[str]
    money_change_lead: list[str] = Field(
        description="Words before an amount of money that make it a change: 'added $16 billion'."
    )
    change_tail: list[str] = Field(
        description="Nouns right after a percentage that make it a change: 'a 7% increase'."
    )
    source_of: list[str]
    source_verb: list[str]
    organisation_noun: list[str] = Field(
        description="Nouns that name an organisation by what it is: 'der Konzern', 'the company'."
    )
    relative_pronoun: list[str] = Field(
        default_factory=list,
        description="Words opening a relative clause: a measure word after one describes the "
        "noun before it, not a figure before that ('40 milligrams for adults who weigh').",
    )
    institution_noun: list[str] = Field(
        default_factory=list,
        description="Last words of an institution's name: 'Food and Drug Administration', "
        "'Bureau of Labor Statistics'. A run of capitalised words (joined by 'and', 'of', "
        "'for') ending in one is one name.",
    )
    rival_noun: list[str] = Field(
        description="Nouns for another organisation of the same trade ('der Konkurrent', "
        "'rival'): like an organisation noun, one before a capitalised word makes that word a "
        "name ('der Konkurrent Stellantis', 'Autobauer Volkswagen', 'rival Renault')."
    )
    paid_for: list[str]
    next_measure: list[str] = Field(
        description="Words right after a figure that hand the measure word after them to the "
        "next figure: 'EPS of $0.02 on revenue of $12.8 billion'."
    )
    measure_verb: list[str] = Field(
        description="Measure words that are verbs: the words before one are its subject ('the "
        "£106.8m Chelsea paid'), not a narrower measure as before a noun ('data center revenue')."
    )
    not_a_day: list[str] = Field(
        description="Names that hold a weekday and date nothing: 'Black Friday'."
    )
    day_parts: dict[str, Literal["early", "day", "evening", "night"]] = Field(
        description="Parts of a day after a weekday, joined or as a word of their own "
        "('Freitagabend', 'Friday night'), and the part each names; a night runs into the "
        "next day."
    )
    night_into: list[str] = Field(
        description="Words before a day that name the night leading into it: 'in der Nacht "
        "zum Samstag' is Friday evening or early Saturday."
    )
    late_on: list[str] = Field(description="Words before a day that name its evening: 'late on'.")
    early_on: list[str] = Field(
        description="Words before a day that name its small hours: 'early on', 'am frühen'."
    )
    range_to: list[str] = Field(
        description="The word between the ends of a range that a year cannot start: 'bis', 'to'."
    )
    former_plan: list[str] = Field(
        description="Words right before a stance cue that make it an earlier plan: 'the "
        "original plans to scrap', 'die geplante Abschaffung'."
    )
    coordination: list[str] = Field(
        description="Words joining two figures that share what the first one's words say of it."
    )
    between: list[str] = Field(
        description="The word before the first end of a range 'between X and Y'."
    )
    change_from: list[str]
    change_to: list[str]
    comparison: list[str]
    scope: list[str]
    clause_opener: list[str]
    year_before: list[str] = Field(
        description="Words right before a number like a year that make it one ('seit 2019 "
        "Menschen …', 'in 2019 deaths rose'), where it would otherwise count the noun after it."
    )
    said_after: list[str] = Field(
        description="Verbs of saying right after a place that make it where something was "
        "said, not counted: 'wie das Ministerium in Rabat mitteilte'."
    )
    copula: list[str] = Field(
        description="Verbs a verdict completes: 'sind', 'is' ('Die Vorschläge sind … "
        "indiskutabel')."
    )
    relative: list[str] = Field(
        description="Words opening a relative clause after a comma ('which', 'die'): a clause "
        "put between a measure and what is said of it."
    )
    not_counted: list[str]
    auxiliary: list[str]


class Periods(_Strict):
    this_year: list[str]
    last_year: list[str]
    next_year: list[str]
    this_quarter: list[str]
    last_quarter: list[str]
    per_year: list[str]
    time_between: list[str] = Field(
        description="A span between two events, which makes no figure yearly: 'a year after'."
    )
    fiscal: list[str] = Field(
        description="Words that make a year a company's fiscal year ('fiscal 2026', "
        "'Geschäftsjahr 2025/26'), which may be named before the calendar reaches it."
    )


def _valid_patterns(patterns: list[str], slots: tuple[str, ...] = ()) -> list[str]:
    """Each pattern compiles (its slots filled in), or the file's error names it."""
    for pattern in patterns:
        filled = pattern
        for slot in slots:
            filled = filled.replace(slot, "1")
        try:
            re.compile(filled)
        except re.error as error:
            raise ValueError(f"{pattern!r} is not a valid pattern: {error}") from None
    return patterns


class PeriodPatterns(_Strict):
    """Period expressions by kind, as regular expressions with {year}, {quarter}, {count}
    (any word, read as a number if it is one) and {number} (a number word or digits)."""

    quarter_year: list[str]
    quarter: list[str]
    # A month of a year ("im Mai 2024", "in May 2024"): a monthly figure, not the year's.
    month_year: list[str]
    # The first months of a year ("in den ersten neun Monaten", "in the first half"): {number}
    # months, quarters or halves from the year's start, with the year when stated.
    first_months: list[str]
    first_quarters: list[str]
    first_half: list[str]
    last_quarter: list[str]
    this_quarter: list[str]
    span_years: list[str]
    until: list[str]
    since: list[str]
    between: list[str]
    this_year: list[str]
    this_season: list[str]
    last_season: list[str]
    annual: list[str]
    hints: list[str]

    @field_validator("*")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return _valid_patterns(
            patterns, slots=("{year}", "{quarter}", "{count}", "{number}", "{month}")
        )


class Page(_Strict):
    """Words and patterns of page furniture (clean.py), checked when loaded."""

    function_words: list[str]
    time_meta: list[str]
    caption: list[str]
    # A photo credit in brackets ("(AP Photo/…)", "(Foto: dpa)"): what it closes is a caption.
    photo_credit: list[str]
    footer: list[str]
    copyright: list[str]
    read_also: list[str]
    we: list[str]
    me: list[str]
    you: list[str]
    imperative: list[str]

    @field_validator("*")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return _valid_patterns(patterns)


class Alignment(_Strict):
    stopwords: list[str]
    unit_words: list[str]
    unit_after_lead: list[str] = Field(
        description="Words between a measure and a unit named after it: 'Umsatz im …bereich', "
        "'revenue in the … segment'."
    )
    unit_before_lead: list[str] = Field(
        description="Words before a unit named before the measure: 'the energy segment posted "
        "revenue' (none where units are compounds)."
    )


class Qualifiers(_Strict):
    up_to: list[str]
    over: list[str]
    at_least: list[str]
    under: list[str]
    approx_below: list[str]
    approx: list[str]


class Roles(_Strict):
    forecast: list[str]
    consensus: list[str]
    prior: list[str]
    target: list[str]
    demand: list[str] = Field(description="What one side of a negotiation asks for.")
    offer: list[str] = Field(description="What one side of a negotiation offers.")
    compared_by: list[str] = Field(
        description="Words before a role cue that make it a comparison, no role ('wie "
        "geplant', 'than expected'): the figure is what happened."
    )


class Direction(_Strict):
    """Words that say which way a change went: before the figure ("stieg um", "fell"), or
    right after it ("12 Prozent weniger", "12% lower")."""

    up_before: list[str]
    down_before: list[str]
    up_after: list[str]
    down_after: list[str]


class Basis(_Strict):
    per_share: list[str]
    per_person: list[str]
    per_unit: list[str]
    per_body_weight: list[str] = Field(
        description="A dose per kilogram of the body's weight: 'mg/kg', 'per kilogram of body weight'."
    )
    sequential: list[str] = Field(description="A change against the quarter before.")


class Stems(_Strict):
    """Endings that may follow a measure's stem where words are compounds ('Umsätze',
    'verdiente'); none where measures are whole words."""

    noun_endings: list[str]
    verb_endings: list[str]
    particles: list[str] = Field(
        description="Verb particles a cue may follow in one word ('eingespart'): no compound part."
    )


class Ages(_Strict):
    """The words that make a number beside a name a person's age."""

    after_number: list[str] = Field(
        description="Words right after the number: '-year-old', '-jährige', ' Jahre alt'."
    )
    before_number: list[str] = Field(
        description="Words right before the number: 'aged', 'im Alter von'."
    )
    person_nouns: list[str] = Field(
        description="Nouns for a person that stand, capitalised, before or instead of a name "
        "('der 29-jährige Stürmer Harry Kane', 'Defendant Max Muster'): no part of it; a "
        "trailing '*' lets the word go on."
    )


# Units of time a length is written in, in hours (the unit of durations, measures.toml "h").
UNITS_OF_TIME = {
    "hour": 1.0,
    "day": 24.0,
    "week": 168.0,
    "month": 730.5,
    "year": 8766.0,
    "decade": 87660.0,
}


class Durations(_Strict):
    """The words that make a number of days, months or years the length of an event
    ("the three-month trial", "der Streik dauerte fünf Wochen"): model/durations.py."""

    units: dict[str, list[str]] = Field(
        description="Unit of time (hour, day, week, month, year, decade) -> the words naming "
        "it, singular and plural ('month', 'months'; 'Monat', 'Monaten')."
    )
    adjectives: dict[str, list[str]] = Field(
        description="Unit of time -> the stem of an adjective joined to its number "
        "('monatig' in 'dreimonatige', '14-tägige'); none in English, which joins by a hyphen."
    )
    one: list[str] = Field(description="Words that count one unit: 'a', 'an', 'ein'.")
    half: list[str] = Field(
        description="Words after a number that add a half: 'and a half', 'einhalb'."
    )
    half_of_one: list[str] = Field(description="Half of one unit: 'half a', 'ein halbes'.")
    one_and_a_half: list[str] = Field(description="'anderthalb', 'eineinhalb'.")
    before: list[str] = Field(
        description="Words right before a length (and its hedge) that make it one: 'over the "
        "course of', 'for', 'during', 'lasted'."
    )
    after: list[str] = Field(description="Words right after a length that make it one: 'lang'.")
    verbs: list[str] = Field(
        description="Verbs of lasting, before the length in its clause: 'lasted', 'dauerte'."
    )
    ambiguous_over: list[str] = Field(
        description="Hedges that are also a preposition of time ('over nine years'): a hedge "
        "only after another word of `before` ('over the course of over a decade')."
    )
    not_before: list[str] = Field(
        description="Words right before a length that make it another thing: a prison term "
        "('jailed for', 'Haftstrafe von')."
    )
    not_after: list[str] = Field(
        description="Words right after a length that make it another thing: an age ('years "
        "old'), a time ('ago', 'later'), a prison term ('in jail'); not read after a word of "
        "time that makes it a length ('over a period of nearly a decade after he drugged her')."
    )
    until: list[str] = Field(
        description="Words between a deal's noun and the year it runs until: 'bis', 'bis "
        "Ende', 'until', 'running until' ('einen Vertrag bis 2027')."
    )
    deals: list[str] = Field(
        description="Nouns of a deal that runs until a year ('Vertrag', 'contract', "
        "'Beschäftigungsgarantie'): the year is the end of the agreement."
    )
    with_whom: list[str] = Field(
        description="Words before the club or company a deal is with ('bei Ajax', 'at "
        "Chelsea'): another club's deal is another deal."
    )
    still: list[str] = Field(
        description="Words before a deal's noun that make it the one still running, not a "
        "new one ('hatte noch einen Vertrag bis 2024'): another deal than one just signed."
    )
    events: dict[str, list[str]] = Field(
        description="Measure (measures.toml, dimension duration) -> the words naming the event "
        "it is the length of, in cue syntax ('trial', '*prozess')."
    )

    @field_validator("units", "adjectives")
    @classmethod
    def _units_of_time(cls, table: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(table) - set(UNITS_OF_TIME))
        if unknown:
            raise ValueError(f"units of time must be among {list(UNITS_OF_TIME)}: {unknown}")
        return table


class GroupRanges(_Strict):
    """The words that make 'X to Y' the range over the members of a group (ages of the
    accused, their prison terms), not one figure's uncertainty: model/durations.py."""

    ages_before: list[str] = Field(description="'aged', 'between the ages of', 'im Alter'.")
    ages_after: list[str] = Field(description="'years old', 'Jahre alt'.")
    ages_copulas: list[str] = Field(
        description="Verbs that, between people and a range of years, make it their ages: 'die "
        "Opfer waren zwischen 18 und 60 Jahren', 'the victims were between 18 and 60'."
    )
    terms_before: list[str] = Field(
        description="Plural words for prison terms, or a plural verb of sentencing, before the "
        "range: 'sentences ranging from', 'jail terms of', 'were sentenced to', 'Haftstrafen'."
    )
    terms_after: list[str] = Field(description="'Jahren Haft' (after the range's unit).")
    between: list[str] = Field(description="'between', 'zwischen': a range read with `both`.")
    both: list[str] = Field(description="'and', 'und': joins the ends after `between`.")
    to: list[str] = Field(description="'to', 'bis': joins the ends of a range.")
    from_words: list[str] = Field(description="'from', 'von': before the first end.")
    not_given: list[str] = Field(
        description="Words in the clause before a range that make it no outcome ('had asked "
        "for', 'forderte'): a demand is no sentence handed down."
    )
    victims: list[str] = Field(
        description="Words for those the event befell: a range over them is another group's "
        "than a range naming none ('victims aged 18 to 60')."
    )


class Origins(_Strict):
    """Where a study comes from, as a source says it: "US-Studie", "Chinese researchers",
    "a study in China", "Forscher ... in Shanghai", "20,000 U.S. adults" (model/origins.py)."""

    study_nouns: list[str] = Field(
        description="Words for a study, its makers or the people it studied, which a country "
        "named right before them or a place after them says where the study comes from."
    )
    links: list[str] = Field(
        description="Words joining such a noun to a place named after it: 'in', 'from', 'aus'."
    )
    max_gap_words: int = Field(
        description="How many words may stand between the noun and the place after it."
    )
    not_between: list[str] = Field(
        description="Words between the noun and the place after it that make the place "
        "another thing's: 'presented at the conference in Chicago'."
    )
    joiners: list[str] = Field(
        description="Words joining countries' adjectives before one noun ('US-amerikanischen, "
        "deutschen und tschechischen Forschern'): each places it."
    )


class Records(_Strict):
    """The words of a record held since a time: "the first rate cut since 2020", "das
    schlechteste Ergebnis seit 1950", "its biggest fall in 50 years" (model/since.py)."""

    superlatives: dict[str, list[str]] = Field(
        description="A kind of record -> the words that claim it ('first': 'first', "
        "'erstmals'; 'worst': 'worst', 'schlechteste'), one name across languages."
    )
    since: list[str] = Field(description="Words before the year the record runs from: 'since'.")
    ranks: dict[str, list[str]] = Field(
        default_factory=dict,
        description="A place -> the ordinals right before a superlative that give it "
        "('3': 'third', 'dritt'): 'the third-biggest fine ever' is third of all time.",
    )
    in_years: list[str] = Field(
        description="Words before a number of years the record runs over: 'in', 'seit'."
    )
    more_than: list[str] = Field(description="'more than', 'over', 'mehr als': an open bound.")
    nearly: list[str] = Field(description="'nearly', 'almost', 'fast': just under.")
    at_least: list[str] = Field(description="'at least', 'mindestens': the record may be older.")
    years: list[str] = Field(description="Words for years and decades: 'years', 'Jahren'.")
    decade_words: dict[str, int] = Field(
        description="A span named in words -> its years: 'a decade' 10, 'a century' 100."
    )
    decade_parts: dict[str, list[int]] = Field(
        description="'early', 'mid', 'late' -> the years of a decade they name ('the early "
        "1970s': 0 to 4)."
    )
    ever: list[str] = Field(
        description="Words that make a record one of all time: 'ever', 'all-time', 'historisch'."
    )
    one_of: list[str] = Field(
        description="Words before a superlative that make it one of several: 'among the', "
        "'one of', 'einer der' ('among the worst days' is no record)."
    )
    max_gap_words: int = Field(
        description="Words at most between the superlative and its 'since' ('the first "
        "interest rate cut since')."
    )


class Offices(_Strict):
    """Titles before a person's name, and the words that say the person left the office."""

    titles: dict[str, str] = Field(
        description="Title as written (lower case) -> the office, one name across languages: "
        "'us-präsident' and 'president' -> 'president'."
    )
    former: list[str] = Field(description="Words before a title that say it was held: 'former'.")
    then: list[str] = Field(
        description="Words before a title that date it to a past moment ('then-President'), "
        "saying nothing about now."
    )


class Language(_Strict):
    """The words of one language."""

    language: str
    thousands_separator: str
    decimal_separator: str
    number_words: dict[str, int]
    scales: dict[str, float]
    multipliers: dict[str, list[str]] = Field(
        description="Factor -> phrases stating a ratio as a change ('halbiert', 'doppelt so hoch', 'twice "
        "as likely', 'tripled': a change of (factor - 1) x 100 per cent)."
    )
    fractions: dict[str, list[str]] = Field(
        description="Share -> phrases naming it in words ('ein Drittel der', 'two thirds of'): "
        "a share in per cent as reporters round it; 'um ein Drittel' a change."
    )
    vague_counts: dict[str, list[str]] = Field(
        default_factory=dict,
        description="'low-high' -> phrases naming a count only by its order ('einige Hundert', "
        "'Zehntausende', 'tens of thousands of'): a count anywhere in that range.",
    )
    vague_lengths: dict[str, list[str]] = Field(
        description="'low-high' hours -> lengths named by their unit only ('wochenlang', "
        "'for months'): a length anywhere in that range, in 'about' wording."
    )
    times_after: list[str] = Field(
        default_factory=list,
        description="Words after a number that make it a ratio stated as a change ('2.5 "
        "times higher', '2,5-mal so hoch'): (number - 1) x 100 per cent more.",
    )
    ratio_before: list[str] = Field(
        default_factory=list,
        description="Words before a number that name it a ratio of risks ('hazard ratio "
        "3.22', 'HR 1,80'): (number - 1) x 100 per cent more or less.",
    )
    point_phrases: dict[str, list[str]] = Field(
        description="Percentage points -> phrases naming a rate's move in words ('half a "
        "percentage point', 'einen Viertelprozentpunkt'): a change, in points."
    )
    units: dict[str, list[str]] = Field(description="Unit code -> the words that name it.")
    unit_multiples: dict[str, dict[str, float]] = Field(
        description="Unit code -> word -> how many of the unit it names ('km' = 1000 metre)."
    )
    qualifiers: Qualifiers
    periods: Periods
    period_patterns: PeriodPatterns
    page: Page
    alignment: Alignment
    stems: Stems
    months: dict[str, int]
    weekdays: dict[str, int] = Field(description="Weekday name -> 1 (Monday) .. 7 (Sunday).")
    quarter_ordinals: dict[str, int]
    roles: Roles
    basis: Basis
    direction: Direction
    offices: Offices
    ages: Ages
    durations: Durations
    records: Records
    origins: Origins
    group_ranges: GroupRanges
    cues: Cues

    @field_validator("fractions")
    @classmethod
    def _shares_are_parts(cls, fractions: dict[str, list[str]]) -> dict[str, list[str]]:
        return _numbers_as_keys(fractions, "fraction", lambda v: 0 < v < 1, "lie between 0 and 1")

    @field_validator("vague_counts", "vague_lengths")
    @classmethod
    def _ranges_are_ranges(cls, counts: dict[str, list[str]]) -> dict[str, list[str]]:
        for key in counts:
            low, _, high = key.partition("-")
            if not (low.isdigit() and high.isdigit() and int(low) < int(high)):
                raise ValueError(f"vague count {key!r} must be 'low-high', low below high")
        return counts

    @field_validator("point_phrases")
    @classmethod
    def _points_are_positive(cls, points: dict[str, list[str]]) -> dict[str, list[str]]:
        return _numbers_as_keys(
            points, "point move", lambda v: 0 < v < 100, "lie between 0 and 100"
        )

    @field_validator("multipliers")
    @classmethod
    def _factors_are_numbers(cls, multipliers: dict[str, list[str]]) -> dict[str, list[str]]:
        return _numbers_as_keys(
            multipliers, "multiplier", lambda v: v > 0 and v != 1, "be more than 0 and not 1"
        )

    @field_validator("weekdays")
    @classmethod
    def _weekdays_in_range(cls, weekdays: dict[str, int]) -> dict[str, int]:
        if sorted(set(weekdays.values())) != list(range(1, 8)):
            raise ValueError("weekdays must name each of the seven days")
        return weekdays

    @field_validator("months")
    @classmethod
    def _months_in_range(cls, months: dict[str, int]) -> dict[str, int]:
        if sorted(set(months.values())) != list(range(1, 13)):
            raise ValueError("months must name each of the twelve months")
        return months


class Measure(_Strict):
    """What a figure can measure: its cue words per language and the units it takes."""

    name: str
    label: dict[str, str]
    dimension: list[Dimension]
    additive: bool = False
    cumulative: bool = False
    generic: bool = False
    about_event: bool = Field(
        default=False,
        description="Counts what befell people in the story's event (deaths, missing): its "
        "subject is the event, never a person quoted giving the figure.",
    )
    series: bool = Field(
        default=False,
        description="A story has several of them (bids in a transfer saga): two values are two "
        "of them, never a contradiction.",
    )
    several_holders: bool = Field(
        default=False,
        description="Several hold it at once (each party its share of the vote, its seats): a "
        "figure whose words name no holder is compared with none, not given to the story's "
        "subject.",
    )
    announced: bool = Field(
        default=False,
        description="What a company or government says it will do (job cuts): 'plans to cut' "
        "states the plan itself, not a forecast of it.",
    )
    exact: bool = Field(
        default=False,
        description="Its figures are exact as written, never rounded: a central bank's rate "
        "of '4 Prozent' is 4.00, so '4,25 Prozent' is another.",
    )
    has_parts: bool = Field(
        default=True,
        description="Whether words before its name can say which part of it a figure is "
        "('data center revenue'); a share price has none ('the worst Dow Jones stock' says "
        "which index).",
    )
    named_mover: bool = Field(
        default=False,
        description="What a per cent measures when a name and a verb of change stand right "
        "before it and no measure word is in its clause: 'Intel plunges 30%', 'ASML fell more "
        "than 8%' (a share price).",
    )
    bound_is_extreme: bool = Field(
        default=False,
        description="A move stated as a bound ('plunged as much as 30%', 'bis zu 10 Prozent') "
        "is the extreme reached during the day, another figure than where it closed ('26%').",
    )
    contract_term: bool = Field(
        default=False,
        description="A term of a deal (a fee, a salary): 'will earn' states it, not a forecast.",
    )
    judged_as: str = Field(
        default="",
        description="The measure a verdict on this one is a verdict on: a report that profit "
        "missed expectations and one that operating profit met them judge one result.",
    )
    story_words: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Words that, standing in an article, make a per cent naming no measure "
        "of its own this one: in an article on an election, 'die AfD folgte mit 14,6 "
        "Prozent' states a share of the vote.",
    )
    verb_counts: bool = Field(
        default=False,
        description="Things a count names by their own noun take this measure from what the "
        "clause says was done with them: 'lieferte 384.122 Fahrzeuge aus' counts deliveries.",
    )
    confused_with: list[str] = Field(
        default_factory=list,
        description="Measures a reporter may mistake this one for: the same distinctive figure "
        "given as both in different sources is a contradiction about what it measures.",
    )
    reframes: list[str] = Field(
        default_factory=list,
        description="Measures a figure takes this one instead of when its clause holds a "
        "`frame` cue: 'strikes by 100,000 workers' counts participants, not employees.",
    )
    frame: dict[str, list[str]] = Field(default_factory=dict)
    names_a_change: bool = Field(
        default=False,
        description="The measure is itself a change of another (job cuts of employees): "
        "'cut its workforce by 15%' and 'cut 15% of its workforce' state one level of cuts.",
    )
    to_place: bool = Field(
        default=False,
        description="Measured to a place the clause names after the figure (a distance): "
        "'350 Kilometer entfernte Rabat' and '72 km southwest of Marrakech' are two figures.",
    )
    organisational: bool = Field(
        default=False,
        description="Only an organisation has it (revenue, profit): whoever an article gives "
        "it to is an organisation there.",
    )
    of_organisation: str = Field(
        default="",
        description="The measure this one is when an organisation has it: a person's 'verdient' "
        "is a salary, a company's is its profit.",
    )
    organisation_verbs: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Per language, the words of this measure that an organisation's figure "
        "makes `of_organisation` ('verdient', 'earned'); its nouns ('Gehalt') never do.",
    )
    not_spent: bool = Field(
        default=False,
        description="Money that comes in or stays (revenue, savings): a figure whose words say "
        "only that money moves ('will cost £1.25bn') never takes this measure from its paragraph.",
    )
    price_of: bool = Field(
        default=False,
        description="What is paid for a thing (a fee, a price): a payment a sentence ties to "
        "what it buys ('paid £106.8m for Enzo Fernández') is this, by the article's name for it.",
    )
    of_what: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Per language, words after the measure word that lead to what it is of "
        "('risk of dementia', 'Risiko für Typ-2-Diabetes'): that noun narrows it as the first "
        "part of a compound does ('dementia risk', 'Diabetes-Risiko').",
    )
    adds_to: list[str] = Field(
        default_factory=list,
        description="Measures this one is paid on top of ('add-ons' on a 'transfer fee'): "
        "'100 plus up to 20 more' bounds the total that other sources state.",
    )
    de: list[str]
    en: list[str]

    def cues(self, language: str) -> list[str]:
        return self.de if language == "de" else self.en


class Pole(_Strict):
    phrase: str
    shift_phrase: str
    negation_flips: bool = Field(
        default=True,
        description="Whether a negated cue takes the other pole: 'not missed' met or beat, "
        "but 'nicht übertroffen' need not have missed.",
    )
    unproven: bool = Field(
        default=False,
        description="This pole is what weak evidence for the other says: 'limited evidence "
        "that it can cause' is 'not shown to cause'.",
    )
    noun_before: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Per language, words right before a one-word cue that make it a noun, "
        "not the verb the pole means ('one of the leading causes').",
    )
    noun_after: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Per language, words right after a one-word cue that make it a noun "
        "('causes of death').",
    )
    de: list[str]
    en: list[str]

    def cues(self, language: str) -> list[str]:
        return self.de if language == "de" else self.en


class Question(_Strict):
    """A question sources take sides on, with two poles."""

    name: str
    subject: Literal["named", "story", "topic"] = Field(
        description="'named': the stance needs a named subject; 'story': the story's subject; "
        "'topic': what most sources name by one rare word ('Agrardiesel'), and only sentences "
        "that name it take a side."
    )
    hedged_counts: bool = False
    unnamed_is_story: bool = Field(
        default=False,
        description="For a 'named' question: a sentence that names no one and points back to "
        "no one is about the story's subject ('Die Werte fielen schwächer aus als befürchtet' "
        "in a report on one company's quarter).",
    )
    about_a_person: bool = Field(
        default=False,
        description="Its subject is a person (who holds an office), never what a story is "
        "about: 'VW-Finanzchef Arno Antlitz' makes Antlitz no story's subject.",
    )
    first_named: bool = Field(
        default=False,
        description="For a 'named' question: whose stance is the first name of the sentence, "
        "letters included ('Die CSU von Markus Söder holte ein schwaches Ergebnis'): a verdict "
        "on a result is on who had it, and parties go by letters.",
    )
    by_measure: bool = Field(
        default=False,
        description="The measure its sentence names (with its segment) says what the stance is "
        "about: revenue can beat expectations while data-center revenue misses them.",
    )
    across_sources_only: bool = Field(
        default=False,
        description="An article quoting both poles (two parties' verdicts) contradicts "
        "nothing; only sources taking opposite poles do.",
    )
    needs_object: bool = Field(
        default=False,
        description="Opposite poles conflict only when their sentences share a rare word: "
        "approving a buyback does not contradict rejecting a notion.",
    )
    object_zipf: float = Field(
        default=4.0,
        description="With `needs_object`: the Zipf frequency under which a shared word names "
        "the thing ('Tarifabschluss' at 4.0; a benefit or a tax, 'disability benefits', "
        "'winter fuel payments', at 4.9).",
    )
    plan_nouns: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Cues that name a plan rather than state it ('Streichung', 'cuts'): a verb "
        "that undoes the plan ('rudert zurück', 'scrapped') turns them to the other pole, and "
        "one that keeps it ('hält fest', 'kept') takes their pole.",
    )
    fact_group: bool = Field(
        default=True,
        description="Whether passages taking it make a fact group: not for a question asked "
        "of every mention (a title before a name), whose passages say unrelated things.",
    )
    about: dict[str, list[str]] = Field(default_factory=dict)
    about_near: int = Field(
        default=0,
        description="When not 0: a cue counts only within this many words of an `about` word.",
    )
    poles: dict[str, Pole]

    @field_validator("poles")
    @classmethod
    def _two_poles(cls, poles: dict[str, Pole]) -> dict[str, Pole]:
        if len(poles) != 2:
            raise ValueError("a stance question has exactly two poles")
        return poles

    def other(self, pole: str) -> str:
        first, second = self.poles
        return second if pole == first else first


class Segment(_Strict):
    """A business unit that narrows a measure ('Automobilbereich', 'automotive revenue'),
    named alike in every language so German and English sources compare."""

    name: str
    label: dict[str, str]
    de: list[str]
    en: list[str]

    def cues(self, language: str) -> list[str]:
        return self.de if language == "de" else self.en


class Qualifier(_Strict):
    """Words in a figure's clause that make it another figure than the same measure without
    them: adjusted earnings, a share's move in after-hours trading."""

    name: str
    de: list[str]
    en: list[str]
    measures: list[str] = Field(
        default_factory=list,
        description="The measures it narrows ('heart' narrows a risk, not revenue); all when empty.",
    )
    scope: Literal["clause", "sentence", "nearest", "judgement"] = Field(
        default="clause",
        description="Where the words count: the figure's clause, or its sentence up to the "
        "end of that clause (a subgroup named in a clause of its own); 'nearest': in that "
        "stretch too, but of the qualifiers so scoped only the one named last before the "
        "figure (one of a central bank's rates: 'den Einlagenzins auf 3,75 und den "
        "Hauptrefinanzierungssatz auf 4,25 Prozent'); 'judgement': only in what a stance "
        "judges (net profit against expectations), never a figure's.",
    )

    def cues(self, language: str) -> list[str]:
        return self.de if language == "de" else self.en


class _MeasureFile(_Strict):
    units: dict[str, Dimension] = Field(description="Unit code -> the dimension it measures.")
    measure: list[Measure]
    segment: list[Segment] = Field(default_factory=list)
    qualifier: list[Qualifier] = Field(default_factory=list)


class _StanceFile(_Strict):
    question: list[Question]


def _read(name: str) -> dict[str, object]:
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LexiconError(f"{name}: {error}") from None


@cache
def language(code: str) -> Language:
    """The words of one language ('de' or 'en'; anything else reads as English)."""
    name = f"{code if code in LANGUAGES else 'en'}.toml"
    try:
        return Language.model_validate(_read(name))
    except ValidationError as error:
        raise LexiconError(f"{name}: {error}") from None


@cache
def function_words(code: str) -> frozenset[str]:
    """A language's function words, lower-cased, as a set (`[page] function_words`)."""
    return frozenset(w.lower() for w in language(code).page.function_words)


@cache
def _measure_file() -> _MeasureFile:
    """measures.toml, read and validated once for its measures, units, segments and
    qualifiers."""
    try:
        return _MeasureFile.model_validate(_read("measures.toml"))
    except ValidationError as error:
        raise LexiconError(f"measures.toml: {error}") from None


def measures() -> tuple[Measure, ...]:
    return tuple(_measure_file().measure)


def segments() -> tuple[Segment, ...]:
    return tuple(_measure_file().segment)


def qualifiers() -> tuple[Qualifier, ...]:
    return tuple(_measure_file().qualifier)


@lru_cache(maxsize=20_000)  # asked for every modifier of every measure word
def segment_of(words: str, language: str) -> Segment | None:
    """The segment the words before or after a measure name ('automobil', 'data center')."""
    for segment in segments():
        if matcher(segment.cues(language)).fullmatch(words):
            return segment
    return None


@cache
def unit_dimensions() -> dict[str, str]:
    """Unit code -> dimension ("EUR" -> "money", "metre" -> "length"), checked against the
    codes the language files use, so a unit cannot be named without saying what it measures."""
    dimensions: dict[str, str] = dict(_measure_file().units)
    for code in LANGUAGES:
        words = language(code)
        missing = sorted({*words.units, *words.unit_multiples} - dimensions.keys())
        if missing:
            raise LexiconError(
                f"{code}.toml: units without a dimension in measures.toml: {missing}"
            )
    return dimensions


class Entities(_Strict):
    """Organisations and the names that stand for them; names of several words."""

    multiword: list[str] = Field(default_factory=list)
    aliases: dict[str, str] = Field(default_factory=dict)
    display: dict[str, str] = Field(
        default_factory=dict,
        description="Canonical name -> how an explanation writes it ('ecb' -> 'ECB'), where "
        "capitalising each word would not ('Ecb', 'Openai').",
    )
    places: list[list[str]] = Field(
        default_factory=list,
        description="Names of one place in several languages and spellings ('München', "
        "'Munich'): one place when counts or distances are compared.",
    )
    capitalised: dict[str, str] = Field(
        default_factory=dict,
        description="Names that are also words, so they name someone only written with a "
        "capital: parties ('die Grünen' against 'grünen Strom', 'Labour' against 'labour "
        "costs').",
    )
    countries: dict[str, list[str]] = Field(
        default_factory=dict,
        description="A country -> the names that place something there: its names, its "
        "adjectives ('amerikanisch*', 'American'), the cities its research is named by "
        "('Shanghai', 'Boston'); how an origin of a study is read (model/origins.py).",
    )
    not_organisations: list[str] = Field(
        default_factory=list,
        description="Abbreviations in capitals that name no one a figure belongs to: units, "
        "measures, titles, news agencies ('KI', 'CEO', 'GW', 'AFP').",
    )

    @field_validator("aliases")
    @classmethod
    def _lower_case(cls, aliases: dict[str, str]) -> dict[str, str]:
        return {name.lower(): canonical.lower() for name, canonical in aliases.items()}

    @field_validator("capitalised")
    @classmethod
    def _as_written(cls, names: dict[str, str]) -> dict[str, str]:
        for name in names:
            if not name[:1].isupper():
                raise ValueError(f"{name!r}: a capitalised name begins with a capital")
        return names  # canonical as written: "CSU", as the party's capitals name it too


USER_LEXICON = "SEEDVIEW_LEXICON"  # set by `seedview --lexicon FILE`, read by worker processes too


@cache
def entities() -> Entities:
    """The shipped names, plus a corpus's own from the file `--lexicon` names."""
    try:
        shipped = Entities.model_validate(_read("entities.toml"))
    except ValidationError as error:
        raise LexiconError(f"entities.toml: {error}") from None
    extra_path = os.environ.get(USER_LEXICON, "")
    if not extra_path:
        return shipped
    extra = read_user_lexicon(extra_path)
    return Entities(
        multiword=[*shipped.multiword, *extra.multiword],
        aliases={**shipped.aliases, **extra.aliases},
        places=[*shipped.places, *extra.places],
        capitalised={**shipped.capitalised, **extra.capitalised},
        countries={
            country: [*shipped.countries.get(country, []), *extra.countries.get(country, [])]
            for country in {**shipped.countries, **extra.countries}
        },
        not_organisations=[*shipped.not_organisations, *extra.not_organisations],
        display={**shipped.display, **extra.display},
    )


def without_accents(name: str) -> str:
    """'Fernández' and 'Fernandez' are one name (pages drop accents); umlauts stay, since
    German writes them ('München', or 'Muenchen', which name lists give)."""
    kept = "".join(
        c
        for c in unicodedata.normalize("NFD", name)
        if unicodedata.category(c) != "Mn" or c == "\u0308"
    )
    return unicodedata.normalize("NFC", kept)


def _plain_name(name: str) -> str:
    """'Marrakech', 'marrakech', 'Marrakéch': one spelling, accents and case dropped."""
    return without_accents(name.lower()).strip()


@cache
def _place_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for spellings in entities().places:
        canonical = _plain_name(spellings[0])
        for spelling in spellings:
            names.setdefault(_plain_name(spelling), canonical)
    return names


def is_place(name: str) -> bool:
    """Whether the lexicon knows the name as a place ('USA', 'Marokko')."""
    return _plain_name(name) in _place_names()


def place_key(name: str) -> str:
    """One key for the names of one place ('München' and 'Munich'), else the name itself in
    one spelling."""
    plain = _plain_name(name)
    return _place_names().get(plain, plain)


def read_user_lexicon(path: str) -> Entities:
    """A corpus's names file, validated; LexiconError names the file and the reason."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return Entities.model_validate(data)
    except OSError as error:
        raise LexiconError(f"{path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise LexiconError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{path}: not valid TOML ({error})") from None
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise LexiconError(f"{path}: {where}: {first['msg']}") from None


@cache
def questions() -> tuple[Question, ...]:
    try:
        return tuple(_StanceFile.model_validate(_read("stances.toml")).question)
    except ValidationError as error:
        raise LexiconError(f"stances.toml: {error}") from None


def question(name: str) -> Question:
    return next(q for q in questions() if q.name == name)


@cache
def measures_by_name() -> dict[str, Measure]:
    return {m.name: m for m in measures()}


def measure(name: str) -> Measure | None:
    return measures_by_name().get(name)


# --- phrases become matchers -------------------------------------------------------------


WORD_START = r"(?<!\w)"  # every phrase but one opening with "_" begins with this
WORD_END = r"(?!\w)"


def _word(token: str, first: bool, last: bool) -> str:
    """One token of a phrase. Only the first word checks that a word starts there and only the
    last that one ends: between words stands a separator that begins with a space or a comma,
    neither of which is a word character, so those checks could never fail. Fewer look-arounds
    make the same matches and a pattern about half as long, which Python's regular expression
    parser (pure Python, paid once per process for each of several hundred patterns) reads
    in about half the time."""
    if "|" in token:
        # "schwächer|schlechter": any of the words, each with its own "*".
        if "" in token.split("|"):
            raise ValueError(f"an empty choice in {token!r} would make the word optional")
        choices = "|".join(_word(choice, False, last) for choice in token.split("|"))
        return (WORD_START if first else "") + f"(?:{choices})"
    lead, trail = token.startswith("*"), token.endswith("*") and len(token) > 1
    core = re.escape(token.strip("*"))
    return (
        (WORD_START if first else "")
        + (r"[\w-]*" if lead else "")
        + core
        + (r"[\w-]*" if trail else "")
        + (WORD_END if last and not trail else "")
    )


def phrase_pattern(phrase: str) -> str:
    """One phrase of the syntax above as a regular expression (no groups)."""
    tokens = phrase.lower().split()
    last = max((i for i, t in enumerate(tokens) if t not in GAPS), default=-1)
    parts: list[str] = []
    gap = ""
    for index, token in enumerate(tokens):
        if token in GAPS:
            gap = token
            continue
        if parts:
            parts.append(GAPS[gap] if gap else r"[\s,]+")
        parts.append(r"\S+" if token == "_" else _word(token, not parts, index == last))
        gap = ""
    return "".join(parts)


# "~": up to three words of any kind; "…": up to eight words, none ending a clause (a comma,
# a full stop), so a verb's particle is found across its object but not in the next clause.
GAPS = {"~": r"\s+(?:\S+\s+){0,3}?", "…": r"\s+(?:\S*[^\s,;:.!?]\s+){0,8}?"}


def _after_word_start(pattern: str) -> str:
    """A phrase pattern without its word-start check, for a place where that check was made
    just before (the same position: the same matches)."""
    return pattern.removeprefix(WORD_START)


def literal_alternation(words: list[str] | tuple[str, ...]) -> str:
    """Words matched as written (no cue syntax), longest first so that "prime minister" is
    tried before "minister", any run of spaces inside one matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in ordered)


def alternation(patterns: list[str]) -> str:
    """Patterns as one alternative each, in order. When all of them begin at a word start,
    that is checked once before the alternatives: inside a word (most positions of a
    sentence) one look back rejects the position instead of one per phrase. The same
    matches, found several times faster."""
    if patterns and all(p.startswith(WORD_START) for p in patterns):
        body = "|".join(f"(?:{_after_word_start(p)})" for p in patterns)
        return f"{WORD_START}(?:{body})"
    return "|".join(f"(?:{p})" for p in patterns)


@cache
def _compiled(phrases: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)  # longest first: "nicht länger" before "nicht"
    return re.compile(alternation([phrase_pattern(p) for p in ordered]), re.IGNORECASE)


@cache
def _any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []
    for phrase in phrases:
        first = next((t for t in phrase.lower().split() if t not in GAPS), "_")
        core = first.strip("*")
        if first.startswith(("*", "_")) or not core or "|" in first:
            others.append(phrase_pattern(phrase))  # may begin inside a word, or anywhere
        else:
            by_letter.setdefault(core[0], []).append(_after_word_start(phrase_pattern(phrase)))
    # Each phrase's first letter, looked ahead for before its patterns are tried: a word that
    # begins with another letter is passed over after one look, not one attempt per phrase.
    # The look ahead is implied by every pattern behind it, so it changes no match.
    grouped = "|".join(
        f"(?={re.escape(letter)})(?:{'|'.join(patterns)})" for letter, patterns in by_letter.items()
    )
    parts = [f"{WORD_START}(?:{grouped})"] if grouped else []
    parts.extend(f"(?:{p})" for p in others)
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


def any_of(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds a match in a text exactly when `matcher(phrases)` does, faster
    for a long list; only whether and where the first match starts is the same, not which
    phrase it is nor where it ends. For "does any of these stand in the text?"."""
    return _any_of(tuple(phrases))


def scan(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """`pattern.finditer(text)`, for a pattern that is an alternation of phrases (in an order
    that matters) and `starts`, `any_of` the same phrases: `starts` finds where the next
    match begins, and `pattern` is tried only there."""
    found: list[re.Match[str]] = []
    position = 0
    while (start := starts.search(text, position)) is not None:
        match = pattern.match(text, start.start())
        if match is None or match.end() == match.start():
            return list(pattern.finditer(text))  # never for phrases; the plain way, to be sure
        found.append(match)
        position = match.end()
    return found


def matcher(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern for a list of phrases, cached by the list's content."""
    if not phrases:
        return re.compile(r"(?!)")
    return _compiled(tuple(phrases))
