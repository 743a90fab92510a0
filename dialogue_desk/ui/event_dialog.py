"""New/Edit event dialog, validated by the events service before anything is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from dialogue_desk.i18n import LANGUAGES, collation_key, ui_language
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.services.events import EventData, EventRecord, validate
from dialogue_desk.services.labels import label
from dialogue_desk.store.enums import EventKind, EventStatus
from dialogue_desk.ui.common.form_parts import DateField, ErrorLabel, finish_form

#: The countries these events are held in come first in the list; the rest follow by name.
FIRST_COUNTRIES = ("EE", "LV", "LT", "SE", "FI")


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class EventDialog(QDialog):
    """Asks for an event's details; ``data()`` is valid once the dialog is accepted."""

    def __init__(self, parent: QWidget | None = None, event: EventRecord | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self._editing = event is not None
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.setMinimumWidth(520)

        self.title = QLineEdit(objectName="eventTitle")
        self.kind = QComboBox(objectName="eventKind")
        for kind in EventKind:
            self.kind.addItem(label(kind), kind)
        self.city = QLineEdit(objectName="eventCity")
        self.country = CountryCombo()
        self.venue = QLineEdit(objectName="eventVenue")
        self.organiser = QLineEdit(objectName="eventOrganiser")
        today = dt.date.today()
        self.start = DateField(_qdate(today), objectName="eventStart")
        self.end = DateField(_qdate(today + dt.timedelta(days=1)), objectName="eventEnd")
        self.start.dateChanged.connect(self._start_changed)
        self.status = QComboBox(objectName="eventStatus")
        for status in EventStatus:
            self.status.addItem(label(status), status)
        languages = QWidget()
        row = QHBoxLayout(languages)
        row.setContentsMargins(0, 0, 0, 0)
        self.language_boxes: dict[str, QCheckBox] = {}
        for code, name in LANGUAGES.items():
            box = QCheckBox(name, objectName=f"eventLanguage_{code}")
            self.language_boxes[code] = box
            row.addWidget(box)
        self.chatham = QCheckBox(
            self.tr("Chatham House rule: notes and exports never say who said what"),
            objectName="eventChathamHouse",
        )
        self.description = QPlainTextEdit(objectName="eventDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.errors = ErrorLabel("eventErrors")

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Starts"), self.start)
        form.addRow(self.tr("&Ends"), self.end)
        form.addRow(self.tr("&City"), self.city)
        form.addRow(self.tr("C&ountry"), self.country)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("O&rganiser"), self.organiser)
        form.addRow(self.tr("&Languages"), languages)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow("", self.chatham)
        form.addRow(self.tr("&Description"), self.description)
        finish_form(self, form, self.errors)
        self._data: EventData | None = None
        if event is not None:
            self._fill(event)
        else:
            self.language_boxes["en"].setChecked(True)
        self.title.setFocus()

    def _fill(self, event: EventRecord) -> None:
        self.title.setText(event.title)
        self.kind.setCurrentIndex(self.kind.findData(event.kind))
        self.start.setDate(_qdate(event.start_date))
        self.end.setDate(_qdate(event.end_date))
        self.city.setText(event.city)
        self.country.setText(event.country)
        self.venue.setText(event.venue)
        self.organiser.setText(event.organiser)
        self.status.setCurrentIndex(self.status.findData(event.status))
        codes = event.languages.split(",")
        for code, box in self.language_boxes.items():
            box.setChecked(code in codes)
        self.chatham.setChecked(event.chatham_house)
        self.description.setPlainText(event.description)

    def _start_changed(self, new_start: QDate) -> None:
        # Keep a one- or two-day event's length when the start moves.
        if not self._editing and self.end.date() < new_start:
            self.end.setDate(new_start)

    def _collect(self) -> EventData:
        codes = [code for code, box in self.language_boxes.items() if box.isChecked()]
        return EventData(
            title=self.title.text(), kind=self.kind.currentData(),
            start_date=_pydate(self.start.date()), end_date=_pydate(self.end.date()),
            city=self.city.text(), country=self.country.text(), venue=self.venue.text(),
            organiser=self.organiser.text(), languages=",".join(codes) or "en",
            status=self.status.currentData(), chatham_house=self.chatham.isChecked(),
            description=self.description.toPlainText(),
        )  # fmt: skip

    def accept(self) -> None:
        try:
            self._data = validate(self._collect())
        except ValidationError as error:
            self.errors.show_problems(error)
            widget = {"title": self.title, "end_date": self.end, "country": self.country}.get(
                next(iter(error.problems))
            )
            if widget is not None:
                widget.setFocus()
            return
        super().accept()

    def data(self) -> EventData:
        assert self._data is not None, "data() is only valid after accept()"
        return self._data


def country_names() -> dict[str, str]:
    """Two-letter code -> the country's name in the interface language (CLDR, through Babel)."""
    from dialogue_desk.exchange.display_names import country_names as names_in

    return names_in(ui_language())


class CountryCombo(QComboBox):
    """Countries by name (type the first letters to jump), EE, LV, LT, SE, FI first; ``text()``
    and ``setText()`` speak the two-letter code ("" for none), as the line edit it replaced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="eventCountry")
        self.setMaxVisibleItems(15)
        # A list of 250 countries as a pop-up under the field, not a menu over the whole screen.
        self.setStyleSheet("QComboBox { combobox-popup: 0; }")
        names = country_names()
        self.addItem("\u2014", "")
        for code in FIRST_COUNTRIES:
            if code in names:
                self.addItem(names[code], code)
        self.insertSeparator(self.count())
        key = collation_key(ui_language())
        for code, name in sorted(names.items(), key=lambda pair: key(pair[1])):
            if code not in FIRST_COUNTRIES:
                self.addItem(name, code)

    def text(self) -> str:
        return str(self.currentData() or "")

    def setText(self, code: str) -> None:  # noqa: N802 (the line edit's name)
        """Choose ``code``; a code the list does not know (an old event's) is kept as it is."""
        code = code.strip().upper()
        index = self.findData(code)
        if index < 0:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)
