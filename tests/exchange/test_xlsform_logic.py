"""XLSForms as Kobo and ODK users write them: every construct imports, keeps its logic, and
comes back out of export-form unchanged (tests/fixtures/forms/build.py writes the forms)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl
import pytest

from dialogue_desk.exchange.xlsform import (
    XLSFormError,
    export_xlsform,
    import_xlsform,
    read_xlsform,
)
from dialogue_desk.exchange.xlsform_book import MAX_ROWS
from dialogue_desk.services import evaluation as ev
from dialogue_desk.store.enums import QuestionKind as K

FORMS = Path(__file__).parents[1] / "fixtures" / "forms"
ALL = sorted(p.name for p in FORMS.glob("*.xlsx") if p.name != "broken.xlsx")


def shape(form: ev.FormRecord) -> list[tuple]:
    """What a round trip must keep of each question."""
    return [
        (q.kind, q.name, q.label, q.hint, q.required, q.scale_min, q.scale_max,
         tuple((c.name, tuple(sorted(c.label.items())), tuple(sorted(c.extra.items())))
               for c in q.choices),
         {k: v for k, v in q.logic.items() if k != "list_name"})
        for q in form.questions
    ]  # fmt: skip


@pytest.mark.parametrize("name", ALL)
def test_every_form_round_trips_through_export_form(store, tmp_path, name):
    form = import_xlsform(store, FORMS / name, None)
    out = export_xlsform(store, form.id, tmp_path / f"out-{name}")
    back = import_xlsform(store, out, None)
    assert shape(back) == shape(form)
    assert back.languages == form.languages and back.title == form.title
    assert back.settings == form.settings


def test_everything_maps_each_type_with_its_logic(store):
    form = import_xlsform(store, FORMS / "everything.xlsx", None)
    kinds = {q.name: q.kind for q in form.questions}
    assert kinds == {
        "about": K.SECTION, "stake": K.SINGLE_CHOICE, "stake_other": K.SHORT_TEXT,
        "org": K.SHORT_TEXT, "people": K.NUMBER, "km": K.NUMBER, "score": K.RATING,
        "topics": K.MULTIPLE_CHOICE, "priority": K.RANK, "day": K.DATE, "arrived": K.TIME,
        "left": K.DATETIME, "consent": K.ACKNOWLEDGE, "source": K.CALCULATE,
        "n_topics": K.CALCULATE, "topics_why": K.LONG_TEXT, "bye": K.SECTION,
    }  # fmt: skip
    q = form.question
    assert q("about").is_group and q("about").rule("appearance") == "field-list"
    assert q("stake").rule("group") == "about" and q("stake").logic["or_other"] is True
    assert q("people").logic["constraint_message"] == {"en": "At least one."}
    assert q("topics_why").rule("required_expr") == "${n_topics} > 2"
    assert q("n_topics").rule("calculation") == "count-selected(${topics})"
    assert q("score").label["en"] == "**Overall**, how was it?"
    assert q("org").label == {"en": "Organisation", "et": "Organisatsioon"}
    assert form.settings["style"] == "pages"


def test_media_location_repeat_and_external_lists_are_left_out_with_warnings():
    spec = read_xlsform(FORMS / "media.xlsx")
    assert [q.name for q in spec.questions] == ["name_of_place", "rating"]
    text = "\n".join(spec.warnings)
    for row, name in ((4, "location"), (5, "photo"), (6, "badge"), (7, "town"), (8, "people")):
        assert f"Survey row {row} (\u201c{name}\u201d)" in text


def test_a_refused_form_names_every_problem_with_its_row():
    with pytest.raises(XLSFormError) as caught:
        read_xlsform(FORMS / "broken.xlsx")
    message = str(caught.value)
    for row in (2, 3, 5, 6):
        assert f"Row {row}:" in message
    assert "4 problems" in message


def test_numeric_codes_stay_categories_and_likert_is_a_rating(store):
    form = import_xlsform(store, FORMS / "likert.xlsx", None)
    assert form.question("clear").kind is K.RATING and form.question("clear").rule("group")
    assert form.question("age").kind is K.SINGLE_CHOICE
    assert form.question("agree").rule("appearance") == "field-list"


def test_xls_forms_import_with_row_numbers_and_logic():
    spec = read_xlsform(FORMS / "old_format.xls")
    assert [q.name for q in spec.questions] == ["came", "why"]
    assert spec.questions[1].logic["relevant"] == "${came} = 'yes'"
    assert "Survey row 4 (\u201cwhere\u201d)" in spec.warnings[0]


def test_a_sheet_declaring_a_million_rows_reads_only_the_real_ones(tmp_path):
    """F6: 81 real rows in a sheet whose last cell is row 1,048,576."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("survey")
    sheet.append(["type", "name", "label"])
    for n in range(80):
        sheet.append(["integer", f"q{n}", f"Question {n}"])
    path = tmp_path / "big.xlsx"
    book.save(path)
    # Declare the whole sheet, as a spreadsheet that once touched its last row does.
    import zipfile

    data = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            data[info.filename] = archive.read(info.filename)
    sheet_xml = data["xl/worksheets/sheet1.xml"].decode()
    sheet_xml = sheet_xml.replace(
        "</sheetData>",
        '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    )
    data["xl/worksheets/sheet1.xml"] = sheet_xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in data.items():
            archive.writestr(name, content)
    spec = read_xlsform(path)
    assert len(spec.questions) == 80
    assert MAX_ROWS < 1_048_576


def test_a_form_past_the_row_bound_is_refused(tmp_path):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("survey")
    sheet.append(["type", "name", "label"])
    for n in range(MAX_ROWS + 5):
        sheet.append(["text", f"q{n}", "Q"])
    path = tmp_path / "long.xlsx"
    book.save(path)
    with pytest.raises(XLSFormError, match="more than"):
        read_xlsform(path)


def test_spec_warnings_do_not_change_the_stored_form(store):
    spec = read_xlsform(FORMS / "media.xlsx")
    form = ev.import_form(store, None, dataclasses.replace(spec), source="media.xlsx")
    assert [q.name for q in form.questions] == ["name_of_place", "rating"]


def test_a_table_list_group_imports_without_made_up_rows():
    spec = read_xlsform(FORMS / "table_list.xlsx")
    assert [q.name for q in spec.questions] == ["show", "grid", "w1", "w2", "after"]
    assert spec.questions[1].logic["appearance"] == "table-list"
    assert all("appearance" not in q.logic for q in spec.questions[2:4])


def test_names_repeated_in_other_groups_and_choices_repeated_still_import(store):
    spec = read_xlsform(FORMS / "same_names.xlsx")
    assert [q.name for q in spec.questions] == [
        "morning", "küsimus", "afternoon", "afternoon_küsimus", "again"]  # fmt: skip
    assert sorted(w[:14] for w in spec.warnings) == ["Survey row 6 (", "Survey row 7 ("]
    assert any("\u201ck\u00fcsimus\u201d" in w for w in spec.warnings)
    form = import_xlsform(store, FORMS / "same_names.xlsx", None)
    assert form.question("again").kind is K.YES_NO  # yes, yes, no: a yes/no question
