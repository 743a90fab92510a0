"""Catalogues: complete, in step with the code, loaded for the UI and for exports."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dialogue_desk.i18n import LANGUAGES, normalise, translate_in
from dialogue_desk.paths import translations_path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_CATALOGUES = ROOT / "translations"


def _unfinished(ts: Path) -> list[str]:
    bad = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            bad.append(message.findtext("source") or "")
    return bad


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"] + ["en"])
def test_catalogue_is_complete_and_built(code: str) -> None:
    ts = SOURCE_CATALOGUES / f"dialogue_desk_{code}.ts"
    assert ts.exists()
    assert _unfinished(ts) == []
    assert (translations_path() / f"dialogue_desk_{code}.qm").exists()


def test_lupdate_finds_no_string_the_catalogues_lack() -> None:
    if not (ROOT / "scripts" / "update_translations.py").exists():
        pytest.skip("source checkout needed")
    assert shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_english_plurals_and_export_language() -> None:
    assert translate_in("en", "MainWindow", "%n participant(s)", 1) == "1 participant"
    assert translate_in("en", "MainWindow", "%n participant(s)", 3) == "3 participants"
    assert translate_in("xx", "Labels", "Decision") == "Decision"
    assert normalise("ru_RU") == "ru" and normalise("de_DE") == "en" and normalise(None) == "en"


def test_a_broken_catalogue_falls_back_to_english(tmp_path: Path, monkeypatch, caplog) -> None:
    from dialogue_desk import i18n

    (tmp_path / "dialogue_desk_lv.qm").write_bytes(b"not a catalogue")
    monkeypatch.setattr(i18n, "translations_path", lambda: tmp_path)
    assert i18n._load_app_catalogue("lv") is None
    assert "falling back to English" in caplog.text


@pytest.mark.parametrize(
    ("code", "names"),
    [("lv", ["Abele", "Ābele", "Cīrulis", "Čakste", "Sīlis", "Šķēle", "Zara", "Žagars"]),
     ("et", ["Ots", "Sööt", "Šmidt", "Zõbin", "Žukov", "Tamm", "Wiik", "Õun", "Ärm", "Öberg",
             "Ümar"]),
     ("sv", ["Andersson", "Zetterberg", "Ångström", "Ärlig", "Öberg"]),
     ("ru", ["Ёлкин", "Иванов", "Йогурт", "Смирнова", "Abele", "Zara"]),
     ("en", ["Abele", "Ābele", "Ångström", "Öberg", "Ozols", "Zara", "Смирнова"])],
)  # fmt: skip
def test_collation_follows_the_languages_alphabet(code: str, names: list[str]) -> None:
    from dialogue_desk.i18n import collation_key

    assert sorted(reversed(names), key=collation_key(code)) == names


def test_collation_keys_are_made_per_thread() -> None:
    import threading

    from dialogue_desk.i18n import collation_key

    results: list[list[str]] = []
    names = ["Šķēle", "Sīlis", "Zara", "Čakste", "Cīrulis"]

    def work() -> None:
        results.append(sorted(names, key=collation_key("lv")))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [["Cīrulis", "Čakste", "Sīlis", "Šķēle", "Zara"]] * 4


def test_dates_times_and_numbers_in_the_languages_way() -> None:
    import datetime as dt

    from dialogue_desk.i18n import format_date, format_integer, format_number, format_time

    day = dt.date(2026, 5, 14)
    assert format_date(day, "et") == "14. mai 2026"
    assert format_date(day, "en", style="short") == "14/05/2026"
    assert format_date(None, "en") == "" and format_time(None, "lv") == ""
    assert format_time(dt.datetime(2026, 5, 14, 9, 5), "sv") == "09:05"
    assert format_number(3.5, "et") == "3,5" and format_number(4, "sv", 0) == "4"
    assert format_integer(12345, "en") == "12,345"
