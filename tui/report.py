"""Plain-text reports for the CLI commands (no textual, no rich)."""

from __future__ import annotations

from collections import Counter

from seedview.model.schema import Analysis


def summary(analysis: Analysis) -> str:
    kinds = Counter((p.source, p.kind) for p in analysis.passages)
    lines = [f"{len(analysis.sources)} sources, {len(analysis.passages)} passages"]
    for source in analysis.sources:
        date = source.published.isoformat() if source.published else "no date"
        lines.append(
            f"  {source.label:<14} {source.language}  {date:<10}  "
            f"{kinds[(source.id, 'content')]:>3} content  {kinds[(source.id, 'heading')]:>3} headings  "
            f"{kinds[(source.id, 'boilerplate')]:>3} furniture  {source.title[:60]}"
        )
    return "\n".join(lines)


def conflicts(analysis: Analysis) -> str:
    return "no conflicts found"


def export_marks(analysis: Analysis, fmt: str, output: str, force: bool) -> int:
    raise NotImplementedError
