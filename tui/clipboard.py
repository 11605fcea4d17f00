"""Copy text where the reader can paste it, and say truthfully how it was sent.

A clipboard tool (wl-copy, xclip, xsel, pbcopy, tmux's buffer) is used when one exists and
works; otherwise the text goes to the terminal as an OSC 52 sequence, which only some
terminals (and tmux only with `set-clipboard on`) pass on: the message says so.
"""

from __future__ import annotations

import os
import shutil
import subprocess


def tools() -> list[list[str]]:
    """Clipboard commands that can work here, best first."""
    found = []
    if os.environ.get("WAYLAND_DISPLAY") and shutil.which("wl-copy"):
        found.append(["wl-copy"])
    if os.environ.get("DISPLAY"):
        if shutil.which("xclip"):
            found.append(["xclip", "-selection", "clipboard"])
        if shutil.which("xsel"):
            found.append(["xsel", "--clipboard", "--input"])
    if shutil.which("pbcopy"):
        found.append(["pbcopy"])
    if os.environ.get("TMUX") and shutil.which("tmux"):
        found.append(["tmux", "load-buffer", "-w", "-"])  # -w: on to the terminal (tmux ≥ 3.2)
        found.append(["tmux", "load-buffer", "-"])
    return found


def copy_with_tool(text: str) -> str | None:
    """The name of the tool that took the text, or None if none did."""
    for command in tools():
        try:
            subprocess.run(command, input=text.encode(), check=True, timeout=3, capture_output=True)
        except (OSError, subprocess.SubprocessError):
            continue
        return "tmux's paste buffer" if command[0] == "tmux" else command[0]
    return None
