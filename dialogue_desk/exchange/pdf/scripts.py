"""Any script in a PDF: right-to-left order, a face per script, shaping, and what cannot print.

A line of user text goes through three steps before reportlab sees it:

1. **Bidi** (python-bidi's implementation of the Unicode bidirectional algorithm): the
   embedding level of every character; words are then put in visual order (rule L2), while the
   letters inside a right-to-left word stay in typed order, because shaping (HarfBuzz, through
   reportlab) lays a right-to-left word out itself. A word typed in both directions without a
   space ("Aliعلي") is ordered as its parts (:func:`direction_parts`).
2. **Font runs**: each character goes to the face of its script (:mod:`fonts`); spaces, digits
   and punctuation stay with the letters they belong to, and a word mixing scripts ("李Wei",
   "Anna-Мария") is split where its face changes, each part shaped in its own face.
3. **Shaping**: paragraphs and strings with any run outside the base face are shaped (joining
   Arabic and Syriac letters, marks, ligatures); plain Latin and Cyrillic text skips it, which
   keeps lists of thousands of people fast.

Characters no face has are printed as the base face's box and the name is remembered, so the
export can say which names did not print fully (:func:`collecting_unprintable`).
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape

from dialogue_desk.exchange.pdf import fonts

# Below U+0530 everything is left-to-right and in the base face (Latin, IPA, Greek, Cyrillic).
_SIMPLE = re.compile(r"[\u0000-\u052f\u2000-\u206f\u20a0-\u20bf\u2100-\u214f]*")
_RTL = re.compile(
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_WORD = re.compile(r"\s+|\S+")
_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")

_local = threading.local()


@dataclass(frozen=True)
class Run:
    """Consecutive characters in visual word order, set in one family."""

    text: str
    family: str
    shaped: bool


# --- what could not be printed ----------------------------------------------------------------


@contextlib.contextmanager
def collecting_unprintable() -> Iterator[set[str]]:
    """Collect, in this thread, the texts with characters that no font here can print."""
    previous = getattr(_local, "missing", None)
    found: set[str] = set()
    _local.missing = found
    try:
        yield found
    finally:
        _local.missing = previous


def _note_missing(text: str) -> None:
    missing = getattr(_local, "missing", None)
    if missing is not None:
        missing.add(text.strip())


# --- bidi ----------------------------------------------------------------------------------


def _levels(text: str) -> tuple[list[int], int]:
    """The resolved embedding level of each character, and the paragraph's base level."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(text)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels: list[int] = []
    for char in storage["chars"]:
        # A surrogate pair is one entry; a str index needs one level per code point.
        levels.extend([char["level"]] * len(char["ch"]))
    return levels, base


def word_tokens(text: str) -> list[str]:
    """``text`` as its words and the runs of space between them."""
    return [m.group(0) for m in _WORD.finditer(text)]


def visual_words(text: str) -> tuple[list[str], bool]:
    """The words and spaces of one line in visual order, and whether the line is RTL."""
    if not _RTL.search(text):
        return [m.group(0) for m in _WORD.finditer(text)], False
    levels, base = _levels(text)
    tokens: list[str] = []
    token_levels: list[int] = []
    position = 0
    for word in _WORD.finditer(text):
        token = word.group(0)
        chars = levels[position : position + len(token)]
        if token.isspace():
            tokens.append(token)
            token_levels.append(min(chars))
        else:
            for start, end in direction_parts(token):
                tokens.append(token[start:end])
                token_levels.append(_part_level(token[start:end], chars[start:end]))
        position += len(token)
    # Trailing and leading spaces take the base level (rule L1).
    for index in (0, len(tokens) - 1):
        if tokens and tokens[index].isspace():
            token_levels[index] = base
    highest = max(token_levels, default=0)
    lowest_odd = min((lv for lv in token_levels if lv % 2), default=highest + 1)
    order = list(range(len(tokens)))
    for level in range(highest, lowest_odd - 1, -1):
        start = None
        for i in range(len(order) + 1):
            inside = i < len(order) and token_levels[order[i]] >= level
            if inside and start is None:
                start = i
            elif not inside and start is not None:
                order[start:i] = order[start:i][::-1]
                start = None
    return [tokens[i] for i in order], base == 1


def _direction(char: str) -> str:
    """The strong direction of a letter, "L" or "R"; "" for digits, marks, punctuation."""
    kind = unicodedata.bidirectional(char)
    return "L" if kind == "L" else "R" if kind in ("R", "AL") else ""


def direction_parts(word: str) -> list[tuple[int, int]]:
    """``word`` as (start, end) parts of one direction each: "Aliعلي" is "Ali" and "علي".

    A name typed without a space between two scripts is one word to the line breaker but
    two runs to the bidi algorithm; each part is ordered (and shaped) on its own. Digits,
    marks and punctuation stay with the letters before them (the first letters at the
    start), so "كلمة10" and "Anna-Мария" stay whole.
    """
    directions = [_direction(char) for char in word]
    if not ("L" in directions and "R" in directions):
        return [(0, len(word))]
    current = next(d for d in directions if d)
    parts: list[tuple[int, int]] = []
    start = 0
    for index, direction in enumerate(directions):
        if direction and direction != current:
            parts.append((start, index))
            start, current = index, direction
    parts.append((start, len(word)))
    return parts


def _part_level(part: str, levels: list[int]) -> int:
    """A part's embedding level: that of its letters (a neutral may sit at another level)."""
    strong = [level for char, level in zip(part, levels, strict=True) if _direction(char)]
    return max(strong or levels)


def has_left_to_right(text: str) -> bool:
    """Whether ``text`` has a letter written left to right (Latin, Cyrillic, CJK, ...)."""
    return any(_direction(char) == "L" for char in text)


# --- faces -----------------------------------------------------------------------------------


def _neutral(char: str) -> bool:
    return unicodedata.category(char)[0] in "ZPNSMC" and not _RTL.match(char)


def runs(text: str) -> list[Run]:
    """``text`` (one line) as runs in visual order, each in the family that prints it."""
    base = fonts.base_family()
    if _SIMPLE.fullmatch(text):
        return [Run(text, base.name, False)] if text else []
    words, _rtl = visual_words(text)
    result: list[Run] = []
    missing = False
    for word in words:
        if word.isspace():
            last = fonts.families_by_name().get(result[-1].family) if result else None
            family_name = last.name if last and ord(" ") in last.cmap else base.name
            if result and result[-1].family == family_name:
                result[-1] = Run(result[-1].text + word, family_name, result[-1].shaped)
            else:
                result.append(Run(word, family_name, False))
            continue
        if _DIGITS.search(word) and _RTL.search(word):
            # HarfBuzz lays a whole right-to-left word out from right to left, digits too:
            # "كلمة10" would print "01". Reversed here, the number reads as typed.
            word = _DIGITS.sub(lambda m: m.group()[::-1], word)
        for chunk, family in _word_families(word):
            if family is None:
                missing = True
                family = base
            shaped = family.name != base.name or bool(_RTL.search(chunk))
            if result and result[-1].family == family.name:
                last = result.pop()
                chunk = last.text + chunk
                shaped = shaped or last.shaped
            result.append(Run(chunk, family.name, shaped))
    if missing:
        _note_missing(text)
    return result


def _word_families(word: str) -> list[tuple[str, fonts.Family | None]]:
    """A word split where its face changes; neutral characters join their strong neighbours."""
    base = fonts.base_family()
    assigned: list[fonts.Family | None | object] = []
    candidate: fonts.Family | None
    for char in word:
        assigned.append(_UNSET if _neutral(char) else fonts.family_for(ord(char)))
    strong = [a for a in assigned if a is not _UNSET]
    default = strong[0] if strong else base
    previous = default
    for i, char in enumerate(word):
        if assigned[i] is _UNSET:
            candidate: fonts.Family | None = (
                previous if isinstance(previous, fonts.Family) else base
            )
            if ord(char) not in candidate.cmap:
                candidate = fonts.family_for(ord(char))
                if candidate is None and unicodedata.category(char) in ("Cc", "Cf", "Mn"):
                    candidate = base  # invisible: nothing is lost when the face lacks it
            assigned[i] = candidate
        previous = assigned[i]
    pieces: list[tuple[str, fonts.Family | None]] = []
    for char, family in zip(word, assigned, strict=True):
        family = family if isinstance(family, fonts.Family) else None
        if pieces and pieces[-1][1] is family:
            pieces[-1] = (pieces[-1][0] + char, family)
        else:
            pieces.append((char, family))
    return pieces


_UNSET = object()


# --- markup and measuring ------------------------------------------------------------------


def markup_line(text: str) -> str:
    """One line of user text as Paragraph markup: escaped, in visual order, faces tagged."""
    if _SIMPLE.fullmatch(text):
        return escape(text)
    base = fonts.BASE
    parts = []
    for run in runs(text):
        if run.family == base:
            parts.append(escape(run.text))
        else:
            parts.append(f'<font face="{run.family}">{escape(run.text)}</font>')
    return "".join(parts)


def needs_shaping(markup: str) -> bool:
    """Whether Paragraph markup made here has runs that must be shaped."""
    return '<font face="' in markup and _uses_other_family(markup)


@functools.lru_cache(maxsize=64)
def _family_tag(name: str) -> str:
    return f'<font face="{name}">'


def _uses_other_family(markup: str) -> bool:
    return any(_family_tag(f.name) in markup for f in fonts.families() if f.name != fonts.BASE)


def is_simple(text: str) -> bool:
    """True when ``text`` prints in the base face, left to right, with no shaping."""
    return bool(_SIMPLE.fullmatch(text))


def is_rtl(text: str) -> bool:
    """Whether the line's base direction is right-to-left (its first strong letter)."""
    if not _RTL.search(text):
        return False
    from bidi import algorithm

    return algorithm.get_base_level(text) == 1
