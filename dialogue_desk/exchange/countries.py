"""A country from what a registration list writes: a name in any supported language or a code.

Names come from the Unicode CLDR through Babel (maintained, every territory, every language),
read once on first use: "Italy", "Itaalia", "Itālija", "Italien", "Италия", "Italie",
"Italia", "Włochy", "Італія", "BANGLADESH", ISO-2 ("IT") and ISO-3 ("ITA") codes. A few
spellings official lists and forms use but CLDR does not ("Russian Federation", "Korea,
Republic of", "USA") are added by hand.
"""

from __future__ import annotations

import functools

from dialogue_desk.exchange.headers import header_key

#: The languages whose country names are understood.
LANGUAGES = ("en", "et", "lv", "sv", "ru", "de", "fr", "fi", "lt", "pl", "uk")

_EXTRA = {
    "US": ["USA", "U.S.", "U.S.A.", "United States of America", "America", "США"],
    "GB": ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales",
           "Northern Ireland", "Англия"],
    "RU": ["Russian Federation", "Российская Федерация", "РФ"],
    "KR": ["Korea, Republic of", "Republic of Korea", "South Korea"],
    "KP": ["Korea, Democratic People's Republic of", "North Korea"],
    "CZ": ["Czech Republic", "Czechia"],
    "NL": ["Holland", "The Netherlands"],
    "MD": ["Moldova, Republic of", "Republic of Moldova"],
    "IR": ["Iran, Islamic Republic of"],
    "SY": ["Syrian Arab Republic"],
    "VN": ["Viet Nam"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CD": ["DR Congo", "DRC", "Congo, The Democratic Republic of the"],
    "PS": ["Palestine, State of", "Palestine"],
    "TW": ["Taiwan, Province of China"],
    "LA": ["Lao People's Democratic Republic", "Laos"],
    "BO": ["Bolivia, Plurinational State of"],
    "VE": ["Venezuela, Bolivarian Republic of"],
    "TZ": ["Tanzania, United Republic of"],
    "MK": ["Macedonia", "North Macedonia", "FYROM"],
    "BY": ["Byelorussia", "Belorussia", "Белоруссия"],
}  # fmt: skip


@functools.cache
def _names() -> dict[str, str]:
    from babel import Locale
    from babel.core import get_global

    lookup: dict[str, str] = {}
    codes: set[str] = set()
    for language in LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha():
                codes.add(code)
                lookup.setdefault(header_key(name), code)
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and targets[0] in codes:
            lookup.setdefault(alias.casefold(), targets[0])
    for code, names in _EXTRA.items():
        for name in names:
            lookup.setdefault(header_key(name), code)
    for code in codes:
        lookup.setdefault(code.casefold(), code)
    return lookup


@functools.lru_cache(maxsize=4096)
def parse_country(text: str) -> str | None:
    """A two-letter country code from a code or a country name; None if unknown."""
    stripped = " ".join(text.split())
    if not stripped:
        return None
    names = _names()
    found = names.get(header_key(stripped))
    if found is None and "(" in stripped:
        found = names.get(header_key(stripped.split("(")[0]))
    if found is None and stripped.isascii() and len(stripped) == 2 and stripped.isalpha():
        # A two-letter code CLDR does not list as a territory (an old or private code).
        return stripped.upper()
    return found
