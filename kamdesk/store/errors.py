"""Failures of the store that the user can act on; their messages are shown as they are."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A database problem explained in one line for the user."""


class NotADatabaseError(StoreError):
    pass


class DatabaseTooNewError(StoreError):
    pass


class DatabaseBusyError(StoreError):
    pass


class ReadOnlyError(StoreError):
    """The file or its folder cannot be written (permissions, a read-only disk)."""


class DiskFullError(StoreError):
    """The disk holding the database (or a backup) has no room left; nothing was changed."""


class DamagedDatabaseError(StoreError):
    """The database file is damaged (or empty): it was set aside, not overwritten.

    `set_aside` is where the damaged file now is; `newest_backup` the newest copy that passed
    its integrity check, to offer the user (None when there is none).
    """

    def __init__(self, message: str, path: Path, set_aside: Path | None,
                 newest_backup: Path | None) -> None:
        super().__init__(message)
        self.path = path
        self.set_aside = set_aside
        self.newest_backup = newest_backup
