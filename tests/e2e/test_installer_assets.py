"""What the standalone build ships besides code: icons, the .desktop file, frozen paths."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

from dialogue_desk import APP_ID, paths

ROOT = Path(__file__).resolve().parents[2]


def test_generated_icons_match_the_svg() -> None:
    # A separate process: the renderer needs a QGuiApplication, which must not become this
    # test session's application (the widget tests need a QApplication).
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, f"run scripts/make_icons.py and commit:\n{result.stderr}"


def test_desktop_entry_starts_the_command_with_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "dialogue-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == APP_ID
    assert desktop["Icon"] == APP_ID
    assert desktop["StartupWMClass"] == APP_ID  # Qt's WM_CLASS, so docks group the window
    assert (ROOT / "resources" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").exists()
    for language in ("et", "lv", "sv", "ru"):
        assert desktop[f"Comment[{language}]"]


def test_frozen_paths_point_inside_the_bundle(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # build_installer.spec puts the data exactly here.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    base = tmp_path / "dialogue_desk"
    assert paths.resource_path("fonts", "x.ttf") == base / "resources" / "fonts" / "x.ttf"
    assert paths.translations_path() == base / "translations"
    assert paths.migrations_path() == base / "store" / "migrations"


def test_bundled_fonts_ship_with_their_licences() -> None:
    from dialogue_desk.exchange.pdf.fonts import BUNDLED_FILES

    fonts = ROOT / "resources" / "fonts"
    for name in BUNDLED_FILES:
        assert (fonts / name).is_file(), name
    assert (fonts / "LICENSE.txt").is_file()  # DejaVu (Bitstream Vera licence)
    licence = (fonts / "LICENSE-Noto-OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    # The installer's size goal: the faces together stay small (CJK comes from the system).
    total = sum((fonts / name).stat().st_size for name in BUNDLED_FILES)
    assert total < 5_000_000, total
    # build_installer.spec ships the whole resources folder, fonts included.
    assert '_files(ROOT / "resources"' in (ROOT / "build_installer.spec").read_text()
