"""Where Dialogue Desk keeps its data and finds its shipped resources.

All user data (store, backups, exports, settings) lives in one data folder: the platform's user
data folder by default, or ``DIALOGUE_DESK_HOME`` for a portable install on a USB stick.
Resources are found the same way from source, from an installed package and from a frozen build.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from dialogue_desk import APP_ID

HOME_ENV = "DIALOGUE_DESK_HOME"
STORE_FILENAME = "dialogue-desk.sqlite"
PRACTICE_FILENAME = "practice.sqlite"
#: Backups older than this many days are removed, unless the user chose another retention.
BACKUP_RETENTION_DAYS = 90


def data_dir() -> Path:
    """The folder holding the store, backups, exports and settings (created on demand).

    It is private to its owner (0700 on POSIX), as are the folders inside it: the store,
    backups, exports and logs hold names, e-mails and phone numbers. A ``DIALOGUE_DESK_HOME``
    that is the user's home folder (or a filesystem root) is never tightened.
    """
    home = os.environ.get(HOME_ENV)
    if home:
        path = Path(home).expanduser()
        shared = path.absolute() in (Path.home().absolute(), Path(path.absolute().anchor))
        return private_folder(path, tighten=not shared)
    from platformdirs import user_data_dir

    return private_folder(Path(user_data_dir(APP_ID, appauthor=False, roaming=True)))


def private_folder(path: Path, *, tighten: bool = True) -> Path:
    """Create ``path`` readable by its owner only; with ``tighten``, make an existing one so.

    Only group and other permissions are removed, and only from a folder the user owns; where
    modes mean nothing (FAT sticks, Windows) or cannot be changed, the folder is used as it is.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if tighten and os.name == "posix":
        try:
            info = path.stat()
            if info.st_uid == os.getuid() and info.st_mode & 0o077:
                os.chmod(path, stat.S_IMODE(info.st_mode) & 0o700)
        except OSError:
            pass
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 if missing; remove group/other access if not."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        if os.name == "posix":
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                os.chmod(path, mode & 0o700)
    except OSError:
        pass  # the caller reports a file it cannot write
    return path


def default_store_path() -> Path:
    return data_dir() / STORE_FILENAME


def practice_store_path() -> Path:
    return data_dir() / PRACTICE_FILENAME


def backups_dir(store_path: Path | None = None) -> Path:
    """Backups sit beside the store they were taken from, in ``backups/``."""
    base = store_path.parent if store_path is not None else data_dir()
    return private_folder(base / "backups")


def exports_dir() -> Path:
    return private_folder(data_dir() / "exports")


def practice_exports_dir() -> Path:
    """Where practice mode's exports go: beside the real ``exports/``, never among them."""
    return private_folder(data_dir() / "practice-exports")


def logs_dir() -> Path:
    return private_folder(data_dir() / "logs")


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
