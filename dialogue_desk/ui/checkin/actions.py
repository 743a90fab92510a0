"""The Check-in tab's actions (its Event-menu entries) and what the door ones do.

Each action calls one service, shows the outcome in the tab's banner and, where a user could
regret it, puts the edit on the window's undo history. Editing the register (add, edit, delete,
merge) is in ``register_actions.py``, files (import, PDFs) in ``file_actions.py``. All of them
use only the tab's public methods and attributes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QPoint, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.changes import Changes
from dialogue_desk.services.checkin import ParticipantData, ParticipantRecord
from dialogue_desk.services.checkin import participants as participant_service
from dialogue_desk.services.text import fold
from dialogue_desk.ui.checkin.dialogs import PaperMarksDialog, WalkInDialog
from dialogue_desk.ui.checkin.file_actions import CheckInFileActions
from dialogue_desk.ui.checkin.register_actions import RegisterActions
from dialogue_desk.ui.checkin.texts import WALK_IN_KEY
from dialogue_desk.ui.checkin.widgets import Banner

if TYPE_CHECKING:
    from dialogue_desk.ui.checkin.tab import CheckInTab


class CheckInActions(QObject):
    def __init__(self, tab: CheckInTab) -> None:
        super().__init__(tab)
        self.tab = tab

        def make(name: str, slot) -> QAction:  # type: ignore[no-untyped-def]
            action = QAction(tab, objectName=name)
            action.triggered.connect(lambda _=False: slot())
            return action

        self.register = RegisterActions(tab)
        self.check_in_action = make("actionCheckIn", tab.check_in_highlighted)
        self.take_back_action = make("actionTakeBackCheckIn", self.take_back)
        self.walk_in_action = make("actionWalkIn", self.walk_in)
        # Ctrl+N is "New event" everywhere; the walk-in key belongs to this tab only (as
        # Ctrl+Shift+N adds an item on the Agenda tab).
        self.walk_in_action.setShortcut(QKeySequence(WALK_IN_KEY))
        self.walk_in_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action = make("actionAddParticipant", self.add_participant)
        self.edit_action = make("actionEditParticipant", self.edit_participant)
        self.delete_action = make("actionDeleteParticipants", self.delete_participants)
        self.merge_action = make("actionMergeParticipants", self.merge_selected)
        self.duplicates_action = make("actionFindDuplicates", self.find_duplicates)
        self.files = CheckInFileActions(tab)
        self.import_action = make("actionImportParticipants", self.import_list)
        self.paper_action = make("actionPaperMarks", self.paper_marks)
        self.sheet_action = make("actionSignInSheet", self.files.sign_in_sheet)
        self.badges_action = make("actionBadges", self.files.badges)

    def import_list(self) -> None:
        self.files.import_list()

    def add_participant(self) -> None:
        self.register.add_participant()

    def edit_participant(self) -> None:
        self.register.edit_participant()

    def delete_participants(self) -> None:
        self.register.delete_participants()

    def merge_selected(self) -> None:
        self.register.merge_selected()

    def find_duplicates(self) -> None:
        self.register.find_duplicates()

    def local(self) -> list[QAction]:
        """The actions whose keys work only while the tab has the focus (added to the tab)."""
        return [self.walk_in_action]

    def context(self) -> list[QAction]:
        """The list's context menu: what a mouse user does with a row."""
        return [self.check_in_action, self.take_back_action, self.edit_action,
                self.delete_action]  # fmt: skip

    def context_menu(self, at: QPoint) -> None:
        menu = QMenu(self.tab)
        menu.setObjectName("checkinContextMenu")
        menu.addActions(self.context())
        menu.exec(at)

    def no_match(self, query: str) -> None:
        """Enter found no one: offer close spellings in the chooser, or say what to do."""
        tab = self.tab
        key = self.walk_in_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        close = checkin_service.suggestions(tab.model.all_records(), query)
        if close:
            people = [(r, tab.model.check_in_of(r.id)) for r in close]
            tab.chooser.offer(people, tab.chooser.suggest_text(query, len(people), key))
            return
        tab.banner.show_message(
            self.tr(
                "No one on the list matches \u201c{text}\u201d. Check the spelling, or press "
                "{key} to add a walk-in."
            ).format(text=query, key=key),
            Banner.NOTE,
            until_edited=tab.search,  # stale as soon as the search changes
        )

    def all(self) -> list[QAction]:
        return [
            self.check_in_action,
            self.take_back_action,
            self.walk_in_action,
            self.paper_action,
            self.add_action,
            self.edit_action,
            self.delete_action,
            self.merge_action,
            self.duplicates_action,
            self.import_action,
            self.sheet_action,
            self.badges_action,
        ]

    def retranslate(self) -> None:
        # Shortcuts shown after a tab are handled by the tab itself while it has the focus,
        # so they do not clash with the window's own (Ctrl+N is also "New event").
        self.check_in_action.setText(self.tr("&Check in highlighted person"))
        self.take_back_action.setText(self.tr("&Take back check-in"))
        self.walk_in_action.setText(self.tr("Add &walk-in\u2026"))
        self.paper_action.setText(self.tr("Enter &paper sign-in marks\u2026"))
        self.add_action.setText(self.tr("&Add participant\u2026"))
        self.edit_action.setText(self.tr("&Edit participant\u2026\tF2"))
        self.delete_action.setText(self.tr("&Delete participants\u2026\tDel"))
        self.merge_action.setText(self.tr("&Merge selected participants"))
        self.duplicates_action.setText(self.tr("Find d&uplicates\u2026"))
        self.import_action.setText(self.tr("&Import registration list\u2026"))
        self.sheet_action.setText(self.tr("Print si&gn-in sheet (PDF)\u2026"))
        self.badges_action.setText(self.tr("Name &badges (PDF)\u2026"))

    def update_enabled(self, *_args: object) -> None:
        has_event = self.tab.current_event is not None
        selected = self.tab.selected_ids() if has_event else []
        current = self.tab.current_id() if has_event else None
        for action in self.all():
            action.setEnabled(has_event)
        self.check_in_action.setEnabled(current is not None)
        present = current is not None and self.tab.is_checked_in(current)
        self.take_back_action.setEnabled(present)
        self.edit_action.setEnabled(current is not None)
        self.delete_action.setEnabled(bool(selected))
        self.merge_action.setEnabled(len(selected) >= 2)
        self.paper_action.setEnabled(bool(selected))

    # --- helpers ------------------------------------------------------------------------------

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.tab.context.store

    def _time(self, when: dt.datetime) -> str:
        return QLocale().toString(QTime(when.hour, when.minute), "HH:mm")

    # --- check-in -------------------------------------------------------------------------------

    def check_in(self, participant_id: int) -> None:
        tab, day = self.tab, self.tab.day
        if day is None:
            return
        with tab.guard() as outcome:
            result = checkin_service.check_in(self.store, participant_id, day)
        if not outcome.ok:
            return
        name = tab.name_of(participant_id)
        record = result.record
        if result.already:
            tab.banner.show_message(
                self.tr("{name} was already checked in {day} at {time} \u2014 nothing changed.")
                .format(name=name, day=tab.day_text(), time=self._time(record.checked_in_at)),
                Banner.NOTE,
            )  # fmt: skip
            tab.after_check_in(participant_id)
            return
        tab.set_check_in(participant_id, record)
        tab.count_check_in(participant_id, record, 1)
        tab.push_undoable(
            self.tr("check-in of {name}").format(name=name),
            lambda: checkin_service.check_in(
                self.store,
                participant_id,
                day,
                at=record.checked_in_at,
                method=record.method,
                uuid=record.uuid,
            ),
            lambda: checkin_service.undo_check_in(self.store, participant_id, day),
            changes=Changes.CHECK_IN,
        )
        tab.banner.show_message(
            self.tr("\u2713 {name} checked in at {time}. (Ctrl+Z takes it back.)").format(
                name=name, time=self._time(record.checked_in_at)
            ),
            Banner.OK,
        )
        tab.after_check_in(participant_id)
        tab.announce(Changes.CHECK_IN)

    def take_back(self) -> None:
        tab, day, pid = self.tab, self.tab.day, self.tab.current_id()
        if day is None or pid is None:
            return
        with tab.guard() as outcome:
            removed = checkin_service.undo_check_in(self.store, pid, day)
        if not outcome.ok or removed is None:
            return
        tab.set_check_in(pid, None)
        tab.count_check_in(pid, removed, -1)
        name = tab.name_of(pid)
        tab.push_undoable(
            self.tr("taking back the check-in of {name}").format(name=name),
            lambda: checkin_service.undo_check_in(self.store, pid, day),
            lambda: checkin_service.check_in(
                self.store,
                pid,
                day,
                at=removed.checked_in_at,
                method=removed.method,
                uuid=removed.uuid,
            ),
            changes=Changes.CHECK_IN,
        )
        tab.banner.show_message(
            self.tr("{name} is no longer checked in.").format(name=name), Banner.NOTE
        )
        tab.refresh_counters()
        tab.announce(Changes.CHECK_IN)
        self.update_enabled()

    def walk_in(self) -> None:
        tab, event = self.tab, self.tab.current_event
        if event is None or tab.day is None:
            return
        event_id, day = event.id, tab.day
        dialog = WalkInDialog(tab, tab.search.text())
        if not dialog.exec():
            tab.search.setFocus()
            return
        data = dialog.data()
        answer = self._registered_namesake(data)
        if answer is None:
            tab.search.setFocus()
            return
        if answer:
            self.check_in(answer)
            return
        with tab.guard() as outcome:
            record, check = checkin_service.add_walk_in(self.store, event_id, data, day)
            snapshot = participant_service.snapshot_participants(self.store, [record.id])
        if not outcome.ok:
            return
        tab.push_undoable(
            self.tr("walk-in {name}").format(name=record.name),
            lambda: participant_service.restore_participants(self.store, snapshot),
            lambda: participant_service.delete_participants(self.store, [record.id]),
            changes=Changes.PARTICIPANTS | Changes.CHECK_IN,
        )
        tab.reload()
        tab.banner.show_message(
            self.tr("\u2713 {name} added as a walk-in and checked in at {time}.").format(
                name=record.name, time=self._time(check.checked_in_at)
            ),
            Banner.OK,
        )
        tab.after_check_in(record.id)
        tab.announce(Changes.PARTICIPANTS | Changes.CHECK_IN)

    def paper_marks(self) -> None:
        tab, day, ids = self.tab, self.tab.day, self.tab.selected_ids()
        if day is None or not ids:
            return
        dialog = PaperMarksDialog(tab, len(ids), tab.day_text())
        if not dialog.exec():
            return
        at = dialog.at(day)
        with tab.guard() as outcome:
            made = checkin_service.check_in_many(self.store, ids, day, at)
        if not outcome.ok:
            return
        tab.push_undoable(
            self.tr("paper sign-in marks ({count})").format(count=len(made)),
            lambda: checkin_service.restore_check_ins(self.store, made),
            lambda: checkin_service.remove_check_ins(self.store, made),
            changes=Changes.CHECK_IN,
        )
        tab.reload()
        tab.banner.show_message(
            self.tr("%n participant(s) marked present from the paper list.", "", len(made)),
            Banner.OK,
        )
        tab.announce(Changes.CHECK_IN)

    def _registered_namesake(self, data: ParticipantData) -> int | None:
        """Ask when a walk-in has the name of someone on the list.

        Returns the id of the person to check in instead, 0 to add the walk-in anyway, or None
        when the user cancelled.
        """
        wanted = (fold(data.first_name), fold(data.last_name))
        namesakes: list[ParticipantRecord] = [
            r for r in self.tab.model.all_records()
            if (fold(r.first_name), fold(r.last_name)) == wanted
        ]  # fmt: skip
        if not namesakes:
            return 0
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Already on the list"), "", parent=self.tab
        )
        box.setObjectName("walkInNamesakeBox")
        box.setText(
            self.tr("%n person(s) with this name are already on the list.", "", len(namesakes))
        )
        buttons = {}
        for person in namesakes[:3]:
            where = person.organisation or person.email or self.tr("no organisation")
            text = (
                self.tr("Check in the registered {name} ({organisation}) instead")
                if not person.walk_in
                else self.tr("Check in the earlier walk-in {name} ({organisation}) instead")
            ).format(name=person.name, organisation=where)
            if self.tab.model.check_in_of(person.id) is not None:
                text += " " + self.tr("(already here)")
            buttons[box.addButton(text, QMessageBox.ButtonRole.AcceptRole)] = person.id
        first = next(iter(buttons))
        anyway = box.addButton(self.tr("Add a new walk-in"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(first)
        box.exec()
        clicked = box.clickedButton()
        if clicked is anyway:
            return 0
        return buttons.get(clicked)
