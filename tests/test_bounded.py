"""Issue 13, bounded work and kept promises: no hang, no traceback, one clear line per problem."""

from __future__ import annotations

import contextlib
import io
import os
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot

from seedview.model.load import decode_bytes, discover, read_document
from seedview.model.pipeline import analyze
from seedview.model.segment import MAX_PASSAGE_CHARS
from seedview.model.sources import bundled_corpus_paths
from seedview.tui import cli
from seedview.tui.app import SeedviewApp

SEEDVIEW = [sys.executable, "-m", "seedview.tui"]
ARTICLE = (
    "Meta investiert Milliarden in Rechenzentren\n\n"
    "Der Konzern will im kommenden Jahr 115 bis 135 Milliarden US-Dollar investieren, "
    "sagte der Finanzchef am Mittwoch in Menlo Park.\n"
)


def run(*args: str, timeout: float = 120, **streams: object) -> subprocess.CompletedProcess[str]:
    """`seedview ARGS`, output captured unless `stdout=`/`stderr=` say otherwise."""
    return subprocess.run(
        [*SEEDVIEW, *args],
        text=True,
        timeout=timeout,
        **({"stdout": subprocess.PIPE, "stderr": subprocess.PIPE} | streams),  # type: ignore[arg-type]
    )


def in_process(*args: str) -> subprocess.CompletedProcess[str]:
    """`seedview ARGS` in this process (the analysis tables are loaded once for all tests)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            status = cli.main(list(args))
        except SystemExit as leaving:  # argparse leaves this way
            status = int(leaving.code or 0)
    return subprocess.CompletedProcess(list(args), status, stdout.getvalue(), stderr.getvalue())


SMALL = Path(bundled_corpus_paths()[0])  # one bundled article: a small, real input


def one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr[-2000:]
    return lines[0]


# --- case 8: hangs and recursion -------------------------------------------------------------


def test_case_8_glob_through_self_symlinks_does_not_hang(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    for name in ("self1", "self2", "self3"):
        (folder / name).symlink_to(folder, target_is_directory=True)
    found: list[list[Path]] = []
    # In a thread with a time limit: the old exponential glob never came back.
    walker = threading.Thread(
        target=lambda: found.append(discover([str(folder / "**" / "*.txt"), str(folder)]).files),
        daemon=True,
    )
    walker.start()
    walker.join(timeout=30)
    assert found, "the walk did not finish"
    assert [p.name for p in found[0]] == ["a.txt"]  # one article, however many links lead to it


def test_case_8_topics_on_a_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "topics.toml"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run("analyze", str(tmp_path / "a.txt"), "--topics", str(fifo), timeout=60)
    assert result.returncode == 2
    assert "not a regular file" in one_line(result.stderr)


def test_case_8_deeply_nested_html_loads_with_the_good_files(tmp_path: Path) -> None:
    depth = 3000
    deep = tmp_path / "deep.html"
    deep.write_text(
        f"<html><body>{'<div>' * depth}<p>{ARTICLE}</p>{'</div>' * depth}</body></html>"
    )
    (tmp_path / "good.txt").write_text(ARTICLE.replace("Mittwoch", "Dienstag"))
    result = in_process("analyze", str(deep), str(tmp_path / "good.txt"))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.stdout.startswith("2 sources")


def test_case_8_folders_nested_a_thousand_deep(tmp_path: Path) -> None:
    bottom = str(tmp_path)
    for _ in range(1000):  # one level at a time: makedirs itself recurses per level
        bottom += "/d"
        os.mkdir(bottom)
    Path(bottom, "a.txt").write_text(ARTICLE)
    found = discover([str(tmp_path)])
    assert [p.name for p in found.files] == ["a.txt"] and not found.problems
    # pytest removes old temporary folders recursively and would overflow on this one.
    Path(bottom, "a.txt").unlink()
    for _ in range(1000):
        os.rmdir(bottom)
        bottom = os.path.dirname(bottom)


# --- case 10: options, stdout, signals -------------------------------------------------------


@pytest.mark.parametrize(
    "option",
    [
        ("--max-mb", "nan"),
        ("--max-mb", "inf"),
        ("--max-mb", "-1"),
        ("--max-mb", "0"),
        ("--min-score", "nan"),
        ("--min-score", "2"),
        ("--min-score", "-1"),
        ("--min-score", "inf"),
    ],
)
def test_case_10_options_out_of_range_are_one_clear_line(option: tuple[str, str]) -> None:
    result = in_process("analyze", str(SMALL), *option)
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert option[0] in line and option[1] in line


@pytest.mark.parametrize(
    "command",
    [["analyze"], ["analyze", "--json"], ["conflicts"], ["export", "-o", "-"], ["schema"]],
)
def test_case_10_a_full_disk_on_stdout_is_one_line(
    command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [] if command == ["schema"] else [str(SMALL)]
    with open("/dev/full", "w") as full:
        monkeypatch.setattr(sys, "stdout", full)
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr):
            status = cli.main([*command, *paths])
    assert status == 1
    assert "No space left on device" in one_line(stderr.getvalue())


def test_case_10_sigterm_leaves_the_alternate_screen() -> None:
    import pty

    pid, terminal = pty.fork()
    if pid == 0:  # the child: seedview on the bundled corpus, in a real terminal
        os.environ["TERM"] = "xterm-256color"
        os.execv(sys.executable, [*SEEDVIEW])
    output, started, exited = b"", 0, False
    try:
        deadline = time.monotonic() + 60
        while b"\x1b[?1049h" not in output and time.monotonic() < deadline:
            output += _read(terminal, 0.5)
        assert b"\x1b[?1049h" in output, "the app did not start"
        time.sleep(1.0)
        output += _read(terminal, 0.2)
        started = len(output)
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while not exited and time.monotonic() < deadline:
            output += _read(terminal, 0.5)
            exited = os.waitpid(pid, os.WNOHANG)[0] != 0
        output += _read(terminal, 0.2)
    finally:
        if not exited:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(terminal)
    assert exited, "SIGTERM did not end the app"
    after = output[started:]
    assert b"\x1b[?1049l" in after  # back from the alternate screen
    assert b"\x1b[?1000l" in after or b"\x1b[?1003l" in after  # mouse reporting off


def _read(descriptor: int, wait: float) -> bytes:
    ready, _, _ = select.select([descriptor], [], [], wait)
    if not ready:
        return b""
    try:
        return os.read(descriptor, 65536)
    except OSError:
        return b""


# --- case 11: a pathological sentence ----------------------------------------------------


def test_case_11_a_huge_sentence_is_cut_into_bounded_passages(tmp_path: Path) -> None:
    names = ", ".join(f"Beispiel{i} AG" for i in range(20_000))
    path = tmp_path / "names.txt"
    path.write_text(f"Titel\n\nMeta nennt {names} als Partner.\n")
    analysis = analyze([str(path)], max_bytes=2_000_000)
    source = analysis.sources[0]
    assert len(source.text) > 250_000
    assert max(p.end - p.start for p in analysis.passages) <= MAX_PASSAGE_CHARS
    for passage in analysis.passages:
        assert source.text[passage.start : passage.end] == passage.text
    covered = sum(len(p.text) for p in analysis.passages)
    assert covered >= len(source.text.strip()) - len(analysis.passages) * 2  # nothing dropped


# --- case 12: the app keeps the CLI's promises ----------------------------------------------


def _headless(monkeypatch: pytest.MonkeyPatch) -> None:
    """`seedview PATH` as typed, but headless: the app quits once the analysis is done."""

    async def quit_when_loaded(pilot: Pilot[None]) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        pilot.app.exit()

    def run_headless(self: SeedviewApp) -> None:
        App.run(self, headless=True, auto_pilot=quit_when_loaded)

    monkeypatch.setattr(SeedviewApp, "run", run_headless)


def test_case_12_app_on_bad_files_only_says_why_and_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _headless(monkeypatch)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    paths = [str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt")]
    assert cli.main(paths) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"seedview: {paths[0]}: empty file",
        f"seedview: {paths[1]}: binary file (contains NUL bytes)",
        "seedview: nothing could be loaded",
    ]


def test_case_12_app_next_to_a_good_file_names_each_bad_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _headless(monkeypatch)
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "big.txt").write_text(ARTICLE * 2000)
    assert cli.main([str(tmp_path / "good.txt"), str(tmp_path / "big.txt"), "--max-mb", "0.1"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "big.txt" in lines[0] and "over the 0.1 MB limit" in lines[0]


# --- case 13: reasons that say what is wrong ------------------------------------------------


def test_case_13_utf16_without_bom_is_read() -> None:
    for encoding in ("utf-16-le", "utf-16-be"):
        text, used = decode_bytes(ARTICLE.encode(encoding))
        assert text == ARTICLE and used == encoding


def test_case_13_a_symlink_loop_is_called_one(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "gone.txt")
    found = discover([str(loop), str(dangling)])
    assert [p.reason for p in found.problems] == ["symbolic link loop", "broken symbolic link"]


def test_case_13_mixed_utf8_and_cp1252_reads_both_parts(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    utf8 = "Grüße aus München: Meta investiert 72 Milliarden Dollar.\n\n".encode()
    legacy = "Die Börse reagierte gelassen – sagen Händler.\n".encode("cp1252")
    path.write_bytes(utf8 + legacy)
    document = read_document(path)
    assert (
        "Grüße aus München" in document.text
        and "Die Börse reagierte gelassen – sagen Händler" in document.text
    )
    assert "Ã" not in document.text
