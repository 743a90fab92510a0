"""The coordinator's workbook of one event: eight tidy sheets in the export language.

``write_event_workbook(store, event_id, path, language=..., pseudonymise=...)`` reads the event
once (``services.snapshot.load_snapshot``), builds the sheets
(:mod:`dialogue_desk.exchange.workbook.sheets`) and writes them with openpyxl's write-only mode
to a temporary file that is then moved into place.
"""

from __future__ import annotations

import functools
from pathlib import Path

from dialogue_desk.exchange.files import (
    ExportCancelled,
    Progress,
    write_atomically,
)
from dialogue_desk.exchange.workbook.cells import discard_write_only, sheet_name, write_sheet
from dialogue_desk.exchange.workbook.codes import add_code_columns
from dialogue_desk.exchange.workbook.printing import PrintTexts
from dialogue_desk.exchange.workbook.sheets import BUILDERS, CONTEXT, SHEET_NAMES
from dialogue_desk.i18n import QT_TRANSLATE_NOOP, normalise, translate_in
from dialogue_desk.services.snapshot import EventSnapshot, load_snapshot
from dialogue_desk.services.snapshot import pseudonymise as make_pseudonymous
from dialogue_desk.store import Store

__all__ = ["ExportCancelled", "write_event_workbook", "write_snapshot_workbook"]


def write_event_workbook(
    store: Store,
    event_id: int,
    path: Path | str,
    *,
    language: str = "en",
    pseudonymise: bool = False,
    progress: Progress | None = None,
    codes: bool = False,
) -> Path:
    """Write the event workbook to ``path`` and return it.

    ``path`` is the file written, also in the practice store: a workbook from there says
    PRACTICE on its Summary sheet and in its properties, and the default names the app and
    the close command choose start with PRACTICE. Raises NotFoundError for an unknown event and
    ExportError (nothing changed) when the file cannot be written.
    """
    snapshot = load_snapshot(store, event_id)
    if pseudonymise:
        snapshot = make_pseudonymous(snapshot)
    return write_snapshot_workbook(snapshot, path, language=language, progress=progress,
                                   codes=codes)  # fmt: skip


def write_snapshot_workbook(
    snapshot: EventSnapshot,
    path: Path | str,
    *,
    language: str = "en",
    progress: Progress | None = None,
    codes: bool = False,
) -> Path:
    """Write an already loaded snapshot; ``codes`` adds language-independent columns."""
    from openpyxl import Workbook

    language = normalise(language)
    tr = functools.partial(translate_in, language, CONTEXT)
    path = Path(path)
    taken: set[str] = set()
    specs = [
        build(snapshot, tr, language, sheet_name(tr(name), taken))
        for build, name in zip(BUILDERS, SHEET_NAMES, strict=True)
    ]
    if codes:
        specs = [add_code_columns(spec) for spec in specs]
    # Progress counts rows written; the last step is zipping the file.
    total = sum(len(spec.rows) + 1 for spec in specs) + 1
    if progress is not None:
        progress(0, total)

    texts = PrintTexts(
        event=snapshot.event.title,
        page_of=tr(QT_TRANSLATE_NOOP("Workbook", "Page {page} of {pages}")),
    )

    def write(temporary: Path) -> None:
        workbook = Workbook(write_only=True)
        workbook.properties.title = snapshot.event.title
        workbook.properties.creator = "Dialogue Desk"
        workbook.properties.language = language
        if snapshot.practice:
            workbook.properties.keywords = "PRACTICE"
        done = 0
        try:
            for spec in specs:
                tick = None
                if progress is not None:
                    tick = functools.partial(lambda before, rows: progress(before + rows, total),
                                             done)  # fmt: skip
                write_sheet(workbook, spec, tick, texts)
                done += len(spec.rows) + 1
                if progress is not None:
                    progress(done, total)
        except BaseException:
            discard_write_only(workbook)
            raise
        workbook.save(temporary)

    written = write_atomically(path, write)
    if progress is not None:
        progress(total, total)
    return written
