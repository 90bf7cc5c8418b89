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

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(str(self._settings.value(key, default)))
        except (TypeError, ValueError):
            return default
        return value if low <= value <= high else default

    @property
    def backup_keep(self) -> tuple[int, int, int]:
        """How many daily, weekly and monthly backups to keep."""
        return (
            self._int("backup/daily", 12, 1, 365),
            self._int("backup/weekly", 8, 0, 520),
            self._int("backup/monthly", 6, 0, 240),
        )

    @backup_keep.setter
    def backup_keep(self, value: tuple[int, int, int]) -> None:
        for key, number in zip(("daily", "weekly", "monthly"), value, strict=True):
            self._settings.setValue(f"backup/{key}", number)
        self._settings.sync()

    @property
    def retention_months(self) -> int:
        """Anonymise customers' details in cases closed longer ago than this (0: never)."""
        return self._int("privacy/retention_months", 36, 0, 1200)

    @retention_months.setter
    def retention_months(self, value: int) -> None:
        self._settings.setValue("privacy/retention_months", value)
        self._settings.sync()

    @property
    def last_retention(self) -> str:
        """What the retention rule did the last time it ran (shown in Settings)."""
        return str(self._settings.value("privacy/last_run", ""))

    @last_retention.setter
    def last_retention(self, value: str) -> None:
        self._settings.setValue("privacy/last_run", value)
        self._settings.sync()

    def window_state(self) -> tuple[bytes | None, bytes | None]:
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("window/state")
        return (bytes(geometry) if geometry else None, bytes(state) if state else None)

    def save_window_state(self, geometry: bytes, state: bytes) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)
        self._settings.sync()
