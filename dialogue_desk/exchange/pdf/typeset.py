"""Setting user text in any script: a shaping, hyphenating Paragraph and canvas strings.

:class:`Paragraph` is reportlab's, shaped (HarfBuzz) when its markup has runs outside the base
face and hyphenated in the document's language (pyphen), so narrow table columns break
"Eelregist-reerunud" with a hyphen rather than anywhere. :func:`draw_text` and
:func:`text_width` do the same for strings drawn straight on the canvas (badges, page headers).
"""

from __future__ import annotations

import re
import threading
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts as _rl_ttfonts
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import paragraph as _rl_paragraph

from dialogue_desk.exchange.pdf import fonts, scripts
from dialogue_desk.exchange.pdf.style import FONT_BOLD, FONT_ITALIC

#: pyphen dictionaries for the export languages.
HYPHENATION = {"en": "en_GB", "et": "et_EE", "lv": "lv_LV", "sv": "sv_SE", "ru": "ru_RU"}

_local = threading.local()
_variants: dict[tuple[int, bool, str], ParagraphStyle] = {}
_variants_lock = threading.Lock()


def set_document_language(language: str) -> None:
    """The language the paragraphs of this thread's next document hyphenate in."""
    _local.language = language


class _Hyphenator:
    """pyphen's word splitter for one language, made the first time a word needs it.

    Given as a style's ``hyphenationLang`` (reportlab takes a callable as well as a language
    name): with a name, reportlab makes a new ``pyphen.Pyphen`` at every line breaking of
    every paragraph, and loads the dictionary even when every word fits.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self._iterate: Any = None

    def __call__(self, word: str) -> Any:
        if self._iterate is None:
            import pyphen

            self._iterate = pyphen.Pyphen(lang=self.language).iterate
        return self._iterate(word)

    def __bool__(self) -> bool:
        return bool(self.language)


_hyphenators: dict[str, _Hyphenator] = {}


def _hyphenator(language: str) -> _Hyphenator | str:
    if not language:
        return ""
    found = _hyphenators.get(language)
    if found is None:
        found = _hyphenators.setdefault(language, _Hyphenator(language))
    return found


def _variant(style: ParagraphStyle, shaping: bool) -> ParagraphStyle:
    language = HYPHENATION.get(getattr(_local, "language", ""), "")
    key = (id(style), shaping, language)
    found = _variants.get(key)
    if found is None:
        with _variants_lock:
            found = _variants.get(key)
            if found is None:
                found = ParagraphStyle(
                    f"{style.name}-{int(shaping)}-{language}",
                    parent=style,
                    shaping=int(shaping),
                    hyphenationLang=_hyphenator(language),
                    # Long words without a break point (codes, e-mail addresses) still split.
                    splitLongWords=1,
                    # "Maximilian-Alexander" breaks at its own hyphen first.
                    embeddedHyphenation=1,
                    hyphenationMinWordLength=5,
                    uriWasteReduce=0.3,
                )
                # The parent stays alive in the lru-cached Styles, so its id stays unique.
                found._dd_parent = style  # type: ignore[attr-defined]
                _variants[key] = found
    return found


def _shape_by_face(word: Any, *args: Any, **kwargs: Any) -> Any:
    """reportlab's word shaping, one face at a time.

    reportlab shapes a whole word in the face of its first fragment, so in "Šķēle," with a
    bold name and a regular comma, or a Georgian name followed by a comma from the base face,
    the glyphs of one face end up drawn in another. Each same-face part is shaped on its own.
    """
    # No discretionary ligatures: Arabic fonts turn a typed "محمد" into a vowelled logo.
    kwargs.setdefault("features", _FEATURES)
    if isinstance(word, _rl_ttfonts.ShapedFragWord):
        return word  # shaped at an earlier wrap: its parts are already in visual order
    items = word[1:]
    names = {getattr(f, "fontName", None) for f, _t in items}
    if len(names) <= 1 or any(hasattr(f, "cbDefn") for f, _t in items):
        return _shape_one(word, *args, **kwargs)
    groups: list[list[Any]] = []
    for item in items:
        if groups and groups[-1][0][0].fontName == item[0].fontName:
            groups[-1].append(item)
        else:
            groups.append([item])
    text = "".join(t for _f, t in items)
    if scripts.is_rtl(text) and not scripts.has_left_to_right(text):
        # A right-to-left word's parts run from right to left too; a word mixing both
        # directions ("Aliعلي") comes in visual order already (scripts.visual_words).
        groups.reverse()
    total = 0.0
    pieces: list[Any] = []
    kind = word.__class__
    for group in groups:
        width = sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in group)
        shaped = _shape_one(word.__class__([width, *group]), *args, **kwargs)
        if shaped.__class__ is not word.__class__:
            kind = shaped.__class__
        total += shaped[0]
        pieces.extend(shaped[1:])
    return kind([total, *pieces])


_FEATURES = {"kern": True, "liga": True, "dlig": False}
_shape_one = _rl_ttfonts.shapeFragWord
_rl_paragraph.shapeFragWord = _shape_by_face


_TAGS = re.compile(r'<(/?)(b|i|strong|em)>|<font face="([^"]+)">', re.IGNORECASE)


def _weighted_faces(text: str, style: ParagraphStyle) -> str:
    """Fallback families in ``text`` named by the face their bold/italic context needs.

    reportlab resets bold and italic at ``<font face="...">``, so a Hebrew name inside
    ``<b>`` or a bold style would print regular.
    """
    by_name = fonts.families_by_name()
    bold = int(_flags(style.fontName)[0])
    italic = int(_flags(style.fontName)[1])

    def replace(match: re.Match[str]) -> str:
        nonlocal bold, italic
        closing, tag, family = match.groups()
        if family is not None:
            entry = by_name.get(family)
            if entry is None:
                return match.group(0)
            return f'<font face="{entry.face(bold > 0, italic > 0)}">'
        step = -1 if closing else 1
        if tag.lower() in ("b", "strong"):
            bold += step
        else:
            italic += step
        return match.group(0)

    return _TAGS.sub(replace, text)


class Paragraph(_Paragraph):
    """reportlab's Paragraph, shaped where its text needs it and hyphenated."""

    def __init__(self, text: str, style: ParagraphStyle | None = None, *args: Any, **kw: Any):
        self._logical: tuple[str, ...] = getattr(text, "logical", ())
        self._laid_out_for: float | None = None
        self._given_style = style
        # A right-to-left paragraph of prose starts at the right margin (table cells keep
        # their column's alignment).
        if (
            self._logical
            and style is not None
            and style.alignment == TA_LEFT
            and not style.name.startswith("cell")
            and scripts.is_rtl(self._logical[0])
        ):
            style = _aligned_right(style)
        if style is not None:
            shaping = isinstance(text, str) and scripts.needs_shaping(text)
            if shaping:
                text = _weighted_faces(text, style)
            parent = getattr(style, "_dd_parent", None)
            style = _variant(parent or style, shaping or bool(parent and style.shaping))
        super().__init__(text, style, *args, **kw)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._logical and self._laid_out_for != availWidth:
            self._break_right_to_left(availWidth)
        return super().wrap(availWidth, availHeight)

    def _break_right_to_left(self, width: float) -> None:
        """Break the typed lines to ``width``, then put each printed line in visual order."""
        style = self.style
        room = width - style.leftIndent - style.rightIndent
        lines: list[str] = []
        for line in self._logical:
            if not scripts.is_rtl(line) or text_width(line, style.fontName, style.fontSize) <= room:
                lines.append(line)
                continue
            current = ""
            for word in line.split():
                candidate = f"{current} {word}" if current else word
                if current and text_width(candidate, style.fontName, style.fontSize) > room:
                    lines.append(current)
                    current = word
                else:
                    current = candidate
            lines.append(current)
        logical, laid_out = self._logical, width
        markup = "<br/>".join(
            escape(line) if scripts.is_simple(line) else scripts.markup_line(line) for line in lines
        )
        given = self._given_style
        Paragraph.__init__(self, markup, given)
        self._logical, self._laid_out_for, self._given_style = logical, laid_out, given
        if style is not self.style:
            self.style = style  # keep the alignment chosen for the whole paragraph


def _aligned_right(style: ParagraphStyle) -> ParagraphStyle:
    key = (id(style), True, "right")
    found = _variants.get(key)
    if found is None:
        found = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        found._dd_rtl_parent = style  # type: ignore[attr-defined]
        _variants[key] = found  # type: ignore[index]
    return found


# --- strings on the canvas ------------------------------------------------------------------


def _flags(font: str) -> tuple[bool, bool]:
    return font == FONT_BOLD or font.endswith("-Bold"), font == FONT_ITALIC


def _pieces(text: str, font: str, size: float) -> list[tuple[str, Any, float]]:
    """(face, text or shaped text, width) for each word-sized piece, in visual order."""
    if scripts.is_simple(text):
        return [(font, text, pdfmetrics.stringWidth(text, font, size))]
    bold, italic = _flags(font)
    by_name = fonts.families_by_name()
    pieces = []
    for run in scripts.runs(text):
        family = by_name.get(run.family, fonts.base_family())
        face = family.face(bold, italic) if family.name != fonts.BASE else font
        if not run.shaped:
            pieces.append((face, run.text, pdfmetrics.stringWidth(run.text, face, size)))
            continue
        # One word at a time: HarfBuzz lays each right-to-left word out itself, the words
        # are already in visual order.
        for token in scripts.word_tokens(run.text):
            if token.isspace():
                pieces.append((face, token, pdfmetrics.stringWidth(token, face, size)))
                continue
            shaped = _shape_text(token, face, size)
            data = getattr(shaped, "__shapeData__", None)
            width = (
                sum(d.x_advance for d in data) * size / 1000
                if data
                else pdfmetrics.stringWidth(token, face, size)
            )
            pieces.append((face, shaped, width))
    return pieces


def _shape_text(text: str, face: str, size: float) -> Any:
    word = [pdfmetrics.stringWidth(text, face, size), (ABag(fontName=face, fontSize=size), text)]
    return _shape_by_face(word)[1][1]


def text_width(text: str, font: str, size: float) -> float:
    """The printed width of one line of user text, in points."""
    return sum(width for _face, _text, width in _pieces(text, font, size))


def draw_text(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> float:
    """Draw one line of user text at ``x`` (its left, centre or right edge); return its width."""
    pieces = _pieces(text, font, size)
    width = sum(w for _f, _t, w in pieces)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    for face, piece, piece_width in pieces:
        canvas.setFont(face, size)
        canvas.drawString(x, y, piece)
        x += piece_width
    canvas.setFont(font, size)
    return width


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
