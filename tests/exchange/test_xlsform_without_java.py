"""An XLSForm imports on a machine without Java (ODK Validate is not needed)."""

from __future__ import annotations

from dialogue_desk.exchange.xlsform import read_xlsform


def test_xlsform_reads_without_java(samples, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PATH", str(tmp_path))  # no java anywhere
    form = read_xlsform(samples / "evaluation_xlsform_tallinn.xlsx")
    assert form.questions
