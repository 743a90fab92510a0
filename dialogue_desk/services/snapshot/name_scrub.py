"""Finding people's names in free text the way the door search finds them.

A name is matched word by word on folded text (``services.text.fold`` and ``fold_loose``: any
case, with or without diacritics, Cyrillic typed in Latin and back), so "Andris Kalnins",
"Andris  Kalniņš", "Andris\\nKalniņš", "Kalniņš, Andris", "Андрис Калниньш" and "Kalniņš"
alone are all the same person. A whole name (either order, a comma, hyphens or any run of
white space between its words) becomes that person's code; one part of a name alone becomes
the code of the only person with that part, or "[name]" when several people share it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from dialogue_desk.services.text import fold, fold_loose

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number: optional +, then at least seven digits with spaces, dots, dashes or brackets
# between them (not around them: "(8 digits" stays as it is).
PHONE = re.compile(r"(?<![\w(])\+?\d[\d\s().-]{5,}\d(?![\w])")
EMAIL_MARK = "[e-mail]"
PHONE_MARK = "[phone]"
NAME_MARK = "[name]"

# Letters of any script (a word of a name); digits and "_" are not.
_WORD = re.compile(r"[^\W\d_]+")
# What may stand between the words of one name.
_GAP = re.compile(r"[\s,\-\u2010\u2011\u2013]*")


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _forms(word: str) -> tuple[str, str]:
    return fold(word), fold_loose(word)


def name_words(name: str) -> list[str]:
    """The words of a name, NFC, without punctuation: "Liepiņa-Ērgle" → Liepiņa, Ērgle."""
    return _WORD.findall(unicodedata.normalize("NFC", name))


@dataclass(frozen=True)
class Person:
    """Someone whose name must not appear: a participant or a staff member."""

    code: str
    first_name: str
    last_name: str


class NameScrubber:
    """Replaces the names of ``people``, e-mail addresses and phone numbers in any text."""

    def __init__(self, people: Iterable[Person]) -> None:
        # first word (strict or loose fold) -> [(folded words of a whole name, code)]
        self._names: dict[str, list[tuple[tuple[tuple[str, str], ...], str]]] = {}
        # one word of a name -> the codes of everyone who has it
        self._parts: dict[str, set[str]] = {}
        self._longest = 1
        for person in people:
            first = [_forms(w) for w in name_words(person.first_name)]
            last = [_forms(w) for w in name_words(person.last_name)]
            for words in (first + last, last + first):
                if len(words) < 2:
                    continue
                self._longest = max(self._longest, len(words))
                for key in set(words[0]):
                    self._names.setdefault(key, []).append((tuple(words), person.code))
            for strict, loose in first + last:
                if len(strict) < 2:
                    continue  # an initial is no name
                self._parts.setdefault(strict, set()).add(person.code)
                self._parts.setdefault(loose, set()).add(person.code)
        for candidates in self._names.values():
            candidates.sort(key=lambda item: -len(item[0]))

    def code_for(self, name: str) -> str | None:
        """The code of the one person ``name`` (a whole name, or a part) stands for."""
        words = [_forms(w) for w in name_words(name)]
        if not words:
            return None
        for candidate, code in self._names.get(words[0][0], []) + self._names.get(words[0][1], []):
            if len(candidate) == len(words) and all(
                _same(a, b) for a, b in zip(candidate, words, strict=True)
            ):
                return code
        if len(words) == 1:
            codes = self._parts.get(words[0][0]) or self._parts.get(words[0][1]) or set()
            if len(codes) == 1:
                return next(iter(codes))
        return None

    def names(self, text: str) -> str:
        """``text`` with every name of a person replaced (see the module docstring)."""
        if not text or (not self._names and not self._parts):
            return text
        text = unicodedata.normalize("NFC", text)
        words = [(m.start(), m.end(), _forms(m.group())) for m in _WORD.finditer(text)]
        out: list[str] = []
        position = index = 0
        while index < len(words):
            replacement, taken = self._match(text, words, index)
            if replacement is None:
                index += 1
                continue
            out.append(text[position : words[index][0]])
            out.append(replacement)
            position = words[index + taken - 1][1]
            index += taken
        out.append(text[position:])
        return "".join(out)

    def _match(
        self, text: str, words: list[tuple[int, int, tuple[str, str]]], index: int
    ) -> tuple[str | None, int]:
        strict, loose = words[index][2]
        candidates = self._names.get(strict, []) + (
            self._names.get(loose, []) if loose != strict else []
        )
        for candidate, code in candidates:
            size = len(candidate)
            if index + size > len(words):
                continue
            if all(_same(candidate[k], words[index + k][2]) for k in range(size)) and all(
                _GAP.fullmatch(text[words[index + k][1] : words[index + k + 1][0]])
                for k in range(size - 1)
            ):
                return code, size
        codes = self._parts.get(strict) or self._parts.get(loose)
        if codes:
            return (next(iter(codes)) if len(codes) == 1 else NAME_MARK), 1
        return None, 1

    def text(self, text: str) -> str:
        """``text`` without names, e-mail addresses or phone numbers."""
        if not text:
            return text
        text = EMAIL.sub(EMAIL_MARK, text)
        text = PHONE.sub(lambda m: PHONE_MARK if _digits(m.group()) >= 7 else m.group(), text)
        return self.names(text)


def _same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] == b[0] or a[1] == b[1]
