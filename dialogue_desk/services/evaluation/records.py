"""Plain records of evaluation forms, questions and responses that cross into the interface."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dialogue_desk.store.enums import QuestionKind, ResponseChannel

#: One answer as the interface and the services exchange it: a rating or number (int/float),
#: yes/no (bool), a choice name (str, single choice), choice names (list, multiple choice) or
#: text (str). None, "" and [] mean "not answered".
AnswerValue = int | float | bool | str | list[str] | None

#: Question kinds that carry an answer (a section heading or note does not).
ANSWERABLE = frozenset(QuestionKind) - {QuestionKind.SECTION}
#: Answerable kinds a respondent sees (a calculation is stored but never asked).
ASKED = ANSWERABLE - {QuestionKind.CALCULATE}
TEXT_KINDS = frozenset({QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT})
NUMERIC_KINDS = frozenset({QuestionKind.RATING, QuestionKind.NUMBER})
#: Answers kept as text in the store: dates, times and computed values.
TEXT_STORED_KINDS = frozenset(
    {QuestionKind.DATE, QuestionKind.TIME, QuestionKind.DATETIME, QuestionKind.CALCULATE}
)
#: The keys of ``QuestionData.logic`` (XLSForm columns of the survey sheet, as text).
LOGIC_KEYS = ("relevant", "constraint", "constraint_message", "required_expr", "required_message",
              "choice_filter", "calculation", "default", "appearance", "group", "parameters",
              "or_other", "type", "read_only", "trigger")  # fmt: skip


def pick(texts: dict[str, str], language: str | None, fallbacks: tuple[str, ...] = ()) -> str:
    """The text in ``language``, else in the first fallback that has one, else any text."""
    for code in (language, *fallbacks, "en"):
        if code and texts.get(code):
            return texts[code]
    return next((t for t in texts.values() if t), "")


@dataclass(frozen=True)
class Choice:
    name: str
    label: dict[str, str] = field(default_factory=dict)
    #: Other columns of the XLSForm choices sheet (what a choice_filter compares, e.g. county).
    extra: dict[str, str] = field(default_factory=dict)

    def text(self, language: str | None, fallbacks: tuple[str, ...] = ()) -> str:
        return pick(self.label, language, fallbacks) or self.name


@dataclass(frozen=True)
class QuestionData:
    """What the designer edits about a question."""

    kind: QuestionKind
    label: dict[str, str]
    name: str = ""
    required: bool = False
    hint: dict[str, str] = field(default_factory=dict)
    scale_min: int | None = None
    scale_max: int | None = None
    low_label: dict[str, str] = field(default_factory=dict)
    high_label: dict[str, str] = field(default_factory=dict)
    choices: tuple[Choice, ...] = ()
    #: XLSForm logic as text: relevant, constraint, constraint_message ({lang: text}),
    #: required_expr, choice_filter, calculation, default, appearance, group (the innermost
    #: group's name), parameters, or_other, type (the XLSForm type when it differs: hidden,
    #: note, group), ... (see LOGIC_KEYS).
    logic: dict[str, Any] = field(default_factory=dict)

    def rule(self, key: str) -> str:
        """One logic expression or setting as text ("" when not set)."""
        value = self.logic.get(key)
        return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True)
class QuestionRecord(QuestionData):
    id: int = 0
    form_id: int = 0
    position: int = 0

    @property
    def answerable(self) -> bool:
        return self.kind in ANSWERABLE

    @property
    def asked(self) -> bool:
        """Shown to a respondent with an input (not a heading, not a calculation)."""
        return self.kind in ASKED

    @property
    def is_group(self) -> bool:
        """The start of an XLSForm group (a page or section of the questions in it)."""
        return self.kind is QuestionKind.SECTION and self.rule("type") == "group"

    def choice(self, name: str) -> Choice | None:
        return next((c for c in self.choices if c.name == name), None)

    def scale(self) -> range:
        """The points of a rating scale, 1–5 unless the question says otherwise."""
        low = self.scale_min if self.scale_min is not None else 1
        high = self.scale_max if self.scale_max is not None else 5
        return range(low, high + 1)


@dataclass(frozen=True)
class FormRecord:
    id: int
    title: str
    event_id: int | None
    languages: tuple[str, ...]
    source: str
    form_key: str
    version: str
    questions: tuple[QuestionRecord, ...] = ()
    responses: int = 0
    #: Form-wide XLSForm settings: style (pages), default_language, instance_name, ...
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def language(self) -> str:
        """The form's default language."""
        return self.languages[0] if self.languages else "en"

    def language_for(self, *preferred: str | None) -> str:
        """The language to show the form in: the first of ``preferred`` it has labels in
        (a language picked by hand, then the interface language), else its own first one."""
        return next((code for code in preferred if code and code in self.languages),
                    self.language)  # fmt: skip

    @property
    def answerable(self) -> tuple[QuestionRecord, ...]:
        return tuple(q for q in self.questions if q.answerable)

    def question(self, name: str) -> QuestionRecord | None:
        return next((q for q in self.questions if q.name == name), None)

    def text(self, texts: dict[str, str], language: str | None) -> str:
        """A label in ``language``, falling back to the form's languages in order."""
        return pick(texts, language, self.languages)


@dataclass(frozen=True)
class FormInfo:
    """A line in the list of forms."""

    id: int
    title: str
    questions: int
    responses: int
    source: str


@dataclass(frozen=True)
class ResponseRecord:
    id: int
    form_id: int
    number: int
    submitted_at: Any
    channel: ResponseChannel
    language: str
    #: {question name: value}; unanswered questions are absent.
    answers: dict[str, AnswerValue] = field(default_factory=dict)
    #: Questions not asked because their relevance was false (skip logic), in form order.
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormSpec:
    """A whole form before it is stored: from a template, an XLSForm or a copy."""

    title: str
    languages: tuple[str, ...]
    questions: tuple[QuestionData, ...]
    source: str = "designer"
    form_key: str = ""
    version: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    #: What the file held that the form leaves out (a question the kiosk cannot ask, ...),
    #: one sentence each naming the row; shown after the import.
    warnings: tuple[str, ...] = ()
