"""Shared fixtures. Qt runs offscreen and in English; every test gets a fresh store and home."""

from __future__ import annotations

import os

# Must happen before anything imports Qt.
if not os.environ.get("DIALOGUE_DESK_TEST_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "en_GB.UTF-8"
os.environ["LANGUAGE"] = "en"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from dialogue_desk.store import Store, open_store  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches a real store or settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("DIALOGUE_DESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def english_interface(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every window test starts in English with the English catalogue (its plural forms).

    A test that switches the interface language would otherwise leave its translators installed
    for the tests after it, so texts would depend on the order the tests run in.
    """
    parts = request.node.path.parts
    if "ui" not in parts and "e2e" not in parts:
        yield
        return
    from dialogue_desk.i18n import install_ui_language

    request.getfixturevalue("qapp")
    install_ui_language("en")
    yield
    install_ui_language("en")


@pytest.fixture
def store_path(data_home: Path) -> Path:
    return data_home / "dialogue-desk.sqlite"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    opened = open_store(store_path)
    yield opened
    opened.close()


@pytest.fixture
def demo_event(store: Store) -> int:
    from dialogue_desk.services.demo import create_demo_event

    return create_demo_event(store, participants=40, responses=12, seed=7)


@pytest.fixture
def samples() -> Path:
    """The realistic input files in ../shared/samples (or tests/fixtures/samples)."""
    local = Path(__file__).parent / "fixtures" / "samples"
    return local if local.exists() else SAMPLES
