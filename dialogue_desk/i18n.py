"""The one place that loads translation catalogues, for the interface and for exports.

The interface language is installed on the application (``install_ui_language``); exports ask
for a translator of their own language (``translate_in``) so a Russian interface can still
write an English workbook. Both use the same ``.qm`` catalogues built from ``translations/``.
A missing or broken catalogue falls back to English with a logged warning.

It is also the core's one way to Qt (store, services and exchange import no PySide6): strings
(``translate``, ``QT_TRANSLATE_NOOP``, ``translate_in``), dates, times and numbers in a
language's own way (``format_date``, ``format_time``, ``format_number``, ``format_integer``)
and the alphabetical order of names (``collation_key``: Qt's ICU collation, keys cached).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Callable
from functools import cache, lru_cache, partial

from PySide6.QtCore import (
    QCollator,
    QCollatorSortKey,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from dialogue_desk.paths import translations_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
#: Language code -> the language's own name, in the order menus show them.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "et": "Eesti",
    "lv": "Latviešu",
    "sv": "Svenska",
    "ru": "Русский",
}

_installed: list[QTranslator] = []
#: The language install_ui_language installed last (English until then).
_ui_language = SOURCE_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` in the interface language (``%n`` filled in from ``n``).

    The core's only way to a translated string: store, services and exchange call this, never
    Qt. lupdate extracts ``translate("Context", "text")`` calls like Qt's own.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for lupdate where it is defined; translate it later with ``translate_in``."""
    return text


def normalise(code: str | None) -> str:
    """A supported language code for ``code`` ("ru_RU" -> "ru"), English if unsupported."""
    if not code:
        return SOURCE_LANGUAGE
    short = code.replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else SOURCE_LANGUAGE


def is_supported(code: str) -> bool:
    return code in LANGUAGES


def ui_language() -> str:
    """The interface language now installed (English until ``install_ui_language`` ran)."""
    return _ui_language


def system_language() -> str:
    return normalise(QLocale.system().name())


def locale_for(code: str) -> QLocale:
    names = {"en": "en_GB", "et": "et_EE", "lv": "lv_LV", "sv": "sv_SE", "ru": "ru_RU"}
    return QLocale(names.get(code, "en_GB"))


def _load_app_catalogue(code: str) -> QTranslator | None:
    # English is the source language; its small catalogue holds only plural forms.
    translator = QTranslator()
    path = translations_path() / f"dialogue_desk_{code}.qm"
    if not path.exists() or not translator.load(str(path)):
        if code == SOURCE_LANGUAGE:
            return None
        log.warning("No usable catalogue for %s at %s; falling back to English", code, path)
        return None
    return translator


def _load_qt_catalogue(code: str) -> QTranslator | None:
    if code == SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{code}", folder):
        return translator
    # Qt has no catalogue for some of our languages (Estonian): we ship the strings we show.
    if translator.load(f"qtbase_{code}", str(translations_path())):
        return translator
    log.warning("Qt's own catalogue qtbase_%s not found in %s", code, folder)
    return None


def install_ui_language(code: str) -> str:
    """Make ``code`` the interface language now; returns the language actually installed.

    Installing translators sends every widget a ``LanguageChange`` event, on which it
    retranslates itself.
    """
    global _ui_language
    app = QCoreApplication.instance()
    code = normalise(code)
    _ui_language = code
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    for translator in (_load_qt_catalogue(code), _load_app_catalogue(code)):
        if translator is not None:
            _installed.append(translator)
            if app is not None:
                app.installTranslator(translator)
    QLocale.setDefault(locale_for(code))
    return code


@cache
def _export_translator(code: str) -> QTranslator | None:
    return _load_app_catalogue(code)


def translate_in(code: str, context: str, text: str, n: int = -1) -> str:
    """``text`` of ``context`` in language ``code``, independent of the interface language.

    Mark such strings for lupdate with ``QT_TRANSLATE_NOOP(context, text)`` where they are
    defined.
    """
    translator = _export_translator(normalise(code))
    result = (
        translator.translate(context, text, None, n) if translator is not None else ""
    ) or text
    # QTranslator leaves %n for the caller (QCoreApplication.translate would fill it in).
    return result.replace("%n", str(n)) if n >= 0 else result


# --- dates, times and numbers in a language's own way --------------------------------------


def _long_format(locale: QLocale) -> str:
    # The locale's long date without the weekday: "27. november 2026", "27 ноября 2026 г.".
    fmt = locale.dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"^d{4}[,\s]*|[,\s]*d{4}$", "", fmt)


def format_date(day: dt.date | None, language: str, *, style: str = "long") -> str:
    """``day`` as ``language`` writes it; styles: long, weekday, short (four-digit year)."""
    if day is None:
        return ""
    locale = locale_for(language)
    qdate = QDate(day.year, day.month, day.day)
    if style == "weekday":
        text = locale.toString(qdate, QLocale.FormatType.LongFormat)
        return text[:1].upper() + text[1:]
    if style == "short":
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        return locale.toString(qdate, fmt)
    return locale.toString(qdate, _long_format(locale))


def format_time(moment: dt.time | dt.datetime | None, language: str) -> str:
    """Hours and minutes of ``moment`` (24-hour clock) in ``language``'s digits."""
    if moment is None:
        return ""
    return locale_for(language).toString(QTime(moment.hour, moment.minute), "HH:mm")


def format_number(value: float, language: str, decimals: int = 1) -> str:
    """``value`` with ``decimals`` decimals and ``language``'s separators ("3,5" in Estonian)."""
    return locale_for(language).toString(float(value), "f", decimals)


def format_integer(value: int, language: str) -> str:
    """A whole number with ``language``'s group separator."""
    return locale_for(language).toString(int(value))


# --- alphabetical order ------------------------------------------------------------------

#: What ``collation_key`` returns: compare with ``<`` (Qt's ICU sort key).
CollationKey = QCollatorSortKey

# A QCollator is reentrant, not thread-safe: each thread (the window, an export's worker) gets
# its own. The keys themselves are immutable and shared.
_collators = threading.local()


def _collator(language: str) -> QCollator:
    collators: dict[str, QCollator] = _collators.__dict__.setdefault("by_language", {})
    if language not in collators:
        collators[language] = QCollator(locale_for(language))
    return collators[language]


@lru_cache(maxsize=65536)
def _collation_key(language: str, text: str) -> CollationKey:
    return _collator(language).sortKey(text)


def collation_key(language: str) -> Callable[[str], CollationKey]:
    """A sort key putting text in ``language``'s alphabetical order, as ICU (CLDR) has it.

    Latvian Š after S, Swedish Å Ä Ö after Z, Estonian Õ Ä Ö Ü after W, Russian Cyrillic before
    Latin; other accented letters with their base letter ("Ābele" with the A's). Cached per
    text, so sorting thousands of names again costs little.
    """
    return partial(_collation_key, normalise(language))
