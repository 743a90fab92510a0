"""Screenshots of Dialogue Desk in a real window, for looking at layouts in every language.

    python scripts/screenshots.py --lang ru --out shots/ru

Starts its own Xvfb (unless --display is given), opens the demo event (created in the data
folder of DIALOGUE_DESK_HOME if it has none), walks through the tabs, a live agenda item,
a door search, the event dialog and practice mode, and saves one PNG per view.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def _start_xvfb(display: str) -> subprocess.Popen[bytes] | None:
    if not shutil.which("Xvfb"):
        raise SystemExit("Xvfb is not installed (Debian package xvfb)")
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(1.0)
    return proc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--display", help="use this X display instead of starting Xvfb")
    parser.add_argument("--size", default="1366x768", help="window size (a common laptop)")
    args = parser.parse_args()
    xvfb = None
    if args.display:
        os.environ["DISPLAY"] = args.display
    else:
        display = f":{90 + os.getpid() % 9}"
        xvfb = _start_xvfb(display)
        os.environ["DISPLAY"] = display
    os.environ.pop("QT_QPA_PLATFORM", None)
    try:
        return _shoot(args)
    finally:
        if xvfb is not None:
            xvfb.terminate()


def _shoot(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from dialogue_desk.app import AppController, create_application
    from dialogue_desk.i18n import install_ui_language
    from dialogue_desk.paths import default_store_path
    from dialogue_desk.services.demo import create_demo_event
    from dialogue_desk.services.events import list_events
    from dialogue_desk.settings import Settings
    from dialogue_desk.store import open_store

    with open_store(default_store_path()) as store:
        if not list_events(store):
            create_demo_event(store)
    app = create_application()
    width, height = (int(v) for v in args.size.split("x"))
    language = install_ui_language(args.lang)
    controller = AppController(Settings(), language, default_store_path())
    if not controller.open(False):
        return 1
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    shots: list[str] = []

    def settle(ms: int = 300) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def shoot(name: str, widget=None) -> None:  # type: ignore[no-untyped-def]
        settle()
        target = widget or controller.window
        path = out / f"{len(shots) + 1:02d}_{name}.png"
        target.grab().save(str(path))
        shots.append(str(path))

    window = controller.window
    window.resize(width, height)
    window.move(0, 0)
    settle(800)
    names = ["agenda", "checkin", "notes", "evaluation"]
    for index, name in enumerate(names):
        window.show_tab(index)
        shoot(name)
    # Live agenda: start the next item of today.
    window.show_tab(0)
    agenda = window.tab_pages[0]
    if hasattr(agenda, "actions_"):
        agenda.actions_.start_next.trigger()
        shoot("agenda_live")
    # The door: a search of three letters.
    window.show_tab(1)
    checkin = window.tab_pages[1]
    checkin.focus_search()
    QTest.keyClicks(checkin.search, "smi")
    shoot("checkin_search")
    # Evaluation pages.
    evaluation = window.tab_pages[3]
    window.show_tab(3)
    for page in range(evaluation.pages.count()):
        evaluation.pages.setCurrentIndex(page)
        shoot(f"evaluation_page{page + 1}")
    notes = window.tab_pages[2]
    window.show_tab(2)
    if hasattr(notes, "pages"):
        notes.pages.setCurrentIndex(1)
        shoot("notes_action_items")
        notes.pages.setCurrentIndex(0)
    # The event dialog, shown without blocking.
    from dialogue_desk.ui.event_dialog import EventDialog

    dialog = EventDialog(window, window.context.event)
    dialog.show()
    shoot("event_dialog", dialog)
    dialog.close()
    # Menus.
    for menu in (window.file_menu, window.event_menu):
        menu.popup(window.mapToGlobal(window.rect().topLeft()))
        shoot(f"menu_{menu.title().replace('&', '').lower()}", menu)
        menu.close()
    # Practice mode.
    controller.open(True)
    controller.window.resize(width, height)
    shoot("practice")
    QTimer.singleShot(0, app.quit)
    controller.window.close()
    controller.window.store.close()
    print("\n".join(shots))
    return 0


if __name__ == "__main__":
    sys.exit(main())
