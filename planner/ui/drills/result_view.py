"""A drill's result: the score and its reasons, the reply next to what a good one
contains, what happened, the after-action note, and lessons that become action items in
one click. Shown at the end of a drill and for any run in the history."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.core.drill_scenario import Scenario
from planner.core.drill_scoring import Lesson, Part, ending_text, grade, money
from planner.core.errors import ValidationError
from planner.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from planner.services.drills import RunDetails, lesson_to_action, save_note
from planner.ui.context import AppContext
from planner.ui.widgets.formatting import local_datetime


def _esc(text: str) -> str:
    """Escape for rich text in a label; quotes stay readable (they are not in attributes)."""
    return html.escape(text, quote=False)


SAVE_AFTER_MS = 600
PART_NAMES = {
    Part.TIME: QT_TRANSLATE_NOOP("DrillResult", "Time against your target"),
    Part.REPLY: QT_TRANSLATE_NOOP("DrillResult", "The public reply"),
    Part.STEPS: QT_TRANSLATE_NOOP("DrillResult", "Next steps"),
}
VERDICT_MARKS = {"good": "✓", "fair": "~", "poor": "✗"}


def _bullets(items: list[str]) -> str:
    return "".join(f"<li>{_esc(item)}</li>" for item in items)


def _wrapping(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ResultView(QWidget):
    again = Signal(str)  # scenario id
    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.details: RunDetails | None = None
        self._dirty = False

        self.score = QLabel(self)
        self.score.setObjectName("drillScore")
        font = self.score.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.score.setFont(font)
        self.grade = _wrapping(parent=self)
        self.grade.setObjectName("drillGrade")
        self.ending = _wrapping(parent=self)
        self.ending.setObjectName("drillEnding")
        self.bars: dict[Part, QProgressBar] = {}
        parts = QGridLayout()
        for row, part in enumerate(Part):
            bar = QProgressBar(self)
            bar.setObjectName(f"part-{part.value}")
            bar.setFormat("%v / %m")
            bar.setMinimumWidth(160)
            self.bars[part] = bar
            parts.addWidget(QLabel(translate("DrillResult", PART_NAMES[part]), self), row, 0)
            parts.addWidget(bar, row, 1)
        head = QHBoxLayout()
        head.addWidget(self.score)
        words = QVBoxLayout()
        words.addWidget(self.grade)
        words.addWidget(self.ending)
        head.addLayout(words, 1)
        head.addLayout(parts)

        self.reasons = _wrapping(parent=self)
        self.reasons.setObjectName("drillReasons")
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        reasons_box = QGroupBox(translate("DrillResult", "Why this score"), self)
        QVBoxLayout(reasons_box).addWidget(self.reasons)

        self.reply = _wrapping(parent=self)
        self.reply.setObjectName("drillReply")
        self.good_reply = _wrapping(parent=self)
        self.good_reply.setObjectName("goodReply")
        self.good_reply.setTextFormat(Qt.TextFormat.RichText)
        replies = QGroupBox(translate("DrillResult", "Your reply and a good one"), self)
        reply_row = QHBoxLayout(replies)
        reply_row.addWidget(self.reply, 1)
        reply_row.addWidget(self.good_reply, 1)

        self.story = _wrapping(parent=self)
        self.story.setObjectName("drillStory")
        self.story.setTextFormat(Qt.TextFormat.RichText)
        story_box = QGroupBox(translate("DrillResult", "What happened"), self)
        QVBoxLayout(story_box).addWidget(self.story)

        self.note = QPlainTextEdit(self)
        self.note.setObjectName("afterActionNote")
        self.note.setMinimumHeight(120)
        self.note.setMaximumHeight(200)
        self.note.setPlaceholderText(
            translate("DrillResult", "What you learned, and what you would do differently.")
        )
        self.note.textChanged.connect(self._note_edited)
        self.note_state = QLabel(self)
        self.note_state.setObjectName("noteState")
        note_box = QGroupBox(translate("DrillResult", "After-action note"), self)
        note_layout = QVBoxLayout(note_box)
        note_layout.addWidget(self.note)
        note_layout.addWidget(self.note_state)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(SAVE_AFTER_MS)
        self._note_timer.timeout.connect(self.save_note)

        self.lessons_box = QGroupBox(translate("DrillResult", "Lessons to act on"), self)
        self.lessons_layout = QVBoxLayout(self.lessons_box)
        self.lesson_buttons: list[QPushButton] = []

        self.again_button = QPushButton(translate("DrillResult", "Practise this &again"), self)
        self.again_button.setObjectName("practiseAgain")
        self.again_button.clicked.connect(self._again)
        self.back_button = QPushButton(translate("DrillResult", "&Back to practice"), self)
        self.back_button.setObjectName("backToPractice")
        self.back_button.clicked.connect(self._back)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.back_button)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addLayout(head)
        column.addWidget(reasons_box)
        column.addWidget(self.lessons_box)
        column.addWidget(note_box)
        column.addWidget(replies)
        column.addWidget(story_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # -- showing ------------------------------------------------------------------------------
    def set_details(self, details: RunDetails, scenario: Scenario | None) -> None:
        self.save_note()
        self.details = details
        run = details.run
        total = run.score or 0
        self.score.setText(arg(translate("DrillResult", "%1 / 100"), total))
        when = local_datetime(run.finished_at) if run.finished_at else ""
        self.grade.setText(f"<b>{_esc(grade(total))}</b><br>{_esc(run.title)} · {when}")
        self.ending.setText(ending_text(run.ending) if run.ending else "")
        for part, bar in self.bars.items():
            points, out_of = details.parts.get(part, (0, 0))
            bar.setRange(0, out_of)
            bar.setValue(points)
        lines = []
        for reason in details.reasons:
            mark = "✓" if reason.good else "✗"
            colour = "#1e6b1e" if reason.good else "#a01010"
            lost = f" <b>−{reason.points}</b>" if reason.points else ""
            lines.append(
                f'<li><span style="color:{colour}">{mark}</span> {_esc(reason.text)}{lost}</li>'
            )
        self.reasons.setText(f"<ul>{''.join(lines)}</ul>")
        self.reply.setText(
            f"<b>{_esc(translate('DrillResult', 'You wrote:'))}</b><br>"
            + _esc(details.reply_text).replace("\n", "<br>")
        )
        self.reply.setTextFormat(Qt.TextFormat.RichText)
        if scenario is not None:
            self.good_reply.setText(
                f"<b>{_esc(translate('DrillResult', 'A good reply here:'))}</b>"
                f"<ul>{_bullets(list(scenario.good_reply))}</ul>"
                f"<b>{_esc(translate('DrillResult', 'For example:'))}</b><br>"
                f"<i>{_esc(scenario.example_reply).replace(chr(10), '<br>')}</i>"
            )
        else:
            self.good_reply.setText("")
        self.again_button.setEnabled(scenario is not None)
        story = []
        for choice in details.choices:
            mark = VERDICT_MARKS.get(choice.verdict, "")
            amount = f" ({money(choice.amount, details.currency)})" if choice.amount else ""
            story.append(
                f"<li><b>{mark} {_esc(choice.label)}{amount}</b><br>{_esc(choice.result)}</li>"
            )
        self.story.setText(f"<ol>{''.join(story)}</ol>")
        self.note.blockSignals(True)
        self.note.setPlainText(details.note)
        self.note.blockSignals(False)
        self._dirty = False
        self.note_state.setText("")
        self._show_lessons(details.lessons, details.actions_taken)

    def _show_lessons(self, lessons: list[Lesson], taken: list[str]) -> None:
        while self.lessons_layout.count():
            item = self.lessons_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lesson_buttons = []
        if not lessons:
            self.lessons_layout.addWidget(
                QLabel(translate("DrillResult", "No lessons this time: well done."), self)
            )
        for lesson in lessons:
            row = QWidget(self.lessons_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = _wrapping(lesson.text, row)
            button = QPushButton(row)
            button.setObjectName("lessonToAction")
            self._mark_taken(button, lesson.text in taken)
            button.clicked.connect(partial(self._make_action, lesson, button))
            line.addWidget(text, 1)
            line.addWidget(button)
            self.lessons_layout.addWidget(row)
            self.lesson_buttons.append(button)

    @staticmethod
    def _mark_taken(button: QPushButton, taken: bool) -> None:
        button.setText(
            translate("DrillResult", "In Follow-through ✓")
            if taken
            else translate("DrillResult", "Make it an action")
        )
        button.setEnabled(not taken)
        button.setToolTip(translate("DrillResult", "Adds this lesson to Review › Follow-through"))

    def _make_action(self, lesson: Lesson, button: QPushButton) -> None:
        if self.details is None or self.context.db is None:
            return
        button.setEnabled(False)
        self.context.runner.run(
            lesson_to_action,
            self.context.db,
            self.details.run.id,
            lesson,
            on_done=partial(self._action_made, button),
            on_error=partial(self._action_failed, button),
        )

    def _action_made(self, button: QPushButton, _action_id: int) -> None:
        self._mark_taken(button, True)

    def _action_failed(self, button: QPushButton, exc: BaseException) -> None:
        button.setEnabled(True)
        self.context.runner.report_error(exc)

    # -- the note ------------------------------------------------------------------------------
    def _note_edited(self) -> None:
        self._dirty = True
        self.note_state.setText(translate("DrillResult", "Saving…"))
        self._note_timer.start()

    def save_note(self) -> None:
        self._note_timer.stop()
        if not self._dirty or self.details is None or self.context.db is None:
            return
        self._dirty = False
        self.context.runner.run(
            save_note,
            self.context.db,
            self.details.run.id,
            self.note.toPlainText(),
            on_done=self._note_saved,
            on_error=self._note_failed,
        )

    def _note_saved(self, _result: None) -> None:
        if not self._dirty:
            self.note_state.setText(translate("DrillResult", "Note saved."))

    def _note_failed(self, exc: BaseException) -> None:
        self._dirty = True
        if isinstance(exc, ValidationError):
            self.note_state.setText(exc.message)
        else:
            self.context.runner.report_error(exc)

    def _again(self) -> None:
        self.save_note()
        if self.details is not None:
            self.again.emit(self.details.run.scenario_id)

    def _back(self) -> None:
        self.save_note()
        self.back.emit()
