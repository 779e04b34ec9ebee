"""The one typed wrapper around QSettings: every remembered preference has a method here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kamdesk.store.backup_thinning import KeepPolicy


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

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            return max(low, min(high, int(self._store.value(key, default))))
        except (TypeError, ValueError):
            return default

    def backup_folder(self) -> Path | None:
        """Where automatic copies go; None: `backups/` beside the database."""
        value = self._store.value("backups/folder", "")
        return Path(value) if isinstance(value, str) and value else None

    def set_backup_folder(self, folder: Path | None) -> None:
        self._store.setValue("backups/folder", str(folder) if folder else "")

    def backup_policy(self) -> KeepPolicy:
        """How many copies thinning keeps: the last few, then per day, week, month."""
        default = KeepPolicy()
        return KeepPolicy(
            last=self._int("backups/keep_last", default.last, 1, 100),
            daily=self._int("backups/keep_daily", default.daily, 0, 366),
            weekly=self._int("backups/keep_weekly", default.weekly, 0, 520),
            monthly=self._int("backups/keep_monthly", default.monthly, 0, 1200),
        )

    def set_backup_policy(self, policy: KeepPolicy) -> None:
        self._store.setValue("backups/keep_last", policy.last)
        self._store.setValue("backups/keep_daily", policy.daily)
        self._store.setValue("backups/keep_weekly", policy.weekly)
        self._store.setValue("backups/keep_monthly", policy.monthly)

    def backup_idle_minutes(self) -> int:
        """Minutes without a change before an automatic copy is made."""
        return self._int("backups/idle_minutes", 5, 1, 240)

    def set_backup_idle_minutes(self, minutes: int) -> None:
        self._store.setValue("backups/idle_minutes", int(minutes))

    def sync(self) -> None:
        self._store.sync()
