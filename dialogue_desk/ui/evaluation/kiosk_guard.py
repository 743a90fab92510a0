"""What keeps the kiosk shut: no shortcut, no paste, a PIN that slows down and locks.

``KioskLock`` filters every event of the application while the kiosk is open: shortcuts of
other windows never fire, and nothing can be pasted (the facilitator's clipboard may hold
names and phone numbers) by keys, the middle button, a context menu or a drop. ``PinGuard``
counts wrong PINs: each waits longer (1, 2, 4, 8 s), the fifth locks the PIN for a minute.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

__all__ = ["LOCK_AFTER", "LOCK_SECONDS", "KioskLock", "PinGuard"]

LOCK_AFTER = 5
LOCK_SECONDS = 60.0
#: The wait after the 1st, 2nd, 3rd, 4th wrong PIN.
DELAYS = (1.0, 2.0, 4.0, 8.0)
BLOCKED = {QEvent.Type.ContextMenu, QEvent.Type.Drop, QEvent.Type.DragEnter,
           QEvent.Type.DragMove}  # fmt: skip


class PinGuard:
    """The PIN check with its slow-down; ``clock`` is replaceable for tests."""

    def __init__(self, pin: str, clock: Callable[[], float] = time.monotonic) -> None:
        self._pin, self._clock = pin, clock
        self.wrong = 0
        self._until = 0.0

    def wait(self) -> float:
        """Seconds until the next try is allowed (0 when it is now)."""
        return max(0.0, self._until - self._clock())

    @property
    def locked(self) -> bool:
        return self.wrong >= LOCK_AFTER and self.wait() > 0

    def attempt(self, text: str) -> bool | None:
        """True: right; False: wrong (the wait starts); None: too early, not even checked."""
        if self.wait() > 0:
            return None
        if text.strip() == self._pin:
            self.wrong, self._until = 0, 0.0
            return True
        self.wrong += 1
        delay = DELAYS[self.wrong - 1] if self.wrong <= len(DELAYS) else LOCK_SECONDS
        self._until = self._clock() + delay
        return False


def _is_paste(event: QKeyEvent) -> bool:
    shift_insert = (event.key() == Qt.Key.Key_Insert
                    and event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    return event.matches(QKeySequence.StandardKey.Paste) or bool(shift_insert)


class KioskLock(QObject):
    """Application-wide filter while the kiosk is open: no shortcut of any window fires."""

    def __init__(self, kiosk: QObject) -> None:
        super().__init__(kiosk)
        self.kiosk = kiosk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Shortcut or kind in BLOCKED:
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and _is_paste(
            event  # type: ignore[arg-type]
        ):
            return True  # no paste into an answer
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease) and (
            event.button() == Qt.MouseButton.MiddleButton  # type: ignore[attr-defined]
        ):
            return True  # X11 pastes the selection with the middle button
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key goes to the focused widget as a plain key press
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.kiosk.idle.start()  # type: ignore[attr-defined]  # someone is answering
        return False
