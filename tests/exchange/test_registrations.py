"""Import of registration lists: every sample, languages, duplicates, refusals, the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from dialogue_desk.cli import main
from dialogue_desk.exchange.registration_values import parse_bool, parse_group, split_full_name
from dialogue_desk.exchange.registrations import import_participants, plan_file
from dialogue_desk.services.checkin import (
    DuplicatePolicy,
    ImportRefusedError,
    list_participants,
    search,
)
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.services.import_preview import RowAction
from dialogue_desk.store.enums import StakeholderGroup

SAMPLES = ["registrations_et.xlsx", "registrations_lv_windows1257.csv",
           "registrations_ru_utf8_bom.csv"]  # fmt: skip


@pytest.fixture
def event_id(store):  # type: ignore[no-untyped-def]
    return create_event(store, EventData(title="Import", start_date=dt.date(2026, 5, 4),
                                         end_date=dt.date(2026, 5, 4))).id  # fmt: skip


def _csv(tmp_path: Path, text: str, name: str = "list.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("sample", SAMPLES)
def test_every_sample_imports_with_names_intact(store, event_id, samples, sample):  # type: ignore[no-untyped-def]
    result = import_participants(store, event_id, samples / sample)
    people = list_participants(store, event_id)
    assert result.imported == len(people) >= 6 and result.merged == result.skipped == 0
    names = {p.last_name for p in people}
    assert {"Pärnoja", "Kalniņš", "Ståhlberg", "Liepiņa-Ērgle", "Ülevain"} <= names
    assert all(p.email.endswith((".ee", ".lv", ".se")) for p in people)
    assert search(people, "kalnins") and search(people, "stahl")


def test_estonian_workbook_groups_and_notes(store, event_id, samples):  # type: ignore[no-untyped-def]
    import_participants(store, event_id, samples / "registrations_et.xlsx")
    people = {p.last_name: p for p in list_participants(store, event_id)}
    assert people["Смирнова"].stakeholder_group is StakeholderGroup.MIGRANT_ASSOCIATION
    assert people["Ёлкин"].stakeholder_group is StakeholderGroup.CONSULTATIVE_BODY
    assert people["Liepiņa-Ērgle"].stakeholder_group is StakeholderGroup.RESEARCH
    assert people["Õim"].notes == "walk-in last time" and people["Õim"].organisation == ""
    assert people["Kalniņš"].phone == "+371 2100 0003"
    assert search(list(people.values()), "smirnova") and search(list(people.values()), "jolkin")


def test_all_samples_together_are_never_doubled(store, event_id, samples):  # type: ignore[no-untyped-def]
    first = import_participants(store, event_id, samples / "registrations_ru_utf8_bom.csv")
    second = import_participants(store, event_id, samples / "registrations_lv_windows1257.csv")
    third = import_participants(store, event_id, samples / "registrations_et.xlsx")
    assert first.imported == 8
    # The Latvian list adds phone numbers to six people already there.
    assert (second.imported, second.merged, second.skipped) == (0, 6, 0)
    # The Estonian list adds groups and phones to the Russian list's two others, and one new.
    assert (third.imported, third.merged + third.skipped) == (1, 8)
    assert len(list_participants(store, event_id)) == 9
    again = import_participants(store, event_id, samples / "registrations_et.xlsx")
    assert (again.imported, again.merged, again.skipped) == (0, 0, 9)


def test_duplicates_within_the_file_merge_or_skip(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    path = _csv(tmp_path, "First name,Last name,Organisation,E-mail,Phone\n"
                "Anna,Tamm,MTÜ Abi,anna@abi.ee,\n"
                "Anna,Tamm,MTÜ Abi,,+372 555\n"
                "A.,Tamm-Other,,ANNA@abi.ee,\n"
                "Jaan,Tamm,,,\n")  # fmt: skip
    plan = plan_file(store, event_id, path)
    assert [r.action for r in plan.rows] == [RowAction.NEW, RowAction.MERGE, RowAction.SKIP,
                                             RowAction.NEW]  # fmt: skip
    result = import_participants(store, event_id, path)
    assert (result.imported, result.merged, result.skipped) == (2, 1, 1)
    anna = next(p for p in list_participants(store, event_id) if p.first_name == "Anna")
    assert anna.phone == "+372 555" and anna.email == "anna@abi.ee"
    skip = plan_file(store, event_id, path, duplicates=DuplicatePolicy.SKIP)
    assert all(r.action is RowAction.SKIP for r in skip.rows)


def test_nameless_rows_refuse_the_file_naming_rows(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    path = _csv(tmp_path, "Eesnimi;Perekonnanimi;E-post\nMari;Mets;mari@x.ee\n;;nobody@x.ee\n"
                "\n;;\nJüri;Kask;\n,,;;orphan@x.ee\n")  # fmt: skip
    with pytest.raises(ImportRefusedError) as error:
        import_participants(store, event_id, path)
    message = str(error.value)
    assert "list.csv" in message and "3" in message and "7" in message
    assert list_participants(store, event_id) == []
    result = import_participants(store, event_id, path, skip_invalid=True)
    assert (result.imported, result.invalid_skipped, result.skipped) == (2, 2, 2)


@pytest.mark.parametrize(
    ("content", "name", "fragment"),
    [
        (b"", "empty.csv", "empty"),
        (b"PK\x03\x04garbage", "broken.xlsx", "broken.xlsx"),
        (b"whatever", "list.pdf", "list.pdf"),
        (b"\x00\x01\x02binary\x00", "bin.csv", "bin.csv"),
        (
            "Organisation;Role\nRīgas dome;boss\n".encode(),
            "nonames.csv",
            "no column was recognised for: names",
        ),
    ],
)
def test_unreadable_files_are_refused_clearly(store, event_id, tmp_path, content, name, fragment):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportRefusedError) as error:
        import_participants(store, event_id, path)
    assert fragment in str(error.value)
    assert list_participants(store, event_id) == []


def test_headers_and_values_in_five_languages(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    files = {
        "en.csv": "First name,Surname,Organization,Stakeholder group,Country,Language,Photos\n"
                  "Ann,Lee,City,Public authority,Estonia,English,yes\n",
        "et.csv": "Eesnimi;Perekonnanimi;Asutus;Sidusrühm;Riik;Keel;Pildistamine\n"
                  "Tiit;Tamm;Linn;Vabaühendus;Eesti;eesti;jah\n",
        "lv.csv": "Vārds;Uzvārds;Organizācija;Grupa;Valsts;Valoda;Fotografēšana\n"
                  "Jānis;Bērziņš;LU;Pētniecības iestāde;Latvija;latviešu;jā\n",
        "sv.csv": "Förnamn;Efternamn;Organisation;Intressentgrupp;Land;Språk;Foton\n"
                  "Åsa;Öberg;Kommun;Myndighet;Sverige;svenska;ja\n",
        "ru.csv": "Имя;Фамилия;Организация;Группа;Страна;Язык;Фото\n"
                  "Олег;Ким;Совет;Консультативный орган;Эстония;русский;да\n",
    }  # fmt: skip
    for name, text in files.items():
        result = import_participants(store, event_id, _csv(tmp_path, text, name))
        assert result.imported == 1 and not result.unknown_columns and not result.warnings, name
    people = {p.last_name: p for p in list_participants(store, event_id)}
    expect = {"Lee": (StakeholderGroup.PUBLIC_AUTHORITY, "EE", "en"),
              "Tamm": (StakeholderGroup.NGO, "EE", "et"),
              "Bērziņš": (StakeholderGroup.RESEARCH, "LV", "lv"),
              "Öberg": (StakeholderGroup.PUBLIC_AUTHORITY, "SE", "sv"),
              "Ким": (StakeholderGroup.CONSULTATIVE_BODY, "EE", "ru")}  # fmt: skip
    for last, (group, country, language) in expect.items():
        person = people[last]
        assert (person.stakeholder_group, person.country, person.preferred_language) == (
            group, country, language)  # fmt: skip
        assert person.consent_photos


def test_unknown_columns_and_values_are_reported_not_fatal(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    path = _csv(tmp_path, "Name,E-mail,T-shirt size,Group\nAnna Tamm,not-an-email,M,Aliens\n"
                "\"Kask, Jüri\",jyri@x.ee,L,NGO\n")  # fmt: skip
    result = import_participants(store, event_id, path)
    assert result.imported == 2 and result.unknown_columns == ("T-shirt size",)
    assert any("e-mail" in w for w in result.warnings)
    assert any("stakeholder group" in w for w in result.warnings)
    people = {p.last_name: p for p in list_participants(store, event_id)}
    assert people["Tamm"].first_name == "Anna" and people["Tamm"].email == ""
    assert people["Kask"].first_name == "Jüri"
    assert people["Tamm"].stakeholder_group is StakeholderGroup.OTHER


def test_explicit_mapping_for_unusual_headers(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    path = _csv(tmp_path, "Who,Where\nAnna Tamm,Linn\n")
    with pytest.raises(ImportRefusedError):
        plan_file(store, event_id, path)
    result = import_participants(store, event_id, path, mapping={0: "full_name", 1: "organisation"})
    assert result.imported == 1
    assert list_participants(store, event_id)[0].organisation == "Linn"


def test_windows_codepages_and_xlsx(store, event_id, tmp_path):  # type: ignore[no-untyped-def]
    _csv(tmp_path, "Förnamn;Efternamn\nÅsa;Öberg\n", "sv.csv", "cp1252")
    _csv(tmp_path, "Имя;Фамилия\nСветлана;Смирнова\n", "ru.csv", "cp1251")
    for name in ("sv.csv", "ru.csv"):
        import_participants(store, event_id, tmp_path / name)
    book = Workbook()
    sheet = book.active
    sheet.append(["  Vārds ", "Uzvārds", None])
    sheet.append([" Ilze  ", "Šimkēviča", None])
    sheet.append([None, None, None])
    sheet.append(["=1+1", "Formula", None])
    book.save(tmp_path / "lv.xlsx")
    import_participants(store, event_id, tmp_path / "lv.xlsx")
    names = {(p.first_name, p.last_name) for p in list_participants(store, event_id)}
    assert {("Åsa", "Öberg"), ("Светлана", "Смирнова"), ("Ilze", "Šimkēviča")} <= names


def test_value_parsers():  # type: ignore[no-untyped-def]
    assert parse_group("ngo / CIVIL society") is StakeholderGroup.NGO
    assert parse_group("Mazākumtautību biedrība") is StakeholderGroup.MIGRANT_ASSOCIATION
    assert parse_group("whatever") is None
    assert [parse_bool(v) for v in ("Jah", "jā", "Да", "x", "nej", "нет", "maybe")] == [
        True, True, True, True, False, False, None]  # fmt: skip
    assert split_full_name("Иванов Иван Иванович", "full_name_last_first") == (
        "Иван Иванович", "Иванов")  # fmt: skip
    assert split_full_name("Anna Maria Tamm", "full_name") == ("Anna Maria", "Tamm")


def test_cli_prints_counts_and_refuses_cleanly(store_path, samples, tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = str(store_path)
    assert main(["new-event", "--db", db, "--title", "CLI", "--start", "2026-05-04"]) == 0
    capsys.readouterr()
    assert main(["import-participants", "1", str(samples / "registrations_et.xlsx"),
                 "--db", db]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == "imported 9, merged 0, skipped 0"
    assert main(["import-participants", "CLI", str(samples / "registrations_lv_windows1257.csv"),
                 "--db", db]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == "imported 0, merged 0, skipped 6"
    bad = _csv(tmp_path, 'First name,Last name\n,\nAnna,\n,,\n;;\n"",""\nBo,Ek\n', "bad.csv")
    bad.write_text("First name,Last name,E-mail\nAnna,Tamm,\n,,x@y.z\nBo,Ek,\n")
    assert main(["import-participants", "1", str(bad), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "bad.csv" in err and "3" in err and "Traceback" not in err
    assert main(["import-participants", "1", str(bad), "--db", db, "--skip-invalid"]) == 0
    assert capsys.readouterr().out.startswith("imported 2, merged 0, skipped 1")
    assert main(["import-participants", "1", str(tmp_path / "missing.csv"), "--db", db]) == 1
    assert main(["import-participants", "nope", str(bad), "--db", db]) == 1


def test_a_one_column_header_takes_the_separator_from_the_rows(tmp_path):  # type: ignore[no-untyped-def]
    from dialogue_desk.exchange.tabular import read_table

    # Found by the property test: a quoted cell holding a line break, after a separator that
    # the one-column header line could not show.
    path = tmp_path / "list.csv"
    path.write_bytes(b'First name\r\nAnna;"\r0"\r\nJ\xc4\x81nis;x\r\n')
    table = read_table(path)
    assert table.delimiter == ";"
    assert [cells[0] for _, cells in table.rows] == ["Anna", "Jānis"]
