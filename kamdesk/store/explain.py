"""Driver failures turned into one line for the user: the file named, a password never shown.

A driver's message for a failed connection may carry the URL and its password, so a server
failure is described by what it means, never by the driver's text.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from kamdesk.store.errors import (
    DatabaseBusyError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyError,
    StoreError,
)
from kamdesk.store.location import shown_url, sqlite_path


def explain_database_error(error: DBAPIError, url: str) -> StoreError:
    path = sqlite_path(url)
    if path is None and not url.startswith("sqlite"):
        return StoreError(f"the database server {shown_url(url)} failed; nothing was changed")
    text = str(error.orig) if error.orig is not None else str(error)
    where = path or "the database"
    if "locked" in text or "busy" in text:
        return DatabaseBusyError(f"{where} is busy: another program is writing to it ({text})")
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(f"{where} is read-only: nothing can be saved to it")
    if "disk is full" in text:
        return DiskFullError(
            f"the disk holding {where} is full: the last change was not saved, "
            "the data before it is intact"
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return NotADatabaseError(
            f"{where} is not a readable KAMDesk database ({text}); `kamdesk check` tells more"
        )
    if "unable to open" in text and path is not None and not folder_is_writable(path.parent):
        return ReadOnlyError(f"{path.parent} is read-only: cannot open {path.name} for writing")
    return StoreError(f"cannot use the database {where}: {text}")


def explain_url_error(error: Exception, url: str) -> StoreError:
    shown = shown_url(url)
    if isinstance(error, ImportError) or "driver" in str(error).lower():
        return StoreError(f"cannot use {shown}: its database driver is not installed")
    return StoreError(
        f"cannot use {shown}: KAMDesk opens SQLite files (sqlite:///PATH) and PostgreSQL "
        "servers (postgresql+psycopg://USER@HOST/NAME)"
    )


def folder_is_writable(folder: Path) -> bool:
    """Whether files can be created in `folder` (a read-only disk says no, even to root)."""
    return os.access(folder, os.W_OK | os.X_OK)
