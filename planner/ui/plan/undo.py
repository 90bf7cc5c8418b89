"""Undo and redo of plan edits (Ctrl+Z / Ctrl+Shift+Z). Each command replays service calls;
the change itself was already made when the command is pushed, so the first redo is
skipped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class PlanCommand(QUndoCommand):
    def __init__(self, text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        super().__init__(text)
        self._undo, self._redo = undo, redo
        self._first = True

    def undo(self) -> None:
        self._undo()

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._redo()
