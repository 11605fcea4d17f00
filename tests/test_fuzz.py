"""Issue 13: generated hostile text, bytes and file names through every public entry point
(load, analyze, export, report) and every exit; no traceback, no control byte, no broken
structure.

In CI each property runs a few dozen examples (the whole file takes well under a minute).
The long fuzz run raises the count: `SEEDVIEW_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py`,
or `python bench/fuzz.py --minutes 10`, which repeats that with fresh seeds and counts.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_hostile import UNSAFE_BYTES, live_markdown

from seedview.model.export import render
from seedview.model.html import html_to_text
from seedview.model.load import LoadError, decode_bytes
from seedview.model.pipeline import NothingLoaded, analyze
from seedview.model.sanitize import (
    code_span,
    csv_cell,
    json_text,
    literal,
    markdown_inline,
    terminal,
    visible,
)
from seedview.model.schema import Analysis, Conflict, Group, Mark, Passage, Source, Topic
from seedview.tui import cli, report

FUZZ = int(os.environ.get("SEEDVIEW_FUZZ_EXAMPLES", "0"))


def examples(ci: int) -> settings:
    """`ci` examples in the test suite; SEEDVIEW_FUZZ_EXAMPLES for a long fuzz run."""
    return settings(
        max_examples=FUZZ or ci,
        deadline=None,
        database=None if FUZZ else settings.default.database,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# Pieces a hostile article or name is made of: terminal commands in 7- and 8-bit form,
# HTML entities for them, Markdown and spreadsheet syntax, odd white space, plain words.
FRAGMENTS = [
    "\x1b]52;c;Y3VybCBldmlsfHNo\x07",
    "\x1b]0;owned\x1b\\",
    "\x1b[2J",
    "\x1b[0m dollars",
    "\x9b31m",
    "\x9d0;t\x9c",
    "\u202e",
    "\u2066",
    "\u2028",
    "&#x1b;",
    "&#27;[31m",
    "&#x9b;",
    "\r\n",
    "\r",
    "\t",
    "\x00",
    "\x7f",
    "\n# heading\n",
    "[click](javascript:alert(1))",
    "<script>alert(1)</script>",
    "`",
    "``",
    "**",
    '=HYPERLINK("x")',
    "+cmd|",
    "-1",
    "@SUM(1)",
    "[bold]",
    "[/",
    "[@click=app.quit]",
    "1. ",
    "> ",
    "|",
    "\\",
    "Meta investiert 72 Milliarden Dollar im Jahr 2025.",
    "Acme Inc. reported revenue of 5 million dollars in 2024.",
    " ",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=12
).map("".join)
hostile_name = (
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), min_size=1, max_size=5)
    .map("".join)
    .map(lambda name: name.replace("/", "∕").replace("\x00", "␀")[:60])
    .filter(lambda name: name.strip(". ") != "" and len(os.fsencode(name)) < 200)
)


def assert_safe(output: str) -> None:
    found = UNSAFE_BYTES.findall(output)
    assert not found, f"terminal commands reach the output: {found[:5]!r}"


@examples(300)
@given(hostile_text)
def test_every_sanitiser_leaves_no_control_byte(text: str) -> None:
    for one_line in (visible(text), literal(text), markdown_inline(text), csv_cell(text)):
        assert_safe(one_line)
        assert "\n" not in one_line and "\r" not in one_line
    assert_safe(terminal(text))
    assert_safe(code_span(text))
    document = json_text(json.dumps({"text": text}, ensure_ascii=False))
    assert_safe(document)
    assert json.loads(document)["text"] == text  # escaped, not changed


def synthetic_analysis(
    body: list[str], title: str, label: str, name: str, topic: str, explanation: str
) -> Analysis:
    """A one-source analysis whose every string is hostile (cheap: no pipeline)."""
    text = "\n".join(part or "x" for part in body)
    passages, start = [], 0
    for index, part in enumerate(part or "x" for part in body):
        passages.append(
            Passage(
                id=f"s@{start}",
                source="s",
                paragraph=index,
                start=start,
                end=start + len(part),
                text=part,
                kind="content",
            )
        )
        start += len(part) + 1
    ids = [p.id for p in passages]
    return Analysis(
        sources=[
            Source(
                id="s",
                path=f"/tmp/{name}",
                label=label,
                outlet=label,
                title=title,
                published=None,
                language="de",
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                text=text,
            )
        ],
        passages=passages,
        groups=[Group(id="g", topic="t", label=topic, passages=ids, score=0.5, shared_terms=[])],
        topics=[Topic(id="t", label=topic, groups=["g"])],
        conflicts=[
            Conflict(
                id="c",
                kind="value",
                passages=ids,
                claims=[],
                sources=["s"],
                explanation=explanation,
                confidence=0.9,
                compared=[],
            )
        ],
    )


@examples(150)
@given(
    st.lists(hostile_text, min_size=1, max_size=4),
    hostile_text,
    hostile_text,
    hostile_name,
    hostile_text,
    hostile_text,
    hostile_text,
)
def test_exports_and_reports_of_hostile_text_are_safe_and_keep_their_shape(
    body: list[str],
    title: str,
    label: str,
    name: str,
    topic: str,
    explanation: str,
    note: str,
) -> None:
    analysis = synthetic_analysis(body, title, label, name, topic, explanation)
    source = analysis.sources[0]
    marks = [
        Mark(source_sha256=source.sha256, start=p.start, end=p.end, note=note, created="")
        for p in analysis.passages
    ]
    markdown = render(analysis, marks, "md")
    assert_safe(markdown)
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    assert headings == ["# Marked passages", headings[1]] and headings[1].startswith("## ")
    assert not [line for line in markdown.splitlines() if live_markdown(line)]
    quoted = [line for line in markdown.splitlines() if line.startswith(">")]
    citations = [line for line in markdown.splitlines() if line.startswith("— **")]
    assert len(citations) == len(marks) and len(quoted) >= len(marks)

    table = render(analysis, marks, "csv")
    assert_safe(table.replace("\r\n", "\n"))  # CSV's own line ends (RFC 4180) are no attack
    rows = list(csv.reader(io.StringIO(table)))
    assert len(rows) == len(marks) + 1
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)

    document = render(analysis, marks, "json")
    assert_safe(document)
    exported = json.loads(document)["marks"]
    assert [m["text"] for m in exported] == [p.text for p in analysis.passages]  # exact

    for text in (report.summary(analysis), report.conflicts(analysis)):
        assert_safe(text)


@examples(300)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_give_a_reason(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, "x.txt")
    except LoadError as error:
        assert str(error).startswith("x.txt: ") and "\n" not in error.reason
        return
    assert isinstance(text, str) and "\r" not in text and encoding


TAGS = ["div", "p", "li", "ul", "span", "b", "script", "table", "td", "br", "title", "meta"]
html_piece = st.one_of(
    st.sampled_from(TAGS).map(lambda tag: f"<{tag}>"),
    st.sampled_from(TAGS).map(lambda tag: f"</{tag}>"),
    st.sampled_from(FRAGMENTS),
    st.sampled_from(
        ["<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "&amp;", "&#0;", "&#xD800;"]
    ),
    st.text(max_size=8),
)


@examples(80)
@given(st.lists(html_piece, max_size=60).map("".join), st.integers(0, 1500))
def test_any_html_becomes_text_without_error(markup: str, depth: int) -> None:
    page = html_to_text(f"<html><body>{'<div>' * depth}{markup}</body></html>")
    assert isinstance(page.text, str) and isinstance(page.title, str)


@examples(12)
@given(
    st.lists(st.tuples(hostile_name, st.lists(hostile_text, max_size=6)), min_size=1, max_size=3),
    st.binary(max_size=40),
)
def test_hostile_files_and_names_through_analyze_report_and_cli(
    files: list[tuple[str, list[str]]], raw_name: bytes
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, (name, paragraphs) in enumerate(files):
            path = Path(folder) / f"{index}{name}.txt"
            path.write_text("\n\n".join(paragraphs), encoding="utf-8", errors="surrogatepass")
            paths.append(str(path))
        undecodable = os.fsdecode(
            os.path.join(
                os.fsencode(folder),
                b"n" + raw_name.replace(b"/", b"_").replace(b"\x00", b"_") + b".txt",
            )
        )
        Path(undecodable).write_bytes(b"")
        paths.append(undecodable)
        try:
            analysis = analyze(paths)
        except NothingLoaded as error:
            problems = str(error).splitlines()
        else:
            problems = analysis.problems
            for source in analysis.sources:
                assert_safe(source.label + source.title + source.outlet + source.id)
                for passage in (p for p in analysis.passages if p.source == source.id):
                    assert source.text[passage.start : passage.end] == passage.text
            assert_safe(json_text(analysis.model_dump_json()))
            assert_safe(report.summary(analysis))
            assert_safe(report.conflicts(analysis))
            assert_safe(render(analysis, [], "md"))
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr):
            for line in problems:
                cli._problem(line)
        shown = stderr.getvalue()
        assert_safe(shown)
        assert len(shown.splitlines()) == len(problems)  # one line per file, whatever its name
