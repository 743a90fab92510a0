"""What the export commands leave on disk: the named path, private modes, no leftovers."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import openpyxl
import pytest

from dialogue_desk import cli
from dialogue_desk.exchange import files, sync_out
from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.store import open_store
from dialogue_desk.store.enums import StakeholderGroup


def test_practice_export_writes_the_path_the_user_named(data_home, tmp_path, capsys) -> None:
    from dialogue_desk.paths import practice_store_path

    with open_store(practice_store_path()) as practice:
        event_id = create_demo_event(practice, participants=5, responses=2)
    target = tmp_path / "p.xlsx"
    pdf = tmp_path / "p.pdf"
    assert cli.main(["--practice", "export", str(event_id), "--xlsx", str(target),
                     "--pdf", str(pdf)]) == 0  # fmt: skip
    assert capsys.readouterr().out.split() == [str(target), str(pdf)]
    assert target.exists() and pdf.exists()
    assert not list(tmp_path.glob("PRACTICE*"))
    # The marking is inside the files.
    book = openpyxl.load_workbook(target)
    assert book.worksheets[0]["A2"].value == "PRACTICE"


def test_the_closing_workbook_says_closed(store, store_path, demo_event, tmp_path) -> None:
    result = sync_out.close_and_export(store, demo_event, base=tmp_path, language="en")
    book = openpyxl.load_workbook(result.workbook)
    values = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True)}
    assert values["Status"] == "Closed"


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_new_exports_are_private_and_replacing_keeps_the_mode(
    store, store_path, demo_event, tmp_path
) -> None:
    target = tmp_path / "event.xlsx"
    assert cli.main(["export", str(demo_event), "--xlsx", str(target),
                     "--db", str(store_path)]) == 0  # fmt: skip
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    os.chmod(target, 0o640)  # the owner chose to share it with the group
    assert cli.main(["export", str(demo_event), "--xlsx", str(target),
                     "--db", str(store_path)]) == 0  # fmt: skip
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_killed_exports_part_files_are_removed_later(tmp_path: Path) -> None:
    old = time.time() - 2 * 3600
    stale = [tmp_path / ".dialogue-desk-abc123.part.xlsx", tmp_path / ".report.pdf.x1y2z3q4.tmp"]
    fresh = tmp_path / ".dialogue-desk-running.part.xlsx"  # another window is writing it
    mine = [tmp_path / "report.pdf", tmp_path / ".hidden-notes.txt"]
    for path in [*stale, fresh, *mine]:
        path.write_text("names, e-mails and phones")
    for path in stale:
        os.utime(path, (old, old))
    os.utime(mine[1], (old, old))
    removed = files.remove_leftovers(tmp_path)
    assert sorted(removed) == sorted(stale)
    assert fresh.exists() and all(path.exists() for path in mine)


def test_openpyxl_spools_in_the_private_folder(store, demo_event, tmp_path, monkeypatch) -> None:
    import tempfile

    from dialogue_desk.exchange.workbook.event import write_event_workbook

    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    seen: list[str] = []
    from openpyxl.worksheet import _writer

    write_event_workbook(store, demo_event, tmp_path / "e.xlsx")
    spool = _writer.create_temporary_file
    seen.append(spool())
    assert Path(seen[0]).parent == files.private_temporary_folder()
    Path(seen[0]).unlink()
    assert not list(shared.iterdir())
    if os.name == "posix":
        assert stat.S_IMODE(files.private_temporary_folder().stat().st_mode) == 0o700


def test_codes_make_workbooks_in_two_languages_stack(store, store_path, demo_event, tmp_path):
    books = {}
    for language in ("et", "sv"):
        target = tmp_path / f"{language}.xlsx"
        assert cli.main(["export", str(demo_event), "--xlsx", str(target), "--lang", language,
                         "--codes", "--db", str(store_path)]) == 0  # fmt: skip
        books[language] = openpyxl.load_workbook(target)
    et, sv = (books[k].worksheets[2] for k in ("et", "sv"))  # the participants
    et_header = [c.value for c in et[1]]
    sv_header = [c.value for c in sv[1]]
    et_codes = [i for i, h in enumerate(et_header) if h.endswith(" [code]")]
    sv_codes = [i for i, h in enumerate(sv_header) if h.endswith(" [code]")]
    assert et_codes == sv_codes and len(et_codes) >= 5  # group, walk-in, three consents
    for index in et_codes:
        et_values = [row[index] for row in et.iter_rows(min_row=2, values_only=True)]
        sv_values = [row[index] for row in sv.iter_rows(min_row=2, values_only=True)]
        assert sorted(map(str, et_values)) == sorted(map(str, sv_values))  # same codes
    group = et_codes[0]
    assert {row[group] for row in et.iter_rows(min_row=2, values_only=True)} <= {
        g.value for g in StakeholderGroup
    }
    responses = books["et"].worksheets[6]
    header = [c.value for c in responses[1]]
    assert any(h.endswith(" [code]") for h in header)  # channel (and choices)
    # Without --codes: no code column.
    plain = tmp_path / "plain.xlsx"
    assert cli.main(["export", str(demo_event), "--xlsx", str(plain),
                     "--db", str(store_path)]) == 0  # fmt: skip
    assert not any(str(c.value).endswith("[code]")
                   for c in openpyxl.load_workbook(plain).worksheets[2][1])  # fmt: skip
