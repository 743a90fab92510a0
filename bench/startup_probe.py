"""The start-up floor: a bare PySide6 window with four tabs, in a fresh interpreter.

    python bench/startup_probe.py floor

A QMainWindow of 1280×800 holding a QTabWidget of four tabs is shown; at its first paint the
probe prints ``startup: window-shown <ms>`` (milliseconds since the process started, measured as
the app's ``DIALOGUE_DESK_STARTUP_TRACE`` lines are) and exits. ``bench/test_startup.py`` runs it
beside the app, which it starts as ``python -m dialogue_desk`` with the trace on.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The app's own clock (standard library only: not the app, which the floor must not import).
from dialogue_desk.startup_trace import process_age_ms  # noqa: E402


def main() -> None:
    if sys.argv[1:] != ["floor"]:
        sys.exit(__doc__)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

    class ExitWhenDrawn(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                print(f"startup: window-shown {process_age_ms():.0f} ms", file=sys.stderr,
                      flush=True)  # fmt: skip
                QTimer.singleShot(0, lambda: os._exit(0))
            return False

    app = QApplication([])
    app.installEventFilter(ExitWhenDrawn(app))
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("Agenda", "Check-in", "Notes", "Evaluation"):
        tabs.addTab(QLabel(name), name)
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
