"""Help → Keyboard shortcuts: every key of the window and its tabs, in one table (F1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcuts() -> list[tuple[str, str, str]]:
    """(where, keys, what) for every key worth knowing, in the interface language."""
    everywhere, door, agenda, notes, paper = (
        QCoreApplication.translate("KeyboardHelp", "Everywhere"),
        QCoreApplication.translate("KeyboardHelp", "Check-in"),
        QCoreApplication.translate("KeyboardHelp", "Agenda"),
        QCoreApplication.translate("KeyboardHelp", "Notes"),
        QCoreApplication.translate("KeyboardHelp", "Paper forms and kiosk"),
    )
    native = QKeySequence.SequenceFormat.NativeText

    def key(text: str) -> str:
        return QKeySequence(text).toString(native)

    return [
        (
            everywhere,
            key("Ctrl+1") + " \u2026 " + key("Ctrl+4"),
            QCoreApplication.translate("KeyboardHelp", "Agenda, Check-in, Notes, Evaluation"),
        ),
        (
            everywhere,
            key("Ctrl+F"),
            QCoreApplication.translate("KeyboardHelp", "Search on the current tab"),
        ),
        (everywhere, key("Ctrl+N"), QCoreApplication.translate("KeyboardHelp", "New event")),
        (everywhere, key("Ctrl+E"), QCoreApplication.translate("KeyboardHelp", "Edit the event")),
        (
            everywhere,
            key("Ctrl+Z"),
            QCoreApplication.translate(
                "KeyboardHelp", "Undo the last edit (its name is in the Edit menu)"
            ),
        ),
        (everywhere, key("Ctrl+Shift+Z"), QCoreApplication.translate("KeyboardHelp", "Redo")),
        (
            everywhere,
            key("F5"),
            QCoreApplication.translate("KeyboardHelp", "Start the next agenda item"),
        ),
        (
            everywhere,
            key("Shift+F5"),
            QCoreApplication.translate("KeyboardHelp", "Stop the running agenda item"),
        ),
        (
            everywhere,
            key("Ctrl+Shift+E"),
            QCoreApplication.translate("KeyboardHelp", "Export the event workbook"),
        ),
        (everywhere, key("F1"), QCoreApplication.translate("KeyboardHelp", "This list")),
        (everywhere, key("Ctrl+Q"), QCoreApplication.translate("KeyboardHelp", "Quit")),
        (
            door,
            QCoreApplication.translate("KeyboardHelp", "Letters, then Enter"),
            QCoreApplication.translate(
                "KeyboardHelp",
                "Check in the only person matching; when several match, a numbered list opens",
            ),
        ),
        (
            door,
            "1 \u2026 9",
            QCoreApplication.translate(
                "KeyboardHelp", "Check in that person from the numbered list"
            ),
        ),
        (
            door,
            QCoreApplication.translate("KeyboardHelp", "Arrow keys, Page Up/Down"),
            QCoreApplication.translate("KeyboardHelp", "Move through the list; Enter checks in"),
        ),
        (
            door,
            key("Esc"),
            QCoreApplication.translate(
                "KeyboardHelp", "Close the numbered list, or clear the search"
            ),
        ),
        (
            door,
            key("Ctrl+Shift+N"),
            QCoreApplication.translate("KeyboardHelp", "Add a walk-in (from what was typed)"),
        ),
        (
            door,
            key("F2"),
            QCoreApplication.translate("KeyboardHelp", "Edit the highlighted participant"),
        ),
        (
            door,
            key("Del"),
            QCoreApplication.translate("KeyboardHelp", "Delete the selected participants"),
        ),
        (
            agenda,
            key("Ins") + ", " + key("Ctrl+Shift+N"),
            QCoreApplication.translate("KeyboardHelp", "Add an agenda item"),
        ),
        (agenda, key("Ctrl+D"), QCoreApplication.translate("KeyboardHelp", "Duplicate the item")),
        (
            agenda,
            key("Alt+Up") + ", " + key("Alt+Down"),
            QCoreApplication.translate("KeyboardHelp", "Move the item"),
        ),
        (agenda, key("Ctrl+T"), QCoreApplication.translate("KeyboardHelp", "Enter actual times")),
        (
            agenda,
            key("Ctrl+PgUp") + ", " + key("Ctrl+PgDown"),
            QCoreApplication.translate("KeyboardHelp", "Previous or next day"),
        ),
        (
            notes,
            key("Alt+1") + " \u2026 " + key("Alt+6"),
            QCoreApplication.translate("KeyboardHelp", "Kind of note"),
        ),
        (
            notes,
            key("Ctrl+Return"),
            QCoreApplication.translate("KeyboardHelp", "Save the note and start the next"),
        ),
        (
            paper,
            key("1") + " \u2026 " + key("9"),
            QCoreApplication.translate(
                "KeyboardHelp", "Answer the question (a rating moves on to the next question)"
            ),
        ),
        (
            paper,
            key("Ctrl+Return"),
            QCoreApplication.translate("KeyboardHelp", "Save the paper form and open a blank one"),
        ),
        (
            paper,
            key("PgUp") + ", " + key("PgDown"),
            QCoreApplication.translate("KeyboardHelp", "Previous or next response already entered"),
        ),
        (
            paper,
            key("Ctrl+Shift+K"),
            QCoreApplication.translate("KeyboardHelp", "Start the evaluation kiosk"),
        ),
    ]


class KeyboardHelpDialog(QDialog):
    """A read-only table of the keys; the focus starts in it so arrows scroll it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboardHelp")
        self.setWindowTitle(QCoreApplication.translate("KeyboardHelp", "Keyboard shortcuts"))
        rows = shortcuts()
        self.table = QTableWidget(len(rows), 3, objectName="keyboardHelpTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("KeyboardHelp", "Where"),
                QCoreApplication.translate("KeyboardHelp", "Keys"),
                QCoreApplication.translate("KeyboardHelp", "What it does"),
            ]
        )
        self.table.setAccessibleName(
            QCoreApplication.translate("KeyboardHelp", "Keyboard shortcuts")
        )
        self.table.setAccessibleDescription(
            QCoreApplication.translate(
                "KeyboardHelp", "Where each key works, the key, and what it does"
            )
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
