"""Stage 10: marked passages as Markdown (grouped by topic), JSON or CSV.

Each passage is cited by source label, title, date, paragraph and offsets into the source text,
with the conflicts it takes part in. JSON is the `MarkExport` model, the one schema.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from seedview.model.schema import Analysis, Mark, MarkedPassage, MarkExport

FORMATS = ("md", "json", "csv")
NO_TOPIC = "Without a matching group"


def marked_passages(analysis: Analysis, marks: list[Mark]) -> list[MarkedPassage]:
    by_hash = {s.sha256: s for s in analysis.sources}
    topic_label = {t.id: t.label for t in analysis.topics}
    group_of: dict[str, tuple[str, str]] = {}
    for group in analysis.groups:
        for pid in group.passages:
            group_of[pid] = (group.id, topic_label.get(group.topic, ""))
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
        return MarkExport(marks=passages).model_dump_json(indent=2) + "\n"
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
            lines += [f"## {topic}", ""]
            current = topic
        date = item.published.isoformat() if item.published else "undated"
        quoted = "\n".join(f"> {line}" for line in item.text.splitlines())
        lines.append(quoted)
        lines.append(
            f"— **{item.label}**, „{item.title}“ ({date}), paragraph {item.paragraph}, "
            f"characters {item.start}–{item.end} of `{Path(item.path).name}`"
        )
        if item.note:
            lines.append(f"\n*Note:* {item.note}")
        for explanation in item.conflicts:
            lines.append(f"\n⚠ {explanation}")
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
        writer.writerow(row)
    return buffer.getvalue()


class ExistsError(Exception):
    """The target exists and overwriting was not confirmed."""


def write_export(content: str, path: Path, overwrite: bool = False) -> None:
    """Write atomically: to a temporary file beside the target, then rename."""
    if path.exists() and not overwrite:
        raise ExistsError(f"{path}: file exists (not overwritten)")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.seedview-tmp")
    temporary.write_text(content, encoding="utf-8")
    temporary.replace(path)
