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


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux /proc), as ``dialogue_desk.app`` does."""
    ticks = os.sysconf("SC_CLK_TCK")
    with open("/proc/self/stat", encoding="ascii") as stat:
        started = int(stat.read().rsplit(")", 1)[1].split()[19]) / ticks
    with open("/proc/uptime", encoding="ascii") as uptime:
        now = float(uptime.read().split()[0])
    return (now - started) * 1000


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
