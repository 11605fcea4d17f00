from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from seedview.model.pipeline import analyze
from seedview.model.schema import Analysis

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


@pytest.fixture(autouse=True)
def _isolated_cache_dir(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    _language_tables: Path,
) -> Path:
    """A fresh analysis cache per test; the language tables are shared."""
    folder = _fresh_cache_dir(tmp_path_factory.mktemp("cache"), _language_tables)
    monkeypatch.setenv("SEEDVIEW_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def corpus() -> Analysis:
    """The bundled corpus, analysed once for the whole session."""
    return analyze()


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Marks go to a fresh folder per test, never to the user's real data directory."""
    monkeypatch.setenv("SEEDVIEW_DATA_DIR", str(tmp_path_factory.mktemp("data")))
