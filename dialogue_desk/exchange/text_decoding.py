"""Turn the bytes of a text list into text, and every cell into plain safe text.

CSV files arrive in UTF-8 (with or without BOM), UTF-16, or a Windows code page of the
Baltic, Nordic or Russian countries; sometimes in two of them at once, when rows were pasted
together from different programs. Each line is decoded on its own when the file is mixed, and
the lines that were not UTF-8 are reported, so a mixed file is never silently turned into
mojibake ("JÃ¼ri"). Cells lose control characters and invisible format characters, which
cannot be typed at a keyboard and are how a formula or a spoofed name hides in a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Tried in this order after UTF-8: Baltic (cp1257), Cyrillic (cp1251), Western (cp1252).
#: A decode that succeeds with letters of the wrong script is rejected by ``plausible``.
CODEPAGES = ("cp1257", "cp1251", "cp1252")
CODEPAGE_NAMES = {
    "cp1257": "Windows-1257 (Baltic)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1252": "Windows-1252 (Western)",
}

#: C0 and C1 controls (but tab and line breaks), DEL, zero-width space, bidi embeddings,
#: overrides and isolates, the BOM / zero-width no-break space and the non-characters.
CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]"
)
_LATIN_EXTRA = set("āčēģīķļņšūžõäöüåéÅÄÖÜÕĀČĒĢĪĶĻŅŠŪŽ")
#: Letters only Baltic (cp1257) or only Western (cp1252) text has where the two code pages
#: put different letters on the same byte (ç/ē, è/č, ï/ļ, à/ą …).
_BALTIC = set("āčēģīķļņšūžąęėįųĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ")
_WESTERN = set("éèàçêëïîôûùœñáíóúßâÉÈÀÇÊËÏÎÔÛÙŒÑÁÍÓÚ")


class UndecodableError(ValueError):
    """The bytes are not text in any encoding a list is written in."""


@dataclass
class Decoded:
    """The text of a file, the encoding it was in and the lines that were in another one."""

    text: str
    encoding: str
    #: 1-based physical line numbers decoded with ``other_encoding`` instead of ``encoding``.
    other_lines: list[int] = field(default_factory=list)
    other_encoding: str = ""


def clean_cell(text: str) -> str:
    """A cell's text without control or invisible format characters, tabs as spaces."""
    if "\t" in text:
        text = text.replace("\t", " ")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL.sub("", text).strip()


def plausible(text: str, encoding: str) -> bool:
    """Does the decoded text look like real words in that code page's script?"""
    letters = [ch for ch in text if ch.isalpha() and ord(ch) > 127]
    if not letters:
        return True
    if encoding == "cp1251":
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
        return cyrillic / len(letters) > 0.9 and not any(ch in "ЂЃѓЉЊЌЋЏђљњќћџ" for ch in letters)
    return sum(ch in _LATIN_EXTRA for ch in letters) / len(letters) > 0.8


def _codepage(data: bytes) -> tuple[str, str]:
    for encoding in CODEPAGES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if plausible(text, encoding):
            if encoding == "cp1257":
                western = data.decode("cp1252", errors="replace")
                if _count(western, _WESTERN) > _count(text, _BALTIC):
                    return western, "cp1252"  # French, Spanish, German … saved by Excel
            return text, encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


def _count(text: str, letters: set[str]) -> int:
    return sum(1 for ch in text if ch in letters)


def decode(data: bytes) -> Decoded:
    """The text of ``data``; raises UndecodableError for a binary file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        if b"\x00" in data[:4096]:
            try:
                return Decoded(data.decode("utf-16"), "utf-16")
            except UnicodeDecodeError as error:
                raise UndecodableError("utf-16") from error
        data = data[2:]  # a UTF-16 mark in front of 8-bit text: a program's mistake
    if b"\x00" in data[:4096]:
        raise UndecodableError("binary")
    encoding = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "utf-8-sig"
    try:
        return Decoded(data.decode("utf-8"), encoding)
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8_lines: dict[int, str] = {}
    other: list[int] = []
    for number, line in enumerate(lines):
        try:
            utf8_lines[number] = line.decode("utf-8")
        except UnicodeDecodeError:
            other.append(number)
    real_utf8 = any(not line.isascii() for line in utf8_lines.values())
    if not real_utf8:
        text, codepage = _codepage(data)
        return Decoded(text, codepage)
    # Both kinds of line: UTF-8 lines as they are, the others in the code page they fit.
    _, codepage = _codepage(b"\n".join(lines[n] for n in other))
    parts = [
        utf8_lines[n] if n in utf8_lines else lines[n].decode(codepage, errors="replace")
        for n in range(len(lines))
    ]
    return Decoded("\n".join(parts), encoding, [n + 1 for n in other], codepage)
