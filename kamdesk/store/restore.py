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

from kamdesk.store.backup import default_backup_path, partial_path, write_backup
from kamdesk.store.database import Database, create_database_engine, open_database
from kamdesk.store.errors import (
    DamagedDatabaseError,
    DatabaseTooNewError,
    NotADatabaseError,
    StoreError,
)
from kamdesk.store.inspection import inspect_file
from kamdesk.store.location import make_private_folder, sqlite_url

# Run on the restored database before it goes live, e.g. to apply the erasure log again
# (a person erased after the backup was made stays erased). A hook raises to refuse it.
AFTER_RESTORE_HOOKS: list[Callable[[Database], None]] = []


@dataclass(frozen=True)
class Restored:
    source: Path  # as the user gave it
    kept: Path | None  # the replaced database, now a backup (None when there was none)


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


def restore_database(path: Path, source: Path) -> Restored:
    """Replace the database file at `path` with a checked copy of `source`.

    Every connection to `path` must be closed first. A bad backup changes nothing.
    """
    validate_backup(source)
    make_private_folder(path.parent)
    candidate = partial_path(path)
    try:
        reader = create_database_engine(sqlite_url(source), read_only=True)
        try:
            write_backup(reader, candidate)
        finally:
            reader.dispose()
        restored = open_database(sqlite_url(candidate), backup=False)  # upgrades an old one
        try:
            for hook in AFTER_RESTORE_HOOKS:
                hook(restored)
        finally:
            restored.close()  # the last connection folds its WAL back into the file
        problem = inspect_file(candidate, full=True).problem
        if problem:
            raise StoreError(f"the restored copy of {source} failed its check ({problem})")
        kept = _keep_current(path)
        os.replace(candidate, path)
        _remove_companions(candidate)
    except BaseException:
        candidate.unlink(missing_ok=True)
        _remove_companions(candidate)
        raise
    return Restored(source, kept)


def _keep_current(path: Path) -> Path | None:
    """Save the database about to be replaced as a backup (a damaged one is set aside)."""
    if not path.exists():
        return None
    kept = None
    if path.stat().st_size > 0:
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
