"""The one way to run work off the GUI thread (cf. Anki's CollectionOp, Picard's run_task).

A function runs on a worker from the thread pool; its result, or its exception, comes back
on the GUI thread. Results that are service :class:`Outcome`\\ s announce their changes on
the :class:`ChangeHub` first, so every view that shows the changed data refreshes. Errors
go to one handler unless the caller handles them. Pass ids, not ORM objects, to workers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from planner.services.changes import Changes, Outcome


class ChangeHub(QObject):
    """Views connect to ``changed`` and refresh when an area they show was touched."""

    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


class _Relay(QObject):
    # Created on the GUI thread and emitted from the worker: Qt queues the call, so the
    # callbacks run on the GUI thread.
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._relay, self._fn, self._args = relay, fn, args

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread as it is
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


ErrorHandler = Callable[[BaseException], None]


def _alive(callback: Callable[..., Any]) -> bool:
    """A callback bound to a widget that has been deleted must not be called."""
    target = getattr(callback, "__self__", None)
    return not isinstance(target, QObject) or shiboken6.isValid(target)


class TaskRunner(QObject):
    def __init__(
        self,
        hub: ChangeHub,
        on_error: ErrorHandler,
        parent: QObject | None = None,
        max_threads: int = 2,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self._on_error = on_error
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[_Relay] = set()  # keeps relays alive until their job reports

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        relay = _Relay()
        self._running.add(relay)

        def finished(result: Any) -> None:
            self._running.discard(relay)
            if not shiboken6.isValid(self):
                return  # the window closed while the work ran: nobody to tell
            if isinstance(result, Outcome):
                self.hub.publish(result.changes)
                result = result.value
            if on_done is not None and _alive(on_done):
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._running.discard(relay)
            handler = on_error or self._on_error
            if shiboken6.isValid(self) and _alive(handler):
                handler(exc)

        relay.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._pool.start(_Job(relay, fn, args))

    def report_error(self, exc: BaseException) -> None:
        """Show an error the usual way (for callers that handle only some errors)."""
        self._on_error(exc)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 10_000) -> bool:
        """Let running writes finish (at close); returns False if they did not in time."""
        return self._pool.waitForDone(msecs)
