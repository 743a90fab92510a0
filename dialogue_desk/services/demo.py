"""A realistic demo event: a two-day dialogue event, its first day already held.

Used by ``dialogue-desk demo``, by practice mode and by tests and benchmarks. Deterministic for
a seed and a start date.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from dialogue_desk.services.evaluation import DIALOGUE_EVENT
from dialogue_desk.services.text import search_key
from dialogue_desk.store import Store
from dialogue_desk.store.enums import (
    ActionStatus,
    AgendaKind,
    CheckInMethod,
    EventKind,
    EventStatus,
    NoteKind,
    QuestionKind,
    ResponseChannel,
    StakeholderGroup,
)
from dialogue_desk.store.models import (
    ActionItem,
    AgendaItem,
    Answer,
    CheckIn,
    EvaluationForm,
    Event,
    Note,
    Participant,
    Question,
    Response,
)

# (first names, last names, country, language); Russian names in Cyrillic as registered.
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

ROLES = ["Adviser", "Chair", "Project manager", "Researcher", "Coordinator", "Volunteer",
         "Head of unit", "Board member", "Specialist"]  # fmt: skip

# (start, minutes, title, kind, facilitators, room)
DAY_ONE = [
    ("09:00", 30, "Registration and coffee", AgendaKind.NETWORKING, "", "Foyer"),
    ("09:30", 30, "Opening: why we meet", AgendaKind.PLENARY, "Kertu Pärnoja", "Main hall"),
    ("10:00", 60, "Panel: participation of new residents in local decisions", AgendaKind.PANEL,
     "Andris Kalniņš, Светлана Смирнова", "Main hall"),
    ("11:00", 15, "Coffee break", AgendaKind.BREAK, "", "Foyer"),
    ("11:15", 75, "World café: trust between authorities and associations",
     AgendaKind.WORLD_CAFE, "Gunilla Ståhlberg", "Room A"),
    ("12:30", 60, "Lunch", AgendaKind.LUNCH, "", "Restaurant"),
    ("13:30", 90, "Group discussions: language learning and work", AgendaKind.GROUP_DISCUSSION,
     "Mari Tamm, Omar Hassan", "Rooms A–C"),
    ("15:00", 15, "Coffee break", AgendaKind.BREAK, "", "Foyer"),
    ("15:15", 45, "Reports from the groups", AgendaKind.PLENARY, "Kertu Pärnoja", "Main hall"),
    ("16:00", 30, "Networking", AgendaKind.NETWORKING, "", "Foyer"),
]  # fmt: skip
DAY_TWO = [
    ("09:30", 15, "Recap of day one", AgendaKind.PLENARY, "Kertu Pärnoja", "Main hall"),
    ("09:45", 90, "Workshop: a local action plan", AgendaKind.WORKSHOP,
     "Ilze Ozola, Алексей Иванов", "Room B"),
    ("11:15", 15, "Coffee break", AgendaKind.BREAK, "", "Foyer"),
    ("11:30", 60, "Panel: what the consultative bodies can do", AgendaKind.PANEL,
     "Björn Öberg", "Main hall"),
    ("12:30", 60, "Lunch", AgendaKind.LUNCH, "", "Restaurant"),
    ("13:30", 60, "Agreeing the next steps", AgendaKind.PLENARY, "Kertu Pärnoja", "Main hall"),
    ("14:30", 30, "Evaluation and closing", AgendaKind.OTHER, "Kertu Pärnoja", "Main hall"),
]  # fmt: skip

NOTES: list[tuple[int, NoteKind, str, dict[str, Any] | None]] = [
    (1, NoteKind.KEY_POINT, "Dialogue works when authorities come to listen, not to present.", None),
    (2, NoteKind.KEY_POINT, "Associations often hear about consultations too late to respond.", None),
    (2, NoteKind.QUOTE, "«Нас приглашают, когда решение уже принято.»", None),
    (2, NoteKind.DECISION, "Consultations will be announced at least four weeks ahead.", None),
    (2, NoteKind.ACTION_ITEM, "Draft a shared calendar of public consultations",
     {"owner": "Andris Kalniņš", "organisation": "Rīgas pilsētas dome", "days": 30}),
    (4, NoteKind.KEY_POINT, "Trust grows from small, repeated contacts between named people.", None),
    (4, NoteKind.QUESTION, "Who pays for interpretation at municipal meetings?", None),
    (4, NoteKind.DECISION, "Each municipality names one contact person for associations.", None),
    (4, NoteKind.ACTION_ITEM, "Collect contact persons from the three pilot municipalities",
     {"owner": "Gunilla Ståhlberg", "organisation": "Länsstyrelsen Stockholm", "days": 21}),
    (6, NoteKind.NOTE, "Language courses are full in Narva; waiting lists of 6 months.", None),
    (6, NoteKind.KEY_POINT, "Employers want language support at the workplace, not only courses.", None),
    (6, NoteKind.ACTION_ITEM, "Map workplace language programmes in Ida-Virumaa",
     {"owner": "Светлана Смирнова", "organisation": "Нарвский центр интеграции", "days": 45}),
    (8, NoteKind.DECISION, "Group reports go into the shared summary <draft> & are circulated.", None),
    (None, NoteKind.NOTE, "Interpretation EN/RU/ET available in the main hall.", None),
]  # fmt: skip


def _time(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def _at(day: dt.date, t: dt.time, minutes: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, t) + dt.timedelta(minutes=minutes)


def create_demo_event(
    store: Store,
    *,
    participants: int = 80,
    responses: int = 40,
    seed: int = 1,
    start: dt.date | None = None,
    title: str = "Dialogue platform Tallinn — pilot event",
    fresh: bool = False,
) -> int:
    """Create the demo event and return its id. Day one is held, day two is ``start + 1``.

    ``fresh`` makes the practice event instead: day one is today and nothing has happened yet
    (no actual times, check-ins, notes or responses), so trainees can run it as on the day.
    """
    rng = random.Random(seed)
    if fresh:
        start = start or dt.date.today()
        title = "Practice: dialogue platform Tallinn"
    start = start or (dt.date.today() - dt.timedelta(days=1))
    day_two = start + dt.timedelta(days=1)
    with store.session() as session:
        event = Event(
            title=title,
            kind=EventKind.DIALOGUE,
            city="Tallinn",
            country="EE",
            venue="Kultuurikatel, Põhjala 35",
            start_date=start,
            end_date=day_two,
            languages="et,ru,en",
            organiser="Dialogue platform Estonia",
            status=EventStatus.PLANNED if fresh else EventStatus.RUNNING,
            description="Two-day pilot dialogue between public authorities and associations.",
        )
        session.add(event)
        session.flush()
        items = _agenda(event, start, day_two, rng, held=not fresh)
        session.add_all(items)
        people = _participants(event, participants, rng)
        session.add_all(people)
        session.flush()
        if not fresh:
            session.add_all(_check_ins(event, people, start, day_two, rng))
            session.add_all(_notes(event, items, start))
        session.flush()
        _evaluation(session, event, 0 if fresh else responses, rng, day_two)
        return event.id


def _agenda(
    event: Event, day_one: dt.date, day_two: dt.date, rng: random.Random, *, held: bool
) -> list[AgendaItem]:
    items: list[AgendaItem] = []
    for day, plan in ((day_one, DAY_ONE), (day_two, DAY_TWO)):
        drift = 0
        for position, (start, minutes, title, kind, facilitators, room) in enumerate(plan):
            begin = _time(start)
            end = (_at(day, begin, minutes)).time()
            item = AgendaItem(
                event_id=event.id, day=day, position=position, start_time=begin, end_time=end,
                title=title, kind=kind, facilitators=facilitators, room=room,
                pinned=kind is AgendaKind.LUNCH,
            )  # fmt: skip
            if held and day == day_one:
                # Day one was held: it ran a little late, as days do.
                drift += rng.choice([0, 0, 2, 3, 5, -2])
                item.actual_start = _at(day, begin, max(drift, 0))
                drift += rng.choice([0, 3, 5, 8, -3])
                item.actual_end = _at(day, begin, max(drift, 0) + minutes)
            items.append(item)
    return items


def _russian_surname(first: str, last: str) -> str:
    """A Russian surname agrees with the first name's gender (Соколова Анна, Соколов Михаил)."""
    female = first.endswith(("а", "я"))
    if female and not last.endswith("а"):
        return last + "а"
    if not female and last.endswith("а"):
        return last[:-1]
    return last


def _participants(event: Event, count: int, rng: random.Random) -> list[Participant]:
    people: list[Participant] = []
    languages = list(NAMES)
    groups = list(GROUP_WEIGHTS)
    weights = list(GROUP_WEIGHTS.values())
    seen: set[tuple[str, str]] = set()
    for index in range(count):
        language = languages[index % len(languages)]
        firsts, lasts, country = NAMES[language]
        first, last = rng.choice(firsts), rng.choice(lasts)
        if language == "ru":
            last = _russian_surname(first, last)
        if (first, last) in seen:
            last = f"{last}-{rng.choice(NAMES[language][1])}"
        seen.add((first, last))
        group = rng.choices(groups, weights)[0]
        organisation = rng.choice(ORGANISATIONS[group])
        ascii_name = search_key(first).split(" | ")[0].replace(" ", "")
        ascii_last = search_key(last).split(" | ")[0].replace(" ", "")
        walk_in = rng.random() < 0.06
        people.append(
            Participant(
                event_id=event.id, first_name=first, last_name=last, organisation=organisation,
                role=rng.choice(ROLES), stakeholder_group=group,
                email="" if walk_in else f"{ascii_name}.{ascii_last}{index}@example.org",
                phone=f"+372 5{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
                country=country, preferred_language=language if language != "en" else "en",
                consent_listed=rng.random() < 0.8, consent_photos=rng.random() < 0.6,
                consent_contact=rng.random() < 0.7, walk_in=walk_in,
                search_key=search_key(first, last, organisation),
            )
        )  # fmt: skip
    return people


def _check_ins(
    event: Event, people: list[Participant], day_one: dt.date, day_two: dt.date,
    rng: random.Random,
) -> list[CheckIn]:  # fmt: skip
    rows: list[CheckIn] = []
    for person in people:
        came_day_one = person.walk_in or rng.random() < 0.85
        if came_day_one:
            arrival = _at(day_one, dt.time(8, 40), rng.randrange(0, 80))
            method = CheckInMethod.WALK_IN if person.walk_in else CheckInMethod.DOOR
            rows.append(
                CheckIn(
                    event_id=event.id,
                    participant_id=person.id,
                    day=day_one,
                    checked_in_at=arrival,
                    method=method,
                )
            )
        # Day two is today: about half have already arrived.
        if came_day_one and rng.random() < 0.5:
            arrival = _at(day_two, dt.time(9, 0), rng.randrange(0, 40))
            rows.append(
                CheckIn(
                    event_id=event.id,
                    participant_id=person.id,
                    day=day_two,
                    checked_in_at=arrival,
                    method=CheckInMethod.DOOR,
                )
            )
    return rows


def _notes(event: Event, items: list[AgendaItem], day_one: dt.date) -> list[Note]:
    notes: list[Note] = []
    for position, (index, kind, text, action) in enumerate(NOTES):
        item = items[index] if index is not None else None
        note = Note(event_id=event.id, agenda_item_id=item.id if item else None, kind=kind,
                    text=text, author="Mari Tamm", position=position)  # fmt: skip
        if action is not None:
            note.action_item = ActionItem(
                owner=action["owner"], organisation=action["organisation"],
                due_date=day_one + dt.timedelta(days=action["days"]), status=ActionStatus.OPEN,
            )  # fmt: skip
        notes.append(note)
    return notes


COMMENTS = {
    "worked": ["Small groups with mixed tables.", "Interpretation was excellent.",
               "Хорошая модерация, все могли высказаться.", "Väga hea õhkkond.",
               "Laba organizācija un laiks sarunām."],
    "improve": ["More time for the world café.", "Send materials earlier.",
                "Больше времени на вопросы.", "Fler pauser.", "Vairāk jauniešu."],
    "missing": ["Employers", "Youth organisations", "Школы", "Police", "Tööandjad"],
}  # fmt: skip


def _evaluation(session: Any, event: Event, count: int, rng: random.Random, day: dt.date) -> None:
    template = DIALOGUE_EVENT
    form = EvaluationForm(
        event_id=event.id, title=template["title"]["en"], languages="en,et,lv,sv,ru",
        source=template["key"],
    )  # fmt: skip
    for position, spec in enumerate(template["questions"]):
        form.questions.append(
            Question(
                position=position, name=spec["name"], kind=spec["kind"], label=spec["label"],
                required=spec.get("required", False), scale_min=spec.get("scale_min"),
                scale_max=spec.get("scale_max"), low_label=spec.get("low_label", {}),
                high_label=spec.get("high_label", {}), choices=spec.get("choices", []),
            )
        )  # fmt: skip
    session.add(form)
    session.flush()
    for index in range(count):
        response = Response(
            form_id=form.id, event_id=event.id,
            submitted_at=_at(day, dt.time(14, 30), rng.randrange(0, 40)),
            channel=ResponseChannel.KIOSK if index % 3 else ResponseChannel.PAPER,
            language=rng.choice(["et", "ru", "en", "lv", "sv"]),
        )  # fmt: skip
        for question in form.questions:
            answer = Answer(question_id=question.id)
            if question.kind is QuestionKind.RATING:
                answer.number = float(rng.choices([2, 3, 4, 5], [1, 3, 6, 5])[0])
            elif question.kind is QuestionKind.YES_NO:
                answer.number = 1.0 if rng.random() < 0.85 else 0.0
            elif question.kind is QuestionKind.SINGLE_CHOICE:
                answer.choices = [rng.choice(question.choices)["name"]]
            elif question.name in COMMENTS and rng.random() < 0.4:
                answer.text = rng.choice(COMMENTS[question.name])
            else:
                continue
            response.answers.append(answer)
        session.add(response)
