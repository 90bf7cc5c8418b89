"""The app's own preferences (not business data): an INI file in the config folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from planner.storage.paths import AppPaths


class AppSettings:
    def __init__(self, paths: AppPaths) -> None:
        self._settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)

    @property
    def language(self) -> str | None:
        """ "fi", "en", or None to follow the system."""
        value = self._settings.value("ui/language", "")
        return value if value in ("fi", "en") else None

    @language.setter
    def language(self, value: str | None) -> None:
        self._settings.setValue("ui/language", value or "")
        self._settings.sync()

    def window_state(self) -> tuple[bytes | None, bytes | None]:
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("window/state")
        return (bytes(geometry) if geometry else None, bytes(state) if state else None)

    def save_window_state(self, geometry: bytes, state: bytes) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)
        self._settings.sync()
