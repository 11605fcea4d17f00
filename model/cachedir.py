"""The user folders: the cache (analyses and language lookup tables, all safe to delete) and
the data folder (marks, settings). Light on purpose: the app reads its settings before the
first frame, without the schema that the marks store needs."""

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


def data_dir() -> Path:
    """SEEDVIEW_DATA_DIR if set (tests, portable use), else the platform's user data directory."""
    override = os.environ.get("SEEDVIEW_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("seedview", appauthor=False))
