"""Start a window in a fresh interpreter and exit as soon as it is exposed (used by the benchmark).

python bench/startup_probe.py bare
python bench/startup_probe.py app STORE
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    kind = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    if kind == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
    else:
        from dialogue_desk.app import create_application
        from dialogue_desk.i18n import install_ui_language
        from dialogue_desk.settings import Settings
        from dialogue_desk.store import open_store
        from dialogue_desk.ui.main_window import MainWindow

        create_application()
        install_ui_language("en")
        store = open_store(sys.argv[2])
        window = MainWindow(store, Settings())
    window.show()
    # Quit on the first turn of the event loop after the window is shown and laid out.
    QTimer.singleShot(0, app.quit)
    app.exec()


if __name__ == "__main__":
    main()
