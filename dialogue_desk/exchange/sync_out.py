"""Sync out after the event: workbook and PDF into the export folder, history kept, event closed.

The export folder comes in as an argument: the app and the CLI take it from
``Settings.export_folder()`` (the folder chosen, by default ``exports/`` in the data folder).
Each event gets a subfolder (``2026-11-26 Title``) and files carry the date
they were written, so earlier exports are never overwritten. Every export is appended to
``export-history.jsonl`` in the export folder.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from dialogue_desk.exchange.files import (
    ExportError,
    Progress,
    dated_file_name,
    safe_file_stem,
)
from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.events import get_event, set_status
from dialogue_desk.services.snapshot import load_snapshot
from dialogue_desk.store import Store
from dialogue_desk.store.enums import EventStatus

log = logging.getLogger(__name__)

HISTORY_FILE = "export-history.jsonl"


def event_folder(base: Path, title: str, start: dt.date) -> Path:
    return base / safe_file_stem(f"{start.isoformat()} {title}", 60)


@dataclass(frozen=True)
class HistoryEntry:
    time: dt.datetime
    action: str  # "workbook", "pdf", "comparison", "close"
    event_ids: tuple[int, ...]
    files: tuple[Path, ...]
    language: str
    pseudonymised: bool


def record_export(
    action: str,
    event_ids: list[int],
    files: list[Path],
    *,
    language: str,
    base: Path,
    pseudonymised: bool = False,
) -> None:
    """Append one line to the export history; a history that cannot be written is only logged."""
    line = json.dumps({
        "time": dt.datetime.now().replace(microsecond=0).isoformat(), "action": action,
        "event_ids": event_ids, "files": [str(f) for f in files], "language": language,
        "pseudonymised": pseudonymised,
    }, ensure_ascii=False)  # fmt: skip
    try:
        folder = base
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / HISTORY_FILE).open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
    except OSError as error:
        log.warning("Could not record the export in the history: %s", error)


def export_history(base: Path, event_id: int | None = None) -> list[HistoryEntry]:
    """The recorded exports, oldest first (optionally only those of ``event_id``)."""
    path = base / HISTORY_FILE
    entries: list[HistoryEntry] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return entries
    for line in lines:
        with contextlib.suppress(ValueError, KeyError, TypeError):
            data = json.loads(line)
            entry = HistoryEntry(
                dt.datetime.fromisoformat(data["time"]), str(data["action"]),
                tuple(int(i) for i in data["event_ids"]), tuple(Path(f) for f in data["files"]),
                str(data.get("language", "")), bool(data.get("pseudonymised", False)),
            )  # fmt: skip
            if event_id is None or event_id in entry.event_ids:
                entries.append(entry)
    return entries


@dataclass(frozen=True)
class SyncOutResult:
    folder: Path
    workbook: Path
    pdf: Path | None
    #: Why there is no PDF ("" when there is one).
    pdf_problem: str


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or with the time added when a file of that name exists already."""
    path = folder / name
    if not path.exists():
        return path
    stamp = dt.datetime.now().strftime("%H%M%S")
    return folder / f"{path.stem} {stamp}{path.suffix}"


def close_and_export(
    store: Store,
    event_id: int,
    *,
    base: Path,
    language: str | None = None,
    progress: Progress | None = None,
) -> SyncOutResult:
    """Write the workbook and the PDF summary into the event's export folder and close it.

    The event is closed only when the files were written (a PDF that cannot be written is
    noted in ``pdf_problem`` and does not stop it). Raises ExportError/NotFoundError otherwise.
    """
    from dialogue_desk.exchange.workbook.event import write_snapshot_workbook

    record = get_event(store, event_id)
    language = language or record.language
    folder = event_folder(base, record.title, record.start_date)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        text = translate(
            "Export",
            "The export folder {folder} could not be created ({reason}). Choose another "
            "export folder.",
        )
        raise ExportError(text.format(folder=folder, reason=error.strerror or error)) from error
    snapshot = load_snapshot(store, event_id)
    # The files are the record of the closed event: they say Closed, not Running.
    snapshot = dataclasses.replace(
        snapshot, event=dataclasses.replace(snapshot.event, status=EventStatus.CLOSED)
    )
    practice = snapshot.practice
    workbook = write_snapshot_workbook(
        snapshot,
        _free_name(folder, dated_file_name(record.title, ".xlsx", practice=practice)),
        language=language,
        progress=progress,
    )
    pdf: Path | None = None
    problem = ""
    from dialogue_desk.exchange.pdf import report

    target = _free_name(folder, dated_file_name(record.title, ".pdf", practice=practice))
    try:
        pdf = report.write_snapshot_report(snapshot, target, language=language)
    except ServiceError as error:
        # The workbook holds everything the PDF would; a PDF that cannot be written (a layout
        # the page cannot hold, a full disk) is reported and does not keep the event open.
        log.warning("PDF summary not written: %s", error)
        problem = str(error)
    set_status(store, event_id, EventStatus.CLOSED)
    files = [workbook] + ([pdf] if pdf else [])
    record_export("close", [event_id], files, language=language, base=base)
    return SyncOutResult(folder, workbook, pdf, problem)


def reopen_event(store: Store, event_id: int) -> None:
    """Undo the closing: the event runs again (its exports stay where they are)."""
    set_status(store, event_id, EventStatus.RUNNING)
