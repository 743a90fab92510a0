"""The follow-up fields of an action item in the note editor: owner, organisation, due, done."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from dialogue_desk.services import checkin
from dialogue_desk.services.notes import ActionFields, NoteRecord
from dialogue_desk.store import Store
from dialogue_desk.store.enums import ActionStatus
from dialogue_desk.ui.common.errors import EXPECTED
from dialogue_desk.ui.common.form_parts import DateField

log = logging.getLogger(__name__)

#: A new due date starts a week ahead, the most common follow-up; the user adjusts it from there.
DEFAULT_DUE_DAYS = 7


class ActionFieldsRow(QWidget):
    """Shown while the note is an action item. ``edited`` is emitted on every user change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_fields")
        self._loading = False
        self.owner = QLineEdit(objectName="action_owner")
        self.organisation = QLineEdit(objectName="action_organisation")
        self.has_due = QCheckBox(objectName="action_has_due")
        self.due = DateField(objectName="action_due")
        self.due.setDate(QDate.currentDate().addDays(DEFAULT_DUE_DAYS))
        self.due.setEnabled(False)
        self.done = QCheckBox(objectName="action_done")
        # The owner is usually someone in the room: suggest participants, fill their organisation.
        self._organisations: dict[str, str] = {}
        #: The organisation this row filled in for the owner chosen last: a user's own text is
        #: never replaced, a filled one follows when another participant is chosen.
        self._filled_organisation = ""
        #: Participants changed since the suggestions were read (a walk-in at the door): they
        #: are read again when the owner field is next used, not on every check-in.
        self._people_source: tuple[Store, int | None] | None = None
        self._people_stale = False
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._owner_chosen)
        self.owner.setCompleter(completer)
        self.owner.installEventFilter(self)
        self.owner.textEdited.connect(self._owner_typed)
        self.owner_label = QLabel(buddy=self.owner)
        self.organisation_label = QLabel(buddy=self.organisation)
        for field in (self.owner, self.organisation):
            field.textEdited.connect(self._edited)
        self.due.dateChanged.connect(self._edited)
        self.has_due.toggled.connect(self._due_toggled)
        self.done.toggled.connect(self._edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.owner_label, self.owner, self.organisation_label, self.organisation,
                       self.has_due, self.due, self.done):  # fmt: skip
            layout.addWidget(widget, 2 if isinstance(widget, QLineEdit) else 0)
        self.retranslate()

    def chain(self, before: QWidget, after: QWidget) -> None:
        """Tab order as on screen: ``before`` (the note text), these fields, ``after``."""
        order = [before, self.owner, self.organisation, self.has_due, self.due, self.done, after]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def inputs(self) -> list[QWidget]:
        """The widgets a user types in (the editor watches them for focus loss and Ctrl+Enter)."""
        return [self.owner, self.organisation, self.due]

    def fields(self) -> ActionFields:
        due = self.due.date()
        return ActionFields(
            owner=self.owner.text(),
            organisation=self.organisation.text(),
            due_date=dt.date(due.year(), due.month(), due.day())
            if self.has_due.isChecked()
            else None,
            status=ActionStatus.DONE if self.done.isChecked() else ActionStatus.OPEN,
        )

    def load(self, record: NoteRecord | None) -> None:
        """Show ``record``'s fields, or empty ones for None; emits nothing."""
        self._loading = True
        try:
            self.owner.setText(record.owner if record else "")
            self.organisation.setText(record.organisation if record else "")
            self._filled_organisation = ""
            due = record.due_date if record else None
            self.has_due.setChecked(due is not None)
            self.due.setDate(
                QDate(due.year, due.month, due.day)
                if due is not None
                else QDate.currentDate().addDays(DEFAULT_DUE_DAYS)
            )
            self.done.setChecked(record is not None and record.status is ActionStatus.DONE)
        finally:
            self._loading = False

    def load_people(self, store: Store, event_id: int | None) -> None:
        """Offer the event's participants as owners (nothing if they cannot be read)."""
        self._people_source = (store, event_id)
        self._people_stale = False
        people: list[tuple[str, str]] = []
        if event_id is not None:
            try:
                people = checkin.participant_names(store, event_id)
            except EXPECTED:
                log.warning("Participants not read for the owner suggestions", exc_info=True)
        self._organisations = dict(people)
        self._names.setStringList(list(self._organisations))

    def use_people(self, store: Store, event_id: int | None) -> None:
        """Offer ``event_id``'s participants as owners, read when the owner field is next used
        (listing 20,000 takes most of a second: not while the window opens)."""
        self._people_source = (store, event_id)
        self.people_changed()

    def people_changed(self) -> None:
        """The participant list changed: read it again before the owner field is next used
        (now, if the user is typing an owner)."""
        self._people_stale = True
        if self.owner.hasFocus():
            self._refresh_people()

    def _refresh_people(self) -> None:
        if self._people_stale and self._people_source is not None:
            self.load_people(*self._people_source)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.owner and event.type() == QEvent.Type.FocusIn:
            self._refresh_people()
        return super().eventFilter(watched, event)

    def _owner_chosen(self, name: str) -> None:
        self._follow_owner(name)
        self._edited()

    def _owner_typed(self, text: str) -> None:
        # A participant's full name typed out (no pick from the list) counts as choosing them.
        name = " ".join(text.split())
        if name in self._organisations:
            self._follow_owner(name)

    def _follow_owner(self, name: str) -> None:
        organisation = self._organisations.get(name, "")
        current = self.organisation.text().strip()
        if current and current != self._filled_organisation:
            return  # the user's own words stay
        if organisation != current:
            self.organisation.setText(organisation)
        self._filled_organisation = organisation

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _due_toggled(self, checked: bool) -> None:
        self.due.setEnabled(checked)
        self._edited()

    def retranslate(self) -> None:
        self.owner_label.setText(self.tr("&Owner:"))
        self.organisation_label.setText(self.tr("Or&ganisation:"))
        self.has_due.setText(self.tr("D&ue:"))
        self.has_due.setToolTip(self.tr("Give the action item a due date"))
        self.done.setText(self.tr("Do&ne"))
        self.owner.setAccessibleName(self.tr("Action owner"))
        self.owner.setAccessibleDescription(
            self.tr("Participants are suggested as you type; choosing one fills the organisation.")
        )
        self.organisation.setAccessibleName(self.tr("Action organisation"))
        self.due.setAccessibleName(self.tr("Due date"))
