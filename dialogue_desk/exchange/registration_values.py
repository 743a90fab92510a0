"""How registration lists in English, Estonian, Latvian, Swedish and Russian name things.

Column headers, stakeholder groups, yes/no answers, countries and languages as sign-up forms
write them. Everything is compared folded (no case, no diacritics, Cyrillic transliterated,
no spaces or punctuation), so "E-post", "e-post" and "EPOST" are one spelling here.
"""

from __future__ import annotations

from dialogue_desk.exchange.tabular import header_key
from dialogue_desk.store.enums import StakeholderGroup

#: Field -> header spellings (the field name itself always matches too).
FIELD_SYNONYMS: dict[str, list[str]] = {
    "first_name": [
        "First name", "Firstname", "Given name", "Forename", "First",
        "Eesnimi", "Vārds", "Vards", "Förnamn", "Tilltalsnamn", "Имя",
    ],
    "last_name": [
        "Last name", "Lastname", "Surname", "Family name", "Last",
        "Perekonnanimi", "Perenimi", "Uzvārds", "Efternamn", "Фамилия",
    ],
    "full_name": [
        "Name", "Full name", "Participant", "Nimi", "Täisnimi", "Osaleja", "Nimi ja perekonnanimi",
        "Vārds, uzvārds", "Vārds uzvārds", "Dalībnieks", "Namn", "Fullständigt namn", "Deltagare",
        "Имя и фамилия", "Участник",
    ],
    "full_name_last_first": ["ФИО", "Ф.И.О.", "Фамилия, имя", "Фамилия Имя Отчество"],
    "organisation": [
        "Organisation", "Organization", "Organisation name", "Institution", "Company",
        "Affiliation", "Employer", "Organisatsioon", "Asutus", "Ettevõte", "Organizācija",
        "Iestāde", "Organisation/myndighet", "Myndighet", "Förening", "Arbetsgivare",
        "Организация", "Учреждение", "Место работы",
    ],
    "role": [
        "Role", "Position", "Title", "Job title", "Function", "Amet", "Ametikoht", "Roll",
        "Amats", "Loma", "Befattning", "Titel", "Должность", "Роль",
    ],
    "stakeholder_group": [
        "Stakeholder group", "Stakeholder", "Group", "Sector", "Type of organisation",
        "Organisation type", "Sidusrühm", "Huvigrupp", "Sektor", "Organisatsiooni tüüp",
        "Ieinteresētā puse", "Mērķa grupa", "Grupa", "Sektors", "Intressentgrupp", "Intressent",
        "Grupp", "Organisationstyp", "Группа", "Заинтересованная сторона", "Сектор",
        "Тип организации",
    ],
    "email": [
        "E-mail", "Email", "E-mail address", "Mail", "E-post", "E-posti aadress", "Meiliaadress",
        "E-pasts", "E-pasta adrese", "Epasts", "E-postadress", "Mejl", "Эл. почта",
        "Электронная почта", "E-mail адрес", "Почта", "Емейл",
    ],
    "phone": [
        "Phone", "Telephone", "Mobile", "Phone number", "Tel", "Telefon", "Telefoninumber",
        "Mobiil", "Tālrunis", "Telefons", "Tālr", "Mobiltelefon", "Telefonnummer", "Mobil",
        "Телефон", "Тел", "Мобильный",
    ],
    "country": ["Country", "Riik", "Valsts", "Land", "Страна"],
    "preferred_language": [
        "Language", "Preferred language", "Working language", "Keel", "Eelistatud keel", "Valoda",
        "Vēlamā valoda", "Språk", "Föredraget språk", "Язык", "Предпочитаемый язык",
    ],
    "consent_listed": [
        "Consent to be listed", "May be listed", "Listed in report", "Listing consent",
        "Nõusolek nimekirja", "Nimi aruandes", "Piekrišana sarakstam",
        "Samtycke till deltagarlista",
        "Får listas", "Согласие на список", "Согласие на включение в список",
    ],
    "consent_photos": [
        "Photo consent", "Photos", "Consent to photos", "Pildistamine", "Nõusolek pildistamiseks",
        "Fotografēšana", "Piekrišana fotografēšanai", "Foton", "Samtycke till foto",
        "Фото", "Согласие на фото", "Согласие на фотосъёмку",
    ],
    "consent_contact": [
        "Contact consent", "Contact after the event", "May be contacted", "Kontakt",
        "Nõusolek kontakti", "Võib ühendust võtta", "Piekrišana saziņai", "Saziņa",
        "Samtycke till kontakt", "Får kontaktas", "Согласие на контакт", "Можно связаться",
    ],
    "notes": [
        "Notes", "Note", "Comments", "Comment", "Remarks", "Additional information",
        "Märkused", "Märkus", "Kommentaar", "Lisainfo", "Piezīmes", "Komentāri", "Anteckningar",
        "Kommentar", "Övrigt", "Примечания", "Примечание", "Комментарий",
    ],
}  # fmt: skip

FULL_NAME_FIELDS = {"full_name", "full_name_last_first"}
#: Fields a column can be mapped to, in the order the mapping dialog offers them.
IMPORT_FIELDS = list(FIELD_SYNONYMS)

_GROUPS: dict[StakeholderGroup, list[str]] = {
    StakeholderGroup.PUBLIC_AUTHORITY: [
        "Public authority", "Public authorities", "Authority", "Government", "Municipality",
        "Local government", "Public sector", "Ministry", "Avalik sektor", "Ametiasutus",
        "Riigiasutus", "Omavalitsus", "Kohalik omavalitsus", "Valsts pārvalde", "Valsts iestāde",
        "Pašvaldība", "Publiskā sektora iestāde", "Myndighet", "Offentlig myndighet", "Kommun",
        "Region", "Offentlig sektor", "Государственный орган", "Госорган", "Орган власти",
        "Государственное учреждение", "Самоуправление", "Муниципалитет",
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
    ],
    StakeholderGroup.NGO: [
        "NGO / civil society", "NGO", "Civil society", "Non-governmental organisation",
        "Non-profit", "Association", "MTÜ", "Vabaühendus", "Kodanikuühiskond",
        "Mittetulundusühing", "NVO", "Nevalstiska organizācija", "Biedrība",
        "Pilsoniskā sabiedrība",
        "Ideell förening", "Civilsamhälle", "Frivilligorganisation", "Förening", "НКО", "НПО",
        "Некоммерческая организация", "Гражданское общество", "Общественная организация",
    ],
    StakeholderGroup.OTHER: [
        "Other", "Other stakeholder", "Muu", "Teised", "Cits", "Citi", "Annat", "Övrigt", "Övriga",
        "Другое", "Прочее",
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

_COUNTRIES: dict[str, list[str]] = {
    "EE": ["Estonia", "Eesti", "Igaunija", "Estland", "Эстония", "EST"],
    "LV": ["Latvia", "Läti", "Latvija", "Lettland", "Латвия", "LVA"],
    "LT": ["Lithuania", "Leedu", "Lietuva", "Litauen", "Литва", "LTU"],
    "SE": ["Sweden", "Rootsi", "Zviedrija", "Sverige", "Швеция", "SWE"],
    "FI": ["Finland", "Soome", "Somija", "Suomi", "Финляндия", "FIN"],
    "NO": ["Norway", "Norra", "Norvēģija", "Norge", "Норвегия"],
    "DK": ["Denmark", "Taani", "Dānija", "Danmark", "Дания"],
    "DE": ["Germany", "Saksamaa", "Vācija", "Tyskland", "Германия", "Deutschland"],
    "PL": ["Poland", "Poola", "Polija", "Polen", "Польша"],
    "UA": ["Ukraine", "Ukraina", "Ukraina", "Украина", "Україна"],
    "RU": ["Russia", "Venemaa", "Krievija", "Ryssland", "Россия"],
    "BY": ["Belarus", "Valgevene", "Baltkrievija", "Belarus", "Беларусь"],
    "GB": ["United Kingdom", "UK", "Suurbritannia", "Lielbritānija", "Storbritannien",
           "Великобритания"],
}  # fmt: skip
_COUNTRY_LOOKUP = {header_key(n): code for code, names in _COUNTRIES.items() for n in names}

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


def parse_group(text: str) -> StakeholderGroup | None:
    """A stakeholder group from its name in any of the five languages; None if unknown."""
    return _GROUP_LOOKUP.get(header_key(text))


def parse_bool(text: str) -> bool | None:
    """Yes/no in the five languages ("jah", "jā", "ja", "да", "x", "1"); None if unclear."""
    key = header_key(text) or text.strip()
    if key in _YES_KEYS:
        return True
    if key in _NO_KEYS:
        return False
    return None


def parse_country(text: str) -> str | None:
    """A two-letter country code from a code or a country name; None if unknown."""
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isascii() and stripped.isalpha():
        return stripped.upper()
    return _COUNTRY_LOOKUP.get(header_key(stripped))


def parse_language(text: str) -> str | None:
    stripped = text.strip()
    found = _LANGUAGE_LOOKUP.get(header_key(stripped))
    if found:
        return found
    if len(stripped) == 2 and stripped.isascii() and stripped.isalpha():
        return stripped.lower()
    return None


def split_full_name(text: str, field: str) -> tuple[str, str]:
    """(first, last) from a name in one cell: "Last, First", "First Last" or Russian ФИО."""
    text = " ".join(text.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    words = text.split(" ")
    if len(words) == 1:
        return "", words[0]
    if field == "full_name_last_first":
        # Фамилия Имя [Отчество]: keep the patronymic with the first name.
        return " ".join(words[1:]), words[0]
    return " ".join(words[:-1]), words[-1]
