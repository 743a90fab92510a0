"""The command line: same operations as the GUI, one clear line on error, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dialogue_desk import __version__
from dialogue_desk.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dialogue_desk", *args], capture_output=True, text=True,
        env={**os.environ, **(env or {})}, timeout=120,
    )  # fmt: skip


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"dialogue-desk {__version__}"


def test_new_event_events_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite")
    assert main(["new-event", "--title", "Rīgas dialogs", "--city", "Rīga", "--country", "LV",
                 "--start", "2026-12-03", "--end", "2026-12-04", "--db", db]) == 0  # fmt: skip
    event_id = capsys.readouterr().out.strip()
    assert event_id.isdigit()
    assert main(["new-event", "--title", "Seminar", "--kind", "training",
                 "--start", "2026-12-10", "--db", db]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["events", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"{event_id}\tdialogue\tRīgas dialogs\tRīga\t2026-12-03\t2026-12-04" in lines
    assert any(line.split("\t")[1:3] == ["training", "Seminar"] for line in lines)
    assert main(["check", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("ok:")


def test_db_before_the_command_works_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "y.sqlite")
    assert main(["--db", db, "new-event", "--title", "T", "--start", "2026-12-03"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "events"]) == 0
    assert "\tT\t" in capsys.readouterr().out


def test_home_moves_the_default_store(tmp_path: Path) -> None:
    home = tmp_path / "usb"
    result = run("demo", "--participants", "12", "--responses", "3",
                 env={"DIALOGUE_DESK_HOME": str(home)})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (home / "dialogue-desk.sqlite").exists()
    listed = run("events", env={"DIALOGUE_DESK_HOME": str(home)})
    assert listed.stdout.startswith(result.stdout.strip() + "\tdialogue\t")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new-event", "--title", "X", "--start", "2026-02-30"], "impossible date"),
        (
            ["new-event", "--title", "X", "--start", "2026-12-05", "--end", "2026-12-01"],
            "cannot end before",
        ),
        (["new-event", "--title", " ", "--start", "2026-12-05"], "needs a title"),
        (["demo", "--participants", "-1"], "cannot be negative"),
        (["new-event", "--start", "2026-12-05"], "required"),
    ],
)
def test_errors_are_one_clear_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = run(*args, "--db", str(tmp_path / "e.sqlite"))
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unreadable_store_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    for command in (["events"], ["check"], ["demo"]):
        result = run(*command, "--db", str(bad))
        assert result.returncode != 0
        assert "is not a Dialogue Desk store" in result.stderr
        assert "Traceback" not in result.stderr
    assert bad.read_text() == "not a database"


def test_reading_commands_work_while_a_writer_holds_the_store(store, store_path: Path) -> None:
    from dialogue_desk.services.demo import create_demo_event

    create_demo_event(store, participants=5, responses=1)
    listed = run("events", "--db", str(store_path))
    assert listed.returncode == 0 and listed.stdout.count("\n") == 1
    assert run("check", "--db", str(store_path)).returncode == 0
    busy = run("new-event", "--title", "X", "--start", "2026-12-03", "--db", str(store_path))
    assert busy.returncode != 0
    assert "already open in another Dialogue Desk" in busy.stderr


def test_events_on_a_missing_store_prints_nothing(tmp_path: Path) -> None:
    result = run("events", "--db", str(tmp_path / "none.sqlite"))
    assert result.returncode == 0 and result.stdout == ""
    assert not (tmp_path / "none.sqlite").exists()


def test_check_reports_a_damaged_store(store, store_path: Path) -> None:
    from sqlalchemy import text

    with store.engine.begin() as conn:
        conn.execute(text("PRAGMA foreign_keys=OFF"))
        conn.execute(
            text(
                "INSERT INTO check_in (uuid, created_at, updated_at, event_id, participant_id, "
                "day, checked_in_at, method) VALUES ('u', '2026-01-01', '2026-01-01', 999, 999, "
                "'2026-01-01', '2026-01-01', 'door')"
            )
        )
    result = run("check", "--db", str(store_path))
    assert result.returncode == 1
    assert "foreign key" in result.stderr


def test_demo_scales_to_thousands(tmp_path: Path) -> None:
    result = run("demo", "--participants", "5000", "--responses", "200", "--seed", "3",
                 "--db", str(tmp_path / "big.sqlite"))  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_a_command_about_an_event_never_creates_a_store(tmp_path: Path) -> None:
    """Review: `import-participants --db new.sqlite` made an empty store, then said "no event"."""
    missing = tmp_path / "none.sqlite"
    source = tmp_path / "reg.csv"
    source.write_text("First name,Last name\nMari,Tamm\n", encoding="utf-8")
    for command in (["import-participants", "1", str(source)],
                    ["close-event", "1", "--reopen"]):  # fmt: skip
        result = run(*command, "--db", str(missing))
        assert result.returncode == 1
        assert "There is no store" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not missing.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_an_unreadable_store_is_an_error_not_an_empty_list(store, store_path: Path) -> None:
    """Review: `events` on a store it could not read exited 0 and printed nothing."""
    store.close()
    os.chmod(store_path, 0)
    prefix = []
    if os.geteuid() == 0:
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]
    try:
        for command in ("events", "check"):
            result = subprocess.run(
                [*prefix, sys.executable, "-m", "dialogue_desk", command, "--db", str(store_path)],
                capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            assert result.returncode == 1, result.stdout
            assert "cannot be read" in result.stderr
            assert len(result.stderr.strip().splitlines()) == 1
    finally:
        os.chmod(store_path, 0o600)


def test_check_fails_a_store_missing_a_table(store, store_path: Path) -> None:
    from sqlalchemy import text

    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE answer"))
    store.close()
    result = run("check", "--db", str(store_path))
    assert result.returncode == 1
    assert "the table answer is missing" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
