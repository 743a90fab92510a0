"""Small widgets of the Check-in tab: the day box, the door search field, counters (banner.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import checkin as checkin_service
from dialogue_desk.services.checkin import AttendanceCounts
from dialogue_desk.services.labels import label
from dialogue_desk.store.enums import StakeholderGroup

# The banner lives in its own module; the tab's other parts import it from here too.
from dialogue_desk.ui.checkin.banner import Banner as Banner
from dialogue_desk.ui.common.form_parts import short_date_format

if TYPE_CHECKING:
    from dialogue_desk.services.events import EventRecord

_NAVIGATION = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


class DoorSearchField(QLineEdit):
    """The large search box at the door.

    Arrow and page keys move the highlight in the list (``navigate``), Enter checks in
    (``returnPressed``), Escape clears. Ctrl+Z is left to the window's Undo (taking back the
    last check-in) whenever the field itself has nothing to undo.
    """

    navigate = Signal(QKeyEvent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinSearch")
        #: Set by the tab: pick the n-th person of an open chooser (True if there was one).
        self.choose: Callable[[int], bool] = lambda _number: False
        self.chooser_open: Callable[[], bool] = lambda: False
        self.close_chooser: Callable[[], None] = lambda: None
        # A thick frame while it has the focus: visible from a step back, not colour alone.
        self.setStyleSheet(
            "QLineEdit#checkinSearch { border: 2px solid #767676; border-radius: 4px; "
            "padding: 2px 6px; } QLineEdit#checkinSearch:focus { border: 3px solid #1c4f8c; }"
        )
        self.setClearButtonEnabled(True)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
        self.setFont(font)
        self.setMinimumHeight(self.fontMetrics().height() + 16)

    def clear_for_next(self) -> None:
        # setText, unlike clear(), also forgets the field's own undo history.
        self.setText("")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable():
                event.ignore()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable():
                event.ignore()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _NAVIGATION:
            self.navigate.emit(event)
            return
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and len(text) == 1 and "1" <= text <= "9" and self.chooser_open():
            self.choose(int(text))  # a digit picks a person (or none), it is not typed
            return
        if event.key() == Qt.Key.Key_Escape and self.chooser_open():
            self.close_chooser()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear_for_next()
            return
        super().keyPressEvent(event)


class DayBox(QComboBox):
    """The days of the event to check people in for; today's is marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinDay")

    def fill(self, event: EventRecord | None) -> dt.date | None:
        """Offer the days of ``event`` and choose the default one, which is returned."""
        self.blockSignals(True)
        self.clear()
        day = None
        if event is not None:
            for each in event.days:
                self.addItem("", each)
            day = checkin_service.default_day(event)
            self.setCurrentIndex(max(0, event.days.index(day)))
        self.retranslate()
        self.setEnabled(event is not None and len(event.days) > 1)
        self.blockSignals(False)
        return day

    def retranslate(self) -> None:
        today = dt.date.today()
        locale = QLocale()
        for index in range(self.count()):
            day: dt.date = self.itemData(index)
            # The day texts keep the translation context of the tab they were written for.
            text = QCoreApplication.translate("CheckInTab", "Day {number}: {date}").format(
                number=index + 1, date=locale.toString(_qdate(day), short_date_format(locale))
            )
            if day == today:
                text += " " + QCoreApplication.translate("CheckInTab", "(today)")
            self.setItemText(index, text)
        self.adjustSize()


def day_text(day: dt.date | None) -> str:
    """ "today", or the long date of ``day``, for sentences such as "checked in today"."""
    day = day or dt.date.today()
    if day == dt.date.today():
        return QCoreApplication.translate("CheckInTab", "today")
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


class EmptyRegister(QWidget):
    """What the tab shows before anyone is registered: a hint and two buttons to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinEmpty")
        self.text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.import_button = QPushButton(objectName="checkinEmptyImport")
        self.add_button = QPushButton(objectName="checkinEmptyAdd")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(2)


class CountersPanel(QFrame):
    """Here today / registered, walk-ins, by stakeholder group and by day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinCounters")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        self.caption = QLabel(objectName="countersCaption")
        self.big = QLabel(objectName="countersPresent")
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 2.6)
        font.setBold(True)
        self.big.setFont(font)
        self.walk_ins = QLabel(objectName="countersWalkIns")
        self.total = QLabel(objectName="countersTotal")
        self.groups_title = QLabel(objectName="countersGroupsTitle")
        self.groups = QGridLayout()
        self.groups.setColumnStretch(0, 1)
        self.days_title = QLabel(objectName="countersDaysTitle")
        self.days = QLabel(objectName="countersDays")
        self.days.setWordWrap(True)
        # Captions are whole sentences in five languages (ru: "Участники по предварительной
        # записи на месте"): they wrap rather than being cut at the panel's edge.
        for text in (self.caption, self.walk_ins, self.total, self.groups_title, self.days_title):
            text.setWordWrap(True)
        for title in (self.groups_title, self.days_title):
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.big)
        layout.addWidget(self.walk_ins)
        layout.addWidget(self.total)
        layout.addSpacing(8)
        layout.addWidget(self.groups_title)
        layout.addLayout(self.groups)
        layout.addSpacing(8)
        layout.addWidget(self.days_title)
        layout.addWidget(self.days)
        layout.addStretch(1)
        self._counts: AttendanceCounts | None = None
        self._today = True
        self._group_labels: dict[StakeholderGroup, tuple[QLabel, QLabel]] = {}

    def set_counts(self, counts: AttendanceCounts | None, *, today: bool) -> None:
        self._counts, self._today = counts, today
        self.retranslate()

    def retranslate(self) -> None:
        counts = self._counts
        self.setAccessibleName(self.tr("Attendance"))
        self.groups_title.setText(self.tr("By stakeholder group (here / on the list)"))
        self.days_title.setText(self.tr("By day"))
        for name, value in self._group_labels.values():
            name.hide()
            value.hide()
        if counts is None:
            self.caption.setText("")
            self.big.setText("")
            self.walk_ins.setText("")
            self.total.setText("")
            self.days.setText("")
            return
        locale = QLocale()
        if self._today:
            self.caption.setText(self.tr("Registered people here today"))
        else:
            self.caption.setText(
                self.tr("Registered people here on {day}").format(
                    day=locale.toString(_qdate(counts.day), QLocale.FormatType.ShortFormat)
                )
            )
        # The report's meaning: walk-ins are not "registered"; they are counted beside them.
        self.big.setText(f"{counts.registered_present} / {counts.registered}")
        self.walk_ins.setText(self.tr("+ %n walk-in(s) here", "", counts.walk_ins_present))
        self.total.setText(self.tr("%n people here in all", "", counts.present))
        spoken = " ".join(
            (
                self.tr("%n registered participant(s).", "", counts.registered),
                self.tr("%n of them here.", "", counts.registered_present),
                self.tr("%n walk-in(s) here.", "", counts.walk_ins_present),
            )
        )
        self.big.setAccessibleName(self.caption.text())
        self.big.setAccessibleDescription(spoken)
        self.setAccessibleDescription(spoken)
        for group in StakeholderGroup:
            count = counts.by_group.get(group)
            if count is None:
                continue
            # One pair of labels per group, made once: a check-in only changes their texts.
            if group not in self._group_labels:
                name, value = QLabel(wordWrap=True), QLabel()
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row = list(StakeholderGroup).index(group)
                self.groups.addWidget(name, row, 0)
                self.groups.addWidget(value, row, 1)
                self._group_labels[group] = (name, value)
            name, value = self._group_labels[group]
            name.setText(label(group))
            value.setText(f"{count.present} / {count.registered}")
            name.show()
            value.show()
        lines = [
            self.tr("{day}: {count} here").format(
                day=locale.toString(_qdate(day), QLocale.FormatType.ShortFormat), count=n
            )
            for day, n in counts.by_day.items()
        ]
        self.days.setText("\n".join(lines) or self.tr("No one checked in yet."))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def scrolling(panel: QWidget) -> QScrollArea:
    """``panel`` in a vertical scroll area: it scrolls rather than squeeze its lines together
    when the chooser or a large text size takes the room (never a horizontal scroll bar)."""
    area = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
    area.setWidget(panel)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumWidth(panel.minimumWidth() + area.verticalScrollBar().sizeHint().width())
    return area
