"""The Check-in tab's actions (its Event-menu entries) and what they do.

Each action calls one service, shows the outcome in the tab's banner and, where a user could
regret it, puts the edit on the tab's undo stack.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.checkin import participants as participant_service
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.store.errors import StoreError
from dialogue_desk.ui.checkin.dialogs import PaperMarksDialog, ParticipantDialog, WalkInDialog
from dialogue_desk.ui.checkin.file_actions import CheckInFileActions
from dialogue_desk.ui.checkin.widgets import Banner

if TYPE_CHECKING:
    from dialogue_desk.ui.checkin.tab import CheckInTab

_FAILURES = (ServiceError, StoreError, OSError)


class CheckInActions(QObject):
    def __init__(self, tab: CheckInTab) -> None:
        super().__init__(tab)
        self.tab = tab

        def make(name: str, slot) -> QAction:  # type: ignore[no-untyped-def]
            action = QAction(tab, objectName=name)
            action.triggered.connect(lambda _=False: slot())
            return action

        self.check_in_action = make("actionCheckIn", tab.check_in_current)
        self.take_back_action = make("actionTakeBackCheckIn", self.take_back)
        self.walk_in_action = make("actionWalkIn", self.walk_in)
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
        self.check_in_action.setText(self.tr("Check &in highlighted person\tEnter"))
        self.take_back_action.setText(self.tr("&Take back check-in"))
        self.walk_in_action.setText(self.tr("Add &walk-in\u2026\tCtrl+N"))
        self.paper_action.setText(self.tr("Enter &paper sign-in marks\u2026"))
        self.add_action.setText(self.tr("&Add participant\u2026"))
        self.edit_action.setText(self.tr("&Edit participant\u2026\tF2"))
        self.delete_action.setText(self.tr("&Delete participants\u2026\tDel"))
        self.merge_action.setText(self.tr("&Merge selected participants"))
        self.duplicates_action.setText(self.tr("Find &duplicates\u2026"))
        self.import_action.setText(self.tr("&Import registration list\u2026"))
        self.sheet_action.setText(self.tr("Print &sign-in sheet (PDF)\u2026"))
        self.badges_action.setText(self.tr("Name &badges (PDF)\u2026"))

    def update_enabled(self, *_args: object) -> None:
        has_event = self.tab.shown_event is not None
        selected = self.tab.selected_ids() if has_event else []
        current = self.tab.current_id() if has_event else None
        for action in self.all():
            action.setEnabled(has_event)
        self.check_in_action.setEnabled(current is not None)
        present = (
            current is not None
            and self.tab.model.check_in_at(self.tab.model.row_of(current) or 0) is not None
        )
        self.take_back_action.setEnabled(present)
        self.edit_action.setEnabled(current is not None)
        self.delete_action.setEnabled(bool(selected))
        self.merge_action.setEnabled(len(selected) >= 2)
        self.paper_action.setEnabled(bool(selected))

    # --- helpers ------------------------------------------------------------------------------

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.tab.context.store

    def _guard(self, work):  # type: ignore[no-untyped-def]
        try:
            return work()
        except _FAILURES as error:
            self.tab.show_error(error)
            return None

    def _name(self, participant_id: int) -> str:
        row = self.tab.model.row_of(participant_id)
        return self.tab.model.record_at(row).name if row is not None else ""

    def _time(self, when: dt.datetime) -> str:
        from PySide6.QtCore import QLocale, QTime

        return QLocale().toString(QTime(when.hour, when.minute), "HH:mm")

    # --- check-in -------------------------------------------------------------------------------

    def check_in(self, participant_id: int) -> None:
        tab, day = self.tab, self.tab.day
        if day is None:
            return
        result = self._guard(lambda: checkin_service.check_in(self.store, participant_id, day))
        if result is None:
            return
        name = self._name(participant_id)
        record = result.record
        if result.already:
            tab.banner.show_message(
                self.tr("%1 was already checked in %2 at %3 \u2014 nothing changed.")
                .replace("%1", name)
                .replace("%2", tab.day_text())
                .replace("%3", self._time(record.checked_in_at)),
                Banner.NOTE,
            )
            tab.after_check_in(participant_id)
            return
        tab.model.set_check_in(participant_id, record)
        tab.push(
            self.tr("Check-in of %1").replace("%1", name),
            lambda: checkin_service.check_in(
                self.store,
                participant_id,
                day,
                at=record.checked_in_at,
                method=record.method,
                uuid=record.uuid,
            ),
            lambda: checkin_service.undo_check_in(self.store, participant_id, day),
        )
        tab.banner.show_message(
            self.tr("\u2713 %1 checked in at %2. (Ctrl+Z takes it back.)")
            .replace("%1", name)
            .replace("%2", self._time(record.checked_in_at)),
            Banner.OK,
        )
        tab.after_check_in(participant_id)
        tab.refresh_counters()
        tab.announce("check_in")

    def take_back(self) -> None:
        tab, day, pid = self.tab, self.tab.day, self.tab.current_id()
        if day is None or pid is None:
            return
        removed = self._guard(lambda: checkin_service.undo_check_in(self.store, pid, day))
        if removed is None:
            return
        tab.model.set_check_in(pid, None)
        name = self._name(pid)
        tab.push(
            self.tr("Taking back the check-in of %1").replace("%1", name),
            lambda: checkin_service.undo_check_in(self.store, pid, day),
            lambda: checkin_service.check_in(
                self.store,
                pid,
                day,
                at=removed.checked_in_at,
                method=removed.method,
                uuid=removed.uuid,
            ),
        )
        tab.banner.show_message(
            self.tr("%1 is no longer checked in.").replace("%1", name), Banner.NOTE
        )
        tab.refresh_counters()
        tab.announce("check_in")
        self.update_enabled()

    def walk_in(self) -> None:
        tab = self.tab
        if tab.shown_event is None or tab.day is None:
            return
        event_id, day = tab.shown_event.id, tab.day
        dialog = WalkInDialog(tab, tab.search.text())
        if not dialog.exec():
            tab.search.setFocus()
            return
        result = self._guard(
            lambda: checkin_service.add_walk_in(self.store, event_id, dialog.data(), day)
        )
        if result is None:
            return
        record, check = result
        snapshot = participant_service.snapshot_participants(self.store, [record.id])
        tab.push(
            self.tr("Walk-in %1").replace("%1", record.name),
            lambda: participant_service.restore_participants(self.store, snapshot),
            lambda: participant_service.delete_participants(self.store, [record.id]),
        )
        tab.reload()
        tab.banner.show_message(
            self.tr("\u2713 %1 added as a walk-in and checked in at %2.")
            .replace("%1", record.name)
            .replace("%2", self._time(check.checked_in_at)),
            Banner.OK,
        )
        tab.after_check_in(record.id)
        tab.announce("participants")

    def paper_marks(self) -> None:
        tab, day, ids = self.tab, self.tab.day, self.tab.selected_ids()
        if day is None or not ids:
            return
        dialog = PaperMarksDialog(tab, len(ids), tab.day_text())
        if not dialog.exec():
            return
        at = dialog.at(day)
        made = self._guard(lambda: checkin_service.check_in_many(self.store, ids, day, at))
        if made is None:
            return
        tab.push(
            self.tr("Paper sign-in marks (%1)").replace("%1", str(len(made))),
            lambda: checkin_service.restore_check_ins(self.store, made),
            lambda: checkin_service.remove_check_ins(self.store, made),
        )
        tab.reload()
        tab.banner.show_message(
            self.tr("%n participant(s) marked present from the paper list.", "", len(made)),
            Banner.OK,
        )
        tab.announce("check_in")

    # --- participants ---------------------------------------------------------------------------

    def add_participant(self) -> None:
        tab = self.tab
        if tab.shown_event is None:
            return
        event_id = tab.shown_event.id
        dialog = ParticipantDialog(tab)
        if not dialog.exec():
            return
        record = self._guard(
            lambda: participant_service.add_participant(self.store, event_id, dialog.data())
        )
        if record is None:
            return
        snapshot = participant_service.snapshot_participants(self.store, [record.id])
        tab.push(
            self.tr("Adding %1").replace("%1", record.name),
            lambda: participant_service.restore_participants(self.store, snapshot),
            lambda: participant_service.delete_participants(self.store, [record.id]),
        )
        tab.reload()
        tab._highlight(record.id)
        tab.banner.show_message(self.tr("%1 added.").replace("%1", record.name), Banner.OK)
        tab.announce("participants")

    def edit_participant(self) -> None:
        tab, pid = self.tab, self.tab.current_id()
        if pid is None:
            return
        before = self._guard(lambda: participant_service.snapshot_participants(self.store, [pid]))
        if not before:
            return
        dialog = ParticipantDialog(tab, before[0].record, editing=True)
        if not dialog.exec():
            return
        record = self._guard(
            lambda: participant_service.update_participant(self.store, pid, dialog.data())
        )
        if record is None:
            return
        after = participant_service.snapshot_participants(self.store, [pid])
        tab.push(
            self.tr("Editing %1").replace("%1", record.name),
            lambda: participant_service.restore_participants(self.store, after),
            lambda: participant_service.restore_participants(self.store, before),
        )
        tab.reload()
        tab.announce("participants")

    def delete_participants(self) -> None:
        tab, ids = self.tab, self.tab.selected_ids()
        if not ids:
            return
        names = [self._name(pid) for pid in ids]
        text = (
            self.tr("Delete %1?").replace("%1", names[0])
            if len(ids) == 1
            else self.tr("Delete %n participant(s)?", "", len(ids))
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete participants"),
            text,
            QMessageBox.StandardButton.Cancel,
            tab,
        )
        box.setInformativeText(
            self.tr("Their check-ins are deleted with them. Edit \u2192 Undo brings them back.")
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        snapshots = self._guard(lambda: participant_service.delete_participants(self.store, ids))
        if snapshots is None:
            return
        tab.push(
            self.tr("Deleting %n participant(s)", "", len(ids)),
            lambda: participant_service.delete_participants(self.store, ids),
            lambda: participant_service.restore_participants(self.store, snapshots),
        )
        tab.reload()
        tab.banner.show_message(
            self.tr("%n participant(s) deleted. Ctrl+Z brings them back.", "", len(ids)),
            Banner.NOTE,
        )
        tab.announce("participants")

    def merge_selected(self) -> None:
        ids = self.tab.selected_ids()
        if len(ids) >= 2:
            current = self.tab.current_id()
            keep = current if current in ids else ids[0]
            self._merge([[keep, *[i for i in ids if i != keep]]])

    def _merge(self, groups: list[list[int]]) -> None:
        tab = self.tab
        results = []
        for group in groups:
            result = self._guard(
                lambda g=group: participant_service.merge_participants(self.store, g[0], g[1:])
            )
            if result is not None:
                results.append((group, result))
        if not results:
            return
        before = [snap for _, result in results for snap in result.before]
        tab.push(
            self.tr("Merging %n duplicate(s)", "", sum(len(g) - 1 for g, _ in results)),
            lambda: [
                participant_service.merge_participants(self.store, g[0], g[1:]) for g, _ in results
            ],
            lambda: participant_service.restore_participants(self.store, before),
        )
        tab.reload()
        tab._highlight(results[0][1].kept.id)
        tab.banner.show_message(
            self.tr("Merged into %1.").replace("%1", ", ".join(r.kept.name for _, r in results)),
            Banner.OK,
        )
        tab.announce("participants")

    def find_duplicates(self) -> None:
        tab = self.tab
        if tab.shown_event is None:
            return
        event_id = tab.shown_event.id
        groups = self._guard(lambda: participant_service.find_duplicates(self.store, event_id))
        if groups is None:
            return
        if not groups:
            QMessageBox.information(
                tab,
                self.tr("Duplicates"),
                self.tr(
                    "No duplicates found: no two participants share an "
                    "e-mail address, or a name and organisation."
                ),
            )
            return
        lines = [
            " = ".join(f"{p.name} ({p.organisation or p.email or '-'})" for p in group)
            for group in groups[:20]
        ]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Duplicates"),
            self.tr("%n group(s) of possible duplicates:", "", len(groups)),
            QMessageBox.StandardButton.Cancel,
            tab,
        )
        box.setInformativeText("\n".join(lines) + ("\n\u2026" if len(groups) > 20 else ""))
        merge = box.addButton(self.tr("Merge each group"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is merge:
            fullest_first = [
                sorted(group, key=lambda p: (-participant_service.completeness(p), p.id))
                for group in groups
            ]
            self._merge([[p.id for p in group] for group in fullest_first])
