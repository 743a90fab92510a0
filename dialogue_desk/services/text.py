"""Text folding for search: any script, any diacritics, to plain lower-case Latin.

"Kalniņš", "kalnins", "Смирнова" and "smirnova" must find each other at the door, whichever way
the name was registered and whichever keyboard the facilitator has.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Russian/Ukrainian/Belarusian Cyrillic to the Latin spelling people type (a simple, common
# romanisation close to ICAO 9303 / passport practice). Multi-letter outputs are fine: matching
# is by substring of the folded text.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "є": "ie", "і": "i", "ї": "i", "ґ": "g", "ў": "u",
}  # fmt: skip

# Letters that Unicode does not decompose into base letter + accent.
_SPECIAL = {"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ł": "l", "þ": "th", "ı": "i"}

_TABLE = str.maketrans({**_CYRILLIC, **_SPECIAL})


class _FoldedLetters(dict[int, str]):
    """Code point -> its folded text, filled in the first time a letter is met.

    Folding is letter by letter: ``casefold`` has no context, the table maps single letters,
    and NFKD only decomposes (its reordering moves combining marks, which are all dropped). So
    folding a letter once and ``str.translate`` with this table give the same text as folding
    the whole string, at C speed: an import folds 80,000 mostly distinct names and addresses.
    """

    def __missing__(self, code: int) -> str:
        lowered = chr(code).casefold().translate(_TABLE)
        decomposed = unicodedata.normalize("NFKD", lowered)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        # Transliterate again: NFKD can expose Cyrillic base letters (й -> и + breve).
        folded = stripped.translate(_TABLE)
        self[code] = folded
        return folded


_LETTERS = _FoldedLetters()


@lru_cache(maxsize=32768)
def fold(text: str) -> str:
    """Lower-case, transliterate Cyrillic and strip diacritics: ``fold("Šķēle") == "skele"``.

    Cached: the same names and organisations are folded again at every sort and search.
    """
    if text.isascii():
        return text.casefold()
    return text.translate(_LETTERS)


# The same name reaches the door spelled several ways: "Aleksandr"/"Alexander", "Sergei"/"Sergey",
# "Žanna"/"Жанна"/"Zhanna", "Jānis"/"Янис". The loose form folds those spellings together.
_LOOSE = (("kh", "h"), ("zh", "z"), ("sh", "s"), ("ch", "c"), ("ts", "c"), ("x", "ks"),
          ("y", "i"), ("j", "i"), ("w", "v"))  # fmt: skip


@lru_cache(maxsize=32768)
def fold_loose(text: str) -> str:
    """``fold`` plus common spelling variants folded together, for tolerant search.

    Cached like ``fold``: an import folds every first name, last name and organisation, and the
    same ones recur across thousands of rows.
    """
    # Ё is written "e", "jo" or "yo" in Latin: the strict form has "e", the loose one "io".
    folded = fold(text.replace("ё", "йо").replace("Ё", "Йо"))
    for variant, common in _LOOSE:
        folded = folded.replace(variant, common)
    return folded


def search_key(*parts: str) -> str:
    """The text stored for searching a record: its parts folded strictly and loosely."""
    text = " ".join(p for p in parts if p)
    strict = fold(text)
    loose = fold_loose(text)
    return strict if strict == loose else f"{strict} | {loose}"


def matches(query: str, key: str) -> bool:
    """Every word of the query is found in the key (any order, any part of a word)."""
    return all(fold(word) in key or fold_loose(word) in key for word in query.split())
