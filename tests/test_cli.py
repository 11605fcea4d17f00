"""The command line: analyze output, bad input as one line and exit 2, and no UI imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from seedview.model.schema import Analysis

SEEDVIEW = [sys.executable, "-m", "seedview.tui"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*SEEDVIEW, *args], capture_output=True, text=True, timeout=120)


def test_analyze_json_on_bundled_corpus() -> None:
    result = run("analyze", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["version"]
    assert [s["label"] for s in document["sources"]] == [
        "Rockstein",
        "KI-Blog",
        "Newsportal",
        "News",
        "Xpert",
    ]
    published = {s["label"]: s["published"] for s in document["sources"]}
    assert published == {
        "Rockstein": None,
        "KI-Blog": None,
        "Newsportal": "2026-02-01",
        "News": None,
        "Xpert": "2025-11-09",
    }
    texts = {s["id"]: s["text"] for s in document["sources"]}
    for passage in document["passages"]:
        assert set(passage) == {"id", "source", "paragraph", "start", "end", "text", "kind"}
        assert texts[passage["source"]][passage["start"] : passage["end"]] == passage["text"]
        assert passage["kind"] in {"content", "heading", "boilerplate"}


def test_human_summary_lists_sources() -> None:
    result = run("analyze")
    assert result.returncode == 0
    assert result.stdout.startswith("5 sources")
    assert "Newsportal" in result.stdout and "2026-02-01" in result.stdout


def test_schema_command_prints_json_schema() -> None:
    result = run("schema")
    schema = json.loads(result.stdout)
    assert {"sources", "passages", "groups", "topics", "claims", "conflicts"} <= set(
        schema["properties"]
    )


def test_bad_inputs_are_one_line_each_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    result = run(
        "analyze",
        str(tmp_path / "empty.txt"),
        str(tmp_path / "binary.txt"),
        str(tmp_path / "missing.txt"),
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"seedview: {tmp_path / 'missing.txt'}: no such file or folder",
        f"seedview: {tmp_path / 'empty.txt'}: empty file",
        f"seedview: {tmp_path / 'binary.txt'}: binary file (contains NUL bytes)",
        "seedview: nothing could be loaded",
    ]


def test_one_bad_file_is_reported_and_the_rest_load(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Meta investiert 72 Milliarden Dollar in Rechenzentren.\n")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    result = run("analyze", str(tmp_path))
    assert result.returncode == 0
    assert result.stdout.startswith("1 sources")
    assert result.stderr.strip().startswith(f"seedview: {tmp_path / 'bad.txt'}:")


def test_cli_commands_import_no_ui_code() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from seedview.tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['analyze', '--json'])\n"
        "    main(['conflicts'])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_model_never_imports_textual_or_rich() -> None:
    model = Path(__file__).parent.parent / "model"
    for path in model.glob("*.py"):
        for line in path.read_text().splitlines():
            stripped = line.strip()
            assert not stripped.startswith(
                ("import textual", "from textual", "import rich", "from rich")
            ), path


def test_analysis_is_the_same_whatever_the_hash_seed() -> None:
    """Sets iterate in another order under another hash seed; groups must not change."""
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [*SEEDVIEW, "analyze", "--json"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


def test_a_conflict_printed_by_many_outlets_lists_a_few_passages_and_counts_the_rest(
    corpus: Analysis,
) -> None:
    from seedview.tui import report

    first = next(c for c in corpus.conflicts if c.kind != "different_period")
    content = [p.id for p in corpus.passages if p.kind == "content"]
    widespread = first.model_copy(update={"passages": content})
    text = report.conflicts(corpus.model_copy(update={"conflicts": [widespread]}))
    listed = [line for line in text.splitlines() if line.startswith("   ") and "¶" in line]
    assert len(listed) == report.PASSAGES_LISTED
    assert f"… and {len(content) - report.PASSAGES_LISTED} more passages" in text


def test_a_corpus_names_file_makes_its_aliases_one_subject(tmp_path: Path) -> None:
    # "der BVB" and "Borussia Dortmund" are one club only with this corpus's names file.
    (tmp_path / "a.txt").write_text(
        "Dortmund zahlt\n\nDer BVB zahlt für den Stürmer eine Ablöse von 30 Millionen Euro.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Transfer perfekt\n\nBorussia Dortmund überweist eine Ablöse von 45 Millionen Euro.\n"
    )
    names = tmp_path / "names.toml"
    names.write_text(
        'multiword = ["Borussia Dortmund"]\n[aliases]\nbvb = "bvb"\nborussiadortmund = "bvb"\n'
    )
    files = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    plain = Analysis.model_validate_json(run("analyze", *files, "--json", "--no-cache").stdout)
    named = Analysis.model_validate_json(
        run("analyze", *files, "--json", "--no-cache", "--lexicon", str(names)).stdout
    )
    fees = [c for c in named.claims if c.measure == "transfer fee"]
    assert {c.subject for c in fees} == {"bvb"}
    assert [c.kind for c in named.conflicts] == ["value"]
    assert {c.subject for c in plain.claims if c.measure == "transfer fee"} != {"bvb"}


def test_a_bad_names_file_is_one_line_naming_it(tmp_path: Path) -> None:
    names = tmp_path / "names.toml"
    names.write_text("[aliases]\nbvb = 3\n")
    result = run("analyze", "--lexicon", str(names))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert str(names) in result.stderr and len(result.stderr.strip().splitlines()) <= 2
