"""Nothing typed is lost when the laptop dies: kill the app after typing, the text is stored."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

from dialogue_desk.services import notes
from dialogue_desk.store import Store, open_store

HARNESS = Path(__file__).parents[2] / "helpers" / "notes_harness.py"
TEXT = (
    "Решение: консультации объявляются за четыре недели. "
    "Kalniņš: ā ē ī ū ķ ļ ņ ģ; Pärnoja: õ ä ö ü; Ståhlberg: å — <b>not markup</b> & more\n"
    "Second line, typed without a pause."
)


def _lines(process: subprocess.Popen[str]) -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.strip())

    threading.Thread(target=read, daemon=True).start()
    return lines


def _wait_for(lines: queue.Queue[str], word: str, process: subprocess.Popen[str]) -> None:
    while True:
        try:
            line = lines.get(timeout=60)
        except queue.Empty:
            raise AssertionError(f"the notes window never said {word}") from None
        if line == word:
            return
        assert process.poll() is None, f"the notes window ended early: {line}"


def test_sigkill_after_typing_loses_nothing(
    store: Store, store_path: Path, demo_event: int, tmp_path: Path
) -> None:
    store.close()  # the app in the child process is the only writer, as in real use
    text_file = tmp_path / "typed.txt"
    text_file.write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(
        [sys.executable, str(HARNESS), str(store_path), str(demo_event), str(text_file)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8", env=env,
    )  # fmt: skip
    try:
        lines = _lines(process)
        _wait_for(lines, "TYPED", process)
        _wait_for(lines, "SAVED", process)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    reopened = open_store(store_path)  # the dead app's lock does not keep the store closed
    try:
        found = [n for n in notes.list_notes(reopened, demo_event) if n.text == TEXT]
        assert len(found) == 1
        assert found[0].is_general
    finally:
        reopened.close()
