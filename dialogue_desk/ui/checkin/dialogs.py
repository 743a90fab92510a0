"""Dialogs of the Check-in tab: a participant's details, the quick walk-in form, paper marks."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.i18n import LANGUAGES
from dialogue_desk.services.checkin import ParticipantData, validate
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.services.labels import label
from dialogue_desk.store.enums import StakeholderGroup
from dialogue_desk.ui.common.form_parts import ErrorLabel, finish_form


def prefill_from_search(text: str) -> ParticipantData:
    """A walk-in's name guessed from what was typed: "anna tamm" -> Anna / Tamm."""
    words = text.split()
    if any("@" in w for w in words):
        email = next(w for w in words if "@" in w)
        words = [w for w in words if w != email]
    else:
        email = ""
    if words and all(w.islower() for w in words):
        words = [w[:1].upper() + w[1:] for w in words]
    if len(words) >= 2:
        return ParticipantData(first_name=" ".join(words[:-1]), last_name=words[-1], email=email)
    return ParticipantData(last_name=words[0] if words else "", email=email)


class ParticipantDialog(QDialog):
    """Add or edit a participant; ``data()`` is valid once the dialog is accepted."""

    def __init__(
        self,
        parent: QWidget | None = None,
        data: ParticipantData | None = None,
        *,
        editing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self.setWindowTitle(self.tr("Edit participant") if editing else self.tr("Add participant"))
        self.setMinimumWidth(480)
        data = data or ParticipantData()
        self.first_name = QLineEdit(data.first_name, objectName="participantFirstName")
        self.last_name = QLineEdit(data.last_name, objectName="participantLastName")
        self.organisation = QLineEdit(data.organisation, objectName="participantOrganisation")
        self.role = QLineEdit(data.role, objectName="participantRole")
        self.group = QComboBox(objectName="participantGroup")
        for group in StakeholderGroup:
            self.group.addItem(label(group), group)
        self.group.setCurrentIndex(self.group.findData(data.stakeholder_group))
        self.email = QLineEdit(data.email, objectName="participantEmail")
        self.phone = QLineEdit(data.phone, objectName="participantPhone")
        self.country = QLineEdit(data.country, objectName="participantCountry", maxLength=2)
        self.country.setPlaceholderText(self.tr("EE, LV, SE…"))
        self.language = QComboBox(objectName="participantLanguage", editable=True)
        self.language.addItem("", "")
        for code, name in LANGUAGES.items():
            self.language.addItem(f"{name} ({code})", code)
        index = self.language.findData(data.preferred_language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setEditText(data.preferred_language)
        self.consent_listed = QCheckBox(
            self.tr("May be listed in the report"), objectName="participantConsentListed"
        )
        self.consent_photos = QCheckBox(
            self.tr("Agrees to photos"), objectName="participantConsentPhotos"
        )
        self.consent_contact = QCheckBox(
            self.tr("May be contacted after the event"), objectName="participantConsentContact"
        )
        self.consent_listed.setChecked(data.consent_listed)
        self.consent_photos.setChecked(data.consent_photos)
        self.consent_contact.setChecked(data.consent_contact)
        self.walk_in = QCheckBox(
            self.tr("Walk-in (not pre-registered)"), objectName="participantWalkIn"
        )
        self.walk_in.setChecked(data.walk_in)
        self.notes = QPlainTextEdit(data.notes, objectName="participantNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.errors = ErrorLabel("participantErrors")

        form = QFormLayout()
        for text, widget in (
            (self.tr("&First name:"), self.first_name),
            (self.tr("&Last name:"), self.last_name),
            (self.tr("&Organisation:"), self.organisation),
            (self.tr("&Role:"), self.role),
            (self.tr("Stakeholder &group:"), self.group),
            (self.tr("&E-mail:"), self.email),
            (self.tr("&Phone:"), self.phone),
            (self.tr("&Country:"), self.country),
            (self.tr("Preferred lan&guage:"), self.language),
        ):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(self.tr("Consents:"), self.consent_listed)
        form.addRow("", self.consent_photos)
        form.addRow("", self.consent_contact)
        form.addRow("", self.walk_in)
        form.addRow(self.tr("&Notes:"), self.notes)
        finish_form(self, form, self.errors)
        (self.first_name if not data.first_name else self.last_name).setFocus()
        self._data: ParticipantData | None = None

    def _collected(self) -> ParticipantData:
        language = self.language.currentData() if self.language.currentIndex() > 0 else ""
        text = self.language.currentText().strip()
        if self.language.findText(text) < 0:
            language = text
        return ParticipantData(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation=self.organisation.text(),
            role=self.role.text(),
            stakeholder_group=self.group.currentData(),
            email=self.email.text(),
            phone=self.phone.text(),
            country=self.country.text(),
            preferred_language=language or "",
            consent_listed=self.consent_listed.isChecked(),
            consent_photos=self.consent_photos.isChecked(),
            consent_contact=self.consent_contact.isChecked(),
            notes=self.notes.toPlainText(),
            walk_in=self.walk_in.isChecked(),
        )

    def accept(self) -> None:
        try:
            self._data = validate(self._collected())
        except ValidationError as error:
            self.errors.show_problems(error)
            return
        super().accept()

    def data(self) -> ParticipantData:
        assert self._data is not None
        return self._data


class WalkInDialog(QDialog):
    """The few fields that matter at the door; Enter saves and checks the person in."""

    def __init__(self, parent: QWidget | None = None, prefill: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("walkInDialog")
        self.setWindowTitle(self.tr("Walk-in"))
        self.setMinimumWidth(420)
        guess = prefill_from_search(prefill)
        self.first_name = QLineEdit(guess.first_name, objectName="walkInFirstName")
        self.last_name = QLineEdit(guess.last_name, objectName="walkInLastName")
        self.organisation = QLineEdit(objectName="walkInOrganisation")
        self.group = QComboBox(objectName="walkInGroup")
        for group in StakeholderGroup:
            self.group.addItem(label(group), group)
        self.group.setCurrentIndex(self.group.findData(StakeholderGroup.OTHER))
        self.email = QLineEdit(guess.email, objectName="walkInEmail")
        self.errors = ErrorLabel("participantErrors")
        form = QFormLayout()
        for text, widget in (
            (self.tr("&First name:"), self.first_name),
            (self.tr("&Last name:"), self.last_name),
            (self.tr("&Organisation:"), self.organisation),
            (self.tr("Stakeholder &group:"), self.group),
            (self.tr("&E-mail:"), self.email),
        ):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = buttons.addButton(
            self.tr("Save and check in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save.setObjectName("walkInSave")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Someone not on the list: add them and check them in.")))
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.save.setDefault(True)
        empty = next((w for w in (self.first_name, self.last_name) if not w.text()), None)
        (empty or self.organisation).setFocus()
        self._data: ParticipantData | None = None

    def accept(self) -> None:
        data = ParticipantData(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation=self.organisation.text(),
            stakeholder_group=self.group.currentData(),
            email=self.email.text(),
            walk_in=True,
        )
        try:
            self._data = validate(data)
        except ValidationError as error:
            self.errors.show_problems(error)
            return
        super().accept()

    def data(self) -> ParticipantData:
        assert self._data is not None
        return dataclasses.replace(self._data, walk_in=True)


class PaperMarksDialog(QDialog):
    """Asks at what time the people ticked on the paper sign-in sheet arrived."""

    def __init__(self, parent: QWidget | None, count: int, day_text: str) -> None:
        super().__init__(parent)
        self.setObjectName("paperMarksDialog")
        self.setWindowTitle(self.tr("Enter paper sign-in marks"))
        self.time = QTimeEdit(QTime(9, 0), objectName="paperMarksTime")
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Arrival time"))
        form = QFormLayout()
        form.addRow(
            QLabel(
                self.tr(
                    "%n selected participant(s) will be marked present on {day}.", "", count
                ).format(day=day_text),
                wordWrap=True,
            )
        )
        form.addRow(self.tr("Arrival &time:"), self.time)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def at(self, day: dt.date) -> dt.datetime:
        t = self.time.time()
        return dt.datetime.combine(day, dt.time(t.hour(), t.minute()))
