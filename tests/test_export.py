"""Marks storage and exported files: Markdown grouped by topic, JSON in the schema, CSV; the CLI."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from seedview.model.export import ExistsError, render, write_export
from seedview.model.marks import MarkStore
from seedview.model.schema import Analysis, MarkExport

from labels import find_passage


@pytest.fixture
def marked(corpus: Analysis) -> MarkStore:
    store = MarkStore()
    passages = {p.id: p for p in corpus.passages}
    sha = {s.id: s.sha256 for s in corpus.sources}
    for reference, note in [
        ("000: Mit der Kehrtwende von Open-Source hin zu geschlossenen Systemen", "stance"),
        ("002: Im Jahr 2025 investierte Meta bereits über 72 Milliarden Dollar", ""),
    ]:
        passage = passages[find_passage(corpus, reference)]
        store.add(sha[passage.source], passage.start, passage.end, note)
    return store


def _marks(store: MarkStore, corpus: Analysis):  # type: ignore[no-untyped-def]
    return store.marks_for(s.sha256 for s in corpus.sources)


def test_marks_are_keyed_by_content_hash_and_offsets(corpus: Analysis, marked: MarkStore) -> None:
    marks = _marks(marked, corpus)
    assert len(marks) == 2
    texts = {s.sha256: s.text for s in corpus.sources}
    cited = sorted(texts[m.source_sha256][m.start : m.end][:18] for m in marks)
    assert cited == ["Im Jahr 2025 inves", "Mit der Kehrtwende"]
    reopened = MarkStore()  # a new process sees what the old one wrote
    assert reopened.marks_for(s.sha256 for s in corpus.sources) == marks
    reopened.remove(marks[0].source_sha256, marks[0].start, marks[0].end)
    assert len(MarkStore().marks_for(s.sha256 for s in corpus.sources)) == 1


def test_markdown_groups_by_topic_and_cites_each_passage(
    corpus: Analysis, marked: MarkStore
) -> None:
    text = render(corpus, _marks(marked, corpus), "md")
    assert text.startswith("# Marked passages")
    assert "## Open Source oder geschlossene Modelle" in text
    assert "> Mit der Kehrtwende von Open-Source hin zu geschlossenen Systemen" in text
    assert "— **Rockstein**, „Meta investiert Milliarden in KI-Infrastruktur" in text
    assert "**Newsportal**" in text and "(2026-02-01)" in text
    assert "characters" in text and "*Note:* stance" in text
    assert "⚠ stance (model openness):" in text  # the conflict this passage is in


def test_json_is_the_export_schema_with_exact_offsets(corpus: Analysis, marked: MarkStore) -> None:
    document = MarkExport.model_validate_json(render(corpus, _marks(marked, corpus), "json"))
    texts = {s.id: s.text for s in corpus.sources}
    assert len(document.marks) == 2
    for item in document.marks:
        assert texts[item.source][item.start : item.end] == item.text
        assert item.paragraph >= 1 and item.topic
    assert any(item.conflicts for item in document.marks)


def test_csv_has_one_row_per_mark(corpus: Analysis, marked: MarkStore) -> None:
    rows = list(csv.DictReader(io.StringIO(render(corpus, _marks(marked, corpus), "csv"))))
    assert sorted(row["label"] for row in rows) == ["Newsportal", "Rockstein"]
    assert {
        "label",
        "title",
        "published",
        "paragraph",
        "start",
        "end",
        "text",
        "note",
        "conflicts",
    } <= set(rows[0])


def test_existing_file_is_not_overwritten_without_asking(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("mine")
    with pytest.raises(ExistsError):
        write_export("new", target)
    assert target.read_text() == "mine"
    write_export("new", target, overwrite=True)
    assert target.read_text() == "new"


def test_export_command_writes_stored_marks_without_the_ui(
    corpus: Analysis, marked: MarkStore, tmp_path: Path
) -> None:
    target = tmp_path / "marks.json"
    command = [
        sys.executable,
        "-m",
        "seedview.tui",
        "export",
        "--format",
        "json",
        "-o",
        str(target),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(target.read_text())["marks"]) == 2
    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert (
        again.returncode == 2 and "file exists" in again.stderr and "Traceback" not in again.stderr
    )


def test_a_page_with_no_title_is_cited_without_empty_quotes(
    corpus: Analysis, marked: MarkStore
) -> None:
    untitled = corpus.model_copy(
        update={"sources": [s.model_copy(update={"title": ""}) for s in corpus.sources]}
    )
    text = render(untitled, _marks(marked, untitled), "md")
    assert "„“" not in text
    assert "— **Rockstein** (" in text
