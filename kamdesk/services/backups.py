"""Backups of the database file: made when it matters, thinned, listed, and the last one shown.

Automatic copies are made when there are changes and the app is idle or closing, and before
every operation that can lose much at once (an import, a restore, emptying the trash; the
store itself backs up before a schema upgrade).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from kamdesk.store.backup import default_backup_path, list_backups, write_backup
from kamdesk.store.backup_thinning import KeepPolicy, thin_backups
from kamdesk.store.database import Database
from kamdesk.store.location import backup_folder_of


@dataclass(frozen=True)
class BackupSummary:
    """One backup as the user sees it: when, why, how big, and what it holds."""

    path: Path
    when: datetime  # local time
    reason: str
    size: int
    accounts: int | None  # None: the copy cannot be read
    people: int | None


def backup_folder(db: Database) -> Path | None:
    """The folder next to the database file where its copies go (None for a server database)."""
    path = db.path
    return backup_folder_of(path) if path is not None else None


def last_backup(db: Database, folder: Path | None = None) -> datetime | None:
    """When the newest copy in the backups folder was written, in local time; None if none."""
    folder = folder or backup_folder(db)
    found = list_backups(folder) if folder is not None else []
    return found[0].when.astimezone() if found else None


def make_backup(db: Database, reason: str = "manual", folder: Path | None = None) -> Path:
    """Copy the live database into the backups folder; raises StoreError if it cannot."""
    mark = db.changes.committed
    path = write_backup(db.engine, default_backup_path(db.url, reason, folder))
    db.changes.mark_backed_up(mark)
    return path


def backup_before(db: Database, what: str, policy: KeepPolicy | None = None) -> Path | None:
    """The copy taken before `what` (import, empty-trash…) unless this very state is kept."""
    if db.path is None or db.read_only or not db.changes.backup_due_before_risk:
        return None
    if _is_empty(db):
        return None  # nothing to lose
    path = make_backup(db, f"before-{what}")
    thin_backups(list_backups(path.parent), policy)
    return path


def backup_if_changed(
    db: Database, reason: str, policy: KeepPolicy | None = None, folder: Path | None = None
) -> Path | None:
    """The automatic copy when idle or closing: made only if something changed since the last."""
    if db.path is None or db.read_only or not db.changes.changed_since_backup:
        return None
    path = make_backup(db, reason, folder)
    thin_backups(list_backups(path.parent), policy)
    return path


def backup_summaries(db_path: Path, folder: Path | None = None) -> list[BackupSummary]:
    """The backups of the database at `db_path`, newest first, each with what it holds."""
    summaries = []
    for backup in list_backups(folder or backup_folder_of(db_path)):
        counts = backup.counts()
        accounts, people = counts if counts is not None else (None, None)
        summaries.append(
            BackupSummary(
                backup.path, backup.when.astimezone(), backup.reason, backup.size, accounts, people
            )
        )
    return summaries


def _is_empty(db: Database) -> bool:
    from kamdesk.store.models import Account, Person

    with db.session() as s:
        return not (
            s.scalar(select(func.count()).select_from(Account))
            or s.scalar(select(func.count()).select_from(Person))
        )
