"""The eight sheets of the event workbook, built from a snapshot as plain typed rows.

Headers and sheet names are translated into the export language through the "Workbook"
catalogue context; enum values through ``labels.label``. User text is passed on verbatim.
The two evaluation sheets are in :mod:`evaluation_sheets`; the "Recorded on" column of the
Attendance and Evaluation responses sheets follows :mod:`laptops`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dialogue_desk.exchange.display_names import country_name, language_names
from dialogue_desk.exchange.workbook.cells import (
    DATE,
    DATETIME,
    INT,
    NUMBER,
    PERCENT,
    TEXT,
    TIME,
    WRAP,
    Column,
    SheetSpec,
    Typed,
    coded,
    yn,
)
from dialogue_desk.exchange.workbook.evaluation_sheets import evaluation_summary, responses
from dialogue_desk.exchange.workbook.laptops import recorded_on_column, shows_laptops
from dialogue_desk.i18n import QT_TRANSLATE_NOOP, translate_in
from dialogue_desk.services.checkin import sort_key
from dialogue_desk.services.labels import label
from dialogue_desk.services.snapshot import (
    EventSnapshot,
    attendance,
    question_figures,
)
from dialogue_desk.store.enums import QuestionKind

Tr = Callable[[str], str]
CONTEXT = "Workbook"

#: The sheets in order; names translated into the export language.
SHEET_NAMES = (
    QT_TRANSLATE_NOOP("Workbook", "Summary"),
    QT_TRANSLATE_NOOP("Workbook", "Agenda"),
    QT_TRANSLATE_NOOP("Workbook", "Participants"),
    QT_TRANSLATE_NOOP("Workbook", "Attendance"),
    QT_TRANSLATE_NOOP("Workbook", "Notes"),
    QT_TRANSLATE_NOOP("Workbook", "Action items"),
    QT_TRANSLATE_NOOP("Workbook", "Evaluation responses"),
    QT_TRANSLATE_NOOP("Workbook", "Evaluation summary"),
)


def local_time(utc: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC time (created/updated) as this computer's wall-clock time."""
    if utc is None:
        return None
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None, microsecond=0)


def _minutes(start: dt.datetime | None, end: dt.datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return round((end - start).total_seconds() / 60)


def summary(snap: EventSnapshot, tr: Tr, lang: str, title: str) -> SheetSpec:
    yes, no = tr(QT_TRANSLATE_NOOP("Workbook", "Yes")), tr(QT_TRANSLATE_NOOP("Workbook", "No"))
    spec = SheetSpec(title, [
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Item")), TEXT, width=62),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Value")), WRAP, width=50),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Share")), PERCENT),
    ], landscape=False)  # fmt: skip
    if snap.practice:
        spec.add("PRACTICE", tr(QT_TRANSLATE_NOOP(
            "Workbook", "Exported from the practice store: training data, not a real event."
        )))  # fmt: skip
    if snap.pseudonymised:
        spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Pseudonymised")), tr(QT_TRANSLATE_NOOP(
            "Workbook", "Participants appear as codes (P001\u2026); names, e-mails and phone "
            "numbers were removed.")))  # fmt: skip
    e = snap.event
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Event")), e.title)
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Kind")), coded(e.kind, lang))
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Status")), coded(e.status, lang))
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "First day")), Typed(e.start_date, DATE))
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Last day")), Typed(e.end_date, DATE))
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "City")), e.city)
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Country")), country_name(e.country, lang))
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Venue")), e.venue)
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Organiser")), e.organiser)
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Working languages")),
             language_names(e.languages, lang))  # fmt: skip
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Chatham House rule")),
             yes if e.chatham_house else no)  # fmt: skip
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Exported")), Typed(snap.taken_at, DATETIME))

    a = attendance(snap)
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Participants")), Typed(a.participants, INT))
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Registered")), Typed(a.registered, INT))
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Walk-ins")), Typed(a.walk_ins, INT))
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Attended (at least one day)")),
             Typed(a.attended, INT))  # fmt: skip
    for number, (day, count) in enumerate(a.per_day, start=1):
        text = tr(QT_TRANSLATE_NOOP("Workbook", "Attended on day {number} ({date})"))
        spec.add(text.format(number=number, date=day.isoformat()), Typed(count, INT))
    rate = Typed(a.attendance_rate, PERCENT) if a.attendance_rate is not None else None
    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Attendance rate (registered who came)")), rate)
    if a.mix_of_attended:
        mix_text = tr(QT_TRANSLATE_NOOP("Workbook", "Stakeholder mix (attended): {group}"))
    else:
        mix_text = tr(QT_TRANSLATE_NOOP("Workbook", "Stakeholder mix (registered): {group}"))
    for g in a.mix:
        count = g.attended if a.mix_of_attended else g.registered
        spec.add(mix_text.format(group=label(g.group, lang)), Typed(count, INT), g.share)

    spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Evaluation responses")),
             Typed(len(snap.responses), INT))  # fmt: skip
    if a.attended:
        spec.add(tr(QT_TRANSLATE_NOOP("Workbook", "Response rate (responses per attendee)")),
                 Typed(len(snap.responses) / a.attended, PERCENT))  # fmt: skip
    for f in question_figures(snap):
        if f.mean is None:
            continue
        if f.question.kind is QuestionKind.RATING:
            text = tr(QT_TRANSLATE_NOOP("Workbook", "Mean rating: {question}"))
            spec.add(text.format(question=f.question.label_in(lang)), Typed(f.mean, NUMBER))
        elif f.question.kind is QuestionKind.YES_NO:
            text = tr(QT_TRANSLATE_NOOP("Workbook", "Answered yes: {question}"))
            spec.add(text.format(question=f.question.label_in(lang)), Typed(f.answered, INT),
                     f.mean)  # fmt: skip
    return spec


def agenda(snap: EventSnapshot, tr: Tr, lang: str, title: str) -> SheetSpec:
    spec = SheetSpec(title, [
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Day")), DATE),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "No.")), INT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Planned start")), DATETIME),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Planned end")), DATETIME),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Actual start")), DATETIME),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Actual end")), DATETIME),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Planned minutes")), INT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Actual minutes")), INT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Started late (minutes)")), INT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Title")), WRAP, width=45),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Kind")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Facilitators")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Room")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Description")), WRAP),
    ])  # fmt: skip
    number_in_day: dict[dt.date, int] = {}
    for item in snap.agenda:
        number_in_day[item.day] = number_in_day.get(item.day, 0) + 1
        spec.add(
            item.day, number_in_day[item.day], item.planned_start, item.planned_end,
            item.actual_start, item.actual_end, _minutes(item.planned_start, item.planned_end),
            _minutes(item.actual_start, item.actual_end),
            _minutes(item.planned_start, item.actual_start), item.title, coded(item.kind, lang),
            item.facilitators, item.room, item.description,
        )  # fmt: skip
    return spec


def participants(snap: EventSnapshot, tr: Tr, lang: str, title: str) -> SheetSpec:
    yes, no = tr(QT_TRANSLATE_NOOP("Workbook", "Yes")), tr(QT_TRANSLATE_NOOP("Workbook", "No"))
    named = not snap.pseudonymised
    columns = [Column(tr(QT_TRANSLATE_NOOP("Workbook", "Code")), TEXT)]
    if named:
        columns += [Column(tr(QT_TRANSLATE_NOOP("Workbook", "First name")), TEXT),
                    Column(tr(QT_TRANSLATE_NOOP("Workbook", "Last name")), TEXT)]  # fmt: skip
    columns += [
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Organisation")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Role")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Stakeholder group")), TEXT),
    ]
    if named:
        columns += [Column(tr(QT_TRANSLATE_NOOP("Workbook", "E-mail")), TEXT),
                    Column(tr(QT_TRANSLATE_NOOP("Workbook", "Phone")), TEXT)]  # fmt: skip
    columns += [
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Country")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Language")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Walk-in")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "May be listed")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Photos allowed")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "May be contacted")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Registered at")), DATETIME),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Days attended")), INT),
    ]
    days = snap.event.days
    day_header = tr(QT_TRANSLATE_NOOP("Workbook", "Day {number} ({date})"))
    columns += [Column(day_header.format(number=i, date=d.isoformat()), TEXT)
                for i, d in enumerate(days, start=1)]  # fmt: skip
    if named:
        # Own context: the "Notes" sheet is meeting notes (ru «Заметки»), this «Примечания».
        notes = QT_TRANSLATE_NOOP("WorkbookParticipants", "Notes")
        columns.append(Column(translate_in(lang, "WorkbookParticipants", notes), WRAP))
    spec = SheetSpec(title, columns)
    # Named, in the one participant order (namesakes by code, which every laptop agrees on,
    # not by local id); pseudonymised, by code: an order by name would tell something about
    # the names removed.
    people = (sorted(snap.participants, key=lambda p: sort_key(p, lang)) if named
              else snap.participants)  # fmt: skip
    for p in people:
        row: list[object] = [p.code]
        if named:
            row += [p.first_name, p.last_name]
        row += [p.organisation, p.role, coded(p.stakeholder_group, lang)]
        if named:
            row += [p.email, p.phone]
        row += [
            p.country, p.preferred_language, yn(p.walk_in, yes, no),
            yn(p.consent_listed, yes, no), yn(p.consent_photos, yes, no),
            yn(p.consent_contact, yes, no), local_time(p.registered_at), len(p.days_attended),
        ]  # fmt: skip
        attended = set(p.days_attended)
        row += [yn(True, yes, no) if d in attended else "" for d in days]
        if named:
            row.append(p.notes)
        spec.add(*row)
    return spec


def attendance_sheet(snap: EventSnapshot, tr: Tr, lang: str, title: str) -> SheetSpec:
    named = not snap.pseudonymised
    columns = [Column(tr(QT_TRANSLATE_NOOP("Workbook", "Code")), TEXT)]
    if named:
        columns.append(Column(tr(QT_TRANSLATE_NOOP("Workbook", "Participant")), TEXT))
    columns += [
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Organisation")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Stakeholder group")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Day")), DATE),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Time")), TIME),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "How")), TEXT),
    ]
    laptops = shows_laptops(snap)
    if laptops:
        columns.append(recorded_on_column(tr))
    spec = SheetSpec(title, columns)
    for c in snap.check_ins:
        p = snap.participant(c.participant_id)
        if p is None:
            continue
        row: list[object] = [p.code]
        if named:
            row.append(p.display_name)
        row += [p.organisation, coded(p.stakeholder_group, lang), c.day, c.checked_in_at,
                coded(c.method, lang)]  # fmt: skip
        if laptops:
            row.append(c.recorded_on)
        spec.add(*row)
    return spec


def notes(snap: EventSnapshot, tr: Tr, lang: str, title: str) -> SheetSpec:
    attributed = not snap.event.chatham_house
    general = tr(QT_TRANSLATE_NOOP("Workbook", "General"))
    day_of = {item.id: item.day for item in snap.agenda}
    columns = [
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Day")), DATE),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Agenda item")), WRAP, width=35),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Kind")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Text")), WRAP),
    ]
    if attributed:
        columns.append(Column(tr(QT_TRANSLATE_NOOP("Workbook", "Author")), TEXT))
    columns.append(Column(tr(QT_TRANSLATE_NOOP("Workbook", "Written at")), DATETIME))
    spec = SheetSpec(title, columns)
    for n in snap.notes:
        row: list[object] = [day_of.get(n.agenda_item_id) if n.agenda_item_id else None,
                             n.agenda_title or general, coded(n.kind, lang), n.text]  # fmt: skip
        if attributed:
            row.append(n.author)
        row.append(local_time(n.created_at))
        spec.add(*row)
    return spec


def action_items(snap: EventSnapshot, tr: Tr, lang: str, title: str) -> SheetSpec:
    general = tr(QT_TRANSLATE_NOOP("Workbook", "General"))
    spec = SheetSpec(title, [
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Action")), WRAP),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Owner")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Organisation")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Due date")), DATE),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Status")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Agenda item")), WRAP, width=35),
    ])  # fmt: skip
    for n in snap.notes:
        if n.action is None:
            continue
        a = n.action
        spec.add(n.text, a.owner, a.organisation, a.due_date, coded(a.status, lang),
                 n.agenda_title or general)  # fmt: skip
    return spec


BUILDERS = (summary, agenda, participants, attendance_sheet, notes, action_items, responses,
            evaluation_summary)  # fmt: skip
