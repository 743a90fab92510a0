"""The designer shows and edits a question's relevance, constraint and other logic as text."""

from __future__ import annotations

from pathlib import Path

from dialogue_desk.exchange.xlsform import import_xlsform
from dialogue_desk.ui.evaluation.question_dialog import MESSAGE, QuestionDialog
from dialogue_desk.ui.evaluation.question_model import QuestionModel

FORMS = Path(__file__).parents[2] / "fixtures" / "forms"


def test_logic_is_shown_edited_and_checked(qtbot, store):
    form = import_xlsform(store, FORMS / "constraint.xlsx", None)
    age = form.question("age")
    dialog = QuestionDialog(form.languages, {"email"}, age)
    qtbot.addWidget(dialog)
    assert dialog.logic.edits["constraint"].text() == ". >= 16 and . <= 120"
    # The message for a refused answer is edited in every language of the form, beside the
    # question's texts, while there is a constraint.
    rows = {code: row for row, code in enumerate(form.languages)}
    assert not dialog.texts.isColumnHidden(MESSAGE)
    assert dialog.texts.item(rows["en"], MESSAGE).text() == "Give an age from 16 to 120."
    assert dialog.texts.item(rows["et"], MESSAGE).text() == "Vanus 16 kuni 120."
    dialog.logic.edits["relevant"].setText("${email} != ''")
    dialog.texts.item(rows["en"], MESSAGE).setText("From 16 to 120, please.")
    dialog.texts.item(rows["et"], MESSAGE).setText("Palun 16 kuni 120.")
    dialog.accept()
    data = dialog.data()
    assert data is not None and data.logic["relevant"] == "${email} != ''"
    assert data.logic["constraint_message"] == {"en": "From 16 to 120, please.",
                                                "et": "Palun 16 kuni 120."}  # fmt: skip
    dialog.logic.edits["constraint"].setText("")
    assert dialog.texts.isColumnHidden(MESSAGE)
    broken = QuestionDialog(form.languages, set(), age)
    qtbot.addWidget(broken)
    broken.logic.edits["relevant"].setText("${email} =")
    broken.accept()
    assert broken.data() is None and "Asked only if" in broken.problem.text()


def test_the_question_list_shows_the_logic_as_text(store):
    form = import_xlsform(store, FORMS / "skip_chain.xlsx", None)
    model = QuestionModel()
    model.set_form(form)
    row = [q.name for q in form.questions].index("morning")
    text = model.data(model.index(row, QuestionModel.LOGIC))
    assert text == "if ${attended} = 'yes'"
