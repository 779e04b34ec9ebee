"""One app per database: a second start on the same data wakes the first and quits."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_TIMEOUT_MS = 500


def server_name(database_url: str) -> str:
    digest = hashlib.sha1(database_url.encode("utf-8")).hexdigest()[:16]
    return f"kamdesk-{digest}"


class SingleInstance(QObject):
    """`claim()` is True for the first instance; later ones make it emit `activation_requested`."""

    activation_requested = Signal()

    def __init__(self, database_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(database_url)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(_TIMEOUT_MS):
            socket.write(b"activate\n")
            socket.waitForBytesWritten(_TIMEOUT_MS)
            socket.disconnectFromServer()
            return False
        # Nobody answered: a server file left by a crash must not block us.
        QLocalServer.removeServer(self.name)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        return self._server.listen(self.name)

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            self.activation_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def follow(self, database_url: str) -> None:
        """The window now shows `database_url`: answer for it instead (if no other app does)."""
        self.release()
        self.name = server_name(database_url)
        self.claim()
