"""Start-up as a user sees it: ``DIALOGUE_DESK_STARTUP_TRACE=1`` prints each stage at once.

``startup: <stage> <ms>`` goes to stderr the moment a stage is reached (window-shown,
event-painted, door-ready, store-open), in milliseconds since the process started, so start-up
can be timed from outside (``bench/test_startup.py``). Standard library only: the bench's
floor probe (a bare window) measures with the same clock without importing the app.
"""

from __future__ import annotations

import os
import sys
import time

_IMPORTED = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: /proc; elsewhere: since import)."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat", encoding="ascii") as stat:
            started = int(stat.read().rsplit(")", 1)[1].split()[19]) / ticks
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
        return (now - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED) * 1000


def startup_trace(stage: str) -> None:
    """With DIALOGUE_DESK_STARTUP_TRACE=1, print "startup: <stage> <ms>" to stderr at once."""
    if os.environ.get("DIALOGUE_DESK_STARTUP_TRACE") == "1":
        print(f"startup: {stage} {process_age_ms():.0f} ms", file=sys.stderr, flush=True)
