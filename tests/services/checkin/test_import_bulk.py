"""The bulk insert of an import writes every column as a single add would."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dialogue_desk.exchange.registrations import import_participants
from dialogue_desk.services.checkin import (
    ParticipantData,
    add_participant,
    list_participants,
    participant_key,
    search,
)
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.store.enums import StakeholderGroup
from dialogue_desk.store.models import Participant


def test_imported_rows_are_like_added_ones(store, tmp_path):  # type: ignore[no-untyped-def]
    day = dt.date(2026, 5, 4)
    event = create_event(store, EventData(title="Bulk", start_date=day, end_date=day))
    path = tmp_path / "list.csv"
    rows = "".join(f"Jüri{n};Kask{n};jyri{n}@example.ee;NGO;Eesti;jah\n" for n in range(300))
    path.write_text("Eesnimi;Perekonnanimi;E-post;Sidusrühm;Riik;Pildistamine\n" + rows,
                    encoding="utf-8")  # fmt: skip
    assert import_participants(store, event.id, path).imported == 300
    added = add_participant(store, event.id, ParticipantData(first_name="Anna", last_name="Tamm"))
    people = list_participants(store, event.id)
    assert len({p.uuid for p in people}) == 301 and all(len(p.uuid) == 36 for p in people)
    jyri = next(p for p in people if p.first_name == "Jüri7")
    assert jyri.stakeholder_group is StakeholderGroup.NGO and jyri.country == "EE"
    assert jyri.consent_photos is True and jyri.walk_in is False
    assert jyri.search_key == participant_key("Jüri7", "Kask7", "", "jyri7@example.ee")
    assert search(people, "jyri7") and search(people, "kask12")
    with store.session() as session:
        stamped = session.execute(
            select(Participant.created_at, Participant.updated_at, Participant.clock).where(
                Participant.event_id == event.id
            )
        ).all()
        reference = session.get(Participant, added.id)
        assert reference is not None
        assert all(c is not None and u is not None for c, u, _ in stamped)
        # The store's change clock stamps bulk-inserted rows like any other insert.
        assert {clock > 0 for _, _, clock in stamped} == {reference.clock > 0}


@pytest.mark.parametrize("parts", [
    ("Jüri", "Kask", "MTÜ Koos", "jyri@example.ee"), ("Ёлкин", "Пётр", "", ""),
    ("Šķēle", "", "Rīgas dome", ""), ("Александр", "Щукин", "Khokhlov & Sons", "A@B.cc"),
    ("Straße", "Øre", "Œuvre", ""), ("", "Tsch Kh", "ZhShCh", "x@y.z"), ("Ayşe", "", "", ""),
    ("ﬁ ligature", "Ⅻ", "ǅ", ""),
])  # fmt: skip
def test_the_search_key_folded_by_parts_is_the_participant_key(parts) -> None:  # type: ignore[no-untyped-def]
    from dialogue_desk.services.checkin.importing import _search_key

    data = ParticipantData(first_name=parts[0], last_name=parts[1], organisation=parts[2],
                           email=parts[3])  # fmt: skip
    assert _search_key(data) == participant_key(*parts)
