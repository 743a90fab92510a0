"""The designer shows and edits a question's relevance, constraint and other logic as text."""

from __future__ import annotations

from pathlib import Path

from dialogue_desk.exchange.xlsform import import_xlsform
from dialogue_desk.ui.evaluation.question_dialog import QuestionDialog
from dialogue_desk.ui.evaluation.question_model import QuestionModel

FORMS = Path(__file__).parents[2] / "fixtures" / "forms"


def test_logic_is_shown_edited_and_checked(qtbot, store):
    form = import_xlsform(store, FORMS / "constraint.xlsx", None)
    age = form.question("age")
    dialog = QuestionDialog(form.languages, {"email"}, age)
    qtbot.addWidget(dialog)
    assert dialog.logic.edits["constraint"].text() == ". >= 16 and . <= 120"
    assert dialog.logic.edits["constraint_message"].text() == "Give an age from 16 to 120."
    dialog.logic.edits["relevant"].setText("${email} != ''")
    dialog.logic.edits["constraint_message"].setText("From 16 to 120, please.")
    dialog.accept()
    data = dialog.data()
    assert data is not None and data.logic["relevant"] == "${email} != ''"
    assert data.logic["constraint_message"] == {"en": "From 16 to 120, please.",
                                                "et": "Vanus 16 kuni 120."}  # fmt: skip
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
