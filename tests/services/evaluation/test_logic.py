"""Skip logic, constraints, choice filters and calculations through the response service."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogue_desk.exchange.xlsform import import_xlsform
from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.errors import ValidationError

FORMS = Path(__file__).parents[2] / "fixtures" / "forms"


def form(store, name):
    return import_xlsform(store, FORMS / name, None)


def test_skip_chain_asks_only_what_is_relevant_and_records_the_rest_as_skipped(store):
    f = form(store, "skip_chain.xlsx")
    logic = ev.FormLogic(f)
    state = logic.evaluate({"attended": "no"})
    assert not state.asks("morning") and not state.asks("why_low") and not state.asks("never")
    assert state.asks("comment")
    saved = ev.save_response(store, f.id, {"attended": "no", "morning": 3, "comment": "ok"})
    assert saved.answers == {"attended": False, "comment": "ok"}  # the stray answer is not kept
    assert saved.skipped == ("morning", "why_low", "never")
    assert ev.get_response(store, saved.id).skipped == ("morning", "why_low", "never")
    with pytest.raises(ValidationError) as caught:
        ev.save_response(store, f.id, {"attended": "yes", "morning": 3})
    assert set(caught.value.problems) == {"why_low"}  # required once relevant
    both = ev.save_response(store, f.id, {"attended": "yes", "morning": 8})
    assert both.skipped == ("why_low", "never")


def test_cascading_select_offers_only_the_cities_of_the_country(store):
    f = form(store, "cascade.xlsx")
    state = ev.FormLogic(f).evaluate({"country": "lv"})
    assert state.choices["city"] == ("riga", "other")
    with pytest.raises(ValidationError) as caught:
        ev.save_response(store, f.id, {"country": "lv", "city": "tartu"})
    assert "city" in caught.value.problems
    assert (
        ev.save_response(store, f.id, {"country": "ee", "city": "tartu"}).answers["city"] == "tartu"
    )


def test_constraint_message_in_the_respondents_language(store):
    f = form(store, "constraint.xlsx")
    with pytest.raises(ValidationError) as caught:
        ev.save_response(store, f.id, {"age": 12}, language="et")
    assert caught.value.problems == {"age": "Vanus 16 kuni 120."}
    with pytest.raises(ValidationError) as caught:
        ev.save_response(store, f.id, {"age": 30, "email": "not an address"})
    assert caught.value.problems == {"email": "That is not an e-mail address."}
    assert ev.save_response(store, f.id, {"age": 30, "email": "a@b.ee"}).answers["age"] == 30


def test_a_calculation_is_stored_and_drives_a_relevance(store):
    f = form(store, "calculate.xlsx")
    state = ev.FormLogic(f).evaluate({"sessions": 2, "workshops": 1})
    assert state.computed["total"] == "3" and not state.asks("busy")
    state = ev.FormLogic(f).evaluate({"sessions": 2, "workshops": 3})
    assert state.computed["total"] == "5" and state.asks("busy")
    saved = ev.save_response(store, f.id, {"sessions": 2, "workshops": 3, "busy": "talks"})
    assert saved.answers["total"] == "5" and saved.answers["busy"] == "talks"


def test_everything_defaults_dates_rank_acknowledge_and_hidden(store):
    f = form(store, "everything.xlsx")
    logic = ev.FormLogic(f)
    assert logic.defaults() == {"people": 1}
    answers = {"stake": "other", "stake_other": "Library", "score": 7, "consent": True,
               "topics": ["work", "school", "housing"], "priority": ["school", "work"],
               "day": "2026-05-14", "arrived": "9:05", "left": "2026-05-14 17:30",
               "topics_why": "All matter"}  # fmt: skip
    saved = ev.save_response(store, f.id, answers)
    assert saved.answers["source"] == "kiosk" and saved.answers["n_topics"] == "3"
    assert saved.answers["arrived"] == "09:05" and saved.answers["priority"] == ["school", "work"]
    assert saved.answers["consent"] is True and saved.answers["stake_other"] == "Library"
    with pytest.raises(ValidationError) as caught:
        ev.save_response(store, f.id, {**answers, "day": "2999-01-01", "topics_why": ""})
    assert set(caught.value.problems) == {"day", "topics_why"}  # future date; required expr
    fewer = ev.save_response(store, f.id, {**answers, "topics": ["work"], "stake": "ngo"})
    assert "stake_other" in fewer.skipped and "topics_why" in fewer.skipped


def test_an_expression_the_engine_cannot_run_is_reported_not_fatal():
    with pytest.raises(ev.ExpressionError):
        ev.compile_expression("1 +")
    assert (
        ev.compile_expression("if(selected('a b', 'b'), 'y', 'n')").text(
            __import__("xml.etree.ElementTree").etree.ElementTree.Element("data")
        )
        == "y"
    )


def test_summary_counts_skipped_apart_and_keeps_numeric_codes_as_categories(store):
    f = form(store, "skip_chain.xlsx")
    ev.save_response(store, f.id, {"attended": "no"})
    ev.save_response(store, f.id, {"attended": "yes", "morning": 8})
    ev.save_response(store, f.id, {"attended": "yes", "morning": 9, "comment": "fine"})
    summary = {q.name: q for q in ev.form_summary(store, f.id).questions}
    assert (summary["morning"].n, summary["morning"].skipped, summary["morning"].unanswered) == (
        2, 1, 0)  # fmt: skip
    assert (summary["comment"].skipped, summary["comment"].unanswered) == (0, 2)
    assert summary["attended"].categorical and summary["attended"].bar_label("yes") == "Yes"
    likert = form(store, "likert.xlsx")
    ev.save_response(store, likert.id, {"clear": 4, "heard": 5, "age": "2"})
    ev.save_response(store, likert.id, {"clear": 2, "heard": 5, "age": "3"})
    figures = {q.name: q for q in ev.form_summary(store, likert.id).questions}
    assert figures["clear"].mean == 3 and not figures["clear"].categorical
    assert figures["age"].mean is None and figures["age"].categorical
    assert figures["age"].bar_label("2") == "25-44"
    headers, rows = ev.response_table(store, likert.id)
    assert "25-44" in rows[0]
