"""Evaluation services: templates, designer operations, responses and summaries."""

from __future__ import annotations

import pytest

from dialogue_desk.services import evaluation as ev
from dialogue_desk.services.errors import ServiceError, ValidationError
from dialogue_desk.services.evaluation import Choice, FormSpec, QuestionData
from dialogue_desk.store.enums import QuestionKind as K
from dialogue_desk.store.enums import ResponseChannel

EVERY_KIND = (
    QuestionData(K.SECTION, {"en": "About you", "et": "Teist"}),
    QuestionData(K.RATING, {"en": "Useful?"}, name="useful", required=True,
                 low_label={"en": "No"}, high_label={"en": "Very"}),
    QuestionData(K.SINGLE_CHOICE, {"en": "Group"}, name="group",
                 choices=(Choice("a", {"en": "Authority"}), Choice("b", {"en": "Association"}))),
    QuestionData(K.MULTIPLE_CHOICE, {"en": "Topics"}, name="topics",
                 choices=(Choice("x", {"en": "X"}), Choice("y", {"en": "Y"}),
                          Choice("z", {"en": "Z"}))),
    QuestionData(K.YES_NO, {"en": "Again?"}, name="again"),
    QuestionData(K.NUMBER, {"en": "Age"}, name="age", scale_min=0, scale_max=120),
    QuestionData(K.SHORT_TEXT, {"en": "Missing?"}, name="missing"),
    QuestionData(K.LONG_TEXT, {"en": "Comments", "ru": "Комментарии"}, name="comments"),
)  # fmt: skip


@pytest.fixture
def form(store, demo_event):
    spec = FormSpec(title="Every kind", languages=("en", "et", "ru"), questions=EVERY_KIND)
    return ev.create_form(store, demo_event, spec)


def test_templates_in_five_languages(store, demo_event):
    for key in ("dialogue", "training"):
        form = ev.create_form_from_template(store, demo_event, key, "lv")
        assert form.languages[0] == "lv" and set(form.languages) == {"en", "et", "lv", "sv", "ru"}
        for q in form.questions:
            assert set(q.label) == {"en", "et", "lv", "sv", "ru"}
    names = {q.name for q in ev.template_spec("dialogue").questions}
    assert {"relevance", "chance_to_speak", "balance", "facilitation", "organisation",
            "learning", "networking", "again", "worked", "improve", "missing"} <= names  # fmt: skip


def test_list_forms_counts_questions_without_headings(store, demo_event, form):
    info = {f.id: f for f in ev.list_forms(store, demo_event)}[form.id]
    assert info.questions == 7 and info.responses == 0


def test_designer_add_edit_move_delete_and_restore(store, form):
    q = ev.add_question(store, form.id, QuestionData(K.SHORT_TEXT, {"en": "Your city?"}), 1)
    assert q.name == "your_city" and ev.get_form(store, form.id).questions[1].id == q.id
    q = ev.update_question(store, q.id, QuestionData(K.SHORT_TEXT, {"en": "Town"}, name="town"))
    assert q.name == "town"
    ev.move_question(store, q.id, 0)
    assert ev.get_form(store, form.id).questions[0].name == "town"
    ev.save_response(store, form.id, {"useful": 4, "town": "Tartu"})
    snapshot = ev.delete_question(store, q.id)
    assert ev.get_form(store, form.id).question("town") is None
    back = ev.restore_question(store, snapshot)
    assert back.position == 0
    assert ev.list_responses(store, form.id)[0].answers["town"] == "Tartu"


def test_designer_refuses_bad_questions(store, form):
    with pytest.raises(ValidationError) as caught:
        ev.add_question(store, form.id, QuestionData(K.SINGLE_CHOICE, {"en": " "}))
    assert {"label", "choices"} <= set(caught.value.problems)
    with pytest.raises(ValidationError):
        ev.add_question(store, form.id, QuestionData(K.SHORT_TEXT, {"en": "x"}, name="useful"))
    with pytest.raises(ValidationError):
        ev.add_question(store, form.id, QuestionData(K.RATING, {"en": "x"}, scale_min=3,
                                                     scale_max=2))  # fmt: skip
    useful = ev.get_form(store, form.id).question("useful")
    ev.save_response(store, form.id, {"useful": 5})
    with pytest.raises(ServiceError):
        ev.update_question(store, useful.id, QuestionData(K.SHORT_TEXT, {"en": "x"}, "useful"))


def test_every_kind_round_trips_through_a_response(store, form):
    answers = {"useful": "5", "group": "b", "topics": ["z", "x"], "again": "yes", "age": "41,5",
               "missing": " Youth ", "comments": "Всё хорошо"}  # fmt: skip
    saved = ev.save_response(store, form.id, answers, channel=ResponseChannel.KIOSK, language="ru")
    assert saved.answers == {"useful": 5, "group": "b", "topics": ["x", "z"], "again": True,
                             "age": 41.5, "missing": "Youth", "comments": "Всё хорошо"}  # fmt: skip
    assert saved.number == 1 and saved.channel is ResponseChannel.KIOSK


def test_validation_names_each_problem_and_stores_nothing(store, form):
    with pytest.raises(ValidationError) as caught:
        ev.save_response(store, form.id, {"group": "c", "topics": ["q"], "again": "maybe",
                                          "age": "old", "nope": 1})  # fmt: skip
    assert set(caught.value.problems) == {"useful", "group", "topics", "again", "age", "nope"}
    with pytest.raises(ValidationError):
        ev.save_response(store, form.id, {"useful": 6})
    with pytest.raises(ValidationError):
        ev.save_response(store, form.id, {"useful": 3, "age": 200})
    assert ev.list_responses(store, form.id) == []


def test_update_delete_restore_response(store, form):
    first = ev.save_response(store, form.id, {"useful": 2})
    second = ev.save_response(store, form.id, {"useful": 3, "comments": "ok"})
    changed = ev.update_response(store, second.id, {"useful": 4})
    assert changed.answers == {"useful": 4} and changed.number == 2
    removed = ev.delete_response(store, first.id)
    assert [r.number for r in ev.list_responses(store, form.id)] == [1]
    ev.restore_response(store, removed)
    assert sorted(r.answers["useful"] for r in ev.list_responses(store, form.id)) == [2, 4]


def test_summary_per_question_and_filter(store, form):
    for useful, group, again, comment in ((5, "a", True, "Хорошо"), (3, "b", False, ""),
                                           (4, "b", True, "Fine")):  # fmt: skip
        ev.save_response(store, form.id, {"useful": useful, "group": group, "again": again,
                                          "comments": comment, "topics": ["x"]})  # fmt: skip
    summary = ev.form_summary(store, form.id, "en")
    by_name = {q.name: q for q in summary.questions}
    assert summary.responses == 3 and "section" not in {q.kind for q in summary.questions}
    useful = by_name["useful"]
    assert (useful.n, useful.mean, useful.median) == (3, 4.0, 4.0)
    assert [b.count for b in useful.distribution] == [0, 0, 1, 1, 1]
    assert useful.distribution[0].label == "1 No"
    assert [(b.label, b.count) for b in by_name["group"].distribution] == [
        ("Authority", 1), ("Association", 2)]  # fmt: skip
    assert by_name["again"].mean == pytest.approx(2 / 3)
    assert by_name["comments"].texts == ("Хорошо", "Fine")
    assert by_name["age"].n == 0 and by_name["age"].mean is None
    filtered = ev.form_summary(store, form.id, "en", filter_question="group", filter_choice="b")
    assert filtered.responses == 2 and filtered.filter_label == "Group: Association"
    headers, rows = ev.response_table(store, form.id, "en")
    assert headers[3] == "Useful?" and rows[0][3] == 5 and rows[0][4] == "Authority"


def test_many_different_numbers_are_grouped_in_ranges(store, form):
    for age in range(20, 60, 2):
        ev.save_response(store, form.id, {"useful": 3, "age": age})
    age = {q.name: q for q in ev.form_summary(store, form.id, "en").questions}["age"]
    assert len(age.distribution) == 8 and sum(b.count for b in age.distribution) == 20
    assert age.distribution[0].label == "20\u201324.75" and age.median == 39
