"""The laptop's name, asked once: the first time it shares, joins or syncs an event.

A store starts with the computer's host name ("DESKTOP-7F3K2", "annas-macbook-air"), which
the other laptops and the coordinator's workbook would show beside everything recorded here.
Before the first share or sync (and right after the first join, when the other laptops'
names are known: a name one of them has is pointed out), a small dialog asks for a name people
recognise, the current one filled in and selected: Enter takes what is typed, Esc keeps it.
Either answer is final (``sync.device_named``); Event → Sharing and sync → Sync settings…
renames it later. Never at start-up: a facilitator with a queue must not meet a dialog first.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import sync
from dialogue_desk.store import Store
from dialogue_desk.ui.common.errors import guarded


class LaptopNameDialog(QDialog):
    """One line: this laptop's name, prefilled; Enter accepts, Esc keeps the name it has."""

    def __init__(
        self, name: str, parent: QWidget | None = None, taken: frozenset[str] = frozenset()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("laptopNameDialog")
        self.setWindowTitle(self.tr("Name this laptop"))
        self.setMinimumWidth(460)
        self.current = name
        explanation = QLabel(self.tr(
            "The other laptops and the coordinator's workbook show this name beside "
            "everything recorded here. Choose one people will recognise, for example "
            "“Door 2” or “Kiosk”."), self)  # fmt: skip
        explanation.setWordWrap(True)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("laptopName")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("For example: Door 2"))
        self.name_edit.setAccessibleName(self.tr("This laptop's name"))
        self.name_edit.selectAll()
        explanation.setBuddy(self.name_edit)
        # The other laptops' names: one of them again would make two rows of the workbook
        # look alike (they are told apart by a code then, which nobody recognises).
        self.taken = {" ".join(n.split()).casefold() for n in taken}
        self.warning = QLabel(self)
        self.warning.setObjectName("laptopNameTaken")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.name_edit.textChanged.connect(self._check)
        self.buttons = QDialogButtonBox(self)
        self.use_button = self.buttons.addButton(
            self.tr("Use this name"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("useLaptopName")
        self.use_button.setDefault(True)
        self.keep_button = self.buttons.addButton(
            self.tr("Keep “{name}”").format(name=name), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_button.setObjectName("keepLaptopName")
        self.keep_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()
        self._check()

    def _check(self) -> None:
        name = self.chosen()
        clash = bool(name) and name.casefold() in self.taken
        if clash:
            text = self.tr(
                "Another laptop of this event is already called “{name}”. Choose a name only "
                "this laptop has, so the workbook can tell them apart."
            )
            self.warning.setText(text.format(name=name))
        if clash != self.warning.isVisible():
            self.warning.setVisible(clash)
            # Wrapped labels keep their height otherwise, and the explanation is cut off.
            self.adjustSize()

    def chosen(self) -> str:
        """The name typed, white space tidied ("" when nothing was typed)."""
        return " ".join(self.name_edit.text().split())


def ask_laptop_name(parent: QWidget, store: Store) -> None:
    """Ask for this laptop's name if nobody has chosen one yet; either answer is kept."""
    if sync.device_named(store):
        return
    me = sync.this_device(store)
    current = me.name
    others = frozenset(n for d, n in sync.device_names(store).items() if d != me.uuid)
    dialog = LaptopNameDialog(current, parent, others)
    title = dialog.windowTitle()
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    name = dialog.chosen()
    dialog.deleteLater()
    with guarded(parent, title):
        if accepted and name and name != current:
            sync.rename_device(store, name)
        else:
            # Esc, or nothing new typed: the name stays, and is not asked for again (Event →
            # Sharing and sync → Sync settings… renames the laptop).
            sync.keep_device_name(store)
