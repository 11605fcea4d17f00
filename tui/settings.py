"""What the app remembers between runs: the theme, and where the reader was in each corpus.

One small JSON file next to the marks database. A missing or unreadable file means defaults;
saving never raises (a read-only data folder must not stop anyone reading).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

FILE = "settings.json"


def _path() -> Path:
    from seedview.model.cachedir import data_dir  # not marks: that loads the schema

    return data_dir() / FILE


def load() -> dict[str, Any]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(data: dict[str, Any]) -> None:
    path = _path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass


def corpus_key(hashes: list[str]) -> str:
    """The same articles, whatever their order or paths: one remembered position."""
    return hashlib.sha256("".join(sorted(hashes)).encode()).hexdigest()[:16]
