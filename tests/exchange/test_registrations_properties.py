"""Property tests: no input file crashes the importer, and no file is ever half-imported."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from dialogue_desk.exchange.registrations import import_participants
from dialogue_desk.services.checkin import ImportRefusedError, list_participants
from dialogue_desk.services.errors import ServiceError
from dialogue_desk.services.events import EventData, create_event

HEADERS = ["First name", "Last name", "Name", "E-mail", "Organisation", "Sidusrühm", "Фамилия",
           "Имя", "Vārds", "Photos", "Riik", "Keel", "Whatever", "", "ФИО"]  # fmt: skip
CELL = st.one_of(
    st.sampled_from(["", " ", "Anna", "Tamm", "Šimkēviča", "Смирнова", "a@b.ee", "x@", "NGO",
                     "Myndighet", "jah", "Eesti", "=1+1", '"', ";", ",", "\n", "Ō"]),
    st.text(max_size=12),
)  # fmt: skip
# openpyxl refuses control characters in cells; the reader never sees them in an xlsx.
XLSX_CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=12
) | st.sampled_from(["", "Anna", "Смирнова", "a@b.ee", "jah"])

settings.register_profile("importer", deadline=None, max_examples=60,
                          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


def _event(store) -> int:  # type: ignore[no-untyped-def]
    return create_event(store, EventData(title="P", start_date=dt.date(2026, 1, 1),
                                         end_date=dt.date(2026, 1, 1))).id  # fmt: skip


def _check_all_or_nothing(store, event_id: int, path: Path, data_rows: int | None) -> None:  # type: ignore[no-untyped-def]
    before = len(list_participants(store, event_id))
    try:
        result = import_participants(store, event_id, path)
    except ImportRefusedError as error:
        assert path.name in str(error) or str(path) in str(error)
        assert len(list_participants(store, event_id)) == before
        return
    except ServiceError:
        assert len(list_participants(store, event_id)) == before
        return
    after = len(list_participants(store, event_id))
    assert after == before + result.imported
    assert result.invalid_skipped == 0
    if data_rows is not None:
        assert result.imported + result.merged + result.skipped <= data_rows


@settings(settings.get_profile("importer"))
@given(content=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes_never_crash(store, tmp_path, content, suffix):  # type: ignore[no-untyped-def]
    event_id = _event(store)
    path = tmp_path / f"random{suffix}"
    path.write_bytes(content)
    _check_all_or_nothing(store, event_id, path, None)


@settings(settings.get_profile("importer"))
@given(
    headers=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
    rows=st.lists(st.lists(CELL, max_size=7), max_size=12),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1257", "cp1251", "utf-16"]),
)
def test_random_csv_tables_import_whole_or_not_at_all(  # type: ignore[no-untyped-def]
    store, tmp_path, headers, rows, delimiter, encoding
):
    event_id = _event(store)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    path = tmp_path / "table.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    _check_all_or_nothing(store, event_id, path, len(rows))


@settings(settings.get_profile("importer"), max_examples=30)
@given(
    headers=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=5),
    rows=st.lists(st.lists(XLSX_CELL | st.integers() | st.none(), max_size=6), max_size=8),
)
def test_random_xlsx_tables_import_whole_or_not_at_all(store, tmp_path, headers, rows):  # type: ignore[no-untyped-def]
    event_id = _event(store)
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "table.xlsx"
    book.save(path)
    _check_all_or_nothing(store, event_id, path, len(rows))


def test_refused_file_after_a_good_one_changes_nothing(store, tmp_path):  # type: ignore[no-untyped-def]
    event_id = _event(store)
    good = tmp_path / "good.csv"
    good.write_text("First name,Last name\nAnna,Tamm\n")
    import_participants(store, event_id, good)
    bad = tmp_path / "bad.csv"
    bad.write_text("First name,Last name,E-mail\nAnna,Tamm,anna@x.ee\nBo,Ek,\n,,c@d.ee\n")
    before = list_participants(store, event_id)
    with contextlib.suppress(ImportRefusedError):
        import_participants(store, event_id, bad)
    assert list_participants(store, event_id) == before


FIRST = ["Anna", "Jānis", "Ольга", "Mati", "Sven", "Aïssatou", "Tiina", "Рустам"]
LAST = ["Tamm", "Bērziņa", "Смирнова", "Kask", "Lindqvist", "N'Diaye", "Mägi", "Ахмедов"]
ORGS = ["Tallinna Linnavalitsus", "MTÜ Koos", "Rīgas dome", "Malmö stad", "Tartu Ülikool",
        "Biedrība \u201cTilts\u201d", "Region Skåne", "Sotsiaalministeerium"]  # fmt: skip


@settings(parent=settings.get_profile("importer"), max_examples=40)
@given(
    people=st.lists(
        st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(ORGS),
                  st.integers(0, 10**7), st.booleans()),
        min_size=3, max_size=25,
    ),
    order=st.permutations(["name", "organisation", "email", "phone"]),
    two_columns=st.booleans(),
)  # fmt: skip
def test_a_headerless_list_in_any_column_order_is_read_by_its_values(
    tmp_path_factory, people, order, two_columns
) -> None:  # type: ignore[no-untyped-def]
    """Names (one column or first and last), organisation, e-mail and phone columns are found
    wherever they stand."""
    from dialogue_desk.exchange.registrations import parse_registrations, read_registrations

    lines = []
    for n, (first, last, org, number, comma) in enumerate(people):
        cells = {
            "name": f"{first};{last}" if two_columns else f"{last}, {first}" if comma
            else f"{first} {last}",
            "organisation": org,
            "email": f"person{n}@example.org",
            "phone": f"+372 5{number:07d}"[:9] + f" {number % 10000:04d}",
        }  # fmt: skip
        lines.append(";".join(cells[c] for c in order))
    path = tmp_path_factory.mktemp("headerless") / "list.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    preview = parse_registrations(read_registrations(path))
    columns = [c for c in order for _ in range(2 if c == "name" and two_columns else 1)]
    expected = {columns.index(c): c for c in ("organisation", "email", "phone")}
    name = columns.index("name")
    if two_columns:
        expected.update({name: "first_name", name + 1: "last_name"})
    else:
        expected[name] = "full_name"
    assert preview.mapping == dict(sorted(expected.items()))
    assert [r.data.last_name for r in preview.rows] == [p[1] for p in people]
    assert [r.data.first_name for r in preview.rows] == [p[0] for p in people]
