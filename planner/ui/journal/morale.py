"""What keeps the owner going: a kind word at random, the same day in earlier years, how
much praise has come since the last complaint, and praise against complaints by month."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

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
from planner.ui.widgets.charts import ColumnChart, Group, Series

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


def month_groups(months: list[MonthFigures]) -> list[Group]:
    locale = QLocale()
    return [
        Group(
            locale.monthName(m.month.month, QLocale.FormatType.ShortFormat),
            locale.monthName(m.month.month, QLocale.FormatType.NarrowFormat),
            (m.praise, m.incidents),
        )
        for m in months
    ]


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
        self.chart = ColumnChart(parent=self)
        self.chart.setObjectName("monthChart")
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
        months = morale.months
        self.chart.set_data(
            [
                Series(translate("JournalPage", "kind words"), PRAISE_COLOUR),
                Series(translate("JournalPage", "complaints"), INCIDENT_COLOUR),
            ],
            month_groups(months),
            arg(
                translate("JournalPage", "In the last %1 months: %2 kind words, %3 complaints."),
                len(months),
                sum(m.praise for m in months),
                sum(m.incidents for m in months),
            ),
        )
        self.chart.setVisible(any(m.praise or m.incidents for m in morale.months))
