"""Benchmarks of the door (run: pytest bench/test_checkin_door.py --benchmark-only).

10,000 participants: one keystroke's filtering of the list (service matching plus the table
model's update), and one check-in committed to disk with synchronous=FULL.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from dialogue_desk.services import checkin  # noqa: E402
from dialogue_desk.services.checkin import list_participants  # noqa: E402
from dialogue_desk.services.demo import create_demo_event  # noqa: E402
from dialogue_desk.store import open_store  # noqa: E402

PEOPLE = 10_000
QUERIES = ["a", "an", "ann", "kal", "kalnins", "смир", "smir", "ivanov", "ober", "zzz", ""]


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("bench")
    os.environ["DIALOGUE_DESK_HOME"] = str(folder)
    store = open_store(folder / "bench.sqlite")
    event_id = create_demo_event(store, participants=PEOPLE, responses=0, seed=3)
    yield store, event_id
    store.close()


def test_keystroke_filter_10000(benchmark, big_store, qapp):  # type: ignore[no-untyped-def]
    from dialogue_desk.ui.checkin.model import ParticipantTableModel

    store, event_id = big_store
    model = ParticipantTableModel()
    model.set_rows(list_participants(store, event_id), {})
    queries = itertools.cycle(QUERIES)
    benchmark(lambda: model.set_query(next(queries)))


def test_check_in_commit_10000(benchmark, big_store):  # type: ignore[no-untyped-def]
    store, event_id = big_store
    ids = [p.id for p in list_participants(store, event_id)]
    day = dt.date.today()
    # About half of the demo's people have not arrived today: each round checks in one of them.
    absent = iter(sorted(set(ids) - set(checkin.attendance(store, event_id, day))))

    def one() -> None:
        checkin.check_in(store, next(absent), day)

    benchmark.pedantic(one, rounds=200, iterations=1)
