"""Fuzzing the importers (reliability review F6/F15): whatever bytes arrive, a reader either
returns rows or raises a UserError with a message, and never needs unbounded memory.

Each case mutates a real file (a registration list, a programme, an XLSForm) or makes one up:
bytes flipped, cut short, repeated, spliced into a sound zip container. Memory is bounded per
case with tracemalloc (Python allocations, which is where the old importers exploded); time is
left to hypothesis' own health checks, since tests never assert timings.
"""

from __future__ import annotations

import datetime as dt
import io
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogue_desk.errors import UserError
from dialogue_desk.exchange.agenda_sheet import read_agenda
from dialogue_desk.exchange.registrations import parse_registrations, read_registrations
from dialogue_desk.exchange.xlsform import read_xlsform

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
IMPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
#: Far above what a sound file of these sizes needs (a few MB), far below the gigabytes the
#: unbounded importers took on 1 MB files.
MEMORY_LIMIT = 200 * 1024 * 1024


def _seed(name: str) -> bytes:
    for folder in (IMPORTS, SAMPLES):
        if (folder / name).exists():
            return (folder / name).read_bytes()
    pytest.skip(f"fixture {name} is missing")


def _mutate(data: bytes, draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["flip", "cut", "repeat", "insert", "none"]))
    if kind == "none" or not data:
        return data
    at = draw(st.integers(0, len(data) - 1))
    if kind == "flip":
        count = draw(st.integers(1, 16))
        chunk = bytes(draw(st.binary(min_size=count, max_size=count)))
        return data[:at] + chunk + data[at + count :]
    if kind == "cut":
        return data[:at]
    if kind == "repeat":
        times = draw(st.integers(2, 200))
        piece = data[at : at + draw(st.integers(1, 64))]
        return data[:at] + piece * times + data[at:]
    return data[:at] + draw(st.binary(max_size=256)) + data[at:]


def _mutate_zip_member(data: bytes, draw: st.DrawFn) -> bytes:
    """A sound zip whose one member is damaged: the reader must get past the container."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    victim = draw(st.sampled_from(names))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            member = source.read(name)
            target.writestr(name, _mutate(member, draw) if name == victim else member)
    return out.getvalue()


@st.composite
def damaged_files(draw: st.DrawFn, seeds: tuple[str, ...]) -> tuple[str, bytes]:
    name = draw(st.sampled_from(seeds))
    data = _seed(name)
    if name.endswith(".xlsx") and draw(st.booleans()):
        return name, _mutate_zip_member(data, draw)
    return name, _mutate(data, draw)


def _bounded(read, path: Path) -> None:  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        read(path)
    except UserError as error:
        assert str(error).strip(), "a refusal must say why"
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < MEMORY_LIMIT, f"{path.name}: {peak / 1e6:.0f} MB"


FUZZ = settings(
    max_examples=40, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)  # fmt: skip

REGISTRATIONS = ("zoom_participants.csv", "eventbrite_attendees.csv", "liste_fr.csv",
                 "google_forms_responses.xlsx", "registrations_et.xlsx")  # fmt: skip
PROGRAMMES = ("programm_de.csv", "conference_programme.xlsx", "agenda_tallinn.xlsx")
FORMS = ("evaluation_xlsform_tallinn.xlsx",)


@FUZZ
@given(case=damaged_files(REGISTRATIONS))
def test_registration_lists_never_explode(tmp_path_factory, case) -> None:  # type: ignore[no-untyped-def]
    name, data = case
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    _bounded(lambda p: parse_registrations(read_registrations(p)), path)


@FUZZ
@given(case=damaged_files(PROGRAMMES))
def test_programmes_never_explode(tmp_path_factory, case) -> None:  # type: ignore[no-untyped-def]
    name, data = case
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    _bounded(lambda p: read_agenda(p, dt.date(2026, 4, 15), last_day=dt.date(2026, 4, 16)), path)


@settings(FUZZ, max_examples=15)
@given(case=damaged_files(FORMS))
def test_forms_never_explode(tmp_path_factory, case) -> None:  # type: ignore[no-untyped-def]
    name, data = case
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    _bounded(read_xlsform, path)
