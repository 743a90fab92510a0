"""The demo and practice event's texts in the five interface languages.

What a facilitator would have written in that language: the event, its agenda titles and
rooms, the notes, decisions and action items, the participants' roles. People's names and the
names of organisations stay as they are registered, in their own language and script.
Each text is ``{language code: text}`` with all five languages (``text_in`` falls back to
English for any other code).
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogue_desk.store.enums import AgendaKind, NoteKind

L = dict[str, str]
DEMO_LANGUAGES = ("en", "et", "lv", "sv", "ru")


def _l(en: str, et: str, lv: str, sv: str, ru: str) -> L:
    return {"en": en, "et": et, "lv": lv, "sv": sv, "ru": ru}


def text_in(texts: L, language: str) -> str:
    """``texts`` in ``language``, English for a language the demo is not written in."""
    return texts.get(language) or texts["en"]


@dataclass(frozen=True)
class Place:
    """Where the event is held and who runs it, as a facilitator of that language would set up."""

    title: str
    practice_title: str
    city: str
    country: str
    venue: str
    organiser: str
    description: str
    #: The event's working languages, its own first (the default for its reports).
    languages: str


DESCRIPTION = _l(
    "Two-day pilot dialogue between public authorities and associations.",
    "Kahepäevane pilootdialoog ametiasutuste ja ühenduste vahel.",
    "Divu dienu pilotdialogs starp iestādēm un biedrībām.",
    "Tvådagars pilotdialog mellan myndigheter och föreningar.",
    "Двухдневный пилотный диалог между органами власти и объединениями.",
)

PLACES: dict[str, Place] = {
    "en": Place("Dialogue platform Tallinn — pilot event", "Practice: dialogue platform Tallinn",
                "Tallinn", "EE", "Kultuurikatel, Põhjala 35", "Dialogue platform Estonia",
                DESCRIPTION["en"], "en,et,ru"),
    "et": Place("Tallinna dialoogiplatvorm – pilootüritus", "Harjutus: Tallinna dialoogiplatvorm",
                "Tallinn", "EE", "Kultuurikatel, Põhjala 35", "Eesti dialoogiplatvorm",
                DESCRIPTION["et"], "et,ru,en"),
    "lv": Place("Rīgas dialoga platforma — pilotpasākums",
                "Izmēģinājums: Rīgas dialoga platforma", "Rīga", "LV",
                "Rīgas Kongresu nams, Kr. Valdemāra iela 5", "Latvijas dialoga platforma",
                DESCRIPTION["lv"], "lv,ru,en"),
    "sv": Place("Dialogplattform Södertälje – pilotmöte", "Övning: dialogplattform Södertälje",
                "Södertälje", "SE", "Stadshuset, Campusgatan 14", "Dialogplattform Södertälje",
                DESCRIPTION["sv"], "sv,en"),
    "ru": Place("Диалоговая платформа Таллина — пилотное мероприятие",
                "Тренировка: диалоговая платформа Таллина", "Таллин", "EE",
                "Культурный котёл, Põhjala 35", "Диалоговая платформа Эстонии",
                DESCRIPTION["ru"], "ru,et,en"),
}  # fmt: skip

#: The demo event as it always was (English texts, Estonian first): tests and benchmarks
#: that name no language keep their figures.
CLASSIC = Place(PLACES["en"].title, PLACES["en"].practice_title, "Tallinn", "EE",
                "Kultuurikatel, Põhjala 35", "Dialogue platform Estonia", DESCRIPTION["en"],
                "et,ru,en")  # fmt: skip

# --- agenda ------------------------------------------------------------------------------

FOYER = _l("Foyer", "Fuajee", "Foajē", "Foajén", "Фойе")
MAIN_HALL = _l("Main hall", "Suur saal", "Lielā zāle", "Stora salen", "Большой зал")
ROOM_A = _l("Room A", "Ruum A", "A telpa", "Rum A", "Зал A")
ROOM_B = _l("Room B", "Ruum B", "B telpa", "Rum B", "Зал B")
ROOMS_A_C = _l("Rooms A–C", "Ruumid A–C", "A–C telpas", "Rum A–C", "Залы A–C")
RESTAURANT = _l("Restaurant", "Restoran", "Restorāns", "Restaurangen", "Ресторан")

COFFEE = _l("Coffee break", "Kohvipaus", "Kafijas pauze", "Kaffepaus", "Кофе-брейк")
LUNCH = _l("Lunch", "Lõuna", "Pusdienas", "Lunch", "Обед")

#: (start, minutes, title, kind, facilitators, room)
DAY_ONE: list[tuple[str, int, L, AgendaKind, str, L]] = [
    ("09:00", 30, _l("Registration and coffee", "Registreerimine ja hommikukohv",
                     "Reģistrācija un rīta kafija", "Registrering och kaffe",
                     "Регистрация и кофе"), AgendaKind.NETWORKING, "", FOYER),
    ("09:30", 30, _l("Opening: why we meet", "Avamine: miks me kokku tuleme",
                     "Atklāšana: kāpēc mēs tiekamies", "Inledning: varför vi träffas",
                     "Открытие: зачем мы собрались"), AgendaKind.PLENARY, "Kertu Pärnoja",
     MAIN_HALL),
    ("10:00", 60, _l("Panel: participation of new residents in local decisions",
                     "Paneelarutelu: uussisserändajate osalemine kohalike otsuste tegemisel",
                     "Paneļdiskusija: jauno iedzīvotāju līdzdalība vietējo lēmumu pieņemšanā",
                     "Panel: nya invånares delaktighet i lokala beslut",
                     "Панельная дискуссия: участие новых жителей в принятии местных решений"),
     AgendaKind.PANEL, "Andris Kalniņš, Светлана Смирнова", MAIN_HALL),
    ("11:00", 15, COFFEE, AgendaKind.BREAK, "", FOYER),
    ("11:15", 75, _l("World café: trust between authorities and associations",
                     "Maailmakohvik: usaldus ametiasutuste ja ühenduste vahel",
                     "Pasaules kafejnīca: uzticēšanās starp iestādēm un biedrībām",
                     "Världscafé: tillit mellan myndigheter och föreningar",
                     "Мировое кафе: доверие между органами власти и объединениями"),
     AgendaKind.WORLD_CAFE, "Gunilla Ståhlberg", ROOM_A),
    ("12:30", 60, LUNCH, AgendaKind.LUNCH, "", RESTAURANT),
    ("13:30", 90, _l("Group discussions: language learning and work",
                     "Rühmaarutelud: keeleõpe ja töö", "Grupu diskusijas: valodas apguve un darbs",
                     "Gruppsamtal: språkinlärning och arbete",
                     "Обсуждение в группах: изучение языка и работа"),
     AgendaKind.GROUP_DISCUSSION, "Mari Tamm, Omar Hassan", ROOMS_A_C),
    ("15:00", 15, COFFEE, AgendaKind.BREAK, "", FOYER),
    ("15:15", 45, _l("Reports from the groups", "Rühmade kokkuvõtted", "Grupu ziņojumi",
                     "Redovisning från grupperna", "Отчёты групп"),
     AgendaKind.PLENARY, "Kertu Pärnoja", MAIN_HALL),
    ("16:00", 30, _l("Networking", "Tutvumine ja suhtlemine", "Kontaktu veidošana", "Mingel",
                     "Неформальное общение"), AgendaKind.NETWORKING, "", FOYER),
]  # fmt: skip
DAY_TWO: list[tuple[str, int, L, AgendaKind, str, L]] = [
    ("09:30", 15, _l("Recap of day one", "Esimese päeva kokkuvõte", "Pirmās dienas kopsavilkums",
                     "Sammanfattning av dag ett", "Итоги первого дня"),
     AgendaKind.PLENARY, "Kertu Pärnoja", MAIN_HALL),
    ("09:45", 90, _l("Workshop: a local action plan", "Töötuba: kohalik tegevuskava",
                     "Darbnīca: vietējais rīcības plāns", "Workshop: en lokal handlingsplan",
                     "Практикум: местный план действий"),
     AgendaKind.WORKSHOP, "Ilze Ozola, Алексей Иванов", ROOM_B),
    ("11:15", 15, COFFEE, AgendaKind.BREAK, "", FOYER),
    ("11:30", 60, _l("Panel: what the consultative bodies can do",
                     "Paneelarutelu: mida saavad teha nõuandvad kogud",
                     "Paneļdiskusija: ko var paveikt konsultatīvās padomes",
                     "Panel: vad de rådgivande organen kan göra",
                     "Панельная дискуссия: что могут сделать консультативные органы"),
     AgendaKind.PANEL, "Björn Öberg", MAIN_HALL),
    ("12:30", 60, LUNCH, AgendaKind.LUNCH, "", RESTAURANT),
    ("13:30", 60, _l("Agreeing the next steps", "Järgmiste sammude kokkuleppimine",
                     "Vienošanās par turpmākajiem soļiem", "Vi enas om nästa steg",
                     "Согласование дальнейших шагов"),
     AgendaKind.PLENARY, "Kertu Pärnoja", MAIN_HALL),
    ("14:30", 30, _l("Evaluation and closing", "Tagasiside ja lõpetamine",
                     "Novērtējums un noslēgums", "Utvärdering och avslutning",
                     "Оценка и закрытие"), AgendaKind.OTHER, "Kertu Pärnoja", MAIN_HALL),
]  # fmt: skip

# --- notes -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Action:
    """The follow-up of an action item: who does it, for which organisation, in how many days."""

    owner: str
    organisation: str
    days: int


#: (agenda item index or None, kind, text, action). A quote stays in the language it was said in.
NOTES: list[tuple[int | None, NoteKind, L, Action | None]] = [
    (1, NoteKind.KEY_POINT, _l(
        "Dialogue works when authorities come to listen, not to present.",
        "Dialoog toimib, kui ametiasutused tulevad kuulama, mitte esinema.",
        "Dialogs izdodas, ja iestādes nāk klausīties, nevis prezentēt.",
        "Dialogen fungerar när myndigheterna kommer för att lyssna, inte för att presentera.",
        "Диалог получается, когда представители власти приходят слушать, а не выступать."),
     None),
    (2, NoteKind.KEY_POINT, _l(
        "Associations often hear about consultations too late to respond.",
        "Ühendused kuulevad konsultatsioonidest sageli liiga hilja, et jõuda arvamust anda.",
        "Biedrības par konsultācijām bieži uzzina par vēlu, lai paspētu sniegt viedokli.",
        "Föreningarna får ofta höra om samråd för sent för att hinna svara.",
        "Объединения часто узнают о консультациях слишком поздно, чтобы успеть ответить."),
     None),
    (2, NoteKind.QUOTE, _l(*["«Нас приглашают, когда решение уже принято.»"] * 5), None),
    (2, NoteKind.DECISION, _l(
        "Consultations will be announced at least four weeks ahead.",
        "Konsultatsioonidest teatatakse vähemalt neli nädalat ette.",
        "Par konsultācijām paziņos vismaz četras nedēļas iepriekš.",
        "Samråd ska annonseras minst fyra veckor i förväg.",
        "О консультациях будут объявлять не позднее чем за четыре недели."), None),
    (2, NoteKind.ACTION_ITEM, _l(
        "Draft a shared calendar of public consultations",
        "Koostada avalike konsultatsioonide ühine kalender",
        "Sagatavot kopīgu publisko konsultāciju kalendāru",
        "Ta fram en gemensam kalender över offentliga samråd",
        "Подготовить общий календарь публичных консультаций"),
     Action("Andris Kalniņš", "Rīgas pilsētas dome", 30)),
    (4, NoteKind.KEY_POINT, _l(
        "Trust grows from small, repeated contacts between named people.",
        "Usaldus kasvab väikestest korduvatest kohtumistest konkreetsete inimeste vahel.",
        "Uzticēšanās aug no nelieliem, atkārtotiem kontaktiem starp konkrētiem cilvēkiem.",
        "Tillit växer ur små, upprepade kontakter mellan personer som känner varandra.",
        "Доверие растёт из небольших повторяющихся контактов между конкретными людьми."), None),
    (4, NoteKind.QUESTION, _l(
        "Who pays for interpretation at municipal meetings?",
        "Kes maksab tõlke eest omavalitsuse koosolekutel?",
        "Kas maksā par tulkošanu pašvaldības sanāksmēs?",
        "Vem betalar för tolkning vid kommunens möten?",
        "Кто оплачивает устный перевод на заседаниях самоуправления?"), None),
    (4, NoteKind.DECISION, _l(
        "Each municipality names one contact person for associations.",
        "Iga omavalitsus nimetab ühendustele ühe kontaktisiku.",
        "Katra pašvaldība nozīmē vienu kontaktpersonu darbam ar biedrībām.",
        "Varje kommun utser en kontaktperson för föreningarna.",
        "Каждое самоуправление назначает одно контактное лицо для объединений."), None),
    (4, NoteKind.ACTION_ITEM, _l(
        "Collect contact persons from the three pilot municipalities",
        "Koguda kokku kolme pilootomavalitsuse kontaktisikud",
        "Apkopot kontaktpersonas no trim pilotpašvaldībām",
        "Samla in kontaktpersoner från de tre pilotkommunerna",
        "Собрать контактных лиц трёх пилотных самоуправлений"),
     Action("Gunilla Ståhlberg", "Länsstyrelsen Stockholm", 21)),
    (6, NoteKind.NOTE, _l(
        "Language courses are full in Narva; waiting lists of 6 months.",
        "Narvas on keelekursused täis, ootejärjekord on kuus kuud.",
        "Daugavpilī valodas kursi ir pilni, rindā jāgaida pusgads.",
        "Sfi-kurserna i Södertälje är fulla, och kön är sex månader lång.",
        "В Нарве языковые курсы переполнены, очередь — полгода."), None),
    (6, NoteKind.KEY_POINT, _l(
        "Employers want language support at the workplace, not only courses.",
        "Tööandjad soovivad keeletuge töökohal, mitte ainult kursusi.",
        "Darba devēji vēlas valodas atbalstu darbavietā, ne tikai kursus.",
        "Arbetsgivarna vill ha språkstöd på arbetsplatsen, inte bara kurser.",
        "Работодатели хотят языковой поддержки на рабочем месте, а не только курсов."), None),
    (6, NoteKind.ACTION_ITEM, _l(
        "Map workplace language programmes in Ida-Virumaa",
        "Kaardistada Ida-Virumaa töökohapõhised keeleõppeprogrammid",
        "Apzināt valodas apguves programmas darbavietās Latgalē",
        "Kartlägga språkstöd på arbetsplatser i Södertälje",
        "Составить обзор программ изучения языка на рабочем месте в Ида-Вирумаа"),
     Action("Светлана Смирнова", "Нарвский центр интеграции", 45)),
    (8, NoteKind.DECISION, _l(
        "Group reports go into the shared summary <draft> & are circulated.",
        "Rühmade ettekanded lisatakse ühisesse kokkuvõttesse <mustand> & saadetakse osalejatele.",
        "Grupu ziņojumus iekļauj kopējā kopsavilkumā <melnraksts> & izsūta dalībniekiem.",
        "Gruppernas redovisningar förs in i den gemensamma sammanfattningen <utkast> & skickas "
        "ut.",
        "Отчёты групп войдут в общее резюме <черновик> & будут разосланы."), None),
    (None, NoteKind.NOTE, _l(
        "Interpretation EN/RU/ET available in the main hall.",
        "Suures saalis on tõlge eesti, vene ja inglise keelde.",
        "Lielajā zālē pieejama tulkošana latviešu, krievu un angļu valodā.",
        "Tolkning till svenska, arabiska och engelska finns i stora salen.",
        "В большом зале есть синхронный перевод на эстонский, русский и английский."), None),
]  # fmt: skip

#: An action item whose owner differs where the event is held elsewhere (the place fits).
LOCAL_OWNERS: dict[tuple[str, int], Action] = {
    ("lv", 11): Action("Ilze Ozola", "Sabiedrības integrācijas fonds", 45),
    ("sv", 11): Action("Örjan Ekström", "Södertälje kommun", 45),
}

#: Participants' roles as they registered them; lv roles have a feminine form.
ROLES: dict[str, list[str]] = {
    "en": ["Adviser", "Chair", "Project manager", "Researcher", "Coordinator", "Volunteer",
           "Head of unit", "Board member", "Specialist"],
    "et": ["Nõunik", "Esimees", "Projektijuht", "Teadur", "Koordinaator", "Vabatahtlik",
           "Osakonnajuhataja", "Juhatuse liige", "Spetsialist"],
    "lv": ["Padomnieks", "Priekšsēdētājs", "Projekta vadītājs", "Pētnieks", "Koordinators",
           "Brīvprātīgais", "Nodaļas vadītājs", "Valdes loceklis", "Speciālists"],
    "sv": ["Rådgivare", "Ordförande", "Projektledare", "Forskare", "Samordnare", "Volontär",
           "Enhetschef", "Styrelseledamot", "Handläggare"],
    "ru": ["Советник", "Председатель", "Руководитель проекта", "Исследователь", "Координатор",
           "Волонтёр", "Руководитель отдела", "Член правления", "Специалист"],
}  # fmt: skip
LATVIAN_FEMININE_ROLES = ["Padomniece", "Priekšsēdētāja", "Projekta vadītāja", "Pētniece",
                          "Koordinatore", "Brīvprātīgā", "Nodaļas vadītāja", "Valdes locekle",
                          "Speciāliste"]  # fmt: skip
