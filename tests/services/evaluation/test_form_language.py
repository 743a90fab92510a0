"""Which language a form is shown in: a pick by hand, else a preferred one, else its first."""

from __future__ import annotations

from dialogue_desk.services.evaluation import FormRecord


def _form(languages: tuple[str, ...]) -> FormRecord:
    return FormRecord(id=1, title="T", event_id=None, languages=languages, source="designer",
                      form_key="", version="")  # fmt: skip


def test_the_first_preferred_language_the_form_has_wins() -> None:
    form = _form(("en", "et", "ru"))
    assert form.language_for("ru") == "ru"
    assert form.language_for("et", "ru") == "et"  # picked by hand, then the interface's
    assert form.language_for(None, "ru") == "ru"
    assert form.language_for("lv", "et") == "et"


def test_without_any_preferred_language_the_forms_first_one() -> None:
    form = _form(("sv", "en"))
    assert form.language_for("ru") == "sv"
    assert form.language_for(None, "", "lv") == "sv"
    assert form.language_for() == "sv"
    assert _form(()).language_for("ru") == "en"
