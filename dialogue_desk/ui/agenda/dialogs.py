"""Dialogs of the Agenda tab: an item, its actual times, copying another event's agenda."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services.agenda import AgendaItemData, AgendaItemRecord, validate
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.services.events import EventRecord
from dialogue_desk.store.enums import AgendaKind
from dialogue_desk.ui.agenda.formats import day_text, kind_label, pytime, qtime, time_text
from dialogue_desk.ui.common.form_parts import ErrorLabel, finish_form


class ItemDialog(QDialog):
    """Add or edit an agenda item; ``data()`` is valid once accepted."""

    def __init__(
        self, parent: QWidget | None, days: list[dt.date], item: AgendaItemData | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaItemDialog")
        editing = isinstance(item, AgendaItemRecord)
        self.setWindowTitle(self.tr("Edit agenda item") if editing else self.tr("New agenda item"))
        self.setMinimumWidth(520)
        self.day = QComboBox(objectName="agendaItemDay")
        for day in days:
            self.day.addItem(day_text(day), day)
        self.start = QTimeEdit(objectName="agendaItemStart", displayFormat="HH:mm")
        self.end = QTimeEdit(objectName="agendaItemEnd", displayFormat="HH:mm")
        self.minutes = QSpinBox(objectName="agendaItemMinutes", minimum=1, maximum=24 * 60 - 1)
        self.minutes.setSuffix(self.tr(" min"))
        self.title = QLineEdit(objectName="agendaItemTitle")
        self.kind = QComboBox(objectName="agendaItemKind")
        for kind in AgendaKind:
            self.kind.addItem(kind_label(kind), kind)
        self.facilitators = QLineEdit(objectName="agendaItemFacilitators")
        self.facilitators.setPlaceholderText(self.tr("Names, separated by commas"))
        self.room = QLineEdit(objectName="agendaItemRoom")
        self.description = QPlainTextEdit(objectName="agendaItemDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(100)
        self.pinned = QCheckBox(
            self.tr("&Fixed time: keep this time when earlier items change"),
            objectName="agendaItemPinned",
        )
        self.errors = ErrorLabel("agendaItemErrors")

        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("\u2013"))
        times.addWidget(self.end)
        times.addWidget(self.minutes)
        times.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Day:"), self.day)
        times_label = QLabel(self.tr("&Start – end:"))
        times_label.setBuddy(self.start)
        form.addRow(times_label, times)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("F&acilitator(s):"), self.facilitators)
        form.addRow(self.tr("&Room:"), self.room)
        form.addRow(self.tr("Descri&ption / goal:"), self.description)
        form.addRow("", self.pinned)
        for widget, name in (
            (self.start, self.tr("Start time")),
            (self.end, self.tr("End time")),
            (self.minutes, self.tr("Duration in minutes")),
            (self.day, self.tr("Day")),
            (self.kind, self.tr("Kind")),
        ):
            widget.setAccessibleName(name)
        self.minutes.setAccessibleDescription(self.tr("Changing it moves the end time."))
        self.pinned.setAccessibleDescription(
            self.tr("A fixed item keeps its time when earlier items change length.")
        )
        # During the event, the published plan stays as it was announced: say so here.
        self.plan_label = QLabel(objectName="agendaItemPlan", wordWrap=True)
        published = item if isinstance(item, AgendaItemRecord) and item.published else None
        if published is not None and published.baseline_start and published.baseline_end:
            self.plan_label.setText(
                self.tr(
                    "Published plan: {day}, {start}\u2013{end}. Changes here move the expected "
                    "times; the published plan stays as it was announced."
                ).format(
                    day=day_text(published.baseline_day or published.day),
                    start=time_text(published.baseline_start),
                    end=time_text(published.baseline_end),
                )
            )
            form.addRow("", self.plan_label)
        else:
            self.plan_label.hide()
        finish_form(self, form, self.errors, save=False)

        if item is not None:
            index = self.day.findData(item.day)
            if index < 0:
                self.day.addItem(day_text(item.day), item.day)
                index = self.day.count() - 1
            self.day.setCurrentIndex(index)
            self.title.setText(item.title)
            self.start.setTime(qtime(item.start_time))
            self.end.setTime(qtime(item.end_time))
            self.kind.setCurrentIndex(self.kind.findData(item.kind))
            self.facilitators.setText(item.facilitators)
            self.room.setText(item.room)
            self.description.setPlainText(item.description)
            self.pinned.setChecked(item.pinned)
        self._sync_minutes()
        self.start.timeChanged.connect(self._start_changed)
        self.end.timeChanged.connect(self._sync_minutes)
        self.minutes.valueChanged.connect(self._minutes_changed)
        self._previous_start = self.start.time()
        self.title.setFocus()

    def _sync_minutes(self) -> None:
        span = self.start.time().secsTo(self.end.time()) // 60
        self.minutes.blockSignals(True)
        self.minutes.setValue(max(span, 1))
        self.minutes.blockSignals(False)

    def _start_changed(self, value: QTime) -> None:
        # Moving the start keeps the length, as in the table.
        shift = self._previous_start.secsTo(value)
        self._previous_start = value
        self.end.blockSignals(True)
        self.end.setTime(self.end.time().addSecs(shift))
        self.end.blockSignals(False)
        self._sync_minutes()

    def _minutes_changed(self, minutes: int) -> None:
        self.end.blockSignals(True)
        self.end.setTime(self.start.time().addSecs(minutes * 60))
        self.end.blockSignals(False)

    def data(self) -> AgendaItemData:
        return AgendaItemData(
            day=self.day.currentData(),
            start_time=pytime(self.start.time()),
            end_time=pytime(self.end.time()),
            title=self.title.text(),
            kind=self.kind.currentData(),
            facilitators=self.facilitators.text(),
            room=self.room.text(),
            description=self.description.toPlainText(),
            pinned=self.pinned.isChecked(),
        )

    def accept(self) -> None:
        try:
            validate(self.data())
        except ValidationError as error:
            self.errors.show_problems(error)
            (self.title if "title" in error.problems else self.end).setFocus()
            return
        super().accept()


def _qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _pydatetime(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class ActualTimesDialog(QDialog):
    """Correct when an item really started and ended."""

    def __init__(self, parent: QWidget | None, item: AgendaItemRecord) -> None:
        super().__init__(parent)
        self.setObjectName("actualTimesDialog")
        self.setWindowTitle(self.tr("Actual times"))
        heading = QLabel(
            self.tr("When did \u201c{title}\u201d really start and end?").format(title=item.title),
            wordWrap=True,
        )
        self.started = QCheckBox(self.tr("&Started at:"), objectName="actualStarted")
        self.ended = QCheckBox(self.tr("&Ended at:"), objectName="actualEnded")
        fmt = "yyyy-MM-dd HH:mm"
        self.start = QDateTimeEdit(objectName="actualStart", displayFormat=fmt)
        self.end = QDateTimeEdit(objectName="actualEnd", displayFormat=fmt)
        self.start.setAccessibleName(self.tr("Actual start"))
        self.end.setAccessibleName(self.tr("Actual end"))
        self.start.setAccessibleDescription(self.tr("When the item really started"))
        self.end.setAccessibleDescription(self.tr("When the item really ended"))
        self.start.setDateTime(_qdatetime(item.actual_start or item.planned_start))
        self.end.setDateTime(_qdatetime(item.actual_end or item.actual_start or item.planned_end))
        self.started.setChecked(item.actual_start is not None)
        self.ended.setChecked(item.actual_end is not None)
        self.started.toggled.connect(self._enable)
        self.ended.toggled.connect(self._enable)
        self.errors = ErrorLabel("actualErrors")
        form = QFormLayout()
        form.addRow(self.started, self.start)
        form.addRow(self.ended, self.end)
        finish_form(self, form, self.errors, save=False, above=heading)
        self._enable()

    def _enable(self) -> None:
        self.start.setEnabled(self.started.isChecked())
        self.ended.setEnabled(self.started.isChecked())
        self.end.setEnabled(self.started.isChecked() and self.ended.isChecked())

    def times(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        if not self.started.isChecked():
            return None, None
        start = _pydatetime(self.start.dateTime())
        return start, _pydatetime(self.end.dateTime()) if self.ended.isChecked() else None

    def accept(self) -> None:
        start, end = self.times()
        if start is not None and end is not None and end < start:
            self.errors.show_problems(self.tr("The actual end cannot be before the actual start."))
            return
        super().accept()


class CopyAgendaDialog(QDialog):
    """Choose the event whose agenda is copied into the current one."""

    def __init__(
        self, parent: QWidget | None, target: EventRecord, sources: list[tuple[EventRecord, int]]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("copyAgendaDialog")
        self.setWindowTitle(self.tr("Copy agenda from another event"))
        self.source = QComboBox(objectName="copyAgendaSource")
        self.source.setAccessibleName(self.tr("Event to copy from"))
        self.source.setAccessibleDescription(
            self.tr("Its items are added to this event's agenda; actual times are not copied.")
        )
        for event, count in sources:
            text = self.tr("{title} · {date} (%n item(s))", "", count)
            self.source.addItem(
                text.format(title=event.title, date=event.start_date.isoformat()), event.id
            )
        explain = QLabel(wordWrap=True)
        explain.setText(
            self.tr(
                "Its items are added to this event's agenda, moved so that its first day falls on "
                "{day}. Actual times are not copied; Undo takes the copy back."
            ).format(day=day_text(target.start_date))
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Copy agenda"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Event:"), self.source)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(buttons)

    def source_id(self) -> int:
        return int(self.source.currentData())


def ask_end_early(parent: QWidget, title: str) -> bool:
    """Ask whether to end ``title``, which started less than a minute ago; keeping it running
    is the default (Enter, Esc)."""
    box = QMessageBox(parent, objectName="agendaEndEarly")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("AgendaTab", "End the item now?"))
    box.setText(
        QCoreApplication.translate(
            "AgendaTab",
            "\u201c{title}\u201d started less than a minute ago. If you end it now, it is "
            "recorded as a 0-minute item.",
        ).format(title=title)
    )
    end = box.addButton(
        QCoreApplication.translate("AgendaTab", "&End it now"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("AgendaTab", "&Keep it running"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is end
