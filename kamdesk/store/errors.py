"""Failures of the store that the user can act on; their messages are shown as they are."""

from __future__ import annotations


class StoreError(Exception):
    """A database problem explained in one line for the user."""


class NotADatabaseError(StoreError):
    pass


class DatabaseTooNewError(StoreError):
    pass


class DatabaseBusyError(StoreError):
    pass
