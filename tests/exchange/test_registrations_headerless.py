"""Registration lists without a header row: columns told apart by their values, and said so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dialogue_desk.exchange.headerless import as_headerless
from dialogue_desk.exchange.headers import parse_map_options
from dialogue_desk.exchange.registration_headers import FIELD_SYNONYMS
from dialogue_desk.exchange.registrations import (
    import_participants,
    parse_registrations,
    read_registrations,
)
from dialogue_desk.exchange.value_kinds import is_country, is_language, is_name, is_phone
from dialogue_desk.services.checkin import ImportRefusedError, list_participants
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.store.enums import StakeholderGroup

FIXTURES = Path(__file__).parents[1] / "fixtures" / "imports"
DAY = dt.date(2026, 4, 2)


@pytest.fixture
def event_id(store):  # type: ignore[no-untyped-def]
    return create_event(store, EventData(title="Forum", start_date=DAY, end_date=DAY)).id


def _people(store, event_id):  # type: ignore[no-untyped-def]
    return {(p.first_name, p.last_name): p for p in list_participants(store, event_id)}


def _write(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_estonian_list_first_and_last_name_columns(store, event_id, suffix):  # type: ignore[no-untyped-def]
    result = import_participants(store, event_id, FIXTURES / f"nimekiri_et{suffix}")
    people = _people(store, event_id)
    assert result.imported == 10 and not result.unknown_columns
    kadri = people[("Kadri", "Tamm")]
    assert (kadri.organisation, kadri.email, kadri.phone) == (
        "Tallinna Linnavalitsus", "kadri.tamm@tallinn.ee", "+372 5123 4567")  # fmt: skip
    assert kadri.preferred_language == "et"
    assert kadri.stakeholder_group is StakeholderGroup.PUBLIC_AUTHORITY
    olga = people[("Ольга", "Смирнова")]
    assert olga.phone == "5234 5678" and olga.preferred_language == "ru"
    assert people[("Mati", "Kask")].phone == "53456789"  # typed as a number in Excel
    assert people[("Mohammad", "Rahimi")].organisation == "Eesti Afgaani Kogukonna MTÜ"
    # "jah"/"ei" is some consent, but which one cannot be told: never guessed.
    assert not any(p.consent_photos or p.consent_listed for p in people.values())
    notes = "\n".join(result.warnings)
    for column, field in (("A", "first name"), ("B", "last name"), ("C", "organisation"),
                          ("D", "e-mail"), ("E", "phone"), ("F", "preferred language"),
                          ("G", "stakeholder group")):  # fmt: skip
        assert f"column {column} is taken as \u201c{field}\u201d from its values" in notes
    assert "column H holds yes/no answers" in notes and "Column H=consent_photos" in notes
    assert "column I holds dates" in notes
    assert "no header row" in notes


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_latvian_list_last_comma_first_with_cyrillic_names(store, event_id, suffix):  # type: ignore[no-untyped-def]
    result = import_participants(store, event_id, FIXTURES / f"saraksts_lv{suffix}")
    people = _people(store, event_id)
    assert result.imported == 8 and not result.unknown_columns
    assert ("Ольга", "Иванова") in people and ("Jānis", "Bērziņš") in people
    assert people[("Рустам", "Ахмедов")].country == "AZ"  # "Azerbaidžāna"
    assert people[("Anna", "Liepiņa")].country == "LT"  # "Lietuva"
    assert people[("Тарас", "Шевченко")].preferred_language == "uk"
    assert people[("Ольга", "Иванова")].organisation == "Biedrība \u201cTilts\u201d"
    assert people[("Pēteris", "Ozols")].phone == "67078219"
    assert people[("Anna", "Liepiņa")].stakeholder_group is StakeholderGroup.CONSULTATIVE_BODY
    assert any("column A is taken as \u201cfull name\u201d" in w for w in result.warnings)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_swedish_list_full_names_and_country_codes(store, event_id, suffix):  # type: ignore[no-untyped-def]
    result = import_participants(store, event_id, FIXTURES / f"lista_sv{suffix}")
    people = _people(store, event_id)
    assert result.imported == 8 and not result.unknown_columns
    anna = people[("Anna", "Lindqvist")]
    assert (anna.phone, anna.organisation, anna.country) == ("070-123 45 67", "Malmö stad", "SE")
    assert people[("Ahmad", "Al-Rashid")].country == "SY"
    assert people[("Olena", "Kovalenko")].stakeholder_group is StakeholderGroup.MIGRANT_ASSOCIATION
    assert people[("Erik", "Johansson")].stakeholder_group is StakeholderGroup.RESEARCH
    notes = "\n".join(result.warnings)
    assert "column G holds yes/no answers" in notes and "column H holds dates" in notes


def test_map_still_overrides_a_headerless_list(store, event_id):  # type: ignore[no-untyped-def]
    table = read_registrations(FIXTURES / "lista_sv.csv")
    assert table.headers[:3] == ["Column A", "Column B", "Column C"]
    overrides = parse_map_options(["Column G=consent_photos", "Column D=-"], table.headers,
                                  FIELD_SYNONYMS)  # fmt: skip
    preview = parse_registrations(table, overrides=overrides)
    assert preview.mapping[6] == "consent_photos" and 3 not in preview.mapping
    rows = {r.data.last_name: r.data for r in preview.rows}
    assert rows["Lindqvist"].consent_photos and not rows["Johansson"].consent_photos
    assert rows["Lindqvist"].organisation == ""
    assert not any("column G holds" in w for w in preview.warnings)
    assert preview.mapping[0] == "full_name"  # the values still decide the rest


def test_dialog_reading_shows_the_same_notes(store, event_id):  # type: ignore[no-untyped-def]
    """The import dialog takes (table, mapping) from as_headerless and plans with its mapping."""
    table = read_registrations(FIXTURES / "nimekiri_et.xlsx")
    guessed = as_headerless(table)
    assert guessed is not None
    moved, mapping = guessed
    preview = parse_registrations(moved, mapping)
    assert any("column E is taken as \u201cphone\u201d" in w for w in preview.warnings)
    assert len(table.warnings) < len(moved.warnings)  # the table read is left as it was


def test_no_names_is_refused_naming_each_column(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "anna@example.ee;+372 5123 4567;2026-03-01\n"
                            "juri@example.ee;5234 5678;2026-03-02\n"
                            "mari@example.ee;53456789;2026-03-02\n")  # fmt: skip
    with pytest.raises(ImportRefusedError) as refused:
        import_participants(store, event_id, path)
    message = str(refused.value)
    assert "no header row" in message and "no column holds names" in message
    assert "column A: e-mail addresses" in message and "column B: phone numbers" in message
    assert "column C: dates" in message and "--map" in message
    assert list_participants(store, event_id) == []


def test_two_columns_competing_the_weaker_is_left_out_with_a_note(tmp_path):  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "Anna Tamm,anna@example.ee,office@koos.ee\n"
                            "Jüri Kask,jyri@example.ee,\n"
                            "Mari Mets,mari@example.ee,\n")  # fmt: skip
    preview = parse_registrations(read_registrations(path))
    assert preview.mapping == {0: "full_name", 1: "email"}
    assert any("column C could also be \u201ce-mail\u201d, but column B fits better" in w
               for w in preview.warnings)  # fmt: skip
    assert preview.unknown_columns == []


def test_codes_that_could_be_countries_or_languages_are_left_out(tmp_path):  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "Anna Tamm;anna@example.ee;RU\nJüri Kask;jyri@example.ee;LV\n"
                            "Mari Mets;mari@example.ee;RU\n")  # fmt: skip
    preview = parse_registrations(read_registrations(path))
    assert 2 not in preview.mapping
    assert any("column C fit two kinds" in w for w in preview.warnings)


def test_languages_and_countries_told_apart_when_they_differ(tmp_path):  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "Anna Tamm;anna@example.ee;EE;et\nJüri Kask;jyri@example.ee;SE;en\n"
                            "Mari Mets;mari@example.ee;UA;ru\n")  # fmt: skip
    preview = parse_registrations(read_registrations(path))
    assert preview.mapping[2] == "country" and preview.mapping[3] == "preferred_language"


def test_two_single_name_columns_without_evidence_are_read_in_the_usual_order(tmp_path):  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "Anna,Holm,anna@example.ee\nPeter,Wolf,peter@example.de\n")
    preview = parse_registrations(read_registrations(path))
    assert preview.mapping == {0: "first_name", 1: "last_name", 2: "email"}
    assert any("nothing in columns A and B tells first names from last names" in w
               for w in preview.warnings)  # fmt: skip


def test_surnames_first_are_recognised_by_their_endings(tmp_path):  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "Смирнова,Ольга,olga@example.ee\nIvanov,Pavel,pavel@example.ee\n"
                            "Kuznetsova,Natalja,n@example.ee\n")  # fmt: skip
    preview = parse_registrations(read_registrations(path))
    assert preview.mapping[0] == "last_name" and preview.mapping[1] == "first_name"
    assert {(r.data.first_name, r.data.last_name) for r in preview.rows} >= {("Ольга", "Смирнова")}
    path = _write(tmp_path, "Смирнова Ольга;olga@example.ee\nИванов Павел;pavel@example.ee\n",
                  "one.csv")  # fmt: skip
    preview = parse_registrations(read_registrations(path))
    assert preview.mapping[0] == "full_name_last_first"
    assert ("Павел", "Иванов") in {(r.data.first_name, r.data.last_name) for r in preview.rows}


def test_a_header_row_of_unknown_words_is_not_taken_for_a_person(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "Kes;Millal;Kuhu\nKadri Tamm;2026-03-01;+372 5123 4567\n"
                            "Mati Kask;2026-03-02;53456789\n")  # fmt: skip
    assert read_registrations(path).headers == ["Kes", "Millal", "Kuhu"]
    with pytest.raises(ImportRefusedError, match="\u201cKes\u201d, \u201cMillal\u201d"):
        import_participants(store, event_id, path)


def test_a_data_row_that_looks_like_a_header_does_not_hide_the_rows_above(tmp_path):  # type: ignore[no-untyped-def]
    # "Övrigt" (a group) is also a Swedish header for notes; row 3 is still a person.
    path = _write(tmp_path, "Anna Lindqvist;070-123 45 67;Myndighet\n"
                            "Erik Ek;046-222 00 00;Forskning\n"
                            "Sara Holm;0701234567;Övrigt\n")  # fmt: skip
    preview = parse_registrations(read_registrations(path))
    assert [r.row for r in preview.rows] == [1, 2, 3]
    assert preview.mapping[2] == "stakeholder_group"


@pytest.mark.parametrize(("value", "phone"), [
    ("+372 5123 4567", True), ("51234567", True), ("070-123 45 67", True),
    ("+46 (0)8 123 45 67", True), ("0037256781234", True), ("37251234567", True),
    ("38001010000", False),
    ("010180-12345", False), ("19800101-1234", False), ("2026-03-01", False),
    ("24.09.2024", False), ("12", False),
])  # fmt: skip
def test_phone_numbers_are_not_confused_with_dates_or_identity_codes(value, phone) -> None:  # type: ignore[no-untyped-def]
    assert is_phone(value) is phone


def test_values_of_each_kind() -> None:
    assert is_country("Latvija") and is_country("EE") and is_country("SWE")
    assert not is_country("ee") and not is_country("Eesti Pank")
    assert is_language("et") and is_language("Svenska") and not is_language("SWE")
    assert is_name("Bērziņš, Jānis") and is_name("DUPONT Jean") and is_name("Anna van der Berg")
    assert not is_name("Tallinna Linnavalitsus") and not is_name("MTÜ Koos")
    assert not is_name("Rīgas dome") and not is_name("anna@example.ee")


def test_cli_dry_run_and_map_on_a_headerless_list(store_path, capsys):  # type: ignore[no-untyped-def]
    from dialogue_desk.cli import main

    db = str(store_path)
    assert main(["new-event", "--db", db, "--title", "CLI", "--start", "2026-05-04"]) == 0
    capsys.readouterr()
    path = str(FIXTURES / "nimekiri_et.csv")
    assert main(["import-participants", "1", path, "--db", db, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "column E is taken as \u201cphone\u201d" in out and "Traceback" not in out
    assert main(["import-participants", "1", path, "--db", db,
                 "--map", "Column H=consent_photos"]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip().endswith("imported 10, merged 0, skipped 0")


@pytest.mark.parametrize(("header", "field"), [
    ("Recording Consent", None), ("Consent to be recorded", None),
    ("Recording consent (photos and video)", "consent_photos"),
    ("Photo and video consent", "consent_photos"), ("Photo consent", "consent_photos"),
])  # fmt: skip
def test_recording_consent_is_photo_consent_only_when_it_says_photos(header, field) -> None:  # type: ignore[no-untyped-def]
    from dialogue_desk.exchange.registrations import detect_mapping

    assert detect_mapping(["Name", header]).get(1) == field


def test_a_zoom_recording_consent_column_is_left_out_with_the_reason(tmp_path):  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "Name (Original Name),User Email,Recording Consent\n"
                            "Kadri Tamm,kadri@example.ee,Y\n")  # fmt: skip
    preview = parse_registrations(read_registrations(path))
    assert not preview.rows[0].data.consent_photos and preview.unknown_columns == []
    assert any("online meeting being recorded" in w for w in preview.warnings)
    # Chosen on purpose (the dialog's list or --map), it is imported and no note says otherwise.
    preview = parse_registrations(read_registrations(path), {0: "full_name", 2: "consent_photos"})
    assert preview.rows[0].data.consent_photos
    assert not any("online meeting" in w for w in preview.warnings)
