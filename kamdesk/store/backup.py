"""Verified copies of a SQLite database, and the list of them in the backups folder.

A copy is written with `VACUUM INTO` on the open connection (so a keyed, encrypted database
gives an encrypted copy: the backup API cannot copy one), to a `.partial` file in the target
folder; it is synced, reopened and `integrity_check`ed, and only then renamed to its name.
A damaged source is refused before anything is written.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from kamdesk.store.encryption import is_keyed
from kamdesk.store.errors import DamagedDatabaseError, DiskFullError, ReadOnlyError, StoreError
from kamdesk.store.inspection import check_summary, count_people, inspect_file
from kamdesk.store.location import PRIVATE_FILE, PRIVATE_FOLDER, backup_folder_of, sqlite_path

PARTIAL = ".partial"
ABANDONED_AFTER_S = 600  # where the writer cannot be asked: no growth for ten minutes
# kamdesk-20261201-203000-123456-before-import-3fa9c2.sqlite3 (UTC, microseconds, a random tag)
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>.+)-(?P<tag>[0-9a-f]{6})\.sqlite3$"
)
_OLD_NAME = re.compile(r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})-(?P<reason>.+)\.sqlite3$")


def _keyed_copy_problem(source: sqlite3.Connection, copy: Path) -> str | None:
    """The integrity of an encrypted copy, read through the keyed connection that wrote it
    (an attached database without KEY takes the main database's key)."""
    source.execute("ATTACH DATABASE ? AS written_copy", (str(copy),))
    try:
        found = [r[0] for r in source.execute("PRAGMA written_copy.integrity_check").fetchmany(5)]
    finally:
        source.execute("DETACH DATABASE written_copy")
    return check_summary(found)


def write_backup(engine: Engine, destination: Path) -> Path:
    """Write a verified copy of the database behind `engine` to `destination`.

    The one function every backup goes through (automatic, manual, before a restore).
    Raises DamagedDatabaseError for a damaged source, DiskFullError, ReadOnlyError or
    StoreError; on any failure nothing is left at `destination` or beside it.
    """
    destination = Path(destination)
    partial = partial_path(destination)
    problem: str | None = None
    keyed = False
    driver = engine.dialect.loaded_dbapi  # sqlite3, or sqlcipher3 for an encrypted file
    try:
        destination.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        # VACUUM INTO accepts an empty file: creating it first makes it private from the start.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            assert source is not None  # a connection just checked out of the pool
            try:
                found = [r[0] for r in source.execute("PRAGMA quick_check").fetchmany(5)]
            except (sqlite3.DatabaseError, driver.DatabaseError) as error:
                found = [str(error)]
            if problem := check_summary(found):
                raise _damaged(engine, problem)
            keyed = is_keyed(engine)
            if keyed:
                # SQLCipher writes the copy encrypted with the same key; it wants no file there.
                partial.unlink()
            source.execute("VACUUM INTO ?", (str(partial),))
            if keyed:
                problem = _keyed_copy_problem(source, partial)
        finally:
            raw.close()
        _sync(partial)
        if not keyed:
            problem = inspect_file(partial, full=True).problem
        if problem:
            raise StoreError(f"the copy written to {destination} failed its check ({problem})")
        os.chmod(partial, PRIVATE_FILE)
        os.replace(partial, destination)
        _sync_folder(destination.parent)
    except (OSError, sqlite3.Error, driver.Error) as error:
        partial.unlink(missing_ok=True)
        raise _explain_write_error(error, destination) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def _damaged(engine: Engine, problem: str) -> StoreError:
    where = sqlite_path(engine.url.render_as_string(hide_password=False))
    if where is None:  # not a file (an in-memory database): nothing to restore over
        return StoreError(f"the database is damaged ({problem}); no backup was written")
    return DamagedDatabaseError(
        f"{where} is damaged ({problem}); no backup was written", where, None, None
    )


def _explain_write_error(error: Exception, destination: Path) -> StoreError:
    text = str(error)
    if "malformed" in text:
        return DamagedDatabaseError(
            f"the database is damaged ({text}); no backup was written", destination, None, None
        )
    if getattr(error, "errno", None) == errno.ENOSPC or "disk is full" in text:
        return DiskFullError(f"the disk is full: the backup {destination} was not written")
    if getattr(error, "errno", None) in (errno.EROFS, errno.EACCES) or "readonly" in text:
        return ReadOnlyError(f"{destination.parent} is read-only: the backup was not written")
    reason = getattr(error, "strerror", None) or text
    return StoreError(f"cannot write the backup {destination}: {reason}")


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable; not possible (nor needed) on every platform."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def backup_name(database: Path, reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return f"{database.stem}-{stamp}-{reason}-{uuid.uuid4().hex[:6]}.sqlite3"


def default_backup_path(url: str, reason: str, folder: Path | None = None) -> Path:
    """Where a backup of the database at `url` goes: a name that never collides."""
    path = sqlite_path(url)
    if path is None:
        raise StoreError("only a SQLite database file can be backed up this way")
    return (folder or backup_folder_of(path)) / backup_name(path, reason)


def backup_before_upgrade(engine: Engine, url: str, revision: str) -> Path | None:
    if sqlite_path(url) is None:
        return None  # a server database is backed up by its administrator
    return write_backup(engine, default_backup_path(url, f"before-upgrade-from-{revision}"))


@dataclass(frozen=True)
class BackupFile:
    """One copy in a backups folder, as `kamdesk backups` and File ▸ Restore… list it."""

    path: Path
    when: datetime  # aware, UTC
    reason: str
    size: int

    def counts(self) -> tuple[int, int] | None:
        """(accounts, people) it holds, read from the file; None when unreadable."""
        return count_people(self.path)


def list_backups(folder: Path) -> list[BackupFile]:
    """The copies in `folder`, newest first (leftover `.partial` files are not copies)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite3"):
        if not path.is_file() or path.name.startswith("."):
            continue
        stat = path.stat()
        if match := _NAME.match(path.name):
            when = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
            reason = match["reason"]
        elif match := _OLD_NAME.match(path.name):  # named by earlier versions, in local time
            when = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").astimezone(UTC)
            reason = match["reason"]
        else:
            when, reason = datetime.fromtimestamp(stat.st_mtime, UTC), "copy"
        found.append(BackupFile(path, when, reason, stat.st_size))
    return sorted(found, key=lambda b: b.when, reverse=True)


def newest_good_backup(folder: Path) -> Path | None:
    """The newest copy in `folder` that passes `integrity_check` (each is checked in turn)."""
    for backup in list_backups(folder):
        state = inspect_file(backup.path, full=True)
        if state.sqlite and state.problem is None and state.revision is not None:
            return backup.path
    return None


def partial_path(destination: Path) -> Path:
    """The hidden file a copy is written to first; it names the process writing it."""
    return destination.with_name(
        f".{destination.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}{PARTIAL}"
    )


def _abandoned(partial: Path) -> bool:
    """True when the process that wrote `partial` is gone (or it has not grown for long)."""
    try:
        pid = int(partial.name.rsplit(".", 3)[-3])
    except (ValueError, IndexError):
        pid = None
    if pid is not None and os.name == "posix":
        try:
            os.kill(pid, 0)  # signal 0 only asks whether the process exists
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False  # its writer still runs
    try:
        return time.time() - partial.stat().st_mtime > ABANDONED_AFTER_S
    except OSError:
        return False


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete what a killed backup or restore left in `folder`: its `.partial` files."""
    removed = []
    if folder.is_dir():
        for path in folder.glob(f".*{PARTIAL}"):
            if not _abandoned(path):
                continue
            try:
                path.unlink()
                for suffix in ("-wal", "-shm", "-journal"):
                    path.with_name(path.name + suffix).unlink(missing_ok=True)
            except OSError:
                continue
            removed.append(path)
    return removed


def ensure_private(folder: Path) -> None:
    """The backups folder and what it holds are the user's only (0700 / 0600)."""
    if folder.is_dir():
        os.chmod(folder, PRIVATE_FOLDER)

