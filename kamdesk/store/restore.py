"""Replacing the database with a backup: checked first, the current one kept as a backup.

The backup is copied into a hidden `.partial` file beside the database (never into a system
temporary folder, where a copy of the dossier would outlive a crash), upgraded if it is old,
handed to the `AFTER_RESTORE_HOOKS`, checked, and renamed over the database in one step.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from kamdesk.store.backup import default_backup_path, partial_path, write_backup
from kamdesk.store.database import Database, create_database_engine, open_database
from kamdesk.store.encryption import connect_encrypted, is_plain_sqlite
from kamdesk.store.errors import (
    DamagedDatabaseError,
    DatabaseTooNewError,
    NotADatabaseError,
    StoreError,
)
from kamdesk.store.inspection import check_summary, inspect_file
from kamdesk.store.location import make_private_folder, sqlite_url

# Run on the restored database before it goes live, e.g. to apply the erasure log again
# (a person erased after the backup was made stays erased). A hook raises to refuse it.
AFTER_RESTORE_HOOKS: list[Callable[[Database], None]] = []


@dataclass(frozen=True)
class Restored:
    source: Path  # as the user gave it
    kept: Path | None  # the replaced database, now a backup (None when there was none)


def _validate_encrypted(source: Path, key: bytes) -> None:
    """Refuse an encrypted backup that this key does not open or that is damaged."""
    try:
        connection = connect_encrypted(source, key)
    except StoreError as error:
        raise NotADatabaseError(f"{source} cannot be opened with this database's key ({error}); "
                                "nothing was changed") from None
    try:
        found = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchmany(5)]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    if found != ["ok"]:
        raise DamagedDatabaseError(
            f"{source} is damaged ({check_summary(found)}); nothing was changed", source, None, None
        )
    if "alembic_version" not in tables:
        raise NotADatabaseError(f"{source} is not a KAMDesk database; nothing was changed")


def _carry_erasures(path: Path, restored: Database, key: bytes | None) -> None:
    """People erased since the backup was made stay erased: the erasure log of the database
    being replaced is applied to the restored copy (a damaged one has nothing to tell)."""
    from kamdesk.store.erasure import carry_erasures

    if not path.exists() or (key is None and inspect_file(path).problem):
        return
    current = create_database_engine(sqlite_url(path), read_only=key is None, key=key)
    try:
        carry_erasures(current, restored.engine)
    except (StoreError, sqlite3.DatabaseError, DBAPIError) as error:
        if "no such table" not in str(error):  # a database from before the erasure log
            raise
    finally:
        current.dispose()


def restore_sqlite(db: Database, source: Path) -> Path | None:
    """Restore `source` over the open database `db` (its connections are closed first);
    returns where the replaced database was kept."""
    if db.path is None:
        raise StoreError("restore works on a SQLite database file only")
    db.engine.dispose()
    return restore_database(db.path, Path(source), key=db.key).kept


def validate_backup(source: Path) -> None:
    """Refuse anything that is not a whole KAMDesk database this version can open."""
    if not source.is_file():
        raise StoreError(f"{source} does not exist or is not a file; nothing was changed")
    state = inspect_file(source, full=True)
    if not state.sqlite:
        raise NotADatabaseError(f"{source} is not a KAMDesk backup: {state.problem}")
    if state.problem:
        raise DamagedDatabaseError(
            f"{source} is damaged ({state.problem}); nothing was changed", source, None, None
        )
    if state.revision is None:
        raise NotADatabaseError(f"{source} is not a KAMDesk database; nothing was changed")
    from kamdesk.store.migration import is_known_revision

    if not is_known_revision(state.revision):
        raise DatabaseTooNewError(
            f"{source} was written by a newer KAMDesk (schema {state.revision}); "
            "nothing was changed"
        )


def restore_database(path: Path, source: Path, key: bytes | None = None) -> Restored:
    """Replace the database file at `path` with a checked copy of `source`.

    Every connection to `path` must be closed first. A bad backup changes nothing.
    """
    if not source.is_file():
        validate_backup(source)  # says so, and changes nothing
    encrypted = key is not None and not is_plain_sqlite(source)
    if key is not None and not encrypted:
        raise StoreError(f"{source} is not encrypted, but the database is: decrypt the "
                         "database first (kamdesk decrypt) to restore it")
    key = key if encrypted else None
    if key is None:
        validate_backup(source)
    else:
        _validate_encrypted(source, key)
    make_private_folder(path.parent)
    candidate = partial_path(path)
    try:
        reader = create_database_engine(sqlite_url(source), read_only=True, key=key)
        try:
            write_backup(reader, candidate)
        finally:
            reader.dispose()
        restored = open_database(sqlite_url(candidate), backup=False, key=key)  # upgrades
        try:
            _carry_erasures(path, restored, key)
            for hook in AFTER_RESTORE_HOOKS:
                hook(restored)
        finally:
            restored.close()  # the last connection folds its WAL back into the file
        problem = None if key else inspect_file(candidate, full=True).problem
        if problem:
            raise StoreError(f"the restored copy of {source} failed its check ({problem})")
        kept = _keep_current(path, key)
        os.replace(candidate, path)
        _remove_companions(candidate)
    except BaseException:
        candidate.unlink(missing_ok=True)
        _remove_companions(candidate)
        raise
    return Restored(source, kept)


def _keep_current(path: Path, key: bytes | None) -> Path | None:
    """Save the database about to be replaced as a backup (a damaged one is set aside)."""
    if not path.exists():
        return None
    kept = None
    if key is not None:
        engine = create_database_engine(sqlite_url(path), key=key)
        try:
            kept = write_backup(engine, default_backup_path(sqlite_url(path), "before-restore"))
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
    elif path.stat().st_size > 0:
        state = inspect_file(path)
        if state.sqlite and not state.problem and state.revision is not None:
            engine = create_database_engine(sqlite_url(path))
            try:
                kept = write_backup(engine, default_backup_path(sqlite_url(path), "before-restore"))
            finally:
                engine.dispose()
            with closing(sqlite3.connect(path)) as raw:
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if kept is None:
        from kamdesk.store.opening import set_aside_name

        kept = set_aside_name(path)
        os.rename(path, kept)
        for suffix in ("-wal", "-shm"):  # a damaged file keeps what may rescue it
            if (companion := path.with_name(path.name + suffix)).exists():
                os.rename(companion, kept.with_name(kept.name + suffix))
    _remove_companions(path)  # checkpointed: nothing of the old database is left in them
    return kept


def _remove_companions(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
