"""XLSForm (the form format of KoboToolbox and ODK): import an evaluation form, export it back.

pyxform, the reference implementation, reads and validates the workbook (survey, choices and
settings sheets, ``label::Language (code)`` columns, references between them); this module only
maps the validated form onto Dialogue Desk's question kinds. A form with anything that cannot be
mapped is refused as a whole, with the row or list named, and nothing is stored.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.evaluation import (
    NO,
    YES,
    Choice,
    FormImportError,
    FormRecord,
    FormSpec,
    QuestionData,
    get_form,
    import_form,
)
from dialogue_desk.services.text import fold
from dialogue_desk.store import Store
from dialogue_desk.store.enums import QuestionKind

SUFFIXES = (".xlsx", ".xls")
SUPPORTED = "select_one, select_multiple, integer, decimal, range, text, note"
#: Metadata an XLSForm may collect silently; they ask nothing and are left out.
METADATA = {"start", "end", "today", "deviceid", "username", "phonenumber", "simserial",
            "subscriberid", "email", "audit", "start-geopoint"}  # fmt: skip
KNOWN_NAMES = {
    "english": "en", "estonian": "et", "eesti": "et", "latvian": "lv", "latviešu": "lv",
    "swedish": "sv", "svenska": "sv", "russian": "ru", "русский": "ru",
}  # fmt: skip
ENGLISH_NAMES = {
    "en": "English",
    "et": "Estonian",
    "lv": "Latvian",
    "sv": "Swedish",
    "ru": "Russian",
}
TRUE = {"yes", "true", "true()", "1"}
MAX_RATING_POINTS = 11


#: The file is not an XLSForm this app can take (read here, or stored by the service).
XLSFormError = FormImportError


# --- reading ----------------------------------------------------------------------------------


def _language_code(name: str, default: str) -> str:
    """ "Estonian (et)" -> "et"; "default" -> the form's default language; "Eesti" -> "et"."""
    if name == "default":
        return default
    match = re.search(r"\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\)\s*$", name)
    if match:
        return match.group(1).lower()
    plain = name.strip().casefold()
    return KNOWN_NAMES.get(plain) or (re.sub(r"[^a-z]", "", fold(plain))[:8] or default)


class _Reader:
    def __init__(self, path: Path, data: dict[str, Any], rows: dict[str, int]) -> None:
        self.path, self.data, self.rows = path, data, rows
        default_name = str(data.get("default_language") or "default")
        self.default = _language_code(default_name, "en") if default_name != "default" else "en"
        self.languages: list[str] = [self.default]
        self.questions: list[QuestionData] = []

    def texts(self, value: Any) -> dict[str, str]:
        if value is None:
            return {}
        if isinstance(value, str):
            return {self.default: value}
        texts: dict[str, str] = {}
        for name, text in dict(value).items():
            code = _language_code(str(name), self.default)
            if code not in self.languages:
                self.languages.append(code)
            if text and str(text).strip():
                texts[code] = str(text).strip()
        return texts

    def where(self, name: str) -> str:
        row = self.rows.get(name)
        if row is None:
            return translate("XLSForm", "Question \u201c{name}\u201d").format(name=name)
        return translate("XLSForm", "Survey row {row} (\u201c{name}\u201d)").format(
            row=row, name=name
        )

    def refuse(self, name: str, reason: str) -> XLSFormError:
        return XLSFormError(f"{self.path.name}: {self.where(name)}: {reason}")

    def walk(self, children: list[dict[str, Any]]) -> None:
        for child in children:
            kind, name = str(child.get("type", "")), str(child.get("name", ""))
            if kind == "group":
                if (child.get("control") or {}).get("bodyless") or name == "meta":
                    continue
                if child.get("label"):
                    self.add(child, QuestionKind.SECTION)
                self.walk(child.get("children", []))
            elif kind == "repeat":
                raise self.refuse(
                    name,
                    translate("XLSForm", "repeated groups are not supported."),
                )
            elif kind in METADATA:
                continue
            else:
                self.question(child, kind, name)

    def add(self, child: dict[str, Any], kind: QuestionKind, **extra: Any) -> None:
        label = self.texts(child.get("label")) or {self.default: str(child.get("name", ""))}
        required = str((child.get("bind") or {}).get("required", "")).strip().lower() in TRUE
        self.questions.append(
            QuestionData(
                kind=kind,
                label=label,
                name=str(child.get("name", "")),
                required=required and kind is not QuestionKind.SECTION,
                hint=self.texts(child.get("hint")),
                **extra,
            )  # fmt: skip
        )

    def choices(self, child: dict[str, Any]) -> tuple[Choice, ...]:
        listed = child.get("choices")
        if listed is None:
            listed = (self.data.get("choices") or {}).get(child.get("list_name") or "", [])
        if not listed:
            list_name = child.get("list_name") or child.get("itemset") or ""
            raise self.refuse(
                str(child.get("name")),
                translate("XLSForm", "the choice list \u201c{list}\u201d has no choices.").format(
                    list=list_name
                ),
            )
        return tuple(Choice(str(c.get("name")), self.texts(c.get("label"))) for c in listed)

    def question(self, child: dict[str, Any], kind: str, name: str) -> None:
        appearance = str((child.get("control") or {}).get("appearance", ""))
        if kind == "select one":
            choices = listed = self.choices(child)
            names = [c.name for c in choices]
            if sorted(n.lower() for n in names) == ["no", "yes"]:
                self.add(child, QuestionKind.YES_NO)
            elif (points := _points(names)) is not None:
                middle = choices[1:-1]
                if all(set(c.label.values()) <= {c.name} for c in middle):
                    choices = ()  # only end labels: a plain rating scale
                self.add(
                    child, QuestionKind.RATING, scale_min=points[0], scale_max=points[-1],
                    low_label=listed[0].label, high_label=listed[-1].label, choices=choices,
                )  # fmt: skip
            else:
                self.add(child, QuestionKind.SINGLE_CHOICE, choices=choices)
        elif kind == "select all that apply":
            self.add(child, QuestionKind.MULTIPLE_CHOICE, choices=self.choices(child))
        elif kind in ("integer", "decimal"):
            self.add(child, QuestionKind.NUMBER)
        elif kind == "range":
            self.range(child, name)
        elif kind == "text":
            long = "multiline" in appearance
            self.add(child, QuestionKind.LONG_TEXT if long else QuestionKind.SHORT_TEXT)
        elif kind == "note":
            self.add(child, QuestionKind.SECTION)
        else:
            shown = kind.replace("select one", "select_one").replace(" ", "_")
            raise self.refuse(
                name,
                translate(
                    "XLSForm",
                    "the type \u201c{type}\u201d is not supported (supported: {supported}).",
                ).format(type=shown, supported=SUPPORTED),
            )

    def range(self, child: dict[str, Any], name: str) -> None:
        parameters = child.get("parameters") or {}
        try:
            start = float(parameters.get("start", 1))
            end = float(parameters.get("end", 10))
            step = float(parameters.get("step", 1))
        except ValueError:
            raise self.refuse(
                name, translate("XLSForm", "the range parameters are not numbers.")
            ) from None
        whole = all(x == int(x) for x in (start, end, step))
        if whole and step == 1 and 0 <= start < end and end - start + 1 <= MAX_RATING_POINTS:
            self.add(child, QuestionKind.RATING, scale_min=int(start), scale_max=int(end))
        else:
            self.add(
                child, QuestionKind.NUMBER, scale_min=int(min(start, end)),
                scale_max=int(max(start, end)),
            )  # fmt: skip


def _points(names: list[str]) -> list[int] | None:
    """The points of a rating scale when choice names are consecutive whole numbers."""
    if not 2 <= len(names) <= MAX_RATING_POINTS or not all(re.fullmatch(r"\d+", n) for n in names):
        return None
    points = [int(n) for n in names]
    expected = list(range(points[0], points[0] + len(points)))
    return points if points == expected else None


def _survey_rows(path: Path) -> dict[str, int]:
    """Question name -> row number on the survey sheet, for messages."""
    from dialogue_desk.exchange.tabular import read_table

    try:
        table = read_table(path, sheet="survey")
    except ServiceError:
        return {}
    headers = [h.strip().lower() for h in table.headers]
    if "name" not in headers:
        return {}
    column = headers.index("name")
    return {values[column]: number for number, values in table.rows if column < len(values)}


def read_xlsform(path: Path | str) -> FormSpec:
    """Read and validate an XLSForm; XLSFormError says what is wrong and where."""
    from pyxform.builder import create_survey_element_from_dict
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import workbook_to_json
    from pyxform.xls2json_backends import get_xlsform

    path = Path(path)
    if not path.is_file():
        raise XLSFormError(translate("XLSForm", "{file}: there is no such file.").format(file=path))
    if path.suffix.lower() not in SUFFIXES:
        raise XLSFormError(
            translate("XLSForm", "{file}: an XLSForm is an Excel workbook (.xlsx or .xls).").format(
                file=path.name
            )
        )
    try:
        workbook = get_xlsform(xlsform=str(path))
        data = workbook_to_json(
            workbook_dict=workbook, form_name="data",
            fallback_form_name=workbook.fallback_form_name, warnings=[],
        )  # fmt: skip
        # pyxform's own checks only: ODK Validate would need Java, which a venue laptop (and
        # the standalone build) does not have, and turned every import into an error there.
        create_survey_element_from_dict(data).to_xml(validate=False, warnings=[])
    except PyXFormError as error:
        raise XLSFormError(f"{path.name}: {_plain(str(error))}") from None
    except Exception as error:  # noqa: BLE001 - pyxform raises many kinds for broken files
        raise XLSFormError(
            translate("XLSForm", "{file}: this is not a readable XLSForm ({reason}).").format(
                file=path.name, reason=_plain(str(error)) or type(error).__name__
            )
        ) from None
    reader = _Reader(path, data, _survey_rows(path))
    reader.walk(data.get("children", []))
    if not any(q.kind is not QuestionKind.SECTION for q in reader.questions):
        raise XLSFormError(
            translate("XLSForm", "{file}: the form has no questions.").format(file=path.name)
        )
    title = str(data.get("title") or "").strip() or path.stem
    languages = [c for c in reader.languages if any(c in q.label for q in reader.questions)]
    return FormSpec(
        title=title, languages=tuple(languages or [reader.default]),
        questions=tuple(reader.questions), source="xlsform",
        form_key=str(data.get("id_string") or ""), version=str(data.get("version") or ""),
    )  # fmt: skip


def _plain(message: str) -> str:
    """pyxform's "[row : 3] ..." as "Row 3: ..."."""
    message = re.sub(
        r"\[row\s*:\s*(\d+)\]",
        lambda m: translate("XLSForm", "Row {n}:").format(n=m.group(1)),
        message,
    )
    return " ".join(message.split())


def import_xlsform(
    store: Store, path: Path | str, event_id: int | None, spec: FormSpec | None = None
) -> FormRecord:
    """Read an XLSForm (unless ``spec`` is the form already read from it) and store it.

    The storing is the evaluation service's ``import_form``: a new form, all or nothing.
    """
    spec = spec or read_xlsform(path)
    return import_form(store, event_id, spec, source=Path(path).name)


# --- writing ----------------------------------------------------------------------------------


def _column(code: str) -> str:
    return f"{ENGLISH_NAMES.get(code, code)} ({code})"


def export_xlsform(store: Store, form_id: int, path: Path | str) -> Path:
    """Write the form as an XLSForm workbook that Kobo, ODK and this app can read back."""
    from openpyxl import Workbook

    form = get_form(store, form_id)
    path = Path(path)
    langs = list(form.languages)
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", *(f"label::{_column(c)}" for c in langs),
                   *(f"hint::{_column(c)}" for c in langs), "required", "appearance",
                   "parameters"])  # fmt: skip
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", *(f"label::{_column(c)}" for c in langs)])
    yes_no_written = False
    for q in form.questions:
        kind, appearance, parameters = "", "", ""
        if q.kind is QuestionKind.RATING:
            kind = f"select_one {q.name}"
            scale = q.scale()
            for point in scale:
                choice = q.choice(str(point))
                label = dict(choice.label) if choice and choice.label else {}
                if not label and point == scale.start:
                    label = q.low_label
                if not label and point == scale.stop - 1:
                    label = q.high_label
                choices.append([q.name, str(point),
                                *(label.get(c, str(point)) for c in langs)])  # fmt: skip
        elif q.kind is QuestionKind.YES_NO:
            kind = "select_one yes_no"
            if not yes_no_written:
                for name, texts in (("yes", YES), ("no", NO)):
                    choices.append(["yes_no", name, *(texts.get(c, texts["en"]) for c in langs)])
                yes_no_written = True
        elif q.kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE):
            single = q.kind is QuestionKind.SINGLE_CHOICE
            kind = f"{'select_one' if single else 'select_multiple'} {q.name}"
            for c in q.choices:
                choices.append([q.name, c.name, *(c.label.get(code, c.name) for code in langs)])
        elif q.kind is QuestionKind.NUMBER:
            kind = "decimal"
        elif q.kind is QuestionKind.SHORT_TEXT:
            kind = "text"
        elif q.kind is QuestionKind.LONG_TEXT:
            kind, appearance = "text", "multiline"
        else:
            kind = "note"
        survey.append([kind, q.name, *(q.label.get(c, "") for c in langs),
                       *(q.hint.get(c, "") for c in langs), "yes" if q.required else "",
                       appearance, parameters])  # fmt: skip
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    settings.append([form.title, form.form_key or f"dialogue_desk_{form.id}", form.version,
                     _column(form.language)])  # fmt: skip
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # user text is data, never a formula
    _save(book, path)
    return path


def _save(book: Any, path: Path) -> None:
    """Write next to the target and move into place, so a failure leaves the old file intact."""
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=".dialogue-desk-", suffix=".xlsx", dir=folder)
        os.close(handle)
        try:
            book.save(temporary)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError as error:
        raise ServiceError(
            translate("XLSForm", "Cannot write {file}: {reason}.").format(
                file=path, reason=error.strerror
            )
        ) from None
