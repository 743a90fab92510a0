"""The Evaluation tab: forms, designer, paper entry and results (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.evaluation import Choice, FormSpec, QuestionData
from dialogue_desk.services.events import get_event
from dialogue_desk.store.enums import QuestionKind as K
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.evaluation.question_dialog import QuestionDialog
from dialogue_desk.ui.evaluation.tab import ENTRY, RESULTS, EvaluationTab

EVERY_KIND = (
    QuestionData(K.SECTION, {"en": "About the day"}),
    QuestionData(K.RATING, {"en": "Useful?"}, name="useful", required=True),
    QuestionData(K.SINGLE_CHOICE, {"en": "Group"}, name="group",
                 choices=(Choice("a", {"en": "Authority"}), Choice("b", {"en": "Association"}))),
    QuestionData(K.MULTIPLE_CHOICE, {"en": "Topics"}, name="topics",
                 choices=(Choice("x", {"en": "X"}), Choice("y", {"en": "Y"}))),
    QuestionData(K.YES_NO, {"en": "Again?"}, name="again"),
    QuestionData(K.NUMBER, {"en": "Age"}, name="age"),
    QuestionData(K.SHORT_TEXT, {"en": "Missing?"}, name="missing"),
    QuestionData(K.LONG_TEXT, {"en": "Comments"}, name="comments"),
)  # fmt: skip


@pytest.fixture
def tab(qtbot, store, demo_event):
    context = UiContext(store)
    context.set_event(get_event(store, demo_event))
    widget = EvaluationTab(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


@pytest.fixture
def every_kind(tab, store, demo_event):
    form = ev.create_form(store, demo_event, FormSpec("Every kind", ("en",), EVERY_KIND))
    tab.reload_forms(select=form.id)
    return form


def test_demo_form_is_shown_with_its_responses(tab):
    assert tab.form is not None and tab.form.responses == 12
    assert tab.forms.count() == 1 and tab.pages.isVisible()


def test_template_and_designer_operations_are_undoable(tab, store):
    form = tab.new_from_template("training")
    assert tab.form.id == form.id and tab.designer.model.rowCount() == 8
    designer = tab.designer
    designer.table.selectRow(0)
    designer.move(1)
    assert ev.get_form(store, form.id).questions[1].name == "content"
    designer.table.selectRow(1)
    designer.delete_question()
    assert ev.get_form(store, form.id).question("content") is None
    tab.undo_stack.undo()
    tab.undo_stack.undo()
    assert [q.name for q in ev.get_form(store, form.id).questions][:2] == ["content", "trainers"]


def test_question_dialog_checks_and_builds_every_kind(qtbot):
    dialog = QuestionDialog(("en", "ru"), {"taken"})
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(K.SINGLE_CHOICE))
    dialog.accept()
    assert dialog.result() == 0 and dialog.problem.text()
    dialog.texts.item(0, 0).setText("Which group?")
    dialog.texts.item(1, 0).setText("Какая группа?")
    dialog.choices.item(0, 1).setText("Authority")
    dialog.choices.item(1, 1).setText("Association")
    dialog.accept()
    data = dialog.data()
    assert data.kind is K.SINGLE_CHOICE and data.label["ru"] == "Какая группа?"
    assert [c.name for c in data.choices] == ["1", "2"] and data.name == "which_group"
    for kind in K:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        assert dialog.question().kind is kind


def test_preview_shows_every_kind(tab, every_kind):
    preview = tab.designer.preview
    assert [b.question.name for b in preview.boxes][1:] == [
        "useful", "group", "topics", "again", "age", "missing", "comments"]  # fmt: skip
    assert preview.boxes[0].input is None  # a heading takes no answer


def test_paper_entry_by_keyboard_edit_and_delete(tab, qtbot, store, every_kind):
    tab.pages.setCurrentIndex(ENTRY)
    entry = tab.entry
    assert "0 response" in entry.count.text()
    entry.view.focus_first()
    qtbot.keyClick(entry.view.boxes[1].input, Qt.Key.Key_4)  # rating: moves on by itself
    focused = entry.view.boxes[2].input
    assert focused.hasFocus()
    qtbot.keyClick(focused, Qt.Key.Key_2)  # second choice
    qtbot.keyClick(entry.view.boxes[3].input, Qt.Key.Key_1)
    qtbot.keyClick(entry.view.boxes[3].input, Qt.Key.Key_2)
    qtbot.keyClick(entry.view.boxes[3].input, Qt.Key.Key_Return)
    qtbot.keyClick(entry.view.boxes[4].input, Qt.Key.Key_N)
    qtbot.keyClick(entry.view.boxes[4].input, Qt.Key.Key_Return)
    qtbot.keyClicks(entry.view.boxes[5].input.edit, "42")
    qtbot.keyClick(entry.view.boxes[5].input.edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(entry.view.boxes[6].input.edit, "Youth")
    qtbot.keyClick(entry.view.boxes[6].input.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(entry.view.boxes[7].input.edit, "Good day")
    qtbot.keyClick(
        entry.view.boxes[7].input.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    saved = ev.list_responses(store, every_kind.id)
    assert len(saved) == 1
    assert saved[0].answers == {"useful": 4, "group": "b", "topics": ["x", "y"], "again": False,
                                "age": 42, "missing": "Youth", "comments": "Good day"}  # fmt: skip
    assert "1 response" in entry.count.text() and entry.index == 1
    assert entry.view.values()["useful"] is None  # a blank form for the next one
    # a required answer missing: nothing stored, the problem shown
    entry.save()
    assert len(ev.list_responses(store, every_kind.id)) == 1
    assert entry.view.boxes[1].problem.isVisibleTo(entry)
    # back to the first one, correct it
    qtbot.keyClick(entry.view.boxes[1].input, Qt.Key.Key_PageUp)
    assert entry.index == 0 and entry.view.values()["useful"] == 4
    qtbot.keyClick(entry.view.boxes[1].input, Qt.Key.Key_5)
    entry.save()
    assert ev.list_responses(store, every_kind.id)[0].answers["useful"] == 5
    entry.show_index(0)
    entry.delete_current()
    assert ev.list_responses(store, every_kind.id) == []
    tab.undo_stack.undo()
    assert ev.list_responses(store, every_kind.id)[0].answers["useful"] == 5


def test_results_show_charts_stats_texts_and_filter(tab, store, every_kind):
    for useful, group, comment in ((5, "a", "Хорошо"), (3, "b", "Fine"), (4, "b", "")):
        ev.save_response(store, every_kind.id, {"useful": useful, "group": group,
                                                "comments": comment, "again": True})  # fmt: skip
    tab.reload_forms()
    tab.pages.setCurrentIndex(RESULTS)
    results = tab.results
    from PySide6.QtCharts import QChartView

    charts = {c.objectName() for c in results.findChildren(QChartView)}
    assert {"chart_useful", "chart_group", "chart_again"} <= charts
    assert "3 response" in results.total.text()
    useful = results.scroll.widget().findChild(object, "result_useful")
    assert "mean 4.00" in useful.findChild(object, "result_stats").text()
    comments = results.scroll.widget().findChild(object, "result_comments")
    texts = comments.findChild(object, "result_texts")
    assert [texts.item(i).text() for i in range(texts.count())] == ["Хорошо", "Fine"]
    results.filter.setCurrentIndex(results.filter.findData("group\tb"))
    assert "2 response" in results.total.text() and "Association" in results.total.text()


def test_results_open_with_an_overview_of_every_question(tab, store, every_kind, qtbot):
    """A compact table of n, mean, median and the answer chosen most, above the charts; a row
    scrolls to its chart; filter entries read "Association (Group)", never "?:"."""
    from dialogue_desk.ui.evaluation.results_overview import ANSWERS, MEAN, MEDIAN, MOST, QUESTION

    for useful, group in ((5, "a"), (3, "b"), (4, "b")):
        ev.save_response(store, every_kind.id, {"useful": useful, "group": group, "again": True})
    tab.reload_forms()
    tab.pages.setCurrentIndex(RESULTS)
    results = tab.results
    table = results.overview
    assert table is not None and table.isVisible()
    model = table.model()
    rows = {model.index(r, QUESTION).data(): r for r in range(model.rowCount())}
    assert "About the day" not in rows  # a heading has no answers
    useful = rows["Useful?"]
    assert model.index(useful, ANSWERS).data() == "3"
    assert model.index(useful, MEAN).data() == "4.00 of 5"
    assert model.index(useful, MEDIAN).data() == "4"
    assert model.index(rows["Group"], MOST).data() == "Association (2)"
    assert model.index(rows["Group"], MEDIAN).data() in ("", None)
    assert model.index(rows["Again?"], MEAN).data() == "yes: 100\u00a0%"
    assert table.height() >= table.rowHeight(0) * model.rowCount()  # no scrolling inside
    results.resize(1000, 500)
    qtbot.waitUntil(lambda: results.scroll.verticalScrollBar().maximum() > 0)
    table.clicked.emit(model.index(rows["Comments"], QUESTION))
    card = results.cards["comments"]
    assert results.scroll.verticalScrollBar().value() in (
        card.y(),
        results.scroll.verticalScrollBar().maximum(),
    )
    captions = [results.filter.itemText(i) for i in range(results.filter.count())]
    assert "Association (Group)" in captions
    assert not any("?:" in c for c in captions)


def test_import_refused_shows_why_and_stores_nothing(tab, store, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    before = tab.forms.count()
    assert tab.import_file(bad) is None
    assert shown and "bad.xlsx" in shown[0] and tab.forms.count() == before


def test_import_and_export_through_the_tab(tab, samples, tmp_path):
    form = tab.import_file(samples / "evaluation_xlsform_tallinn.xlsx")
    assert form is not None and tab.form.id == form.id
    assert tab.export_file(tmp_path / "back.xlsx") and (tmp_path / "back.xlsx").exists()


def test_form_languages_can_be_changed(tab, store, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not tab.set_languages("eesti keel")
    assert shown and tab.form.languages == ("en", "et", "lv", "sv", "ru")
    assert tab.set_languages("ET, ru")
    assert ev.get_form(store, tab.form.id).languages == ("et", "ru")
    assert tab.designer.preview_language.count() == 2


def test_import_reads_off_the_gui_thread(tab, qtbot, samples, tmp_path, monkeypatch):
    tab.start_import(samples / "evaluation_xlsform_tallinn.xlsx")
    qtbot.waitUntil(lambda: tab.form.source == "xlsform", timeout=30000)
    assert tab.form.title == "Tallinn dialogue feedback"
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"no")
    tab.start_import(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "broken.xlsx" in shown[0]


def test_undo_says_what_it_undoes_and_shows_the_form_it_changes(tab, store, every_kind):
    designer = tab.designer
    designer.table.selectRow(1)
    designer.delete_question()
    assert tab.undo_stack.undoText() == "Delete question"  # what Edit → Undo says
    other = tab.new_from_template("training")
    assert tab.form.id == other.id
    tab.undo_stack.undo()  # the history is the window's: it brings the question's form back
    assert tab.form.id == every_kind.id
    assert tab.form.question("useful") is not None and designer.model.rowCount() == 8


def test_a_failed_undo_is_reported_not_raised(tab, store, every_kind, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    ev.save_response(store, every_kind.id, {"useful": 3})
    tab.reload_forms()
    tab.pages.setCurrentIndex(ENTRY)
    tab.entry.show_index(0)
    tab.entry.delete_current()
    assert tab.undo_stack.undoText() == "Delete response 1"
    ev.delete_form(store, every_kind.id)  # deleted meanwhile
    tab.undo_stack.undo()
    assert shown and tab.undo_stack.count() == 0
