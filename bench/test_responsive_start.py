"""How long the door freezes while the store opens and the other tabs load, at start-up.

    python bench/test_responsive_start.py [--runs 5] [--sizes 5000,20000]

Each run is one fresh process (imports are not warm, as for a user) that starts the real app
in-process (``AppController.open(False, deferred=True)`` as ``run_app`` does, offscreen, with
``DIALOGUE_DESK_HOME`` on a store of ``bench/test_startup.py``'s ``store_home(n)``). From
*door-ready* until *store-open* (the store open, all four tabs built, every action live) it
measures two things:

- *key delay*: a thread that stands for the keyboard posts a key event into the door search
  every 40 ms (a fast typist); each one's delay from posting until it reaches the search
  field. Its maximum is the longest a facilitator typing at the door waits for a keystroke to
  be taken. (The posting thread needs the interpreter lock too, which a real keyboard does
  not: if anything, this overstates the wait.)
- *loop gap*: the longest interval between two ticks of a 5 ms QTimer on the GUI thread (the
  event loop did not turn for that long; it includes the door's own filtering of a key).

It also reports the total (door-ready → store-open) and how many keys waited longer than
50 ms. Medians of the runs. The keys typed are "a" and Backspace in turn, so the door filters
for real without emptying its list. Run with the bytecode cache on (users have .pyc files);
the script unsets PYTHONDONTWRITEBYTECODE for the processes it starts. Not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
STALL_MS = 50.0
#: A fast typist: 25 keys a second.
KEY_EVERY_MS = 40


def _child(home: Path) -> None:
    """One start-up in this process; prints the measurements as one JSON line."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["DIALOGUE_DESK_HOME"] = str(home)
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent

    from dialogue_desk import app as app_module
    from dialogue_desk.i18n import install_ui_language
    from dialogue_desk.paths import default_store_path
    from dialogue_desk.settings import Settings

    qapp = app_module.create_application([])
    state: dict[str, object] = {"stage": "before"}
    delays: list[float] = []
    ticks: list[float] = []
    stamps: dict[str, float] = {}
    posted: dict[int, float] = {}
    handled: dict[int, float] = {}
    lock = threading.Lock()
    original_trace = app_module.startup_trace

    class Handled(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.KeyPress:
                # The key's number rides in its timestamp (real keys carry the X server's).
                handled.setdefault(event.timestamp(), time.perf_counter())
            return False

    # The first key event makes Qt's default keyboard device, a child of the application:
    # made here, on the GUI thread, not by the typing thread below.
    QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")

    def keyboard(target: QObject) -> None:
        number = 0
        while state["stage"] == "loading":
            number += 1
            key, text = (Qt.Key.Key_A, "a") if number % 2 else (Qt.Key.Key_Backspace, "")
            event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(number)
            with lock:
                posted[number] = time.perf_counter()
            QCoreApplication.postEvent(target, event)
            time.sleep(KEY_EVERY_MS / 1000)

    def tick() -> None:
        ticks.append(time.perf_counter())

    probe = QTimer(interval=5)
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.timeout.connect(tick)
    thread: threading.Thread | None = None

    def trace(stage: str) -> None:
        nonlocal thread
        original_trace(stage)
        stamps[stage] = time.perf_counter()
        if stage == "door-ready":
            window = controller.window
            door = window.door_tab
            if door is None:
                return
            filter_ = Handled(door.search)
            door.search.installEventFilter(filter_)
            state["filter"] = filter_
            state["stage"] = "loading"
            ticks.append(time.perf_counter())
            probe.start()
            thread = threading.Thread(target=keyboard, args=(door.search,), daemon=True)
            thread.start()
        elif stage == "store-open":
            state["stage"] = "done"
            probe.stop()
            ticks.append(time.perf_counter())
            # Let the last posted keys arrive.
            QTimer.singleShot(100, qapp.quit)

    app_module.startup_trace = trace
    settings = Settings()
    controller = app_module.AppController(settings, install_ui_language("en"),
                                          default_store_path())  # fmt: skip
    if not controller.open(False, deferred=True):
        sys.exit("the app did not open")
    QTimer.singleShot(120_000, qapp.quit)
    qapp.exec()
    if thread is not None:
        thread.join()
    for number, at in posted.items():
        if number in handled:
            delays.append((handled[number] - at) * 1000)
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]
    window = controller.window
    built = [type(page).__name__ for page in window.tab_pages] if window is not None else []
    print(json.dumps({
        "door": "door-ready" in stamps and state["stage"] == "done",
        "total": (stamps.get("store-open", 0) - stamps.get("door-ready", 0)) * 1000,
        "key_max": max(delays, default=0.0),
        "key_median": statistics.median(delays) if delays else 0.0,
        "keys": len(delays),
        "keys_lost": len(posted) - len(delays),
        "keys_stalled": sum(d > STALL_MS for d in delays),
        "gap_max": max(gaps, default=0.0),
        "tabs": built,
    }))  # fmt: skip
    os._exit(0)


def _run(home: Path) -> dict[str, float]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("DIALOGUE_DESK_STARTUP_TRACE", None)
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(home)],
        capture_output=True, text=True, env=env, timeout=180, check=False,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the child printed nothing:\n{done.stderr[-3000:]}")
    result = json.loads(lines[-1])
    if not result["door"]:
        raise RuntimeError("the door was not shown first (no door-ready before store-open)")
    if len(result["tabs"]) != 4:
        raise RuntimeError(f"not every tab was built: {result['tabs']}")
    return result


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(Path(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="5000,20000")
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    from test_startup import store_home

    sizes = [int(s) for s in args.sizes.split(",")]
    homes = {n: store_home(n) for n in sizes}
    for n in sizes:  # a first start warms the file cache and writes the settings
        _run(homes[n])
    results: dict[int, list[dict[str, float]]] = {n: [] for n in sizes}
    for _ in range(args.runs):
        for n in sizes:
            results[n].append(_run(homes[n]))

    def median(n: int, key: str) -> float:
        return statistics.median(float(r[key]) for r in results[n])

    print()
    print(f"door-ready → store-open (every tab built), medians of {args.runs} fresh processes;"
          f" a key posted into the door search every {KEY_EVERY_MS} ms, a 5 ms timer on the"
          " GUI thread")  # fmt: skip
    print()
    print("| participants | door-ready → store-open | longest key delay | median key delay "
          f"| keys > {STALL_MS:.0f} ms | longest loop gap |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        print(f"| {n:,} | {median(n, 'total'):.0f} ms | {median(n, 'key_max'):.0f} ms | "
              f"{median(n, 'key_median'):.1f} ms | {median(n, 'keys_stalled'):.0f} of "
              f"{median(n, 'keys'):.0f} | {median(n, 'gap_max'):.0f} ms |")  # fmt: skip
    lost = sum(r["keys_lost"] for rs in results.values() for r in rs)
    if lost:
        print(f"\n{lost} keys were posted but not handled before the window was open.")


if __name__ == "__main__":
    main()
