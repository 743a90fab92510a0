"""The list of a form's languages that every view showing its questions picks from.

One rule for the designer's preview, paper entry and the results: a language the user picked
by hand for a form stays (while the list is refilled after each change); otherwise the form is
shown in the interface language when it has labels in it, else in its own first language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from dialogue_desk.i18n import LANGUAGES, ui_language
from dialogue_desk.services.evaluation import FormRecord


def display_language(form: FormRecord, chosen: str | None = None) -> str:
    """``chosen`` if the form has it, else the interface language if it has that, else its own."""
    return form.language_for(chosen, ui_language())


class FormLanguageBox(QComboBox):
    """A form's languages by name; ``code()`` is the one to show its questions in."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.form_id: int | None = None
        #: {form id: language the user picked}; a signal-driven change is not a pick.
        self.chosen: dict[int, str] = {}
        self.activated.connect(self._picked)

    def set_form(self, form: FormRecord | None) -> None:
        """Fill in ``form``'s languages and select the one to show, without emitting signals."""
        self.blockSignals(True)
        self.clear()
        self.form_id = form.id if form is not None else None
        if form is not None:
            for code in form.languages:
                self.addItem(LANGUAGES.get(code, code.upper()), code)
            self.setCurrentIndex(
                max(0, self.findData(display_language(form, self.chosen.get(form.id))))
            )
        self.blockSignals(False)

    def code(self, default: str = "en") -> str:
        return self.currentData() or default

    def _picked(self, index: int) -> None:
        if self.form_id is not None:
            self.chosen[self.form_id] = self.itemData(index)
