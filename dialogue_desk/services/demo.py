"""A realistic demo event: a two-day dialogue event, its first day already held.

Used by ``dialogue-desk demo``, by practice mode and by tests and benchmarks. Deterministic for
a seed, a start date and a language. Its texts (event, agenda, rooms, notes, roles) are written
in the language asked for, its evaluation form is the built-in one shown first in that
language; people's names stay as registered (``demo_people``, ``demo_texts``).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from dialogue_desk.services.demo_people import (
    GROUP_WEIGHTS,
    NAMES,
    ORGANISATIONS,
    agreeing_surname,
    is_female,
)
from dialogue_desk.services.demo_texts import (
    CLASSIC,
    DAY_ONE,
    DAY_TWO,
    DEMO_LANGUAGES,
    LATVIAN_FEMININE_ROLES,
    LOCAL_OWNERS,
    NOTES,
    PLACES,
    ROLES,
    text_in,
)
from dialogue_desk.services.evaluation import template_spec
from dialogue_desk.services.text import search_key
from dialogue_desk.store import Store
from dialogue_desk.store.enums import (
    ActionStatus,
    AgendaKind,
    CheckInMethod,
    EventKind,
    EventStatus,
    QuestionKind,
    ResponseChannel,
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


def _time(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def _at(day: dt.date, t: dt.time, minutes: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, t) + dt.timedelta(minutes=minutes)


def _utc(local: dt.datetime) -> dt.datetime:
    """A local wall-clock time as the naive UTC time the store keeps."""
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _happened(moment: dt.datetime, now: dt.datetime) -> bool:
    """Whether ``moment`` may be shown as past: a time later today has not happened yet.

    Only today is checked: a demo dated on other days (a test's fixed date) keeps all its times.
    """
    return moment.date() != now.date() or moment <= now


def create_demo_event(
    store: Store,
    *,
    participants: int = 80,
    responses: int = 40,
    seed: int = 1,
    start: dt.date | None = None,
    title: str | None = None,
    fresh: bool = False,
    language: str | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Create the demo event and return its id. Day one is held, day two is ``start + 1``.

    ``fresh`` makes the practice event instead: day one is today and nothing has happened yet
    (no actual times, check-ins, notes or responses), so trainees can run it as on the day.
    ``language`` (en, et, lv, sv, ru) writes its texts in that language, held where a
    facilitator of that language would hold it, with that language first among the event's
    working languages; without it the texts are English and Estonian comes first, as the demo
    always was. Nothing dated today lies after the present moment (``now``, for tests).
    """
    rng = random.Random(seed)
    lang = language if language in DEMO_LANGUAGES else "en"
    place = PLACES[lang] if language in DEMO_LANGUAGES else CLASSIC
    if fresh:
        start = start or dt.date.today()
    start = start or (dt.date.today() - dt.timedelta(days=1))
    day_two = start + dt.timedelta(days=1)
    now = now or dt.datetime.now()
    with store.session() as session:
        event = Event(
            title=title or (place.practice_title if fresh else place.title),
            kind=EventKind.DIALOGUE,
            city=place.city,
            country=place.country,
            venue=place.venue,
            start_date=start,
            end_date=day_two,
            languages=place.languages,
            organiser=place.organiser,
            status=EventStatus.PLANNED if fresh else EventStatus.RUNNING,
            description=place.description,
        )
        session.add(event)
        session.flush()
        items = _agenda(event, start, day_two, rng, lang, held=not fresh)
        session.add_all(items)
        people = _participants(event, participants, rng, lang)
        session.add_all(people)
        session.flush()
        if not fresh:
            session.add_all(_check_ins(event, people, start, day_two, rng, now))
            session.add_all(_notes(event, items, start, lang))
        session.flush()
        _evaluation(session, event, 0 if fresh else responses, rng, (start, day_two), now, lang)
        return event.id


def _agenda(
    event: Event, day_one: dt.date, day_two: dt.date, rng: random.Random, language: str, *,
    held: bool,
) -> list[AgendaItem]:  # fmt: skip
    items: list[AgendaItem] = []
    for day, plan in ((day_one, DAY_ONE), (day_two, DAY_TWO)):
        drift = 0
        for position, (start, minutes, title, kind, facilitators, room) in enumerate(plan):
            begin = _time(start)
            end = (_at(day, begin, minutes)).time()
            item = AgendaItem(
                event_id=event.id, day=day, position=position, start_time=begin, end_time=end,
                title=text_in(title, language), kind=kind, facilitators=facilitators,
                room=text_in(room, language), pinned=kind is AgendaKind.LUNCH,
            )  # fmt: skip
            if held and day == day_one:
                # Day one was held: it ran a little late, as days do.
                drift += rng.choice([0, 0, 2, 3, 5, -2])
                item.actual_start = _at(day, begin, max(drift, 0))
                drift += rng.choice([0, 3, 5, 8, -3])
                item.actual_end = _at(day, begin, max(drift, 0) + minutes)
            items.append(item)
    return items


def _role(rng: random.Random, language: str, first: str) -> str:
    roles = ROLES[language]
    if language == "lv" and is_female(first):
        roles = LATVIAN_FEMININE_ROLES
    return rng.choice(roles)  # the same draw in every language, so the same people


def _participants(event: Event, count: int, rng: random.Random, language: str) -> list[Participant]:
    people: list[Participant] = []
    languages = list(NAMES)
    groups = list(GROUP_WEIGHTS)
    weights = list(GROUP_WEIGHTS.values())
    seen: set[tuple[str, str]] = set()
    for index in range(count):
        name_language = languages[index % len(languages)]
        firsts, lasts, country = NAMES[name_language]
        first = rng.choice(firsts)
        last = agreeing_surname(name_language, first, rng.choice(lasts))
        if (first, last) in seen:
            second = agreeing_surname(name_language, first, rng.choice(lasts))
            last = f"{last}-{second}"
        seen.add((first, last))
        group = rng.choices(groups, weights)[0]
        organisation = rng.choice(ORGANISATIONS[group])
        ascii_name = search_key(first).split(" | ")[0].replace(" ", "")
        ascii_last = search_key(last).split(" | ")[0].replace(" ", "")
        walk_in = rng.random() < 0.06
        people.append(
            Participant(
                event_id=event.id, first_name=first, last_name=last, organisation=organisation,
                role=_role(rng, language, first), stakeholder_group=group,
                email="" if walk_in else f"{ascii_name}.{ascii_last}{index}@example.org",
                phone=f"+372 5{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
                country=country, preferred_language=name_language,
                consent_listed=rng.random() < 0.8, consent_photos=rng.random() < 0.6,
                consent_contact=rng.random() < 0.7, walk_in=walk_in,
                search_key=search_key(first, last, organisation),
            )
        )  # fmt: skip
    return people


def _check_ins(
    event: Event, people: list[Participant], day_one: dt.date, day_two: dt.date,
    rng: random.Random, now: dt.datetime,
) -> list[CheckIn]:  # fmt: skip
    rows: list[CheckIn] = []
    for person in people:
        came_day_one = person.walk_in or rng.random() < 0.85
        if came_day_one:
            arrival = _at(day_one, dt.time(8, 40), rng.randrange(0, 80))
            method = CheckInMethod.WALK_IN if person.walk_in else CheckInMethod.DOOR
            if _happened(arrival, now):
                rows.append(
                    CheckIn(
                        event_id=event.id,
                        participant_id=person.id,
                        day=day_one,
                        checked_in_at=arrival,
                        method=method,
                    )
                )
        # Day two is today: about half have already arrived, none later than now.
        if came_day_one and rng.random() < 0.5:
            arrival = _at(day_two, dt.time(9, 0), rng.randrange(0, 40))
            if _happened(arrival, now):
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


def _notes(event: Event, items: list[AgendaItem], day_one: dt.date, language: str) -> list[Note]:
    notes: list[Note] = []
    taken: dict[int | None, int] = {}
    for position, (index, kind, text, action) in enumerate(NOTES):
        item = items[index] if index is not None else None
        # Written while the item ran (the general note before the day began), not today.
        began = item.actual_start if item is not None and item.actual_start else None
        written = (began or _at(day_one, dt.time(8, 45))) + dt.timedelta(
            minutes=4 + 7 * taken.get(index, 0)
        )
        taken[index] = taken.get(index, 0) + 1
        note = Note(event_id=event.id, agenda_item_id=item.id if item else None, kind=kind,
                    text=text_in(text, language), author="Mari Tamm", position=position,
                    created_at=_utc(written), updated_at=_utc(written))  # fmt: skip
        action = LOCAL_OWNERS.get((language, position), action)
        if action is not None:
            note.action_item = ActionItem(
                owner=action.owner, organisation=action.organisation,
                due_date=day_one + dt.timedelta(days=action.days), status=ActionStatus.OPEN,
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


def _evaluation(
    session: Any, event: Event, count: int, rng: random.Random, days: tuple[dt.date, dt.date],
    now: dt.datetime, language: str,
) -> None:  # fmt: skip
    # The built-in form as the evaluation tab makes it: shown first in the event's language,
    # its title in every language.
    spec = template_spec("dialogue", language)
    form = EvaluationForm(
        event_id=event.id, title=spec.title, languages=",".join(spec.languages),
        source=spec.source, settings=dict(spec.settings),
    )  # fmt: skip
    for position, data in enumerate(spec.questions):
        form.questions.append(
            Question(
                position=position, name=data.name, kind=data.kind, label=dict(data.label),
                required=data.required, scale_min=data.scale_min, scale_max=data.scale_max,
                low_label=dict(data.low_label), high_label=dict(data.high_label),
                choices=[{"name": c.name, "label": dict(c.label)} for c in data.choices],
            )
        )  # fmt: skip
    session.add(form)
    session.flush()
    for index in range(count):
        # Answered at the closing session of day two; before it came, at the end of day one.
        submitted = _at(days[1], dt.time(14, 30), rng.randrange(0, 40))
        if not _happened(submitted, now):
            submitted = min(_at(days[0], dt.time(16, 0), index % 40), now)
        response = Response(
            form_id=form.id, event_id=event.id, submitted_at=submitted,
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
