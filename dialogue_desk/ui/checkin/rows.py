"""The door list's rows: one person each, the record made only when first needed.

Start-up fills the list of 20,000 people from the door kept at the last close; a row then holds
the person's id, search key and check-in, and makes the record the first time the list shows
the row or a search ranks it (``Row.of_door``). Rows made from records (a reload on the open
store) hold them from the start.
"""

from __future__ import annotations

from dialogue_desk.services.checkin import (
    CheckInRecord,
    DoorPeople,
    ParticipantRecord,
    door_key,
)


class Row:
    """One person on the door list: the record (made when first needed), the day's check-in,
    the search key and what the ranking keeps."""

    __slots__ = ("_record", "_people", "_index", "id", "check_in", "key", "name", "tier")

    def __init__(self, record: ParticipantRecord, check_in: CheckInRecord | None = None) -> None:
        self._record: ParticipantRecord | None = record
        self._people: DoorPeople | None = None
        self._index = 0
        self.id = record.id
        self.check_in = check_in
        self.key = door_key(record.search_key, record.email)
        #: The name prepared for ranking (made when the row first matches a query).
        self.name = ""
        #: The match tier for the current query (0 = the name starts with what was typed).
        self.tier = 0

    @classmethod
    def of_door(cls, people: DoorPeople, present: dict[int, CheckInRecord]) -> list[Row]:
        """The rows of everyone in ``people`` without making their records yet (start-up)."""
        new, rows, append, here = cls.__new__, [], list.append, present.get
        for index, (pid, key) in enumerate(zip(people.ids(), people.door_keys(), strict=True)):
            row = new(cls)
            row._record, row._people, row._index = None, people, index
            row.id, row.check_in, row.key, row.name, row.tier = pid, here(pid), key, "", 0
            append(rows, row)
        return rows

    @property
    def record(self) -> ParticipantRecord:
        record = self._record
        if record is None:
            record = self._record = self._people[self._index]  # type: ignore[index]
        return record
