"""Start-up until the door search accepts input, against a bare PySide6 window, at four sizes.

    python bench/test_startup.py [--runs 7] [--sizes 500,5000,20000,50000]

For stores of 500 / 5,000 / 20,000 / 50,000 participants (made once with ``dialogue-desk demo``
and kept in ``/tmp/dialogue-desk-bench/``), each round starts one fresh app process
(``python -m dialogue_desk`` with ``DIALOGUE_DESK_STARTUP_TRACE=1``, as a user starts it) and
one fresh floor process (``startup_probe.py floor``: a QMainWindow of 1280×800 with a
QTabWidget of four tabs, to its first paint), so both see the same load. Read from the trace
lines (milliseconds since each process started): *window-shown* (the frame), *door-ready* (the
Check-in tab of the last event drawn and its search filtering), *store-open* (the store open,
every tab and action live). Medians of the rounds; the ratio is door-ready / floor. Goal (#21):
≤ 2× at 5,000, ≤ 2.5× at 20,000 with sub-linear growth.

Each size is started two ways in every round: *after a close* (the door kept beside the store
by the last clean close, ``<store>-door``, which the bench makes as closing does, with
``keep_door``) and *cold* (that file removed: the first start after a crash, or after another
laptop's merge or a command-line import changed the store).

Run with the bytecode cache on (users have .pyc files): the script unsets
PYTHONDONTWRITEBYTECODE for the processes it starts. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PROBE = BENCH / "startup_probe.py"
CACHE = Path(os.environ.get("DIALOGUE_DESK_BENCH_CACHE", "/tmp/dialogue-desk-bench"))
STAGES = ("window-shown", "door-ready", "store-open")
KEEP = (
    "import sys; from pathlib import Path; from dialogue_desk.services.checkin import keep_door;"
    "from dialogue_desk.settings import Settings; path = Path(sys.argv[1]);"
    "event = Settings().last_event(path) or 1; sys.exit(0 if keep_door(path, event, 'en') else 1)"
)
LINE = re.compile(r"startup: (\S+) (\d+) ms")


def _env(home: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["DIALOGUE_DESK_STARTUP_TRACE"] = "1"
    if home is not None:
        env["DIALOGUE_DESK_HOME"] = str(home)
    return env


def store_home(participants: int) -> Path:
    """A data folder whose default store holds a demo event of ``participants`` (made once)."""
    home = CACHE / f"startup-{participants}"
    store = home / "dialogue-desk.sqlite"
    if not store.exists():
        home.mkdir(parents=True, exist_ok=True)
        print(f"making a store of {participants:,} participants in {home} …", flush=True)
        subprocess.run(
            [sys.executable, "-m", "dialogue_desk", "demo", "--participants", str(participants),
             "--responses", "500", "--db", str(store)],
            check=True, capture_output=True, env=_env(home),
        )  # fmt: skip
    return home


def _stages(command: list[str], env: dict[str, str], last: str) -> dict[str, float]:
    """Run ``command`` until it prints the ``last`` trace line; the stages it printed (ms)."""
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               env=env, text=True)  # fmt: skip
    found: dict[str, float] = {}
    deadline = time.monotonic() + 120
    try:
        assert process.stderr is not None
        for line in process.stderr:
            match = LINE.search(line)
            if match:
                found[match.group(1)] = float(match.group(2))
                if match.group(1) == last:
                    break
            if time.monotonic() > deadline:
                break
    finally:
        process.kill()
        process.wait()
    missing = {last} - set(found)
    if missing:
        raise RuntimeError(f"{command} printed no {sorted(missing)} line")
    return found


def app_run(home: Path) -> dict[str, float]:
    return _stages([sys.executable, "-m", "dialogue_desk"], _env(home), "store-open")


def floor_run() -> float:
    return _stages([sys.executable, str(PROBE), "floor"], _env(), "window-shown")["window-shown"]


def keep_door(home: Path) -> None:
    """Keep the door of the store in ``home`` as closing the window does."""
    store = home / "dialogue-desk.sqlite"
    subprocess.run([sys.executable, "-c", KEEP, str(store)], check=True, env=_env(home))


def drop_door(home: Path) -> None:
    (home / "dialogue-desk.sqlite-door").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="500,5000,20000,50000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    homes = {n: store_home(n) for n in sizes}
    for n in sizes:  # a first start writes the settings and warms the file cache
        app_run(homes[n])
    floor_run()
    kinds = ("kept", "cold")
    app = {(n, k): {s: [] for s in STAGES} for n in sizes for k in kinds}
    floor: list[float] = []
    for _ in range(args.runs):
        for n in sizes:
            for kind in kinds:
                if kind == "kept":
                    keep_door(homes[n])
                else:
                    drop_door(homes[n])
                for stage, ms in app_run(homes[n]).items():
                    if stage in app[n, kind]:
                        app[n, kind][stage].append(ms)
                floor.append(floor_run())
    floor_ms = statistics.median(floor)
    print()
    print(f"start-up, medians of {args.runs} fresh processes each; floor (bare PySide6 window "
          f"with four tabs, first paint) {floor_ms:.0f} ms")  # fmt: skip
    print()
    print("| participants | start | window shown | door ready | store open | floor "
          "| door ready / floor |")  # fmt: skip
    print("|---:|---|---:|---:|---:|---:|---:|")
    for n in sizes:
        for kind in kinds:
            shown, ready, opened = (statistics.median(app[n, kind][s]) for s in STAGES)
            label = "after a close" if kind == "kept" else "cold (no kept door)"
            print(f"| {n:,} | {label} | {shown:.0f} ms | {ready:.0f} ms | {opened:.0f} ms | "
                  f"{floor_ms:.0f} ms | {ready / floor_ms:.2f}× |")  # fmt: skip
    for n in sizes:
        keep_door(homes[n])


if __name__ == "__main__":
    main()
