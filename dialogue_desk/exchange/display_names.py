"""Country and language names in a document's language, for the covers of exports.

The store keeps codes ("EE", "et,ru,en"); a summary sheet or a report cover says "Estonia" and
"Estonian, Russian, English" in English, "Eesti" and "eesti, vene, inglise" in Estonian. Names
come from the Unicode CLDR through Babel, as in ``countries``; a code CLDR does not know is
shown as it is.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any


@functools.lru_cache(maxsize=16)
def _locale(language: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language or "en")
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


def country_name(code: str, language: str) -> str:
    """The name of the country ``code`` ("EE") in ``language``; the code itself if unknown."""
    code = code.strip()
    if not code:
        return ""
    return str(_locale(language).territories.get(code.upper(), code))


#: CLDR territories that are not countries (groupings, placeholders).
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})


def country_names(language: str) -> dict[str, str]:
    """Two-letter code -> the country's name in ``language``, for choosing a country by name."""
    return {code: str(name) for code, name in _locale(language).territories.items()
            if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES}  # fmt: skip


def language_name(code: str, language: str) -> str:
    """The name of the language ``code`` ("ru") in ``language``; the code itself if unknown."""
    code = code.strip()
    if not code:
        return ""
    names = _locale(language).languages
    return str(names.get(code.replace("-", "_")) or names.get(code.lower()) or code)


def language_names(codes: str | Iterable[str], language: str) -> str:
    """ "et,ru,en" as "Estonian, Russian, English" (in English), in the order given."""
    listed = codes.split(",") if isinstance(codes, str) else list(codes)
    return ", ".join(name for name in (language_name(c, language) for c in listed) if name)
