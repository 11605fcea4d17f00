"""Stage 3: cut classified blocks into passages (sentences, headings, furniture) with offsets.

The sentence splitter is ours because none of the packages gives offsets and guards German
abbreviations (Mrd., Mio., ca., u. a., z. B., d. h.) and ordinals ("9. November", "im 3. Quartal").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from seedview.model.clean import Block, is_pitch
from seedview.model.records import PassageText

if TYPE_CHECKING:
    from seedview.model.schema import Passage

ABBREVIATIONS = frozenset(
    [
        "mrd",
        "mio",
        "tsd",
        "ca",
        "bzw",
        "vgl",
        "ggf",
        "inkl",
        "exkl",
        "evtl",
        "usw",
        "etc",
        "dr",
        "prof",
        "nr",
        "str",
        "abs",
        "abb",
        "bd",
        "jh",
        "jhd",
        "mr",
        "mrs",
        "ms",
        "st",
        "jr",
        "sr",
        "inc",
        "corp",
        "ltd",
        "co",
        "vs",
        "approx",
        "no",
        "fig",
        "dept",
        "est",
        "gen",
        "gov",
        "sen",
        "rep",
        "univ",
        "jan",
        "feb",
        "mär",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "oct",
        "nov",
        "dez",
        "dec",
        "z",
        "b",
        "u",
        "a",
        "d",
        "h",
        "o",
        "g",
        "s",
        "v",
        "i",
        "e",
        "al",
        "bspw",
        "sog",
        "zzgl",
        "max",
        "min",
        "mind",
        "rd",
    ]
)
ORDINAL_LEADS = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "im",
        "am",
        "zum",
        "zur",
        "vom",
        "ab",
        "bis",
        "seit",
        "zum",
        "ein",
        "eine",
        "einem",
        "einer",
        "jeder",
        "jedes",
        "jeden",
        "jedem",
        "zu",
        "seit",
        "dieser",
        "diesem",
        "diesen",
    ]
)
ORDINAL_FOLLOWERS = frozenset(
    [
        "januar",
        "jänner",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "quartal",
        "jahrhundert",
        "jahrtausend",
        "platz",
        "rang",
        "mal",
        "stelle",
        "stock",
        "etage",
        "lebensjahr",
        "geburtstag",
        "jahrestag",
        "auflage",
        "ausgabe",
        "kalenderwoche",
        "monat",
        "tag",
        "woche",
    ]
)
_CANDIDATE = re.compile(r"[.!?…]+[\"'“”»«‘’)\]]*(?=\s)")
_WORD = re.compile(r"\w+")
_OPENERS = "\"'„“‚‘»«([¿¡"


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences; spans are stripped of surrounding white space."""
    spans: list[tuple[int, int]] = []
    segment_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        cut = match.end()
        nxt = cut
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        if not _is_boundary(text, start, match.start(), match.group(), nxt):
            continue
        _append(text, spans, segment_start, cut)
        segment_start = nxt
    _append(text, spans, segment_start, end)
    return spans


def _append(text: str, spans: list[tuple[int, int]], begin: int, finish: int) -> None:
    while begin < finish and text[begin].isspace():
        begin += 1
    while finish > begin and text[finish - 1].isspace():
        finish -= 1
    if finish > begin:
        spans.append((begin, finish))


def _is_boundary(text: str, floor: int, dot: int, mark: str, nxt: int) -> bool:
    following = text[nxt]
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    if not mark.startswith("."):
        return True
    word_start = dot
    while (
        word_start > floor
        and not text[word_start - 1].isspace()
        and text[word_start - 1] not in '([„"'
    ):
        word_start -= 1
    word = text[word_start:dot]
    bare = word.rstrip(".").lower()
    last = bare.rsplit(".", 1)[-1]
    if bare in ABBREVIATIONS or last in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    if "." in word and len(word) <= 6 and word.replace(".", "").isalpha():
        return False  # "z.B.", "U.S."
    if word.isdigit() and len(word) <= 2:
        next_word = _WORD.match(text, nxt)  # no slice: it would copy the rest of the block
        # Only the word before: a slice back to the block's start would make a long block
        # with many numbered dots quadratic.
        previous = text[max(floor, word_start - 40) : word_start].split()[-1:] or [""]
        if (next_word and next_word.group().lower() in ORDINAL_FOLLOWERS) or previous[
            0
        ].lower() in ORDINAL_LEADS:
            return False
    return True


# No real sentence is this long; a "sentence" of a megabyte (a list of 12,000 names, a page
# without full stops) is cut into pieces of at most this many characters, at a space where
# there is one. The claim, name and period scanners then work per piece, so their cost grows
# linearly with the text instead of with its square (bench/long_sentence.py).
MAX_PASSAGE_CHARS = 2_000


def cut_passages(source_id: str, text: str, blocks: list[Block], outlet: str = "") -> list[Passage]:
    """Every block becomes passages; inline furniture and pitch sentences become their own."""
    return [passage.to_schema() for passage in passage_texts(source_id, text, blocks, outlet)]


def passage_texts(
    source_id: str, text: str, blocks: list[Block], outlet: str = ""
) -> list[PassageText]:
    """`cut_passages` as plain records: the app's text path loads no schema (issue 11)."""
    passages: list[PassageText] = []

    def emit(paragraph: int, begin: int, finish: int, kind: str) -> None:
        while begin < finish and text[begin].isspace():
            begin += 1
        while finish > begin and text[finish - 1].isspace():
            finish -= 1
        if finish <= begin:
            return
        while finish - begin > MAX_PASSAGE_CHARS:  # issue 13: see MAX_PASSAGE_CHARS
            cut = text.rfind(" ", begin + MAX_PASSAGE_CHARS // 2, begin + MAX_PASSAGE_CHARS)
            cut = cut if cut > begin else begin + MAX_PASSAGE_CHARS
            emit(paragraph, begin, cut, kind)
            begin = cut
            while begin < finish and text[begin].isspace():
                begin += 1
        passages.append(
            PassageText(
                id=f"{source_id}@{begin}",
                source=source_id,
                paragraph=paragraph,
                start=begin,
                end=finish,
                text=text[begin:finish],
                kind=kind,  # type: ignore[arg-type]
            )
        )

    for index, block in enumerate(blocks):
        if block.kind != "content":
            emit(index, block.start, block.end, block.kind)
            continue
        cursor = block.start
        pieces: list[tuple[int, int, str]] = []
        for insert_start, insert_end in block.inserts:
            pieces.append((cursor, insert_start, "content"))
            pieces.append((insert_start, insert_end, "boilerplate"))
            cursor = insert_end
        pieces.append((cursor, block.end, "content"))
        for begin, finish, kind in pieces:
            if kind == "boilerplate":
                emit(index, begin, finish, kind)
                continue
            for s_begin, s_end in sentence_spans(text, begin, finish):
                sentence = text[s_begin:s_end]
                emit(
                    index,
                    s_begin,
                    s_end,
                    "boilerplate" if is_pitch(sentence, outlet) else "content",
                )
    return passages
