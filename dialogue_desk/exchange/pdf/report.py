"""The PDF summary report of an event, in any of the five languages.

``write_report(store, event_id, path, language=..., pseudonymise=...)`` reads the event once
(``services.snapshot.load_snapshot``) and writes: a cover with key figures,
attendance per day and by stakeholder group, the agenda as run with overruns marked, notes by
agenda item with decisions and the action items, the evaluation with a chart per rating or choice
question, and the list of participants who agreed to be listed (never in a pseudonymised report
or under the Chatham House rule). A long report gets a table of contents.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from dialogue_desk.exchange.files import Progress
from dialogue_desk.exchange.pdf import parts
from dialogue_desk.exchange.pdf.contents import Contents, headings
from dialogue_desk.exchange.pdf.cover import cover
from dialogue_desk.exchange.pdf.layer import (
    MARGIN,
    PAGE,
    PageSetup,
    ReportDocument,
    canvas_maker,
    cell,
    data_tables,
    esc,
    heading,
    styles,
    tr,
    write_atomically,
)
from dialogue_desk.exchange.pdf.tables import CHUNK_ROWS, ROWS_PROGRESS
from dialogue_desk.exchange.pdf.typeset import Paragraph
from dialogue_desk.i18n import QT_TRANSLATE_NOOP, is_supported, translate
from dialogue_desk.services.checkin import in_name_order
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.import_preview import paused_gc
from dialogue_desk.services.labels import label
from dialogue_desk.services.snapshot import EventSnapshot, load_snapshot
from dialogue_desk.services.snapshot import pseudonymise as make_pseudonymous
from dialogue_desk.store import Store
from dialogue_desk.store.enums import StakeholderGroup

#: A report longer than this many pages gets a table of contents after the cover.
TOC_AFTER_PAGES = 4
#: Above this many listed participants the report is long whatever else it holds.
LONG_LIST = 80
WIDTH = PAGE[0] - 2 * MARGIN
PROGRESS_STEPS = 1000


def write_report(
    store: Store,
    event_id: int,
    path: Path | str,
    *,
    language: str = "en",
    pseudonymise: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write the summary report of event ``event_id`` to ``path``; returns the path written.

    Raises NotFoundError for an unknown event and ServiceError for an unsupported language or
    a target that cannot be written (any earlier file there is left unchanged).
    ``progress(done, total)`` is called as the pages are laid out; an exception it raises
    (a cancellation) stops the export and leaves no file behind.
    """
    if not is_supported(language):
        raise ServiceError(
            translate(
                "PdfExport", "There is no report language \u201c{code}\u201d; use one of {codes}."
            ).format(code=language, codes="en, et, lv, sv, ru")
        )
    # The collector off while the snapshot and the pages are built: it would walk the
    # thousands of long-lived rows and flowables again and again (a fifth of the export), and
    # the few cycles reportlab makes are collected once at the end.
    with paused_gc():
        snapshot = load_snapshot(store, event_id)
        if pseudonymise:
            snapshot = make_pseudonymous(snapshot)
        return write_snapshot_report(snapshot, path, language=language, progress=progress)


def write_snapshot_report(
    snapshot: EventSnapshot,
    path: Path | str,
    *,
    language: str,
    progress: Progress | None = None,
) -> Path:
    """Write the report of an already loaded (and perhaps pseudonymised) snapshot."""
    event = snapshot.event
    setup = PageSetup(
        event_title=event.title,
        document_title=tr(language, QT_TRANSLATE_NOOP("Report", "Summary report")),
        language=language,
        practice=snapshot.practice,
        generated_at=snapshot.taken_at,
        author=event.organiser,
    )

    def story(with_toc: bool) -> list[Any]:
        return _story(snapshot, language, with_toc)

    def write(temporary: str) -> None:
        long_hint = len(_listed(snapshot, language)) > LONG_LIST
        if not long_hint:
            buffer = io.BytesIO()
            document = ReportDocument(buffer, setup)
            _track(document, progress, 0, PROGRESS_STEPS if long_hint else PROGRESS_STEPS // 3)
            document.build(story(False), canvasmaker=canvas_maker(setup))
            if document.page <= TOC_AFTER_PAGES:
                with open(temporary, "wb") as handle:
                    handle.write(buffer.getvalue())
                if progress is not None:
                    progress(PROGRESS_STEPS, PROGRESS_STEPS)
                return
        start = 0 if long_hint else PROGRESS_STEPS // 3
        document = ReportDocument(temporary, setup)
        _track(document, progress, start, (PROGRESS_STEPS - start) // 2)
        # One layout pass: the contents draw their page numbers when the pages are written.
        document.build(story(True), canvasmaker=canvas_maker(setup))
        if progress is not None:
            progress(PROGRESS_STEPS, PROGRESS_STEPS)

    return write_atomically(path, write)


def _track(document: ReportDocument, progress: Progress | None, start: int, span: int) -> None:
    """Report layout progress as ``start`` + a share of ``span`` steps for each pass."""
    if progress is None:
        return
    state: dict[str, float] = {"pass": -1, "size": 1, "last": start, "laid": 0, "rows": 0,
                               "weighed": 0}  # fmt: skip

    def callback(kind: str, value: Any) -> None:
        if kind == "STARTED":
            state.update({"pass": state["pass"] + 1, "laid": 0, "rows": 0, "weighed": 0})
        elif kind == "SIZE_EST":
            state["size"] = max(1, value)
        elif kind == "PROGRESS":
            state["laid"] = value
        elif kind == ROWS_PROGRESS:
            # A long list weighs as the tables of CHUNK_ROWS rows it stands for.
            rows, count = value
            weight = count / CHUNK_ROWS
            if not state["weighed"]:
                state["size"] += weight
                state["weighed"] = 1
            state["rows"] = weight * rows / max(1, count)
        else:
            return
        share = min(1.0, (state["laid"] + state["rows"]) / state["size"])
        done = min(start + span * int(state["pass"]) + round(span * share), PROGRESS_STEPS - 1)
        if done > state["last"]:  # a bar never goes backwards
            state["last"] = done
            progress(done, PROGRESS_STEPS)

    document.setProgressCallBack(callback)


def _story(snapshot: EventSnapshot, language: str, with_toc: bool) -> list[Any]:
    s = styles()
    flow: list[Any] = cover(snapshot, language)
    contents_at = len(flow)
    sections: list[Callable[[EventSnapshot, str], list[Any]]] = [
        parts.attendance,
        parts.agenda_as_run,
        parts.notes,
        parts.evaluation,
    ]
    for section in sections:
        content = section(snapshot, language)
        if content:
            # A long report starts each section on a new page; a short one stays compact.
            flow += [PageBreak()] if with_toc else [CondPageBreak(80 * mm), Spacer(0, 5 * mm)]
            flow += content
    flow += [CondPageBreak(60 * mm), Spacer(0, 5 * mm), *_participant_list(snapshot, language)]
    if with_toc:
        # After the cover, before the sections: its entries are the headings of the story.
        flow[contents_at:contents_at] = [
            Spacer(0, 6 * mm),
            Paragraph(esc(tr(language, QT_TRANSLATE_NOOP("Report", "Contents"))), s.h1),
            Contents(headings(flow)),
        ]
    return flow


def _listed(snapshot: EventSnapshot, language: str) -> list[Any]:
    """Participants who agreed to be listed, by last name; none when names must not show."""
    if snapshot.pseudonymised or snapshot.event.chatham_house:
        return []
    return in_name_order([p for p in snapshot.participants if p.consent_listed], language)


def _participant_list(snapshot: EventSnapshot, language: str) -> list[Any]:
    s = styles()
    t = lambda text: tr(language, text)  # noqa: E731
    flow: list[Any] = [heading(t(QT_TRANSLATE_NOOP("Report", "Participants")), s.h1, 0)]
    if snapshot.pseudonymised:
        return flow + [
            Paragraph(
                esc(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "The list of participants is left out of a pseudonymised report.",
                        )
                    )
                ),
                s.muted,
            )
        ]
    if snapshot.event.chatham_house:
        return flow + [
            Paragraph(
                esc(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "The list of participants is left out: the "
                            "event was held under the Chatham House "
                            "rule.",
                        )
                    )
                ),
                s.muted,
            )
        ]
    listed = _listed(snapshot, language)
    total = len(snapshot.participants)
    flow.append(
        Paragraph(
            esc(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Listed here with their consent: {listed} of {total} participants.",
                    )
                ).format(listed=len(listed), total=total)
            ),
            s.muted,
        )
    )
    if not listed:
        return flow
    rows: list[list[Any]] = [
        [
            Paragraph(esc(t(text)), s.cell_head)
            for text in (
                QT_TRANSLATE_NOOP("Report", "Name"),
                QT_TRANSLATE_NOOP("Report", "Organisation"),
                QT_TRANSLATE_NOOP("Report", "Role"),
                QT_TRANSLATE_NOOP("Report", "Stakeholder group"),
            )
        ]
    ]
    widths = [WIDTH * 0.25, WIDTH * 0.31, WIDTH * 0.15, WIDTH * 0.29]
    groups = {g: label(g, language) for g in StakeholderGroup}
    for p in listed:
        name = f"{p.last_name}, {p.first_name}" if p.first_name and p.last_name else p.display_name
        rows.append(
            [
                cell(name, s.cell, widths[0]),
                cell(p.organisation, s.cell, widths[1]),
                cell(p.role, s.cell, widths[2]),
                cell(groups[p.stakeholder_group], s.cell, widths[3]),
            ]
        )
    return flow + data_tables(rows, widths)
