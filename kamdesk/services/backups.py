"""Backups of the database file: when the last one was made, and making one now."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kamdesk.store.backup import backup_sqlite, default_backup_path
from kamdesk.store.database import Database
from kamdesk.store.location import BACKUP_FOLDER


def backup_folder(db: Database) -> Path | None:
    """The folder next to the database file where its copies go (None for a server database)."""
    path = db.path
    return path.parent / BACKUP_FOLDER if path is not None else None


def last_backup(db: Database) -> datetime | None:
    """When the newest copy in the backups folder was written, in local time; None if none."""
    folder = backup_folder(db)
    if folder is None or not folder.is_dir():
        return None
    stamps = [f.stat().st_mtime for f in folder.glob("*.sqlite3") if f.is_file()]
    return datetime.fromtimestamp(max(stamps)).astimezone() if stamps else None


def make_backup(db: Database) -> Path:
    """Copy the live database into the backups folder; raises StoreError if it cannot."""
    return backup_sqlite(db.engine, default_backup_path(db.url, "manual"))
