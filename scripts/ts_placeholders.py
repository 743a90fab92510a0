"""Carry a change of placeholder style from the code into the catalogues.

    python scripts/ts_placeholders.py changes.json [changes2.json ...]

Each file holds ``{"changed": [{"context": C, "old": "Reading %1…", "new": "Reading {file}…"}]}``.
For every catalogue, the message ``old`` of context ``C`` gets the source ``new``, and its
translation the same placeholders: the k-th ``%N`` of ``old`` is the k-th ``{name}`` of ``new``,
so "Loen %1…" becomes "Loen {file}…". Braces already in a translation are doubled first, since
the new string goes through ``str.format``. Translations stay finished; run
``update_translations.py`` afterwards to rebuild the ``.qm`` files.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"
QT_PLACEHOLDER = re.compile(r"%(\d+)")
NAMED = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")


def mapping(old: str, new: str) -> dict[str, str]:
    """``%N`` -> ``{name}`` by the order in which they appear in ``old`` and ``new``."""
    olds = QT_PLACEHOLDER.findall(old)
    news = NAMED.findall(new)
    if len(olds) != len(news):
        raise SystemExit(f"placeholders do not line up: {old!r} -> {new!r}")
    result: dict[str, str] = {}
    for number, name in zip(olds, news, strict=True):
        if result.setdefault(number, name) != name:
            raise SystemExit(f"%{number} stands for two names in {new!r}")
    return result


def convert(text: str, table: dict[str, str]) -> str:
    text = text.replace("{", "{{").replace("}", "}}")
    return QT_PLACEHOLDER.sub(lambda m: "{" + table[m.group(1)] + "}" if m.group(1) in table
                              else m.group(0), text)  # fmt: skip


def apply(changes: list[dict[str, str]]) -> None:
    wanted = {(c["context"], c["old"]): c["new"] for c in changes}
    for ts in sorted(TRANSLATIONS.glob("dialogue_desk_*.ts")):
        tree = ET.parse(ts)
        done = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.find("source")
                if source is None or (name, source.text) not in wanted:
                    continue
                new = wanted[(name, source.text or "")]
                table = mapping(source.text or "", new)
                source.text = new
                translation = message.find("translation")
                if translation is not None:
                    forms = list(translation.iter("numerusform")) or [translation]
                    for form in forms:
                        if form.text:
                            form.text = convert(form.text, table)
                done += 1
        text = ET.tostring(tree.getroot(), encoding="unicode")
        header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        ts.write_text(header + text + "\n", encoding="utf-8")
        print(f"{ts.name}: {done} messages carried over")


def main(paths: list[str]) -> None:
    changes: list[dict[str, str]] = []
    for path in paths:
        changes += json.loads(Path(path).read_text(encoding="utf-8")).get("changed", [])
    apply(changes)


if __name__ == "__main__":
    main(sys.argv[1:])
