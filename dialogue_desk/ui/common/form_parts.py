"""Parts every form dialog shares: the red problem label, the button row, a date field."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services.errors import ValidationError

#: The colour of problems a user must fix (readable on light backgrounds, not alarm red).
ERROR_COLOUR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOUR};"


class ErrorLabel(QLabel):
    """Hidden until there is a problem to show under a form."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=object_name, wordWrap=True)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()

    def show_problems(self, error: ValidationError | str) -> None:
        text = "\n".join(error.problems.values()) if isinstance(error, ValidationError) else error
        self.setText(text)
        self.show()


def finish_form(
    dialog: QDialog,
    form: QLayout,
    errors: QLabel,
    *,
    buttons: QDialogButtonBox | None = None,
    save: bool = True,
    above: QWidget | None = None,
) -> QDialogButtonBox:
    """Lay out ``form``, ``errors`` and the Save (or OK)/Cancel buttons of ``dialog``."""
    if buttons is None:
        accept = (
            QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
        )
        buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if above is not None:
        layout.addWidget(above)
    layout.addLayout(form)
    layout.addWidget(errors)
    layout.addWidget(buttons)
    return buttons


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date with a four-digit year ("01.12.2026", "2026-12-01"): the one way
    the interface writes a date a user types or picks."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


class DateField(QDateEdit):
    """A date to pick in a form: a calendar pop-up, the locale's short format with the full
    year, and Tab moving to the next field (QDateEdit's own Tab walks day, month, year, so
    Title, Tab, Tab landed inside the next date and the typing was lost)."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None, **kwargs: object):
        super().__init__(parent, **kwargs)  # type: ignore[arg-type]
        self.setCalendarPopup(True)
        self.setDisplayFormat(short_date_format(self.locale()))
        if date is not None:
            self.setDate(date)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802,A002 (Qt's names)
        return QWidget.focusNextPrevChild(self, next)
