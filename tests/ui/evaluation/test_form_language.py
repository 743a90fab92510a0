"""The built-in form in the interface language: its title in the list, the designer's preview."""

from __future__ import annotations

import pytest

from dialogue_desk.i18n import install_ui_language
from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.events import get_event
from dialogue_desk.ui.context import UiContext
from dialogue_desk.ui.evaluation.tab import EvaluationTab

TITLES = ev.DIALOGUE_EVENT["title"]


@pytest.fixture
def tab(qtbot, store, demo_event):
    context = UiContext(store)
    context.set_event(get_event(store, demo_event))
    widget = EvaluationTab(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


@pytest.mark.parametrize("language", ["et", "lv", "sv", "ru"])
def test_the_built_in_form_opens_in_the_interface_language(qtbot, store, demo_event, language):
    install_ui_language(language)
    context = UiContext(store)
    context.set_event(get_event(store, demo_event))
    tab = EvaluationTab(context)
    qtbot.addWidget(tab)
    # The demo's form was made in English: its title and preview follow the interface.
    assert tab.form is not None and tab.form.title == TITLES["en"]
    assert tab.forms.currentText().startswith(TITLES[language])
    designer = tab.designer
    assert designer.preview_language.currentData() == language
    assert designer.preview.language == language
    title = designer.preview.findChild(type(designer.preview_label), "form_title")
    assert title.text() == TITLES[language]
    first = designer.model.index(0, designer.model.TEXT).data()
    label = ev.DIALOGUE_EVENT["questions"][0]["label"][language]
    assert first == label


def test_a_preview_language_chosen_stays_while_the_form_changes(tab, store):
    designer = tab.designer
    index = designer.preview_language.findData("lv")
    designer.preview_language.setCurrentIndex(index)
    designer.preview_language.activated.emit(index)  # as a click on the list does
    form_id = tab.form.id
    ev.update_form(store, form_id, languages=("en", "et", "lv", "sv", "ru"))
    tab.reload_forms()
    assert designer.preview_language.currentData() == "lv"
    created = tab.new_from_template("training")
    assert created is not None
    # Another form opens in the interface language again.
    assert designer.preview_language.currentData() == "en"


def test_switching_the_language_retitles_the_form_list(tab, qtbot):
    assert tab.forms.currentText().startswith(TITLES["en"])
    install_ui_language("sv")
    qtbot.waitUntil(lambda: tab.forms.currentText().startswith(TITLES["sv"]))
    install_ui_language("ru")
    qtbot.waitUntil(lambda: tab.forms.currentText().startswith(TITLES["ru"]))
    assert "12" in tab.forms.currentText()
    # Never chosen by hand, the preview follows the interface language too.
    assert tab.designer.preview_language.currentData() == "ru"


def test_the_kiosk_shows_the_title_in_the_respondents_language(tab, qtbot):
    kiosk = tab.start_kiosk("1234")
    qtbot.waitExposed(kiosk)
    try:
        for language in ("ru", "lv"):
            kiosk.start(language)
            title = kiosk.view.findChild(type(tab.designer.preview_label), "form_title")
            assert title.text() == TITLES[language]
    finally:
        kiosk.unlock()
