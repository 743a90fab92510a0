"""Evaluation results in the workbook: labels, categories and skipped answers."""

from __future__ import annotations

import openpyxl

from dialogue_desk.exchange.workbook.event import write_event_workbook
from dialogue_desk.store.models import Answer, EvaluationForm, Question, Response


def test_skipped_questions_are_counted_apart_from_unanswered(store, demo_event, tmp_path):
    with store.session() as s:
        form = s.query(EvaluationForm).filter_by(event_id=demo_event).first()
        question = s.query(Question).filter_by(form_id=form.id).order_by(Question.position)[1]
        name, label = question.name, question.label["en"]
        responses = s.query(Response).filter_by(form_id=form.id).order_by(Response.id).all()
        first, second = responses[0], responses[1]
        first.skipped = [name]
        s.query(Answer).filter_by(response_id=first.id, question_id=question.id).delete()
        s.query(Answer).filter_by(response_id=second.id, question_id=question.id).delete()
        total = len(responses)
    book = openpyxl.load_workbook(write_event_workbook(store, demo_event, tmp_path / "e.xlsx"))
    sheet = book["Evaluation summary"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[2] == label)
    values = dict(zip(header, row, strict=False))
    assert values["Skipped (not relevant)"] == 1
    assert values["Unanswered"] == 1
    assert values["Answers"] == total - 2
