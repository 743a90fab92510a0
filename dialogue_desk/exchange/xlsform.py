"""XLSForm (the form format of KoboToolbox and ODK): import an evaluation form, export it back.

The workbook is read within bounds (``xlsform_book``), pyxform (the reference implementation)
checks it, and ``xlsform_map`` maps the checked form onto Dialogue Desk's questions with their
logic. A form pyxform refuses is refused with every problem it finds and their rows; a question
a kiosk cannot ask is left out with a warning (``FormSpec.warnings``). ``xlsform_out`` writes a
form back as a workbook pyxform accepts.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from dialogue_desk.exchange.xlsform_book import read_book
from dialogue_desk.exchange.xlsform_map import FormMapper
from dialogue_desk.exchange.xlsform_out import export_xlsform, form_workbook
from dialogue_desk.i18n import translate
from dialogue_desk.services.evaluation import (
    FormImportError,
    FormRecord,
    FormSpec,
    import_form,
)
from dialogue_desk.store import Store
from dialogue_desk.store.enums import QuestionKind

__all__ = [
    "SUFFIXES",
    "XLSFormError",
    "export_xlsform",
    "form_workbook",
    "import_xlsform",
    "read_xlsform",
]

SUFFIXES = (".xlsx", ".xls")
#: pyxform stops at the first problem; taking that row out and asking again finds the next.
MAX_PROBLEMS = 30
ROW = re.compile(r"\[row\s*:\s*(\d+)\]")

#: The file is not an XLSForm this app can take (read here, or stored by the service).
XLSFormError = FormImportError


def _plain(message: str) -> str:
    """pyxform's "[row : 3] ..." as "Row 3: ..."."""
    message = ROW.sub(
        lambda m: translate("XLSForm", "Row {n}:").format(n=m.group(1)),
        message,
    )
    return " ".join(message.split())


def _convert(book: dict[str, Any]) -> dict[str, Any]:
    """pyxform's JSON of the form; PyXFormError (or another error) when it refuses it."""
    from pyxform.builder import create_survey_element_from_dict
    from pyxform.xls2json import workbook_to_json
    from pyxform.xls2json_backends import get_xlsform

    # pyxform changes the rows it is given; it gets a copy, so row numbers stay true.
    workbook = get_xlsform(xlsform=copy.deepcopy(book))
    data = workbook_to_json(
        workbook_dict=workbook, form_name="data",
        fallback_form_name=workbook.fallback_form_name, warnings=[],
    )  # fmt: skip
    # pyxform's own checks only: ODK Validate would need Java, which a venue laptop (and the
    # standalone build) does not have.
    create_survey_element_from_dict(data).to_xml(validate=False, warnings=[])
    return data


def _without_row(book: dict[str, Any], message: str) -> dict[str, Any] | None:
    """The book with the row a problem names blanked out, or None when it names none."""
    match = ROW.search(message)
    if not match:
        return None
    sheet = "choices" if "the 'choices' sheet" in message else "survey"
    if "'settings'" in message:
        return None
    index = int(match.group(1)) - 2
    rows = list(book.get(sheet) or [])
    if not 0 <= index < len(rows) or not rows[index]:
        return None
    kind = str(rows[index].get("type", "")).replace(" ", "_").lower()
    rows[index] = {}
    if sheet == "survey" and kind in ("begin_group", "begin_repeat"):
        _blank_end(rows, index, kind.replace("begin", "end"))
    return {**book, sheet: rows}


def _blank_end(rows: list[dict[str, Any]], start: int, end: str) -> None:
    depth = 0
    for index in range(start + 1, len(rows)):
        kind = str(rows[index].get("type", "")).replace(" ", "_").lower()
        if kind.startswith("begin"):
            depth += 1
        elif kind.startswith("end"):
            if depth == 0 and kind == end:
                rows[index] = {}
                return
            depth -= 1


def _checked(path: Path, book: dict[str, Any]) -> dict[str, Any]:
    """pyxform's JSON, or FormImportError listing every problem pyxform finds."""
    from pyxform.errors import PyXFormError

    problems: list[str] = []
    current: dict[str, Any] | None = book
    while current is not None and len(problems) < MAX_PROBLEMS:
        try:
            data = _convert(current)
        except PyXFormError as error:
            message = str(error)
        except Exception as error:  # noqa: BLE001 - pyxform raises many kinds for broken files
            message = str(error) or type(error).__name__
        else:
            if not problems:
                return data
            break
        if _plain(message) not in problems:
            problems.append(_plain(message))
        current = _without_row(current, message)
    if len(problems) == 1:
        raise XLSFormError(f"{path.name}: {problems[0]}")
    raise XLSFormError(
        translate("XLSForm", "{file}: {n} problems:").format(file=path.name, n=len(problems))
        + "\n"
        + "\n".join(f"\u2022 {p}" for p in problems)
    )


def _survey_rows(book: dict[str, Any]) -> dict[str, list[int]]:
    """Question name -> its rows on the survey sheet (the header is row 1), in order."""
    rows: dict[str, list[int]] = {}
    for index, row in enumerate(book.get("survey") or [], start=2):
        name = str(row.get("name", "")).strip()
        if name:
            rows.setdefault(name, []).append(index)
    return rows


def read_xlsform(path: Path | str) -> FormSpec:
    """Read and check an XLSForm; XLSFormError says what is wrong and where.

    What cannot be asked is left out; ``FormSpec.warnings`` names each such question and row.
    """
    path = Path(path)
    if not path.is_file():
        raise XLSFormError(translate("XLSForm", "{file}: there is no such file.").format(file=path))
    if path.suffix.lower() not in SUFFIXES:
        raise XLSFormError(
            translate("XLSForm", "{file}: an XLSForm is an Excel workbook (.xlsx or .xls).").format(
                file=path.name
            )
        )
    book = read_book(path)
    data = _checked(path, book)
    mapper = FormMapper(path.name, data, _survey_rows(book))
    mapper.walk(data.get("children", []))
    mapper.finish()
    if not any(q.kind not in (QuestionKind.SECTION, QuestionKind.CALCULATE)
               for q in mapper.questions):  # fmt: skip
        raise XLSFormError(
            "\n".join(
                [
                    translate("XLSForm", "{file}: the form has no question it can ask.").format(
                        file=path.name
                    ),
                    *mapper.warnings,
                ]
            )  # fmt: skip
        )
    title = str(data.get("title") or "").strip() or path.stem
    languages = [c for c in mapper.languages if any(c in q.label for q in mapper.questions)]
    settings: dict[str, Any] = {
        key: str(data[key]) for key in ("style", "allow_choice_duplicates", "instance_name")
        if data.get(key)
    }  # fmt: skip
    if mapper.language_names:
        settings["language_names"] = dict(mapper.language_names)
    return FormSpec(
        title=title, languages=tuple(languages or [mapper.default]),
        questions=tuple(mapper.questions), source="xlsform",
        form_key=str(data.get("id_string") or ""), version=str(data.get("version") or ""),
        settings=settings, warnings=tuple(mapper.warnings),
    )  # fmt: skip


def import_xlsform(
    store: Store, path: Path | str, event_id: int | None, spec: FormSpec | None = None
) -> FormRecord:
    """Read an XLSForm (unless ``spec`` is the form already read from it) and store it.

    The storing is the evaluation service's ``import_form``: a new form, all or nothing.
    """
    spec = spec or read_xlsform(path)
    return import_form(store, event_id, spec, source=Path(path).name)
