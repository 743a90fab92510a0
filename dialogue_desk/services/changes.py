"""What a committed change touched, so the views showing it (and only those) refresh.

Every mutation is announced with a :class:`Changes` value: ``context.notify(Changes.CHECK_IN)``
after a check-in, ``Changes.AGENDA | Changes.NOTES`` after a change that touched both. The
announcement carries an *initiator* (the view that made the change), which that view may skip
because it has already shown the result. Anchor: Anki's ``OpChanges`` with its ``initiator``.
"""

from __future__ import annotations

import enum


class Changes(enum.Flag):
    """The parts of an event a change may have touched; combine them with ``|``."""

    NONE = 0
    #: The event's own fields (title, dates, status) or the list of events.
    EVENT = enum.auto()
    AGENDA = enum.auto()
    #: The register: participants added, edited, merged, imported or removed.
    PARTICIPANTS = enum.auto()
    #: Attendance: someone checked in or out on a day.
    CHECK_IN = enum.auto()
    NOTES = enum.auto()
    EVALUATION = enum.auto()
    ALL = EVENT | AGENDA | PARTICIPANTS | CHECK_IN | NOTES | EVALUATION
