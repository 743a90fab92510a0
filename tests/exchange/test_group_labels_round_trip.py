"""A workbook the app wrote imports back: every stakeholder-group label, in every language."""

from __future__ import annotations

import pytest

from dialogue_desk.exchange.registration_values import parse_group
from dialogue_desk.store.enums import StakeholderGroup

LANGUAGES = ["en", "et", "lv", "sv", "ru"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("group", list(StakeholderGroup))
def test_the_apps_own_group_label_is_recognised(language: str, group: StakeholderGroup) -> None:
    from dialogue_desk.services.labels import label

    text = label(group, language)
    assert parse_group(text) is group, f"{language}: {text!r}"
