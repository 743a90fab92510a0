"""Export commands, the comparison workbook and the close-event sync-out."""

from __future__ import annotations

import datetime as dt
import sys

import openpyxl
import pytest

from dialogue_desk import cli
from dialogue_desk.exchange import sync_out
from dialogue_desk.exchange.workbook.comparison import write_comparison_workbook
from dialogue_desk.services.demo import create_demo_event
from dialogue_desk.services.events import get_event
from dialogue_desk.settings import Settings
from dialogue_desk.store.enums import EventStatus


@pytest.fixture
def no_pdf(monkeypatch):
    """A PDF summary that cannot be written (and a faster test: no PDF is laid out)."""
    import dialogue_desk.exchange.pdf.report as report
    from dialogue_desk.services.errors import ServiceError

    def fail(*args, **kwargs):
        raise ServiceError("The PDF summary is not available: the disk is full.")

    monkeypatch.setattr(report, "write_report", fail)
    monkeypatch.setattr(report, "write_snapshot_report", fail)


def test_export_works_while_the_app_has_the_store_open(store, store_path, demo_event, tmp_path,
                                                       capsys):  # fmt: skip
    target = tmp_path / "event.xlsx"
    code = cli.main(["export", str(demo_event), "--xlsx", str(target), "--lang", "en",
                     "--db", str(store_path)])  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert openpyxl.load_workbook(target).sheetnames[0] == "Summary"
    assert [e.action for e in sync_out.export_history(Settings().export_folder())] == ["export"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["export", "999", "--xlsx", "X"], "no event"),
     (["export", "1", "--xlsx", "/nonexistent/folder/x.xlsx"], "does not exist"),
     (["export", "1"], "--xlsx FILE"),
     (["export", "1", "--xlsx", "X", "--lang", "de"], "unknown language"),
     (["export", "1", "--pdf", "X.pdf"], "PDF summary is not available"),
     (["export-comparison", "1", "42", "--xlsx", "X"], "no event")],
)  # fmt: skip
def test_export_failures_are_one_line_and_non_zero(store, store_path, demo_event, tmp_path, capsys,
                                                   no_pdf, argv, message):  # fmt: skip
    argv = [str(tmp_path / a) if a in ("X", "X.pdf") else a for a in argv]
    assert cli.main([*argv, "--db", str(store_path)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1
    assert not list(tmp_path.glob("X*"))


def test_pseudonymised_export_from_the_command_line(store, store_path, demo_event, tmp_path):
    target = tmp_path / "anon.xlsx"
    args = ["export", str(demo_event), "--xlsx", str(target), "--pseudonymise", "--lang", "en"]
    assert cli.main([*args, "--db", str(store_path)]) == 0
    headers = [c.value for c in openpyxl.load_workbook(target)["Participants"][1]]
    assert "E-mail" not in headers and "First name" not in headers


def test_comparison_workbook(store, demo_event, tmp_path):
    other = create_demo_event(store, participants=25, responses=6, seed=3,
                              start=dt.date(2026, 10, 1), title="Pilot Rīga")  # fmt: skip
    path = write_comparison_workbook(store, [demo_event, other], tmp_path / "c.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Comparison"
    assert {"Registered", "Attended", "Attendance rate", "Stakeholder mix"} <= set(book.sheetnames)
    overview = book["Comparison"]
    headers = [c.value for c in overview[1]]
    rows = list(overview.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2
    assert rows[1][0].startswith("Pilot Rīga")
    mix = [i for i, h in enumerate(headers) if h.startswith("Mix: ")]
    assert len(mix) == 6 and all(sum(r[i] for i in mix) == pytest.approx(1) for r in rows)
    means = [i for i, h in enumerate(headers) if h.startswith("Mean: ")]
    assert means and all(1 <= r[i] <= 5 for r in rows for i in means)
    assert isinstance(rows[0][headers.index("First day")], dt.datetime)
    assert all(book[name]._charts for name in book.sheetnames[1:])


def test_close_event_writes_files_keeps_history_and_can_reopen(store, demo_event, tmp_path,
                                                                no_pdf):  # fmt: skip
    base = tmp_path / "exports"
    base.mkdir()
    first = sync_out.close_and_export(store, demo_event, base=base, language="en")
    assert first.workbook.exists() and first.workbook.parent == first.folder
    assert first.folder.parent == base
    assert first.workbook.name.startswith(dt.date.today().isoformat())
    assert first.pdf is None and "not available" in first.pdf_problem
    assert get_event(store, demo_event).status is EventStatus.CLOSED
    sync_out.reopen_event(store, demo_event)
    assert get_event(store, demo_event).status is EventStatus.RUNNING
    second = sync_out.close_and_export(store, demo_event, base=base, language="en")
    assert second.workbook != first.workbook and first.workbook.exists()  # history kept
    history = sync_out.export_history(base, demo_event)
    assert [h.files[0] for h in history] == [first.workbook, second.workbook]


def test_close_event_with_the_pdf(store, demo_event, tmp_path, monkeypatch):
    import types

    def write_report(store, event_id, path, *, language="en", pseudonymise=False):
        path.write_bytes(b"%PDF-1.4")
        return path

    def write_snapshot_report(snapshot, path, *, language="en", progress=None):
        assert snapshot.event.status is EventStatus.CLOSED
        return write_report(None, snapshot.event.id, path)

    module = types.ModuleType("dialogue_desk.exchange.pdf.report")
    module.write_report = write_report
    module.write_snapshot_report = write_snapshot_report
    monkeypatch.setitem(sys.modules, "dialogue_desk.exchange.pdf.report", module)
    result = sync_out.close_and_export(store, demo_event, base=tmp_path, language="en")
    assert result.pdf is not None and result.pdf.suffix == ".pdf" and result.pdf.exists()


def test_export_folder_setting(tmp_path):
    assert Settings().export_folder().name == "exports"
    Settings().set_export_folder(tmp_path)
    assert Settings().export_folder() == tmp_path
    Settings().set_export_folder(None)
    assert Settings().export_folder().name == "exports"


def test_close_event_command(store_path, tmp_path, capsys, no_pdf):
    from dialogue_desk.store import open_store

    with open_store(store_path) as store:
        event_id = create_demo_event(store, participants=5, responses=2)
    assert cli.main(["close-event", str(event_id), "--folder", str(tmp_path),
                     "--db", str(store_path)]) == 0  # fmt: skip
    captured = capsys.readouterr()
    assert captured.out.strip().endswith(".xlsx") and "not available" in captured.err
    assert cli.main(["close-event", str(event_id), "--reopen", "--db", str(store_path)]) == 0
