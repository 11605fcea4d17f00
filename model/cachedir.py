"""The user folders: the cache (analyses and language lookup tables, all safe to delete) and
the data folder (marks, settings). Light on purpose: the app reads its settings before the
first frame, without the schema that the marks store needs."""

from __future__ import annotations

import glob
import os
import sys
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


def installed_version(name: str) -> str:
    """The version of an installed distribution, from the name of its `.dist-info` folder on
    the import path, as importlib.metadata finds it first; only other layouts ask
    importlib.metadata, whose import and metadata parsing cost a tenth of a second a process.
    "?" if it is not installed. (Keys of the analysis cache and of the language tables.)"""
    folder_name = name.replace("-", "_")  # how installers name the folder (PEP 427)
    for entry in sys.path:
        pattern = os.path.join(glob.escape(entry or "."), f"{folder_name}-*.dist-info")
        found = sorted(glob.glob(pattern))
        if len(found) == 1:
            return os.path.basename(found[0])[len(folder_name) + 1 : -len(".dist-info")]
        if found:
            break  # several versions in one folder: let importlib.metadata choose
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"
