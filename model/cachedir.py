"""The user cache directory: analyses and language lookup tables, all safe to delete."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """`SEEDVIEW_CACHE_DIR` if set (tests, read-only homes), else the platform's cache folder."""
    override = os.environ.get("SEEDVIEW_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("seedview", appauthor=False))
