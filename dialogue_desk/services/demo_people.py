"""The demo event's people: names as registered, their organisations and groups.

Names keep their own language and script in every interface language (an Estonian, Latvian,
Swedish, Russian or Arabic name is written as its bearer writes it). Baltic and Russian
surnames agree with the first name's gender, as a trainee from there expects.
"""

from __future__ import annotations

from dialogue_desk.store.enums import StakeholderGroup

# (first names, last names, country); Russian names in Cyrillic as registered.
NAMES: dict[str, tuple[list[str], list[str], str]] = {
    "et": (
        ["Kertu", "Mari", "Tõnu", "Jüri", "Liis", "Kadri", "Märt", "Ülle", "Andres", "Piret",
         "Rein", "Helje", "Siim", "Triin", "Õnne"],
        ["Pärnoja", "Tamm", "Saar", "Kask", "Mägi", "Lõhmus", "Põder", "Kõiv", "Sepp",
         "Rebane", "Ilves", "Käär", "Jõgi", "Vähi", "Öpik"],
        "EE",
    ),
    "lv": (
        ["Andris", "Ilze", "Jānis", "Līga", "Māris", "Dace", "Ģirts", "Inese", "Kārlis",
         "Zane", "Edgars", "Ieva", "Aivars", "Gunta", "Rūta"],
        ["Kalniņš", "Ozola", "Bērziņš", "Liepiņa", "Krūmiņš", "Šķēle", "Vītola", "Zariņš",
         "Ķēniņa", "Dūmiņš", "Eglīte", "Ļaudams", "Grīnberga", "Siliņš", "Ņikitins"],
        "LV",
    ),
    "sv": (
        ["Gunilla", "Åsa", "Björn", "Märta", "Örjan", "Lars", "Karin", "Ingrid", "Per",
         "Sofia", "Nils", "Elin", "Göran", "Linnéa", "Hanna"],
        ["Ståhlberg", "Andersson", "Öberg", "Ångström", "Lindqvist", "Nyström", "Bäckström",
         "Eriksson", "Sjögren", "Håkansson", "Lundgren", "Wikström", "Ekström", "Holm",
         "Johansson"],
        "SE",
    ),
    "ru": (
        ["Светлана", "Алексей", "Наталья", "Дмитрий", "Ольга", "Сергей", "Татьяна", "Игорь",
         "Елена", "Юрий", "Анна", "Михаил", "Жанна", "Виктор", "Ирина"],
        ["Смирнова", "Иванов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Новикова",
         "Морозов", "Волкова", "Фёдоров", "Щукина", "Харитонов", "Егорова", "Цветков",
         "Яковлева"],
        "EE",
    ),
    "en": (
        ["Amina", "Omar", "Fatima", "Yusuf", "Leila", "Hassan", "Sara", "Daniel", "Grace",
         "Samuel", "Mariam", "Ahmed", "Nadia", "Tariq", "Hana"],
        ["Hassan", "Ali", "Mohammed", "Okafor", "Haddad", "Nguyen", "Rahimi", "Abdi",
         "Mensah", "Khalil", "Osei", "Karimi", "Yilmaz", "Farah", "Diallo"],
        "SE",
    ),
}  # fmt: skip

#: The women among the first names above (Latvian roles and surnames take their gender).
FEMALE_FIRST_NAMES = frozenset({
    "Kertu", "Mari", "Liis", "Kadri", "Ülle", "Piret", "Helje", "Triin", "Õnne",
    "Ilze", "Līga", "Dace", "Inese", "Zane", "Ieva", "Gunta", "Rūta",
    "Gunilla", "Åsa", "Märta", "Karin", "Ingrid", "Sofia", "Elin", "Linnéa", "Hanna",
    "Светлана", "Наталья", "Ольга", "Татьяна", "Елена", "Анна", "Жанна", "Ирина",
    "Amina", "Fatima", "Leila", "Sara", "Grace", "Mariam", "Nadia", "Hana",
})  # fmt: skip

#: Latvian surnames: (masculine, feminine).
LATVIAN_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Kalniņš", "Kalniņa"), ("Ozols", "Ozola"), ("Bērziņš", "Bērziņa"), ("Liepiņš", "Liepiņa"),
    ("Krūmiņš", "Krūmiņa"), ("Šķēle", "Šķēle"), ("Vītols", "Vītola"), ("Zariņš", "Zariņa"),
    ("Ķēniņš", "Ķēniņa"), ("Dūmiņš", "Dūmiņa"), ("Eglītis", "Eglīte"), ("Ļaudams", "Ļaudama"),
    ("Grīnbergs", "Grīnberga"), ("Siliņš", "Siliņa"), ("Ņikitins", "Ņikitina"),
)  # fmt: skip

ORGANISATIONS: dict[StakeholderGroup, list[str]] = {
    StakeholderGroup.PUBLIC_AUTHORITY: [
        "Tallinna Linnavalitsus", "Rīgas pilsētas dome", "Södertälje kommun",
        "Länsstyrelsen Stockholm", "Kultuuriministeerium", "Sabiedrības integrācijas fonds",
        "Narva Linnavalitsus", "Migrationsverket",
    ],
    StakeholderGroup.MIGRANT_ASSOCIATION: [
        "Eesti Pagulasabi", "Нарвский центр интеграции", "Ukrainian Association of Riga",
        "Syriac-Aramaic Association Södertälje", "Somali Women's Network", "Русская община Латвии",
        "Afghan Cultural Society",
    ],
    StakeholderGroup.CONSULTATIVE_BODY: [
        "Rahvuskaaslaste nõukogu", "Sabiedrības integrācijas padome", "Integrationsrådet",
        "Консультативный совет национальных меньшинств",
    ],
    StakeholderGroup.RESEARCH: [
        "Tallinna Ülikool", "Latvijas Universitāte", "Stockholms universitet", "Praxis",
    ],
    StakeholderGroup.NGO: [
        "Eesti Inimõiguste Keskus", "Gribu palīdzēt bēgļiem", "Röda Korset Södertälje",
        "Open Estonia Foundation", "Civic Alliance Latvia",
    ],
    StakeholderGroup.OTHER: ["Freelance", "ERR News", "Delfi"],
}  # fmt: skip

GROUP_WEIGHTS = {
    StakeholderGroup.PUBLIC_AUTHORITY: 30,
    StakeholderGroup.MIGRANT_ASSOCIATION: 30,
    StakeholderGroup.CONSULTATIVE_BODY: 10,
    StakeholderGroup.RESEARCH: 10,
    StakeholderGroup.NGO: 15,
    StakeholderGroup.OTHER: 5,
}


def is_female(first: str) -> bool:
    return first in FEMALE_FIRST_NAMES


def russian_surname(first: str, last: str) -> str:
    """A Russian surname agrees with the first name's gender (Соколова Анна, Соколов Михаил)."""
    female = first.endswith(("а", "я"))
    if female and not last.endswith("а"):
        return last + "а"
    if not female and last.endswith("а"):
        return last[:-1]
    return last


def latvian_surname(first: str, last: str) -> str:
    """A Latvian surname in the first name's gender (Rūta Dūmiņa, Ģirts Grīnbergs)."""
    for masculine, feminine in LATVIAN_SURNAMES:
        if last in (masculine, feminine):
            return feminine if is_female(first) else masculine
    return last


def agreeing_surname(language: str, first: str, last: str) -> str:
    """``last`` in the gender of ``first`` for the languages whose surnames have one."""
    if language == "ru":
        return russian_surname(first, last)
    if language == "lv":
        return latvian_surname(first, last)
    return last
