"""Finished analyses on disk, so a relaunch on unchanged articles shows everything at once.

An entry is keyed by everything the analysis depends on: each article's path and content hash
(the bytes as read, so no decoding is needed to look one up), the options that change the
result (minimum score, size limit, topic file contents), seedview's version, the model code and
its language-data files (every *.py and *.toml of the installed `seedview.model` package, so an
edited word list or rule invalidates it), the bundled corpus's metadata, and the versions of
the packages that lemmatise and weight words. A changed input is a different key; nothing is
ever updated in place.

An entry is a header line (format and key) and the pickled analysis and features, the objects
as they were built: reading one builds no validators and checks no fields (issue 11: that was
57-67 ms of the 330 ms of `seedview analyze` on a warm cache), and gives back exactly what
was stored. The pickles hold pydantic's models, so pydantic's version is part of the key. The
folder is the user's own cache, written only by seedview.

Reading never fails the caller: a missing, truncated, corrupt or foreign entry is deleted and
reported as a miss, and the analysis runs again. Writing is atomic (a temporary file moved into
place), never raises, and keeps the folder under a size bound by deleting the entries used
least recently.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import stat
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from seedview.model.cachedir import cache_dir, installed_version
from seedview.model.load import discover
from seedview.model.schema import SCHEMA_VERSION, Analysis

if TYPE_CHECKING:
    from seedview.model.features import Features

# lexicon.USER_LEXICON (a test checks they agree), not imported: a cached analysis needs none
# of the lexicon's models, and building them costs about a tenth of a second.
USER_LEXICON = "SEEDVIEW_LEXICON"
FORMAT = 2  # bump when the entry layout changes
DEFAULT_MAX_MB = 256.0  # the whole folder; SEEDVIEW_CACHE_MAX_MB overrides
_HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class Entry:
    analysis: Analysis
    features: list[Features]  # of the content passages, in order: enough to re-align


def folder() -> Path:
    return cache_dir() / "analyses"


def max_bytes() -> int:
    try:
        megabytes = float(os.environ.get("SEEDVIEW_CACHE_MAX_MB", DEFAULT_MAX_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_MB
    return int(max(0.0, megabytes) * 1e6)


def key_for(
    paths: list[str] | None,
    *,
    min_score: float | None,
    max_file_bytes: int,
    topics_file: str | None,
) -> str | None:
    """The entry key of analysing `paths` with these options; None if some input cannot be
    read to hash it (then nothing is cached: the analysis reports the problem itself)."""
    digest = hashlib.sha256()

    def add(*parts: object) -> None:
        for part in parts:
            digest.update(repr(part).encode())
            digest.update(b"\0")

    score = "default" if min_score is None else round(min_score, 6)
    add(FORMAT, SCHEMA_VERSION, _code_fingerprint(), score, max_file_bytes)
    try:
        if topics_file:
            add("topics", _file_hash(Path(topics_file), None))
        names_file = os.environ.get(USER_LEXICON, "")
        if names_file:  # a corpus's own names (--lexicon) change what the analysis finds
            add("lexicon", _file_hash(Path(names_file), None))
        if paths:
            found = discover(paths)
        else:
            from seedview.model.sources import bundled_corpus_paths  # and cleaning's patterns

            found = discover(bundled_corpus_paths())
        add("problems", [str(problem) for problem in found.problems])
        for path in found.files:
            add(str(path), _file_hash(path, max_file_bytes))
    except OSError:
        return None
    add("bundled" if not paths else "given")
    return digest.hexdigest()


def _file_hash(path: Path, limit: int | None) -> str:
    """Content hash; a file over the size limit is keyed by its size (it is skipped unread)."""
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        # A FIFO or a device would block (or never end): such a file is never cached, and the
        # analysis reports it as it reads the inputs.
        raise OSError(f"{path}: not a regular file")
    size = status.st_size
    if limit is not None and size > limit:
        return f"too large:{size}"
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@cache
def _code_fingerprint() -> str:
    """seedview's version, the model package's code and language data, the bundled corpus's
    files, and the versions of the language packages the tables come from."""
    names = ("seedview", "simplemma", "wordfreq", "stopwordsiso", "rapidfuzz", "scipy", "pydantic")
    versions = [f"{name}={installed_version(name)}" for name in names]
    roots = [Path(str(resources.files(p))) for p in ("seedview.model", "seedview.seeds")]
    return fingerprint(roots, versions)


def fingerprint(roots: list[Path], versions: list[str]) -> str:
    """A hash of every *.py and *.toml file under `roots` (names and contents) and `versions`."""
    digest = hashlib.sha256("\0".join(versions).encode())
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".toml") and path.is_file():
                digest.update(str(path.relative_to(root)).encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _entry_path(key: str) -> Path:
    return folder() / f"{key}.analysis"


def load(key: str) -> Entry | None:
    """The stored entry for `key`, or None (missing or unusable: an unusable one is deleted)."""
    from seedview.model.features import Features

    path = _entry_path(key)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        header, body = data.split(b"\n", 1)
        head = json.loads(header)
        if head != {"format": FORMAT, "key": key}:
            raise ValueError("another format or key")
        analysis, features = pickle.loads(body)
        if not isinstance(analysis, Analysis) or not all(isinstance(f, Features) for f in features):
            raise ValueError("not an analysis")
        content = [p.id for p in analysis.passages if p.kind == "content"]
        if [f.passage for f in features] != content:
            raise ValueError("features do not match the passages")
    except Exception:  # any damage at all means: analyse again
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: evicted last
    return Entry(analysis, list(features))


def store(key: str, analysis: Analysis, features: list[Features]) -> bool:
    """Write the entry (atomically) and trim the folder to its bound; False if not stored."""
    header = json.dumps({"format": FORMAT, "key": key}).encode()
    body = header + b"\n" + pickle.dumps((analysis, list(features)), protocol=5)
    limit = max_bytes()
    if len(body) > limit:
        return False
    path = _entry_path(key)
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(body)
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        return False
    trim(limit, keep=path)
    return True


def trim(limit: int, keep: Path | None = None) -> None:
    """Delete the least recently used entries until the folder holds at most `limit` bytes."""
    entries = []
    with contextlib.suppress(OSError):
        for path in folder().iterdir():
            with contextlib.suppress(OSError):
                stat = path.stat()
                entries.append((stat.st_mtime, stat.st_size, path))
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries, key=lambda entry: entry[0]):
        if total <= limit:
            return
        if path == keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            total -= size
