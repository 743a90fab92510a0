"""The door's participant table: columns that fit a small screen, keys and a context menu.

On a 1280×720 venue laptop the organisation (which tells namesakes apart) keeps a fair share
of the width; the Registration column is an icon. Columns are set on resize, never measured
from their contents (that cost a keystroke 24 ms at 50,000 people). Typing while the table has
the focus goes on in the search field; Enter, Delete and F2 act on the highlighted row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from dialogue_desk.ui.checkin.model import (
    COL_EMAIL,
    COL_FIRST,
    COL_GROUP,
    COL_HERE,
    COL_KIND,
    COL_LAST,
    COL_ORG,
)

#: Shares of the width left after the Here and Registration columns.
_SHARES = {COL_LAST: 17, COL_FIRST: 14, COL_ORG: 27, COL_GROUP: 18, COL_EMAIL: 24}


class DoorTable(QTableView):
    """The participant list at the door (see the module docstring)."""

    typed = Signal(str)
    enter_pressed = Signal()
    delete_pressed = Signal()
    edit_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        # The selection must stand out from a step back (and from the green of "here"): a
        # dark blue with white text, set in the palette (a style sheet would slow painting).
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#1c4f8c"))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))
        self.setPalette(palette)

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        super().setModel(model)
        self.setSortingEnabled(True)
        header = self.horizontalHeader()
        header.setSortIndicator(COL_LAST, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Fixed)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width: fixed Here and Registration, the rest in proportion."""
        metrics = self.fontMetrics()
        rows = self.verticalHeader()
        if rows.defaultSectionSize() != metrics.height() + 10:
            # Only when it changes: it touches every row (20,000 at a big event).
            rows.setDefaultSectionSize(metrics.height() + 10)
        here = max(metrics.horizontalAdvance("\u2713 00:00") + 16, 64)
        kind = max(metrics.height() + 14, 28)
        self.setColumnWidth(COL_HERE, here)
        self.setColumnWidth(COL_KIND, kind)
        # Leave room for the vertical scroll bar even before it appears (no horizontal one).
        inner = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        inner = min(inner, self.viewport().width())
        rest = max(inner - here - kind, 400)
        total = sum(_SHARES.values())
        widths = {column: rest * share // total for column, share in _SHARES.items()}
        # On a narrow list (a 1280 px laptop with the practice panel open) the organisation,
        # which tells namesakes apart, keeps room for about 22 letters: the e-mail address
        # and then the stakeholder group give it up first (both stay readable when widened).
        wanted = metrics.averageCharWidth() * 22 + 12
        for donor, floor in ((COL_EMAIL, 90), (COL_GROUP, 90)):
            short = wanted - widths[COL_ORG]
            if short <= 0:
                break
            given = max(0, min(short, widths[donor] - floor))
            widths[donor] -= given
            widths[COL_ORG] += given
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        # Whatever rounding left over goes to (or comes from) the e-mail column.
        used = sum(self.columnWidth(c) for c in range(self.model().columnCount()))
        self.setColumnWidth(COL_EMAIL, max(60, self.columnWidth(COL_EMAIL) + inner - used))

    def select_row(self, row: int) -> None:
        """Make ``row`` the current, selected row and scroll to it."""
        index = self.model().index(row, COL_LAST)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def move_highlight(self, key: Qt.Key) -> None:
        """Move the highlight by a row or a page (the search field's arrow and page keys)."""
        rows = self.model().rowCount()
        if not rows:
            return
        current = self.currentIndex().row()
        page = max(1, self.viewport().height() // max(1, self.rowHeight(0)) - 1)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page,
                Qt.Key.Key_PageDown: page}.get(key, 0)  # fmt: skip
        self.select_row(0 if current < 0 and step > 0 else min(rows - 1, max(0, current + step)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _LOCAL
            and _plain(event)
        ):
            event.accept()  # these keys act on the row, not as window shortcuts
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if (
            text.isprintable()
            and text.strip()
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            self.typed.emit(text)  # typing a name goes on in the search field
            return
        if event.key() in _LOCAL and _plain(event):
            {
                Qt.Key.Key_Return: self.enter_pressed,
                Qt.Key.Key_Enter: self.enter_pressed,
                Qt.Key.Key_Delete: self.delete_pressed,
                Qt.Key.Key_F2: self.edit_pressed,
            }[Qt.Key(event.key())].emit()
            return
        super().keyPressEvent(event)


_LOCAL = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_F2}


def _plain(event: QKeyEvent) -> bool:
    return event.modifiers() in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.KeypadModifier,
    )
