"""How the designer and paper entry make an undoable edit: through the tab that holds them.

The edit is made at once, inside the tab's ``guard`` (a refusal is shown under the caller's
title and nothing goes on the history); then the same service call and its inverse go onto the
window's one undo history. Undoing or redoing it later shows the form it belongs to first, as
the history is shared by every form of every tab.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Protocol

from dialogue_desk.services.changes import Changes
from dialogue_desk.ui.common.undo import ServiceCommand, Step

if TYPE_CHECKING:
    from dialogue_desk.ui.common.errors import Guarded


class EditHost(Protocol):
    """What the designer and paper entry need of their tab (``EvaluationTab``)."""

    def guard(self, title: str | None = None) -> AbstractContextManager[Guarded]: ...

    def push_undoable(
        self, text: str, redo: Step, undo: Step, *, changes: Changes, done: bool = True
    ) -> ServiceCommand: ...

    def show_form(self, form_id: int) -> None: ...


def make_undoable(
    host: EditHost, form_id: int, text: str, redo: Step, undo: Step, *, title: str | None = None
) -> bool:
    """Make an edit of form ``form_id`` now and put it on the undo history; False if refused."""
    with host.guard(title) as outcome:
        redo()
    if not outcome.ok:
        return False

    def on_form(step: Step) -> Step:
        def run() -> None:
            step()
            host.show_form(form_id)

        return run

    host.push_undoable(text, on_form(redo), on_form(undo), changes=Changes.EVALUATION)
    return True
