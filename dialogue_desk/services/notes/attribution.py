"""Attributions under the Chatham House rule: how many notes name a speaker, and erasing them.

Switching the rule on hides the names typed earlier (``set_chatham_house``); a facilitator who
promised the room that nothing is attributed may also want them gone from the store for good.
"""

from __future__ import annotations

from sqlalchemy import func, select, update

from dialogue_desk.services.events import event_row
from dialogue_desk.store import Store
from dialogue_desk.store.models import Note


def count_attributions(store: Store, event_id: int) -> int:
    """How many notes of the event carry an author or speaker."""
    with store.session() as session:
        event_row(session, event_id)
        query = (
            select(func.count())
            .select_from(Note)
            .where(Note.event_id == event_id, Note.author != "")
        )
        return int(session.scalar(query) or 0)


def erase_attributions(store: Store, event_id: int) -> int:
    """Remove every author and speaker from the event's notes; returns how many were erased.

    This cannot be undone: it is what the facilitator asks for when the room was promised that
    nothing is attributed.
    """
    with store.session() as session:
        event_row(session, event_id)
        result = session.execute(
            update(Note).where(Note.event_id == event_id, Note.author != "").values(author="")
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
