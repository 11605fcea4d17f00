"""Stage 2: split the source text into blocks and classify each as content, heading or boilerplate.

Rules describe the *shape* of page furniture, not the strings of particular pages: menus are
short lines with separators, teaser lists are bullets without sentence ends or with doubled
titles, datelines are short lines with a date, contact blocks carry phone numbers or e-mail,
service pitches address the reader as "Sie"/"you" in the outlet's "wir"/"we" voice, a heading is
a short line that leads into prose, and whatever short lines stand before the headline are the
masthead. Article text that looks unfinished is not furniture for that: a bullet that dates an
event and tells it (a timeline), a sentence the saved text stops in, and each sentence of a
quotation that spans several (its "we" is the speaker's). Nothing is deleted: every block keeps
its offsets and its kind.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from seedview.model import tables
from seedview.model.wordlists import LANGUAGES, word_list

Kind = Literal["content", "heading", "boilerplate"]

REPEAT_PREFIX = 20  # characters a block needs before it can count as a repeat
SHORT_WORDS = 14
EMOJI_HEADING_WORDS = 4
_TERMINAL = re.compile(r"[.!?…][\"'“”»«‘’)\]]*$")
_BULLET = re.compile(r"^\s*(?:[•·▪►◦‣⁃∙*+]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _either(name: str) -> str:
    """The `[page]` patterns `name` of German, then English, as one alternation. Read as plain
    TOML (wordlists): cleaning runs before the text is shown, the lexicon's models after."""
    return "|".join(p for code in LANGUAGES for p in word_list(code, "page", name))


_FUNCTION_WORDS = frozenset(
    w for code in LANGUAGES for w in word_list(code, "page", "function_words")
)
_MONTHS = (
    r"(?:jan(?:uar|uary)?|jän(?:ner)?|feb(?:ruar|ruary)?|mär(?:z)?|mar(?:ch)?|apr(?:il)?|mai|may|"
    r"jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|"
    r"dez(?:ember)?|dec(?:ember)?)\.?"
)
DATE_PATTERN = re.compile(
    rf"\b(?:\d{{1,2}}\.\s*{_MONTHS}\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
# A timeline entry opens with a day and month (a weekday or a range may come first: "Monday 11 -
# Tuesday 12 September - ...", "10. September: ...") and says after a dash or colon what happened.
_DAY = r"(?:[^\W\d_]+,?\s+)?\d{1,2}\.?"
_DAY_MONTH = rf"(?:{_DAY}(?:\s*{_MONTHS}(?![^\W_]))?(?:\s*[-–—]\s*{_DAY})?\s*{_MONTHS}|{_MONTHS}\s+\d{{1,2}})"
_TIMELINE_ENTRY = re.compile(
    rf"^{_DAY_MONTH}(?![^\W_])(?:,?\s+\d{{4}})?\s*[-–—:]\s+(?P<event>.+)$", re.IGNORECASE
)
TIMELINE_EVENT_WORDS = 6  # what happened takes a clause, not a title's two or three words
CUT_PROSE_WORDS = 8  # a block the text stops in needs this many words to be a sentence cut off
_TIME_META = re.compile(rf"\b(?:{_either('time_meta')})\b", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s/()-]*\d[\d\s/()-]{5,}\d|\(0\d{2,5}\)\s*\d{3,})")
_EMAIL = re.compile(r"[\w.+-]+\s*(?:@|∂|\(at\)|\[at\])\s*[\w-]+\.[a-z]{2,}", re.IGNORECASE)
_CAPTION = re.compile(
    rf"(?:^|\s[-–—|]\s|[.;,]\s)(?:{_either('caption')})\s*:",
    re.IGNORECASE,
)
# A photo's credit in brackets after its caption: "(AP Photo/Susan Walsh)", "(Foto: dpa)",
# "(Photograph: Reuters)". The sentence before it describes a picture, not the story: its
# weekday and date are the photo's ("speaks … Wednesday, July 31, 2024").
_CREDIT = re.compile(
    rf"\(\s*(?:[^\W\d_][\w.]*\s+)?(?:{_either('photo_credit')})\s*[:/]", re.IGNORECASE
)
_SLUG = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+){2,}|(?:https?://|www\.)\S+)$")
_FOOTER_CUE = re.compile(
    rf"^(?:{_either('footer')}|(?:{_either('copyright')}).*)[:.!]?$",
    re.IGNORECASE,
)
_READ_ALSO = re.compile(rf"\(\s*(?:{_either('read_also')})\s*:[^()]{{1,200}}\)", re.IGNORECASE)
_WE = re.compile(rf"\b(?:{_either('we')})\b")  # case as written: "us", not "US"
_ME = re.compile(rf"\b(?:{_either('me')})\b")
_YOU = re.compile(_either("you"))
_IMPERATIVE = re.compile(rf"^\W*(?:{_either('imperative')})")
# A quotation's closing mark need not match its opening one ("“We woke up …," he said"):
# pages mix typographic and straight marks.
_QUOTATION_MARKS = '„“”"»«'
_QUOTED = re.compile(r"„[^“\"]*[“\"]|\"[^\"]*\"|»[^«]*«|“[^”\"]*[”\"]")


@dataclass
class Block:
    """A paragraph: one line, or lines broken mid-sentence joined again."""

    start: int
    end: int
    kind: Kind = "content"
    reason: str = ""
    inserts: list[tuple[int, int]] = field(default_factory=list)  # inline furniture spans


def split_blocks(text: str) -> list[Block]:
    """Paragraphs separated by blank lines or single newlines; mid-sentence breaks rejoined."""
    lines: list[tuple[int, int]] = []
    position = 0
    for raw in text.split("\n"):
        begin, finish = position, position + len(raw)
        position = finish + 1
        stripped = raw.strip()
        if not stripped:
            lines.append((-1, -1))
            continue
        lead = len(raw) - len(raw.lstrip())
        lines.append((begin + lead, begin + lead + len(stripped)))
    blocks: list[Block] = []
    previous_blank = True
    for begin, finish in lines:
        if begin < 0:
            previous_blank = True
            continue
        if blocks and not previous_blank and _continues(text, blocks[-1], begin, finish):
            blocks[-1].end = finish
        else:
            blocks.append(Block(begin, finish))
        previous_blank = False
    return blocks


def _continues(text: str, block: Block, begin: int, finish: int) -> bool:
    before = text[block.start : block.end]
    after = text[begin:finish]
    if _TERMINAL.search(before) or before.endswith(":") or _BULLET.match(after):
        return False
    if tables.is_row(before) or tables.is_rule(before):
        return False  # each line of a table is a row
    first = after[0]
    if first.islower():
        return True
    words = before.split()
    return len(words) >= 3 and words[-1].lower() in _FUNCTION_WORDS


def _is_timeline_entry(text: str) -> bool:
    """A bullet that dates an event and tells it: '• Sunday 10 September - flooding is triggered
    after rains from Storm Daniel pound cities'. Teasers are titles, and titles carry no date."""
    if not _BULLET.match(text):
        return False
    entry = _TIMELINE_ENTRY.match(_BULLET.sub("", text))
    return entry is not None and len(words_of(entry["event"])) >= TIMELINE_EVENT_WORDS


def _is_cut_prose(text: str, blocks: list[Block], count: int) -> bool:
    """The text stops inside its last block, on its line, mid-sentence: saved pages are often
    cut at a length. Without its end it cannot be judged short or unfinished, so a block of
    running prose (enough words, function words among them: not a menu of names) counts as a
    sentence; the last item of a list counts as what the item before it was."""
    block = blocks[-1]
    if "\n" in text[block.end :]:
        return False  # the page ended this line itself
    if len(blocks) > 1 and _BULLET.match(text[block.start : block.end]):
        before = blocks[-2]
        if _BULLET.match(text[before.start : before.end]) and before.kind != "content":
            return False
    words = words_of(text[block.start : block.end])
    function_words = sum(1 for word in words if word.lower() in _FUNCTION_WORDS)
    return count >= CUT_PROSE_WORDS and function_words >= 2


def _has_email(text: str) -> bool:
    # The pattern is slow on long prose; every address it accepts has one of these marks.
    lower = text.lower()
    if "@" not in text and "∂" not in text and "(at)" not in lower and "[at]" not in lower:
        return False
    return bool(_EMAIL.search(text))


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=50_000)  # cleaning and segmenting both ask, and copies repeat sentences
def is_pitch(sentence: str, outlet: str = "") -> bool:
    """A service pitch or reader prompt: the outlet speaking about itself to the reader."""
    if _is_quotation_part(sentence):
        return False  # speech is reported, not the outlet's own voice
    bare = _QUOTED.sub(" ", sentence)  # quoted speech is reported, not the outlet's own voice
    if _IMPERATIVE.search(bare):
        return True
    we = len(_WE.findall(bare))
    if we >= 2:
        return True
    me = len(_ME.findall(bare))
    if me and we:
        return True
    # The reader addressed counts only with the outlet's own voice; most sentences have none.
    if (we or me) and _YOU.search(bare):
        return True
    return bool(outlet) and len(outlet) >= 4 and outlet.lower() in bare.lower()


def _is_quotation_part(sentence: str) -> bool:
    """One sentence of a quotation that spans several: its only quotation mark opens it or
    closes it ('Two things have happened: we've stabilised the economy, and we've heard ….”')."""
    marks = [i for i, ch in enumerate(sentence) if ch in _QUOTATION_MARKS]
    if len(marks) != 1:
        return False
    before, after = sentence[: marks[0]], sentence[marks[0] + 1 :]
    return not before.strip(" ([") or not after.strip(" .,;:!?…)]")


def _has_symbol(text: str) -> bool:
    return any(unicodedata.category(ch) == "So" for ch in text)


def _emoji_heading(text: str) -> bool:
    """'🔁 A full reversal – but no regrets?': one pictograph before a line of at least
    EMOJI_HEADING_WORDS words is a subheading's marker; share bars and icon rows hold several
    symbols or a word or two."""
    symbols = sum(1 for ch in text if unicodedata.category(ch) == "So")
    return symbols == 1 and _leading_symbol(text) and len(words_of(text)) >= EMOJI_HEADING_WORDS


def _leading_symbol(text: str) -> bool:
    for ch in text:
        if ch.isspace():
            continue
        return unicodedata.category(ch) == "So"
    return False


def _is_doubled(text: str) -> bool:
    """Teaser links often print their title twice: 'Title…Title…'."""
    if len(text) < 30:
        return False
    probe = text[: min(25, len(text) // 2)]
    return text.find(probe, len(probe)) > 0


def _normal(text: str) -> str:
    text = _BULLET.sub("", text)
    text = re.sub(r"(?:\.\.\.|…)\s*$", "", text)
    return " ".join(text.lower().split())


def _hard_rule(text: str, earlier: dict[str, list[str]], words: int, terminal: bool) -> str:
    """The reason a block is furniture whatever surrounds it, or ''."""
    bullet = bool(_BULLET.match(text))
    body = _BULLET.sub("", text)
    if text.count("|") >= 2 or body.count(" · ") >= 2:
        return "menu"
    if not terminal and (body.count(" - ") + body.count(" – ") >= 2) and words <= 40:
        return "menu"
    if _FOOTER_CUE.match(_normal(text)):
        return "page furniture"
    if _SLUG.match(body.strip()):
        return "url"
    if (
        words <= 16
        and (_TIME_META.search(text) or DATE_PATTERN.search(text))
        and (not terminal or words <= 4)
    ):
        return "dateline"
    if words <= 60 and (_PHONE.search(text) or _has_email(text)):
        return "contact"
    if (_leading_symbol(text) or (words <= 8 and _has_symbol(text))) and not _emoji_heading(text):
        return "symbols"
    if (words <= 40 and _CAPTION.search(text)) or (words <= 70 and _CREDIT.search(text)):
        return "caption"
    if _is_doubled(body):
        return "teaser"
    # A teaser is a linked title; a bulleted (not numbered: "1. Title") line longer than a
    # short line that runs on past a comma is a summary sentence ("• The death toll has
    # reached 11,000, the Red Crescent says").
    summary = words > SHORT_WORDS and "," in body and not text.lstrip()[:1].isdigit()
    if (
        bullet
        and words <= 30
        and ((not terminal and not summary) or re.search(r"(?:\.\.\.|…)$", text))
    ):
        return "teaser"
    normal = _normal(text)
    # A repeat equals an earlier block or one is the other's start, both at least
    # REPEAT_PREFIX long: so they share their first REPEAT_PREFIX characters, which index them.
    if len(normal) >= REPEAT_PREFIX and any(
        normal.startswith(prior) or prior.startswith(normal)
        for prior in earlier.get(normal[:REPEAT_PREFIX], ())
    ):
        return "repeat"
    return ""


def classify(text: str, outlet: str = "", title_hint: str = "") -> list[Block]:
    """Split into blocks and give each a kind and, for furniture, the reason."""
    blocks = split_blocks(text)
    earlier: dict[str, list[str]] = defaultdict(list)  # normalised blocks by their start
    short: list[bool] = []
    table = _table_rows(text, blocks)
    for index, block in enumerate(blocks):
        body = text[block.start : block.end]
        if index in table:
            # A table's header leads into its rows, whose cells are figures like a sentence's.
            block.kind, block.reason = table[index]
            short.append(False)
            continue
        count = len(words_of(body))
        # A timeline entry, and a sentence the text stops in, end a statement as a full stop would.
        terminal = (
            bool(_TERMINAL.search(body))
            or _is_timeline_entry(body)
            or (index == len(blocks) - 1 and _is_cut_prose(text, blocks, count))
        )
        reason = _hard_rule(body, earlier, count, terminal)
        normal = _normal(body)
        if len(normal) >= REPEAT_PREFIX:
            earlier[normal[:REPEAT_PREFIX]].append(normal)
        is_short = count <= SHORT_WORDS and (not terminal or body.rstrip().endswith("?"))
        short.append(is_short and not reason)
        if reason:
            block.kind, block.reason = "boilerplate", reason
        elif not is_short:
            block.kind = "content"
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", body) if s.strip()]
            pitched = sum(1 for s in sentences if is_pitch(s, outlet))
            if sentences and pitched == len(sentences):
                block.kind, block.reason = "boilerplate", "service pitch"
            block.inserts = [
                (block.start + m.start(), block.start + m.end()) for m in _READ_ALSO.finditer(body)
            ]
    _mark_link_lists(text, blocks)
    _decide_headings(text, blocks, short)
    _mark_masthead(text, blocks, short, title_hint)
    return blocks


def _table_rows(text: str, blocks: list[Block]) -> dict[int, tuple[Kind, str]]:
    """The blocks of pipe tables that have a rule under their header, by index: the header a
    heading, the rule furniture, the rows below it content."""
    out: dict[int, tuple[Kind, str]] = {}
    for index, block in enumerate(blocks):
        if index == 0 or not tables.is_rule(text[block.start : block.end]):
            continue
        header = blocks[index - 1]
        if not tables.is_row(text[header.start : header.end]):
            continue
        out[index - 1] = ("heading", "table header")
        out[index] = ("boilerplate", "table rule")
        for row in range(index + 1, len(blocks)):
            if not tables.is_row(text[blocks[row].start : blocks[row].end]):
                break
            out[row] = ("content", "")
    return out


def _mark_link_lists(text: str, blocks: list[Block]) -> None:
    """Runs of bullets that are mostly teasers are link lists, with their truncated repeats."""
    run: list[Block] = []

    def settle() -> None:
        bullets = [b for b in run if _BULLET.match(text[b.start : b.end])]
        teasers = [b for b in bullets if b.kind == "boilerplate"]
        if len(bullets) >= 2 and len(teasers) * 5 >= len(bullets) * 3:
            for member in run:
                if member.kind != "boilerplate":
                    member.kind, member.reason = "boilerplate", "link list"
        run.clear()

    for block in blocks:
        body = text[block.start : block.end]
        truncated = bool(re.search(r"(?:\.\.\.|…)$", body)) and len(words_of(body)) <= 40
        if _BULLET.match(body) or (run and truncated):
            run.append(block)
        else:
            settle()
    settle()


def _decide_headings(text: str, blocks: list[Block], short: list[bool]) -> None:
    """A short line is a heading when it leads into prose (or into a heading that does)."""
    following: Kind = "boilerplate"
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if short[index]:
            body = text[block.start : block.end]
            if body.endswith(":"):
                # A lead-in ("See also:") whose list is furniture is furniture too.
                block.kind = "content" if following == "content" else "boilerplate"
                block.reason = "" if following == "content" else "lead-in"
            elif following in ("content", "heading"):
                block.kind = "heading"
            else:
                block.kind, block.reason = "boilerplate", "stray line"
        following = block.kind


def _mark_masthead(text: str, blocks: list[Block], short: list[bool], title_hint: str) -> None:
    """Short lines before the headline are the site's masthead, not the article."""
    hint = " ".join(title_hint.lower().split())
    title_index = None
    for index, block in enumerate(blocks):
        body = text[block.start : block.end]
        if hint and _normal(body) == hint:
            title_index = index
            break
        if block.kind == "content":
            break
        if short[index] and len(words_of(body)) >= 4 and not body.endswith((":", "?")):
            title_index = index
            break
    if title_index is None:
        return
    blocks[title_index].kind, blocks[title_index].reason = "heading", "headline"
    for block in blocks[:title_index]:
        if block.kind != "boilerplate":
            block.kind, block.reason = "boilerplate", "masthead"


def headline(text: str, blocks: list[Block]) -> str:
    for block in blocks:
        if block.reason == "headline":
            return text[block.start : block.end]
    return ""
