"""Words of the exports a translator and a reader need right: names not codes, one meaning
per source string, plural forms."""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import openpyxl
import pytest

from dialogue_desk.exchange.display_names import country_name, language_names
from dialogue_desk.exchange.pdf.handouts import write_agenda_handout
from dialogue_desk.exchange.pdf.report import write_report
from dialogue_desk.exchange.pdf.text import InLanguage
from dialogue_desk.exchange.workbook.event import write_event_workbook
from dialogue_desk.i18n import translate_in
from dialogue_desk.store import Store

PACKAGE = Path(__file__).resolve().parents[2] / "dialogue_desk"


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return done.stdout.decode("utf-8")


@pytest.mark.parametrize(
    ("language", "country", "languages"),
    [
        ("en", "Estonia", "Estonian, Russian, English"),
        ("et", "Eesti", "eesti, vene, inglise"),
        ("lv", "Igaunija", "igauņu, krievu, angļu"),
        ("sv", "Estland", "estniska, ryska, engelska"),
        ("ru", "Эстония", "эстонский, русский, английский"),
    ],
)
def test_names_in_the_documents_language(language: str, country: str, languages: str) -> None:
    assert country_name("EE", language) == country
    assert language_names("et,ru,en", language) == languages


def test_unknown_codes_stay_as_they_are() -> None:
    assert country_name("", "en") == "" and country_name("XZ", "et") == "XZ"
    assert language_names("et,,qqq", "en") == "Estonian, qqq"
    assert language_names(["sv"], "no-such-language") == "Swedish"


@pytest.mark.parametrize(
    ("language", "country", "languages"),
    [("en", "Estonia", "Estonian, Russian, English"), ("et", "Eesti", "eesti, vene, inglise")],
)
def test_workbook_summary_names_country_and_languages(  # type: ignore[no-untyped-def]
    store: Store, demo_event: int, tmp_path: Path, language, country, languages
) -> None:
    path = write_event_workbook(store, demo_event, tmp_path / "event.xlsx", language=language)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert values[translate_in(language, "Workbook", "Country")] == country
    assert values[translate_in(language, "Workbook", "Working languages")] == languages


def test_report_cover_names_country_and_languages(store: Store, demo_event: int, tmp_path: Path):  # type: ignore[no-untyped-def]
    text = _pdf_text(write_report(store, demo_event, tmp_path / "r.pdf", language="et"))
    cover = text.split("\f")[0]
    assert "Tallinn, Eesti" in cover and ", EE" not in cover
    assert "eesti, vene, inglise" in cover


def test_handout_column_is_not_named_like_its_title(store: Store, demo_event: int, tmp_path):  # type: ignore[no-untyped-def]
    text = _pdf_text(write_agenda_handout(store, demo_event, tmp_path / "h.pdf", language="en"))
    header, table = text.split("Time", 1)
    assert "Programme" in header and "Programme" not in table  # the column says "Item"
    assert table.lstrip().startswith("Item")


def _marked(path: Path) -> list[tuple[str, str, int]]:
    """(context, source, argument count) of every translate/QT_TRANSLATE_NOOP call."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) >= 2:
                found.append((str(texts[0]), str(texts[1]), len(node.args)))
    return found


def test_participants_notes_column_has_a_context_of_its_own() -> None:
    marked = _marked(PACKAGE / "exchange" / "workbook" / "sheets.py")
    notes = [context for context, source, _ in marked if source == "Notes"]
    assert sorted(notes) == ["Workbook", "WorkbookParticipants"]


def test_shown_comments_are_a_plural_message() -> None:
    marked = _marked(PACKAGE / "exchange" / "pdf" / "evaluation.py")
    # lupdate makes a plural message of translate(context, text, disambiguation, n) only.
    assert ("Report", "%n different one(s) shown", 4) in marked
    assert not any("{shown}" in source for _, source, _ in marked)
    assert (
        InLanguage("en")
        .translate("Report", "%n different one(s) shown", "", 5)
        .startswith("5 different one")
    )


def test_the_report_says_how_many_comments_it_shows(store: Store, tmp_path: Path) -> None:
    from dialogue_desk.services.demo import create_demo_event

    event_id = create_demo_event(store, participants=40, responses=40, seed=7)
    text = _pdf_text(write_report(store, event_id, tmp_path / "r.pdf", language="en"))
    assert re.search(r"Comments: \d+ · \d+ different one", text)
