"""The one place that turns an error into something a user reads.

A :class:`~dialogue_desk.errors.UserError` (a refused edit, a busy or damaged store, a file that
cannot be read or written) is shown as it is. An ``OSError`` that reached the interface is a
file problem the user can act on too. Anything else is a bug: it is logged with its traceback
and the message says where the log file is — never a traceback in front of a user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dialogue_desk.errors import UserError

log = logging.getLogger(__name__)

#: What guards catch: errors a user can act on. Bugs are left to ``describe`` or the last handler.
EXPECTED: tuple[type[BaseException], ...] = (UserError, OSError)


def describe(error: BaseException) -> str:
    """The message for ``error``; a bug is logged here and the text points to the log file."""
    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        where = f" ({error.filename})" if error.filename else ""
        return QCoreApplication.translate(
            "Errors", "The file could not be used{where}: {reason}. Nothing was changed."
        ).format(where=where, reason=reason)
    log.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
    from dialogue_desk.logs import log_path

    return QCoreApplication.translate(
        "Errors", "Something went wrong unexpectedly ({name}). Details are in {log}."
    ).format(name=type(error).__name__, log=log_path())


def show_error(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    """A warning box saying what went wrong and what to do."""
    text = error if isinstance(error, str) else describe(error)
    QMessageBox.warning(parent, title, text)


@dataclass
class Guarded:
    """What a ``guarded`` block came to: ``ok`` is False when it stopped on an error."""

    ok: bool = True
    error: BaseException | None = None


@contextmanager
def guarded(
    parent: QWidget | None, title: str, report: Callable[[BaseException], None] | None = None
) -> Iterator[Guarded]:
    """Run a block of service calls; a user error becomes a message, not an exception.

    The message is a box under ``title``, or whatever ``report`` does with the error
    (``EventTab.guard()`` passes the tab's own ``show_error``, a banner at the door).
    """
    outcome = Guarded()
    try:
        yield outcome
    except EXPECTED as error:
        outcome.ok, outcome.error = False, error
        if report is not None:
            report(error)
        else:
            show_error(parent, title, error)
