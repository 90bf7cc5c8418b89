"""Language: Qt translators for the app and for Qt's own dialogs, and the default QLocale.

The language follows the system locale, falls back to English, and can be chosen in
Settings or with ``--lang``. Translators are kept referenced here: a QTranslator that is
garbage-collected silently stops translating.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.core import i18n
from planner.storage.resources import resource

SUPPORTED = ("fi", "en")
_installed: list[QTranslator] = []


def choose_language(explicit: str | None = None, saved: str | None = None) -> str:
    for candidate in (explicit, saved):
        if candidate in SUPPORTED:
            return candidate
    if QLocale.system().language() == QLocale.Language.Finnish:
        return "fi"
    return "en"


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks ``language`` (so its date habits are kept), else the
    language with the system's territory."""
    system = QLocale.system()
    wanted = QLocale(language).language()
    if system.language() == wanted:
        return system
    return QLocale(wanted, system.territory())


def install(language: str) -> QLocale:
    """Install the translators for ``language`` on the running Q(Core)Application."""
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = locale_for(language)
    QLocale.setDefault(locale)
    own = QTranslator(app)
    # The English file carries only plural forms (%n); Finnish carries everything.
    if own.load(f"planner_{language}", str(resource("translations"))):
        _installed.append(own)
    if language != "en":
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(locale, "qtbase", "_", qt_dir):
            _installed.append(qt_base)
    for translator in _installed:
        app.installTranslator(translator)
    i18n.install_translator(_qt_translate, language)
    return locale


def _qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
