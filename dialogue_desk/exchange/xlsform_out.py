"""Write an evaluation form as an XLSForm workbook that pyxform, Kobo and ODK accept.

Everything the import keeps comes back out: groups (begin_group/end_group), relevant,
constraint with its messages, required (yes or an expression), choice_filter and the choice
columns it compares, calculation, default, appearance, parameters, or_other, every label
language under its original column name, and the form's settings. Import, export and import
again gives the same form.
"""

from __future__ import annotations

from pathlib import Path

from dialogue_desk.exchange.files import check_target, write_atomically
from dialogue_desk.services.evaluation import (
    NO,
    YES,
    Choice,
    FormRecord,
    QuestionRecord,
    get_form,
)
from dialogue_desk.store import Store
from dialogue_desk.store.enums import QuestionKind

__all__ = ["export_xlsform", "form_workbook"]

ENGLISH_NAMES = {"en": "English", "et": "Estonian", "lv": "Latvian", "sv": "Swedish",
                 "ru": "Russian"}  # fmt: skip
#: Logic keys written to a survey column of the same meaning (texts per language aside).
PLAIN_COLUMNS = (("relevant", "relevant"), ("constraint", "constraint"),
                 ("choice_filter", "choice_filter"), ("calculation", "calculation"),
                 ("default", "default"), ("parameters", "parameters"),
                 ("read_only", "read_only"), ("trigger", "trigger"))  # fmt: skip
TYPES = {
    QuestionKind.DATE: "date", QuestionKind.TIME: "time", QuestionKind.DATETIME: "dateTime",
    QuestionKind.ACKNOWLEDGE: "acknowledge", QuestionKind.SHORT_TEXT: "text",
    QuestionKind.LONG_TEXT: "text",
}  # fmt: skip


class _Writer:
    def __init__(self, form: FormRecord) -> None:
        self.form = form
        self.langs = list(form.languages)
        names = dict(form.settings.get("language_names") or {})
        self.columns = {c: names.get(c) or f"{ENGLISH_NAMES.get(c, c)} ({c})" for c in self.langs}
        #: A one-language form that came with plain "label" columns goes back with them.
        self.plain = not names and len(self.langs) == 1 and form.source == "xlsform"
        self.survey: list[dict[str, str]] = []
        #: list name -> its choices (rows), in the order first used
        self.lists: dict[str, list[dict[str, str]]] = {}
        self.stack: list[str] = []
        self.or_other = {q.name for q in form.questions if q.logic.get("or_other")}

    def texts(self, prefix: str, texts: dict[str, str], row: dict[str, str]) -> None:
        for code in self.langs:
            if texts.get(code):
                row[prefix if self.plain else f"{prefix}::{self.columns[code]}"] = texts[code]

    def choice_list(self, question: QuestionRecord, choices: list[Choice]) -> str:
        """The name of a list holding ``choices`` (shared with an equal list already written)."""
        rows = []
        for choice in choices:
            row = {"name": choice.name, **choice.extra}
            self.texts("label", choice.label or {self.form.language: choice.name}, row)
            rows.append(row)
        wanted = str(question.logic.get("list_name") or question.name)
        name, number = wanted, 2
        while name in self.lists and self.lists[name] != rows:
            name, number = f"{wanted}_{number}", number + 1
        self.lists[name] = rows
        return name

    def close_to(self, group: str) -> None:
        while self.stack and self.stack[-1] != group:
            self.stack.pop()
            self.survey.append({"type": "end_group"})
        if group and group not in self.stack:
            self.stack.clear()

    def question(self, q: QuestionRecord) -> None:
        group = q.rule("group")
        if group not in self.stack:
            group = ""
        self.close_to(group)
        if q.rule("type") == "or_other_text" and q.name.removesuffix("_other") in self.or_other:
            return  # pyxform makes the "specify other" question again from or_other
        row: dict[str, str] = {"type": self.kind(q), "name": q.name}
        self.texts("label", q.label, row)
        self.texts("hint", q.hint, row)
        required = q.rule("required_expr")
        row["required"] = required or ("yes" if q.required else "")
        appearance = q.rule("appearance")
        if q.kind is QuestionKind.LONG_TEXT and "multiline" not in appearance:
            appearance = f"{appearance} multiline".strip()
        if q.kind is QuestionKind.RATING and q.rule("type") != "range" and not appearance:
            appearance = "likert"
        row["appearance"] = appearance
        for key, column in PLAIN_COLUMNS:
            row[column] = q.rule(key)
        if q.kind is QuestionKind.RATING and q.rule("type") == "range" and not row["parameters"]:
            scale = q.scale()
            row["parameters"] = f"start={scale.start} end={scale.stop - 1} step=1"
        for key in ("constraint_message", "required_message"):
            messages = q.logic.get(key)
            if isinstance(messages, str):
                messages = {self.form.language: messages}
            self.texts(key, dict(messages or {}), row)
        self.survey.append({k: v for k, v in row.items() if v})
        if q.is_group:
            self.stack.append(q.name)

    def kind(self, q: QuestionRecord) -> str:
        kind = q.kind
        if kind is QuestionKind.SECTION:
            return "begin_group" if q.is_group else "note"
        if kind is QuestionKind.RATING:
            if q.rule("type") == "range":
                return "range"
            return f"select_one {self.choice_list(q, self.rating_choices(q))}"
        if kind is QuestionKind.YES_NO:
            yes_no = [Choice("yes", dict(YES)), Choice("no", dict(NO))]
            return f"select_one {self.choice_list(q, yes_no)}"
        if kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.RANK):
            choices = list(q.choices)
            other = q.name in self.or_other
            if other:
                choices = [c for c in choices if c.name != "other"]
            prefix = {QuestionKind.SINGLE_CHOICE: "select_one", QuestionKind.RANK: "rank",
                      QuestionKind.MULTIPLE_CHOICE: "select_multiple"}[kind]  # fmt: skip
            return f"{prefix} {self.choice_list(q, choices)}" + (" or_other" if other else "")
        if kind is QuestionKind.NUMBER:
            return {"integer": "integer", "range": "range"}.get(q.rule("type"), "decimal")
        if kind is QuestionKind.CALCULATE:
            return "hidden" if q.rule("type") == "hidden" else "calculate"
        return TYPES.get(kind, "text")

    def rating_choices(self, q: QuestionRecord) -> list[Choice]:
        scale = q.scale()
        choices = []
        for point in scale:
            choice = q.choice(str(point))
            label = dict(choice.label) if choice and choice.label else {}
            if not label and point == scale.start and q.low_label:
                label = dict(q.low_label)
            if not label and point == scale.stop - 1 and q.high_label:
                label = dict(q.high_label)
            choices.append(Choice(str(point), label or dict.fromkeys(self.langs, str(point))))
        return choices


def form_workbook(form: FormRecord) -> dict[str, tuple[list[str], list[list[str]]]]:
    """The form as XLSForm sheets: {sheet: (headers, rows)}."""
    writer = _Writer(form)
    for question in form.questions:
        writer.question(question)
    writer.close_to("")
    choice_rows = [{"list_name": name, **row} for name, rows in writer.lists.items()
                   for row in rows]  # fmt: skip
    settings = {
        "form_title": form.title, "form_id": form.form_key or f"dialogue_desk_{form.id}",
        "version": form.version, "default_language": "" if writer.plain
        else writer.columns.get(form.language, ""),
        # The built-in form's other titles ("titles") have no XLSForm column: form_title is one.
        **{k: str(v) for k, v in form.settings.items() if k not in ("language_names", "titles")},
    }  # fmt: skip
    return {
        "survey": _table(writer.survey, ["type", "name"]),
        "choices": _table(choice_rows, ["list_name", "name"]),
        "settings": _table([{k: v for k, v in settings.items() if v}], ["form_title"]),
    }


def _table(rows: list[dict[str, str]], first: list[str]) -> tuple[list[str], list[list[str]]]:
    headers = list(first)
    for row in rows:
        headers.extend(k for k in row if k not in headers)
    return headers, [[row.get(h, "") for h in headers] for row in rows]


def export_xlsform(store: Store, form_id: int, path: Path | str) -> Path:
    """Write the form as an XLSForm workbook that Kobo, ODK and this app can read back."""
    from openpyxl import Workbook

    form = get_form(store, form_id)
    target = check_target(Path(path))
    book = Workbook()
    book.remove(book.active)
    for title, (headers, rows) in form_workbook(form).items():
        if title == "choices" and not rows:
            continue
        sheet = book.create_sheet(title)
        sheet.append(headers)
        for values in rows:
            sheet.append(values)
        for line in sheet.iter_rows():
            for cell in line:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # user text is data, never a formula
    return write_atomically(target, lambda temporary: book.save(temporary))
