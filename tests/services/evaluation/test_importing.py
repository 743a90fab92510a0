"""The form import's store step: a read FormSpec becomes a form whole, or nothing is stored."""

from __future__ import annotations

import pytest

from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.evaluation import FormImportError, FormSpec, QuestionData, import_form
from dialogue_desk.store.enums import QuestionKind


def _spec(*names: str) -> FormSpec:
    questions = tuple(
        QuestionData(name=name, kind=QuestionKind.SHORT_TEXT, label={"en": name.title()})
        for name in names
    )
    return FormSpec(title="Feedback", languages=("en",), questions=questions, source="xlsform")


def test_a_read_form_is_stored(store, demo_event) -> None:  # type: ignore[no-untyped-def]
    before = len(ev.list_forms(store, demo_event))
    form = import_form(store, demo_event, _spec("best", "worst"), source="form.xlsx")
    assert [q.name for q in form.questions] == ["best", "worst"]
    assert len(ev.list_forms(store, demo_event)) == before + 1


def test_a_form_the_store_refuses_names_the_file_and_stores_nothing(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FormImportError, match=r"^form\.xlsx: "):
        import_form(store, None, _spec("same", "same"), source="form.xlsx")
    assert ev.list_forms(store, None) == []
