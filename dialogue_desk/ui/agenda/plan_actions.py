"""Changing the plan without surprises: edits that would move later items ask first, and the
plan can be published (kept as the baseline the report compares the day with).

Used by the Agenda tab's actions; uses only the tab's public methods and attributes.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from dialogue_desk.services import agenda as service
from dialogue_desk.services.agenda import AgendaItemData, AgendaItemRecord, PlanState
from dialogue_desk.ui.agenda.formats import time_text

if TYPE_CHECKING:
    from dialogue_desk.ui.agenda.tab import AgendaTab


class Shift(enum.Enum):
    """The answer to "also move the later items?"."""

    ALL = "all"
    ONLY_THIS = "only_this"
    CANCEL = "cancel"


class PlanActions(QObject):
    """Publish the plan; edit an item, asking before the rest of the day moves."""

    def __init__(self, tab: AgendaTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.publish = QAction(tab, objectName="actionAgendaPublishPlan")
        self.publish.triggered.connect(self.do_publish)
        self._asking = False

    def retranslate(self) -> None:
        self.publish.setText(QCoreApplication.translate("AgendaPlan", "Pu&blish plan…"))
        self.publish.setToolTip(
            QCoreApplication.translate(
                "AgendaPlan",
                "Keep the current times as the published plan: later changes move the expected "
                "times, and the report compares the day with this plan.",
            )
        )
        self.publish.setStatusTip(self.publish.toolTip())

    # --- asking ---------------------------------------------------------------------------

    def ask_shift(self, item: AgendaItemRecord, data: AgendaItemData, later: int) -> Shift:
        """Ask whether the ``later`` items after ``item`` move with it (tests replace this)."""
        box = QMessageBox(self.tab.window())
        box.setObjectName("agendaShiftQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("AgendaPlan", "Move the later items?"))
        box.setText(
            QCoreApplication.translate(
                "AgendaPlan",
                "\u201c{title}\u201d now ends at {end} instead of {old}. Also move the %n later "
                "item(s) of this day by the same amount?",
                "",
                later,
            ).format(title=item.title, end=time_text(data.end_time), old=time_text(item.end_time))
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "AgendaPlan",
                "Fixed items keep their time. The published plan does not change either way; "
                "Ctrl+Z takes the change back.",
            )
        )
        move = box.addButton(
            QCoreApplication.translate("AgendaPlan", "&Move them too"),
            QMessageBox.ButtonRole.YesRole,
        )
        only = box.addButton(
            QCoreApplication.translate("AgendaPlan", "&Only this item"),
            QMessageBox.ButtonRole.NoRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(only)  # never reschedule the day by a reflex Enter
        box.exec()
        clicked = box.clickedButton()
        if clicked is move:
            return Shift.ALL
        if clicked is only:
            return Shift.ONLY_THIS
        return Shift.CANCEL

    def ask_republish(self) -> bool:
        """Ask before replacing a published plan (tests replace this)."""
        answer = QMessageBox.question(
            self.tab.window(),
            QCoreApplication.translate("AgendaPlan", "Publish the plan again?"),
            QCoreApplication.translate(
                "AgendaPlan",
                "The plan was already published. Publish the current times as the new plan? "
                "The report then compares the day with them. Ctrl+Z brings the old plan back.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- editing --------------------------------------------------------------------------

    def edit(self, item_id: int, data: AgendaItemData, *, later: bool = False) -> None:
        """Change the item to ``data`` as one undoable step, asking first if later items would
        move. ``later``: ask after the current event (a table cell's editor is still closing)."""
        tab = self.tab
        item = next((i for i in tab.items if i.id == item_id), None)
        if item is None or self._asking:
            return
        moved, minutes = service.items_to_shift(tab.items, item_id, data)
        if moved and later:
            QTimer.singleShot(0, lambda: self.edit(item_id, data))
            return
        shift = True
        if moved:
            self._asking = True
            try:
                answer = self.ask_shift(item, data, len(moved))
            finally:
                self._asking = False
            if answer is Shift.CANCEL:
                tab.reload(select=[item_id])
                return
            shift = answer is Shift.ALL
        tab.change(
            QCoreApplication.translate("AgendaTab", "Edit \u201c{title}\u201d").format(
                title=item.title
            ),
            {item.day, data.day},
            lambda: service.update_item(tab.context.store, item_id, data, shift_following=shift),
            lambda r: [r.id],
        )
        count = len(moved)  # a plain name: lupdate misses a call as the count of translate()
        if moved and shift:
            tab.show_status(
                QCoreApplication.translate(
                    "AgendaPlan",
                    "%n later item(s) moved with it (Ctrl+Z takes it back).",
                    "",
                    count,
                )
            )
        elif moved:
            tab.show_status(
                QCoreApplication.translate(
                    "AgendaPlan", "Only this item changed; the later items keep their times."
                )
            )

    def add_push(self, data: AgendaItemData) -> bool | None:
        """Should a new item ``data`` push the later items back? None: the user cancelled."""
        moved, _minutes = service.pushed_by_new(self.tab.items, data)
        return self.ask_push(data, moved) if moved else True

    def ask_push(self, data: AgendaItemData, moved: list[AgendaItemRecord]) -> bool | None:
        """Ask whether a new item pushes the ``moved`` items back (tests replace this)."""
        count = len(moved)  # a plain name: lupdate misses a call as the count of translate()
        answer = QMessageBox.question(
            self.tab.window(),
            QCoreApplication.translate("AgendaPlan", "Move the later items?"),
            QCoreApplication.translate(
                "AgendaPlan",
                "\u201c{title}\u201d runs into \u201c{next}\u201d. Move the %n later item(s) of "
                "this day back to make room?",
                "",
                count,
            ).format(title=data.title, next=moved[0].title),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    # --- publishing -----------------------------------------------------------------------

    def do_publish(self) -> None:
        tab, event = self.tab, self.tab.current_event
        if event is None or not tab.items:
            return
        state = service.plan_state(tab.items)
        replace = state is not PlanState.NOT_PUBLISHED
        if replace and not self.ask_republish():
            return
        count = tab.change(
            QCoreApplication.translate("AgendaPlan", "Publish the plan"),
            None,
            lambda: service.publish_plan(tab.context.store, event.id, replace=replace),
        )
        if count is not None:
            tab.show_status(
                QCoreApplication.translate(
                    "AgendaPlan",
                    "Plan published (%n item(s)). Changes from now on move the expected times; "
                    "the report compares the day with this plan.",
                    "",
                    count,
                )
            )

    def update(self, enabled: bool) -> None:
        self.publish.setEnabled(enabled)
