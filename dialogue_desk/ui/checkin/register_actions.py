"""Editing the Check-in tab's register: add, edit, delete and merge participants.

Each edit is one service call, shown in the tab's banner and put on the window's undo history
as a pair of service calls over participant snapshots. The strings keep the translation context
of ``CheckInActions``, whose menu entries these are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from dialogue_desk.services.changes import Changes
from dialogue_desk.services.checkin import participants as participant_service
from dialogue_desk.ui.checkin.dialogs import ParticipantDialog
from dialogue_desk.ui.checkin.widgets import Banner

if TYPE_CHECKING:
    from dialogue_desk.store import Store
    from dialogue_desk.ui.checkin.tab import CheckInTab


class RegisterActions(QObject):
    def __init__(self, tab: CheckInTab) -> None:
        super().__init__(tab)
        self.tab = tab

    @property
    def store(self) -> Store:
        return self.tab.context.store

    def add_participant(self) -> None:
        tab, event = self.tab, self.tab.current_event
        if event is None:
            return
        dialog = ParticipantDialog(tab)
        if not dialog.exec():
            return
        with tab.guard() as outcome:
            record = participant_service.add_participant(self.store, event.id, dialog.data())
            snapshot = participant_service.snapshot_participants(self.store, [record.id])
        if not outcome.ok:
            return
        tab.push_undoable(
            QCoreApplication.translate("CheckInActions", "Adding {name}").format(name=record.name),
            lambda: participant_service.restore_participants(self.store, snapshot),
            lambda: participant_service.delete_participants(self.store, [record.id]),
            changes=Changes.PARTICIPANTS,
        )
        tab.reload()
        tab.highlight(record.id)
        tab.banner.show_message(
            QCoreApplication.translate("CheckInActions", "{name} added.").format(name=record.name),
            Banner.OK,
        )
        tab.announce(Changes.PARTICIPANTS)

    def edit_participant(self) -> None:
        tab, pid = self.tab, self.tab.current_id()
        if pid is None:
            return
        with tab.guard() as outcome:
            before = participant_service.snapshot_participants(self.store, [pid])
        if not outcome.ok or not before:
            return
        dialog = ParticipantDialog(tab, before[0].record, editing=True)
        if not dialog.exec():
            return
        with tab.guard() as outcome:
            record = participant_service.update_participant(self.store, pid, dialog.data())
            after = participant_service.snapshot_participants(self.store, [pid])
        if not outcome.ok:
            return
        tab.push_undoable(
            QCoreApplication.translate("CheckInActions", "Editing {name}").format(name=record.name),
            lambda: participant_service.restore_participants(self.store, after),
            lambda: participant_service.restore_participants(self.store, before),
            changes=Changes.PARTICIPANTS,
        )
        tab.reload()
        tab.announce(Changes.PARTICIPANTS)

    def delete_participants(self) -> None:
        tab, ids = self.tab, self.tab.selected_ids()
        if not ids:
            return
        names = [tab.name_of(pid) for pid in ids]
        count = len(ids)  # a plain name: lupdate misses a call as the count of translate()
        text = (
            QCoreApplication.translate("CheckInActions", "Delete {name}?").format(name=names[0])
            if len(ids) == 1
            else QCoreApplication.translate(
                "CheckInActions", "Delete %n participant(s)?", "", count
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("CheckInActions", "Delete participants"),
            text,
            QMessageBox.StandardButton.Cancel,
            tab,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "CheckInActions",
                "Their check-ins are deleted with them. Edit \u2192 Undo brings them back.",
            )
        )
        delete = box.addButton(
            QCoreApplication.translate("CheckInActions", "Delete"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        with tab.guard() as outcome:
            snapshots = participant_service.delete_participants(self.store, ids)
        if not outcome.ok:
            return
        tab.push_undoable(
            QCoreApplication.translate("CheckInActions", "Deleting %n participant(s)", "", count),
            lambda: participant_service.delete_participants(self.store, ids),
            lambda: participant_service.restore_participants(self.store, snapshots),
            changes=Changes.PARTICIPANTS | Changes.CHECK_IN,
        )
        tab.reload()
        tab.banner.show_message(
            QCoreApplication.translate(
                "CheckInActions",
                "%n participant(s) deleted. Ctrl+Z brings them back.",
                "",
                count,
            ),
            Banner.NOTE,
        )
        tab.announce(Changes.PARTICIPANTS | Changes.CHECK_IN)

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
            with tab.guard() as outcome:
                result = participant_service.merge_participants(self.store, group[0], group[1:])
            if outcome.ok:
                results.append((group, result))
        if not results:
            return
        before = [snap for _, result in results for snap in result.before]
        merged = sum(len(g) - 1 for g, _ in results)
        tab.push_undoable(
            QCoreApplication.translate("CheckInActions", "Merging %n duplicate(s)", "", merged),
            lambda: [
                participant_service.merge_participants(self.store, g[0], g[1:]) for g, _ in results
            ],
            lambda: participant_service.restore_participants(self.store, before),
            changes=Changes.PARTICIPANTS | Changes.CHECK_IN,
        )
        tab.reload()
        tab.highlight(results[0][1].kept.id)
        tab.banner.show_message(
            QCoreApplication.translate("CheckInActions", "Merged into {names}.").format(
                names=", ".join(r.kept.name for _, r in results)
            ),
            Banner.OK,
        )
        tab.announce(Changes.PARTICIPANTS | Changes.CHECK_IN)

    def find_duplicates(self) -> None:
        tab, event = self.tab, self.tab.current_event
        if event is None:
            return
        with tab.guard() as outcome:
            groups = participant_service.find_duplicates(self.store, event.id)
        if not outcome.ok:
            return
        if not groups:
            QMessageBox.information(
                tab,
                QCoreApplication.translate("CheckInActions", "Duplicates"),
                QCoreApplication.translate(
                    "CheckInActions",
                    "No duplicates found: no two participants share an "
                    "e-mail address, or a name and organisation.",
                ),
            )
            return
        count = len(groups)
        lines = [
            " = ".join(f"{p.name} ({p.organisation or p.email or '-'})" for p in group)
            for group in groups[:20]
        ]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("CheckInActions", "Duplicates"),
            QCoreApplication.translate(
                "CheckInActions", "%n group(s) of possible duplicates:", "", count
            ),
            QMessageBox.StandardButton.Cancel,
            tab,
        )
        box.setInformativeText("\n".join(lines) + ("\n\u2026" if count > 20 else ""))
        merge = box.addButton(
            QCoreApplication.translate("CheckInActions", "Merge each group"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.exec()
        if box.clickedButton() is merge:
            fullest_first = [
                sorted(group, key=lambda p: (-participant_service.completeness(p), p.id))
                for group in groups
            ]
            self._merge([[p.id for p in group] for group in fullest_first])
