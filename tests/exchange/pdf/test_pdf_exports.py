"""PDF exports (summary report, programme, sign-in sheet, badges) read back with poppler."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from dialogue_desk.exchange.pdf.handouts import (
    write_agenda_handout,
    write_badges,
    write_sign_in_sheet,
)
from dialogue_desk.exchange.pdf.report import write_report
from dialogue_desk.i18n import translate_in
from dialogue_desk.services.errors import NotFoundError, ServiceError
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.store import Store, open_store
from dialogue_desk.store.enums import AgendaKind, NoteKind, StakeholderGroup
from dialogue_desk.store.models import ActionItem, AgendaItem, CheckIn, Note, Participant

TRICKY_TITLE = 'Dialogs <Rīga> & "Jõesuu"'
DAY = dt.date(2026, 5, 14)

#: (first, last, organisation, consent to be listed)
PEOPLE = [
    ("Jānis", "Šķēle", "Rīgas dome <pilot>", True),
    ("Светлана", "Смирнова", "Нарвский центр интеграции", True),
    ("Õnne", "Pärnoja", "Tallinna Ülikool", True),
    ("Åsa", "Ångström", "Södertälje kommun", True),
    ("Ģirts", "Ļaudams", "Gribu palīdzēt bēgļiem", False),
]


def pdf_text(path: Path, *, raw: bool = False) -> str:
    """The text of every page; pages are separated by a form feed."""
    options = ["-raw"] if raw else []
    done = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def pdf_pages(path: Path, *, raw: bool = False) -> list[str]:
    return [page for page in pdf_text(path, raw=raw).split("\f") if page.strip()]


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) of every font the PDF uses."""
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    fonts = []
    for line in done.stdout.splitlines()[2:]:
        columns = line.split()
        # name type [encoding...] emb sub uni object-id generation: emb is 5th from the end
        fonts.append((columns[0], columns[-5] == "yes"))
    return fonts


def make_tricky_event(
    store: Store, *, chatham_house: bool = False, title: str = TRICKY_TITLE
) -> int:
    """A one-day event with names in Latvian, Russian, Estonian and Swedish, and markup-like
    text everywhere a user can type."""
    record = create_event(
        store,
        EventData(
            title=title, start_date=DAY, end_date=DAY, city="Jõesuu", country="EE",
            venue="Rand & <Kuursaal>", organiser="Integratsiooni Sihtasutus", languages="et,ru",
            chatham_house=chatham_house, description="Line one\nLine <two> & three",
        ),
    )  # fmt: skip
    with store.session() as session:
        opening = AgendaItem(
            event_id=record.id, day=DAY, position=0, start_time=dt.time(10, 0),
            end_time=dt.time(10, 30), title="Opening <keynote> & welcome",
            kind=AgendaKind.PLENARY, facilitators="Kertu Tamm",
            actual_start=dt.datetime.combine(DAY, dt.time(10, 5)),
            actual_end=dt.datetime.combine(DAY, dt.time(10, 50)),
        )  # fmt: skip
        panel = AgendaItem(
            event_id=record.id, day=DAY, position=1, start_time=dt.time(10, 30),
            end_time=dt.time(11, 30), title="Panel", kind=AgendaKind.PANEL,
            actual_start=dt.datetime.combine(DAY, dt.time(10, 50)),
            actual_end=dt.datetime.combine(DAY, dt.time(11, 40)),
        )  # fmt: skip
        session.add_all([opening, panel])
        session.flush()
        for first, last, organisation, listed in PEOPLE:
            person = Participant(
                event_id=record.id, first_name=first, last_name=last, organisation=organisation,
                stakeholder_group=StakeholderGroup.NGO, consent_listed=listed,
                email=f"{len(last)}@example.org", search_key="",
            )  # fmt: skip
            session.add(person)
            session.flush()
            session.add(
                CheckIn(event_id=record.id, participant_id=person.id, day=DAY,
                        checked_in_at=dt.datetime.combine(DAY, dt.time(9, 50)))
            )  # fmt: skip
        session.add(
            Note(event_id=record.id, agenda_item_id=opening.id, kind=NoteKind.DECISION,
                 text="Budget < 5000 € & approved by <b>all</b>", author="Mari Kask")
        )  # fmt: skip
        session.add(
            Note(event_id=record.id, agenda_item_id=opening.id, kind=NoteKind.QUOTE,
                 text="«Мы готовы»", author="Светлана Смирнова", position=1)
        )  # fmt: skip
        action = Note(event_id=record.id, agenda_item_id=panel.id, kind=NoteKind.ACTION_ITEM,
                      text="Send the minutes", author="Mari Kask", position=2)  # fmt: skip
        action.action_item = ActionItem(owner="Jānis Šķēle", organisation="Rīgas dome",
                                        due_date=dt.date(2026, 6, 1))  # fmt: skip
        session.add(action)
    return record.id


LANGUAGES = ["en", "et", "lv", "sv", "ru"]


def assert_all_fonts_embedded(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert fonts, "the PDF uses no font at all"
    assert all(embedded for _, embedded in fonts), fonts
    assert all("DejaVu" in name or "Noto" in name for name, _ in fonts), fonts


@pytest.fixture
def tricky_event(store: Store) -> int:
    return make_tricky_event(store)


# --- the summary report --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_in_every_language_embeds_fonts_and_spells_names_right(
    store: Store, tricky_event: int, tmp_path: Path, language: str
) -> None:
    path = write_report(store, tricky_event, tmp_path / f"report-{language}.pdf", language=language)
    assert path == tmp_path / f"report-{language}.pdf"
    assert_all_fonts_embedded(path)
    text = pdf_text(path)
    assert TRICKY_TITLE in text
    for first, last, _, listed in PEOPLE:
        assert (f"{last}, {first}" in text) is listed
    assert "Нарвский центр интеграции" in text
    assert "«Мы готовы»" in text


def test_report_prints_markup_like_text_literally(
    store: Store, tricky_event: int, tmp_path: Path
) -> None:
    text = pdf_text(write_report(store, tricky_event, tmp_path / "r.pdf"))
    assert 'Dialogs <Rīga> & "Jõesuu"' in text
    assert "Opening <keynote> & welcome" in text
    assert "Budget < 5000 € & approved by <b>all</b>" in text
    assert "Rīgas dome <pilot>" in text
    assert "Rand & <Kuursaal>" in text
    assert "Line <two> & three" in text


def test_report_content_sections(store: Store, tricky_event: int, tmp_path: Path) -> None:
    text = pdf_text(write_report(store, tricky_event, tmp_path / "r.pdf"))
    for section in ("Key figures", "Attendance", "Agenda as run", "Notes and decisions",
                    "Action items", "Evaluation", "Participants"):  # fmt: skip
        assert section in text
    # Opening planned 30 minutes, ran 45: an overrun of 15 minutes; the panel ran 50 of 60.
    assert "+15 min" in text
    assert "-10 min" in text
    assert "Send the minutes" in text and "Jānis Šķēle" in text
    assert "— Светлана Смирнова" in text  # quotes are attributed without Chatham House
    assert "Listed here with their consent: 4 of 5 participants." in text


def test_every_page_has_header_footer_and_page_x_of_y(
    store: Store, demo_event: int, tmp_path: Path
) -> None:
    pages = pdf_pages(write_report(store, demo_event, tmp_path / "r.pdf"))
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Generated on" in page
        assert "Dialogue platform Tallinn" in page


def test_long_report_has_contents_and_short_one_has_not(
    store: Store, demo_event: int, tricky_event: int, tmp_path: Path
) -> None:
    long_path = write_report(store, demo_event, tmp_path / "long.pdf")
    long_text = pdf_text(long_path)
    assert "Contents" in long_text
    # Laid out once, the contents still give each section's real page.
    pages = pdf_pages(long_path)
    layout = subprocess.run(["pdftotext", "-layout", "-l", "1", str(long_path), "-"],
                            capture_output=True, check=True).stdout.decode("utf-8")  # fmt: skip
    for title in ("Attendance", "Evaluation", "Participants"):
        line = next(line for line in layout.splitlines() if line.strip().startswith(title))
        page = int(line.split()[-1])
        assert pages[page - 1].lstrip().startswith(title) or f"\n{title}\n" in pages[page - 1]
    short_text = pdf_text(write_report(store, tricky_event, tmp_path / "short.pdf"))
    assert "Contents" not in short_text


def test_pseudonymised_report_names_nobody(store: Store, tricky_event: int, tmp_path: Path) -> None:
    text = pdf_text(write_report(store, tricky_event, tmp_path / "p.pdf", pseudonymise=True))
    for first, last, _, _ in PEOPLE:
        assert last not in text and first not in text
    assert "@example.org" not in text
    assert "Pseudonymised" in text
    assert "Send the minutes" in text  # the content stays
    assert "Rīgas dome <pilot>" not in text  # no participant list at all


def test_chatham_house_report_has_no_list_and_no_attribution(store: Store, tmp_path: Path) -> None:
    event = make_tricky_event(store, chatham_house=True)
    text = pdf_text(write_report(store, event, tmp_path / "c.pdf"))
    assert "Chatham House" in text
    assert "Смирнова" not in text  # neither listed nor quoted by name
    assert "«Мы готовы»" in text
    assert "Åsa" not in text


def test_demo_report_charts_and_evaluation(store: Store, demo_event: int, tmp_path: Path) -> None:
    from dialogue_desk.i18n import translate_in

    path = write_report(store, demo_event, tmp_path / "demo.pdf", language="sv")
    assert_all_fonts_embedded(path)
    text = pdf_text(path)
    assert translate_in("sv", "Report", "By stakeholder group") == "Per intressentgrupp"
    assert "Per intressentgrupp" in text
    assert "n = 12" in text  # 12 demo responses, every rating answered
    assert "medel" in text


def test_empty_event_still_gives_a_report(store: Store, tmp_path: Path) -> None:
    record = create_event(store, EventData(title="Nothing yet", start_date=DAY, end_date=DAY))
    text = pdf_text(write_report(store, record.id, tmp_path / "e.pdf"))
    assert "Nothing yet" in text
    assert "No evaluation responses yet." in text
    assert "The agenda is empty." in text


def test_practice_store_marks_every_page(data_home: Path, tmp_path: Path) -> None:
    from dialogue_desk.services.demo import create_demo_event

    with open_store(data_home / "practice.sqlite") as practice:
        event = create_demo_event(practice, participants=30, responses=5, seed=3)
        pages = pdf_pages(
            write_report(practice, event, tmp_path / "p.pdf", language="en"), raw=True
        )
        badges = pdf_pages(
            write_badges(practice, event, tmp_path / "b.pdf", language="en"), raw=True
        )
        estonian = pdf_pages(
            write_report(practice, event, tmp_path / "et.pdf", language="et"), raw=True
        )
    assert len(pages) > 1 and len(badges) == 4
    # The watermark is rotated: poppler gives it a letter per line.
    assert all("PRACTICE" in "".join(page.split()) for page in pages + badges)
    # ...and it is in the report's language.
    assert all("HARJUTUS" in "".join(page.split()) for page in estonian)


def test_report_errors_are_clear_and_leave_files_alone(
    store: Store, tricky_event: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ServiceError, match="does not exist"):
        write_report(store, tricky_event, tmp_path / "missing" / "r.pdf")
    with pytest.raises(ServiceError, match="folder"):
        write_report(store, tricky_event, tmp_path)
    with pytest.raises(ServiceError, match="report language"):
        write_report(store, tricky_event, tmp_path / "r.pdf", language="de")
    with pytest.raises(NotFoundError):
        write_report(store, 999, tmp_path / "r.pdf")

    target = tmp_path / "kept.pdf"
    target.write_bytes(b"earlier report")

    def broken_build(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    from dialogue_desk.exchange.pdf import layer as pdf_layer

    monkeypatch.setattr(pdf_layer.ReportDocument, "build", broken_build)
    monkeypatch.setattr(pdf_layer.ReportDocument, "multiBuild", broken_build)
    with pytest.raises(ServiceError, match="The disk is full"):
        write_report(store, tricky_event, target)
    assert target.read_bytes() == b"earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "kept.pdf"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_read_only_folder_gives_a_service_error(
    store: Store, tricky_event: int, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ServiceError, match="read-only"):
            write_report(store, tricky_event, folder / "r.pdf")
    finally:
        folder.chmod(0o700)


# --- handouts ------------------------------------------------------------------------------


def test_agenda_handout_in_the_events_language(
    store: Store, tricky_event: int, tmp_path: Path
) -> None:
    path = write_agenda_handout(store, tricky_event, tmp_path / "a.pdf")
    assert_all_fonts_embedded(path)
    text = pdf_text(path)
    assert "Opening <keynote> & welcome" in text
    assert "10:00–10:30" in text
    assert "Kertu Tamm" in text
    assert "Neljapäev, 14. mai 2026" in text  # the event's first language is Estonian


def test_sign_in_sheet_lists_everyone_by_last_name(
    store: Store, tricky_event: int, tmp_path: Path
) -> None:
    path = write_sign_in_sheet(store, tricky_event, tmp_path / "s.pdf", language="sv")
    assert_all_fonts_embedded(path)
    text = pdf_text(path)
    names = [f"{last}, {first}" for first, last, _, _ in PEOPLE]
    assert all(name in text for name in names)  # consent to be listed is not asked here
    positions = [text.index(name) for name in names]
    # Swedish order: L, P, Š (as S), Å, then Cyrillic.
    expected = ["Ļaudams, Ģirts", "Pärnoja, Õnne", "Šķēle, Jānis", "Ångström, Åsa",
                "Смирнова, Светлана"]  # fmt: skip
    assert [names[i] for i in sorted(range(5), key=positions.__getitem__)] == expected
    assert "2026-05-14" in text  # one box per day, headed by its date


def test_badges_eight_to_a_page(store: Store, demo_event: int, tmp_path: Path) -> None:
    path = write_badges(store, demo_event, tmp_path / "b.pdf", language="ru")
    assert_all_fonts_embedded(path)
    assert len(pdf_pages(path)) == 5  # 40 participants


def test_badges_for_chosen_participants(store: Store, tricky_event: int, tmp_path: Path) -> None:
    from dialogue_desk.services.snapshot import load_snapshot

    people = load_snapshot(store, tricky_event).participants
    chosen = [p.id for p in people if p.last_name in ("Смирнова", "Šķēle")]
    text = pdf_text(write_badges(store, tricky_event, tmp_path / "b.pdf", participant_ids=chosen))
    assert "Светлана Смирнова" in text and "Jānis Šķēle" in text
    assert "Pärnoja" not in text
    assert "Rīgas dome <pilot>" in text
    with pytest.raises(ServiceError):
        write_badges(store, tricky_event, tmp_path / "none.pdf", participant_ids=[])


def test_progress_rises_and_a_cancellation_leaves_no_file(
    store: Store, demo_event: int, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    write_report(store, demo_event, tmp_path / "r.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert all(a[0] < b[0] for a, b in zip(seen, seen[1:], strict=False))

    class CancelledError(ServiceError):
        pass

    def cancel(done: int, total: int) -> None:
        if done > total // 2:
            raise CancelledError("stopped")

    with pytest.raises(CancelledError):
        write_report(store, demo_event, tmp_path / "c.pdf", progress=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "r.pdf"]


def test_very_long_text_splits_across_pages(
    store: Store, tricky_event: int, tmp_path: Path
) -> None:
    long_text = "Rīga <Смирнова> & Jõesuu " * 600
    with store.session() as session:
        note = Note(event_id=tricky_event, kind=NoteKind.ACTION_ITEM, text=long_text)
        note.action_item = ActionItem(owner="Kertu Tamm")
        session.add(note)
        session.add(
            AgendaItem(event_id=tricky_event, day=DAY, position=3, start_time=dt.time(12),
                       end_time=dt.time(13), title="Long", description=long_text)
        )  # fmt: skip
    report = write_report(store, tricky_event, tmp_path / "r.pdf")
    assert len(pdf_pages(report)) > 3
    handout = write_agenda_handout(store, tricky_event, tmp_path / "a.pdf")
    assert len(pdf_pages(handout)) > 1


# --- the shared layer ----------------------------------------------------------------------


def test_escaping_keeps_user_text_literal() -> None:
    from dialogue_desk.exchange.pdf.layer import esc, plain

    assert esc('<b>Rīga</b> & "Jõesuu"') == '&lt;b&gt;Rīga&lt;/b&gt; &amp; "Jõesuu"'
    assert esc("one\ntwo\r\nthree") == "one<br/>two<br/>three"
    assert plain("bell\x07 and\ttab\x00") == "bell and tab"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "14 May 2026"), ("et", "14. mai 2026"), ("sv", "14 maj 2026"),
     ("ru", "14 мая 2026\u202fг."), ("lv", "2026. gada 14. maijs")],
)  # fmt: skip
def test_dates_in_the_documents_language(language: str, expected: str) -> None:
    from dialogue_desk.exchange.pdf.layer import format_date

    assert format_date(DAY, language) == expected


# --- the handouts command ------------------------------------------------------------------


def test_handouts_command_writes_all_three(
    store: Store,
    store_path: Path,
    tricky_event: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dialogue_desk import cli

    files = [tmp_path / name for name in ("programme.pdf", "sign-in.pdf", "badges.pdf")]
    code = cli.main(["handouts", str(tricky_event), "--programme", str(files[0]),
                     "--sign-in", str(files[1]), "--badges", str(files[2]), "--lang", "lv",
                     "--db", str(store_path)])  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.split() == [str(f) for f in files]
    assert "Šķēle, Jānis" in pdf_text(files[1])


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["handouts", "1"], "say what to write"),
     (["handouts", "1", "--badges", "b.pdf", "--lang", "de"], "unknown language"),
     (["handouts", "999", "--badges", "b.pdf"], "no event"),
     (["handouts", "1", "--badges", "/nonexistent/folder/b.pdf"], "does not exist")],
)  # fmt: skip
def test_handouts_command_errors_are_one_line(
    store: Store, store_path: Path, tricky_event: int, capsys: pytest.CaptureFixture[str],
    argv: list[str], message: str,
) -> None:  # fmt: skip
    from dialogue_desk import cli

    assert cli.main([*argv, "--db", str(store_path)]) != 0
    error = capsys.readouterr().err.strip()
    assert message in error and "\n" not in error and "Traceback" not in error


def test_evaluation_choices_numbers_and_ratings(
    store: Store, tricky_event: int, tmp_path: Path
) -> None:
    from dialogue_desk.store.enums import QuestionKind
    from dialogue_desk.store.models import Answer, EvaluationForm, Question, Response

    with store.session() as session:
        form = EvaluationForm(event_id=tricky_event, title="Tagasiside", languages="et,ru")
        how = Question(
            position=0,
            name="how",
            kind=QuestionKind.SINGLE_CHOICE,
            label={"et": "Kuidas kuulsite?", "ru": "Как вы узнали?"},
            choices=[
                {"name": "a", "label": {"et": "Veebist <link>", "ru": "Сайт"}},
                {"name": "b", "label": {"et": "Sõbralt", "ru": "От друга"}},
            ],
        )
        age = Question(position=1, name="age", kind=QuestionKind.NUMBER, label={"et": "Vanus"})
        mark = Question(position=2, name="mark", kind=QuestionKind.RATING, label={"et": "Hinne"},
                        scale_min=1, scale_max=10)  # fmt: skip
        form.questions += [how, age, mark]
        session.add(form)
        session.flush()
        for i in range(4):
            response = Response(form_id=form.id, event_id=tricky_event)
            response.answers += [Answer(question_id=how.id, choices=["a" if i < 3 else "b"]),
                                 Answer(question_id=age.id, number=20 + i * 10),
                                 Answer(question_id=mark.id, number=7 + i)]  # fmt: skip
            session.add(response)
    text = pdf_text(write_report(store, tricky_event, tmp_path / "r.pdf", language="et"))
    assert "Kuidas kuulsite?" in text and "Veebist <link>" in text
    assert "3 (75 %)" in text and "1 (25 %)" in text
    mean = translate_in("et", "Report", "mean {value}")
    assert mean.format(value="35,0") in text  # Estonian decimal comma
    assert translate_in("et", "Report", "from {low} to {high}").format(low=20, high=50) in text
    assert mean.format(value="8,50") in text
    ru = pdf_text(write_report(store, tricky_event, tmp_path / "ru.pdf", language="ru"))
    assert "Как вы узнали?" in ru and "От друга" in ru
    assert "Vanus" in ru  # no Russian label: the form's first language


def test_contents_print_markup_like_titles_literally(
    store: Store, tricky_event: int, tmp_path: Path
) -> None:
    with store.session() as session:
        session.add_all(
            Participant(event_id=tricky_event, first_name=f"Ülle {i}", last_name="Kõiv",
                        consent_listed=True)
            for i in range(120)
        )  # fmt: skip
    first_page = pdf_pages(write_report(store, tricky_event, tmp_path / "r.pdf"))[0]
    assert "Contents" in first_page
    assert "Opening <keynote> & welcome" in first_page
