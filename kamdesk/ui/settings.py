"""The one typed wrapper around QSettings: every remembered preference has a method here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings("KAMDesk", "KAMDesk")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, state: QByteArray) -> None:
        self._store.setValue("window/state", state)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self._store.setValue(f"splitters/{name}", state)

    def agenda_days(self) -> int:
        value = self._store.value("agenda/days", 14)
        try:
            return max(1, min(366, int(value)))
        except (TypeError, ValueError):
            return 14

    def set_agenda_days(self, days: int) -> None:
        self._store.setValue("agenda/days", int(days))

    def file_name(self) -> str:
        """Where the preferences are kept (a file, or the registry key on Windows)."""
        return self._store.fileName()

    def sync(self) -> None:
        self._store.sync()
