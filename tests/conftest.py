from __future__ import annotations

from pathlib import Path

import pytest

from seedview.model.pipeline import analyze
from seedview.model.schema import Analysis

FIXTURES = Path(__file__).parent / "fixtures"


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
