"""User preferences kept in ``settings.ini`` in the data folder (moves with DIALOGUE_DESK_HOME)."""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from dialogue_desk.paths import BACKUP_RETENTION_DAYS, private_file, settings_path


class Settings:
    """Typed access to the few things Dialogue Desk remembers between runs."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or settings_path()
        # QSettings keeps an existing file's mode when it rewrites it, so creating it 0600
        # first keeps it private (it names the export folder and the last events).
        self._qs = QSettings(str(private_file(path)), QSettings.Format.IniFormat)

    @property
    def backup_retention_days(self) -> int:
        """Backups older than this many days are removed (0: keep them all; default 90)."""
        value = self._qs.value("backups/retention_days", BACKUP_RETENTION_DAYS)
        try:
            return max(0, int(value))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return BACKUP_RETENTION_DAYS

    def set_backup_retention_days(self, days: int) -> None:
        self._qs.setValue("backups/retention_days", max(0, int(days)))
        self._qs.sync()

    @property
    def language(self) -> str | None:
        value = self._qs.value("ui/language")
        return str(value) if value else None

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue("ui/language", code)

    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)

    @staticmethod
    def _store_key(store_path: Path) -> str:
        return f"{zlib.crc32(str(store_path).encode()):08x}"

    def last_event(self, store_path: Path) -> int | None:
        value = self._qs.value(f"last_event/{self._store_key(store_path)}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_event(self, store_path: Path, event_id: int | None) -> None:
        key = f"last_event/{self._store_key(store_path)}"
        if event_id is None:
            self._qs.remove(key)
        else:
            self._qs.setValue(key, event_id)

    def export_folder(self, *, practice: bool = False) -> Path:
        """The folder exports go to: the one chosen, else ``exports/`` in the data folder.

        Practice mode's exports always go to ``practice-exports/`` in the data folder, apart
        from the real ones (the folder chosen is for real events).
        """
        from dialogue_desk.paths import exports_dir, practice_exports_dir

        if practice:
            return practice_exports_dir()
        value = self._qs.value("exports/folder", "")
        return Path(str(value)).expanduser() if value else exports_dir()

    def set_export_folder(self, folder: Path | None) -> None:
        """Remember ``folder`` as the export folder (None: back to the default)."""
        if folder is None:
            self._qs.remove("exports/folder")
        else:
            self._qs.setValue("exports/folder", str(Path(folder).expanduser().absolute()))
        self._qs.sync()

    def value(self, key: str, default: object = None) -> object:
        return self._qs.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()
