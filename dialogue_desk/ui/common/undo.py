"""The one undo command: a pair of service calls, with a text for Edit → Undo.

Every regrettable edit in every tab is pushed onto the window's one history
(``UiContext.undo_stack``) as a :class:`ServiceCommand`. ``redo`` and ``undo`` are callables
that each run one committed service call; the services supply the pair (for example
``check_in``/``undo_check_in``, ``delete_note``/``restore_note``, a day's ``capture``/``restore``).
After each step the command announces ``changes`` so every view showing them refreshes. A step
that fails (the store went away, the record was deleted elsewhere, or a bug) is reported
through ``report`` and the command drops out of the history rather than raising inside Qt.

Usage, for an edit the tab has already carried out and shown::

    self.push_undoable(self.tr("Check in {name}").format(name=name), redo=..., undo=...,
                       changes=Changes.CHECK_IN)

or, to let the command carry it out (``done=False``), ``push_undoable(..., done=False)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from dialogue_desk.services.changes import Changes
from dialogue_desk.ui.common.errors import EXPECTED

log = logging.getLogger(__name__)

Step = Callable[[], object]
#: report(step, error): step is "redo" or "undo"; error is None when it worked.
Report = Callable[[str, BaseException | None], None]


def _nothing() -> None:
    return None


class ServiceCommand(QUndoCommand):
    """An edit as a (redo, undo) pair of service calls; see the module docstring."""

    def __init__(
        self,
        text: str,
        redo: Step,
        undo: Step,
        *,
        changes: Changes,
        announce: Callable[[Changes], None],
        report: Report,
        done: bool = True,
    ) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self.changes = changes
        self._announce = announce
        self._report = report
        # The first redo() comes from QUndoStack.push: skip it when the edit was already made.
        self._skip_next_redo = done
        self.failed: BaseException | None = None

    def release(self) -> None:
        """Let go of the service pair and callbacks (the history is being cleared)."""
        self._redo = self._undo = _nothing
        self._announce = lambda _changes: None
        self._report = lambda _step, _error: None

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._run(self._redo, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _run(self, step: Step, name: str) -> None:
        try:
            step()
        except Exception as error:  # noqa: BLE001 - reported, never raised inside Qt
            if isinstance(error, EXPECTED):
                log.warning("Could not %s %s: %s", name, self.text(), error)
            else:
                log.error("Could not %s %s", name, self.text(), exc_info=error)
            self.failed = error
            self.setObsolete(True)
            self._report(name, error)
            return
        self.failed = None
        self._announce(self.changes)
        self._report(name, None)
