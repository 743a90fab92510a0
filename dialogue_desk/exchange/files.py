"""Writing export files safely: temporary file in the target folder, then moved into place.

A failure (missing or read-only folder, a file open in Excel or LibreOffice, a full disk) raises
:class:`ExportError` with a message a facilitator can act on, and leaves any older file intact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from dialogue_desk.errors import Cancelled
from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import ServiceError


class ExportError(ServiceError):
    """The export could not be written; nothing was changed."""


class ExportCancelled(ServiceError, Cancelled):  # noqa: N818 - a cancellation, not an error
    """The user stopped the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("Export", "The export was cancelled; nothing was written."))


#: progress(done, total): called between steps of slow work; raises Cancelled (ExportCancelled in
#: an export) once the user stopped it. The one progress type of imports, exports and the runner.
Progress = Callable[[int, int], None]

_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
_COLON = re.compile(r"\s*:\s+")


def safe_file_stem(text: str, limit: int = 80) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux (letters of any script kept).

    A title's colon reads as a dash ("Practice: dialogue platform" → "Practice - dialogue
    platform"); other characters a file system refuses become "-".
    """
    stem = _UNSAFE.sub("-", _COLON.sub(" - ", text)).strip(" .-")
    stem = re.sub(r"\s+", " ", stem)[:limit].rstrip(" .-")
    return stem or "export"


def dated_file_name(title: str, suffix: str, *, practice: bool = False, day: dt.date | None = None,
                    extra: str = "") -> str:  # fmt: skip
    """``2026-11-27 Title[ extra].xlsx``, with a ``PRACTICE`` prefix for the practice store."""
    day = day or dt.date.today()
    name = f"{day.isoformat()} {safe_file_stem(title)}"
    if extra:
        name += f" {safe_file_stem(extra, 40)}"
    if practice:
        name = f"PRACTICE {name}"
    return f"{name}{suffix}"


def mark_practice(path: Path) -> Path:
    """``path`` with PRACTICE in its file name (added at the front unless already there)."""
    if "PRACTICE" in path.name.upper():
        return path
    return path.with_name(f"PRACTICE-{path.name}")


def _describe(error: OSError, path: Path) -> str:
    folder = path.parent
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return translate(
            "Export",
            "The disk is full, so {path} could not be written. Free some space or choose another "
            "folder; any older file was left as it was.",
        ).format(path=path)
    if code == errno.EROFS or (
        code in (errno.EACCES, errno.EPERM) and not os.access(folder, os.W_OK)
    ):
        return translate(
            "Export",
            "The folder {folder} is read-only. Choose another folder; nothing was written.",
        ).format(folder=folder)
    if code in (errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY):
        return translate(
            "Export",
            "{path} is open in another program (Excel, LibreOffice or a PDF viewer) or is "
            "protected. Close it there and try again; the older file was left as it was.",
        ).format(path=path)
    if code == errno.ENAMETOOLONG:
        return translate(
            "Export", "The file name {path} is too long; choose a shorter one."
        ).format(path=path)
    return translate(
        "Export", "{path} could not be written ({reason}); any older file was left as it was."
    ).format(path=path, reason=error.strerror or str(error))


def check_target(path: Path) -> Path:
    """The absolute target, or ExportError when its folder is missing or the file is open."""
    path = Path(path).expanduser().absolute()
    folder = path.parent
    if path.is_dir():
        raise ExportError(
            translate("Export", "{path} is a folder; choose a file name.").format(path=path)
        )
    if not folder.is_dir():
        raise ExportError(
            translate(
                "Export", "The folder {folder} does not exist. Create it or choose another folder."
            ).format(folder=folder)
        )
    # LibreOffice and Excel leave a lock file beside a document they have open.
    for lock in (folder / f".~lock.{path.name}#", folder / f"~${path.name}"):
        if lock.exists():
            raise ExportError(
                translate(
                    "Export",
                    "{path} is open in another program (Excel or LibreOffice). Close it there and "
                    "try again; the older file was left as it was.",
                ).format(path=path)
            )
    return path


#: The hidden names of files being written (``.dialogue-desk-XXXX.part.xlsx``).
PART_PREFIX = ".dialogue-desk-"
PART_MARK = ".part"
# The part files of earlier versions' PDF writer: ".NAME.pdf.k2j4x9.tmp".
_OLD_PART = re.compile(r"^\..+\.(?:pdf|xlsx)\.\w{6,}\.tmp$")
#: A part file older than this was left by a killed export, not one still running.
STALE_AFTER = dt.timedelta(hours=1)


def private_temporary_folder() -> Path:
    """The owner-only folder where openpyxl spools sheets while a workbook is written.

    openpyxl would otherwise put whole sheets of names, e-mails and phones in the system's
    shared temporary folder, and leave them there when the export is killed.
    """
    from dialogue_desk.paths import data_dir, private_folder

    return private_folder(data_dir() / "tmp")


def remove_leftovers(folder: Path, *, older_than: dt.timedelta = STALE_AFTER) -> list[Path]:
    """Delete what killed exports left in ``folder``: hidden part files, openpyxl spools.

    Only files by this app's naming (``.dialogue-desk-*.part*``, the PDF writer's old
    ``.NAME.*.tmp``, ``openpyxl.*`` in the private folder) and older than ``older_than``, so
    an export running in another window is never touched. Returns what was removed.
    """
    removed: list[Path] = []
    limit = dt.datetime.now().timestamp() - older_than.total_seconds()
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        ours = (name.startswith(PART_PREFIX) and PART_MARK in name) or bool(
            _OLD_PART.match(name) or name.startswith("openpyxl.")
        )
        if not ours:
            continue
        with contextlib.suppress(OSError):
            if entry.is_file() and entry.stat().st_mtime < limit:
                entry.unlink()
                removed.append(entry)
    return removed


def clean_up_after_killed_exports(*folders: Path) -> list[Path]:
    """At start-up: remove leftovers of killed exports from the export folders and spool."""
    removed: list[Path] = []
    for folder in (*folders, private_temporary_folder()):
        removed += remove_leftovers(folder)
    return removed


_spool_lock = threading.Lock()


def _use_private_spool() -> None:
    """Make openpyxl spool its temporary sheet files in the private folder (once)."""
    try:
        from openpyxl.worksheet import _writer as sheet_writer
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        return
    with _spool_lock:
        if getattr(sheet_writer.create_temporary_file, "dialogue_desk", False):
            return

        def create_temporary_file(suffix: str = "") -> str:
            folder = private_temporary_folder()
            handle, name = tempfile.mkstemp(prefix="openpyxl.", suffix=suffix, dir=folder)
            os.close(handle)
            sheet_writer.ALL_TEMP_FILES.append(name)
            return name

        create_temporary_file.dialogue_desk = True  # type: ignore[attr-defined]
        sheet_writer.create_temporary_file = create_temporary_file


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` then move the result to ``path``; returns ``path``.

    The temporary file sits in the target folder so the move is atomic and a full disk shows
    before anything is replaced. On any failure the temporary file is removed; a killed
    export's part file is removed by the next export into that folder or the next start.
    A new export is readable by its owner only (0600): it holds names, e-mails and phones.
    Replacing a file keeps that file's permissions, which its owner may have chosen.
    """
    path = check_target(path)
    remove_leftovers(path.parent)
    try:
        handle, name = tempfile.mkstemp(
            prefix=PART_PREFIX, suffix=f"{PART_MARK}{path.suffix}", dir=path.parent
        )
        os.close(handle)
    except OSError as error:
        raise ExportError(_describe(error, path)) from error
    temporary = Path(name)
    try:
        if path.suffix.lower() != ".pdf":  # a PDF needs no openpyxl (0.2 s to import)
            _use_private_spool()
        write(temporary)
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o600)
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(_describe(error, path)) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    return path
