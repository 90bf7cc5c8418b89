"""A form for one plan item, built from the section's spec. Problems are shown next to
the field they are about, and what was typed stays where it is."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.i18n import translate
from planner.core.labels import label
from planner.core.plan_sections import FieldSpec, Item, SectionSpec
from planner.ui.plan.field_labels import field_label

_NO_VALUE = -1  # spin boxes show "no limit" at their minimum


class ItemForm(QWidget):
    edited = Signal(str)  # field name, on every change the user makes

    def __init__(self, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._loading = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: long labels in either language never squeeze the input.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for f in spec.fields:
            editor = self._make_editor(f)
            editor.setObjectName(f"field_{f.name}")
            self.editors[f.name] = editor
            error = QLabel(self)
            error.setObjectName(f"error_{f.name}")
            error.setWordWrap(True)
            error.setStyleSheet("color: #b00020;")
            error.setVisible(False)
            self.errors[f.name] = error
            cell = QWidget(self)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            if isinstance(editor, QCheckBox):
                editor.setText(field_label(spec.section, f.name))
                form.addRow(cell)
            else:
                caption = QLabel(field_label(spec.section, f.name), self)
                caption.setBuddy(editor)
                form.addRow(caption, cell)

    def _make_editor(self, f: FieldSpec) -> QWidget:
        if f.kind == "line":
            line = QLineEdit(self)
            if f.max_length:
                line.setMaxLength(f.max_length + 1)  # one over, so "too long" can be shown
            line.textEdited.connect(lambda _t, n=f.name: self._changed(n))
            return line
        if f.kind == "text":
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(90 if f.name != "body" else 200)
            text.textChanged.connect(lambda n=f.name: self._changed(n))
            return text
        if f.kind == "bool":
            check = QCheckBox(self)
            check.toggled.connect(lambda _c, n=f.name: self._changed(n))
            return check
        if f.kind == "enum":
            combo = QComboBox(self)
            assert f.enum is not None
            for member in f.enum:
                combo.addItem(translate("Labels", label(member)), member.value)
            combo.activated.connect(lambda _i, n=f.name: self._changed(n))
            return combo
        if f.kind == "money":
            money = QDoubleSpinBox(self)
            money.setRange(_NO_VALUE, 1_000_000)
            money.setDecimals(2)
            money.setSpecialValueText(translate("PlanFields", "no fixed limit"))
            money.valueChanged.connect(lambda _v, n=f.name: self._changed(n))
            return money
        spin = QSpinBox(self)
        spin.setRange(_NO_VALUE if f.optional else 0, 1_000_000)
        if f.optional:
            spin.setSpecialValueText(translate("PlanFields", "not set"))
        spin.valueChanged.connect(lambda _v, n=f.name: self._changed(n))
        return spin

    def _changed(self, name: str) -> None:
        if not self._loading:
            self.edited.emit(name)

    # -- values -----------------------------------------------------------------------
    def set_item(self, item: Item | None) -> None:
        self._loading = True
        try:
            self.setEnabled(item is not None)
            for f in self.spec.fields:
                self._set_value(f, None if item is None else item.get(f.name))
            self.show_errors({})
        finally:
            self._loading = False

    def _set_value(self, f: FieldSpec, value: Any) -> None:
        editor = self.editors[f.name]
        if isinstance(editor, QLineEdit):
            if editor.text() != ("" if value is None else str(value)):
                editor.setText("" if value is None else str(value))
        elif isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != (value or ""):
                editor.setPlainText("" if value is None else str(value))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            index = editor.findData(value.value if isinstance(value, StrEnum) else value)
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(_NO_VALUE if value is None else value / 100)
        elif isinstance(editor, QSpinBox):
            editor.setValue(_NO_VALUE if value is None else int(value))

    def value(self, name: str) -> Any:
        editor = self.editors[name]
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QDoubleSpinBox):
            return None if editor.value() == _NO_VALUE else round(editor.value() * 100)
        assert isinstance(editor, QSpinBox)
        return None if editor.value() == _NO_VALUE else editor.value()

    def values(self, names: set[str] | None = None) -> Item:
        return {
            f.name: self.value(f.name) for f in self.spec.fields if names is None or f.name in names
        }

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label_widget in self.errors.items():
            message = errors.get(name, "")
            label_widget.setText(message)
            label_widget.setVisible(bool(message))
            self.editors[name].setProperty("invalid", bool(message))
            self.editors[name].setToolTip(message)

    @property
    def has_errors(self) -> bool:
        return any(label_widget.text() for label_widget in self.errors.values())
