"""or_other: pyxform's English "Other" and "Specify other." in the form's own languages."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import openpyxl
import pytest

from dialogue_desk.exchange import xlsform_other
from dialogue_desk.exchange.xlsform import export_xlsform, import_xlsform, read_xlsform
from dialogue_desk.i18n import translate_in
from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.events import EventData, create_event

FORM = Path(__file__).parents[1] / "fixtures" / "forms" / "or_other_et_ru.xlsx"
#: What the catalogues say once translated (the test does not wait for them).
CATALOGUE = {
    ("et", "Other"): "Muu", ("ru", "Other"): "Другое", ("lv", "Other"): "Cits",
    ("et", "Specify other."): "Täpsustage muu.", ("ru", "Specify other."): "Укажите другое.",
}  # fmt: skip


@pytest.fixture
def catalogue(monkeypatch):  # type: ignore[no-untyped-def]
    def translated(code: str, context: str, text: str, n: int = -1) -> str:
        assert context == "XLSForm"
        return CATALOGUE.get((code, text), text)

    monkeypatch.setattr(xlsform_other, "translate_in", translated)


def _questions(spec):  # type: ignore[no-untyped-def]
    return {q.name: q for q in spec.questions}


def test_other_choice_and_specify_question_in_every_language_of_the_form(catalogue) -> None:  # type: ignore[no-untyped-def]
    questions = _questions(read_xlsform(FORM))
    for select in ("group", "topics"):
        other = next(c for c in questions[select].choices if c.name == "other")
        # Finnish is no language of the app: it keeps what the form (pyxform) says.
        assert other.label == {"et": "Muu", "ru": "Другое", "fi": "Other"}
        specify = questions[f"{select}_other"].label
        assert specify == {"et": "Täpsustage muu.", "ru": "Укажите другое.", "fi": "Specify other."}
    # The author's own choices are untouched.
    ngo = next(c for c in questions["group"].choices if c.name == "ngo")
    assert ngo.label == {"et": "Vabaühendus", "ru": "НКО", "fi": "Järjestö"}


def test_labels_come_from_the_real_catalogues() -> None:
    questions = _questions(read_xlsform(FORM))
    other = next(c for c in questions["group"].choices if c.name == "other")
    assert other.label["et"] == translate_in("et", "XLSForm", "Other")
    assert other.label["ru"] == translate_in("ru", "XLSForm", "Other")
    assert questions["group_other"].label["ru"] == translate_in("ru", "XLSForm", "Specify other.")


def test_a_choice_the_author_labelled_is_kept(catalogue, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dialogue_desk.exchange.xlsform_other import translate_or_other
    from dialogue_desk.services.evaluation import Choice, QuestionData
    from dialogue_desk.store.enums import QuestionKind

    question = QuestionData(
        kind=QuestionKind.SINGLE_CHOICE, label={"et": "Rühm"}, name="g",
        choices=(Choice("a", {"et": "A"}), Choice("other", {"et": "Muu rühm", "ru": "Other"})),
        logic={"or_other": True},
    )  # fmt: skip
    (translated,) = translate_or_other([question], ["et", "ru"])
    assert translated.choices[1].label == {"et": "Muu rühm", "ru": "Другое"}


def test_export_and_import_again_keep_the_labels(catalogue, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    form = import_xlsform(store, FORM, None)
    exported = export_xlsform(store, form.id, tmp_path / "out.xlsx")
    choices = [r for r in openpyxl.load_workbook(exported)["choices"].iter_rows(values_only=True)]
    assert not any("Muu" in str(cell) for row in choices for cell in row)  # pyxform adds it
    again = _questions(read_xlsform(exported))
    first = _questions(read_xlsform(FORM))
    assert again["group"].choices == first["group"].choices
    assert again["group_other"].label == first["group_other"].label


def test_kiosk_paper_results_workbook_and_pdf_show_the_translation(
    catalogue, store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2026, 4, 2)
    event = create_event(store, EventData(title="Tagasiside", start_date=day, end_date=day))
    form = import_xlsform(store, FORM, event.id)
    stored = {q.name: q for q in ev.get_form(store, form.id).questions}
    # What the kiosk and paper entry show: the stored choice in the chosen language.
    other = next(c for c in stored["group"].choices if c.name == "other")
    assert other.text("et") == "Muu" and other.text("ru") == "Другое"
    assert stored["group_other"].label["ru"] == "Укажите другое."
    for language, group in (("et", "other"), ("ru", "other"), ("et", "ngo")):
        ev.save_response(store, form.id, {"group": group, "group_other": "Kirik"
                                          if group == "other" else None},
                         language=language)  # fmt: skip
    from dialogue_desk.exchange.workbook.event import write_event_workbook

    book = openpyxl.load_workbook(write_event_workbook(store, event.id, tmp_path / "e.xlsx",
                                                       language="et"))  # fmt: skip
    cells = {str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row}
    assert "Muu" in cells and "Täpsustage muu." in cells and "Other" not in cells
    from dialogue_desk.exchange.pdf.report import write_report

    pdf = write_report(store, event.id, tmp_path / "r.pdf", language="ru")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Другое" in text
