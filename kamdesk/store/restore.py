"""Replacing the database with a backup, keeping the current one aside first."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from kamdesk.store.backup import backup_sqlite, default_backup_path
from kamdesk.store.database import Database, open_database
from kamdesk.store.encryption import connect_encrypted, is_plain_sqlite
from kamdesk.store.errors import StoreError


def apply_after_restore(current: Database, restored: Database) -> None:
    """Hook: bring the backup about to replace `current` in line with what `current` knows
    and the backup may not: people erased since the backup was made stay erased."""
    from kamdesk.store.erasure import carry_erasures

    carry_erasures(current.engine, restored.engine)


def restore_sqlite(db: Database, source: Path) -> Path:
    """Check `source` on a copy (upgrading the copy if old), then copy it into `db`.

    Returns where the replaced database was saved. A bad backup changes nothing.
    """
    if db.path is None:
        raise StoreError("restore works on a SQLite database file only")
    with tempfile.TemporaryDirectory() as folder:
        candidate = Path(folder) / "candidate.sqlite3"
        shutil.copyfile(source, candidate)
        # An encrypted dossier's backups carry its data key (made with VACUUM INTO).
        key = db.key if db.key is not None and not is_plain_sqlite(candidate) else None
        if db.key is not None and key is None:
            raise StoreError(f"{source} is not encrypted, but the database is: decrypt the "
                             "database first (kamdesk decrypt) to restore it")  # fmt: skip
        checked = open_database(f"sqlite:///{candidate}", key=key)  # refuses foreign/newer
        try:
            apply_after_restore(db, checked)
            kept = backup_sqlite(db.engine, default_backup_path(db.url, "before-restore"))
            db.engine.dispose()
            raw = connect_encrypted(db.path, key) if key else sqlite3.connect(db.path)
            try:
                checked.engine.raw_connection().driver_connection.backup(raw)
            except (sqlite3.Error, checked.engine.dialect.dbapi.Error) as error:
                raise StoreError(f"cannot restore into {db.path}: {error}") from error
            finally:
                raw.close()
        finally:
            checked.close()
    return kept
