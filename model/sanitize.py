"""Text from articles and file names, made safe for every exit: terminal, Markdown, CSV, JSON.

Article text and file names are data. Written raw to a terminal, an ESC or C1 byte starts a
command (`ESC ] 52` replaces the clipboard, `ESC ] 0` sets the window title, `CSI 2 J` clears
the screen); a bidi override reorders what the reader sees. Every exit of seedview passes
text through this one module:

- `visible`: one line of text for a label, a title, a status or a report line: white space
  collapsed, every control character shown as a symbol ("␛" for ESC, "␇" for BEL).
- `literal`: a name or a reason shown exactly, on one line: nothing collapsed, newlines and
  tabs too become symbols ("␊", "␉"), so one file is always one line.
- `terminal`: multi-line output (a report): newlines and tabs kept, everything else as `visible`.
- `json_text`: a JSON document whose string contents stay exact but whose bytes hold no
  control character: DEL, C1 and bidi controls (which JSON allows raw) become `\\uXXXX`.
- `markdown_inline` / `code_span`: text inside Markdown that must not become structure,
  links, HTML or images.
- `csv_cell`: a spreadsheet cell that cannot start a formula (the OWASP rule: a cell that
  begins with = + - @ tab or CR gets a leading apostrophe).

Symbols: C0 controls become the Unicode "control pictures" (U+2400 + code), DEL "␡", C1
controls, bidi embeddings/overrides/isolates and lone surrogates (undecodable bytes in a file
name) "�". HTML entities such as `&#x1b;` are decoded by the HTML parser before text reaches
here, so they are caught like the raw byte.
"""

from __future__ import annotations

import re

# C0 (without \n and \t, which each exit decides on), DEL, C1, bidi controls (LRE, RLE, PDF,
# LRO, RLO, LRI, RLI, FSI, PDI, ALM), line/paragraph separators and lone surrogates.
_UNSAFE_CLASS = (
    "\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff"
)
_UNSAFE = re.compile(f"[{_UNSAFE_CLASS}]")
_UNSAFE_OR_LAYOUT = re.compile(f"[{_UNSAFE_CLASS}\t\n]")


def picture(character: str) -> str:
    """The visible symbol for one unsafe character."""
    code = ord(character)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if code in (0x2028, 0x2029):
        return "\u2424"  # "␤": a line break that is not \n
    return "\ufffd"


def _picture(match: re.Match[str]) -> str:
    return picture(match.group())


def visible(text: str) -> str:
    """One line: white space collapsed to single spaces, control characters as symbols."""
    return _UNSAFE.sub(_picture, " ".join(text.split()))


def literal(text: str) -> str:
    """One line, nothing collapsed: every control character, newline and tab as a symbol."""
    return _UNSAFE_OR_LAYOUT.sub(_picture, text)


def terminal(text: str) -> str:
    """Several lines for a terminal: newlines and tabs kept, other controls as symbols."""
    return _UNSAFE.sub(_picture, text)


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(document: str) -> str:
    """A JSON document with DEL, C1 and bidi controls escaped (JSON escapes C0 already)."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)


def utf8_text(text: str) -> str:
    """`text` that encodes as UTF-8: lone surrogates (a file name's undecodable bytes, kept by
    Python as "\\udcff") become "�", so JSON and terminals can take the name."""
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def is_safe_for_terminal(text: str) -> bool:
    """No byte a terminal would obey (used by tests and the fuzz run)."""
    return _UNSAFE.search(text) is None


# Characters that make emphasis, links, images, HTML, entities, code or tables anywhere in a
# line, and those that make a heading, list, quote or rule at its start.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>!|~&])")
_MARKDOWN_LINE_START = re.compile(r"^([#+\-=]|\d+[.)])")


def markdown_inline(text: str) -> str:
    """One line of Markdown that renders as the text itself: no heading, list, link, image,
    emphasis, HTML, entity or autolink can start inside it."""
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", visible(text))
    # "1." starts a list, "\\1" is no escape: the mark after the digits is the one escaped.
    return _MARKDOWN_LINE_START.sub(lambda m: f"{m.group()[:-1]}\\{m.group()[-1]}", escaped)


def markdown_quote(text: str) -> str:
    """A block quote of `text`, line by line; each line escaped like `markdown_inline`, so
    nothing inside the quote becomes a link or leaves the quote."""
    lines = [markdown_inline(line) for line in terminal(text).split("\n")]
    return "\n".join(f"> {line}" if line else ">" for line in lines)


def code_span(text: str) -> str:
    """`text` as an inline code span, fenced with more backticks than it contains in a row."""
    shown = literal(text)
    longest = max((len(run) for run in re.findall(r"`+", shown)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {shown} " if shown.startswith("`") or shown.endswith("`") else shown
    return f"{fence}{padded}{fence}"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A one-line cell a spreadsheet shows as text: never a formula (OWASP CSV injection)."""
    shown = visible(text)
    if shown.startswith(_FORMULA_START) or text.startswith(_FORMULA_START):
        return "'" + shown
    return shown


# Terminal control sequences (CSI "ESC [ … final", OSC "ESC ] … BEL/ST", and two-character
# escapes), in their 7-bit and 8-bit (C1) forms.
_CONTROL_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[\x20-\x3f]*[\x40-\x7e]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x9d\x98\x9e\x9f])[^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x7e]?"
)


def blank_control_sequences(text: str) -> str:
    """`text` with every terminal control sequence replaced by spaces of the same length.

    For analysis only: "\\x1b[0m dollars" holds no figure, but a grammar for quantities sees
    "0m dollars". Same length, so every offset still indexes the source text.
    """
    if "\x1b" not in text and not re.search("[\x90-\x9f]", text):
        return text
    return _CONTROL_SEQUENCE.sub(lambda m: " " * len(m.group()), text)
