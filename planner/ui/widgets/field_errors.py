"""Problems shown next to the field they are about, in red, without touching what was
typed (the pattern every form in the app shares)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class FieldErrors:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}

    def cell(self, name: str, editor: QWidget) -> QWidget:
        """The editor with its (hidden) error line underneath, to put in a layout."""
        error = QLabel(self._parent)
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.setVisible(False)
        self.labels[name] = error
        self.editors[name] = editor
        cell = QWidget(self._parent)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        return cell

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show these problems (and clear the others); returns the fields it could not
        place, so the caller can show those elsewhere."""
        for name, label in self.labels.items():
            message = errors.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
            self.editors[name].setToolTip(message)
        placed = [name for name in errors if name in self.labels]
        if placed:
            self.editors[placed[0]].setFocus()
        return [name for name in errors if name not in self.labels]

    def clear(self) -> None:
        self.show({})

    def message(self, name: str) -> str:
        label = self.labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""
