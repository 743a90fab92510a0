"""Checking and tidying a question before it is stored (names, texts, scales, choices, logic)."""

from __future__ import annotations

import dataclasses
import re

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import ValidationError
from dialogue_desk.services.evaluation.records import Choice, QuestionData
from dialogue_desk.services.text import fold
from dialogue_desk.store.enums import QuestionKind

__all__ = ["CHOICE_KINDS", "MAX_SCALE_POINTS", "NAME_PATTERN", "clean_question"]

#: A question's machine name, as XLSForm and ODK accept it.
#: (XML names: letters of any script, digits, _ . -, not starting with a digit.)
NAME_PATTERN = re.compile(r"^[^\W\d][\w.-]*$")
MAX_SCALE_POINTS = 11
CHOICE_KINDS = frozenset(
    {QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.RANK}
)


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text))
    slug = "_".join(words[:4])[:40]
    return slug if slug and not slug[0].isdigit() else f"q_{slug}".rstrip("_")


def _clean_texts(texts: dict[str, str]) -> dict[str, str]:
    return {code: text.strip() for code, text in texts.items() if text and text.strip()}


def clean_question(data: QuestionData, taken: set[str]) -> QuestionData:
    """The question tidied (texts trimmed, a name made up if blank), or ValidationError."""
    label = _clean_texts(data.label)
    problems: dict[str, str] = {}
    unlabelled = data.kind is QuestionKind.CALCULATE or (
        data.kind is QuestionKind.SECTION and data.logic.get("type") == "group"
    )
    if not label and not unlabelled:
        problems["label"] = translate(
            "Evaluation", "The question needs a text in at least one language."
        )
    name = data.name.strip() or _slug(next(iter(label.values()), "") or data.kind.value)
    if not data.name.strip():
        base, number = name, 2
        while name in taken:
            name, number = f"{base}_{number}", number + 1
    if not NAME_PATTERN.match(name):
        problems["name"] = translate(
            "Evaluation",
            "The name \u201c{name}\u201d may hold only letters, digits and _ and must not "
            "start with a digit.",
        ).format(name=name)
    elif name in taken:
        problems["name"] = translate(
            "Evaluation", "Another question of this form is already named \u201c{name}\u201d."
        ).format(name=name)
    scale_min, scale_max = data.scale_min, data.scale_max
    if data.kind is QuestionKind.RATING:
        scale_min = 1 if scale_min is None else scale_min
        scale_max = 5 if scale_max is None else scale_max
        if not 0 <= scale_min < scale_max or scale_max - scale_min + 1 > MAX_SCALE_POINTS:
            problems["scale"] = translate(
                "Evaluation",
                "A rating scale runs from 0 or more to a higher number, at most 11 points.",
            )
    elif data.kind is not QuestionKind.NUMBER:
        scale_min = scale_max = None
    choices = tuple(
        Choice(c.name.strip() or str(i), _clean_texts(c.label), dict(c.extra))
        for i, c in enumerate(data.choices, start=1)
        if c.name.strip() or _clean_texts(c.label)
    )
    if data.kind in CHOICE_KINDS:
        names = [c.name for c in choices]
        if len(choices) < 2:
            problems["choices"] = translate(
                "Evaluation", "A choice question needs at least two choices."
            )
        elif len(set(names)) != len(names) and not data.logic.get("choice_filter"):
            # A cascading list may repeat a name under different parents; others may not.
            problems["choices"] = translate("Evaluation", "Two choices have the same name.")
        elif any(" " in n for n in names) and data.kind is QuestionKind.MULTIPLE_CHOICE:
            problems["choices"] = translate("Evaluation", "A choice name cannot contain spaces.")
    elif data.kind is not QuestionKind.RATING:
        choices = ()
    if problems:
        raise ValidationError(problems)
    rating = data.kind is QuestionKind.RATING
    logic = {k: v for k, v in data.logic.items() if v not in (None, "", {}, [])}
    if isinstance(logic.get("constraint_message"), dict):
        logic["constraint_message"] = _clean_texts(logic["constraint_message"])
    return dataclasses.replace(
        data, name=name, label=label, hint=_clean_texts(data.hint), choices=choices, logic=logic,
        required=data.required and data.kind is not QuestionKind.SECTION,
        scale_min=scale_min, scale_max=scale_max,
        low_label=_clean_texts(data.low_label) if rating else {},
        high_label=_clean_texts(data.high_label) if rating else {},
    )  # fmt: skip
