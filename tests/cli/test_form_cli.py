"""``import-form`` with warnings and ``export-form FORM --xlsx FILE`` keeping the form's logic."""

from __future__ import annotations

from pathlib import Path

from dialogue_desk import cli
from dialogue_desk.exchange.xlsform import read_xlsform

FORMS = Path(__file__).parents[1] / "fixtures" / "forms"


def test_export_form_writes_the_skip_logic_back(store_path, tmp_path, capsys):
    assert cli.main(["import-form", str(FORMS / "skip_chain.xlsx"), "--db", str(store_path)]) == 0
    form_id = capsys.readouterr().out.split()[0]
    out = tmp_path / "again.xlsx"
    assert cli.main(["export-form", form_id, "--xlsx", str(out), "--db", str(store_path)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    spec = read_xlsform(out)
    relevant = {q.name: q.logic.get("relevant") for q in spec.questions}
    assert relevant["morning"] == "${attended} = 'yes'" and relevant["never"] == "0"
    by_title = tmp_path / "by-title.xlsx"
    assert cli.main(["export-form", "SKIP_CHAIN", "--xlsx", str(by_title),
                     "--db", str(store_path)]) == 0  # fmt: skip
    assert by_title.is_file()


def test_import_form_prints_a_warning_per_left_out_question(store_path, capsys):
    assert cli.main(["import-form", str(FORMS / "media.xlsx"), "--db", str(store_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.split()[1] == "2"
    assert captured.err.count("warning:") == 5 and "Survey row 4" in captured.err


def test_export_form_of_an_unknown_form_or_into_a_missing_folder(store_path, tmp_path, capsys):
    assert cli.main(["import-form", str(FORMS / "cascade.xlsx"), "--db", str(store_path)]) == 0
    capsys.readouterr()
    assert cli.main(["export-form", "nope", "--xlsx", str(tmp_path / "x.xlsx"),
                     "--db", str(store_path)]) == 1  # fmt: skip
    assert "no evaluation form" in capsys.readouterr().err
    missing = tmp_path / "absent" / "x.xlsx"
    assert cli.main(["export-form", "1", "--xlsx", str(missing), "--db", str(store_path)]) == 1
    assert "error:" in capsys.readouterr().err
