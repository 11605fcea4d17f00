from __future__ import annotations

import inspect
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from seedview.model.schema import Analysis
from seedview.tui.app import SeedviewApp

from waits import settle_after_every_step

FIXTURES = Path(__file__).parent / "fixtures"


def _fresh_cache_dir(parent: Path, language_tables: Path) -> Path:
    parent.mkdir(parents=True, exist_ok=True)
    (parent / "langdata").symlink_to(language_tables, target_is_directory=True)
    return parent


@pytest.fixture(scope="session", autouse=True)
def _pilot_steps_settle() -> Iterator[None]:
    """Every Pilot key, click and pause waits until the app has handled what it set off, so
    a test reads the state its keys lead to on a loaded machine too (tests/waits.py)."""
    with pytest.MonkeyPatch.context() as patch:
        settle_after_every_step(patch)
        yield


@pytest.fixture(scope="session", autouse=True)
def _language_tables(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """The language lookup tables are built once (seconds) and kept in pytest's own cache
    folder between runs (their file names carry the package versions they were built from).
    Session fixtures get a cache folder of their own, never the user's real one."""
    cache = getattr(request.config, "cache", None)  # None under -p no:cacheprovider
    tables: Path = (
        cache.mkdir("seedview-langdata") if cache else tmp_path_factory.mktemp("langdata")
    )
    with pytest.MonkeyPatch.context() as patch:
        folder = _fresh_cache_dir(tmp_path_factory.mktemp("session-cache"), tables)
        patch.setenv("SEEDVIEW_CACHE_DIR", str(folder))
        yield tables


@pytest.fixture(scope="session")
def _bundled_entry(tmp_path_factory: pytest.TempPathFactory, _language_tables: Path) -> Path:
    """The bundled corpus analysed once for the whole session, as the app's analysis cache
    stores it when it opens with no arguments (the app's default options, so the app's key)."""
    from seedview.model import cache
    from seedview.model.pipeline import analyze_cached

    folder = _fresh_cache_dir(tmp_path_factory.mktemp("bundled-cache"), _language_tables)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SEEDVIEW_CACHE_DIR", str(folder))
        analyze_cached(max_bytes=_APP_MAX_BYTES)
        (entry,) = cache.folder().iterdir()
    return entry


_APP_MAX_BYTES: int = inspect.signature(SeedviewApp).parameters["max_bytes"].default


@pytest.fixture(autouse=True)
def _isolated_cache_dir(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    _language_tables: Path,
) -> Path:
    """A fresh analysis cache per test; the language tables are shared. Tests marked
    `bundled_analysis_cached` find the bundled corpus's analysis in it, as a reader's second
    launch does: an app test about reading, not about analysing, then starts in a second
    instead of analysing the corpus again (`bundled_analysis_cached(False)`: not this test)."""
    folder = _fresh_cache_dir(tmp_path_factory.mktemp("cache"), _language_tables)
    monkeypatch.setenv("SEEDVIEW_CACHE_DIR", str(folder))
    marker = request.node.get_closest_marker("bundled_analysis_cached")
    if marker is not None and (marker.args[0] if marker.args else True):
        entry: Path = request.getfixturevalue("_bundled_entry")
        (folder / "analyses").mkdir()
        shutil.copyfile(entry, folder / "analyses" / entry.name)
    return folder


@pytest.fixture(scope="session")
def corpus(_bundled_entry: Path) -> Analysis:
    """The bundled corpus, analysed once for the whole session (the cached analysis is the
    analysis: the cache stores what `analyze` returns)."""
    from seedview.model import cache

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SEEDVIEW_CACHE_DIR", str(_bundled_entry.parent.parent))
        loaded = cache.load(_bundled_entry.stem)
    assert loaded is not None
    return loaded.analysis


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "bundled_analysis_cached(on=True): the test's analysis cache holds the bundled corpus",
    )


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Marks go to a fresh folder per test, never to the user's real data directory."""
    monkeypatch.setenv("SEEDVIEW_DATA_DIR", str(tmp_path_factory.mktemp("data")))
