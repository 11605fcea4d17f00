"""Export dialog: format and path; an existing file is overwritten only after asking."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from seedview.tui.dialog_css import dialog_css
from seedview.tui.safe_text import literal

FORMAT_NAMES = {"md": "Markdown", "json": "JSON", "csv": "CSV"}


class ExportDialog(ModalScreen[tuple[str, Path] | None]):
    """Returns (format, path) to write, or None."""

    DEFAULT_CSS = dialog_css(
        "ExportDialog",
        "export-box",
        more="""
    #export-buttons {
        height: auto;
        margin-top: 1;
    }

    #export-buttons Button {
        margin-right: 2;
    }
    """,
    )

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, count: int, default_path: Path, *, fmt: str = "md") -> None:
        super().__init__()
        self.count = count
        self.fmt = fmt if fmt in FORMAT_NAMES else "md"
        self.default_path = default_path
        self._confirming = False
        # The (path, format) the warning speaks of: a change message that arrives late for
        # the same inputs must not wipe a warning that still holds.
        self._warned_for: tuple[str, str] | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(
                Text(
                    f"Export {self.count} marked passage{'s' if self.count != 1 else ''}",
                    style="bold",
                )
            )
            yield Label("Format")
            with RadioSet(id="export-format"):
                for key, name in FORMAT_NAMES.items():
                    yield RadioButton(name, value=key == self.fmt, id=f"format-{key}")
            yield Label("File")
            yield Input(str(self.default_path), id="export-path")
            yield Static("", id="export-warning")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def _format(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return (pressed.id or "format-md").removeprefix("format-") if pressed else "md"

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if path.name not in ("", ".", ".."):  # no name yet: nothing to give a suffix
            path_input.value = str(path.with_suffix("." + self._format()))
        self._reset_confirmation()

    def on_input_changed(self) -> None:
        self._reset_confirmation()

    def _reset_confirmation(self) -> None:
        current = (self.query_one("#export-path", Input).value.strip(), self._format())
        if current == self._warned_for:
            return
        self._warned_for = None
        self._confirming = False
        self.query_one("#export-warning", Static).update("")
        self.query_one("#export-ok", Button).label = "Export"

    def on_input_submitted(self) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-cancel":
            self.dismiss(None)
        else:
            self._submit()

    def _submit(self) -> None:
        from seedview.model.export import TargetError, check_target

        value = self.query_one("#export-path", Input).value.strip()
        warning = self.query_one("#export-warning", Static)
        self._warned_for = (value, self._format())
        if not value:
            warning.update(Text("Enter a file name.", style="bold"))
            return
        path = Path(value).expanduser()
        try:
            exists = check_target(path)  # folders, devices and FIFOs are refused here
        except TargetError as error:
            self._confirming = False
            self.query_one("#export-ok", Button).label = "Export"
            warning.update(Text(str(error), style="bold"))
            return
        if exists and not self._confirming:
            self._confirming = True
            warning.update(
                Text(
                    f"{literal(str(path))} exists. Press Export again to overwrite it.",
                    style="bold",
                )
            )
            self.query_one("#export-ok", Button).label = "Overwrite"
            return
        self.dismiss((self._format(), path))

    def action_cancel(self) -> None:
        self.dismiss(None)
