"""One window per store: starting Dialogue Desk again brings the open window to the front.

The store's lock already refuses a second process. Before this module the refusal was the
store's technical message (the file path and "process 8531") and the existing window stayed
hidden behind others. Now the first process listens on a local socket named after the store
(``InstanceBeacon``); a second start asks it to come forward (``ask_running_to_raise``) and
quits quietly when it did. Only when no answer comes (another user's session, a hung window)
is a message shown, in plain words, with the technical detail behind "Show Details…".
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

#: What a second start sends, and what the first answers once its window is in front.
RAISE = b"raise\n"
RAISED = b"raised\n"
#: How long a second start waits for the first (it may be busy opening the store).
WAIT_MS = 2000
#: How long a second start keeps asking a first one that is still opening its window.
STARTING_MS = 6000


def server_name(store_path: Path | str) -> str:
    """The socket name for one user's one store (a name, not a path: short on every OS)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (a container, a service account)
        user = ""
    key = f"{user}\0{Path(store_path).expanduser().resolve()}".encode()
    return "dialogue-desk-" + hashlib.sha256(key).hexdigest()[:24]


class InstanceBeacon(QObject):
    """Listens for a second start on ``store_path``; ``raise_requested`` fires for each."""

    raise_requested = Signal()

    def __init__(self, store_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(store_path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        if not self.server.listen(self.name):
            # A socket file left by a process that was killed: nobody answers on it any more
            # (the store lock has just proved this process is the only one), so take it over.
            QLocalServer.removeServer(self.name)
            if not self.server.listen(self.name):
                log.warning("Second starts cannot raise this window: %s", self.server.errorString())

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def close(self) -> None:
        self.server.close()

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raise_requested.emit()
            socket.write(RAISED)
            socket.flush()


def raise_window(window: QWidget | None) -> None:
    """Bring ``window`` to the front, un-minimised (what a second start asked for)."""
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def holder_alive(process: str) -> bool:
    """Whether the process id a busy store names is running (True where that cannot be told)."""
    if not process.isdigit():
        return False
    if os.name != "posix":
        return True
    try:
        os.kill(int(process), 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process, or not ours to signal: it exists
        return True
    return True


def ask_running_to_raise(
    store_path: Path | str, wait_ms: int = WAIT_MS, patience_ms: int = 0
) -> bool:
    """Ask the Dialogue Desk that has ``store_path`` open to come to the front; True if it did.

    With ``patience_ms`` a first Dialogue Desk that is still opening (it answers once its
    window is fully open) is asked again until then: a double double-click at start-up.
    """
    deadline = time.monotonic() + patience_ms / 1000
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(store_path))
        if socket.waitForConnected(wait_ms):
            break
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    socket.write(RAISE)
    socket.flush()
    answered = socket.waitForReadyRead(wait_ms) and bytes(socket.readAll().data()) == RAISED
    socket.disconnectFromServer()
    return answered


def show_already_open(parent: QWidget | None, detail: str) -> None:
    """The message when the open window could not be brought forward: what to do, in plain
    words; ``detail`` (the store's own message: path, process) behind "Show Details…"."""
    box = QMessageBox(parent)
    box.setObjectName("alreadyOpen")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SingleInstance", "Dialogue Desk"))
    box.setText(
        QCoreApplication.translate(
            "SingleInstance",
            "Dialogue Desk is already open on this computer. Switch to its window (it may be "
            "behind other windows or on another desktop), or close it and start again.",
        )
    )
    box.setDetailedText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
