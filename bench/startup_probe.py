"""Start a window in a fresh interpreter and exit as soon as it has been drawn (for the benchmark).

    python bench/startup_probe.py bare          # a bare PySide6 QMainWindow
    python bench/startup_probe.py app STORE     # Dialogue Desk as ``dialogue-desk`` starts it
    python bench/startup_probe.py full STORE    # ... until the store's event is on screen

The process exits on the first turn of the event loop after the main window's first paint, so
the benchmark times interpreter start, imports and everything up to a visible window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    kind = sys.argv[1]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class ExitWhenDrawn(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                ready = kind != "full" or getattr(watched, "context", None) is not None
                if ready:
                    QTimer.singleShot(0, lambda: os._exit(0))
            return False

    if kind == "bare":
        app = QApplication([])
        app.installEventFilter(ExitWhenDrawn(app))
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        app.exec()
        return
    from dialogue_desk.app import AppController, create_application
    from dialogue_desk.i18n import install_ui_language
    from dialogue_desk.settings import Settings

    app = create_application()
    app.installEventFilter(ExitWhenDrawn(app))
    controller = AppController(Settings(), install_ui_language("en"), Path(sys.argv[2]))
    controller.open(False, deferred=True)
    app.exec()


if __name__ == "__main__":
    main()
