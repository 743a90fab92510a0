"""The question's XLSForm logic as text: when it is asked, what is allowed, what it computes.

Each line is an XLSForm column as Kobo and ODK users write it (``${age} >= 18``,
``selected(${topics}, 'work')``, ``. <= today()``); the expression engine checks each one
when the dialog is accepted, so a typo is reported here, not in front of a respondent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from dialogue_desk.services.evaluation import ExpressionError, compile_expression

#: (logic key, is an expression)
FIELDS = (("relevant", True), ("required_expr", True), ("constraint", True),
          ("choice_filter", True), ("calculation", True), ("default", False),
          ("appearance", False))  # fmt: skip


class LogicEditor(QWidget):
    """``logic(base)`` is ``base`` with the edited keys replaced; ``problems()`` checks them."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logic_editor")
        self.language = language
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        captions = {
            "relevant": self.tr("Asked only &if:"),
            "required_expr": self.tr("Required if:"),
            "constraint": self.tr("Allowed answer (c&onstraint):"),
            "choice_filter": self.tr("Choice &filter:"),
            "calculation": self.tr("Calculation:"),
            "default": self.tr("Default answer:"),
            "appearance": self.tr("Appearance:"),
        }
        placeholders = {
            "relevant": "${attended} = 'yes'", "required_expr": "${age} >= 18",
            "constraint": ". >= 16 and . <= 120", "choice_filter": "country = ${country}",
            "calculation": "${sessions} + ${workshops}", "appearance": "likert, multiline",
        }  # fmt: skip
        for key, _expression in FIELDS:
            edit = QLineEdit(objectName=f"logic_{key}")
            edit.setPlaceholderText(placeholders.get(key, ""))
            layout.addRow(captions[key], edit)
            edit.setAccessibleName(captions[key].replace("&", "").rstrip(":"))
            self.edits[key] = edit

    def set_logic(self, logic: dict[str, Any]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(logic.get(key) or ""))

    def logic(self, base: dict[str, Any]) -> dict[str, Any]:
        logic = dict(base)
        for key, edit in self.edits.items():
            text = edit.text().strip()
            if text:
                logic[key] = text
            else:
                logic.pop(key, None)
        return logic

    def problems(self) -> list[str]:
        """One line per expression the engine cannot read."""
        found = []
        for key, expression in FIELDS:
            text = self.edits[key].text().strip()
            if expression and text:
                try:
                    compile_expression(text)
                except ExpressionError as error:
                    field = self.edits[key].accessibleName()
                    found.append(self.tr("{field}: {reason}").format(field=field, reason=error))
        return found
