"""What the handouts (programme, sign-in sheet, badges) share: the event's snapshot in the
language asked for, the page set-up and the line of dates and place."""

from __future__ import annotations

from dialogue_desk.exchange.pdf.layer import MARGIN, PAGE, PageSetup, format_date
from dialogue_desk.i18n import is_supported
from dialogue_desk.services.snapshot import EventSnapshot, load_snapshot
from dialogue_desk.store import Store

#: The width between the margins of an A4 page.
WIDTH = PAGE[0] - 2 * MARGIN


def prepare(store: Store, event_id: int, language: str | None) -> tuple[EventSnapshot, str]:
    """The event's snapshot and the language to write in (the event's own by default)."""
    snapshot = load_snapshot(store, event_id)
    language = language or snapshot.event.language
    if not is_supported(language):
        language = "en"
    return snapshot, language


def page_setup(
    snapshot: EventSnapshot, language: str, title: str, header: bool = True
) -> PageSetup:
    """The header, footer and watermark of a handout."""
    return PageSetup(
        event_title=snapshot.event.title,
        document_title=title,
        language=language,
        practice=snapshot.practice,
        generated_at=snapshot.taken_at,
        author=snapshot.event.organiser,
        header=header,
    )


def dates_and_place(snapshot: EventSnapshot, language: str, *, venue: bool = True) -> str:
    """ "15 April 2026 – 16 April 2026 · Stadshuset, Södertälje"."""
    event = snapshot.event
    dates = format_date(event.start_date, language)
    if event.end_date != event.start_date:
        dates = f"{dates} – {format_date(event.end_date, language)}"
    place = ", ".join(p for p in (event.venue if venue else "", event.city) if p.strip())
    return " · ".join(p for p in (dates, place) if p)
