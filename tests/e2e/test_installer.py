"""The standalone build: scripts/build_installer.py builds it with PyInstaller and smoke-tests it.

Slow (a few minutes: a build environment on first use, then PyInstaller); deselect with
``-m "not slow"``. It fails rather than skips when something is missing: CI must build it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_standalone_build_passes_its_smoke_test() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_installer.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30 * 60,
    )
    report = f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.returncode == 0, report
    assert "[build_installer] OK:" in result.stdout, report
    assert "version: dialogue-desk " in result.stdout, report
    assert "window: open on the demo store" in result.stdout, report
