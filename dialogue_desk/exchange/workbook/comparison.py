"""The comparison workbook: pilot events side by side, for the cross-country analysis.

The first sheet has one row per event (country, city, kind, dates, registered, attended,
attendance rate, stakeholder mix in %, mean of each rating question the forms share); then one
sheet per measure (event and value, with a bar chart) ready for charting.
A rating question is *shared* when its machine name occurs in the forms of at least two of the
events compared (with a single event: every rating question).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter

from dialogue_desk.exchange.files import Progress, write_atomically
from dialogue_desk.exchange.workbook.cells import (
    DATE,
    INT,
    NUMBER,
    PERCENT,
    TEXT,
    Column,
    SheetSpec,
    coded,
    discard_write_only,
    sheet_name,
    write_sheet,
)
from dialogue_desk.exchange.workbook.codes import add_code_columns
from dialogue_desk.exchange.workbook.printing import PrintTexts
from dialogue_desk.i18n import QT_TRANSLATE_NOOP, normalise, translate_in
from dialogue_desk.services.labels import label
from dialogue_desk.services.snapshot import (
    AttendanceFigures,
    EventSnapshot,
    attendance,
    load_snapshot,
    rating_means,
)
from dialogue_desk.store import Store
from dialogue_desk.store.enums import QuestionKind, StakeholderGroup

CONTEXT = "Workbook"


@dataclass(frozen=True)
class _EventRow:
    snapshot: EventSnapshot
    figures: AttendanceFigures
    means: dict[str, float]

    @property
    def name(self) -> str:
        e = self.snapshot.event
        return f"{e.title} ({e.city}, {e.start_date.isoformat()})" if e.city else e.title


def _scales(rows: list[_EventRow]) -> dict[str, tuple[int, int]]:
    """The scale (lowest, highest) of each rating question, by machine name."""
    scales: dict[str, tuple[int, int]] = {}
    for row in rows:
        for form in row.snapshot.forms:
            for q in form.questions:
                if q.kind is QuestionKind.RATING and q.scale_max is not None:
                    scales.setdefault(q.name, (q.scale_min or 1, q.scale_max))
    return scales


def _shared_ratings(rows: list[_EventRow], language: str) -> list[tuple[str, str]]:
    """(machine name, label) of the rating questions to compare, in order of first appearance."""
    seen: dict[str, int] = {}
    labels: dict[str, str] = {}
    for row in rows:
        for form in row.snapshot.forms:
            for q in form.questions:
                if q.kind is QuestionKind.RATING and q.name not in labels:
                    labels[q.name] = q.label_in(language)
        for name in {q.name for f in row.snapshot.forms for q in f.questions}:
            seen[name] = seen.get(name, 0) + 1
    needed = 1 if len(rows) == 1 else 2
    return [(name, text) for name, text in labels.items() if seen.get(name, 0) >= needed]


def write_comparison_workbook(
    store: Store,
    event_ids: Sequence[int],
    path: Path | str,
    *,
    language: str = "en",
    progress: Progress | None = None,
) -> Path:
    """Write the comparison of ``event_ids`` to ``path``; returns the path actually written."""
    from openpyxl import Workbook

    language = normalise(language)
    tr = functools.partial(translate_in, language, CONTEXT)
    ids = list(dict.fromkeys(event_ids))
    total = len(ids) + 2
    rows: list[_EventRow] = []
    for step, event_id in enumerate(ids):
        if progress is not None:
            progress(step, total)
        snapshot = load_snapshot(store, event_id)
        rows.append(_EventRow(snapshot, attendance(snapshot), rating_means(snapshot)))
    ratings = _shared_ratings(rows, language)
    groups = list(StakeholderGroup)
    practice = any(r.snapshot.practice for r in rows)

    taken: set[str] = set()
    columns = [
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Event")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Country")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "City")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Kind")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "First day")), DATE),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Last day")), DATE),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Registered")), INT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Walk-ins")), INT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Attended")), INT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Attendance rate")), PERCENT),
    ]
    mix_header = tr(QT_TRANSLATE_NOOP("Workbook", "Mix: {group}"))
    columns += [Column(mix_header.format(group=label(g, language)), PERCENT) for g in groups]
    columns.append(Column(tr(QT_TRANSLATE_NOOP("Workbook", "Evaluation responses")), INT))
    mean_header = tr(QT_TRANSLATE_NOOP("Workbook", "Mean: {question}"))
    columns += [Column(mean_header.format(question=text), NUMBER) for _name, text in ratings]
    if practice:
        columns.append(Column("PRACTICE", TEXT))
    overview = SheetSpec(sheet_name(tr(QT_TRANSLATE_NOOP("Workbook", "Comparison")), taken),
                         columns)  # fmt: skip
    for r in rows:
        e, a = r.snapshot.event, r.figures
        shares = {g.group: g.share for g in a.mix}
        values: list[object] = [
            r.name, e.country, e.city, coded(e.kind, language), e.start_date, e.end_date,
            a.registered, a.walk_ins, a.attended, a.attendance_rate,
            *[shares.get(g, 0.0) if a.participants else None for g in groups],
            len(r.snapshot.responses), *[r.means.get(name) for name, _text in ratings],
        ]  # fmt: skip
        if practice:
            values.append("PRACTICE" if r.snapshot.practice else "")
        overview.add(*values)

    event_header = tr(QT_TRANSLATE_NOOP("Workbook", "Event"))
    measures: list[tuple[str, str, list[object]]] = [
        (tr(QT_TRANSLATE_NOOP("Workbook", "Registered")), INT,
         [r.figures.registered for r in rows]),
        (tr(QT_TRANSLATE_NOOP("Workbook", "Attended")), INT, [r.figures.attended for r in rows]),
        (tr(QT_TRANSLATE_NOOP("Workbook", "Attendance rate")), PERCENT,
         [r.figures.attendance_rate for r in rows]),
        *[(mean_header.format(question=text), NUMBER, [r.means.get(name) for r in rows])
          for name, text in ratings],
    ]  # fmt: skip
    scales = _scales(rows)
    scale_of = {mean_header.format(question=text): scales.get(name) for name, text in ratings}
    # Codes next to the labels: comparisons of events in several languages stack.
    overview = add_code_columns(overview)
    measure_specs = []
    for title, kind, values in measures:
        spec = SheetSpec(
            sheet_name(title, taken), [Column(event_header, TEXT), Column(title, kind)]
        )
        for r, value in zip(rows, values, strict=True):
            spec.add(r.name, value)
        measure_specs.append(spec)
    mix = SheetSpec(
        sheet_name(tr(QT_TRANSLATE_NOOP("Workbook", "Stakeholder mix")), taken),
        [Column(event_header, TEXT)] + [Column(label(g, language), PERCENT) for g in groups],
    )
    for r in rows:
        shares = {g.group: g.share for g in r.figures.mix}
        mix.add(r.name, *[shares.get(g, 0.0) for g in groups])
    measure_specs.append(mix)
    mix_measure = (mix.title, PERCENT, [])
    scale_text = tr(QT_TRANSLATE_NOOP("Workbook", "Scale {low} to {high}"))
    texts = PrintTexts(
        event=tr(QT_TRANSLATE_NOOP("Workbook", "Comparison of events")),
        page_of=tr(QT_TRANSLATE_NOOP("Workbook", "Page {page} of {pages}")),
    )

    def write(temporary: Path) -> None:
        workbook = Workbook(write_only=True)
        workbook.properties.creator = "Dialogue Desk"
        workbook.properties.language = language
        try:
            if progress is not None:
                progress(total - 2, total)
            write_sheet(workbook, overview, texts=texts)
            for spec, (title, _kind, _values) in zip(measure_specs, [*measures, mix_measure],
                                                     strict=True):  # fmt: skip
                write_sheet(workbook, spec, texts=texts)
                _add_chart(workbook.worksheets[-1], spec, stacked=spec is mix,
                           scale=scale_of.get(title), scale_text=scale_text)  # fmt: skip
            if progress is not None:
                progress(total - 1, total)
        except BaseException:
            discard_write_only(workbook)
            raise
        workbook.save(temporary)

    written = write_atomically(Path(path), write)
    if progress is not None:
        progress(total, total)
    return written


def _add_chart(
    sheet: object,
    spec: SheetSpec,
    *,
    stacked: bool,
    scale: tuple[int, int] | None = None,
    scale_text: str = "",
) -> None:
    """A bar chart of the sheet; its value axis starts at zero, a rating's ends at the top.

    An axis that starts where the data starts turns 87.9 % against 88.3 % into a bar three
    times as long as the other.
    """
    rows = len(spec.rows)
    if rows == 0:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.title = spec.title
    chart.legend = None if len(spec.columns) == 2 else chart.legend
    if stacked:
        chart.grouping = "percentStacked"
        chart.overlap = 100
    data = Reference(sheet, min_col=2, max_col=len(spec.columns), min_row=1, max_row=rows + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=rows + 1))
    chart.y_axis.scaling.min = 0
    kind = spec.columns[-1].kind
    if kind == PERCENT and not stacked:
        chart.y_axis.scaling.max = 1
        chart.y_axis.number_format = "0%"
    elif scale is not None:
        low, high = scale
        chart.y_axis.scaling.max = high
        chart.y_axis.majorUnit = 1
        chart.y_axis.title = scale_text.format(low=low, high=high)
    # openpyxl hides both axes unless told otherwise.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height = max(7.5, 1.2 * rows + 3)
    chart.width = 22
    sheet.add_chart(chart, f"{get_column_letter(len(spec.columns) + 2)}2")  # type: ignore[attr-defined]
