"""A Notes tab on a store in its own process, for the test that kills it mid-session.

    python notes_harness.py STORE EVENT_ID TEXT_FILE

Opens the store as the app does, shows the Notes tab, puts the cursor where Ctrl+3 puts it and
types the text from TEXT_FILE key by key into whatever has the focus, a few characters per
turn of the event loop as a fast typist would. Prints "TYPED" when all is typed, then "SAVED"
when the editor reports the whole text committed, then waits to be killed. It never closes
the store or quits on its own, so nothing but the autosave can have put the text in the store.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from notes_typing import type_text  # noqa: E402

from dialogue_desk.services.events import get_event  # noqa: E402
from dialogue_desk.store import open_store  # noqa: E402
from dialogue_desk.ui.context import UiContext  # noqa: E402
from dialogue_desk.ui.notes.tab import NotesTab  # noqa: E402

CHUNK = 7


def main() -> None:
    store_path, event_id, text_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    text = Path(text_file).read_text(encoding="utf-8")
    app = QApplication(sys.argv[:1])
    store = open_store(store_path)
    context = UiContext(store)
    context.set_event(get_event(store, event_id))
    tab = NotesTab(context)
    tab.resize(1000, 700)
    tab.show()
    tab.activateWindow()
    tab.focus_main()
    remaining = [text]

    def report_saved(record: object) -> None:
        if not remaining[0] and getattr(record, "text", None) == text:
            print("SAVED", flush=True)

    tab.editor.saved.connect(report_saved)

    def type_some() -> None:
        chunk, remaining[0] = remaining[0][:CHUNK], remaining[0][CHUNK:]
        widget = app.focusWidget() or tab.editor.text
        type_text(widget, chunk)
        if remaining[0]:
            QTimer.singleShot(5, type_some)
        else:
            print("TYPED", flush=True)

    QTimer.singleShot(0, type_some)
    app.exec()


if __name__ == "__main__":
    main()
