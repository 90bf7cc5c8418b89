"""One journal entry: added in seconds (the words and who; today is already filled in),
edited in place, problems shown next to their field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.enums import Channel
from planner.core.errors import ValidationError
from planner.core.i18n import translate
from planner.services.journal import PraiseInput, PraiseView, add_praise, update_praise
from planner.ui.context import AppContext
from planner.ui.incidents.log_dialog import enum_combo
from planner.ui.widgets.field_errors import FieldErrors


class PraiseForm(QWidget):
    saved = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.praise_id: int | None = None
        self.incident_id: int | None = None
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.errors = FieldErrors(self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("praiseText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(translate("JournalPage", "The kind words, as they were said"))
        self.who = QLineEdit(self)
        self.who.setObjectName("praiseWho")
        self.channel = enum_combo(self, Channel)
        self.received_on = QDateEdit(self)
        self.received_on.setObjectName("praiseDate")
        self.received_on.setCalendarPopup(True)
        self.tags = QLineEdit(self)
        self.tags.setObjectName("praiseTags")
        self.tags.setPlaceholderText(
            translate("JournalPage", "e.g. service, bread (comma between)")
        )
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(self.completer)
        self.stars = QSpinBox(self)
        self.stars.setRange(0, 5)
        self.stars.setSpecialValueText(translate("JournalPage", "no stars"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://")
        self.testimonial = QCheckBox(
            translate("JournalPage", "May be quoted publicly (as a testimonial)"), self
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, caption, editor in (
            ("text", translate("JournalPage", "&Kind words"), self.text),
            ("who", translate("JournalPage", "&Who"), self.who),
            ("channel", translate("JournalPage", "W&here"), self.channel),
            ("received_on", translate("JournalPage", "&Date"), self.received_on),
            ("tags", translate("JournalPage", "&Tags"), self.tags),
            ("stars", translate("JournalPage", "&Stars"), self.stars),
            ("url", translate("JournalPage", "&Link"), self.url),
        ):
            caption_label = QLabel(caption, self)
            caption_label.setBuddy(editor)
            form.addRow(caption_label, self.errors.cell(name, editor))
        form.addRow("", self.testimonial)
        self.state = QLabel(self)
        self.save_button = QPushButton(translate("JournalPage", "&Save"), self)
        self.save_button.setObjectName("savePraise")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.clear()

    def set_tags(self, tags: list[str]) -> None:
        self.completer.model().setStringList(tags)  # type: ignore[attr-defined]

    def clear(
        self, *, who: str = "", channel: Channel = Channel.OTHER, incident_id: int | None = None
    ) -> None:
        """A new, empty entry dated today."""
        self.praise_id = None
        self.incident_id = incident_id
        self.heading.setText(translate("JournalPage", "New entry"))
        self.text.clear()
        self.who.setText(who)
        self.channel.setCurrentIndex(self.channel.findData(channel.value))
        self.received_on.setDate(QDate.currentDate())
        self.tags.clear()
        self.stars.setValue(0)
        self.url.clear()
        self.testimonial.setChecked(False)
        self.errors.clear()
        self.state.clear()

    def edit(self, view: PraiseView) -> None:
        self.praise_id = view.id
        self.incident_id = view.incident_id
        self.heading.setText(translate("JournalPage", "Edit the entry"))
        self.text.setPlainText(view.text)
        self.who.setText(view.who)
        self.channel.setCurrentIndex(self.channel.findData(view.channel.value))
        day = view.received_on
        self.received_on.setDate(QDate(day.year, day.month, day.day))
        self.tags.setText(", ".join(view.tags))
        self.stars.setValue(view.stars or 0)
        self.url.setText(view.url)
        self.testimonial.setChecked(view.testimonial_ok)
        self.errors.clear()
        self.state.clear()

    def data(self) -> PraiseInput:
        day = self.received_on.date()
        return PraiseInput(
            text=self.text.toPlainText(),
            who=self.who.text(),
            channel=Channel(self.channel.currentData()),
            received_on=date(day.year(), day.month(), day.day()),
            tags=tuple(t for t in self.tags.text().replace(";", ",").split(",")),
            stars=self.stars.value() or None,
            url=self.url.text(),
            testimonial_ok=self.testimonial.isChecked(),
            incident_id=self.incident_id,
        )

    def save(self) -> None:
        db = self.context.db
        if db is None:
            return
        if self.praise_id is None:
            self.context.runner.run(
                add_praise, db, self.data(), on_done=self._saved, on_error=self._failed
            )
        else:
            self.context.runner.run(
                update_praise,
                db,
                self.praise_id,
                self.data(),
                on_done=self._updated,
                on_error=self._failed,
            )

    def _saved(self, praise_id: int) -> None:
        self.clear()
        self.state.setText(translate("JournalPage", "Saved. Thank you for keeping it."))
        self.saved.emit(praise_id)
        self.text.setFocus()

    def _updated(self, _result: None) -> None:
        self.errors.clear()
        self.state.setText(translate("JournalPage", "Saved."))
        if self.praise_id is not None:
            self.saved.emit(self.praise_id)

    def _failed(self, exc: BaseException) -> None:
        self.state.clear()
        if isinstance(exc, ValidationError):
            self.errors.show(exc.errors)
        else:
            self.context.runner.report_error(exc)
