"""What keeps the owner going: a kind word at random, the same day in earlier years, how
much praise has come since the last complaint, and praise against complaints by month."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from planner.core.i18n import arg, translate
from planner.services.journal import (
    MonthFigures,
    PraiseView,
    SinceLastIncident,
    monthly_figures,
    on_this_day,
    praise_since_last_incident,
    random_praise,
)
from planner.storage.database import Database
from planner.ui.journal.praise_model import day_text

PRAISE_COLOUR = QColor("#2f8f5b")
INCIDENT_COLOUR = QColor("#c0504d")


@dataclass(frozen=True)
class Morale:
    kind_word: PraiseView | None
    on_this_day: list[PraiseView]
    since: SinceLastIncident
    months: list[MonthFigures]


def load_morale(db: Database) -> Morale:
    return Morale(
        random_praise(db), on_this_day(db), praise_since_last_incident(db), monthly_figures(db)
    )


def quote(view: PraiseView) -> str:
    who = view.who or translate("Guide", "a customer")
    return arg(translate("JournalPage", "“%1” — %2, %3"), view.text, who, day_text(view))


class MonthChart(QWidget):
    """Praise (green) against complaints (red), one pair of bars per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthChart")
        self.months: list[MonthFigures] = []
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_months(self, months: list[MonthFigures]) -> None:
        self.months = months
        praise = sum(m.praise for m in months)
        incidents = sum(m.incidents for m in months)
        self.setAccessibleDescription(
            arg(
                translate("JournalPage", "In the last %1 months: %2 kind words, %3 complaints."),
                len(months),
                praise,
                incidents,
            )
        )
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self.months:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_height = metrics.height() + 4
        top = metrics.height() + 6
        area = QRectF(0, top, self.width(), self.height() - label_height - top)
        peak = max(1, *(max(m.praise, m.incidents) for m in self.months))
        slot = area.width() / len(self.months)
        bar = max(3.0, slot * 0.3)
        locale = QLocale()
        painter.setPen(self.palette().text().color())
        x_legend = 0
        for colour, name in (
            (PRAISE_COLOUR, translate("JournalPage", "kind words")),
            (INCIDENT_COLOUR, translate("JournalPage", "complaints")),
        ):
            box = metrics.ascent() - 2
            painter.fillRect(QRectF(x_legend, 2, box, box), colour)
            painter.drawText(x_legend + box + 4, metrics.ascent(), name)
            x_legend += box + 16 + metrics.horizontalAdvance(name)
        # Short month names where they fit, else the narrow ones (Finnish names are long).
        name_format = QLocale.FormatType.ShortFormat
        if any(
            metrics.horizontalAdvance(locale.monthName(m.month.month, name_format)) > slot - 4
            for m in self.months
        ):
            name_format = QLocale.FormatType.NarrowFormat
        for i, month in enumerate(self.months):
            x = area.left() + i * slot + slot / 2
            for offset, value, colour in (
                (-bar, month.praise, PRAISE_COLOUR),
                (0.0, month.incidents, INCIDENT_COLOUR),
            ):
                height = area.height() * value / peak
                painter.fillRect(
                    QRectF(x + offset, area.bottom() - height, bar - 1, height), colour
                )
            painter.setPen(self.palette().text().color())
            name = locale.monthName(month.month.month, name_format)
            width = metrics.horizontalAdvance(name)
            painter.drawText(int(x - width / 2), int(area.bottom() + metrics.ascent() + 2), name)
        painter.end()


class MoralePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moralePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind_word = QLabel(self)
        self.kind_word.setObjectName("kindWord")
        self.kind_word.setWordWrap(True)
        font = self.kind_word.font()
        font.setItalic(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.kind_word.setFont(font)
        self.since = QLabel(self)
        self.since.setObjectName("sinceLastIncident")
        self.since.setWordWrap(True)
        self.on_this_day = QLabel(self)
        self.on_this_day.setObjectName("onThisDay")
        self.on_this_day.setWordWrap(True)
        self.chart = MonthChart(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_word)
        layout.addWidget(self.since)
        layout.addWidget(self.on_this_day)
        layout.addWidget(self.chart)

    def show_morale(self, morale: Morale) -> None:
        if morale.kind_word is not None:
            self.kind_word.setText(quote(morale.kind_word))
        else:
            self.kind_word.setText(
                translate(
                    "JournalPage",
                    "Your journal is empty. Every thank-you, five-star review and kind word "
                    "belongs here: on a hard day, reading them back helps.",
                )
            )
        since = morale.since
        if since.last_incident_at is None:
            self.since.setText(
                translate(
                    "JournalPage",
                    "%n kind word(s) in the journal, and no complaints.",
                    None,
                    since.praise,
                )
            )
        else:
            self.since.setText(
                translate(
                    "JournalPage", "%n kind word(s) since the last complaint.", None, since.praise
                )
            )
        self.on_this_day.setVisible(bool(morale.on_this_day))
        if morale.on_this_day:
            self.on_this_day.setText(
                translate("JournalPage", "On this day:")
                + "\n"
                + "\n".join(quote(view) for view in morale.on_this_day[:3])
            )
        self.chart.set_months(morale.months)
        self.chart.setVisible(any(m.praise or m.incidents for m in morale.months))
