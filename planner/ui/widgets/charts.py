"""Small charts drawn with QPainter: columns per group (months) for a few series, and
horizontal bars with their labels. Readable in both languages: labels are measured, and
long ones fall back to shorter forms instead of overlapping."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = (
    QColor("#2f6f73"),
    QColor("#c0504d"),
    QColor("#e0a030"),
    QColor("#5b7fbf"),
    QColor("#8a5fa8"),
    QColor("#6a9a3a"),
    QColor("#b07050"),
    QColor("#7f7f7f"),
    QColor("#3aa0a0"),
)


@dataclass(frozen=True)
class Series:
    name: str
    colour: QColor


@dataclass(frozen=True)
class Group:
    label: str  # shown under the columns
    short_label: str  # used when the labels do not fit
    values: tuple[int, ...]  # one per series


class ColumnChart(QWidget):
    """Side-by-side columns per group, or stacked when ``stacked``; a legend on top."""

    def __init__(self, stacked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stacked = stacked
        self.series: list[Series] = []
        self.groups: list[Group] = []
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, series: list[Series], groups: list[Group], description: str) -> None:
        self.series, self.groups = series, groups
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def _legend(self, painter: QPainter) -> int:
        metrics = painter.fontMetrics()
        box = metrics.ascent() - 2
        x, y = 0, 2
        for item in self.series:
            width = box + 16 + metrics.horizontalAdvance(item.name)
            if x and x + width > self.width():
                x, y = 0, y + metrics.height()
            painter.fillRect(QRectF(x, y, box, box), item.colour)
            painter.drawText(x + box + 4, y + metrics.ascent() - 2, item.name)
            x += width
        return y + metrics.height() + 4

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self.groups or not self.series:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.palette().text().color())
        metrics = painter.fontMetrics()
        top = self._legend(painter)
        label_height = metrics.height() + 4
        area = QRectF(0, top, self.width(), self.height() - label_height - top)
        if self.stacked:
            peak = max(1, *(sum(g.values) for g in self.groups))
        else:
            peak = max(1, *(max(g.values, default=0) for g in self.groups))
        slot = area.width() / len(self.groups)
        columns = 1 if self.stacked else len(self.series)
        bar = max(2.0, min(slot * 0.8 / columns, 40.0))
        long_fit = all(metrics.horizontalAdvance(g.label) <= slot - 4 for g in self.groups)
        for i, group in enumerate(self.groups):
            left = area.left() + i * slot + (slot - bar * columns) / 2
            base = area.bottom()
            for s, value in enumerate(group.values):
                height = area.height() * value / peak
                x = left if self.stacked else left + s * bar
                y = base - height if self.stacked else area.bottom() - height
                painter.fillRect(QRectF(x, y, bar - 1, height), self.series[s].colour)
                if self.stacked:
                    base -= height
            name = group.label if long_fit else group.short_label
            width = metrics.horizontalAdvance(name)
            painter.drawText(
                int(area.left() + i * slot + slot / 2 - width / 2),
                int(area.bottom() + metrics.ascent() + 2),
                name,
            )
        painter.end()


class BarList(QWidget):
    """Horizontal bars, one per row: a label, a bar, and the value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int]], empty_text: str) -> None:
        self.rows, self.empty_text = rows, empty_text
        height = self.fontMetrics().height() + 6
        self.setFixedHeight(max(1, len(rows)) * height + 4)
        self.setAccessibleDescription(
            "; ".join(f"{name}: {value}" for name, value in rows) or empty_text
        )
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setPen(self.palette().text().color())
        metrics = painter.fontMetrics()
        if not self.rows:
            painter.drawText(0, metrics.ascent() + 2, self.empty_text)
            painter.end()
            return
        row_height = metrics.height() + 6
        label_width = min(
            max(metrics.horizontalAdvance(name) for name, _ in self.rows) + 16,
            int(self.width() * 0.5),
        )
        value_width = metrics.horizontalAdvance("00000") + 6
        peak = max(1, *(value for _, value in self.rows))
        space = max(10, self.width() - label_width - value_width)
        for i, (name, value) in enumerate(self.rows):
            y = i * row_height + 2
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.drawText(0, y + metrics.ascent() + 2, shown)
            width = space * value / peak
            painter.fillRect(
                QRectF(label_width, y + 3, width, row_height - 6), PALETTE[i % len(PALETTE)]
            )
            painter.drawText(int(label_width + width + 4), y + metrics.ascent() + 2, str(value))
        painter.end()
