"""The agenda of an event: items, problems, the live day and its history.

The package's public face: callers import from here, not from its modules.
"""

from dialogue_desk.services.agenda.history import (
    AgendaSnapshot,
    ItemState,
    capture,
    restore,
)
from dialogue_desk.services.agenda.items import (
    MAX_TITLE,
    AgendaItemData,
    AgendaItemRecord,
    add_item,
    add_minutes,
    agenda_counts,
    agenda_days,
    copy_agenda,
    delete_items,
    duplicate_item,
    get_item,
    list_items,
    minutes_between,
    move_item,
    record_of,
    running_item,
    update_item,
    validate,
)
from dialogue_desk.services.agenda.live import (
    LiveChange,
    LiveStatus,
    correct_actual_times,
    delay_text,
    live_status,
    next_item,
    start_next,
    stop_running,
)
from dialogue_desk.services.agenda.problems import (
    ItemProblem,
    Problem,
    agenda_problems,
)

__all__ = [
    "AgendaItemData",
    "AgendaItemRecord",
    "AgendaSnapshot",
    "ItemProblem",
    "ItemState",
    "LiveChange",
    "LiveStatus",
    "MAX_TITLE",
    "Problem",
    "add_item",
    "add_minutes",
    "agenda_counts",
    "agenda_days",
    "agenda_problems",
    "capture",
    "copy_agenda",
    "correct_actual_times",
    "delay_text",
    "delete_items",
    "duplicate_item",
    "get_item",
    "list_items",
    "live_status",
    "minutes_between",
    "move_item",
    "next_item",
    "record_of",
    "restore",
    "running_item",
    "start_next",
    "stop_running",
    "update_item",
    "validate",
]
