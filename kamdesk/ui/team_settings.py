"""The team server the window connects to, remembered without its password.

Its own small wrapper around QSettings (group `team`), beside `ui.settings.Settings`: the
password is never among these keys (it lives in the system keychain,
services.team.server_connection).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from kamdesk.services.team.server_connection import ServerAddress


class TeamSettings:
    KEYS = ("host", "port", "database", "user", "tls")

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings("KAMDesk", "KAMDesk")

    def address(self) -> ServerAddress | None:
        """The team server last connected to, or None for the local database."""
        host = self._store.value("team/host", "")
        if not host:
            return None
        try:
            port = int(self._store.value("team/port", 5432))
        except (TypeError, ValueError):
            port = 5432
        return ServerAddress(str(host), port, str(self._store.value("team/database", "kamdesk")),
                             str(self._store.value("team/user", "")),
                             str(self._store.value("team/tls", "prefer")))

    def set_address(self, address: ServerAddress | None) -> None:
        if address is None:
            self._store.remove("team")
        else:
            for key in self.KEYS:
                self._store.setValue(f"team/{key}", getattr(address, key))
        self._store.sync()
