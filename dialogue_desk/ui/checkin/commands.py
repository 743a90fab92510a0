"""Undo/redo of the Check-in tab's edits: each step is one committed service call."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from dialogue_desk.services.errors import ServiceError
from dialogue_desk.store.errors import StoreError

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    """An edit already carried out once, which undo and redo repeat through the services.

    The first ``redo`` (called by ``QUndoStack.push``) does nothing because the tab has just
    done the work itself and shown its result or its error. A later failure (the store went
    away, the record was deleted elsewhere) is reported through ``report`` and the command
    drops out of the stack rather than raising inside Qt; ``after`` hears of every outcome.
    """

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        *,
        after: Callable[[str, str, Exception | None], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._after = after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _run(self, work: Callable[[], object], what: str) -> None:
        try:
            work()
        except (ServiceError, StoreError, OSError) as error:
            log.warning("Could not %s %s: %s", what, self.text(), error)
            self.setObsolete(True)
            self._after(what, self.text(), error)
            return
        self._after(what, self.text(), None)
