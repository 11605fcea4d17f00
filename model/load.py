"""Stage 1: find article files and turn each into normalised source text.

Every failure becomes a `LoadError` with one line naming the file and the reason; a folder's
bad files are reported and skipped so the rest still load.
"""

from __future__ import annotations

import codecs
import glob
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Bytes that no cp1252 text contains; latin-1 maps them to C1 controls, so a file using
# them is treated as undecodable rather than silently turned into control characters.
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


class LoadError(Exception):
    """A file that cannot become an article. `str()` is the one line shown to the user."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class RawDocument:
    path: str
    text: str
    encoding: str
    is_html: bool
    html_title: str = ""
    html_published: str = ""


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    problems: list[LoadError] = field(default_factory=list)


def discover(paths: list[str]) -> Discovery:
    """Expand files, folders (recursively, article suffixes only) and glob patterns."""
    found = Discovery()
    seen: set[Path] = set()

    def add(path: Path) -> None:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            found.files.append(path)

    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            articles = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not articles:
                found.problems.append(
                    LoadError(raw, f"folder has no articles ({', '.join(ARTICLE_SUFFIXES)})")
                )
            for article in articles:
                add(article)
        elif path.is_file():
            add(path)
        elif glob.has_magic(raw):
            matches = sorted(Path(m) for m in glob.glob(os.path.expanduser(raw), recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                found.problems.append(LoadError(raw, "pattern matches no files"))
            for match in files:
                add(match)
        elif path.exists():
            found.problems.append(LoadError(raw, "not a regular file"))
        else:
            found.problems.append(LoadError(raw, "no such file or folder"))
    return found


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read, decode and (for HTML) extract one file. Raises `LoadError`."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise LoadError(name, f"cannot read: {error.strerror or error}") from None
    if size > max_bytes:
        raise LoadError(
            name, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LoadError(name, f"cannot read: {error.strerror or error}") from None
    text, encoding = decode_bytes(data, name)
    is_html = path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(text)
    title = published = ""
    if is_html:
        from seedview.model.html import html_to_text

        page = html_to_text(text)
        text, title, published = page.text, page.title, page.published
    if not text.strip():
        raise LoadError(name, "empty file" if not data.strip() else "no text in file")
    return RawDocument(name, text, encoding, is_html, title, published)


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode to text with line ends normalised to ``\\n``. Raises `LoadError`."""
    if not data.strip():
        raise LoadError(name, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[len(codecs.BOM_UTF8) :], "utf-8", name), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16", name), "utf-16"
    elif b"\x00" in data:
        raise LoadError(name, "binary file (contains NUL bytes)")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            bad = [b for b in data if b in _CP1252_UNDEFINED]
            if bad:
                raise LoadError(
                    name, f"undecodable bytes: not UTF-8, UTF-16 or cp1252 (byte 0x{bad[0]:02X})"
                ) from None
            text, encoding = data.decode("cp1252"), "cp1252"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        raise LoadError(name, "binary file (control characters)")
    return text, encoding


# Control characters other than line breaks and tabs: text has a few, binary data many.
_CONTROL = re.compile(r"[\x00-\x08\x0d-\x1f]")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise LoadError(
            name, f"undecodable bytes: invalid {encoding} at byte {error.start}"
        ) from None


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))
