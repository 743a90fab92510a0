"""Every view of a form's questions opens in the interface language when the form has it:
paper entry, results, the kiosk's first language, the designer's question list; a language
picked by hand stays; a form without the interface language opens in its own first one."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QLabel

from dialogue_desk.i18n import install_ui_language
from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.events import get_event
from dialogue_desk.store.enums import QuestionKind
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.evaluation.question_model import QuestionModel
from dialogue_desk.ui.evaluation.tab import ENTRY, RESULTS, EvaluationTab

TITLES = ev.DIALOGUE_EVENT["title"]
QUESTIONS = ev.DIALOGUE_EVENT["questions"]
GROUP = QUESTIONS[0]  # "Which group do you represent?", a single choice
RELEVANCE = QUESTIONS[1]  # a rating
LANGUAGES = ["ru", "et"]


def _tab(qtbot, store, event_id: int, language: str) -> EvaluationTab:
    install_ui_language(language)
    context = UiContext(store)
    context.set_event(get_event(store, event_id))
    tab = EvaluationTab(context)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    assert tab.form is not None and tab.form.languages == ("en", "et", "lv", "sv", "ru")
    return tab


def _title(view) -> str:
    return view.findChild(QLabel, "form_title").text()


def _first_question(view) -> str:
    return view.boxes[0].text


@pytest.mark.parametrize("language", LANGUAGES)
def test_paper_entry_opens_in_the_interface_language(qtbot, store, demo_event, language):
    tab = _tab(qtbot, store, demo_event, language)
    tab.pages.setCurrentIndex(ENTRY)
    entry = tab.entry
    assert entry.language.currentData() == language
    assert entry.view.language == language
    assert _title(entry.view) == TITLES[language]
    assert _first_question(entry.view) == GROUP["label"][language]
    # Never picked by hand, it follows the interface language when that changes.
    other = "et" if language == "ru" else "ru"
    install_ui_language(other)
    qtbot.waitUntil(lambda: entry.language.currentData() == other)
    assert _first_question(entry.view) == GROUP["label"][other]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_paper_language_picked_by_hand_stays_and_is_stored(qtbot, store, demo_event, language):
    tab = _tab(qtbot, store, demo_event, language)
    tab.pages.setCurrentIndex(ENTRY)
    entry = tab.entry
    index = entry.language.findData("sv")
    entry.language.setCurrentIndex(index)
    entry.language.activated.emit(index)  # as a choice in the list does
    assert _first_question(entry.view) == GROUP["label"]["sv"]
    kinds = (QuestionKind.RATING, QuestionKind.YES_NO)
    answers = {q["name"]: 4 if q["kind"] is QuestionKind.RATING else True
               for q in QUESTIONS if q["kind"] in kinds}  # fmt: skip
    entry.view.set_values(answers)
    before = len(entry.responses)
    entry.save()
    assert len(entry.responses) == before + 1, entry.status.text()
    # Saving reloads the form (and the list of languages): the paper language stays.
    assert entry.language.currentData() == "sv"
    assert ev.list_responses(store, tab.form.id)[-1].language == "sv"
    tab.reload_forms()
    assert entry.language.currentData() == "sv"


@pytest.mark.parametrize("language", LANGUAGES)
def test_results_open_in_the_interface_language(qtbot, store, demo_event, language):
    tab = _tab(qtbot, store, demo_event, language)
    tab.pages.setCurrentIndex(RESULTS)
    results = tab.results
    assert results.language.currentData() == language
    overview = results.overview.model()
    assert overview.index(0, 0).data() == GROUP["label"][language]
    assert overview.index(1, 0).data() == RELEVANCE["label"][language]
    card = results.cards[GROUP["name"]]
    assert card.findChild(QLabel).text() == GROUP["label"][language]
    choice = GROUP["choices"][0]["label"][language]
    assert results.filter.itemText(1).startswith(choice)
    # Picked by hand, another language stays while the results are read again.
    index = results.language.findData("lv")
    results.language.setCurrentIndex(index)
    results.language.activated.emit(index)
    # The results page is built again in that language.
    assert results.overview.model().index(0, 0).data() == GROUP["label"]["lv"]
    assert results.filter.itemText(1).startswith(GROUP["choices"][0]["label"]["lv"])
    results.set_form(tab.form)
    assert results.language.currentData() == "lv"
    assert results.overview.model().index(0, 0).data() == GROUP["label"]["lv"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_kiosk_offers_the_interface_language_first(qtbot, store, demo_event, language):
    tab = _tab(qtbot, store, demo_event, language)
    kiosk = tab.start_kiosk("1234")
    qtbot.waitExposed(kiosk)
    try:
        assert kiosk.stack.currentWidget().objectName() == "kiosk_languages"
        assert kiosk.offered[0] == language
        assert set(kiosk.offered) == set(tab.form.languages)
        first = kiosk.language_buttons[language]
        buttons = kiosk.language_buttons.values()
        assert min(buttons, key=lambda b: (b.y(), b.x())) is first  # top left
        qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
        # The prompt to choose begins in that language too.
        prompt = ev.KIOSK_TEXTS["choose"][language]
        assert kiosk.choose_label.text().startswith(prompt)
        facilitator = kiosk.leave_button.text()
        kiosk.start(language)
        assert _first_question(kiosk.view) == GROUP["label"][language]
        # The corner button keeps its word once the respondent's language takes over.
        assert kiosk.leave_button.text() == facilitator
    finally:
        if shiboken6.isValid(kiosk) and kiosk.isVisible():
            kiosk.unlock()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_question_list_is_in_the_interface_language(qtbot, store, demo_event, language):
    tab = _tab(qtbot, store, demo_event, language)
    model = tab.designer.model
    assert model.index(0, QuestionModel.TEXT).data() == GROUP["label"][language]
    # Without a language given, the list itself follows the interface language.
    alone = QuestionModel()
    alone.set_form(tab.form)
    assert alone.index(1, QuestionModel.TEXT).data() == RELEVANCE["label"][language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_form_without_the_interface_language_opens_in_its_first(qtbot, store, demo_event,
                                                                  language):  # fmt: skip
    form_id = ev.list_forms(store, demo_event)[0].id
    ev.update_form(store, form_id, languages=("sv", "en"))
    tab = _tab_any(qtbot, store, demo_event, language)
    assert tab.designer.preview_language.currentData() == "sv"
    assert tab.designer.model.index(0, QuestionModel.TEXT).data() == GROUP["label"]["sv"]
    tab.pages.setCurrentIndex(ENTRY)
    assert tab.entry.language.currentData() == "sv"
    assert _first_question(tab.entry.view) == GROUP["label"]["sv"]
    tab.pages.setCurrentIndex(RESULTS)
    assert tab.results.language.currentData() == "sv"
    assert tab.results.overview.model().index(0, 0).data() == GROUP["label"]["sv"]
    kiosk = tab.start_kiosk("1234")
    qtbot.waitExposed(kiosk)
    try:
        assert kiosk.offered == ("sv", "en")
    finally:
        if shiboken6.isValid(kiosk) and kiosk.isVisible():
            kiosk.unlock()


def _tab_any(qtbot, store, event_id: int, language: str) -> EvaluationTab:
    install_ui_language(language)
    context = UiContext(store)
    context.set_event(get_event(store, event_id))
    tab = EvaluationTab(context)
    qtbot.addWidget(tab)
    tab.show()
    return tab
