"""Parts every form dialog shares: the red problem label and the button row."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

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
