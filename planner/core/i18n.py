"""Translation hook for code that must not import Qt.

Core, storage and services mark user-visible text with :func:`translate`, which has the
signature of ``QCoreApplication.translate`` so that ``pyside6-lupdate`` extracts the
strings with their explicit context. Until a front end installs Qt's translator with
:func:`install_translator`, the source (English) text is returned, with ``%n`` filled in.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _identity
_language = "en"


def install_translator(translator: Translator | None, language: str = "en") -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores the source text)."""
    global _translator, _language
    _translator = translator or _identity
    _language = language if translator else "en"


def current_language() -> str:
    """The language :func:`translate` answers in ("fi" or "en")."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` in the user's language; ``n`` selects a plural form for ``%n``."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Mark ``text`` for extraction where it is translated later (tables of messages)."""
    return text


def arg(text: str, *values: object) -> str:
    """Fill ``%1``, ``%2``... like ``QString.arg``: translators may reorder the markers."""
    # Replace from the highest number down so that %1 does not eat the start of %10.
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text
