"""Measuring a live Qt window from the outside: waiting without spinning, seeing when the
window has really been painted, and the event loop's longest stall.

Waiting runs a nested event loop (the app's own loop would run the same events) and checks
its condition on a 1 ms timer, so the GUI thread does not compete with the workers for the
GIL the way a ``processEvents`` busy loop would."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget


class BenchError(RuntimeError):
    pass


def wait_for(condition: Callable[[], bool], timeout_s: float = 60.0, what: str = "") -> float:
    """Run the event loop until ``condition()`` holds; returns the monotonic time it did."""
    if condition():
        return time.monotonic()
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    seen: list[float] = []

    def check() -> None:
        if condition():
            seen.append(time.monotonic())
            loop.quit()
        elif time.monotonic() > deadline:
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not seen:
        raise BenchError(f"timed out after {timeout_s:.0f} s waiting for {what or condition}")
    return seen[0]


class PaintProbe(QObject):
    """When the top-level window was last painted with ``ready()`` true beforehand.

    Paints of a top-level widget happen in its UpdateRequest; the probe handles that event
    itself so it can read the clock once the backing store has been painted and flushed.
    ``ready`` is asked before painting: what was ready then is on screen afterwards."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.ready: Callable[[], bool] = lambda: False
        self.painted_at: float | None = None
        window.installEventFilter(self)

    def expect(self, ready: Callable[[], bool]) -> None:
        self.ready, self.painted_at = ready, None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is not self._window or event.type() != QEvent.Type.UpdateRequest:
            return False
        ready = self.painted_at is None and self.ready()
        self._window.event(event)
        if ready:
            self.painted_at = time.monotonic()
        return True

    def wait(self, timeout_s: float = 60.0, what: str = "") -> float:
        wait_for(lambda: self.painted_at is not None, timeout_s, what)
        assert self.painted_at is not None
        return self.painted_at


class StallMeter(QObject):
    """The largest gap between ticks of a 10 ms timer: how long the GUI could not react.

    Gaps are kept per step name, so the report can say where the longest one happened.
    Paused while the benchmark itself blocks the thread on purpose (raw-SQL floors)."""

    INTERVAL_MS = 10

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.step = "start-up"
        self.worst: dict[str, float] = {}
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.monotonic()
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        if self._last is not None:
            gap = (now - self._last) * 1000
            self.worst[self.step] = max(self.worst.get(self.step, 0.0), gap)
        self._last = now

    @contextmanager
    def paused(self) -> Iterator[None]:
        self._timer.stop()
        try:
            yield
        finally:
            self.start()

    def longest(self) -> tuple[float, str]:
        if not self.worst:
            return 0.0, ""
        step = max(self.worst, key=lambda k: self.worst[k])
        return self.worst[step], step
