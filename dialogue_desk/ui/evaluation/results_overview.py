"""The overview at the top of the results: one compact row per question (n, mean, median, the
answer chosen most), as the workbook's summary sheet has it; a row opens its chart below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from dialogue_desk.services.evaluation import FormRecord, FormSummary, QuestionSummary
from dialogue_desk.store.enums import QuestionKind
from dialogue_desk.ui.common.record_table_model import RecordTableModel

QUESTION, ANSWERS, MEAN, MEDIAN, MOST = range(5)


class OverviewModel(RecordTableModel):
    """Rows are the form's ``QuestionSummary``s; the scale of a rating comes from the form."""

    HEADER_CONTEXT = "ResultsOverview"
    HEADERS = (
        QT_TRANSLATE_NOOP("ResultsOverview", "Question"),
        QT_TRANSLATE_NOOP("ResultsOverview", "Answers"),
        QT_TRANSLATE_NOOP("ResultsOverview", "Mean"),
        QT_TRANSLATE_NOOP("ResultsOverview", "Median"),
        QT_TRANSLATE_NOOP("ResultsOverview", "Chosen most"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.scales: dict[str, int] = {}
        self.locale = QLocale()

    def show_summary(self, form: FormRecord, summary: FormSummary) -> None:
        self.scales = {
            q.name: q.scale().stop - 1 for q in form.questions if q.kind is QuestionKind.RATING
        }
        self.locale = QLocale()
        self.set_records(q for q in summary.questions if q.kind is not QuestionKind.SECTION)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        summary: QuestionSummary | None = self.record(index.row())
        if summary is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ANSWERS, MEAN, MEDIAN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == QUESTION:
            return summary.label
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == QUESTION:
            return summary.label
        if column == ANSWERS:
            return self.locale.toString(summary.n)
        if column == MEAN:
            return self._mean(summary)
        if column == MEDIAN and summary.median is not None and not summary.categorical:
            return self.locale.toString(summary.median, "g", 4)
        if column == MOST:
            return self._most(summary)
        return None

    def _mean(self, summary: QuestionSummary) -> str:
        if summary.mean is None:
            return ""
        if summary.kind is QuestionKind.YES_NO:
            share = self.locale.toString(summary.mean * 100, "f", 0) + "\u00a0%"
            return QCoreApplication.translate("ResultsOverview", "yes: {share}").format(share=share)
        mean = self.locale.toString(summary.mean, "f", 2)
        top = self.scales.get(summary.name)
        if top is None:
            return mean
        return QCoreApplication.translate("ResultsOverview", "{mean} of {top}").format(
            mean=mean, top=self.locale.toString(top)
        )

    def _most(self, summary: QuestionSummary) -> str:
        if not summary.categorical or not summary.distribution:
            return ""
        best = max(summary.distribution, key=lambda b: b.count)
        if not best.count:
            return ""
        return f"{best.label} ({self.locale.toString(best.count)})"


class ResultsOverview(QTableView):
    """The overview table, as tall as its rows (the page around it scrolls, not the table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_overview")
        self.overview = OverviewModel(self)
        self.setModel(self.overview)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (ANSWERS, MEAN, MEDIAN, MOST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(QCoreApplication.translate("ResultsOverview", "Results overview"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "ResultsOverview", "One row per question; Enter or a click shows its chart below."
            )
        )

    def show_summary(self, form: FormRecord, summary: FormSummary) -> None:
        self.overview.show_summary(form, summary)
        self.resizeRowsToContents()
        rows = self.overview.rowCount()
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(rows))
        self.setFixedHeight(height)
        self.setHidden(rows == 0)

    def summary_at(self, row: int) -> QuestionSummary | None:
        return self.overview.record(row)
