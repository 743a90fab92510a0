"""The evaluation sheets of the event workbook: one row per response, one per question.

Split from :mod:`sheets` (the other six sheets) to keep each module small; the same rules
apply: headers translated through the "Workbook" context, user text verbatim.
"""

from __future__ import annotations

from collections.abc import Callable

from dialogue_desk.exchange.workbook.cells import (
    DATETIME,
    INT,
    NUMBER,
    TEXT,
    WRAP,
    Coded,
    Column,
    SheetSpec,
    yn,
)
from dialogue_desk.exchange.workbook.laptops import recorded_on_column, shows_laptops
from dialogue_desk.i18n import QT_TRANSLATE_NOOP
from dialogue_desk.services.labels import label
from dialogue_desk.services.snapshot import EventSnapshot, QuestionEntry, question_figures
from dialogue_desk.store.enums import QuestionKind

Tr = Callable[[str], str]


def _question_headers(snap: EventSnapshot, lang: str) -> list[tuple[QuestionEntry, str]]:
    questions = [q for f in snap.forms for q in f.questions if q.kind is not QuestionKind.SECTION]
    labels = [q.label_in(lang) for q in questions]
    seen: dict[str, int] = {}
    for text in labels:
        seen[text.casefold()] = seen.get(text.casefold(), 0) + 1
    return [(q, text if seen[text.casefold()] == 1 else f"{text} ({q.name})")
            for q, text in zip(questions, labels, strict=True)]  # fmt: skip


def responses(snap: EventSnapshot, tr: Tr, lang: str, title: str) -> SheetSpec:
    yes, no = tr(QT_TRANSLATE_NOOP("Workbook", "Yes")), tr(QT_TRANSLATE_NOOP("Workbook", "No"))
    headers = _question_headers(snap, lang)
    several = len(snap.forms) > 1
    columns = [Column(tr(QT_TRANSLATE_NOOP("Workbook", "Response")), INT)]
    if several:
        columns.append(Column(tr(QT_TRANSLATE_NOOP("Workbook", "Form")), TEXT))
    columns += [
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Submitted at")), DATETIME),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Channel")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Language")), TEXT),
    ]
    laptops = shows_laptops(snap)
    if laptops:
        columns.append(recorded_on_column(tr))
    kinds = {QuestionKind.RATING: INT, QuestionKind.NUMBER: TEXT,
             QuestionKind.LONG_TEXT: WRAP}  # fmt: skip
    for q, header in headers:
        kind = kinds.get(q.kind, TEXT)
        columns.append(Column(header, kind, width=40 if kind == WRAP else None))
    spec = SheetSpec(title, columns)
    form_titles = {f.id: f.title_in(lang) for f in snap.forms}
    channel_labels: dict[object, Coded] = {}
    for number, r in enumerate(snap.responses, start=1):
        channel = channel_labels.get(r.channel)
        if channel is None:
            channel = channel_labels[r.channel] = _channel(r.channel, tr)
        row: list[object] = [number]
        if several:
            row.append(form_titles.get(r.form_id, ""))
        row += [r.submitted_at, channel, r.language]
        if laptops:
            row.append(r.recorded_on)
        for q, _header in headers:
            a = r.answers.get(q.id) if q.form_id == r.form_id else None
            if a is None:
                row.append(None)
            elif q.kind is QuestionKind.YES_NO:
                row.append(None if a.number is None else yn(bool(a.number), yes, no))
            elif q.kind in (QuestionKind.RATING, QuestionKind.NUMBER):
                row.append(_number(a.number))
            elif a.choices:
                labels = "; ".join(q.choice_label(c, lang) for c in a.choices)
                row.append(Coded(labels, " ".join(a.choices)))
            else:
                row.append(a.text)
        spec.add(*row)
    return spec


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _channel(channel: object, tr: Tr) -> Coded:
    names = {
        "kiosk": QT_TRANSLATE_NOOP("Workbook", "Kiosk"),
        "paper": QT_TRANSLATE_NOOP("Workbook", "Paper"),
        "import": QT_TRANSLATE_NOOP("Workbook", "Imported"),
    }
    value = getattr(channel, "value", str(channel))
    return Coded(tr(names[value]) if value in names else value, value)


def evaluation_summary(snap: EventSnapshot, tr: Tr, lang: str, title: str) -> SheetSpec:
    yes, no = tr(QT_TRANSLATE_NOOP("Workbook", "Yes")), tr(QT_TRANSLATE_NOOP("Workbook", "No"))
    spec = SheetSpec(title, [
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Form")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "No.")), INT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Question")), WRAP, width=45),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Type")), TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Answers")), INT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Skipped (not relevant)")), INT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Unanswered")), INT),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Mean")), NUMBER),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Median")), NUMBER),
        Column(tr(QT_TRANSLATE_NOOP("Workbook", "Distribution")), WRAP, width=50),
    ])  # fmt: skip
    numbers: dict[int, int] = {}
    for f in question_figures(snap):
        q = f.question
        numbers[f.form.id] = numbers.get(f.form.id, 0) + 1
        parts = []
        for value, count in f.distribution:
            if q.kind is QuestionKind.YES_NO:
                name = yes if value else no
            elif isinstance(value, str):
                name = q.choice_label(value, lang)
            else:
                name = str(_number(value))
            parts.append(f"{name}: {count}")
        spec.add(f.form.title_in(lang), numbers[f.form.id], q.label_in(lang), label(q.kind, lang),
                 f.answered, f.skipped, f.unanswered, f.mean, f.median,
                 " · ".join(parts))  # fmt: skip
    return spec
