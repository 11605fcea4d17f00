"""Plain-text reports for the CLI commands (no textual, no rich)."""

from __future__ import annotations

from collections import Counter

from seedview.model.sanitize import visible
from seedview.model.schema import Analysis

# Every field that comes from an article or a file name goes through `visible`: one line, no
# control character (the command prints the whole report through `sanitize.terminal` too).


def summary(analysis: Analysis) -> str:
    kinds = Counter((p.source, p.kind) for p in analysis.passages)
    lines = [f"{len(analysis.sources)} sources, {len(analysis.passages)} passages"]
    for source in analysis.sources:
        date = source.published.isoformat() if source.published else "no date"
        lines.append(
            f"  {visible(source.label):<14} {source.language}  {date:<10}  "
            f"{kinds[(source.id, 'content')]:>3} content  {kinds[(source.id, 'heading')]:>3} headings  "
            f"{kinds[(source.id, 'boilerplate')]:>3} furniture  {visible(source.title)[:60]}"
        )
    groups = {g.id: g for g in analysis.groups}
    lines.append(
        f"\n{len(analysis.topics)} topics, {len(analysis.groups)} groups of matching passages"
    )
    for topic in analysis.topics:
        lines.append(f"  {visible(topic.label)} ({len(topic.groups)})")
        for group_id in topic.groups:
            group = groups[group_id]
            sources = sorted({p.split("@")[0] for p in group.passages})
            lines.append(
                f"    {visible(group.label):<40} {group.score:.2f}  {len(group.passages)} passages from {len(sources)} sources"
            )
    return "\n".join(lines)


PASSAGES_LISTED = 12  # per conflict; the JSON output has every one


def conflicts(analysis: Analysis) -> str:
    """Conflicts for a reader, most certain first, each with its passages; then period notes."""
    passages = {p.id: p for p in analysis.passages}
    labels = {s.id: s.label for s in analysis.sources}
    real = [c for c in analysis.conflicts if c.kind != "different_period"]
    notes = [c for c in analysis.conflicts if c.kind == "different_period"]
    if not real and not notes:
        return "no conflicts found"
    lines = [f"{len(real)} conflicts, most certain first"]
    for number, conflict in enumerate(real, 1):
        lines.append(
            f"\n{number}. [{conflict.kind}, confidence {conflict.confidence:.2f}] {visible(conflict.explanation)}"
        )
        for pid in conflict.passages[:PASSAGES_LISTED]:
            passage = passages[pid]
            text = visible(passage.text)
            lines.append(
                f"   {visible(labels[passage.source]):<12} ¶{passage.paragraph + 1:<3} {passage.start}-{passage.end}  {text}"
            )
        if len(conflict.passages) > PASSAGES_LISTED:  # many outlets printing the same claim
            more = len(conflict.passages) - PASSAGES_LISTED
            lines.append(f"   … and {more} more passages (seedview analyze --json lists them all)")
    if notes:
        lines.append(f"\n{len(notes)} figures that differ only because their periods differ:")
        lines.extend(f"   - {visible(note.explanation)}" for note in notes)
    return "\n".join(lines)


def export_marks(analysis: Analysis, fmt: str, output: str, force: bool) -> int:
    """`seedview export`: the stored marks of these sources, without opening the UI."""
    import sys
    from pathlib import Path

    from seedview.model.export import ExistsError, TargetError, render, write_export
    from seedview.model.marks import MarkStore, StoreError
    from seedview.model.sanitize import literal, terminal

    try:
        marks = MarkStore(read_only=True).marks_for(s.sha256 for s in analysis.sources)
    except StoreError as error:
        print(f"seedview: {error}", file=sys.stderr)
        return 2
    content = render(analysis, marks, fmt)
    if output == "-":
        sys.stdout.write(terminal(content))
    else:
        try:
            write_export(content, Path(output), overwrite=force)
        except ExistsError as error:
            print(f"seedview: {error}; use --force to overwrite", file=sys.stderr)
            return 2
        except TargetError as error:
            print(f"seedview: {error}", file=sys.stderr)
            return 2
        except OSError as error:
            reason = error.strerror or str(error)
            print(f"seedview: {literal(output)}: cannot write: {reason}", file=sys.stderr)
            return 2
        print(f"{len(marks)} marked passages written to {literal(output)}", file=sys.stderr)
    return 0
