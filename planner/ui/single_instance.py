"""One app per data folder. A second start brings the running window to the front instead
of opening the same database twice (cf. KeePassXC); a lock left behind by a crash is taken
over. The marker of a run that did not end cleanly tells the next start to check the data
in full."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from planner.storage.paths import AppPaths

RAISE = b"raise\n"


class SingleInstance(QObject):
    activated = Signal()  # another start asked this one to come to the front

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder = paths.data_dir
        self.lock = QLockFile(str(folder / "crisis-planner.lock"))
        self.lock.setStaleLockTime(0)  # a live owner keeps its lock however long it runs
        self.marker = folder / "running"
        key = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:16]
        self.server_name = f"crisis-planner-{key}"
        self.server: QLocalServer | None = None
        self.unclean_shutdown = False

    def acquire(self) -> bool:
        """True when this process may run; False when another one does (it was asked to
        come to the front). A lock whose process is gone is taken over."""
        if not self.lock.tryLock(200):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                self._wake_the_other()
                return False
            # The folder cannot hold a lock (read-only, say): run, the database will tell.
            return True
        self.unclean_shutdown = self.marker.exists()
        self.marker.write_text("", encoding="utf-8")
        QLocalServer.removeServer(self.server_name)  # a socket left behind by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.server_name)
        return True

    def _wake_the_other(self) -> None:
        socket = QLocalSocket(self)
        socket.connectToServer(self.server_name)
        if socket.waitForConnected(1000):
            socket.write(RAISE)
            socket.flush()
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if RAISE.strip() in bytes(socket.readAll().data()):
            self.activated.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        """At a clean exit: the next start need not check the data in full."""
        if self.server is not None:
            self.server.close()
        self.marker.unlink(missing_ok=True)
        self.lock.unlock()
