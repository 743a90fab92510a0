"""The evaluation section of the summary report: a chart per rating or choice question with n
and mean, and a selection of the free-text comments."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from dialogue_desk.exchange.pdf.charts import BarRow, hbar_chart
from dialogue_desk.exchange.pdf.layer import (
    MARGIN,
    PAGE,
    esc,
    format_number,
    format_percent,
    heading,
    styles,
    tr,
)
from dialogue_desk.exchange.pdf.text import InLanguage
from dialogue_desk.exchange.pdf.typeset import Paragraph
from dialogue_desk.i18n import QT_TRANSLATE_NOOP
from dialogue_desk.services.snapshot import (
    EventSnapshot,
    FormEntry,
    QuestionEntry,
    ResponseEntry,
)
from dialogue_desk.services.text import fold
from dialogue_desk.store.enums import QuestionKind

WIDTH = PAGE[0] - 2 * MARGIN
#: How many free-text comments per question the report quotes, and how long each may be.
MAX_COMMENTS = 8
MAX_COMMENT_CHARS = 600
CHOICE_KINDS = (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE, QuestionKind.YES_NO)
TEXT_KINDS = (QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT)
#: A chart taller than this (points) is not kept on one page with its question.
TALL_CHART = 400


@dataclass(frozen=True)
class QuestionSummary:
    """What the answers to one question add up to."""

    n: int
    mean: float | None = None
    #: (label, count) in the order to show, for ratings and choices.
    counts: tuple[tuple[str, int], ...] = ()
    comments: tuple[str, ...] = ()
    comment_total: int = 0
    extra: dict[str, float] = field(default_factory=dict)


def summarise(
    question: QuestionEntry, responses: list[ResponseEntry], language: str, fallback: str
) -> QuestionSummary:
    answers = [r.answers[question.id] for r in responses if question.id in r.answers]
    if question.kind in (QuestionKind.RATING, QuestionKind.NUMBER):
        numbers = [a.number for a in answers if a.number is not None]
        mean = sum(numbers) / len(numbers) if numbers else None
        if question.kind is QuestionKind.NUMBER:
            extra = {"min": min(numbers), "max": max(numbers)} if numbers else {}
            return QuestionSummary(n=len(numbers), mean=mean, extra=extra)
        low = question.scale_min if question.scale_min is not None else 1
        high = question.scale_max if question.scale_max is not None else 5
        tally = Counter(round(v) for v in numbers)
        values = range(low, high + 1) if 0 < high - low <= 20 else sorted(tally)
        counts = tuple(
            (_point_label(question, v, low, high, language, fallback), tally.get(v, 0))
            for v in values
        )
        return QuestionSummary(n=len(numbers), mean=mean, counts=counts)
    if question.kind is QuestionKind.YES_NO:
        numbers = [a.number for a in answers if a.number is not None]
        yes = sum(1 for v in numbers if v >= 0.5)
        counts = (
            (tr(language, QT_TRANSLATE_NOOP("Report", "Yes")), yes),
            (tr(language, QT_TRANSLATE_NOOP("Report", "No")), len(numbers) - yes),
        )
        return QuestionSummary(n=len(numbers), counts=counts)
    if question.kind in CHOICE_KINDS:
        chosen = [a.choices for a in answers if a.choices]
        tally = Counter(name for names in chosen for name in names)
        names = [c.name for c in question.choices] + sorted(
            n for n in tally if n not in {c.name for c in question.choices}
        )
        counts = tuple(
            (_choice_label(question, n, language, fallback), tally.get(n, 0)) for n in names
        )
        return QuestionSummary(n=len(chosen), counts=counts)
    if question.kind in TEXT_KINDS:
        texts = [a.text.strip() for a in answers if a.text and a.text.strip()]
        return QuestionSummary(n=len(texts), comments=_select(texts), comment_total=len(texts))
    return QuestionSummary(n=len(answers))


def _point_label(
    question: QuestionEntry, point: int, low: int, high: int, language: str, fallback: str
) -> str:
    """A rating point as the chart labels it: "1 Not at all" at the ends, else "3".

    The end labels come with the question where the snapshot carries them (``low_label``,
    ``high_label``: text by language, as the form has them).
    """
    ends = {low: "low_label", high: "high_label"}
    if point not in ends:
        return str(point)
    texts: dict[str, str] = getattr(question, ends[point], None) or {}
    text = texts.get(language) or texts.get(fallback) or next((t for t in texts.values() if t), "")
    return f"{point} {text}" if text.strip() else str(point)


def _choice_label(question: QuestionEntry, name: str, language: str, fallback: str) -> str:
    for choice in question.choices:
        if choice.name == name:
            return (
                choice.label.get(language)
                or choice.label.get(fallback)
                or next((v for v in choice.label.values() if v), name)
            )
    return name


def _select(texts: list[str]) -> tuple[str, ...]:
    """Up to MAX_COMMENTS distinct comments, the fullest first, in a stable order."""
    seen: set[str] = set()
    distinct: list[str] = []
    for text in texts:
        key = " ".join(fold(text).split())
        if key and key not in seen:
            seen.add(key)
            distinct.append(text)
    chosen = sorted(distinct, key=len, reverse=True)[:MAX_COMMENTS]
    chosen.sort(key=distinct.index)
    return tuple(
        c if len(c) <= MAX_COMMENT_CHARS else c[: MAX_COMMENT_CHARS - 1].rstrip() + "…"
        for c in chosen
    )


def evaluation(snapshot: EventSnapshot, language: str) -> list[Any]:
    s = styles()
    t = lambda text: tr(language, text)  # noqa: E731
    flow: list[Any] = [heading(t(QT_TRANSLATE_NOOP("Report", "Evaluation")), s.h1, 0)]
    attended = sum(1 for p in snapshot.participants if p.days_attended)
    total = len(snapshot.responses)
    if not snapshot.forms or not total:
        return flow + [
            Paragraph(esc(t(QT_TRANSLATE_NOOP("Report", "No evaluation responses yet."))), s.muted)
        ]
    summary = t(QT_TRANSLATE_NOOP("Report", "Responses: {count}")).format(count=total)
    if 0 < total <= attended:  # paper forms may outnumber check-ins; no percent then
        summary += " " + t(QT_TRANSLATE_NOOP("Report", "({percent} of those who attended)")).format(
            percent=format_percent(total, attended, language)
        )
    flow.append(Paragraph(esc(summary), s.muted))
    forms = [f for f in snapshot.forms if any(r.form_id == f.id for r in snapshot.responses)]
    for form in forms:
        responses = [r for r in snapshot.responses if r.form_id == form.id]
        if len(forms) > 1:
            flow.append(heading(form.title_in(language), s.h2, 1))
            count = t(QT_TRANSLATE_NOOP("Report", "Responses: {count}")).format(
                count=len(responses)
            )
            flow.append(Paragraph(esc(count), s.muted))
        flow += _form(form, responses, language)
    return flow


def _form(form: FormEntry, responses: list[ResponseEntry], language: str) -> list[Any]:
    s = styles()
    t = lambda text: tr(language, text)  # noqa: E731
    fallback = form.languages.split(",")[0] if form.languages else "en"
    flow: list[Any] = []
    number = 0
    for question in form.questions:
        text = question.label_in(language, fallback)
        if question.kind is QuestionKind.SECTION:
            flow.append(Paragraph(esc(text), s.h2))
            continue
        number += 1
        summary = summarise(question, responses, language, fallback)
        block: list[Any] = [Paragraph(f"{number}. {esc(text)}", s.h3)]
        facts = [f"n = {summary.n}"]
        skipped = sum(1 for r in responses if question.name in r.skipped)
        if skipped:
            facts.append(
                t(QT_TRANSLATE_NOOP("Report", "not relevant to {count} (skipped)")).format(
                    count=skipped
                )
            )
        if summary.mean is not None:
            facts.append(
                t(QT_TRANSLATE_NOOP("Report", "mean {value}")).format(
                    value=format_number(
                        summary.mean, language, 2 if question.kind is QuestionKind.RATING else 1
                    )
                )
            )
        if summary.extra:
            facts.append(
                t(QT_TRANSLATE_NOOP("Report", "from {low} to {high}")).format(
                    low=format_number(summary.extra["min"], language, 0),
                    high=format_number(summary.extra["max"], language, 0),
                )
            )
        if question.kind is QuestionKind.MULTIPLE_CHOICE:
            facts.append(t(QT_TRANSLATE_NOOP("Report", "several answers possible")))
        if question.kind in TEXT_KINDS:
            facts = [
                t(QT_TRANSLATE_NOOP("Report", "Comments: {count}")).format(
                    count=summary.comment_total
                )
            ]
            if summary.comment_total > len(summary.comments):
                facts.append(
                    InLanguage(language).translate(
                        "Report", "%n different one(s) shown", "", len(summary.comments)
                    )
                )
        block.append(Paragraph(esc(" · ".join(facts)), s.muted))
        chart = None
        if summary.counts and summary.n:
            n = summary.n
            rows = [BarRow(name, (float(count),)) for name, count in summary.counts]
            chart = hbar_chart(
                rows,
                width=WIDTH * 0.85,
                label_share=0.42,
                value_text=lambda v, n=n: f"{v:.0f} ({format_percent(int(v), n, language)})",
            )
            block += [chart, Spacer(0, 2 * mm)]
        if chart is not None and chart.height > TALL_CHART:
            # A chart of many choices goes on over the next page: the question and the first
            # bars stay together, the rest follows.
            flow += [CondPageBreak(40 * mm), *block]
        else:
            flow.append(KeepTogether(block))
        for comment in summary.comments:
            flow.append(Paragraph(esc(comment), s.quote, bulletText="“"))
    return flow
