"""Where Dialogue Desk keeps its data and finds its shipped resources.

All user data (store, backups, exports, settings) lives in one data folder: the platform's user
data folder by default, or ``DIALOGUE_DESK_HOME`` for a portable install on a USB stick.
Resources are found the same way from source, from an installed package and from a frozen build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dialogue_desk import APP_ID

HOME_ENV = "DIALOGUE_DESK_HOME"
STORE_FILENAME = "dialogue-desk.sqlite"
PRACTICE_FILENAME = "practice.sqlite"


def data_dir() -> Path:
    """The folder holding the store, backups, exports and settings (created on demand)."""
    home = os.environ.get(HOME_ENV)
    if home:
        path = Path(home).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_ID, appauthor=False, roaming=True))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store_path() -> Path:
    return data_dir() / STORE_FILENAME


def practice_store_path() -> Path:
    return data_dir() / PRACTICE_FILENAME


def backups_dir(store_path: Path | None = None) -> Path:
    """Backups sit beside the store they were taken from, in ``backups/``."""
    base = store_path.parent if store_path is not None else data_dir()
    path = base / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def exports_dir() -> Path:
    path = data_dir() / "exports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def _bundle_root() -> Path | None:
    """The unpacked folder of a frozen (PyInstaller) build, if this is one."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if getattr(sys, "frozen", False) and meipass else None


def _package_data(name: str) -> Path:
    """The folder ``resources`` or ``translations``: frozen, installed or in a source checkout.

    The repository keeps both at its top level; an installed package (and a frozen build) has
    them inside ``dialogue_desk/``. Looking in both places lets a plain checkout run without
    ``pip install`` and an editable install work the same.
    """
    bundle = _bundle_root()
    if bundle is not None:
        return bundle / "dialogue_desk" / name
    inside = Path(__file__).parent / name
    if inside.is_dir():
        return inside
    beside = Path(__file__).resolve().parents[1] / name
    if beside.is_dir():
        return beside
    return inside  # missing: callers report the file they could not find


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, whether running from source, installed or frozen."""
    return _package_data("resources").joinpath(*parts)


def translations_path() -> Path:
    """The folder of the built ``.qm`` catalogues."""
    return _package_data("translations")


def migrations_path() -> Path:
    bundle = _bundle_root()
    if bundle is not None:
        return bundle / "dialogue_desk" / "store" / "migrations"
    return Path(__file__).parent / "store" / "migrations"
