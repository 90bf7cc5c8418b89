"""A date and time in the owner's local time, stored as UTC; optionally "not known"."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QWidget

from planner.core.clock import utcnow
from planner.ui.widgets.formatting import to_qdatetime


class MomentEdit(QWidget):
    changed = Signal()

    def __init__(self, unknown_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(
            self.locale().dateTimeFormat(self.locale().FormatType.ShortFormat)
        )
        self.edit.dateTimeChanged.connect(self._edited)
        # Whether the owner changed the time by hand; until then "now" means the moment of
        # saving, not of opening the form.
        self.user_edited = False
        self._setting = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.unknown: QCheckBox | None = None
        if unknown_text:
            self.unknown = QCheckBox(unknown_text, self)
            self.unknown.toggled.connect(self._toggled)
            self.unknown.toggled.connect(lambda _c: self.changed.emit())
            layout.addWidget(self.unknown)
        self.set_value(utcnow())

    def _edited(self, _value: QDateTime) -> None:
        if not self._setting:
            self.user_edited = True
        self.changed.emit()

    def _toggled(self, unknown: bool) -> None:
        self.edit.setEnabled(not unknown)

    def set_value(self, moment: datetime | None) -> None:
        self._setting = True
        try:
            if self.unknown is not None:
                self.unknown.setChecked(moment is None)
            self.edit.setDateTime(to_qdatetime(moment or utcnow()))
        finally:
            self._setting = False
        self.user_edited = False

    def value_or_now(self) -> datetime | None:
        """None (the service's "now") while the owner has not changed the shown time."""
        return self.value() if self.user_edited else None

    def value(self) -> datetime | None:
        if self.unknown is not None and self.unknown.isChecked():
            return None
        msecs = self.edit.dateTime().toMSecsSinceEpoch()
        return datetime.fromtimestamp(msecs / 1000, UTC).replace(microsecond=0)
