"""Summaries of an evaluation form's responses: per question n, mean, median, distribution, texts.

Used by the Results view, the workbook's evaluation sheets and the PDF report. Labels come in
the requested language (falling back to the form's languages), numbers stay numbers. A select
stays a category whatever its codes (``categorical``; only ratings and numbers get a mean), and
a question skipped by the form's logic is counted apart from one left unanswered.
"""

from __future__ import annotations

import dataclasses
import statistics
from dataclasses import dataclass

from dialogue_desk.i18n import QT_TRANSLATE_NOOP, translate, translate_in
from dialogue_desk.services.evaluation.forms import get_form
from dialogue_desk.services.evaluation.records import (
    AnswerValue,
    FormRecord,
    QuestionRecord,
    ResponseRecord,
)
from dialogue_desk.services.evaluation.responses import list_responses
from dialogue_desk.store import Store
from dialogue_desk.store.enums import QuestionKind

_YES = QT_TRANSLATE_NOOP("Evaluation", "Yes")
_NO = QT_TRANSLATE_NOOP("Evaluation", "No")


def _tr(text: str, language: str | None) -> str:
    if language is None:
        return translate("Evaluation", text)
    return translate_in(language, "Evaluation", text)


@dataclass(frozen=True)
class Bar:
    """One value of a question and how many answers chose it."""

    value: str
    label: str
    count: int


@dataclass(frozen=True)
class QuestionSummary:
    question_id: int
    name: str
    kind: QuestionKind
    label: str
    required: bool
    #: Responses that answered this question.
    n: int
    #: Mean and median of ratings and numbers (yes/no: share of yes as a mean of 1/0).
    mean: float | None
    median: float | None
    #: Ratings: every point of the scale; choices and yes/no: every choice, in form order;
    #: numbers: each distinct value. Empty for text questions.
    distribution: tuple[Bar, ...]
    #: The free-text answers, in the order they came in.
    texts: tuple[str, ...]
    #: Responses that were not asked this question (its relevance was false): not missing.
    skipped: int = 0
    #: Responses that were asked it and gave no answer.
    unanswered: int = 0
    #: A category (choices, yes/no, rank): counted, never averaged, whatever its codes.
    categorical: bool = False

    @property
    def has_chart(self) -> bool:
        return bool(self.distribution)

    def bar_label(self, value: str) -> str:
        """The label of one value (a choice name) in the summary's language."""
        return next((b.label for b in self.distribution if b.value == value), value)


@dataclass(frozen=True)
class FormSummary:
    form_id: int
    title: str
    language: str
    #: Responses counted (after the filter).
    responses: int
    questions: tuple[QuestionSummary, ...]
    #: Human description of the filter applied, "" when none.
    filter_label: str = ""


MAX_NUMBER_BARS = 12


def _plain_number(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}"


def _number_bars(numbers: list[float]) -> list[Bar]:
    """One bar per value, or equal ranges when there are too many different values."""
    distinct = sorted(set(numbers))
    if len(distinct) <= MAX_NUMBER_BARS:
        return [Bar(_plain_number(n), _plain_number(n), numbers.count(n)) for n in distinct]
    low, high = distinct[0], distinct[-1]
    width = (high - low) / 8
    bars = []
    for index in range(8):
        start, end = low + index * width, low + (index + 1) * width
        last = index == 7
        count = sum(1 for n in numbers if start <= n < end or (last and n == end))
        text = f"{_plain_number(round(start, 2))}\u2013{_plain_number(round(end, 2))}"
        bars.append(Bar(text, text, count))
    return bars


def _choice_label(question: QuestionRecord, form: FormRecord, name: str, language: str) -> str:
    choice = question.choice(name)
    return choice.text(language, form.languages) if choice else name


def _summarise(
    form: FormRecord, question: QuestionRecord, values: list[AnswerValue], language: str | None
) -> QuestionSummary:
    lang = language or form.language
    numbers: list[float] = []
    bars: list[Bar] = []
    texts: tuple[str, ...] = ()
    kind = question.kind
    if kind is QuestionKind.RATING:
        numbers = [float(v) for v in values]  # type: ignore[arg-type]
        for point in question.scale():
            choice = question.choice(str(point))
            label = choice.text(lang, form.languages) if choice else str(point)
            if point == question.scale().start and not choice and question.low_label:
                label = f"{point} {form.text(question.low_label, lang)}"
            if point == question.scale().stop - 1 and not choice and question.high_label:
                label = f"{point} {form.text(question.high_label, lang)}"
            bars.append(Bar(str(point), label, sum(1 for v in numbers if v == point)))
    elif kind is QuestionKind.NUMBER:
        numbers = [float(v) for v in values]  # type: ignore[arg-type]
        bars = _number_bars(numbers)
    elif kind is QuestionKind.YES_NO:
        numbers = [1.0 if v else 0.0 for v in values]
        bars = [
            Bar("yes", _tr(_YES, language), numbers.count(1.0)),
            Bar("no", _tr(_NO, language), numbers.count(0.0)),
        ]
    elif kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.RANK):
        chosen: list[str] = []
        for value in values:
            if kind is QuestionKind.RANK:  # how often each choice was put first
                chosen.extend(value[:1] if isinstance(value, list) else [str(value)])
            else:
                chosen.extend(value if isinstance(value, list) else [str(value)])
        seen: set[str] = set()
        for c in question.choices:
            if c.name not in seen:  # a cascading list may repeat a name under other parents
                seen.add(c.name)
                bars.append(Bar(c.name, c.text(lang, form.languages), chosen.count(c.name)))
    elif kind is QuestionKind.ACKNOWLEDGE:
        bars = [Bar("OK", "OK", len(values))]
    else:
        texts = tuple(str(v) for v in values)
    with_mean = kind in (QuestionKind.RATING, QuestionKind.NUMBER, QuestionKind.YES_NO)
    return QuestionSummary(
        question_id=question.id, name=question.name, kind=kind,
        label=form.text(question.label, lang), required=question.required, n=len(values),
        mean=statistics.fmean(numbers) if with_mean and numbers else None,
        median=statistics.median(numbers)
        if numbers and kind in (QuestionKind.RATING, QuestionKind.NUMBER) else None,
        distribution=tuple(bars), texts=texts, categorical=kind in CATEGORICAL,
    )  # fmt: skip


#: Kinds counted by category, never averaged (numeric codes of a select included).
CATEGORICAL = frozenset(
    {QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.RANK,
     QuestionKind.YES_NO, QuestionKind.ACKNOWLEDGE}
)  # fmt: skip


def _summary_of(form: FormRecord, question: QuestionRecord, responses: list[ResponseRecord],
                language: str | None) -> QuestionSummary:  # fmt: skip
    values = [r.answers[question.name] for r in responses if question.name in r.answers]
    skipped = sum(1 for r in responses if question.name in r.skipped)
    summary = _summarise(form, question, values, language)
    return dataclasses.replace(
        summary, skipped=skipped, unanswered=len(responses) - len(values) - skipped
    )


def _matches(response: ResponseRecord, question: str | None, choice: str | None) -> bool:
    if not question or choice is None:
        return True
    value = response.answers.get(question)
    return value == choice or (isinstance(value, list) and choice in value)


def form_summary(
    store: Store, form_id: int, language: str | None = None, *,
    filter_question: str | None = None, filter_choice: str | None = None,
) -> FormSummary:  # fmt: skip
    """Per answerable question: n, mean, median, distribution and free-text answers.

    ``language`` picks the labels (None: the interface language for yes/no, the form's first
    language for the form's own texts). ``filter_question``/``filter_choice`` keep only the
    responses that chose ``filter_choice`` for that single-choice question.
    """
    form = get_form(store, form_id)
    lang = language or form.language
    responses = [r for r in list_responses(store, form_id)
                 if _matches(r, filter_question, filter_choice)]  # fmt: skip
    questions = tuple(_summary_of(form, q, responses, language) for q in form.answerable)
    filter_label = ""
    if filter_question and filter_choice is not None and (fq := form.question(filter_question)):
        filter_label = (
            f"{form.text(fq.label, lang)}: {_choice_label(fq, form, filter_choice, lang)}"
        )
    return FormSummary(
        form_id=form.id, title=form.title, language=lang, responses=len(responses),
        questions=questions, filter_label=filter_label,
    )  # fmt: skip


def display_value(
    form: FormRecord, question: QuestionRecord, value: AnswerValue, language: str | None
) -> str | int | float:
    """An answer as a cell shows it: numbers stay numbers, choices become their labels."""
    lang = language or form.language
    if value is None:
        return ""
    if question.kind is QuestionKind.YES_NO:
        return _tr(_YES if value else _NO, language)
    if question.kind is QuestionKind.SINGLE_CHOICE:
        return _choice_label(question, form, str(value), lang)
    if question.kind is QuestionKind.MULTIPLE_CHOICE:
        return "; ".join(_choice_label(question, form, str(v), lang) for v in value)  # type: ignore[union-attr]
    if question.kind is QuestionKind.RANK:
        return " > ".join(_choice_label(question, form, str(v), lang) for v in value)  # type: ignore[union-attr]
    if question.kind is QuestionKind.ACKNOWLEDGE:
        return "OK" if value else ""
    if isinstance(value, int | float):
        return value
    return str(value)


def response_table(
    store: Store, form_id: int, language: str | None = None
) -> tuple[list[str], list[list[str | int | float]]]:
    """One row per response, one column per answerable question (labels in ``language``).

    The first three columns are the response number, submitted time (UTC, ISO text) and channel.
    """
    form = get_form(store, form_id)
    lang = language or form.language
    headers = ["#", "submitted_at", "channel", *(form.text(q.label, lang) for q in form.answerable)]
    rows: list[list[str | int | float]] = []
    for response in list_responses(store, form_id):
        row: list[str | int | float] = [
            response.number,
            response.submitted_at.isoformat(sep=" ", timespec="minutes"),
            response.channel.value,
        ]
        row += [
            display_value(form, q, response.answers.get(q.name), language) for q in form.answerable
        ]
        rows.append(row)
    return headers, rows
