"""One response clock as the owner reads it at a glance: a colour and a few words."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from planner.core.clocks import ClockState, ClockStatus
from planner.core.durations import describe_span
from planner.core.i18n import arg, translate
from planner.ui.widgets.formatting import local_datetime

# background, text: calm when there is time, amber when close, red when late
COLOURS: dict[ClockState, tuple[str, str]] = {
    ClockState.RUNNING: ("#e3f1ef", "#1d4f4a"),
    ClockState.NEAR: ("#fff0c2", "#6b4a00"),
    ClockState.OVERDUE: ("#fbd5d5", "#8a1010"),
    ClockState.MET: ("#dcefdc", "#1e5a1e"),
    ClockState.MISSED: ("#f6e0d2", "#7a3a10"),
    ClockState.NO_TARGET: ("#ececec", "#333333"),
}


def span(minutes: int) -> str:
    return describe_span(minutes, translate)


def clock_words(clock: ClockStatus) -> tuple[str, str]:
    """The headline and the line under it."""
    elapsed = span(clock.elapsed_minutes)
    target = span(clock.target_minutes) if clock.target_minutes is not None else ""
    due = local_datetime(clock.deadline) if clock.deadline else ""
    remaining = clock.remaining_minutes or 0
    if clock.state == ClockState.RUNNING:
        return (
            arg(translate("ClockCard", "%1 left"), span(remaining)),
            arg(translate("ClockCard", "Target %1, by %2"), target, due),
        )
    if clock.state == ClockState.NEAR:
        return (
            arg(translate("ClockCard", "Only %1 left"), span(remaining)),
            arg(translate("ClockCard", "Target %1, by %2"), target, due),
        )
    if clock.state == ClockState.OVERDUE:
        return (
            arg(translate("ClockCard", "Late by %1"), span(-remaining)),
            arg(translate("ClockCard", "The target was %1 (by %2)"), target, due),
        )
    if clock.state == ClockState.MET:
        return (
            arg(translate("ClockCard", "Done in %1"), elapsed),
            arg(translate("ClockCard", "On time: the target was %1"), target),
        )
    if clock.state == ClockState.MISSED:
        return (
            arg(translate("ClockCard", "Done in %1"), elapsed),
            arg(
                translate("ClockCard", "Late by %1 against the target of %2"),
                span(-remaining),
                target,
            ),
        )
    return (
        arg(translate("ClockCard", "%1 so far"), elapsed),
        translate("ClockCard", "The plan sets no target for this"),
    )


class ClockCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption, self)
        self.headline = QLabel("–", self)
        self.headline.setObjectName("clockHeadline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.state: ClockState | None = None

    def set_clock(self, clock: ClockStatus) -> None:
        self.state = clock.state
        headline, detail = clock_words(clock)
        self.set_text(headline, detail, clock.state)

    def set_text(self, headline: str, detail: str, state: ClockState) -> None:
        self.headline.setText(headline)
        self.detail.setText(detail)
        background, text = COLOURS[state]
        self.setStyleSheet(
            f"QFrame#clockCard {{ background: {background}; border-radius: 6px; }}"
            f" QLabel {{ color: {text}; background: transparent; }}"
        )
        self.setAccessibleDescription(f"{headline}. {detail}")
