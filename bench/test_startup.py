"""Start-up to a visible main window on a store of 5,000 participants, against a bare window.

Run with ``pytest bench/ --benchmark-only`` (not part of the test suite). Goal: the app's
start-up to a visible main window at most 1.5x a bare PySide6 main window's, both measured in
the same run as whole fresh processes (interpreter start and imports included). The window shows
its frame first and fills in the store's event right after; both moments are measured.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("startup_probe.py")


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    os.environ["DIALOGUE_DESK_HOME"] = str(home)
    path = home / "dialogue-desk.sqlite"
    subprocess.run(
        [sys.executable, "-m", "dialogue_desk", "demo", "--participants", "5000",
         "--responses", "500", "--db", str(path)],
        check=True, capture_output=True,
    )  # fmt: skip
    return path


def _start(*args: str) -> None:
    subprocess.run([sys.executable, str(PROBE), *args], check=True, capture_output=True)


def test_bare_pyside6_window(benchmark) -> None:
    benchmark.pedantic(_start, args=("bare",), rounds=8, warmup_rounds=1)


def test_dialogue_desk_window_5000_participants(benchmark, big_store: Path) -> None:
    """The main window drawn (its frame, before the store's tabs are filled in)."""
    benchmark.pedantic(_start, args=("app", str(big_store)), rounds=8, warmup_rounds=1)


def test_dialogue_desk_event_on_screen_5000_participants(benchmark, big_store: Path) -> None:
    """Until the window has drawn the store's event with its four tabs."""
    benchmark.pedantic(_start, args=("full", str(big_store)), rounds=8, warmup_rounds=1)
