"""Several laptops at one event, no server: share, join, sync through a folder, review.

The package's public face: callers import from here, not from its modules. Nothing else in the
app calls it on a write: SQLite triggers stamp every row with a change clock and log every
deletion, and a sync reads those (see ``shadow.py`` for the merge rules).
"""

from dialogue_desk.services.sync.clock import (
    Device,
    device_named,
    device_names,
    keep_device_name,
    rename_device,
    this_device,
)
from dialogue_desk.services.sync.exchanges import (
    applied_files,
    event_uuid,
    join_contents,
    last_folder,
    merge_changes,
    share_contents,
)
from dialogue_desk.services.sync.records import (
    Entry,
    Incoming,
    JoinResult,
    Outgoing,
    SyncResult,
    WriteOwn,
)
from dialogue_desk.services.sync.review import (
    ConflictRecord,
    Resolution,
    keep_other,
    keep_this,
    list_conflicts,
    merge_people,
    open_conflicts,
    undo_resolution,
)

__all__ = [
    "ConflictRecord",
    "Device",
    "Entry",
    "Incoming",
    "JoinResult",
    "Outgoing",
    "Resolution",
    "SyncResult",
    "WriteOwn",
    "applied_files",
    "device_named",
    "device_names",
    "event_uuid",
    "join_contents",
    "keep_device_name",
    "keep_other",
    "keep_this",
    "last_folder",
    "list_conflicts",
    "merge_changes",
    "merge_people",
    "open_conflicts",
    "rename_device",
    "share_contents",
    "this_device",
    "undo_resolution",
]
