"""The compact chooser the door shows when Enter could mean more than one person.

Up to nine of the best matches, numbered: the keys 1–9 (in the search field, which keeps the
focus) check that person in, a click does the same, typing on narrows the search and Escape
closes the chooser. It never picks anyone by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from dialogue_desk.services.checkin import CheckInRecord, ParticipantRecord
from dialogue_desk.ui.common.announce import announce

#: How many matches the chooser offers (one digit key each).
CHOICES = 9


class MatchChooser(QFrame):
    """Numbered candidates for Enter; ``chosen(participant_id)`` when one is picked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinChooser")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#checkinChooser { border: 2px solid #1c4f8c; border-radius: 4px; }"
            "QListWidget::item { padding: 3px; }"
            "QListWidget::item:focus, QListWidget::item:selected"
            " { background: #1c4f8c; color: white; }"
        )
        self.title = QLabel(objectName="checkinChooserTitle", wordWrap=True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.list = QListWidget(objectName="checkinChooserList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the focus
        self.list.itemClicked.connect(self._on_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self._ids: list[int] = []
        self.hide()

    @property
    def candidates(self) -> list[int]:
        """The participant ids offered, in the order of their keys (1 first)."""
        return list(self._ids)

    def offer(
        self, people: list[tuple[ParticipantRecord, CheckInRecord | None]], title: str
    ) -> None:
        """Offer ``people`` (at most nine, best first) under ``title``, and announce it."""
        self._ids = [record.id for record, _ in people[:CHOICES]]
        self.list.clear()
        for number, (record, check_in) in enumerate(people[:CHOICES], start=1):
            details = record.organisation or record.email
            text = f"{number}  {record.name}"
            if details:
                text += f" \u00b7 {details}"
            if check_in is not None:
                time = QLocale().toString(
                    check_in.checked_in_at.time(), QLocale.FormatType.ShortFormat
                )
                text += "  " + self.tr("(already here since {time})").format(time=time)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
        self.title.setText(title)
        self.list.setAccessibleName(self.tr("People to choose from"))
        self.list.setAccessibleDescription(title)
        count = len(self._ids)
        row_height = self.list.sizeHintForRow(0) if count else 0
        self.list.setFixedHeight(row_height * count + 2 * self.list.frameWidth() + 2)
        self.show()
        self.offer_again()

    def offer_again(self) -> None:
        """Say again what the chooser asks (Enter pressed while it is open)."""
        announce(self, self.title.text())

    def several_text(self, query: str, total: int, shown: int) -> str:
        """The title when ``total`` people match ``query`` equally well (``shown`` offered)."""
        if total > shown:
            return self.tr(
                "%n people match \u201c{query}\u201d. Press 1\u2013{count} to check in one "
                "of the best {count}, or type more letters.",
                "",
                total,
            ).format(query=query, count=shown)
        return self.tr(
            "%n people match \u201c{query}\u201d. Press 1\u2013{count} to check in "
            "the right one, or type more letters.",
            "",
            total,
        ).format(query=query, count=shown)

    def suggest_text(self, query: str, shown: int, walk_in_key: str) -> str:
        """The title when nobody matches ``query`` but ``shown`` names are close to it."""
        if shown == 1:
            return self.tr(
                "No one on the list matches \u201c{query}\u201d. Did you mean this person? "
                "Press 1 to check them in, or {key} to add a walk-in.",
            ).format(query=query, key=walk_in_key)
        return self.tr(
            "No one on the list matches \u201c{query}\u201d. Did you mean one of these? Press "
            "1\u2013{count} to check in, or {key} to add a walk-in.",
        ).format(query=query, count=shown, key=walk_in_key)

    def choose(self, number: int) -> bool:
        """Pick the ``number``-th candidate (1-based); False if there is no such one."""
        if not self.isVisible() or not 1 <= number <= len(self._ids):
            return False
        participant_id = self._ids[number - 1]
        self.close_chooser()
        self.chosen.emit(participant_id)
        return True

    def close_chooser(self) -> None:
        self._ids = []
        self.list.clear()
        self.hide()

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.choose(self.list.row(item) + 1)
