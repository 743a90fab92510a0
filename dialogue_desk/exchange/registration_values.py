"""How registration lists write values: groups, yes/no, languages, full names (and columns).

Column headers, stakeholder groups, yes/no answers, countries and languages as sign-up forms
write them. Everything is compared folded (no case, no diacritics, Cyrillic transliterated,
no spaces or punctuation), so "E-post", "e-post" and "EPOST" are one spelling here.
"""

from __future__ import annotations

import functools
import re

from dialogue_desk.exchange.countries import parse_country
from dialogue_desk.exchange.headers import header_key
from dialogue_desk.exchange.registration_headers import (
    FIELD_SYNONYMS,
    FULL_NAME_FIELDS,
    IMPORT_FIELDS,
)
from dialogue_desk.store.enums import StakeholderGroup

__all__ = [
    "FIELD_SYNONYMS",
    "FULL_NAME_FIELDS",
    "IMPORT_FIELDS",
    "parse_bool",
    "parse_country",
    "parse_group",
    "parse_language",
    "recording_consent",
    "split_full_name",
]

_GROUPS: dict[StakeholderGroup, list[str]] = {
    StakeholderGroup.PUBLIC_AUTHORITY: [
        "Public authority", "Public authorities", "Authority", "Government", "Municipality",
        "Local government", "Public sector", "Ministry", "Avalik sektor", "Ametiasutus",
        "Riigiasutus", "Omavalitsus", "Kohalik omavalitsus", "Valsts pārvalde", "Valsts iestāde",
        "Pašvaldība", "Publiskā sektora iestāde", "Myndighet", "Offentlig myndighet", "Kommun",
        "Region", "Offentlig sektor", "Государственный орган", "Госорган", "Орган власти",
        "Государственное учреждение", "Самоуправление", "Муниципалитет",
        # The app's own labels in every language, old and new, so its workbooks import back.
        "Riigi- või omavalitsusasutus", "Valsts vai pašvaldības iestāde", "Myndighet eller kommun",
        "Орган государственной власти или местного самоуправления",
        "Государственное учреждение или самоуправление",
    ],
    StakeholderGroup.MIGRANT_ASSOCIATION: [
        "Immigrant or ethnic-minority association", "Migrant association",
        "Immigrant association", "Minority association", "Ethnic minority association",
        "Diaspora organisation", "Rahvusvähemuste ühendus", "Sisserändajate ühendus",
        "Vähemusrahvuste selts", "Rahvuskultuuriselts", "Imigrantu biedrība",
        "Mazākumtautību biedrība", "Mazākumtautību organizācija", "Invandrarförening",
        "Minoritetsförening", "Diasporaförening", "Общество нацменьшинств",
        "Объединение иммигрантов", "Общество национальных меньшинств", "Национальное общество",
        "Организация мигрантов", "Диаспора",
        "Sisserändajate või rahvusvähemuste ühendus", "Imigrantu vai mazākumtautību biedrība",
        "Invandrar- eller minoritetsförening",
        "Объединение иммигрантов или национальных меньшинств",
        "Объединение иммигрантов или нацменьшинств",
    ],
    StakeholderGroup.CONSULTATIVE_BODY: [
        "Consultative body", "Advisory body", "Advisory council", "Council", "Nõukoda",
        "Nõuandev kogu", "Esinduskogu", "Konsultatīvā padome", "Padome", "Konsultatīvā institūcija",
        "Rådgivande organ", "Råd", "Samrådsorgan", "Консультативный орган", "Консультативный совет",
        "Совет",
    ],
    StakeholderGroup.RESEARCH: [
        "Research institution", "Research", "University", "Academia", "Think tank",
        "Teadusasutus", "Ülikool", "Teadus", "Pētniecības iestāde", "Universitāte",
        "Pētniecība", "Zinātne", "Forskningsinstitut", "Forskning", "Universitet", "Högskola",
        "Научное учреждение", "Исследовательский институт", "Университет", "Наука",
        "Forskningsinstitution", "Исследовательское учреждение",
    ],
    StakeholderGroup.NGO: [
        "NGO / civil society", "NGO", "Civil society", "Non-governmental organisation",
        "Non-profit", "Association", "MTÜ", "Vabaühendus", "Kodanikuühiskond",
        "Mittetulundusühing", "NVO", "Nevalstiska organizācija", "Biedrība",
        "Pilsoniskā sabiedrība",
        "Ideell förening", "Civilsamhälle", "Frivilligorganisation", "Förening", "НКО", "НПО",
        "Некоммерческая организация", "Гражданское общество", "Общественная организация",
        "MTÜ / kodanikuühiskond", "NVO / pilsoniskā sabiedrība",
        "Ideell organisation / civilsamhälle", "Ideell organisation", "НКО / гражданское общество",
    ],
    StakeholderGroup.OTHER: [
        "Other", "Other stakeholder", "Muu", "Teised", "Cits", "Citi", "Annat", "Övrigt", "Övriga",
        "Другое", "Прочее", "Muu huvirühm", "Muu sidusrühm", "Cita ieinteresētā puse",
        "Annan intressent", "Другая заинтересованная сторона",
    ],
}  # fmt: skip

_GROUP_LOOKUP: dict[str, StakeholderGroup] = {}
for _group, _spellings in _GROUPS.items():
    for _spelling in [_group.value, *_spellings]:
        _GROUP_LOOKUP.setdefault(header_key(_spelling), _group)

_YES = {"yes", "y", "true", "1", "x", "ok", "jah", "ja", "jaa", "jā", "da", "да", "д", "j", "+",
        "\u2713", "\u2714", "agree", "agreed", "nõus", "piekrītu", "samtycker", "согласен",
        "согласна"}  # fmt: skip
_NO = {"no", "n", "false", "0", "-", "ei", "nē", "ne", "nej", "нет", "н", "disagree",
       "pole nõus", "nepiekrītu", "не согласен", "не согласна"}  # fmt: skip
_YES_KEYS = {header_key(v) or v for v in _YES}
_NO_KEYS = {header_key(v) or v for v in _NO}

_LANGUAGES: dict[str, list[str]] = {
    "en": ["English", "Inglise", "Angļu", "Engelska", "Английский", "eng"],
    "et": ["Estonian", "Eesti", "Igauņu", "Estniska", "Эстонский", "est", "ee"],
    "lv": ["Latvian", "Läti", "Latviešu", "Lettiska", "Латышский", "lav"],
    "sv": ["Swedish", "Rootsi", "Zviedru", "Svenska", "Шведский", "swe", "se"],
    "ru": ["Russian", "Vene", "Krievu", "Ryska", "Русский", "rus"],
    "uk": ["Ukrainian", "Ukraina", "Ukraiņu", "Ukrainska", "Украинский", "Українська"],
    "fi": ["Finnish", "Soome", "Somu", "Finska", "Финский", "Suomi"],
    "lt": ["Lithuanian", "Leedu", "Lietuviešu", "Litauiska", "Литовский", "Lietuvių"],
    "ar": ["Arabic", "Araabia", "Arābu", "Arabiska", "Арабский"],
}  # fmt: skip
_LANGUAGE_LOOKUP = {header_key(n): code for code, names in _LANGUAGES.items() for n in names}


@functools.lru_cache(maxsize=4096)
def parse_group(text: str) -> StakeholderGroup | None:
    """A stakeholder group from its name in any of the five languages; None if unknown."""
    return _GROUP_LOOKUP.get(header_key(text))


@functools.lru_cache(maxsize=1024)
def parse_bool(text: str) -> bool | None:
    """Yes/no in the five languages ("jah", "jā", "ja", "да", "x", "1"); None if unclear."""
    key = header_key(text) or text.strip()
    if key in _YES_KEYS:
        return True
    if key in _NO_KEYS:
        return False
    return None


@functools.lru_cache(maxsize=4096)
def parse_language(text: str) -> str | None:
    stripped = text.strip()
    found = _LANGUAGE_LOOKUP.get(header_key(stripped))
    if found:
        return found
    if len(stripped) == 2 and stripped.isascii() and stripped.isalpha():
        return stripped.lower()
    return None


#: Endings of East Slavic patronymics ("Олександрович", "Ивановна") and their romanisations.
_PATRONYMIC = re.compile(
    r"(?:ович|евич|євич|ьевич|ич|овна|евна|івна|ївна|ична|инична|"
    r"ovich|evich|ovych|evych|ovna|evna|ivna|yivna|ichna)$",
    re.IGNORECASE,
)
_PARTICLES = {"de", "da", "di", "du", "del", "della", "des", "dos", "das", "la", "le", "van",
              "von", "der", "den", "ten", "ter", "zu", "af", "av"}  # fmt: skip
_TRAILING_BRACKETS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def _is_patronymic(word: str) -> bool:
    return len(word) > 5 and bool(_PATRONYMIC.search(word))


def split_full_name(text: str, field: str) -> tuple[str, str]:
    """(first, last) from a name in one cell.

    "Last, First"; "First Last"; ФИО / ПІБ order for ``full_name_last_first``; an East Slavic
    patronymic stays with the first name, wherever it stands ("Іваненко Петро Олександрович",
    "Пётр Ильич Чайковский"); "DUPONT Jean" (the surname in capitals) is understood; a
    bracketed addition ("Anna Berg (Anna B.)" of a renamed Zoom user, pronouns) is dropped.
    """
    text = " ".join(text.split())
    without = _TRAILING_BRACKETS.sub("", text)
    inside = text[len(without) :].strip(" ()[]")
    # Zoom's "Ольга (Ольга Смирнова)": renamed to a first name only, the full name in brackets.
    renamed = len(without.split()) == 1 and len(inside.split()) >= 2
    text = inside if renamed else (without or text)
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    words = text.split(" ")
    if len(words) == 1:
        return "", words[0]
    if len(words) == 3 and _is_patronymic(words[2]) and not _is_patronymic(words[1]):
        return f"{words[1]} {words[2]}", words[0]  # Фамилия Имя Отчество
    if len(words) == 3 and _is_patronymic(words[1]):
        return f"{words[0]} {words[1]}", words[2]  # Имя Отчество Фамилия
    if field == "full_name_last_first":
        return " ".join(words[1:]), words[0]
    capitals = [w for w in words if len(w) > 1 and w.isupper() and any(c.isalpha() for c in w)]
    if capitals and len(capitals) < len(words) and words[0] in capitals:
        count = len(capitals) if words[: len(capitals)] == capitals else 1
        return " ".join(words[count:]), " ".join(words[:count])
    # Particles belong to the surname: "Jean-Luc de la Croix", "Anna van der Berg".
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


#: Headers of a column saying a person agreed to an online meeting being recorded (Zoom's
#: "Recording Consent": they pressed Continue on the recording disclaimer, or left).
_RECORDING = {
    header_key(h)
    for h in ("Recording consent", "Recording disclaimer", "Recording disclaimer consent",
              "Consent to be recorded", "Consent to recording", "Recorded consent",
              "Aufzeichnungszustimmung", "Einverständnis Aufzeichnung",
              "Consentement à l'enregistrement", "Nõusolek salvestamiseks",
              "Piekrišana ierakstam", "Samtycke till inspelning", "Согласие на запись",
              "Згода на запис")
}  # fmt: skip
_RECORDING_WORDS = ("recording", "recorded", "aufzeichnung", "salvesta", "ierakst", "inspelning",
                    "zapis", "enregistrement")  # fmt: skip
_CONSENT_WORDS = ("consent", "disclaimer", "zustimmung", "einverst", "nousolek", "piekrisan",
                  "samtycke", "soglasie", "zgoda", "consentement")  # fmt: skip
#: Words saying a recording consent covers photos or filming at the event itself.
_PICTURE_WORDS = ("photo", "foto", "video", "pildi", "bild", "film", "image", "valokuv")


def recording_consent(header: str) -> str:
    """What a recording-consent header records: "meeting", "photos" or "" (not one).

    Zoom's "Recording Consent" says the person agreed to the online meeting being recorded
    (everyone who stayed did), which is no answer about photos at the event: "meeting". A
    header that names photos or video ("Recording consent (photos and video)") is "photos".
    """
    key = header_key(header)
    recording = key in _RECORDING or (
        any(w in key for w in _RECORDING_WORDS) and any(w in key for w in _CONSENT_WORDS)
    )
    if not recording:
        return ""
    return "photos" if any(w in key for w in _PICTURE_WORDS) else "meeting"
