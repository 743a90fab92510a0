"""Results of a form at once: an overview row per question at the top, then a chart per
rating/choice question with n, mean and median, and the free-text answers listed; filter by any
single-choice question (e.g. stakeholder group)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMargins, QModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.evaluation import FormRecord, FormSummary, QuestionSummary
from dialogue_desk.store.enums import QuestionKind
from dialogue_desk.ui.evaluation.form_language import FormLanguageBox
from dialogue_desk.ui.evaluation.results_overview import ResultsOverview

#: Lower and QtCharts elides the category labels to "..." at the default font.
BAR_HEIGHT = 30
BAR_COLOUR = QColor("#2a6f97")


def nice_scale(largest: int) -> tuple[int, int]:
    """A whole-number tick step and axis end leaving room for the value label past the bar."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if (largest * 1.2) / step <= 8:
            break
    top = -(-int(largest * 1.2 + 1) // step) * step
    return step, max(top, step)


def bar_chart(summary: QuestionSummary) -> QWidget:
    """A horizontal bar chart of the question's distribution (QtCharts, loaded when needed)."""
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSet,
        QChart,
        QChartView,
        QHorizontalBarSeries,
        QValueAxis,
    )

    bars = list(reversed(summary.distribution))  # the first value on top
    values = QBarSet(summary.label)
    values.setColor(BAR_COLOUR)
    values.append([float(b.count) for b in bars])
    values.setLabelColor(QColor("#202020"))
    series = QHorizontalBarSeries()
    series.append(values)
    chart = QChart()
    chart.addSeries(series)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(6)
    series.setLabelsVisible(True)
    chart.legend().hide()
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.setBackgroundRoundness(0)
    categories = QBarCategoryAxis()
    categories.append([b.label[:60] for b in bars])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    axis = QValueAxis()
    step, top = nice_scale(max([b.count for b in bars] + [1]))
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    axis.setLabelFormat("%d")
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setObjectName(f"chart_{summary.name}")
    view.setMinimumHeight(60 + BAR_HEIGHT * len(bars))
    view.setMaximumHeight(60 + BAR_HEIGHT * len(bars))
    view.setAccessibleName(summary.label)
    return view


class QuestionCard(QFrame):
    def __init__(self, summary: QuestionSummary, locale: QLocale) -> None:
        super().__init__()
        self.setObjectName(f"result_{summary.name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(summary.label)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        parts = [self.tr("n = %n", "", summary.n)]
        if summary.mean is not None:
            if summary.kind is QuestionKind.YES_NO:
                parts.append(self.tr("yes: {share}").format(
                    share=locale.toString(summary.mean * 100, "f", 0) + "\u00a0%"))  # fmt: skip
            else:
                parts.append(
                    self.tr("mean {mean}").format(mean=locale.toString(summary.mean, "f", 2))
                )
        if summary.median is not None:
            parts.append(self.tr("median {median}").format(
                median=locale.toString(summary.median, "g", 4)))  # fmt: skip
        if summary.unanswered:
            parts.append(self.tr("%n left blank", "", summary.unanswered))
        if summary.skipped:
            # Not asked because of the form's skip logic: not a missing answer.
            parts.append(self.tr("%n not asked (skip logic)", "", summary.skipped))
        self.stats = QLabel(" · ".join(parts), objectName="result_stats")
        layout.addWidget(self.stats)
        if summary.has_chart and summary.n:
            layout.addWidget(bar_chart(summary))
        if summary.texts:
            answers = QListWidget(objectName="result_texts")
            answers.setWordWrap(True)
            answers.addItems(list(summary.texts))
            answers.setMaximumHeight(min(24 * len(summary.texts) + 12, 220))
            answers.setAccessibleName(summary.label)
            layout.addWidget(answers)
        elif not summary.n:
            layout.addWidget(QLabel(self.tr("No answers yet.")))


class ResultsView(QWidget):
    def __init__(self, store: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_view")
        self.store = store
        self.form: FormRecord | None = None
        self.summary: FormSummary | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.total = QLabel(objectName="results_total")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        bar.addWidget(self.total)
        bar.addStretch(1)
        self.filter_label = QLabel()
        self.filter = QComboBox(objectName="results_filter")
        self.filter.setMinimumContentsLength(30)
        self.filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter.currentIndexChanged.connect(self.refresh)
        self.filter_label.setBuddy(self.filter)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter)
        bar.addSpacing(24)
        self.language_label = QLabel()
        self.language = FormLanguageBox("results_language")
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_label.setBuddy(self.language)
        bar.addWidget(self.language_label)
        bar.addWidget(self.language)
        layout.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.overview: ResultsOverview | None = None
        self.cards: dict[str, QuestionCard] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Show:"))
        self.language_label.setText(self.tr("Questions and answers &in:"))
        if self.filter.count():
            self.filter.setItemText(0, self.tr("All responses"))
        self.refresh()

    def set_form(self, form: FormRecord | None) -> None:
        same = form is not None and self.form is not None and form.id == self.form.id
        current = self.filter.currentData() if same else None
        self.form = form
        # A language picked for this form stays; else the interface language (FormLanguageBox).
        self.language.set_form(form)
        self._fill_filter(current)
        self.refresh()

    def _code(self) -> str:
        return self.language.code(self.form.language if self.form else "en")

    def _language_changed(self) -> None:
        self._fill_filter(self.filter.currentData())
        self.refresh()

    def _fill_filter(self, current: str | None) -> None:
        """The filter's choices, labelled in the language shown; ``current`` stays selected."""
        form, language = self.form, self._code()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All responses"), None)
        if form is not None:
            for q in form.questions:
                if q.kind is QuestionKind.SINGLE_CHOICE:
                    question = form.text(q.label, language)
                    seen: set[str] = set()
                    for c in q.choices:
                        if c.name in seen:
                            continue
                        seen.add(c.name)
                        short = question if len(question) <= 40 else question[:39] + "\u2026"
                        caption = self.tr("{choice} ({question})").format(
                            choice=c.text(language, form.languages), question=short
                        )
                        self.filter.addItem(caption, f"{q.name}\t{c.name}")
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
        self.filter.blockSignals(False)

    def refresh(self) -> None:
        if self.form is None:
            self.summary = None
            self.total.clear()
            self.scroll.setWidget(QLabel(self.tr("Choose or create a form first."),
                                         alignment=Qt.AlignmentFlag.AlignCenter))  # fmt: skip
            return
        chosen = self.filter.currentData()
        question, choice = chosen.split("\t", 1) if chosen else (None, None)
        self.summary = ev.form_summary(self.store, self.form.id, self._code(),
                                       filter_question=question,
                                       filter_choice=choice)  # type: ignore[arg-type]  # fmt: skip
        text = self.tr("%n response(s)", "", self.summary.responses)
        if self.summary.filter_label:
            text += " \u2014 " + self.summary.filter_label
        self.total.setText(text)
        page = QWidget(objectName="results_page")
        layout = QVBoxLayout(page)
        # Parented before it is filled: showing a parentless view would open a window of its own.
        self.overview = ResultsOverview(page)
        layout.addWidget(self.overview)
        self.overview.show_summary(self.form, self.summary)
        self.overview.activated.connect(self._show_card)
        self.overview.clicked.connect(self._show_card)
        locale = QLocale()
        self.cards = {}
        for summary in self.summary.questions:
            card = QuestionCard(summary, locale)
            self.cards[summary.name] = card
            layout.addWidget(card)
        layout.addStretch(1)
        position = self.scroll.verticalScrollBar().value()
        self.scroll.setWidget(page)
        self.scroll.verticalScrollBar().setValue(position)

    def _show_card(self, index: QModelIndex) -> None:
        """Scroll to the chart of the overview row ``index``."""
        summary = self.overview.summary_at(index.row()) if self.overview is not None else None
        card = self.cards.get(summary.name) if summary is not None else None
        if card is not None:
            self.scroll.verticalScrollBar().setValue(card.y())
