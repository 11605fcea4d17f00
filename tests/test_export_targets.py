"""Issue 13, exports that respect the target: regular files only, permissions and owner kept,
no temporary file left behind; the app's export dialog handles odd paths."""

from __future__ import annotations

import contextlib
import html
import io
import os
import re
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from seedview.model.export import TargetError, write_export
from seedview.model.marks import MarkStore
from seedview.model.schema import Analysis
from seedview.model.sources import bundled_corpus_paths
from seedview.tui import cli
from seedview.tui.app import SeedviewApp
from seedview.tui.export_dialog import ExportDialog

from waits import wait_until

BIG = (160, 45)

# The bundled corpus's analysis is in the cache, as on a second launch: these tests are about
# reading it (conftest.py; a test that needs the analysis to run opts out).
pytestmark = pytest.mark.bundled_analysis_cached


def export(*args: str) -> subprocess.CompletedProcess[str]:
    """`seedview export ARGS` on one small article, in this process."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = cli.main(["export", str(SMALL), *args])
    return subprocess.CompletedProcess(list(args), status, stdout.getvalue(), stderr.getvalue())


SMALL = Path(bundled_corpus_paths()[0])  # one bundled article: a small, real input


def test_case_7_force_never_replaces_a_fifo_a_device_or_a_folder(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target in (fifo, Path("/dev/null"), folder):
        result = export("-o", str(target), "--force")
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert "not a regular file" in result.stderr or "is a folder" in result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode) and folder.is_dir()
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "pipe"]  # no temp files


def test_case_7_overwriting_keeps_the_permissions(tmp_path: Path) -> None:
    target = tmp_path / "shared.md"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_export("new", target, overwrite=True)
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_case_7_a_file_owned_by_someone_else_is_written_in_place(tmp_path: Path) -> None:
    target = tmp_path / "theirs.md"
    target.write_text("old")
    os.chown(target, 12345, 12345)  # the tests run as root: another user's file
    before = target.stat().st_ino
    write_export("new", target, overwrite=True)
    after = target.stat()
    assert target.read_text() == "new"
    assert (after.st_uid, after.st_gid, after.st_ino) == (12345, 12345, before)


def test_case_7_a_failed_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "marks.md"

    def full_disk(source: object, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_export("text", target, overwrite=True)
    assert list(tmp_path.iterdir()) == []


def test_case_7_a_symbolic_link_target_writes_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_export("new", link, overwrite=True)
    assert link.is_symlink() and real.read_text() == "new"


def test_case_7_no_name_is_refused() -> None:
    with pytest.raises(TargetError, match="no file name"):
        write_export("text", Path(""), overwrite=True)


async def _click_export(pilot: Any) -> None:
    """Click Export once the last click's press effect is over: a button ignores a click while
    it still shows the last one (0.2 s), and a fast machine clicks twice within that."""
    button = pilot.app.screen.query_one("#export-ok")

    def the_button_takes_a_click() -> bool:
        return not button.has_class("-active")

    await wait_until(pilot, the_button_takes_a_click)
    await pilot.click("#export-ok")


async def _warning_after_click(pilot: object, warning: object) -> str:
    """Click Export and return the warning once drawn: a loaded machine may need more than one
    turn of the message loop for the click's handler (bounded, so a missing warning fails)."""
    await _click_export(pilot)
    for _ in range(50):
        await pilot.pause()  # type: ignore[attr-defined]
        text = str(warning.render())  # type: ignore[attr-defined]
        if text:
            return text
    return ""


async def _open_export_dialog(app: SeedviewApp, pilot: object) -> ExportDialog:
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.press("1", "j", "m", "e")  # type: ignore[attr-defined]
    assert isinstance(app.screen, ExportDialog)
    return app.screen


async def test_case_9_markup_in_the_export_path_is_a_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = SeedviewApp()
    async with app.run_test(size=BIG, notifications=True) as pilot:
        dialog = await _open_export_dialog(app, pilot)
        dialog.query_one("#export-path").value = "mk[/x].md"  # type: ignore[attr-defined]
        await pilot.press("tab", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert (tmp_path / "mk[/x].md").read_text().startswith("# Marked passages")
        messages = [n.message for n in app._notifications]
        assert any("written to mk[/x].md" in m for m in messages), messages

        def drawn() -> str:
            svg = app.export_screenshot()
            return html.unescape("".join(re.findall(r">([^<]*)</text>", svg))).replace("\xa0", " ")

        def the_notification_is_drawn() -> bool:
            return "written to mk[/x].md" in drawn()

        await wait_until(pilot, the_notification_is_drawn)
    assert app.return_code in (None, 0)


async def test_case_9_empty_path_and_folder_are_refused_in_the_dialog(tmp_path: Path) -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        dialog = await _open_export_dialog(app, pilot)
        path_input = dialog.query_one("#export-path")
        warning = dialog.query_one("#export-warning")
        path_input.value = ""  # type: ignore[attr-defined]
        await pilot.pause()  # the input's change message first: it clears the warning
        assert "file name" in await _warning_after_click(pilot, warning)
        assert isinstance(app.screen, ExportDialog)
        dialog.query_one("#format-csv").value = True  # type: ignore[attr-defined]
        await pilot.pause()  # a format change with no name yet is no error
        path_input.value = str(tmp_path)  # type: ignore[attr-defined]
        await pilot.pause()
        assert "is a folder" in await _warning_after_click(pilot, warning)
        assert isinstance(app.screen, ExportDialog)
        assert str(dialog.query_one("#export-ok").label) == "Export"  # never "Overwrite"
        await _click_export(pilot)
        await pilot.pause()  # the click's handler runs before the warning is read
        assert isinstance(app.screen, ExportDialog) and tmp_path.is_dir()
        await pilot.press("escape")
    assert app.return_code in (None, 0)
    assert tmp_path.is_dir()


async def test_a_late_change_message_for_the_same_path_keeps_the_warning(tmp_path: Path) -> None:
    """A change message that arrives after Export was pressed, for the path and format the
    warning speaks of, leaves the warning (CI saw it wiped on a loaded machine); a real edit
    still clears it."""
    from textual.widgets import Input

    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        dialog = await _open_export_dialog(app, pilot)
        path_input = dialog.query_one("#export-path", Input)
        warning = dialog.query_one("#export-warning")
        path_input.value = str(tmp_path)
        await pilot.pause()
        assert "is a folder" in await _warning_after_click(pilot, warning)
        path_input.post_message(Input.Changed(path_input, path_input.value))
        await pilot.pause()
        assert "is a folder" in str(warning.render())
        path_input.value = str(tmp_path / "marks.md")
        await pilot.pause()
        assert str(warning.render()) == ""
        await pilot.press("escape")


def test_case_7_export_command_keeps_working_for_regular_files(
    corpus: Analysis, tmp_path: Path
) -> None:
    source = next(s for s in corpus.sources if Path(s.path).name == SMALL.name)
    MarkStore().add(source.sha256, 0, 20)
    target = tmp_path / "out.csv"
    target.write_text("old")
    os.chmod(target, 0o600)
    result = export("--format", "csv", "-o", str(target), "--force")
    assert result.returncode == 0, result.stderr
    assert target.read_text().startswith("label,") and stat.S_IMODE(target.stat().st_mode) == 0o600
