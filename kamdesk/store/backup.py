"""Consistent copies of a SQLite database, written to a temporary file and renamed."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from kamdesk.store.encryption import is_keyed
from kamdesk.store.errors import StoreError
from kamdesk.store.location import BACKUP_FOLDER, sqlite_path


def backup_sqlite(engine: Engine, destination: Path) -> Path:
    """Copy the live database (WAL included) to `destination` atomically."""
    destination = Path(destination)
    partial = destination.with_name(destination.name + ".partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        raw = engine.raw_connection()
        try:
            if is_keyed(engine):
                # SQLCipher: the backup API cannot copy an encrypted file; VACUUM INTO on
                # the keyed connection writes a copy encrypted with the same key.
                partial.unlink(missing_ok=True)
                raw.driver_connection.execute("VACUUM INTO ?", (str(partial),))
            else:
                target = sqlite3.connect(partial)
                try:
                    raw.driver_connection.backup(target)
                finally:
                    target.close()
        finally:
            raw.close()
        os.replace(partial, destination)
    except (OSError, sqlite3.Error, engine.dialect.dbapi.Error) as error:
        partial.unlink(missing_ok=True)
        raise StoreError(f"cannot write the backup {destination}: {error}") from error
    return destination


def default_backup_path(url: str, reason: str) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise StoreError("only a SQLite database file can be backed up this way")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.parent / BACKUP_FOLDER / f"{path.stem}-{stamp}-{reason}.sqlite3"


def backup_before_upgrade(engine: Engine, url: str, revision: str) -> Path | None:
    if sqlite_path(url) is None:
        return None  # a server database is backed up by its administrator
    return backup_sqlite(engine, default_backup_path(url, f"before-upgrade-from-{revision}"))
