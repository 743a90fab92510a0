"""The "Other" choice and "Specify other." question pyxform makes for ``or_other``, in the
form's languages.

pyxform labels both in English in every language column (``{"et": "Other", "ru": "Other"}``),
so an Estonian kiosk would offer "Other" among "Avalik sektor" and "Vabaühendus". For the
languages Dialogue Desk speaks (en, et, lv, sv, ru) the labels come from its own catalogues;
any other language keeps what pyxform wrote. The result is stored with the form, so the kiosk,
paper entry, results, workbook and PDF all show the same words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from dialogue_desk.i18n import QT_TRANSLATE_NOOP, is_supported, translate_in
from dialogue_desk.services.evaluation import QuestionData

__all__ = ["PYXFORM_OTHER", "PYXFORM_SPECIFY", "translate_or_other"]

#: What pyxform writes (its own English), and the app's source text for it.
PYXFORM_OTHER = "Other"
PYXFORM_SPECIFY = "Specify other."
_OTHER = QT_TRANSLATE_NOOP("XLSForm", "Other")
_SPECIFY = QT_TRANSLATE_NOOP("XLSForm", "Specify other.")


def _label(
    languages: Iterable[str], source: str, made: str, given: dict[str, str]
) -> dict[str, str]:
    """``given`` with pyxform's ``made`` text replaced, and filled in, in every language."""
    label = dict(given)
    for code in languages:
        if label.get(code, made) != made:
            continue  # the form's own words
        label[code] = translate_in(code, "XLSForm", source) if is_supported(code) else made
    return label


def translate_or_other(
    questions: list[QuestionData], languages: Iterable[str]
) -> list[QuestionData]:
    """``questions`` with the or_other choice and text question labelled in ``languages``."""
    languages = list(languages)
    selects = {q.name for q in questions if q.logic.get("or_other")}
    result = []
    for question in questions:
        if question.name in selects:
            choices = tuple(
                dataclasses.replace(
                    c, label=_label(languages, _OTHER, PYXFORM_OTHER, c.label)
                ) if c.name == "other" else c
                for c in question.choices
            )  # fmt: skip
            question = dataclasses.replace(question, choices=choices)
        elif (
            question.logic.get("type") == "or_other_text"
            and question.name.removesuffix("_other") in selects
        ):
            label = _label(languages, _SPECIFY, PYXFORM_SPECIFY, question.label)
            question = dataclasses.replace(question, label=label)
        result.append(question)
    return result
