"""``import-participants`` and ``import-agenda`` with ``--map`` and ``--dry-run``."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogue_desk.cli import main
from dialogue_desk.services import agenda
from dialogue_desk.services.checkin import list_participants
from dialogue_desk.store import open_store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "imports"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.sqlite")
    assert main(["new-event", "--db", path, "--title", "Forum", "--start", "2026-04-02",
                 "--end", "2026-04-03"]) == 0  # fmt: skip
    return path


def _count(db: str) -> tuple[int, int]:
    store = open_store(Path(db))
    try:
        return len(list_participants(store, 1)), len(agenda.list_items(store, 1))
    finally:
        store.close()


def test_dry_run_prints_the_plan_and_writes_nothing(db, capsys):  # type: ignore[no-untyped-def]
    capsys.readouterr()
    args = ["import-participants", "--db", db, "1", str(FIXTURES / "zoom_participants.csv")]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "\u201cName (Original Name)\u201d \u2192 full name (first last)" in out
    assert "Not imported (5)" in out and "\u201cJoin Time\u201d" in out
    assert "6 new" in out and "3 rows repeat" in out and "nothing was written" in out
    assert _count(db) == (0, 0)
    assert main(args) == 0
    assert "imported 6" in capsys.readouterr().out and _count(db)[0] == 6


def test_map_reads_a_column_as_a_field(db, tmp_path, capsys):  # type: ignore[no-untyped-def]
    path = tmp_path / "list.csv"
    path.write_text("Nombre completo;Empresa;Talla\nAna García;ACME;M\n", encoding="utf-8")
    args = ["import-participants", "--db", db, "1", str(path)]
    assert main(args) == 1
    assert "\u201cNombre completo\u201d" in capsys.readouterr().err
    assert main([*args, "--map", "Nombre completo=full_name", "--map", "Empresa=Organisation",
                 "--map", "Talla=-"]) == 0  # fmt: skip
    store = open_store(Path(db))
    people = list_participants(store, 1)
    store.close()
    assert [(p.first_name, p.last_name, p.organisation) for p in people] == [
        ("Ana", "García", "ACME")]  # fmt: skip
    assert main([*args, "--map", "Shoe=notes"]) == 1
    assert "There is no column \u201cShoe\u201d" in capsys.readouterr().err


def test_agenda_dry_run_and_map(db, tmp_path, capsys):  # type: ignore[no-untyped-def]
    capsys.readouterr()
    programme = ["import-agenda", "--db", db, "1", str(FIXTURES / "conference_programme.xlsx")]
    assert main([*programme, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "\u201cSession\u201d \u2192 title" in out and "9 new" in out and _count(db) == (0, 0)
    path = tmp_path / "plan.csv"
    path.write_text("Hora,Actividad\n9:00-10:00,Apertura\n10:00,Cierre\n", encoding="utf-8")
    args = ["import-agenda", "--db", db, "1", str(path)]
    assert main([*args, "--dry-run"]) == 1
    assert "no column was recognised for: Title, Start" in capsys.readouterr().out
    assert main([*args, "--map", "Hora=time", "--map", "Actividad=title"]) == 0
    assert _count(db) == (0, 2)


def test_every_problem_listed_by_row_in_a_dry_run(db, tmp_path, capsys):  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.csv"
    path.write_text("Day,Time,Title\nMonday,9-10,A\n1,25:00,B\n2,9:00-10:00,\n",
                    encoding="utf-8")  # fmt: skip
    capsys.readouterr()
    assert main(["import-agenda", "--db", db, "1", str(path), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "Row 2:" in out and "Row 3:" in out and "Row 4:" in out


def test_damaged_files_get_a_message_not_an_unexpected_failure(db, tmp_path, capsys):  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    for command in ("import-participants", "import-agenda"):
        assert main([command, "--db", db, "1", str(path)]) == 1
        err = capsys.readouterr().err
        assert "broken.xlsx" in err and "unexpected failure" not in err
