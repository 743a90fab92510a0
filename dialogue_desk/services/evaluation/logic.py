"""A form's skip logic live: what is asked, what is required, computed values, choices shown.

``FormLogic(form).evaluate(answers)`` runs every ``relevant``, ``required`` (as expression),
``calculation``, ``choice_filter`` and ``constraint`` of the form over the answers given so far
and returns a :class:`LogicState`. The kiosk and paper entry call it after each change; the
response service calls it once more before storing, so what is stored obeys the same rules.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from xml.etree import ElementTree

from dialogue_desk.i18n import translate
from dialogue_desk.services.evaluation.records import (
    AnswerValue,
    Choice,
    FormRecord,
    QuestionRecord,
    pick,
)
from dialogue_desk.services.evaluation.references import (
    ROOT,
    ExpressionError,
    compile_expression,
)
from dialogue_desk.store.enums import QuestionKind

__all__ = ["FormLogic", "LogicState", "answer_text", "expression_problems"]

log = logging.getLogger(__name__)

#: The logic keys that hold an expression (checked at import, evaluated here).
EXPRESSION_KEYS = ("relevant", "constraint", "required_expr", "choice_filter", "calculation")
#: Passes over the form: a calculation may use a later answer; two more settle nearly every form.
PASSES = 3


@dataclass(frozen=True)
class LogicState:
    """What the answers so far mean for each question."""

    #: Names of questions and groups that are relevant (asked).
    relevant: frozenset[str]
    #: Answerable questions not asked (their relevance is false), in form order.
    skipped: tuple[str, ...]
    #: Questions that need an answer now.
    required: frozenset[str]
    #: Calculated values (calculate, hidden with a calculation), as text.
    computed: dict[str, str] = field(default_factory=dict)
    #: Questions with a choice_filter: the names of the choices to offer.
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Violated constraints: question name -> message in the respondent's language.
    problems: dict[str, str] = field(default_factory=dict)

    def asks(self, name: str) -> bool:
        return name in self.relevant


def answer_text(question: QuestionRecord, value: AnswerValue) -> str:
    """An answer as XForms holds it: choice names separated by spaces, yes/no, numbers."""
    if value is None or value == [] or value == "":
        return ""
    if question.kind is QuestionKind.ACKNOWLEDGE:
        return "OK" if value is True or str(value).strip().upper() in ("OK", "TRUE") else ""
    if isinstance(value, str) and question.kind is QuestionKind.YES_NO:
        return {"1": "yes", "0": "no", "true": "yes", "false": "no"}.get(
            value.strip().lower(), value.strip().lower()
        )
    if question.kind is QuestionKind.YES_NO or isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    if isinstance(value, float):
        return str(int(value)) if value == int(value) else repr(value)
    return str(value).strip()


def expression_problems(question: QuestionRecord) -> list[tuple[str, str]]:
    """(logic key, reason) for each expression of ``question`` that cannot be parsed."""
    problems = []
    for key in EXPRESSION_KEYS:
        source = question.rule(key)
        if source:
            try:
                compile_expression(source)
            except ExpressionError as error:
                problems.append((key, str(error)))
    return problems


class FormLogic:
    """The logic of one form, for one respondent language."""

    def __init__(self, form: FormRecord, language: str | None = None) -> None:
        self.form = form
        self.language = language or form.language
        self.questions = [q for q in form.questions if q.name]
        self.by_name = {q.name: q for q in self.questions}
        self.has_logic = any(
            q.rule(k) for q in self.questions for k in (*EXPRESSION_KEYS, "default")
        )

    def _label(self, name: str, choice: str) -> str:
        question = self.by_name.get(name)
        found = question.choice(choice) if question else None
        return found.text(self.language, self.form.languages) if found else choice

    def _tree(self, answers: dict[str, AnswerValue]) -> ElementTree.Element:
        root = ElementTree.Element(ROOT)
        for question in self.questions:
            element = ElementTree.SubElement(root, question.name)
            if question.answerable:
                element.text = answer_text(question, answers.get(question.name))
        return root

    def _group_chain(self, question: QuestionRecord) -> list[QuestionRecord]:
        chain, seen = [], set()
        group = question.rule("group")
        while group and group not in seen:
            seen.add(group)
            parent = self.by_name.get(group)
            if parent is None:
                break
            chain.append(parent)
            group = parent.rule("group")
        return chain

    def _truth(self, source: str, root: ElementTree.Element, item: ElementTree.Element | None,
               fallback: bool) -> bool:  # fmt: skip
        try:
            return compile_expression(source).truth(root, item)
        except ExpressionError as error:
            log.info("Expression %r not evaluated: %s", source, error)
            return fallback

    def _choice_names(self) -> contextlib.AbstractContextManager[object]:
        """jr:choice-name's labels while evaluating; a form without logic needs no XPath engine,
        so elementpath is not loaded for it (the designer's preview evaluates at start-up)."""
        if not self.has_logic:
            return contextlib.nullcontext()
        from dialogue_desk.services.evaluation.expressions import choice_labels

        return choice_labels(self._label)

    def evaluate(self, answers: dict[str, AnswerValue]) -> LogicState:
        """Relevance, requirement, calculations, choice filters and constraints for ``answers``."""
        root = self._tree(answers)
        elements = {child.tag: child for child in root}
        relevant: set[str] = set()
        computed: dict[str, str] = {}
        with self._choice_names():
            for _ in range(PASSES if self.has_logic else 1):
                relevant = set()
                for question in self.questions:
                    own = question.rule("relevant")
                    asked = not own or self._truth(own, root, elements[question.name], True)
                    asked = asked and all(g.name in relevant for g in self._group_chain(question))
                    element = elements[question.name]
                    if not asked:
                        element.text = ""
                        continue
                    relevant.add(question.name)
                    if question.rule("calculation"):
                        try:
                            text = compile_expression(question.rule("calculation")).text(
                                root, element
                            )
                        except ExpressionError:
                            text = ""
                        element.text = computed[question.name] = text
                    elif question.kind is QuestionKind.CALCULATE and question.rule("default"):
                        element.text = computed[question.name] = question.rule("default")
                    elif question.answerable:
                        element.text = answer_text(question, answers.get(question.name))
            required = {
                q.name
                for q in self.questions
                if q.name in relevant and q.asked and self._required(q, root, elements)
            }
            choices = {
                q.name: self._filtered(q, root)
                for q in self.questions
                if q.rule("choice_filter") and q.name in relevant
            }
            problems = {
                q.name: self.constraint_message(q)
                for q in self.questions
                if q.name in relevant and q.rule("constraint") and elements[q.name].text
                and not self._truth(q.rule("constraint"), root, elements[q.name], True)
            }  # fmt: skip
        skipped = tuple(q.name for q in self.questions if q.answerable and q.name not in relevant)
        return LogicState(
            relevant=frozenset(relevant), skipped=skipped, required=frozenset(required),
            computed=computed, choices=choices, problems=problems,
        )  # fmt: skip

    def _required(self, question: QuestionRecord, root: ElementTree.Element,
                  elements: dict[str, ElementTree.Element]) -> bool:  # fmt: skip
        source = question.rule("required_expr")
        if not source:
            return question.required
        return self._truth(source, root, elements[question.name], question.required)

    def _filtered(self, question: QuestionRecord, root: ElementTree.Element) -> tuple[str, ...]:
        """The choices whose row passes the choice_filter (compared with the choices sheet)."""
        source = question.rule("choice_filter")
        shown: list[str] = []
        for choice in question.choices:
            item = _item(choice, self.language, self.form.languages)
            root.append(item)
            try:
                if self._truth(source, root, item, True):
                    shown.append(choice.name)
            finally:
                root.remove(item)
        return tuple(dict.fromkeys(shown))

    def constraint_message(self, question: QuestionRecord) -> str:
        messages = question.logic.get("constraint_message")
        if isinstance(messages, dict) and messages:
            return pick(messages, self.language, self.form.languages)
        if isinstance(messages, str) and messages.strip():
            return messages.strip()
        return translate("Evaluation", "This answer is not allowed here.")

    def defaults(self) -> dict[str, AnswerValue]:
        """The answers a blank response starts with (XLSForm ``default``)."""
        values: dict[str, AnswerValue] = {}
        for question in self.questions:
            default = question.rule("default")
            if not default or not question.asked:
                continue
            if "${" in default or "(" in default:
                try:
                    default = compile_expression(default).text(self._tree(values))
                except ExpressionError:
                    continue
            values[question.name] = _typed(question, default)
        return values


def _item(choice: Choice, language: str, languages: tuple[str, ...]) -> ElementTree.Element:
    item = ElementTree.Element("item")
    ElementTree.SubElement(item, "name").text = choice.name
    ElementTree.SubElement(item, "label").text = choice.text(language, languages)
    for column, value in choice.extra.items():
        if column.replace("_", "a").isalnum():
            ElementTree.SubElement(item, column).text = str(value)
    return item


def _typed(question: QuestionRecord, text: str) -> AnswerValue:
    """A default given as text, in the shape the question's answer takes."""
    text = text.strip()
    if question.kind in (QuestionKind.MULTIPLE_CHOICE, QuestionKind.RANK):
        return text.split()
    if question.kind is QuestionKind.YES_NO:
        return text.lower() in ("yes", "true", "1")
    if question.kind is QuestionKind.ACKNOWLEDGE:
        return text.upper() == "OK" or text.lower() == "true"
    if question.kind in (QuestionKind.RATING, QuestionKind.NUMBER):
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number == int(number) else number
    return text
