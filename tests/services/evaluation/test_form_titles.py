"""A built-in form keeps its title in every language: screens, kiosk and exports show their own."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.services.snapshot import load_snapshot
from dialogue_desk.store.models import EvaluationForm

TITLES = ev.DIALOGUE_EVENT["title"]


def _event(store) -> int:  # type: ignore[no-untyped-def]
    import datetime as dt

    data = EventData(title="Forum", start_date=dt.date(2026, 5, 4), end_date=dt.date(2026, 5, 4),
                     languages="et,ru,en")  # fmt: skip
    return create_event(store, data).id


def test_a_built_in_form_has_its_title_in_each_language(store) -> None:  # type: ignore[no-untyped-def]
    form = ev.create_form_from_template(store, _event(store), "dialogue", "en")
    assert form.title == "Dialogue event evaluation"
    assert form.settings[ev.TITLES] == TITLES
    for code, title in TITLES.items():
        assert ev.form_title(form, code) == title
    assert ev.form_title(form, "de") == "Dialogue event evaluation"  # the form's first language
    infos = ev.list_forms(store, form.event_id, "sv")
    assert [i.title for i in infos] == ["Utvärdering av dialogmötet"]
    assert [i.title for i in ev.list_forms(store, form.event_id)] == [form.title]


def test_a_renamed_form_keeps_the_users_title_everywhere(store) -> None:  # type: ignore[no-untyped-def]
    form = ev.create_form_from_template(store, _event(store), "training", "et")
    assert form.title == "Koolitusseminari tagasiside"
    renamed = ev.update_form(store, form.id, title="Narva seminari tagasiside")
    assert ev.TITLES not in renamed.settings
    assert {ev.form_title(renamed, code) for code in TITLES} == {"Narva seminari tagasiside"}
    again = ev.update_form(store, form.id, languages=("ru", "et"))
    assert ev.form_title(again, "ru") == "Narva seminari tagasiside"


def test_users_and_imported_forms_keep_their_own_title(store) -> None:  # type: ignore[no-untyped-def]
    spec = ev.FormSpec(title="Tagasiside", languages=("et", "en"), questions=())
    form = ev.create_form(store, _event(store), spec)
    assert ev.form_title(form, "en") == "Tagasiside"
    # A user's form that happens to be called like a built-in one is still the user's.
    spec = ev.FormSpec(title=TITLES["en"], languages=("en",), questions=())
    mine = ev.create_form(store, form.event_id, spec)
    assert ev.form_title(mine, "ru") == TITLES["en"]


def test_a_built_in_form_from_before_is_recognised(store) -> None:  # type: ignore[no-untyped-def]
    form = ev.create_form_from_template(store, _event(store), "dialogue", "en")
    with store.session() as s:
        s.get(EvaluationForm, form.id).settings = {}  # as stored by an earlier version
    old = ev.get_form(store, form.id)
    assert ev.form_title(old, "lv") == TITLES["lv"]


def test_snapshot_and_workbook_give_the_title_in_the_report_language(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from dialogue_desk.exchange.workbook.event import write_event_workbook

    event_id = create_demo_event(store, participants=10, responses=4, seed=3)
    [form] = load_snapshot(store, event_id).forms
    assert form.title_in("et") == TITLES["et"] and form.title_in("en") == TITLES["en"]
    path = write_event_workbook(store, event_id, tmp_path / "et.xlsx", language="et")
    book = load_workbook(path, read_only=True)
    values = {str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
              for c in row if c}  # fmt: skip
    assert TITLES["et"] in values
    assert TITLES["en"] not in values


def test_the_xlsform_of_a_built_in_form_has_one_title(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from dialogue_desk.exchange.xlsform import export_xlsform

    form = ev.create_form_from_template(store, _event(store), "dialogue", "ru")
    path = export_xlsform(store, form.id, tmp_path / "form.xlsx")
    settings = load_workbook(path)["settings"]
    headers = [c.value for c in settings[1]]
    assert "titles" not in headers
    assert settings.cell(2, headers.index("form_title") + 1).value == TITLES["ru"]
    with store.session() as s:
        assert s.scalars(select(EvaluationForm.title)).all() == [TITLES["ru"]]
