"""The share, join, sync, conflicts and device commands, as a script would use them."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogue_desk.cli import main


def _event(db: str, title: str) -> None:
    assert main(["new-event", "--title", title, "--start", "2026-04-15", "--end",
                 "2026-04-16", "--db", db]) == 0  # fmt: skip


def test_share_join_and_sync_through_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: E501
    a, b = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    _event(a, "Rīgas dialogs")
    capsys.readouterr()
    assert main(["device", "--name", "Door 1", "--db", a]) == 0
    assert "Door 1" in capsys.readouterr().out
    assert main(["share", "1", "--to", str(tmp_path), "--db", a]) == 0
    package = capsys.readouterr().out.strip()
    assert package.endswith(".ddevent") and Path(package).exists()
    assert main(["join", package, "--db", b]) == 0
    assert "added as event 1" in capsys.readouterr().out
    folder = tmp_path / "shared"
    folder.mkdir()
    assert main(["sync", "1", "--folder", str(folder), "--db", a]) == 0
    assert main(["sync", "1", "--folder", str(folder), "--db", b]) == 0
    out = capsys.readouterr().out
    assert "read 0 change files" in out  # nothing new was recorded after sharing
    assert main(["sync", "1", "--db", b]) == 0, "the last folder is remembered"
    assert main(["conflicts", "1", "--db", b]) == 0
    assert "nothing to review" in capsys.readouterr().out


def test_the_coordinator_joins_several_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: E501
    packages = []
    for n, title in enumerate(("Tallinn", "Rīga")):
        db = str(tmp_path / f"{n}.sqlite")
        _event(db, title)
        capsys.readouterr()
        assert main(["share", "1", "--to", str(tmp_path), "--db", db]) == 0
        packages.append(capsys.readouterr().out.strip())
    coordinator = str(tmp_path / "coordinator.sqlite")
    assert main(["join", *packages, "--db", coordinator]) == 0
    assert main(["events", "--db", coordinator]) == 0
    out = capsys.readouterr().out
    assert "Tallinn" in out and "Rīga" in out
    xlsx = tmp_path / "compare.xlsx"
    assert main(["export-comparison", "1", "2", "--xlsx", str(xlsx), "--db", coordinator]) == 0


def test_a_damaged_package_is_refused_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: E501
    bad = tmp_path / "event.ddevent"
    bad.write_bytes(b"PK\x03\x04 truncated")
    assert main(["join", str(bad), "--db", str(tmp_path / "b.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "damaged or incomplete" in err and "Traceback" not in err


def test_share_notes_a_laptop_still_named_after_its_host(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # noqa: E501
    db = str(tmp_path / "a.sqlite")
    _event(db, "Tallinn")
    capsys.readouterr()
    assert main(["share", "1", "--to", str(tmp_path), "--db", db]) == 0
    assert "dialogue-desk device --name" in capsys.readouterr().err
    assert main(["device", "--name", "Door 2", "--db", db]) == 0
    assert main(["share", "1", "--to", str(tmp_path), "--db", db]) == 0
    assert "device --name" not in capsys.readouterr().err
