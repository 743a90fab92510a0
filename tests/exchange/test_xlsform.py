"""XLSForm import (through pyxform) and export, good and broken forms, and import-form."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from dialogue_desk import cli
from dialogue_desk.exchange.xlsform import XLSFormError, export_xlsform, import_xlsform
from dialogue_desk.services import evaluation as ev
from dialogue_desk.store.enums import QuestionKind as K

HEAD = ("type", "name", "label::English (en)", "label::Latvian (lv)", "required", "parameters")
CHOICES = [
    ("list_name", "name", "label::English (en)", "label::Latvian (lv)"),
    ("grp", "auth", "Authority", "Iestāde"),
    ("grp", "assoc", "Association", "Biedrība"),
]


def workbook(path: Path, survey: list[tuple], choices=CHOICES, settings=None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in [HEAD, *survey]:
        sheet.append(row)
    if choices:
        c = book.create_sheet("choices")
        for row in choices:
            c.append(row)
    if settings:
        s = book.create_sheet("settings")
        for row in settings:
            s.append(row)
    book.save(path)
    return path


def test_sample_imports_with_languages_and_kinds(store, samples):
    form = import_xlsform(store, samples / "evaluation_xlsform_tallinn.xlsx", None)
    assert form.title == "Tallinn dialogue feedback" and form.form_key == "tallinn_feedback"
    assert form.languages == ("en", "et", "sv")
    kinds = [(q.name, q.kind, q.required) for q in form.questions]
    # Numeric codes with a label on every choice stay categories (counted, not averaged):
    # only a likert appearance or a range makes a rating.
    assert kinds == [("useful", K.SINGLE_CHOICE, True), ("again", K.YES_NO, False),
                     ("best", K.SHORT_TEXT, False)]  # fmt: skip
    useful = form.questions[0]
    assert [c.name for c in useful.choices] == ["1", "2", "3", "4", "5"]
    assert (
        useful.choice("2").label["et"] == "Vähe" and useful.choice("1").label["sv"] == "Inte alls"
    )


def test_every_supported_type(store, tmp_path):
    path = workbook(tmp_path / "all.xlsx", [
        ("note", "intro", "Welcome", "Laipni lūdzam", "", ""),
        ("begin_group", "g", "Part one", "Pirmā daļa", "", ""),
        ("select_one grp", "group", "Group", "Grupa", "yes", ""),
        ("end_group", "", "", "", "", ""),
        ("select_multiple grp", "many", "Groups", "Grupas", "", ""),
        ("integer", "age", "Age", "Vecums", "", ""),
        ("decimal", "km", "Distance", "Attālums", "", ""),
        ("text", "why", "Why?", "Kāpēc?", "", ""),
        ("range", "score", "Score", "Vērtējums", "yes", "start=0 end=10 step=1"),
        ("start", "started", "", "", "", ""),
    ])  # fmt: skip
    form = import_xlsform(store, path, None)
    assert [q.kind for q in form.questions] == [K.SECTION, K.SECTION, K.SINGLE_CHOICE,
        K.MULTIPLE_CHOICE, K.NUMBER, K.NUMBER, K.SHORT_TEXT, K.RATING]  # fmt: skip
    assert form.question("group").choice("auth").label == {"en": "Authority", "lv": "Iestāde"}
    assert list(form.question("score").scale()) == list(range(11))
    assert len(form.answerable) == 6


@pytest.mark.parametrize(
    ("survey", "reason"),
    [
        ([("geopoint", "where", "Where?", "Kur?", "", "")], "Survey row 2"),
        ([("text", "a", "A", "A", "", ""), ("select_one missing", "b", "B", "B", "", "")],
         "missing"),
        ([("text", "a", "A", "A", "", ""), ("text", "a", "B", "B", "", "")], "Row 3"),
        ([("wobble", "a", "A", "A", "", "")], "wobble"),
        ([("begin_repeat", "r", "R", "R", "", ""), ("text", "x", "X", "X", "", ""),
          ("end_repeat", "", "", "", "", "")], "repeat"),
    ],
)  # fmt: skip
def test_broken_forms_are_refused_naming_the_place(store, tmp_path, survey, reason):
    path = workbook(tmp_path / "broken.xlsx", survey)
    with pytest.raises(XLSFormError) as caught:
        import_xlsform(store, path, None)
    assert reason in str(caught.value) and "broken.xlsx" in str(caught.value)
    assert ev.list_forms(store, None) == []


def test_not_a_workbook(store, tmp_path):
    fake = tmp_path / "form.xlsx"
    fake.write_text("hello")
    with pytest.raises(XLSFormError):
        import_xlsform(store, fake, None)
    with pytest.raises(XLSFormError):
        import_xlsform(store, tmp_path / "absent.xlsx", None)


def test_export_reads_back_the_same_form(store, demo_event, tmp_path):
    form = ev.create_form_from_template(store, demo_event, "dialogue", "et")
    ev.update_question(store, form.questions[-1].id, form.questions[-1].__class__(
        **{**form.questions[-1].__dict__, "label": {"en": "=1+1 who?"}}))  # fmt: skip
    out = export_xlsform(store, form.id, tmp_path / "out.xlsx")
    back = import_xlsform(store, out, None)
    original = ev.get_form(store, form.id)
    assert back.languages == original.languages and back.title == original.title
    for a, b in zip(original.questions, back.questions, strict=True):
        assert (a.name, a.kind, a.required, a.label, a.choices) == (
            b.name, b.kind, b.required, b.label, b.choices)  # fmt: skip
        assert (a.scale_min, a.scale_max, a.low_label, a.high_label) == (
            b.scale_min, b.scale_max, b.low_label, b.high_label)  # fmt: skip
    cells = [c for row in openpyxl.load_workbook(out)["survey"].iter_rows() for c in row]
    cell = next(c for c in cells if c.value == "=1+1 who?")
    assert cell.data_type != "f"


def test_import_form_command(store_path, samples, capsys):
    assert cli.main(["demo", "--db", str(store_path), "--participants", "5"]) == 0
    capsys.readouterr()
    sample = str(samples / "evaluation_xlsform_tallinn.xlsx")
    assert cli.main(["import-form", sample, "--event", "1", "--db", str(store_path)]) == 0
    form_id, questions = capsys.readouterr().out.split()
    assert int(form_id) > 0 and questions == "3"


def test_import_form_command_refuses_broken_form(store_path, tmp_path, capsys):
    path = workbook(tmp_path / "bad.xlsx", [("geopoint", "where", "Where?", "Kur?", "", "")])
    assert cli.main(["import-form", str(path), "--db", str(store_path)]) == 1
    err = capsys.readouterr().err
    assert "geopoint" in err and "Traceback" not in err
