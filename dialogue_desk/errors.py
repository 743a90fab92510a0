"""The one error root: what a user can act on (``UserError``) versus a bug.

Every error a facilitator can cause or fix — a refused edit, a store that is busy or damaged, a
file that cannot be read or written — derives from :class:`UserError`, and ``str()`` of it is
the message to show, already translated. Anything else that escapes is a bug: the interface logs
it and says where the log file is (``ui/common/errors.py``), the CLI prints one line. This module
imports nothing, so the store, the services, the exchange layer and the UI can all use it.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can act on; nothing was changed. ``str()`` is the message to show."""


class Cancelled(Exception):  # noqa: N818 - a signal, not a failure
    """The user stopped slow work; raised from a progress callback, nothing was changed."""
