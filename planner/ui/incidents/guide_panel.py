"""Beside the work: the next step of the ladder, the principles, the five-step checklist
to tick, who to call before a hard reply, and one kind word from the journal."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.core.durations import describe_minutes
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.core.ladder import Rung
from planner.services.incident_clocks import IncidentClocks
from planner.services.incident_guide import IncidentGuide, set_checklist_step
from planner.ui.context import AppContext
from planner.ui.widgets.formatting import local_day


def _wrapping(text: str, parent: QWidget) -> QLabel:
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class _StepLabel(QLabel):
    """A checklist step's wrapping text; clicking it ticks the box, as a box's own text would."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._box = box

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._box.toggle()
        event.accept()


def rung_words(rung: Rung) -> str:
    method = translate("Labels", label(rung.method))
    if rung.attempts_before_next and rung.window_hours:
        return arg(
            translate("Guide", "%1 (up to %2 tries within %3)"),
            method,
            rung.attempts_before_next,
            describe_minutes(rung.window_hours * 60, translate),
        )
    return method


class GuidePanel(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.incident_id: int | None = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(280)
        # Text wraps to the panel's width instead of scrolling sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        self.setWidget(inner)
        self.layout_ = QVBoxLayout(inner)

        self.next_box = QGroupBox(translate("Guide", "Next step"), inner)
        self.next_step = _wrapping("", self.next_box)
        self.next_step.setObjectName("nextStep")
        QVBoxLayout(self.next_box).addWidget(self.next_step)

        self.checklist_box = QGroupBox(translate("Guide", "Checklist"), inner)
        self.checklist_layout = QVBoxLayout(self.checklist_box)
        self.checks: list[QCheckBox] = []
        self.check_rows: list[QWidget] = []

        self.principles_box = QGroupBox(translate("Guide", "Principles"), inner)
        self.principles = _wrapping("", self.principles_box)
        self.principles.setObjectName("principles")
        self.principles.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.principles_box).addWidget(self.principles)

        self.sparring_box = QGroupBox(translate("Guide", "Before a hard reply, call"), inner)
        self.sparring = _wrapping("", self.sparring_box)
        self.sparring.setObjectName("sparringPartner")
        QVBoxLayout(self.sparring_box).addWidget(self.sparring)

        self.praise_box = QGroupBox(translate("Guide", "Remember"), inner)
        self.praise = _wrapping("", self.praise_box)
        self.praise.setObjectName("praiseReminder")
        QVBoxLayout(self.praise_box).addWidget(self.praise)

        for box in (
            self.next_box,
            self.checklist_box,
            self.principles_box,
            self.sparring_box,
            self.praise_box,
        ):
            self.layout_.addWidget(box)
        self.layout_.addStretch(1)

    def set_data(self, incident_id: int, guide: IncidentGuide, clocks: IncidentClocks) -> None:
        self.incident_id = incident_id
        self._show_next(clocks)
        self._show_checklist(guide)
        lines = [
            f"<p><b>{translate('Labels', label(p.kind))}:</b> {html.escape(p.text)}</p>"
            for p in guide.principles
        ]
        self.principles.setText("".join(lines))
        self.principles_box.setVisible(bool(lines))
        if guide.sparring:
            self.sparring.setText(
                "\n".join(
                    " · ".join(part for part in (c.name, c.phone, c.email) if part)
                    for c in guide.sparring
                )
            )
        else:
            self.sparring.setText(
                translate(
                    "Guide",
                    "Nobody yet. Add a sparring partner to the plan's people: someone calm "
                    "who reads your reply before you post it.",
                )
            )
        self.praise_box.setVisible(guide.praise is not None)
        if guide.praise is not None:
            who = guide.praise.who or translate("Guide", "a customer")
            self.praise.setText(
                arg(
                    translate("Guide", "“%1”\n— %2, %3"),
                    guide.praise.text,
                    who,
                    local_day(guide.praise.received_on),
                )
            )

    def _show_next(self, clocks: IncidentClocks) -> None:
        state = clocks.ladder
        if state.reached:
            text = translate(
                "Guide",
                "You reached the customer. Keep your promises, and close the case once "
                "it is settled.",
            )
        elif clocks.fallback_proposed:
            text = translate(
                "Guide",
                "The customer has not answered. The plan's fallback: an anonymous blog "
                "post about the case, from a learning angle.",
            )
        elif clocks.next_rung is not None:
            text = rung_words(clocks.next_rung)
        else:
            text = translate("Guide", "Every step of the ladder has been tried.")
        self.next_step.setText(text)

    def _show_checklist(self, guide: IncidentGuide) -> None:
        for row in self.check_rows:
            row.deleteLater()
        self.checks, self.check_rows = [], []
        for step in guide.checklist:
            # A box without text plus a wrapping label: long steps wrap instead of clipping.
            row = QWidget(self.checklist_box)
            check = QCheckBox(row)
            check.setChecked(step.ticked_at is not None)
            check.setAccessibleName(step.text)
            check.toggled.connect(partial(self._tick, step.id))
            text = _StepLabel(step.text, check, row)
            text.setToolTip(step.detail)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            self.checklist_layout.addWidget(row)
            self.checks.append(check)
            self.check_rows.append(row)
        self.checklist_box.setVisible(bool(guide.checklist))

    def _tick(self, principle_id: int, done: bool) -> None:
        if self.incident_id is not None and self.context.db is not None:
            self.context.runner.run(
                set_checklist_step, self.context.db, self.incident_id, principle_id, done
            )
