"""Chart labels in any script, and names mixing two scripts without a space.

Read back with poppler: ``pdftotext`` gives the typed text back, ``pdffonts`` lists the face
of each script; the label layout is checked on its own (no label is wider than its room).
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from dialogue_desk.exchange.pdf import scripts
from dialogue_desk.exchange.pdf.badges import write_badges
from dialogue_desk.exchange.pdf.charts import BarRow, hbar_chart, label_lines
from dialogue_desk.exchange.pdf.layer import FONT
from dialogue_desk.exchange.pdf.output import unprintable_names
from dialogue_desk.exchange.pdf.report import write_report
from dialogue_desk.exchange.pdf.sign_in import write_sign_in_sheet
from dialogue_desk.exchange.pdf.typeset import text_width
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.store import Store
from dialogue_desk.store.enums import QuestionKind, StakeholderGroup
from dialogue_desk.store.models import Answer, EvaluationForm, Participant, Question, Response

DAY = dt.date(2026, 4, 15)
LONG = ("Jag fick veta om dialogen genom en vän som arbetar på kommunen och som tyckte att "
        "jag borde komma eftersom mitt eget arbete med föreningen handlar om samma frågor "
        "varje vecka och varje månad, hela året runt")  # fmt: skip
CHOICES = {
    "ar": "من صديق",  # "from a friend"
    "ru": "От друга",
    "zh": "从朋友那里听说",
    "he": "מחבר",
    "syr": "ܡܢ ܚܒܪܐ",
    "long": LONG,
}


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True)  # fmt: skip
    text = done.stdout.decode("utf-8")
    for mark in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f":
        text = text.replace(mark, "")
    return text


def pdf_fonts(path: Path) -> list[str]:
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    rows = [line.split() for line in done.stdout.splitlines()[2:]]
    assert all(row[-5] == "yes" for row in rows), done.stdout  # every face embedded
    return [row[0].split("+", 1)[-1].replace("-Regular", "") for row in rows]


@pytest.fixture
def world_form(store: Store) -> int:
    """An event whose form's choices are Arabic, Russian, Chinese, Hebrew, Syriac and long."""
    assert len(LONG) >= 200
    record = create_event(
        store,
        EventData(title="Dialog Södertälje", start_date=DAY, end_date=DAY, languages="sv"),
    )
    with store.session() as session:
        form = EvaluationForm(event_id=record.id, title="Utvärdering", languages="sv")
        how = Question(
            position=0, name="how", kind=QuestionKind.SINGLE_CHOICE,
            label={"sv": "Hur fick du veta? / كيف عرفت؟"},
            choices=[{"name": key, "label": {"sv": text}} for key, text in CHOICES.items()],
        )  # fmt: skip
        form.questions.append(how)
        session.add(form)
        session.flush()
        for number, key in enumerate(CHOICES):
            for _ in range(number + 1):
                response = Response(form_id=form.id, event_id=record.id)
                response.answers.append(Answer(question_id=how.id, choices=[key]))
                session.add(response)
    return record.id


def test_chart_labels_print_in_every_script(store: Store, world_form: int, tmp_path: Path) -> None:
    path = write_report(store, world_form, tmp_path / "report.pdf", language="sv")
    text = pdf_text(path)
    for key in ("ar", "ru", "he", "syr"):
        assert CHOICES[key] in text, key
    assert "从朋友那里听说" in "".join(text.split())  # pdftotext may space CJK glyphs
    assert "كيف عرفت؟" in text  # the question title
    # The 200-character label is cut with an ellipsis, its start kept.
    assert "Jag fick veta om dialogen" in text
    assert "året runt" not in text and "…" in text
    faces = pdf_fonts(path)
    for face in ("NotoSansArabic", "NotoSansHebrew", "NotoSansSyriac", "DejaVuSans"):
        assert face in faces, (face, faces)
    assert any(not f.startswith(("DejaVu", "Noto")) for f in faces), faces  # CJK, system font
    assert unprintable_names(path) == []


def test_chart_labels_wrap_and_end_in_an_ellipsis() -> None:
    width = 120.0
    lines = label_lines(LONG, FONT, 7.5, width)
    assert len(lines) == 2
    assert lines[0].startswith("Jag fick") and lines[1].endswith("…")
    assert all(text_width(line, FONT, 7.5) <= width for line in lines)
    # A label without spaces (Chinese) breaks between characters.
    chinese = "我们的社区对话活动非常有帮助并且组织得很好" * 3
    lines = label_lines(chinese, FONT, 7.5, 60)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(text_width(line, FONT, 7.5) <= 60 for line in lines)
    assert "".join(lines).rstrip("…") in chinese
    # A long Arabic label: its first words on the first line (read right to left).
    arabic = " ".join(["سمعت عن الحوار من صديق يعمل في البلدية"] * 4)
    lines = label_lines(arabic, FONT, 7.5, width)
    assert len(lines) == 2 and lines[0].startswith("سمعت عن") and lines[1].endswith("…")
    assert all(text_width(line, FONT, 7.5) <= width for line in lines)
    # Short labels stay whole, in any script.
    assert label_lines("من صديق", FONT, 7.5, width) == ["من صديق"]


def test_a_chart_is_as_high_as_its_labels_need() -> None:
    rows = [BarRow("Kort", (3.0,)), BarRow(LONG, (1.0,))]
    chart = hbar_chart(rows, width=400)
    width, height = chart.wrap(400, 1000)
    assert width == 400
    one = hbar_chart([BarRow("Kort", (3.0,))], width=400).wrap(400, 1000)[1]
    assert height > 2 * one - 10  # the long label takes two lines


#: (first, last): names mixing two scripts without a space between them.
MIXED = [
    ("Anna-Мария", "Kask"),
    ("Aliعلي", "Hassan"),
    ("李Wei", "Zhang"),
    ("ܐܦܪܝܡJohn", "Smith"),
]


def test_a_word_mixing_directions_is_split_into_its_runs() -> None:
    assert scripts.direction_parts("Aliعلي") == [(0, 3), (3, 6)]
    assert scripts.direction_parts("Anna-Мария") == [(0, 10)]
    assert scripts.direction_parts("كلمة10") == [(0, 6)]  # digits stay with their word
    words, rtl = scripts.visual_words("Aliعلي Hassan")
    assert words == ["Ali", "علي", " ", "Hassan"] and not rtl
    # A right-to-left line puts the Latin part on the left of the Arabic one.
    words, rtl = scripts.visual_words("عليAli")
    assert words == ["Ali", "علي"] and rtl
    families = [run.family for run in scripts.runs("李Wei")]
    assert families[0] != families[-1] and families[-1] == "DejaVuSans"


def test_names_mixing_scripts_print_each_part_in_its_face(store: Store, tmp_path: Path) -> None:
    record = create_event(store, EventData(title="Blandat", start_date=DAY, end_date=DAY))
    with store.session() as session:
        for first, last in MIXED:
            session.add(
                Participant(event_id=record.id, first_name=first, last_name=last,
                            organisation="Org李Ltd", stakeholder_group=StakeholderGroup.NGO,
                            consent_listed=True, search_key="")
            )  # fmt: skip
    sheet = write_sign_in_sheet(store, record.id, tmp_path / "sheet.pdf", language="en")
    badges = write_badges(store, record.id, tmp_path / "badges.pdf", language="en")
    for path in (sheet, badges):
        # pdftotext may put a space where a badge's line changes face; the letters and their
        # order are what matter.
        text = "".join(pdf_text(path).split())
        assert "Anna-Мария" in text
        assert "Aliعلي" in text
        assert "李Wei" in text
        assert "ܐܦܪܝܡ" in text and "John" in text
        assert "Org李Ltd" in text
        faces = pdf_fonts(path)
        assert any(face.startswith("NotoSansArabic") for face in faces), faces
        assert "NotoSansSyriac" in faces, faces
        assert any(not f.startswith(("DejaVu", "Noto")) for f in faces), faces
        assert unprintable_names(path) == []
    assert "Smith, ܐܦܪܝܡJohn" in pdf_text(sheet)


def test_rating_end_labels_when_the_question_has_them() -> None:
    """A rating's end labels from the form name its first and last points in the chart."""
    import dataclasses

    from dialogue_desk.exchange.pdf.evaluation import summarise
    from dialogue_desk.services.snapshot import QuestionEntry

    base = QuestionEntry(id=1, form_id=1, position=0, name="useful", kind=QuestionKind.RATING,
                         label={"ar": "مفيد"}, scale_min=1, scale_max=5, choices=())  # fmt: skip
    plain_counts = summarise(base, [], "ar", "ar").counts
    assert [label for label, _n in plain_counts] == ["1", "2", "3", "4", "5"]
    labelled = dataclasses.replace(
        base, low_label={"ar": "غير مفيد"}, high_label={"ar": "مفيد جدا"}
    )
    labels = [label for label, _n in summarise(labelled, [], "ar", "ar").counts]
    assert labels == ["1 غير مفيد", "2", "3", "4", "5 مفيد جدا"]


def test_the_snapshot_carries_the_end_labels(store: Store) -> None:
    from dialogue_desk.services.snapshot import load_snapshot

    record = create_event(store, EventData(title="Ends", start_date=DAY, end_date=DAY))
    with store.session() as session:
        form = EvaluationForm(event_id=record.id, title="Ends", languages="et")
        form.questions.append(Question(position=0, name="useful", kind=QuestionKind.RATING,
                                       label={"et": "Kasulik?"}, scale_min=1, scale_max=5,
                                       low_label={"et": "Üldse mitte"},
                                       high_label={"et": "Väga"}))  # fmt: skip
        session.add(form)
    question = load_snapshot(store, record.id).forms[0].questions[0]
    assert question.low_label == {"et": "Üldse mitte"} and question.high_label == {"et": "Väga"}


def test_a_chart_of_many_choices_goes_on_over_the_next_page(store: Store, tmp_path: Path) -> None:
    record = create_event(store, EventData(title="Länder", start_date=DAY, end_date=DAY))
    countries = [f"Land {n:03d}" for n in range(150)]
    with store.session() as session:
        form = EvaluationForm(event_id=record.id, title="Ursprung", languages="sv")
        where = Question(position=0, name="where", kind=QuestionKind.SINGLE_CHOICE,
                         label={"sv": "Var kommer du ifrån?"},
                         choices=[{"name": f"c{n}", "label": {"sv": text}}
                                  for n, text in enumerate(countries)])  # fmt: skip
        form.questions.append(where)
        session.add(form)
        session.flush()
        response = Response(form_id=form.id, event_id=record.id)
        response.answers.append(Answer(question_id=where.id, choices=["c7"]))
        session.add(response)
    path = write_report(store, record.id, tmp_path / "report.pdf", language="sv")
    text = pdf_text(path)
    for country in countries:
        assert country in text, country
    pages = [page for page in text.split("\f") if "Land " in page]
    assert len(pages) >= 2  # the chart is split, not refused as too large
