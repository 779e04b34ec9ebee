"""Before a SQLite file is opened for writing: look at it read-only and decide.

Runs before any engine exists, so nothing here can switch a file to WAL or write its header:
a newer, foreign or damaged file is left byte for byte as it was (a damaged one is renamed
aside, never overwritten, so the user can hand it to someone who can rescue it).
"""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime
from pathlib import Path

from kamdesk.store.backup import newest_good_backup, remove_leftovers
from kamdesk.store.errors import (
    DamagedDatabaseError,
    DatabaseTooNewError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyError,
)
from kamdesk.store.explain import folder_is_writable
from kamdesk.store.inspection import inspect_file
from kamdesk.store.location import PRIVATE_FILE, backup_folder_of, make_private_folder

DAMAGED = "damaged"


def prepare_file(path: Path) -> bool:
    """Check (or create, privately) the file at `path`; True when it can only be read."""
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a KAMDesk database")
    remove_leftovers(path.parent)  # a killed restore's copy, beside the database
    remove_leftovers(backup_folder_of(path))  # a killed backup's .partial files
    if not path.exists():
        _refuse_after_damage(path)
        _create_whole(path)
        return False
    if path.stat().st_size == 0:
        _set_aside(path, "it is empty (0 bytes)")
    from kamdesk.store.early_look import taken_look

    state = taken_look(path) or inspect_file(path)  # the window may have started it early
    if not state.sqlite:
        raise NotADatabaseError(f"{path} is not a readable KAMDesk database ({state.problem})")
    if state.problem:
        _set_aside(path, f"it is damaged ({state.problem})")
    if not state.is_kamdesk:
        raise NotADatabaseError(f"{path} holds tables but is not a KAMDesk database")
    from kamdesk.store.schema_version import SCHEMA_HEAD

    if state.revision not in (None, SCHEMA_HEAD):  # Alembic is loaded only then (0.2 s)
        from kamdesk.store.migration import is_known_revision

        if not is_known_revision(state.revision):
            raise DatabaseTooNewError(
                f"{path} was written by a newer KAMDesk (schema {state.revision}); "
                "update KAMDesk to open it. The file was not changed."
            )
    return not _writable(path)


def _writable(path: Path) -> bool:
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as error:
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return False
        raise
    return folder_is_writable(path.parent)  # WAL needs its -wal and -shm files beside it


def _create_whole(path: Path) -> None:
    """Create a new, private database that appears under its name complete, schema and all.

    Built in a hidden file and linked into place: another process never sees it half made
    (an empty file would be taken for a damaged one), and of two creating it at once, one wins.
    """
    from kamdesk.store.backup import partial_path
    from kamdesk.store.database import create_database_engine
    from kamdesk.store.location import sqlite_url
    from kamdesk.store.migration import upgrade

    _create_private(path.parent, partial := partial_path(path))
    try:
        engine = create_database_engine(sqlite_url(partial))
        try:
            upgrade(engine, "head")
        finally:
            engine.dispose()
        # The last connection folds the WAL into the file; where it could not (a full disk),
        # the file alone is not the database and must not be linked into place.
        wal = partial.with_name(partial.name + "-wal")
        problem = inspect_file(partial).problem
        if problem or (wal.exists() and wal.stat().st_size > 0):
            raise DiskFullError(
                f"cannot create the database {path}: it could not be written whole "
                f"(is the disk full?){f' ({problem})' if problem else ''}; nothing was created"
            )
        try:
            os.link(partial, path)
        except FileExistsError:
            pass  # another process created it first: use theirs
        except OSError:
            if not path.exists():
                os.replace(partial, path)  # a file system without hard links
    finally:
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def _create_private(folder: Path, path: Path) -> None:
    try:
        make_private_folder(folder)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        pass
    except OSError as error:
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise ReadOnlyError(f"{folder} is read-only: cannot create a database there") from None
        raise


def set_aside_name(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return path.with_name(f"{path.stem}.{DAMAGED}-{stamp}{path.suffix}")


def _set_aside(path: Path, why: str) -> None:
    """Rename the file (and its -wal/-shm) aside and refuse it, naming the backup to restore."""
    target = set_aside_name(path)
    aside: Path | None = target
    try:
        os.rename(path, target)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.rename(companion, target.with_name(target.name + suffix))
    except OSError:
        aside = None  # a read-only folder: leave it where it is, still refused
    backup = newest_good_backup(backup_folder_of(path))
    kept = f"; it was set aside as {aside.name}" if aside else ""
    raise DamagedDatabaseError(
        f"{path} cannot be used: {why}{kept}. {_offer(backup)}", path, aside, backup
    )


def _offer(backup: Path | None) -> str:
    if backup is None:
        return "No good backup was found."
    return f"Restore the newest good backup: kamdesk restore '{backup}'"


def _refuse_after_damage(path: Path) -> None:
    """A database set aside as damaged is not silently replaced by a new, empty one."""
    aside = sorted(path.parent.glob(f"{path.stem}.{DAMAGED}-*{path.suffix}"))
    if aside:
        backup = newest_good_backup(backup_folder_of(path))
        raise DamagedDatabaseError(
            f"{path} was set aside as damaged ({aside[-1].name}). {_offer(backup)}; "
            f"or move {aside[-1].name} elsewhere to start an empty database",
            path, aside[-1], backup,
        )
