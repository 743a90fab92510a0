"""Help translators work on the .ts catalogues without Qt Linguist.

    python scripts/ts_fill.py dump ru > ru.json          # unfinished messages as JSON
    python scripts/ts_fill.py dump ru --all > ru.json    # every message
    python scripts/ts_fill.py apply ru ru.json           # write translations back

Each JSON entry: {"context", "source", "comment", "numerus", "translation"}; for a numerus
message "translation" is a list of plural forms (et, sv, en: 2 forms "one, other";
lv: 3 forms "zero-ish/one/other" as Qt orders them: n%10==1&&n%100!=11, n!=0, n==0;
ru: 3 forms "one, few, many").
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"


def _path(code: str) -> Path:
    return TRANSLATIONS / f"dialogue_desk_{code}.ts"


def _entries(root: ET.Element, everything: bool) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            if not everything and translation.get("type") != "unfinished":
                continue
            numerus = message.get("numerus") == "yes"
            value: object = (
                [form.text or "" for form in translation.iter("numerusform")]
                if numerus
                else translation.text or ""
            )
            out.append({"context": name, "source": message.findtext("source") or "",
                        "comment": message.findtext("comment") or "", "numerus": numerus,
                        "translation": value})  # fmt: skip
    return out


def dump(code: str, everything: bool) -> None:
    root = ET.parse(_path(code)).getroot()
    json.dump(_entries(root, everything), sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(code: str, source: Path) -> None:
    path = _path(code)
    tree = ET.parse(path)
    wanted = {(e["context"], e["source"], e.get("comment", "")): e for e in
              json.loads(source.read_text(encoding="utf-8"))}  # fmt: skip
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            entry = wanted.get(key)
            if entry is None:
                continue
            translation = message.find("translation")
            assert translation is not None
            value = entry["translation"]
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for text in value:  # type: ignore[union-attr]
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = str(value)
            if value and (not isinstance(value, list) or all(value)):
                translation.attrib.pop("type", None)
                done += 1
    ET.indent(tree, space="    ")
    with path.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
    print(f"{path.name}: {done} translations written", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "dump":
        dump(sys.argv[2], "--all" in sys.argv)
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply(sys.argv[2], Path(sys.argv[3]))
    else:
        raise SystemExit(__doc__)
