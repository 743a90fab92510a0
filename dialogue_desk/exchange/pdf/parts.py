"""Sections of the summary report: attendance, the agenda as run, and notes with action items.

Each section is a function ``(snapshot, language) -> list of flowables``; user text is escaped.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from dialogue_desk.exchange.pdf.charts import BarRow, hbar_chart
from dialogue_desk.exchange.pdf.evaluation import evaluation
from dialogue_desk.exchange.pdf.layer import (
    ALERT,
    MARGIN,
    PAGE,
    data_table,
    esc,
    format_date,
    format_percent,
    format_time,
    heading,
    styles,
    tr,
)
from dialogue_desk.exchange.pdf.typeset import Paragraph
from dialogue_desk.i18n import QT_TRANSLATE_NOOP
from dialogue_desk.services.labels import label
from dialogue_desk.services.snapshot import AgendaEntry, EventSnapshot, NoteEntry
from dialogue_desk.store.enums import ActionStatus, NoteKind, StakeholderGroup

WIDTH = PAGE[0] - 2 * MARGIN
#: More days than this and the attendance chart shows "any day" instead of one bar per day.
CHART_DAYS = 4

__all__ = ["agenda_as_run", "attendance", "evaluation", "notes"]


def _head(texts: list[str], language: str, *, numbers_from: int = 99) -> list[Any]:
    """Header cells; columns from ``numbers_from`` on hold numbers and are right-aligned."""
    s = styles()
    return [
        Paragraph(esc(tr(language, text)), s.cell_head_right if i >= numbers_from else s.cell_head)
        for i, text in enumerate(texts)
    ]


def _cell(text: object, style: str = "cell") -> Paragraph:
    return Paragraph(esc(text), getattr(styles(), style))


def _day_name(number: int, day: dt.date, language: str) -> str:
    return tr(language, QT_TRANSLATE_NOOP("Report", "Day {number}")).format(number=number) + (
        f" ({format_date(day, language, style='short')})"
    )


# --- attendance ----------------------------------------------------------------------------


def attendance(snapshot: EventSnapshot, language: str) -> list[Any]:
    s = styles()
    t = lambda text: tr(language, text)  # noqa: E731
    days = snapshot.event.days
    people = snapshot.participants
    registered = [p for p in people if not p.walk_in]
    flow: list[Any] = [heading(t(QT_TRANSLATE_NOOP("Report", "Attendance")), s.h1, 0)]

    rows: list[list[Any]] = [
        _head(
            [
                QT_TRANSLATE_NOOP("Report", "Day"),
                QT_TRANSLATE_NOOP("Report", "Attended"),
                QT_TRANSLATE_NOOP("Report", "of them walk-ins"),
                QT_TRANSLATE_NOOP("Report", "Share of those registered"),
            ],
            language,
            numbers_from=1,
        )
    ]
    for number, day in enumerate(days, start=1):
        came = [p for p in people if day in p.days_attended]
        walk_ins = sum(1 for p in came if p.walk_in)
        rows.append(
            [
                _cell(_day_name(number, day, language)),
                _cell(len(came), "cell_right"),
                _cell(walk_ins, "cell_right"),
                _cell(
                    format_percent(len(came) - walk_ins, len(registered), language), "cell_right"
                ),
            ]
        )
    flow.append(data_table(rows, [WIDTH * 0.4, WIDTH * 0.18, WIDTH * 0.18, WIDTH * 0.24]))

    groups = [g for g in StakeholderGroup if any(p.stakeholder_group is g for p in people)]
    if not groups:
        return flow + [
            Spacer(0, 3 * mm),
            Paragraph(esc(t(QT_TRANSLATE_NOOP("Report", "No one has registered yet."))), s.muted),
        ]
    flow.append(heading(t(QT_TRANSLATE_NOOP("Report", "By stakeholder group")), s.h2, 1))
    by_day = len(days) <= CHART_DAYS
    series = [t(QT_TRANSLATE_NOOP("Report", "Registered"))]
    series += (
        [_day_name(n, d, language) for n, d in enumerate(days, 1)]
        if by_day
        else [t(QT_TRANSLATE_NOOP("Report", "Attended"))]
    )
    head = [
        QT_TRANSLATE_NOOP("Report", "Stakeholder group"),
        QT_TRANSLATE_NOOP("Report", "Registered"),
        QT_TRANSLATE_NOOP("Report", "Walk-ins"),
    ]
    table: list[list[Any]] = [
        _head(head, language, numbers_from=1)
        + [Paragraph(esc(name), s.cell_head_right) for name in series[1:]]
    ]
    chart_rows: list[BarRow] = []
    for group in groups:
        members = [p for p in people if p.stakeholder_group is group]
        reg = sum(1 for p in members if not p.walk_in)
        walk = len(members) - reg
        if by_day:
            counts = [sum(1 for p in members if d in p.days_attended) for d in days]
        else:
            counts = [sum(1 for p in members if p.days_attended)]
        name = label(group, language)
        chart_rows.append(BarRow(name, tuple(float(v) for v in [reg, *counts])))
        table.append(
            [
                _cell(name),
                _cell(reg, "cell_right"),
                _cell(walk, "cell_right"),
                *(_cell(c, "cell_right") for c in counts),
            ]
        )
    chart = hbar_chart(chart_rows, width=WIDTH, series=series, value_text=lambda v: f"{v:.0f}")
    flow += [Spacer(0, 2 * mm), chart, Spacer(0, 4 * mm)]
    rest = len(series) - 1
    widths = [WIDTH * 0.34, WIDTH * 0.13, WIDTH * 0.13]
    widths += [(WIDTH - sum(widths)) / rest] * rest
    flow.append(data_table(table, widths))
    return flow


# --- agenda as run -------------------------------------------------------------------------


def _minutes(start: dt.datetime, end: dt.datetime) -> int:
    return round((end - start).total_seconds() / 60)


def _minutes_text(minutes: int, language: str) -> str:
    return tr(language, QT_TRANSLATE_NOOP("Report", "{minutes} min")).format(
        minutes=f"{minutes:+d}"
    )


def agenda_as_run(snapshot: EventSnapshot, language: str) -> list[Any]:
    s = styles()
    t = lambda text: tr(language, text)  # noqa: E731
    flow: list[Any] = [heading(t(QT_TRANSLATE_NOOP("Report", "Agenda as run")), s.h1, 0)]
    if not snapshot.agenda:
        return flow + [
            Paragraph(esc(t(QT_TRANSLATE_NOOP("Report", "The agenda is empty."))), s.muted)
        ]
    flow.append(
        Paragraph(
            esc(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Planned and actual times. An item that took longer "
                        "than planned is marked in red with the extra "
                        "minutes.",
                    )
                )
            ),
            s.muted,
        )
    )
    by_day: dict[dt.date, list[AgendaEntry]] = defaultdict(list)
    for item in snapshot.agenda:
        by_day[item.day].append(item)
    days = snapshot.event.days
    for day in sorted(by_day):
        number = days.index(day) + 1 if day in days else 0
        title = format_date(day, language, style="weekday")
        if number:
            day_name = t(QT_TRANSLATE_NOOP("Report", "Day {number}")).format(number=number)
            title = f"{day_name}: {title}"
        flow.append(heading(title, s.h2, 1))
        flow.append(_agenda_table(by_day[day], language))
        last = by_day[day][-1]
        if last.actual_end is not None:
            late = _minutes(last.planned_end, last.actual_end)
            text = t(QT_TRANSLATE_NOOP("Report", "Planned end {planned}, actual end {actual}"))
            text = text.format(
                planned=format_time(last.end_time, language),
                actual=format_time(last.actual_end, language),
            )
            if late:
                text += f" ({_minutes_text(late, language)})"
            flow += [Spacer(0, 1.5 * mm), Paragraph(esc(text + "."), s.muted)]
    return flow


def _agenda_table(items: list[AgendaEntry], language: str) -> Any:
    s = styles()
    rows: list[list[Any]] = [
        _head(
            [
                QT_TRANSLATE_NOOP("Report", "Planned"),
                QT_TRANSLATE_NOOP("Report", "Actual"),
                QT_TRANSLATE_NOOP("Report", "Item"),
                QT_TRANSLATE_NOOP("Report", "Against plan"),
            ],
            language,
            numbers_from=3,
        )
    ]
    extra: list[tuple[Any, ...]] = []
    for index, item in enumerate(items, start=1):
        planned = f"{format_time(item.start_time, language)}–{format_time(item.end_time, language)}"
        if item.actual_start is None:
            actual, difference = "—", ""
        elif item.actual_end is None:
            actual = f"{format_time(item.actual_start, language)}–…"
            difference = ""
        else:
            actual = (
                f"{format_time(item.actual_start, language)}–"
                f"{format_time(item.actual_end, language)}"
            )
            planned_length = _minutes(item.planned_start, item.planned_end)
            overrun = _minutes(item.actual_start, item.actual_end) - planned_length
            difference = _minutes_text(overrun, language) if overrun else "±0"
            if overrun > 0:
                extra += [
                    ("TEXTCOLOR", (3, index), (3, index), ALERT),
                    ("FONTNAME", (3, index), (3, index), "DejaVuSans-Bold"),
                ]
        detail = label(item.kind, language)
        if item.facilitators.strip():
            detail += f" · {item.facilitators}"
        if item.room.strip():
            detail += f" · {item.room}"
        what = Paragraph(
            f"{esc(item.title)}<br/><font size=7.5 color='#66727f'>{esc(detail)}</font>", s.cell
        )
        rows.append([planned, actual, what, difference])
    widths = [WIDTH * 0.15, WIDTH * 0.15, WIDTH * 0.55, WIDTH * 0.15]
    extra.append(("ALIGN", (3, 1), (3, -1), "RIGHT"))
    return data_table(rows, widths, extra=extra)


# --- notes and action items ----------------------------------------------------------------

#: Kinds in the order a reader wants them, with their section names.
KIND_ORDER: list[tuple[NoteKind, str]] = [
    (NoteKind.KEY_POINT, QT_TRANSLATE_NOOP("Report", "Key points")),
    (NoteKind.DECISION, QT_TRANSLATE_NOOP("Report", "Decisions")),
    (NoteKind.ACTION_ITEM, QT_TRANSLATE_NOOP("Report", "Action items")),
    (NoteKind.QUESTION, QT_TRANSLATE_NOOP("Report", "Open questions")),
    (NoteKind.QUOTE, QT_TRANSLATE_NOOP("Report", "Quotes")),
    (NoteKind.NOTE, QT_TRANSLATE_NOOP("Report", "Notes")),
]


def _note_flowables(note: NoteEntry, language: str) -> Paragraph:
    s = styles()
    if note.kind is NoteKind.QUOTE:
        text = esc(note.text)
        if note.author.strip():
            text += f" <font name='DejaVuSans' color='#66727f'>— {esc(note.author)}</font>"
        return Paragraph(text, s.quote, bulletText="“")
    text = esc(note.text)
    if note.action is not None:
        owner = ", ".join(x for x in (note.action.owner, note.action.organisation) if x.strip())
        bits = [b for b in (owner, format_date(note.action.due_date, language, style="short")) if b]
        if bits:
            text += f" <font color='#66727f'>→ {esc(' · '.join(bits))}</font>"
    return Paragraph(text, s.bullet, bulletText="•")


def notes(snapshot: EventSnapshot, language: str) -> list[Any]:
    s = styles()
    t = lambda text: tr(language, text)  # noqa: E731
    flow: list[Any] = [heading(t(QT_TRANSLATE_NOOP("Report", "Notes and decisions")), s.h1, 0)]
    recorded = [n for n in snapshot.notes if n.text.strip()]
    if not recorded:
        flow.append(Paragraph(esc(t(QT_TRANSLATE_NOOP("Report", "No notes were taken."))), s.muted))
    grouped: dict[int | None, list[NoteEntry]] = defaultdict(list)
    for note in recorded:
        grouped[note.agenda_item_id].append(note)
    items = {item.id: item for item in snapshot.agenda}
    order: list[int | None] = [None] + [item.id for item in snapshot.agenda]
    order += [key for key in grouped if key not in order]
    for key in order:
        if key not in grouped:
            continue
        item = items.get(key) if key is not None else None
        if key is None:
            title = t(QT_TRANSLATE_NOOP("Report", "General"))
        elif item is not None:
            title = item.title
        else:
            title = grouped[key][0].agenda_title or t(
                QT_TRANSLATE_NOOP("Report", "Removed agenda item")
            )
        block: list[Any] = [heading(title, s.h2, 1)]
        if item is not None:
            when = (
                f"{format_date(item.day, language, style='short')}, "
                f"{format_time(item.start_time, language)}–"
                f"{format_time(item.end_time, language)}"
            )
            block.append(Paragraph(esc(when), s.muted))
        for kind, name in KIND_ORDER:
            of_kind = [n for n in grouped[key] if n.kind is kind]
            if of_kind:
                block.append(Paragraph(esc(t(name)), s.h3))
                block += [_note_flowables(n, language) for n in of_kind]
        flow.append(KeepTogether(block[:4]))
        flow += block[4:]
    flow += _action_table(snapshot, language)
    return flow


def _action_table(snapshot: EventSnapshot, language: str) -> list[Any]:
    s = styles()
    t = lambda text: tr(language, text)  # noqa: E731
    flow: list[Any] = [
        Spacer(0, 4 * mm),
        heading(t(QT_TRANSLATE_NOOP("Report", "Action items")), s.h2, 1),
    ]
    actions = [n for n in snapshot.notes if n.action is not None]
    if not actions:
        return flow + [
            Paragraph(
                esc(t(QT_TRANSLATE_NOOP("Report", "No action items were recorded."))), s.muted
            )
        ]
    actions.sort(
        key=lambda n: (
            n.action.status is ActionStatus.DONE,  # type: ignore[union-attr]
            n.action.due_date or dt.date.max,
            n.id,
        )
    )
    rows: list[list[Any]] = [
        _head(
            [
                QT_TRANSLATE_NOOP("Report", "What"),
                QT_TRANSLATE_NOOP("Report", "Owner"),
                QT_TRANSLATE_NOOP("Report", "Due"),
                QT_TRANSLATE_NOOP("Report", "Status"),
            ],
            language,
        )
    ]
    for note in actions:
        action = note.action
        assert action is not None
        owner = esc(action.owner)
        if action.organisation.strip():
            owner += f"<br/><font size=7.5 color='#66727f'>{esc(action.organisation)}</font>"
        rows.append(
            [
                _cell(note.text),
                Paragraph(owner, s.cell),
                _cell(format_date(action.due_date, language, style="short")),
                _cell(label(action.status, language)),
            ]
        )
    return flow + [data_table(rows, [WIDTH * 0.46, WIDTH * 0.28, WIDTH * 0.13, WIDTH * 0.13])]
