"""The one place that loads translation catalogues, for the interface and for exports.

The interface language is installed on the application (``install_ui_language``); exports ask
for a translator of their own language (``translate_in``) so a Russian interface can still
write an English workbook. Both use the same ``.qm`` catalogues built from ``translations/``.
A missing or broken catalogue falls back to English with a logged warning.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
    app = QCoreApplication.instance()
    code = normalise(code)
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
