"""Every fixture written as the tools export it imports, with names, countries and times right."""

from __future__ import annotations

import datetime as dt
import resource
from pathlib import Path

import pytest

from dialogue_desk.exchange.agenda_sheet import read_agenda
from dialogue_desk.exchange.registrations import import_participants, plan_file
from dialogue_desk.services import agenda
from dialogue_desk.services.checkin import ImportRefusedError, list_participants
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.services.import_preview import RowAction
from dialogue_desk.store.enums import AgendaKind

FIXTURES = Path(__file__).parents[1] / "fixtures" / "imports"
THURSDAY = dt.date(2026, 4, 2)


@pytest.fixture
def event_id(store):  # type: ignore[no-untyped-def]
    data = EventData(title="Forum", start_date=THURSDAY, end_date=THURSDAY + dt.timedelta(1))
    return create_event(store, data).id


def _people(store, event_id):  # type: ignore[no-untyped-def]
    return {(p.first_name, p.last_name): p for p in list_participants(store, event_id)}


def test_zoom_report_one_person_per_join_merged(store, event_id):  # type: ignore[no-untyped-def]
    result = import_participants(store, event_id, FIXTURES / "zoom_participants.csv")
    people = _people(store, event_id)
    assert result.imported == 6 and result.repeated == 3 == result.skipped + result.merged
    # The meeting block above the header is skipped and said so.
    assert any("row 4" in w for w in result.warnings)
    assert ("Ольга", "Смирнова") in people  # renamed "Ольга (Ольга Смирнова)"
    assert ("Mati", "Kask") in people  # "Mati Kask (iPhone)"
    assert people[("Kadri", "Tamm")].email == "kadri.tamm@example.ee"
    assert {"Join Time", "Leave Time", "Duration (Minutes)"} <= set(result.unknown_columns)
    # "Recording Consent" is consent to the meeting being recorded, not to photos at the event.
    assert not any(p.consent_photos for p in people.values())
    assert "Recording Consent" not in result.unknown_columns
    assert any("\u201cRecording Consent\u201d was not imported" in w and "photos" in w
               for w in result.warnings)  # fmt: skip


def test_eventbrite_attendees_with_countries_by_name_and_code(store, event_id):  # type: ignore[no-untyped-def]
    result = import_participants(store, event_id, FIXTURES / "eventbrite_attendees.csv")
    people = _people(store, event_id)
    assert result.imported == 5 and not result.warnings
    assert {p.country for p in people.values()} == {"EE", "IT", "BD", "US", "UA"}
    liis = people[("Liis", "Kuusk")]
    assert liis.organisation == "Tallinn City Government" and liis.role == "Project manager"
    assert liis.phone == "+372 5123 4567"
    assert "Attendee #" in result.unknown_columns and "Order #" in result.unknown_columns


def test_google_forms_questions_recognised_and_resubmission_merged(store, event_id):  # type: ignore[no-untyped-def]
    plan = plan_file(store, event_id, FIXTURES / "google_forms_responses.xlsx")
    fields = set(plan.mapping.values())
    assert {"email", "full_name", "organisation", "country", "phone", "consent_photos"} <= fields
    assert plan.unknown_columns == ["Timestamp", "How did you hear about the event?"]
    assert [r.action for r in plan.rows].count(RowAction.MERGE) == 1
    import_participants(store, event_id, FIXTURES / "google_forms_responses.xlsx")
    ilze = _people(store, event_id)[("Ilze", "Ozola")]
    assert ilze.country == "LV" and ilze.phone == "+371 2000 0000" and not ilze.consent_photos
    assert _people(store, event_id)[("Peeter", "Saar")].consent_photos


def test_french_list_from_excel_in_windows_1252(store, event_id):  # type: ignore[no-untyped-def]
    import_participants(store, event_id, FIXTURES / "liste_fr.csv")
    people = _people(store, event_id)
    assert set(people) == {("Amélie", "DUPONT"), ("François", "Lefèvre"), ("Jürgen", "Müller"),
                           ("Aïssatou", "N'Diaye")}  # fmt: skip
    assert people[("François", "Lefèvre")].country == "BE"
    assert people[("Jürgen", "Müller")].country == "DE"  # "Allemagne"


def test_ukrainian_pib_list_keeps_patronymics_with_first_names(store, event_id):  # type: ignore[no-untyped-def]
    import_participants(store, event_id, FIXTURES / "spysok_uk.csv")
    people = _people(store, event_id)
    assert ("Петро Олександрович", "Іваненко") in people
    assert people[("Олена Іванівна", "Коваленко")].country == "EE"  # "Естонія"
    assert ("Андрій", "Шевчук") in people


def test_mixed_encoding_is_imported_with_a_warning_naming_the_row(store, event_id):  # type: ignore[no-untyped-def]
    result = import_participants(store, event_id, FIXTURES / "mixed_encoding.csv")
    people = _people(store, event_id)
    assert ("Jüri", "Õunapuu") in people and ("Jürgen", "Müller") in people
    assert not any("Ã" in p.first_name + p.last_name for p in people.values())
    assert any(w.startswith("Rows 4 ") and "UTF-8" in w for w in result.warnings)


def test_a_workbook_declaring_a_million_rows_reads_only_its_data(store, event_id):  # type: ignore[no-untyped-def]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = import_participants(store, event_id, FIXTURES / "million_rows.xlsx")
    assert result.imported == 80
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 300


def test_conference_programme_with_weekdays_and_ranges(store, event_id):  # type: ignore[no-untyped-def]
    preview = read_agenda(FIXTURES / "conference_programme.xlsx", THURSDAY,
                          last_day=THURSDAY + dt.timedelta(1))  # fmt: skip
    assert preview.sound, preview.rows
    items = {i.title: i for i in preview.items}
    assert items["Registration and coffee"].day == THURSDAY
    assert items["World café"].day == THURSDAY + dt.timedelta(1)
    assert (items["Workshops in groups"].start_time, items["Workshops in groups"].end_time) == (
        dt.time(13), dt.time(14, 30))  # fmt: skip
    assert items["World café"].end_time == dt.time(10)  # "9-10"
    assert items["Networking evening"].end_time == dt.time(23, 59)  # "12:00 AM"
    assert items["Lunch"].kind is AgendaKind.LUNCH
    assert items["Panel discussion: cities that listen"].kind is AgendaKind.PANEL
    assert items["Opening plenary"].facilitators == "Mayor; Minister"
    assert agenda.import_agenda(store, event_id, preview) == 9


def test_german_programme_with_uhr_and_start_times_only(store):  # type: ignore[no-untyped-def]
    day = dt.date(2026, 4, 6)
    event = create_event(store, EventData(title="Tagung", start_date=day, end_date=day))
    preview = read_agenda(FIXTURES / "programm_de.csv", day)
    assert preview.sound
    times = [(i.start_time.isoformat("minutes"), i.end_time.isoformat("minutes"))
             for i in preview.items]  # fmt: skip
    assert times == [("09:00", "09:30"), ("09:30", "11:00"), ("11:00", "12:30"),
                     ("12:30", "13:30"), ("14:00", "15:30"), ("15:30", "16:00")]  # fmt: skip
    assert all(i.day == day for i in preview.items)
    assert any("next one starts" in w for w in preview.warnings)
    assert agenda.import_agenda(store, event.id, preview) == 6


def test_foreign_files_are_refused_saying_what_they_look_like(store, event_id, samples):  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRefusedError, match="XLSForm"):
        import_participants(store, event_id, samples / "evaluation_xlsform_tallinn.xlsx")
    with pytest.raises(ImportRefusedError, match="programme"):
        import_participants(store, event_id, FIXTURES / "programm_de.csv")
    preview = read_agenda(FIXTURES / "spysok_uk.csv", THURSDAY)
    assert not preview.sound and "list of people" in preview.problems[0]
    assert "\u201cПІБ\u201d" in preview.problems[0]
    assert list_participants(store, event_id) == []


@pytest.mark.parametrize("sample", ["registrations_et.xlsx", "registrations_lv_windows1257.csv",
                                    "registrations_ru_utf8_bom.csv"])  # fmt: skip
def test_every_shared_sample_still_imports(store, event_id, samples, sample):  # type: ignore[no-untyped-def]
    result = import_participants(store, event_id, samples / sample)
    assert result.imported >= 6 and not result.unknown_columns


def test_shared_agenda_sample_still_imports(samples):  # type: ignore[no-untyped-def]
    preview = read_agenda(samples / "agenda_tallinn.xlsx", THURSDAY)
    assert preview.sound and len(preview.items) >= 5
