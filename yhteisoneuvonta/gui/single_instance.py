"""One window per data folder: a second start brings the first window forward and ends.

A lock file in the data folder (``QLockFile``: stale locks of a crashed process are taken
over) says a window has the folder; a local socket named after the folder lets the second
start reach it. The CLI is not concerned: its writes beside a window are safe (the store's
transactions take the write lock). QtNetwork (about 60 ms to import) is loaded only to
listen, after the first frame, or to call the first window.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer


class SingleInstance(QObject):
    activated = Signal()  # another start asked this window to come forward

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        key = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
        self.name = f"yhteisoneuvonta-{key}"
        self.lock = QLockFile(str(Path(data_dir) / ".window.lock"))
        self.server: QLocalServer | None = None
        self.locked = False

    def acquire(self) -> bool:
        """True if this is the only window of the folder (or the folder cannot hold a lock)."""
        self.lock.tryLock(0)
        if self.lock.error() == QLockFile.LockFailedError:
            return False
        self.locked = True
        return True

    def listen(self) -> None:
        """Let a second start reach this window (called once the window is up)."""
        if self.server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket left by a crashed window
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._called)
        self.server.listen(self.name)

    def _called(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.disconnectFromServer()
            conn.deleteLater()
        self.activated.emit()

    def call_first(self, timeout_ms: int = 2000) -> bool:
        """Ask the window that holds the folder to come forward; False if none answered."""
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        sock.connectToServer(self.name)
        ok = sock.waitForConnected(timeout_ms)
        sock.abort()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()
        self.locked = False
