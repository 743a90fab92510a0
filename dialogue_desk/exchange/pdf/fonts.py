"""The faces every PDF can use, and which face prints each character.

Bundled (``resources/fonts/``, each with its licence): DejaVu Sans for Latin, Cyrillic and
Greek, and Noto Sans for Arabic (Persian, Urdu, Kurdish), Hebrew, Syriac, Ethiopic (Tigrinya,
Amharic), Armenian and Georgian. Any other script (CJK above all) is printed in a system font
found by coverage: fontconfig on Linux, the usual font folders on Windows and macOS. Bold and
italic fall back to the script's regular face where the script has no such face.

Every face is registered as a :class:`LogicalFont`, whose ToUnicode map turns shaped glyphs
(Arabic joining forms, ligatures, Syriac forms) back into the letters that were typed, so text
copied from the PDF or read by ``pdftotext`` is the logical text.
"""

from __future__ import annotations

import functools
import glob
import os
import shutil
import subprocess
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from dialogue_desk.i18n import translate
from dialogue_desk.paths import resource_path
from dialogue_desk.services.errors import ServiceError

#: The Latin/Cyrillic/Greek family; its face names are the ones the styles use.
BASE = "DejaVuSans"

# (family, regular, bold, italic, ranges the family is preferred for). The base family prints
# every character it has outside those ranges; ranges go to the script's own face because
# DejaVu's Arabic and Hebrew are partial and its oblique face has neither.
_BUNDLED: tuple[tuple[str, str, str | None, str | None, tuple[tuple[int, int], ...]], ...] = (
    (BASE, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", ()),
    ("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", None,
     ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", None,
     ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    ("NotoSansSyriac", "NotoSansSyriac-Regular.ttf", None, None,
     ((0x0700, 0x074F), (0x0860, 0x086F))),
    ("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf", None,
     ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF))),
    ("NotoSansArmenian", "NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf", None,
     ((0x0530, 0x058F), (0xFB13, 0xFB17))),
    ("NotoSansGeorgian", "NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf", None,
     ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))),
)  # fmt: skip

#: The bundled font files (the installer and its test check they are shipped).
BUNDLED_FILES = tuple(name for entry in _BUNDLED for name in entry[1:4] if isinstance(name, str))


@dataclass
class Family:
    """A registered family: face names for regular, bold, italic and bold italic."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    cmap: frozenset[int]
    path: Path
    ranges: tuple[tuple[int, int], ...] = ()

    def face(self, bold: bool, italic: bool) -> str:
        if bold:
            return self.bold_italic if italic else self.bold
        return self.italic if italic else self.regular


_lock = threading.RLock()
_families: dict[str, Family] = {}
_system_tried: set[int] = set()
_system_files: list[tuple[str, int]] | None = None


def _font_error(path: Path, error: object) -> ServiceError:
    return ServiceError(
        translate(
            "PdfExport", "The font {file} that PDFs need is missing or damaged ({reason})."
        ).format(file=path, reason=error)
    )


def _register_face(name: str, path: Path, index: int = 0) -> None:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(LogicalFont(name, str(path), subfontIndex=index))


def register_bundled() -> None:
    """Register the bundled families with reportlab (once per process)."""
    with _lock:
        if BASE in _families:
            return
        for family, regular, bold, italic, ranges in _BUNDLED:
            faces: dict[str, str] = {}
            for role, filename in (("regular", regular), ("bold", bold), ("italic", italic)):
                if filename is None:
                    continue
                path = resource_path("fonts", filename)
                face = Path(filename).stem.replace("-Regular", "")
                try:
                    _register_face(face, path)
                except Exception as error:  # reportlab raises TTFError or OSError
                    raise _font_error(path, error) from error
                faces[role] = face
            # fmt: skip
            _add_family(family, faces, resource_path("fonts", regular), ranges)


def _add_family(
    family: str, faces: dict[str, str], path: Path, ranges: tuple[tuple[int, int], ...] = ()
) -> Family:
    regular = faces["regular"]
    bold = faces.get("bold", regular)
    italic = faces.get("italic", regular)
    bold_italic = bold if "bold" in faces else italic
    pdfmetrics.registerFontFamily(
        family, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic
    )
    font = pdfmetrics.getFont(regular)
    cmap = frozenset(font.face.charToGlyph)
    entry = Family(family, regular, bold, italic, bold_italic, cmap, path, ranges)
    _families[family] = entry
    return entry


def families() -> list[Family]:
    register_bundled()
    return list(_families.values())


def families_by_name() -> dict[str, Family]:
    register_bundled()
    return _families


def base_family() -> Family:
    register_bundled()
    return _families[BASE]


def family_for(codepoint: int) -> Family | None:
    """The family that prints ``codepoint``, or None when no font here has it."""
    register_bundled()
    for entry in _families.values():
        if entry.ranges and codepoint in entry.cmap:
            for low, high in entry.ranges:
                if low <= codepoint <= high:
                    return entry
    base = _families[BASE]
    if codepoint in base.cmap:
        return base
    for entry in _families.values():
        if codepoint in entry.cmap:
            return entry
    return _system_family_for(codepoint)


# --- system fonts, found by coverage --------------------------------------------------------


def _font_folders() -> list[Path]:
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts",
            home / ".local" / "share" / "fonts"]  # fmt: skip


def _fontconfig_files(codepoint: int) -> list[tuple[str, int]] | None:
    """Font files that have ``codepoint``, from fontconfig; None where there is none."""
    command = shutil.which("fc-list")
    if command is None:
        return None
    try:
        result = subprocess.run(
            [command, f":charset={codepoint:x}", "--format", "%{file}\t%{index}\n"],
            capture_output=True, text=True, timeout=10, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    found = []
    for line in result.stdout.splitlines():
        file, _, index = line.partition("\t")
        if file:
            found.append((file, int(index or 0)))
    # Sans faces first, then by name, so the choice is the same on every run.
    return sorted(found, key=lambda item: ("sans" not in item[0].lower(), item))


def _folder_files() -> list[tuple[str, int]]:
    global _system_files
    if _system_files is None:
        files: list[tuple[str, int]] = []
        for folder in _font_folders():
            for pattern in ("**/*.ttf", "**/*.TTF", "**/*.ttc", "**/*.TTC", "**/*.otf"):
                files += [(f, 0) for f in glob.glob(str(folder / pattern), recursive=True)]
        _system_files = sorted(set(files))
    return _system_files


@functools.lru_cache(maxsize=4096)
def _file_cmap(file: str, index: int) -> frozenset[int]:
    """The characters of a font file reportlab can embed (TrueType outlines); read once."""
    from fontTools.ttLib import TTFont as ToolsFont

    try:
        font = ToolsFont(file, lazy=True, fontNumber=index)
        # reportlab embeds TrueType outlines only (no CFF).
        if "glyf" not in font:
            return frozenset()
        return frozenset(font.getBestCmap() or {})
    except Exception:  # a damaged or unsupported font file is simply not a candidate
        return frozenset()


def _covers(file: str, index: int, codepoint: int) -> bool:
    return codepoint in _file_cmap(file, index)


def _system_family_for(codepoint: int) -> Family | None:
    with _lock:
        for entry in _families.values():
            if codepoint in entry.cmap:
                return entry
        if codepoint in _system_tried:
            return None
        _system_tried.add(codepoint)
        if unicodedata.category(chr(codepoint)) in ("Cc", "Cs", "Co", "Cn"):
            return None
        candidates = _fontconfig_files(codepoint)
        if candidates is None:
            candidates = [c for c in _folder_files() if _covers(c[0], c[1], codepoint)]
        for file, index in candidates:
            if not file.lower().endswith((".ttf", ".ttc", ".otf")):
                continue
            if not _covers(file, index, codepoint):
                continue
            name = f"System-{Path(file).stem}-{index}".replace(" ", "")
            try:
                _register_face(name, Path(file), index)
            except Exception:  # not embeddable (licence bits, format): try the next one
                continue
            return _add_family(name, {"regular": name}, Path(file))
        return None


# --- the logical text of shaped glyphs --------------------------------------------------------


def _glyph_sources(path: str, index: int) -> dict[str, str]:
    """For each glyph reached only through substitution, the letters it stands for."""
    from fontTools.ttLib import TTFont as ToolsFont

    font = ToolsFont(path, lazy=True, fontNumber=index)
    by_glyph: dict[str, int] = {}
    for code, glyph in sorted((font.getBestCmap() or {}).items(), reverse=True):
        by_glyph[glyph] = code  # the lowest code wins: the letter, not a presentation form
    text = {glyph: chr(code) for glyph, code in by_glyph.items()}
    sources: dict[str, list[str]] = {}
    if "GSUB" in font:
        for lookup in font["GSUB"].table.LookupList.Lookup:
            for table in lookup.SubTable:
                table = getattr(table, "ExtSubTable", table)
                kind = getattr(table, "LookupType", lookup.LookupType)
                if kind == 1:
                    for source, target in table.mapping.items():
                        sources.setdefault(target, [source])
                elif kind in (2, 3):
                    mapping = table.mapping if kind == 2 else table.alternates
                    for source, targets in mapping.items():
                        for target in targets:
                            sources.setdefault(target, [source])
                elif kind == 4:
                    for first, ligatures in table.ligatures.items():
                        for ligature in ligatures:
                            sources.setdefault(ligature.LigGlyph, [first, *ligature.Component])

    def resolve(glyph: str, depth: int = 0) -> str:
        if glyph in text:
            return text[glyph]
        if depth > 8 or glyph not in sources:
            return ""
        value = "".join(resolve(part, depth + 1) for part in sources[glyph])
        text[glyph] = value
        return value

    return {glyph: resolve(glyph) for glyph in sources}


def _logical_text(font: LogicalFont, code: int) -> str:
    if 0xE000 <= code <= 0xF8FF:
        gid = font.face.charToGlyph.get(code)
        if gid is not None:
            if font.glyph_sources is None:
                try:
                    font.glyph_sources = _glyph_sources(font.face.filename, font.subfont_index)
                except Exception:  # no GSUB to read: the private code stays
                    font.glyph_sources = {}
            names = getattr(font, "_glyph_names", None)
            if names is None:
                from fontTools.ttLib import TTFont as ToolsFont

                names = ToolsFont(
                    font.face.filename, lazy=True, fontNumber=font.subfont_index
                ).getGlyphOrder()
                font._glyph_names = names  # type: ignore[attr-defined]
            if gid < len(names) and font.glyph_sources.get(names[gid]):
                return font.glyph_sources[names[gid]]
    if 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return unicodedata.normalize("NFKC", chr(code))
    return chr(code)


def _to_unicode(font: LogicalFont, name: str, subset: list[int]) -> str:
    def utf16(text: str) -> str:
        return text.encode("utf-16-be").hex().upper() or "FFFD"

    pairs = []
    for i, code in enumerate(subset):
        text = _logical_text(font, code)
        if len(text) > 1 and unicodedata.bidirectional(text[0]) in ("R", "AL"):
            # Readers (poppler's pdftotext, for one) put a right-to-left line into logical
            # order character by character, which also reverses a ligature's letters; stored
            # reversed, they come out as typed.
            text = text[::-1]
        pairs.append(f"<{i:02X}> <{utf16(text)}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo", f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0",
            ">> def", f"/CMapName /{name} def", "/CMapType 2 def", "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
            *pairs,
            "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
        ]
    )  # fmt: skip


class LogicalFont(TTFont):
    """A TrueType face whose ToUnicode map gives shaped glyphs their typed letters back."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:  # noqa: N803
        super().__init__(name, filename, subfontIndex=subfontIndex)
        self.subfont_index = subfontIndex
        self.glyph_sources: dict[str, str] | None = None

    def hbAddPrivate(self, name: str, gid: int, advance: int) -> int:  # noqa: N802
        """reportlab's private code for a shaped glyph, also when this face did not shape.

        reportlab shapes a word in the face of its first fragment and only that face gets
        the method; a word with a bold and a regular part would otherwise fail.
        """
        self.hbFace  # noqa: B018 - sets up the private-code table
        return self._TTFont__addPrivate(name, gid, advance)  # type: ignore[attr-defined]

    def addObjects(self, doc: object) -> None:  # noqa: N802 - reportlab's name
        """As reportlab's, with the logical ToUnicode map."""
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            base_name = base.decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal
            pdf_font.BaseFont = base_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            stream = pdfdoc.PDFStream()
            stream.content = _to_unicode(self, base_name, subset)
            if doc.compression:  # type: ignore[attr-defined]
                stream.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(stream, "toUnicodeCMap:" + base_name)  # type: ignore[attr-defined]
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_name, subset)
            doc.Reference(pdf_font, internal)  # type: ignore[attr-defined]
            doc.idToObject["BasicFonts"].dict[internal] = pdf_font  # type: ignore[attr-defined]
        del self.state[doc]
