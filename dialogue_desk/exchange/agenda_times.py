"""Dates and times as programmes write them, in every language a programme arrives in.

A day is a date ("2026-04-06", "6.4.2026", "06/04/2026"), a date without a year in any of the
supported languages ("April 6", "6. April", "6 апреля", "6. aprill", "6 avril", "6.4."), a day
number ("1", "Day 2", "Päev 2") or a weekday ("Thursday", "Donnerstag", "четверг"), possibly
with the weekday in front of a date ("Thu, 6 April"). Month and weekday names come from CLDR
through Babel. A time is "9:30", "9.30", "9h30", "14 Uhr", "2 PM", "12:00 AM", a spreadsheet
fraction of a day, or a range in one cell ("14:00-15:30 Uhr", "09:00–09:30", "9-10",
"07:00 AM - 11:59 PM").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from dialogue_desk.exchange.headers import header_key
from dialogue_desk.i18n import translate

LANGUAGES = ("en", "et", "lv", "sv", "ru", "de", "fr", "fi", "lt", "pl", "uk")
#: Words in front of a day number: "Day 2", "Päev 2", "Tag 2", "День 2".
_DAY_WORDS = {"day", "paev", "diena", "dag", "den", "tag", "jour", "paiva", "dzien", "d"}
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_RANGE = re.compile(
    rf"\s*(?:[{_DASHES}~]+|\.\.\.|\u2026|\bto\b|\btill\b|\buntil\b|\bbis\b|\bkuni\b|\blīdz\b"
    r"|\btill\b|\bдо\b|\bà\b|\bdo\b|\biki\b)\s*",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?(?::\d{2})?\s*(?:uhr|h|val\.?|kl\.?|tund)?\s*"
    r"(a\.?\s?m\.?|p\.?\s?m\.?)?",
    re.IGNORECASE,
)
_CLOCK_WORDS = re.compile(r"^(?:kl\.?|klo\.?|kell|um|at|à|в|o)\s+", re.IGNORECASE)


class DayError(ValueError):
    """A day that cannot be placed in the event; ``str()`` says why."""


@dataclass(frozen=True)
class EventDays:
    """The days a programme is read against: the event's first and last day."""

    first: dt.date
    last: dt.date

    def all(self) -> list[dt.date]:
        count = max(0, (self.last - self.first).days) + 1
        return [self.first + dt.timedelta(days=i) for i in range(min(count, 366))]


@functools.cache
def _calendar_names() -> tuple[dict[str, int], dict[str, int]]:
    """Folded month name -> month (1-12), folded weekday name -> weekday (0 = Monday)."""
    from babel import Locale

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for language in LANGUAGES:
        locale = Locale.parse(language)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    key = header_key(name)
                    if len(key) >= 3:
                        months.setdefault(key, number)
                for number, name in locale.days[context][width].items():
                    key = header_key(name)
                    if len(key) >= 2:
                        weekdays.setdefault(key, number)
    for key, month in (("sept", 9), ("mai", 5), ("juin", 6), ("juil", 7), ("aout", 8)):
        months.setdefault(key, month)
    return months, weekdays


@functools.cache
def _month_stems() -> dict[str, int]:
    """First four letters of every month name -> month, where they name only one month."""
    months, _ = _calendar_names()
    stems: dict[str, set[int]] = {}
    for key, month in months.items():
        if len(key) >= 4 and key.isalpha():
            stems.setdefault(key[:4], set()).add(month)
    return {stem: found.pop() for stem, found in stems.items() if len(found) == 1}


def _month_by_stem(key: str) -> int | None:
    """A month from an inflected form ("aprīlī", "travnia") no table lists."""
    return _month_stems().get(key[:4]) if len(key) >= 4 and key.isalpha() else None


def _year_for(month: int, day: int, days: EventDays) -> dt.date:
    """The date with that month and day nearest to the event."""
    candidates = []
    for year in (days.first.year - 1, days.first.year, days.first.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError(f"{day}.{month}")
    return min(candidates, key=lambda d: abs((d - days.first).days))


def _weekday(number: int, name: str, days: EventDays) -> dt.date:
    matches = [d for d in days.all() if d.weekday() == number]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise DayError(
            translate(
                "AgendaImport",
                "\u201c{value}\u201d: the event ({first} \u2013 {last}) has no such day; "
                "write the date instead.",
            ).format(value=name, first=days.first.isoformat(), last=days.last.isoformat())
        )
    raise DayError(
        translate(
            "AgendaImport",
            "\u201c{value}\u201d: the event has {count} days of that name; write the date instead.",
        ).format(value=name, count=len(matches))
    )


def parse_day(text: str, days: EventDays) -> dt.date:
    """The event day a cell names; ValueError (or DayError, with the reason) if none."""
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", " ".join(text.split()), flags=re.IGNORECASE)
    head = text.split(" ")[0].split("T")[0]
    try:
        return dt.date.fromisoformat(head)
    except ValueError:
        pass
    if match := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\.?", head):
        first, second, year = (int(g) for g in match.groups())
        day, month = (second, first) if first <= 12 < second else (first, second)
        return dt.date(year + 2000 if year < 100 else year, month, day)
    if match := re.fullmatch(r"(\d{4})[./](\d{1,2})[./](\d{1,2})\.?", head):
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    months, weekdays = _calendar_names()
    words = [w for w in re.split(r"[\s,./]+", text) if w]
    keys = [header_key(w) for w in words]
    if len(words) == 1 and keys[0] in weekdays:
        return _weekday(weekdays[keys[0]], text, days)
    if keys and keys[0] in weekdays and len(words) > 1:
        return parse_day(" ".join(words[1:]), days)  # "Thursday, 6 April"
    if len(words) <= 2 and words[-1].isdigit() and (len(words) == 1 or keys[0] in _DAY_WORDS):
        number = int(words[-1])
        if 1 <= number <= 366:
            return days.first + dt.timedelta(days=number - 1)
    if match := re.fullmatch(r"(\d{1,2})[./](\d{1,2})\.?", text):
        return _year_for(int(match.group(2)), int(match.group(1)), days)
    numbers = [int(w) for w in words if w.isdigit()]
    named = [m for m in (months.get(k) or _month_by_stem(k) for k in keys) if m]
    if len(named) == 1 and numbers:
        day = next(n for n in numbers if n <= 31) if any(n <= 31 for n in numbers) else 0
        years = [n for n in numbers if n > 31]
        if years:
            return dt.date(years[0], named[0], day)
        return _year_for(named[0], day, days)
    raise ValueError(text)


def _hour_minute(text: str) -> tuple[int, int, str]:
    text = _CLOCK_WORDS.sub("", text.strip())
    if re.fullmatch(r"0?\.\d+|1(?:\.0+)?", text):  # a spreadsheet's fraction of a day
        minutes = round(float(text) * 24 * 60)
        return minutes // 60, minutes % 60, ""
    match = _TIME.fullmatch(text)
    if not match:
        raise ValueError(text)
    suffix = re.sub(r"[^apm]", "", (match.group(3) or "").lower())
    return int(match.group(1)), int(match.group(2) or 0), suffix


def _clock(hour: int, minute: int, suffix: str) -> tuple[int, int]:
    if suffix:
        if not 1 <= hour <= 12:
            raise ValueError(f"{hour} {suffix}")
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        raise ValueError(f"{hour}:{minute}")
    return hour, minute


def _to_time(hour: int, minute: int) -> dt.time:
    return dt.time(0, 0) if hour == 24 else dt.time(hour, minute)


def split_datetime(text: str) -> tuple[str, str]:
    """("2026-04-06", "09:00") from "2026-04-06 09:00"; ("", text) when there is no date."""
    text = text.strip()
    if match := re.fullmatch(r"(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})[ T](.+)", text):
        return match.group(1), match.group(2)
    return "", text


def parse_time(text: str) -> dt.time:
    """One time of day; 24:00 and "12:00 AM" are midnight (00:00)."""
    _, text = split_datetime(text)
    return _to_time(*_clock(*_hour_minute(text)))


def parse_time_range(text: str) -> tuple[dt.time, dt.time | None]:
    """A start and perhaps an end from one cell; an end of 00:00 means midnight."""
    _, text = split_datetime(text)
    cleaned = re.sub(r"\s*(?:uhr|h)\s*$", "", text.strip(), flags=re.IGNORECASE)
    parts = [p for p in _RANGE.split(cleaned) if p and not p.isspace()]
    if len(parts) == 1:
        return parse_time(parts[0]), None
    if len(parts) != 2:
        raise ValueError(text)
    first, second = _hour_minute(parts[0]), _hour_minute(parts[1])
    end_hour, end_minute = _clock(*second)
    suffix = first[2]
    if not suffix and second[2]:
        # "11-1 pm", "9–10 am": the first time shares the second's half of the day if it fits.
        as_second = _clock(first[0], first[1], second[2]) if 1 <= first[0] <= 12 else None
        if as_second and as_second < (end_hour, end_minute):
            return _to_time(*as_second), _to_time(end_hour, end_minute)
        if as_second and second[2] == "pm" and first[0] <= 12:
            suffix = "am" if first[0] < 12 else "pm"
    start = _to_time(*_clock(first[0], first[1], suffix))
    return start, _to_time(end_hour, end_minute)


def parse_minutes(text: str) -> int:
    """A duration: "45", "45 min", "1:30", "1h30", "1.5 h", "90'"."""
    text = text.strip().lower()
    if match := re.fullmatch(r"(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*(?:min|m))?", text):
        return int(match.group(1)) * 60 + int(match.group(2))
    if match := re.fullmatch(r"(\d{1,2}(?:[.,]\d+)?)\s*(?:h|hours?|hrs?|tundi?|st|ч|час\w*)", text):
        return round(float(match.group(1).replace(",", ".")) * 60)
    if match := re.fullmatch(r"(\d{1,4})(?:[.,]0+)?\s*[^\d\s]*", text):
        return int(match.group(1))
    raise ValueError(text)
