"""Undo commands for the agenda: each edit is undone by putting the affected days back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtGui import QUndoCommand

from dialogue_desk.services.agenda import AgendaSnapshot, restore
from dialogue_desk.store import Store


class AgendaCommand(QUndoCommand):
    """An agenda edit already made: ``before`` and ``after`` snapshots of the days it touched.

    The first ``redo`` (run by ``QUndoStack.push``) does nothing, since the edit is made
    before the command is pushed; later undo/redo restore the snapshots. ``apply`` runs the
    restore, turning a store problem into a message rather than a traceback, and ``done`` is
    called after every undo or redo so the views refresh.
    """

    def __init__(
        self,
        text: str,
        store: Store,
        before: AgendaSnapshot,
        after: AgendaSnapshot,
        done: Callable[[], None],
        guard: Callable[[Callable[[], object]], object],
    ) -> None:
        super().__init__(text)
        self._store = store
        self._before, self._after = before, after
        self._days: set[dt.date] = set(before.days) | set(after.days)
        self._done, self._guard = done, guard
        self._pushed = False

    def days(self) -> Iterable[dt.date]:
        return self._days

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._guard(lambda: restore(self._store, self._after, also_days=self._days))
        self._done()

    def undo(self) -> None:
        self._guard(lambda: restore(self._store, self._before, also_days=self._days))
        self._done()
