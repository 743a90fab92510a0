"""Map a form pyxform has read and checked onto Dialogue Desk's questions, logic and groups.

What a kiosk or a paper form cannot ask (a location, a photo, a barcode, a file, a list in an
external file, a repeat) is left out with a warning naming the question and its row; the rest
keeps its logic as text (``QuestionData.logic``) for the expression engine to evaluate.
"""

from __future__ import annotations

import re
from typing import Any

from dialogue_desk.exchange.xlsform_other import translate_or_other
from dialogue_desk.i18n import translate
from dialogue_desk.services.evaluation import (
    Choice,
    ExpressionError,
    FormImportError,
    QuestionData,
    compile_expression,
    names_in,
)
from dialogue_desk.services.text import fold
from dialogue_desk.store.enums import QuestionKind

__all__ = ["FormMapper", "language_code"]

#: Metadata an XLSForm may collect silently; they ask nothing and are left out without a word.
METADATA = {"start", "end", "today", "deviceid", "username", "phonenumber", "simserial",
            "subscriberid", "email", "audit", "start-geopoint", "background-geopoint",
            "calculate-here"}  # fmt: skip
#: What cannot be asked on a kiosk or on paper; left out with a warning.
NOT_ASKABLE = {
    "geopoint": "a location", "geotrace": "a line on a map", "geoshape": "an area on a map",
    "photo": "a photo", "image": "a photo", "audio": "a sound recording",
    "background-audio": "a sound recording", "video": "a video", "barcode": "a barcode",
    "file": "a file", "xml-external": "an external data file",
    "csv-external": "an external data file", "osm": "an OpenStreetMap feature",
}  # fmt: skip
KNOWN_NAMES = {
    "english": "en", "estonian": "et", "eesti": "et", "latvian": "lv", "latviešu": "lv",
    "swedish": "sv", "svenska": "sv", "russian": "ru", "русский": "ru",
}  # fmt: skip
TRUE = {"yes", "true", "true()", "1"}
FALSE = {"", "no", "false", "false()", "0"}
MAX_RATING_POINTS = 11
EXPRESSIONS = {"relevant": "relevant", "constraint": "constraint", "required_expr": "required",
               "calculation": "calculation", "choice_filter": "choice_filter"}  # fmt: skip


def language_code(name: str, default: str) -> str:
    """ "Estonian (et)" -> "et"; "default" -> the form's default language; "Eesti" -> "et"."""
    if name == "default":
        return default
    match = re.search(r"\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\)\s*$", name)
    if match:
        return match.group(1).lower()
    plain = name.strip().casefold()
    return KNOWN_NAMES.get(plain) or (re.sub(r"[^a-z]", "", fold(plain))[:8] or default)


#: The rows pyxform makes up to draw a table-list group (a header row of choice labels).
GENERATED = ("generated_table_list_label_", "reserved_name_for_field_list_labels_")


def _table_list(
    group: dict[str, Any], children: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A table-list group as its author wrote it: pyxform's made-up header rows dropped and
    the appearance put back (the kiosk shows the questions one under another)."""
    group = {**group, "control": {**(group.get("control") or {}), "appearance": "table-list"}}
    kept = []
    for child in children:
        if str(child.get("name", "")).startswith(GENERATED):
            continue
        control = dict(child.get("control") or {})
        if control.get("appearance") == "list-nolabel":
            control.pop("appearance")
        kept.append({**child, "control": control})
    return group, kept


def _points(names: list[str]) -> list[int] | None:
    """The points of a scale when choice names are consecutive whole numbers."""
    if not 2 <= len(names) <= MAX_RATING_POINTS or not all(re.fullmatch(r"\d+", n) for n in names):
        return None
    points = [int(n) for n in names]
    return points if points == list(range(points[0], points[0] + len(points))) else None


class FormMapper:
    """Walks pyxform's JSON of a form; ``questions``, ``warnings`` and ``languages`` after."""

    def __init__(self, file: str, data: dict[str, Any], rows: dict[str, list[int]]) -> None:
        self.file, self.data, self.rows = file, data, rows
        default_name = str(data.get("default_language") or "default")
        self.default = language_code(default_name, "en") if default_name != "default" else "en"
        self.languages: list[str] = [self.default]
        #: {code: the column's language name as the file wrote it ("Eesti (et)")}
        self.language_names: dict[str, str] = {}
        self.questions: list[QuestionData] = []
        self.warnings: list[str] = []
        self.left_out: set[str] = set()

    # --- texts and places ---------------------------------------------------------------------

    def texts(self, value: Any) -> dict[str, str]:
        if value is None:
            return {}
        if isinstance(value, str):
            return {self.default: value.strip()} if value.strip() else {}
        texts: dict[str, str] = {}
        for name, text in dict(value).items():
            if isinstance(text, dict):  # media labels ({"image": ...}) have no text to show
                continue
            code = language_code(str(name), self.default)
            if str(name) != "default":
                self.language_names.setdefault(code, str(name))
            if code not in self.languages:
                self.languages.append(code)
            if text and str(text).strip():
                texts[code] = str(text).strip()
        return texts

    def where(self, name: str, occurrence: int = 0) -> str:
        rows = self.rows.get(name) or []
        row = rows[min(occurrence, len(rows) - 1)] if rows else None
        if row is None:
            return translate("XLSForm", "Question \u201c{name}\u201d").format(name=name)
        return translate("XLSForm", "Survey row {row} (\u201c{name}\u201d)").format(
            row=row, name=name
        )

    def warn(self, name: str, reason: str, occurrence: int = 0) -> None:
        self.warnings.append(f"{self.where(name, occurrence)}: {reason}")

    # --- walking ------------------------------------------------------------------------------

    def walk(self, children: list[dict[str, Any]], group: str = "") -> None:
        for child in children:
            kind, name = str(child.get("type", "")), str(child.get("name", ""))
            if kind == "group":
                if (child.get("control") or {}).get("bodyless") or name == "meta":
                    continue
                children = list(child.get("children", []))
                if any(str(c.get("name", "")).startswith(GENERATED) for c in children):
                    child, children = _table_list(child, children)
                self.add(child, QuestionKind.SECTION, group, type="group")
                self.walk(children, name)
            elif kind == "repeat":
                inner = self._names(child.get("children", []))
                self.left_out.update(inner | {name})
                self.warn(name, translate(
                    "XLSForm", "the repeated group and the {n} question(s) in it are left out "
                    "(a kiosk asks each question once).",
                ).format(n=len(inner)))  # fmt: skip
            elif kind in METADATA:
                continue
            elif kind in NOT_ASKABLE:
                self.left_out.add(name)
                what = translate("XLSForm", NOT_ASKABLE[kind])
                self.warn(name, translate(
                    "XLSForm", "the question asks for {what} ({type}), which a kiosk or a paper "
                    "form cannot take; it is left out.",
                ).format(what=what, type=kind))  # fmt: skip
            else:
                self.question(child, kind, name, group)

    def _names(self, children: list[dict[str, Any]]) -> set[str]:
        names: set[str] = set()
        for child in children:
            names.add(str(child.get("name", "")))
            names |= self._names(child.get("children", []))
        return names

    def add(self, child: dict[str, Any], kind: QuestionKind, group: str,
            fields: dict[str, Any] | None = None, **logic: Any) -> None:  # fmt: skip
        """Add one question; ``fields`` are more QuestionData fields (choices, scale)."""
        bind = child.get("bind") or {}
        control = child.get("control") or {}
        required_text = str(bind.get("required", "")).strip()
        required = required_text.lower() in TRUE
        if required_text and required_text.lower() not in TRUE | FALSE:
            logic["required_expr"] = required_text
        for key, source in (("relevant", "relevant"), ("constraint", "constraint"),
                            ("calculation", "calculate"), ("read_only", "readonly")):  # fmt: skip
            if bind.get(source):
                logic[key] = str(bind[source]).strip()
        for key, source in (("constraint_message", "jr:constraintMsg"),
                            ("required_message", "jr:requiredMsg")):  # fmt: skip
            if bind.get(source):
                logic[key] = self.texts(bind[source])
        if control.get("appearance"):
            logic["appearance"] = str(control["appearance"]).strip()
        for key in ("choice_filter", "default", "trigger"):
            if child.get(key):
                logic[key] = str(child[key]).strip()
        parameters = child.get("parameters") or {}
        if parameters:
            logic["parameters"] = " ".join(f"{k}={v}" for k, v in parameters.items())
        if group:
            logic["group"] = group
        name = str(child.get("name", ""))
        label = self.texts(child.get("label"))
        if not label and kind not in (QuestionKind.SECTION, QuestionKind.CALCULATE):
            label = {self.default: name}
        self._check(name, logic)
        self.questions.append(
            QuestionData(
                kind=kind,
                label=label,
                name=name,
                required=required and kind in _ASKED,
                hint=self.texts(child.get("hint")),
                logic=logic,
                **(fields or {}),
            )  # fmt: skip
        )

    def finish(self) -> None:
        """Mark each select whose "specify other" text pyxform generated as ``or_other`` (and
        label what pyxform made for it in the form's languages)."""
        others = {q.name[: -len("_other")] for q in self.questions
                  if q.logic.get("type") == "or_other_text"}  # fmt: skip
        for index, question in enumerate(self.questions):
            if question.name in others:
                logic = {**question.logic, "or_other": True}
                self.questions[index] = QuestionData(**{**question.__dict__, "logic": logic})
        self.questions = translate_or_other(self.questions, self.languages)
        self._unique_names()
        self.check_references()

    def _unique_names(self) -> None:
        """XLSForm lets two groups each hold a question of the same name; here names are one
        list for the whole form, so the later one is called group_name (with a warning)."""
        taken: set[str] = set()
        seen: dict[str, int] = {}
        for index, question in enumerate(self.questions):
            name = question.name
            seen[name] = seen.get(name, -1) + 1
            if name in taken:
                base = f"{question.rule('group') or 'q'}_{name}"
                new, number = base, 2
                while new in taken:
                    new, number = f"{base}_{number}", number + 1
                self.warn(name, translate(
                    "XLSForm", "another question of the form has the same name; this one is "
                    "called \u201c{new}\u201d here.",
                ).format(new=new), seen[name])  # fmt: skip
                self.questions[index] = QuestionData(**{**question.__dict__, "name": new})
                name = new
            taken.add(name)

    def _check(self, name: str, logic: dict[str, Any]) -> None:
        """Warn about an expression the engine cannot run (it is kept, and ignored)."""
        for key, column in EXPRESSIONS.items():
            source = logic.get(key)
            if not source:
                continue
            try:
                compile_expression(str(source))
            except ExpressionError as error:
                self.warn(name, translate(
                    "XLSForm", "the {column} expression \u201c{expression}\u201d cannot be "
                    "evaluated here ({reason}); it is kept but not applied.",
                ).format(column=column, expression=source, reason=error))  # fmt: skip

    def check_references(self) -> None:
        """Warn when logic refers to a question that was left out."""
        for question in self.questions:
            for key in EXPRESSIONS:
                for missing in sorted(names_in(str(question.logic.get(key, ""))) & self.left_out):
                    self.warn(question.name, translate(
                        "XLSForm", "its {column} refers to \u201c{name}\u201d, which is left "
                        "out; that answer counts as blank.",
                    ).format(column=EXPRESSIONS[key], name=missing))  # fmt: skip

    # --- one question -------------------------------------------------------------------------

    def choices(self, child: dict[str, Any]) -> tuple[Choice, ...] | None:
        listed = child.get("choices")
        if listed is None:
            listed = (self.data.get("choices") or {}).get(child.get("list_name") or "")
        if not listed:
            return None
        result = []
        for c in listed:
            extra = {
                str(k): str(v)
                for k, v in c.items()
                if k not in ("name", "label", "media") and isinstance(v, str | int | float)
            }
            result.append(Choice(str(c.get("name")), self.texts(c.get("label")), extra))
        return tuple(result)

    def question(self, child: dict[str, Any], kind: str, name: str, group: str) -> None:
        appearance = str((child.get("control") or {}).get("appearance", ""))
        if kind in ("select one", "select all that apply", "rank"):
            choices = self.choices(child)
            if choices is None:
                self.left_out.add(name)
                self.warn(name, translate(
                    "XLSForm", "its choices come from the file \u201c{file}\u201d, which is not "
                    "part of the form; it is left out.",
                ).format(file=child.get("itemset") or child.get("list_name") or "?"))  # fmt: skip
                return
            if len({c.name for c in choices}) < len(choices) and not child.get("choice_filter"):
                # allow_choice_duplicates outside a cascading list: the answer could not tell
                # the two apart, so the first keeps the name.
                choices = tuple({c.name: c for c in reversed(choices)}.values())[::-1]
                self.warn(name, translate(
                    "XLSForm", "its choice list names a choice twice; the second is left out.",
                ))  # fmt: skip
            fields: dict[str, Any] = {"choices": choices}
            list_name = str(child.get("list_name") or "")
            points = _points([c.name for c in choices]) if kind == "select one" else None
            only_ends = points is not None and all(
                set(c.label.values()) <= {c.name} for c in choices[1:-1]
            )
            if kind == "select one" and sorted(c.name for c in choices) == ["no", "yes"]:
                self.add(child, QuestionKind.YES_NO, group, list_name=list_name)
            elif (
                points and ("likert" in appearance or only_ends) and not child.get("choice_filter")
            ):
                # A likert scale of numbered points (or one labelled only at its ends) is a
                # rating and gets a mean; other numeric codes (age bands 1-4) stay categories.
                fields.update(scale_min=points[0], scale_max=points[-1])
                if only_ends:
                    fields.update(low_label=choices[0].label, high_label=choices[-1].label,
                                  choices=())  # fmt: skip
                self.add(child, QuestionKind.RATING, group, fields, list_name=list_name)
            else:
                target = {"select one": QuestionKind.SINGLE_CHOICE, "rank": QuestionKind.RANK,
                          "select all that apply": QuestionKind.MULTIPLE_CHOICE}[kind]  # fmt: skip
                self.add(child, target, group, fields, list_name=list_name)
        elif kind in ("integer", "int", "decimal"):
            self.add(child, QuestionKind.NUMBER, group,
                     type="decimal" if kind == "decimal" else "integer")  # fmt: skip
        elif kind == "range":
            self.range(child, name, group)
        elif kind in ("text", "string"):
            long = "multiline" in appearance
            other = name.endswith("_other") and "selected(../" in str(
                (child.get("bind") or {}).get("relevant", "")
            )
            logic = {"type": "or_other_text"} if other else {}
            self.add(child, QuestionKind.LONG_TEXT if long else QuestionKind.SHORT_TEXT, group,
                     **logic)  # fmt: skip
        elif kind == "note":
            self.add(child, QuestionKind.SECTION, group, type="note")
        elif kind in ("date", "time", "dateTime", "datetime"):
            target = {"date": QuestionKind.DATE, "time": QuestionKind.TIME}.get(
                kind, QuestionKind.DATETIME
            )
            self.add(child, target, group)
        elif kind == "acknowledge":
            self.add(child, QuestionKind.ACKNOWLEDGE, group)
        elif kind in ("calculate", "hidden"):
            self.add(child, QuestionKind.CALCULATE, group, type=kind)
        else:
            self.left_out.add(name)
            self.warn(name, translate(
                "XLSForm", "the type \u201c{type}\u201d cannot be asked here; it is left out.",
            ).format(type=kind.replace(" ", "_")))  # fmt: skip

    def range(self, child: dict[str, Any], name: str, group: str) -> None:
        parameters = child.get("parameters") or {}
        try:
            start = float(parameters.get("start", 1))
            end = float(parameters.get("end", 10))
            step = float(parameters.get("step", 1))
        except ValueError:
            raise FormImportError(
                f"{self.file}: {self.where(name)}: "
                + translate("XLSForm", "the range parameters are not numbers.")
            ) from None
        whole = all(x == int(x) for x in (start, end, step))
        if whole and step == 1 and 0 <= start < end and end - start + 1 <= MAX_RATING_POINTS:
            fields = {"scale_min": int(start), "scale_max": int(end)}
            self.add(child, QuestionKind.RATING, group, fields, type="range")
        else:
            fields = {"scale_min": int(min(start, end)), "scale_max": int(max(start, end))}
            self.add(child, QuestionKind.NUMBER, group, fields, type="range")


_ASKED = frozenset(QuestionKind) - {QuestionKind.SECTION, QuestionKind.CALCULATE}
