"""A laptop's name in a pseudonymised export: the laptop stays, a person in its name goes."""

from __future__ import annotations

import pytest

from dialogue_desk.services.snapshot.laptop_names import person_parts, pseudonymous_laptop
from dialogue_desk.services.snapshot.name_scrub import NameScrubber, Person


@pytest.mark.parametrize(
    ("name", "people"),
    [
        ("Door 2 – Anna", ["Anna"]),
        ("Door 2 - Anna Tamm", ["Anna Tamm"]),
        ("Anna – Door 2", ["Anna"]),
        ("Kiosk", []),
        ("Kiosk (Jānis)", ["Jānis"]),
        ("Registration desk / Ольга", ["Ольга"]),
        ("Uks 1, Mari", ["Mari"]),
        ("annas-macbook-air", ["annas"]),
        ("anna-ThinkPad-T480", ["anna"]),
        ("DESKTOP-7F3K2", []),
        ("Door 2", []),
        ("ubuntu", []),
    ],
)
def test_the_person_in_a_laptop_name(name: str, people: list[str]) -> None:
    assert person_parts(name) == people


def test_people_become_codes_and_the_laptop_stays() -> None:
    scrub = NameScrubber([Person("P007", "Mari", "Lepp"), Person("S01", "Anna", "")])

    def code(part: str) -> str | None:
        return scrub.code_for(part)

    assert pseudonymous_laptop("Door 2 – Anna", code, scrub.text) == "Door 2 – S01"
    assert pseudonymous_laptop("Uks 1, Mari", code, scrub.text) == "Uks 1, P007"
    assert pseudonymous_laptop("Kiosk", code, scrub.text) == "Kiosk"
    # A known person anywhere in the name, even where the rule sees no person.
    assert pseudonymous_laptop("Mari Lepp's laptop", code, scrub.text) == "P007's laptop"
