"""Stage 1: find article files and turn each into normalised source text.

Every failure becomes a `LoadError` with one line naming the file and the reason; a folder's
bad files are reported and skipped so the rest still load.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import glob
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from seedview.model.sanitize import utf8_text

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Bytes that no cp1252 text contains; latin-1 maps them to C1 controls, so a file using
# them is treated as undecodable rather than silently turned into control characters.
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


class LoadError(Exception):
    """A file that cannot become an article. `str()` is the one line shown to the user."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{utf8_text(path)}: {reason}")  # the message can always be printed
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
    """Expand files, folders (recursively, article suffixes only) and glob patterns.

    Folders are walked without recursion and each real folder is visited once, so symbolic
    links that loop, or two links to one folder, cost nothing and cannot hang the walk.
    """
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
            articles = [p for p in walk_files(path) if p.suffix.lower() in ARTICLE_SUFFIXES]
            notes = [p for p in articles if is_folder_note(p)]
            articles = [p for p in articles if p not in notes]
            found.problems.extend(
                LoadError(
                    str(note), "skipped: a folder's notes, not an article (name it to open it)"
                )
                for note in notes
            )
            if not articles and not notes:
                found.problems.append(
                    LoadError(raw, f"folder has no articles ({', '.join(ARTICLE_SUFFIXES)})")
                )
            for article in articles:
                add(article)
        elif path.is_file():
            add(path)
        elif glob.has_magic(raw):
            files = expand_pattern(os.path.expanduser(raw))
            if not files:
                found.problems.append(LoadError(raw, "pattern matches no files"))
            for match in files:
                add(match)
        else:
            found.problems.append(LoadError(raw, _missing_reason(path)))
    return found


def is_folder_note(path: Path) -> bool:
    """A Markdown file named in capitals ("README.md", "NOTES.md", "SOURCES.md") is, by a
    common convention, about the folder's files, not one of them: opened as an article it
    would be compared with the articles it describes."""
    stem = path.stem
    return (
        path.suffix.lower() == ".md"
        and any(c.isalpha() for c in stem)
        and stem.upper() == stem
        and all(c.isalnum() or c in "_-." for c in stem)
    )


def _missing_reason(path: Path) -> str:
    """Why `path` is neither a file nor a folder, in words."""
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        if error.errno == errno.ENOENT:
            return "broken symbolic link" if path.is_symlink() else "no such file or folder"
        return f"cannot read: {error.strerror or error}"
    return "not a regular file"


def walk_files(root: Path) -> list[Path]:
    """Every regular file under `root`, sorted; each real folder visited once, iteratively."""
    visited: set[tuple[int, int]] = set()
    pending = [root]
    files: list[Path] = []
    while pending:
        folder = pending.pop()
        try:
            info = folder.stat()
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in visited:
            continue
        visited.add((info.st_dev, info.st_ino))
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError:
            continue  # unreadable folder, or a path too long to open: skipped like a bad file
        for entry in listed:
            try:
                if entry.is_dir():
                    pending.append(Path(entry.path))
                elif entry.is_file():
                    files.append(Path(entry.path))
            except OSError:
                continue
    return sorted(files)


def expand_pattern(pattern: str) -> list[Path]:
    """Regular files matching a glob pattern, sorted.

    `glob.glob(recursive=True)` follows every symbolic link under "**" again and again (two
    links to their own folder make it exponential), so "**" patterns are matched against one
    bounded walk of the folder before the first wildcard instead.
    """
    if "**" not in pattern:
        return sorted(p for p in map(Path, glob.glob(pattern)) if p.is_file())
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))
    root = Path(*parts[:fixed]) if fixed else Path()
    wanted = parts[fixed:]
    if not root.is_dir():
        return []
    return [
        path for path in walk_files(root) if _pattern_matches(wanted, path.relative_to(root).parts)
    ]


def _pattern_matches(pattern: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """Whether path components match pattern components ("**": any number of folders, and
    like glob, wildcards do not match names starting with a dot)."""

    def after_stars(states: set[int]) -> set[int]:
        result, pending = set(states), list(states)
        while pending:
            index = pending.pop()
            if index < len(pattern) and pattern[index] == "**" and index + 1 not in result:
                result.add(index + 1)
                pending.append(index + 1)
        return result

    states = after_stars({0})
    for part in parts:
        following: set[int] = set()
        for index in states:
            if index >= len(pattern):
                continue
            component = pattern[index]
            hidden = part.startswith(".") and not component.startswith(".")
            if component == "**":
                if not hidden:
                    following.add(index)
            elif not hidden and fnmatch.fnmatchcase(part, component):
                following.add(index + 1)
        states = after_stars(following)
        if not states:
            return False
    return len(pattern) in states


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read, decode and (for HTML) extract one file. Raises `LoadError`."""
    name = str(path)
    try:
        info = path.stat()
    except OSError as error:
        raise LoadError(name, f"cannot read: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
        raise LoadError(name, "not a regular file")
    if info.st_size > max_bytes:
        raise LoadError(
            name, f"file is {info.st_size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit"
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # a file that grows while read stays bounded
    except OSError as error:
        raise LoadError(name, f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise LoadError(name, f"file is over the {max_bytes / 1e6:.1f} MB limit")
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
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise LoadError(name, "binary file (contains NUL bytes)")
        text, encoding = _strict(data, utf16, name), utf16
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            bad = [b for b in data if b in _CP1252_UNDEFINED]
            if bad:
                raise LoadError(
                    name, f"undecodable bytes: not UTF-8, UTF-16 or cp1252 (byte 0x{bad[0]:02X})"
                ) from None
            if _UTF8_SEQUENCE.search(data):
                # Valid UTF-8 next to stray cp1252 bytes (a page pasted together from two
                # sources): each part decoded as what it is, instead of all of it as cp1252,
                # which would turn every "ä" of the UTF-8 part into "Ã¤".
                text, encoding = data.decode("utf-8", "seedview-cp1252"), "utf-8+cp1252"
            else:
                text, encoding = data.decode("cp1252"), "cp1252"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        raise LoadError(name, "binary file (control characters)")
    return text, encoding


# A multi-byte UTF-8 sequence: cp1252 text almost never holds one ("Ã¤" is one).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 is read as cp1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252"), error.end


codecs.register_error("seedview-cp1252", _cp1252_fallback)


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" if `data` looks like UTF-16 text without a byte order mark
    (most characters ASCII: every other byte is NUL), else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) >= 0.6 * half and even.count(0) <= 0.1 * half:
        return "utf-16-le"
    if even.count(0) >= 0.6 * half and odd.count(0) <= 0.1 * half:
        return "utf-16-be"
    return None


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
