"""Stage 10: marked passages as Markdown (grouped by topic), JSON or CSV.

Each passage is cited by source label, title, date, paragraph and offsets into the source text,
with the conflicts it takes part in. JSON is the `MarkExport` model, the one schema.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import stat
import tempfile
from pathlib import Path

from seedview.model.sanitize import (
    code_span,
    csv_cell,
    json_text,
    literal,
    markdown_inline,
    markdown_quote,
)
from seedview.model.schema import Analysis, Mark, MarkedPassage, MarkExport

FORMATS = ("md", "json", "csv")
NO_TOPIC = "Without a matching group"


def marked_passages(analysis: Analysis, marks: list[Mark]) -> list[MarkedPassage]:
    by_hash = {s.sha256: s for s in analysis.sources}
    topic_label = {t.id: t.label for t in analysis.topics}
    group_of: dict[str, tuple[str, str]] = {}
    fact_of: dict[str, tuple[str, str]] = {}
    for group in analysis.groups:
        # A passage sorts under its wording group's topic; fact groups only when it has none.
        target = group_of if group.kind == "wording" else fact_of
        for pid in group.passages:
            target.setdefault(pid, (group.id, topic_label.get(group.topic, "")))
    paragraph_of = {(p.source, p.start): p for p in analysis.passages}
    conflicts_of: dict[str, list[str]] = {}
    for conflict in analysis.conflicts:
        if conflict.kind == "different_period":
            continue
        for pid in conflict.passages:
            conflicts_of.setdefault(pid, []).append(conflict.explanation)
    result = []
    for mark in marks:
        source = by_hash.get(mark.source_sha256)
        if source is None:
            continue
        passage = paragraph_of.get((source.id, mark.start))
        pid = passage.id if passage else f"{source.id}@{mark.start}"
        group_id, topic = group_of.get(pid, ("", ""))
        if not topic:
            # A passage in a conflict but in no group belongs where its counterparts are.
            related = [q for c in analysis.conflicts if pid in c.passages for q in c.passages]
            topic = next((group_of[q][1] for q in related if q in group_of), "")
        if not topic and pid in fact_of:
            group_id, topic = fact_of[pid]
        result.append(
            MarkedPassage(
                source=source.id,
                label=source.label,
                title=source.title,
                published=source.published,
                path=source.path,
                paragraph=passage.paragraph + 1 if passage else 0,  # 1-based, as shown
                start=mark.start,
                end=mark.end,
                text=source.text[mark.start : mark.end],
                note=mark.note,
                topic=topic,
                group=group_id,
                conflicts=conflicts_of.get(pid, []),
            )
        )
    order = {t.label: i for i, t in enumerate(analysis.topics)}
    return sorted(result, key=lambda m: (order.get(m.topic, len(order)), m.source, m.start))


def render(analysis: Analysis, marks: list[Mark], fmt: str) -> str:
    passages = marked_passages(analysis, marks)
    if fmt == "json":
        return json_text(MarkExport(marks=passages).model_dump_json(indent=2)) + "\n"
    if fmt == "csv":
        return _csv(passages)
    if fmt == "md":
        return _markdown(passages)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def _markdown(passages: list[MarkedPassage]) -> str:
    lines = ["# Marked passages", ""]
    if not passages:
        lines.append("_No passages are marked._")
    current = None
    for item in passages:
        topic = item.topic or NO_TOPIC
        if topic != current:
            lines += [f"## {markdown_inline(topic)}", ""]
            current = topic
        date = item.published.isoformat() if item.published else "undated"
        # Article text, titles, notes and names are data: escaped so that none of them can
        # leave the quote or the citation line, or become a heading, a link or HTML.
        lines.append(markdown_quote(item.text))
        # A page with no title is cited without one, not with an empty pair of quotes.
        title = f", „{markdown_inline(item.title)}“" if item.title.strip() else ""
        lines.append(
            f"— **{markdown_inline(item.label)}**{title} ({date}), "
            f"paragraph {item.paragraph}, "
            f"characters {item.start}–{item.end} of {code_span(Path(item.path).name)}"
        )
        if item.note:
            lines.append(f"\n*Note:* {markdown_inline(item.note)}")
        for explanation in item.conflicts:
            lines.append(f"\n⚠ {markdown_inline(explanation)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _csv(passages: list[MarkedPassage]) -> str:
    buffer = io.StringIO()
    fields = [
        "label",
        "title",
        "published",
        "source",
        "paragraph",
        "start",
        "end",
        "text",
        "note",
        "topic",
        "group",
        "conflicts",
    ]
    writer = csv.DictWriter(buffer, fieldnames=fields)
    writer.writeheader()
    for item in passages:
        row = item.model_dump(include=set(fields))
        row["published"] = item.published.isoformat() if item.published else ""
        row["conflicts"] = " | ".join(item.conflicts)
        # One line per cell, no control character, never a formula a spreadsheet would run.
        writer.writerow({k: csv_cell(v) if isinstance(v, str) else v for k, v in row.items()})
    return buffer.getvalue()


class ExistsError(Exception):
    """The target exists and overwriting was not confirmed."""


class TargetError(Exception):
    """The target cannot hold an export (a folder, a device, a FIFO, no name). `str()` is the
    one line shown to the user."""


def check_target(path: Path) -> bool:
    """Whether `path` exists (as a regular file). Raises `TargetError` for anything an export
    must not replace or write into."""
    if not str(path) or path.name in ("", ".", ".."):
        raise TargetError(f"{literal(str(path)) or '(empty)'}: no file name given")
    try:
        info = path.stat()
    except FileNotFoundError:
        return False
    except OSError as error:
        raise TargetError(f"{literal(str(path))}: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise TargetError(f"{literal(str(path))}: is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise TargetError(f"{literal(str(path))}: not a regular file (device, FIFO or socket)")
    return True


def write_export(content: str, path: Path, overwrite: bool = False) -> None:
    """Write `content` to the regular file `path`, replacing it whole or not at all.

    Refuses folders, devices, FIFOs and sockets (`TargetError`) and an existing file unless
    `overwrite` (`ExistsError`). A new file or one we own is written to a temporary file
    beside it, flushed to disk and renamed over it, with the old file's permissions (and, if
    we may, its owner). A file someone else owns is rewritten in place, so the system's
    permission check applies to it and it keeps its owner: a read-only file stays unwritten
    (`OSError`). A failed write leaves no temporary file behind.
    """
    if path.is_symlink():
        path = path.resolve()  # replace the file the link points at, never the link itself
    exists = check_target(path)
    if exists and not overwrite:
        raise ExistsError(f"{literal(str(path))}: file exists (not overwritten)")
    data = content.encode("utf-8")
    if exists:
        info = path.stat()
        if not os.access(path, os.W_OK):
            raise TargetError(f"{literal(str(path))}: file is read-only (not overwritten)")
        if info.st_uid != os.geteuid():
            with path.open("r+b") as target:  # permission checked as for any writer
                target.truncate(0)
                target.write(data)
                target.flush()
                os.fsync(target.fileno())
            return
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if exists:
            os.chmod(temporary, stat.S_IMODE(info.st_mode))
            with contextlib.suppress(OSError):  # only root may give a file to another group
                os.chown(temporary, info.st_uid, info.st_gid)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)  # as `open` would have made it
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
