"""Pages chosen from a list on the side: like tabs, but every name fits whatever the
language and the window width."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QListView, QStackedWidget, QWidget


class SideTabs(QWidget):
    currentChanged = Signal(int)  # noqa: N815 - mirrors QTabWidget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = QStringListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("sideTabs")
        self.list.setModel(self._titles)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setSizeAdjustPolicy(QListView.SizeAdjustPolicy.AdjustToContents)
        self.list.setStyleSheet("QListView#sideTabs::item { padding: 5px 8px; }")
        self.stack = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.setCurrentIndex(current.row())
        )

    def addTab(self, widget: QWidget, title: str) -> int:  # noqa: N802 - mirrors QTabWidget
        row = self._titles.rowCount()
        self._titles.insertRows(row, 1)
        self._titles.setData(self._titles.index(row), title)
        self.stack.addWidget(widget)
        width = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 8
        self.list.setFixedWidth(max(width, 120))
        if row == 0:
            self.setCurrentIndex(0)
        return row

    def count(self) -> int:
        return self.stack.count()

    def currentIndex(self) -> int:  # noqa: N802
        return self.stack.currentIndex()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if not 0 <= index < self.count():
            return
        if self.list.currentIndex().row() != index:
            self.list.setCurrentIndex(self._titles.index(index))
        if self.stack.currentIndex() != index:
            self.stack.setCurrentIndex(index)
            self.currentChanged.emit(index)
