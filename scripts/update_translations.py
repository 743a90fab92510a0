"""Regenerate the Qt Linguist catalogues from the code and build the .qm files.

    python scripts/update_translations.py          # lupdate (whole package) + lrelease
    python scripts/update_translations.py --check  # exit 1 if lupdate would add strings

English is the source language; ``dialogue_desk_en.ts`` holds only the plural forms English
needs ("%n participant(s)" -> "1 participant" / "5 participants"). Regenerating needs
pyside6-lupdate 6.12 or newer (older ones drop plural forms; the script says how to get it);
``--check`` works with any.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "dialogue_desk"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("et", "lv", "sv", "ru")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Addons")
    return found


def lupdate(ts: Path, *, plural_only: bool = False) -> str:
    args = [_tool("lupdate"), "-extensions", "py", "-recursive", str(PACKAGE), "-no-obsolete",
            "-locations", "none", "-source-language", "en", "-ts", str(ts)]  # fmt: skip
    if plural_only:
        args.insert(1, "-pluralonly")
    if not ts.name.endswith("_en.ts"):
        args[-2:-2] = ["-target-language", ts.stem.rsplit("_", 1)[1]]
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    return result.stdout


#: lupdate before 6.12 reads no plural forms from ``translate(context, text, "", n)`` calls (the
#: core's and QCoreApplication's): regenerating with it would turn 30-odd plural messages into
#: plain ones and lose their translated forms.
LUPDATE_AT_LEAST = (6, 12)


def require_plural_aware_lupdate() -> None:
    result = subprocess.run([_tool("lupdate"), "-version"], capture_output=True, text=True)
    found = re.search(r"(\d+)\.(\d+)", result.stdout + result.stderr)
    version = (int(found.group(1)), int(found.group(2))) if found else (0, 0)
    if version < LUPDATE_AT_LEAST:
        raise SystemExit(
            f"pyside6-lupdate {'.'.join(map(str, version))} drops plural forms; version "
            f"{'.'.join(map(str, LUPDATE_AT_LEAST))} or newer is needed. Install it beside the "
            "project (python3 -m venv /tmp/lupdate && /tmp/lupdate/bin/pip install "
            "'PySide6-Addons>=6.12') and run this script with /tmp/lupdate/bin/python."
        )


def lrelease(ts: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True)  # fmt: skip


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def missing_strings() -> dict[str, set[tuple[str, str]]]:
    """Strings in the code that each catalogue lacks (lupdate into a scratch copy)."""
    lacking: dict[str, set[tuple[str, str]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for code in LANGUAGES:
            ts = TRANSLATIONS / f"dialogue_desk_{code}.ts"
            copy = Path(scratch) / ts.name
            if ts.exists():
                shutil.copy(ts, copy)
            lupdate(copy)
            extra = messages(copy) - (messages(ts) if ts.exists() else set())
            if extra:
                lacking[code] = extra
    return lacking


def english_plurals(source: str) -> list[str]:
    """ "%n item(s)" -> ["%n item", "%n items"]; "%n entry(ies)" -> ["%n entry", "%n entries"]."""
    one = re.sub(r"y\(ies\)", "y", source)
    one = re.sub(r"\((?:e?s)\)", "", one)
    other = re.sub(r"y\(ies\)", "ies", source)
    other = re.sub(r"\((e?s)\)", r"\1", other)
    return [one, other]


def fill_english(ts: Path) -> None:
    """English needs no translator: its plural forms follow from the source text."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or message.get("numerus") != "yes":
            continue
        for form in list(translation):
            translation.remove(form)
        for text in english_plurals(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with ts.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing strings")
    args = parser.parse_args()
    if args.check:
        lacking = missing_strings()
        for code, extra in lacking.items():
            print(f"{code}: {len(extra)} strings missing, e.g. {sorted(extra)[:3]}")
        return 1 if lacking else 0
    require_plural_aware_lupdate()
    for code in LANGUAGES:
        print(lupdate(TRANSLATIONS / f"dialogue_desk_{code}.ts").strip().splitlines()[-1])
    lupdate(TRANSLATIONS / "dialogue_desk_en.ts", plural_only=True)
    fill_english(TRANSLATIONS / "dialogue_desk_en.ts")
    # qtbase_et.ts: Qt's standard strings in Estonian, which Qt itself does not ship.
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        lrelease(ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
