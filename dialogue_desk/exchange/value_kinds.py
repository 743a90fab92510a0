"""What the cells of a column hold, told from their values alone: the evidence for a list
without a header row.

Each cell is tested for every kind it could be (an e-mail address, a phone number, a date, a
country, a language, a yes/no answer, a stakeholder group, a person's name); a column's
:class:`ColumnProfile` is the share of its filled cells of each kind, plus what tells names
from organisations (capitalised words, organisation words, commas, capitals, surname endings).
Matching a value reuses the importer's own rules (``parse_country``, ``parse_group``,
``parse_bool``, the language names), so a column is recognised by its values exactly as its
cells are later read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from dialogue_desk.exchange.registration_values import (
    parse_bool,
    parse_country,
    parse_group,
    parse_language,
)
from dialogue_desk.services.checkin import EMAIL_PATTERN
from dialogue_desk.services.text import fold

#: Rows looked at to profile a column (the first ones; a list is the same all the way down).
SAMPLE_ROWS = 300

EMAIL, PHONE, DATE, COUNTRY, LANGUAGE, YES_NO, GROUP, NAME = (
    "email", "phone", "date", "country", "language", "yes_no", "group", "name",
)  # fmt: skip
#: The kinds a column can be told by with confidence (names are told apart separately).
STRONG = (EMAIL, PHONE, DATE, COUNTRY, LANGUAGE, YES_NO, GROUP)

_DATE = re.compile(
    r"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)?$"
)
_PHONE = re.compile(r"^(?:\+|00)?[\d(][\d\s\-./()]{4,22}\d$")
#: Personal identity numbers, which are digits like phones but never phones: Estonian and
#: Lithuanian (11 digits: 1-6, then the birth date YYMMDD; "37251234567" is a phone),
#: Latvian (6-5), Swedish (6 or 8, a dash or plus, 4).
_PERSONAL_ID = re.compile(
    r"^(?:[1-6]\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4}|\d{6}-\d{5}"
    r"|(?:\d{2})?\d{6}[-+]\d{4})$"
)
#: Language codes people write in a list (the app's languages and those of the region and of
#: its newcomers); rarer ISO codes ("ee" Ewe, "se" Northern Sami) would make every country
#: code look like a language.
_LANGUAGE_CODES = frozenset({
    "en", "et", "lv", "lt", "sv", "fi", "ru", "uk", "be", "pl", "de", "fr", "es", "it", "pt",
    "nl", "da", "no", "nb", "nn", "is", "ar", "fa", "ps", "ur", "hi", "bn", "tr", "az", "ka",
    "hy", "kk", "uz", "ky", "tg", "tk", "ro", "hu", "cs", "sk", "sl", "hr", "sr", "bs", "mk",
    "bg", "el", "sq", "he", "zh", "ja", "ko", "vi", "th", "so", "ti", "am", "sw", "yo", "ha",
})  # fmt: skip
_PARTICLES = {"de", "da", "di", "du", "del", "della", "des", "dos", "das", "la", "le", "van",
              "von", "der", "den", "ten", "ter", "zu", "af", "av", "bin", "ibn", "al",
              "el"}  # fmt: skip
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'\u2019.\-]*(?:['\u2019.\-][^\W\d_]*)*\.?$")
#: Folded parts of organisation names in the region's languages, found inside compounds
#: ("Linnavalitsus", "Invandrarföreningen", "Rahvusraamatukogu"); long enough never to be part
#: of a person's name.
_ORGANISATION_PARTS = (
    "univers", "ulikool", "gymnas", "akadeem", "academ", "college", "minist", "departement",
    "department", "municip", "valitsus", "pasvaldib", "padome", "kommun", "associat", "selts",
    "uhing", "uhendus", "biedrib", "forening", "forbund", "foundation", "sihtasutus",
    "nodibinajum", "stiftelse", "keskus", "institu", "agentur", "myndighet", "obshchestv",
    "tsentr", "organisat", "organizac", "organizats", "assotsiats", "raamatukogu", "bibliotek",
    "muuseum", "hospital", "slimnic", "sjukhus", "politsei", "teenus", "vorgustik", "natverk",
    "savieniba", "kompani", "company", "partnership", "cooperativ", "kooperat", "schule",
    "verein", "verband", "gesellschaft", "zentrum", "fakultet", "faculty", "committee",
    "komitee", "komitej", "komitet", "inspektsioon", "inspection", "council",
)  # fmt: skip
#: Folded whole words of organisation names: company forms and short words of names.
_ORGANISATION_WORDS = frozenset({
    "school", "skola", "kool", "linn", "stad", "vald", "dome", "fond", "kogu", "pank", "bank",
    "amet", "union", "liit", "ltd", "inc", "llc", "gmbh", "ev", "oy", "ab", "as", "ou", "sia",
    "mtu", "ngo", "nvo", "ry", "red", "cross", "rist", "krust", "kors", "kirik", "church",
    "kyrka", "region", "office", "bureau", "byra", "centr", "center", "centre", "centrum",
    "museum", "teater", "theatre", "police", "service", "services", "network", "tikls",
    "baznica", "team", "group", "city", "town", "kommune", "municipality", "kaupunki", "kunta",
})  # fmt: skip
#: Surname endings (folded) of East Slavic, Baltic and Nordic surnames, which first names do
#: not have ("-ova" but not "Eva": a surname ending counts in a word of five letters or more),
#: and short Estonian surnames that are whole words.
_SURNAME_END = re.compile(
    r"(?:ov|ova|ev|eva|ovs|evs|skii|skiy|sky|skaia|skaya|enko|chuk|vich|aite|iene|sson|ssen|"
    r"nen|berg|strom|qvist|kvist|lund|mets|saar|kask|tamm|lepp)$"
)
_SHORT_SURNAMES = {"tamm", "kask", "saar", "mets", "lepp", "oja", "puu", "mae", "kuusk", "ek"}


def surname_like(word: str) -> bool:
    """Whether ``word`` has the ending of a surname of the region ("Смирнова", "Lindqvist")."""
    folded = "".join(c for c in fold(word) if c.isalpha())
    return folded in _SHORT_SURNAMES or (len(folded) >= 5 and bool(_SURNAME_END.search(folded)))


@functools.cache
def _territories() -> frozenset[str]:
    from babel import Locale

    return frozenset(c for c in Locale.parse("en").territories if len(c) == 2 and c.isalpha())


def is_email(value: str) -> bool:
    return bool(EMAIL_PATTERN.match(value))


def is_date(value: str) -> bool:
    return bool(_DATE.match(value))


def is_phone(value: str) -> bool:
    """ "+372 5123 4567", "51234567", "070-123 45 67", "(0)8 123 45": 7 to 15 digits."""
    if not _PHONE.match(value) or _DATE.match(value) or _PERSONAL_ID.match(value):
        return False
    digits = sum(c.isdigit() for c in value)
    return 7 <= digits <= 15


def is_country(value: str) -> bool:
    """A country name (in any of the importer's languages) or an ISO-2/ISO-3 code in capitals."""
    if len(value) == 2:
        return value.isupper() and value in _territories()
    if len(value) == 3 and value.isalpha():
        return value.isupper() and parse_country(value) is not None
    return len(value) <= 60 and parse_country(value) is not None


def is_language(value: str) -> bool:
    if len(value) == 2:
        return value.isalpha() and value.lower() in _LANGUAGE_CODES
    if len(value) == 3 and not value.islower():
        return False  # "EST", "SWE" in capitals are ISO-3 countries; "est", "swe" languages
    return len(value) <= 30 and parse_language(value) is not None


def is_yes_no(value: str) -> bool:
    return len(value) <= 20 and parse_bool(value) is not None


def is_group(value: str) -> bool:
    return len(value) <= 80 and parse_group(value) is not None


def _words(value: str) -> list[str]:
    return value.replace(",", " ").split()


def looks_organisational(value: str) -> bool:
    """An organisation word, quotes, digits or an abbreviation in capitals ("MTÜ", "SIA")."""
    if any(c.isdigit() for c in value) or any(q in value for q in '"\u201c\u201d\u201e\u00ab&/'):
        return True
    for word in _words(value):
        letters = "".join(c for c in word if c.isalpha())
        if 2 <= len(letters) <= 4 and letters.isupper() and letters == word.strip(".,"):
            return True
        folded = fold(letters)
        if folded in _ORGANISATION_WORDS or any(w in folded for w in _ORGANISATION_PARTS):
            return True
    return False


def is_name(value: str) -> bool:
    """One to four capitalised words of letters ("Anna-Liisa Tamm", "Bērziņš, Jānis", "O'Neil",
    "DUPONT Jean", "Иванова Ольга"), particles allowed in lower case ("van der Berg")."""
    if len(value) > 60 or value.count(",") > 1:
        return False
    words = _words(value)
    if not 1 <= len(words) <= 4 or looks_organisational(value):
        return False
    for word in words:
        if not _NAME_WORD.match(word):
            return False
        if not word[0].isupper() and word.casefold() not in _PARTICLES:
            return False
    return True


_TESTS = {EMAIL: is_email, PHONE: is_phone, DATE: is_date, COUNTRY: is_country,
          LANGUAGE: is_language, YES_NO: is_yes_no, GROUP: is_group, NAME: is_name}  # fmt: skip


def kinds_of(value: str) -> set[str]:
    """Every kind ``value`` could be."""
    return {kind for kind, test in _TESTS.items() if test(value)}


@dataclass
class ColumnProfile:
    """What one column's filled cells hold, as shares (0-1) of those cells."""

    index: int
    #: Filled cells among the rows looked at (a share of them).
    filled: float = 0.0
    shares: dict[str, float] = field(default_factory=dict)
    #: Of the cells that look like names: with a comma ("Last, First"), of two or more words,
    #: of one word, in capitals, with a surname ending; and cells with organisation words.
    comma: float = 0.0
    several_words: float = 0.0
    one_word: float = 0.0
    capitals: float = 0.0
    surname_ending: float = 0.0
    #: Of the names of two or more words without a comma: those whose first (last) word alone
    #: is surname-like.
    surname_first: float = 0.0
    surname_last: float = 0.0
    organisational: float = 0.0
    mean_length: float = 0.0
    #: All cells digits (counts, codes): never yes/no even if they are 1 and 0.
    digits_only: bool = False

    def share(self, kind: str) -> float:
        return self.shares.get(kind, 0.0)


def profile(index: int, values: Sequence[str], rows: int) -> ColumnProfile:
    """The profile of column ``index`` from its cells (``values``, blanks included)."""
    cells = [v for v in values if v]
    result = ColumnProfile(index, filled=len(cells) / rows if rows else 0.0)
    if not cells:
        return result
    count = len(cells)
    tallies = dict.fromkeys(_TESTS, 0)
    names: list[str] = []
    for cell in cells:
        for kind in kinds_of(cell):
            tallies[kind] += 1
        if is_name(cell):
            names.append(cell)
    result.shares = {kind: n / count for kind, n in tallies.items()}
    result.digits_only = all(c.replace(" ", "").isdigit() for c in cells)
    result.mean_length = sum(len(c) for c in cells) / count
    result.organisational = sum(looks_organisational(c) for c in cells) / count
    if names:
        n = len(names)
        result.comma = sum("," in v for v in names) / n
        result.several_words = sum(len(_words(v)) >= 2 for v in names) / n
        result.one_word = sum(len(_words(v)) == 1 for v in names) / n
        result.capitals = sum(v.isupper() for v in names) / n
        result.surname_ending = sum(surname_like(v) for v in names if " " not in v) / n
        # "Tamm, Anna" says its order with the comma; only names without one tell it by endings.
        several = [_words(v) for v in names if "," not in v and len(_words(v)) >= 2]
        if several:
            first = sum(surname_like(w[0]) and not surname_like(w[-1]) for w in several)
            last = sum(surname_like(w[-1]) and not surname_like(w[0]) for w in several)
            result.surname_first, result.surname_last = first / len(several), last / len(several)
    return result
