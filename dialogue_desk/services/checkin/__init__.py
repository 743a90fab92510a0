"""Participants and check-in at the door: the register, attendance, search and duplicates.

The package's public face: callers import from here, not from its modules. Importing it loads
neither SQLAlchemy nor the import machinery (``importing.py`` reaches for ``exchange/``): the
door is drawn from a plain read while the store opens, and the names of ``importing.py`` load
on first use (PEP 562).
"""

from typing import TYPE_CHECKING, Any

from dialogue_desk.services.checkin.attendance import (
    AttendanceCounts,
    CheckInRecord,
    CheckInResult,
    GroupCount,
    add_walk_in,
    attendance,
    check_in,
    check_in_many,
    counts,
    counts_after,
    default_day,
    now,
    remove_check_ins,
    restore_check_ins,
    tally,
    undo_check_in,
)
from dialogue_desk.services.checkin.door import (
    DoorEvent,
    DoorPeople,
    DoorSnapshot,
    door_key,
    keep_door,
    read_door,
)
from dialogue_desk.services.checkin.door_search import (
    FIRST_ROWS,
    DoorList,
    RankedRows,
    narrows,
    rank_rows,
)
from dialogue_desk.services.checkin.order import Named, in_name_order, sort_key
from dialogue_desk.services.checkin.participants import (
    DATA_FIELDS,
    EMAIL_PATTERN,
    CheckInSnapshot,
    MergeResult,
    ParticipantData,
    ParticipantRecord,
    ParticipantSnapshot,
    add_participant,
    apply_data,
    completeness,
    delete_participants,
    find_duplicates,
    get_participant,
    identity_keys,
    merge_participants,
    merged_data,
    participant_key,
    restore_participants,
    snapshot_participants,
    to_record,
    update_participant,
    validate,
)
from dialogue_desk.services.checkin.roster import list_participants, participant_names
from dialogue_desk.services.checkin.search import (
    ELSEWHERE,
    NAME_INSIDE,
    NAME_PREFIX,
    NAME_PREFIX_LOOSE,
    TIERS,
    compile_query,
    compile_ranker,
    name_key,
    plausible_count,
    search,
    suggestions,
)

if TYPE_CHECKING:
    from dialogue_desk.services.checkin.importing import (
        DuplicatePolicy,
        ImportRefusedError,
        ImportResult,
        RegistrationPreview,
        RegistrationRow,
        apply_import,
        plan_import,
        refusal_message,
        row_list,
    )

_IMPORTING = frozenset(
    {"DuplicatePolicy", "ImportRefusedError", "ImportResult", "RegistrationPreview",
     "RegistrationRow", "apply_import", "plan_import", "refusal_message", "row_list"}
)  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _IMPORTING:
        from dialogue_desk.services.checkin import importing

        return getattr(importing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DoorEvent",
    "DoorPeople",
    "DoorSnapshot",
    "door_key",
    "keep_door",
    "read_door",
    "tally",
    "AttendanceCounts",
    "DuplicatePolicy",
    "ImportRefusedError",
    "ImportResult",
    "RegistrationPreview",
    "RegistrationRow",
    "apply_import",
    "plan_import",
    "refusal_message",
    "row_list",
    "CheckInRecord",
    "CheckInResult",
    "CheckInSnapshot",
    "DATA_FIELDS",
    "EMAIL_PATTERN",
    "GroupCount",
    "MergeResult",
    "Named",
    "ParticipantData",
    "ParticipantRecord",
    "ParticipantSnapshot",
    "add_participant",
    "add_walk_in",
    "apply_data",
    "attendance",
    "check_in",
    "check_in_many",
    "compile_query",
    "compile_ranker",
    "ELSEWHERE",
    "NAME_INSIDE",
    "NAME_PREFIX",
    "NAME_PREFIX_LOOSE",
    "TIERS",
    "name_key",
    "plausible_count",
    "rank_rows",
    "RankedRows",
    "DoorList",
    "FIRST_ROWS",
    "narrows",
    "suggestions",
    "counts_after",
    "completeness",
    "counts",
    "default_day",
    "delete_participants",
    "find_duplicates",
    "get_participant",
    "identity_keys",
    "in_name_order",
    "list_participants",
    "participant_names",
    "merge_participants",
    "merged_data",
    "now",
    "participant_key",
    "remove_check_ins",
    "restore_check_ins",
    "restore_participants",
    "search",
    "snapshot_participants",
    "sort_key",
    "to_record",
    "undo_check_in",
    "update_participant",
    "validate",
]
