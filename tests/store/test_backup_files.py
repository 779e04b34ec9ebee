"""Backups on real files: verified, private, never colliding, leftovers cleaned, thinned."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.backups import backup_before, backup_if_changed, make_backup
from kamdesk.store.backup import BackupFile, list_backups, remove_leftovers, write_backup
from kamdesk.store.backup_thinning import KeepPolicy, backups_to_remove
from kamdesk.store.database import create_database_engine, open_database
from kamdesk.store.errors import DamagedDatabaseError
from kamdesk.store.inspection import count_people, inspect_file
from kamdesk.store.location import sqlite_url

# A server is backed up by its own tools (pg_dump); these are copies of the file.
pytestmark = pytest.mark.sqlite_only("backups are copies of the SQLite file (VACUUM INTO)")


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_a_checked_private_copy_with_the_data(sample_db):
    path = make_backup(sample_db)
    assert inspect_file(path, full=True).problem is None
    assert count_people(path) == (12, 84)
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".partial")]


def test_the_database_and_its_folder_are_created_private(tmp_path):
    folder = tmp_path / "new" / "data"
    db = open_database(sqlite_url(folder / "kamdesk.sqlite3"))
    db.close()
    assert _mode(folder / "kamdesk.sqlite3") == 0o600
    assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700


def test_backups_made_in_the_same_second_never_collide(db):
    AccountService(db).create_account(AccountInput("Nguyễn Logistics JSC"))
    made = [make_backup(db, "before-restore") for _ in range(25)]
    assert len(set(made)) == 25
    assert all(p.is_file() for p in made)
    assert len(list_backups(made[0].parent)) == 25


def test_a_damaged_database_is_refused_and_nothing_is_written(sample_db, tmp_path):
    path = sample_db.path
    sample_db.close()
    _flip_pages(path)
    engine = create_database_engine(sqlite_url(path))  # past the open check, on purpose
    target = tmp_path / "copy.sqlite3"
    try:
        with pytest.raises(DamagedDatabaseError, match="damaged"):
            write_backup(engine, target)
    finally:
        engine.dispose()
    assert list(tmp_path.glob("*copy*")) == [] and not target.exists()


def test_leftovers_of_a_killed_backup_are_removed_at_the_next_open(sample_db):
    folder = sample_db.path.parent / "backups"
    folder.mkdir()
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    dead = int(child.stdout)  # a process that wrote a .partial and is gone
    leftover = folder / f".kamdesk-x.sqlite3.{dead}.0badcafe.partial"
    leftover.write_bytes(b"half a copy" * 1000)
    running = folder / f".kamdesk-y.sqlite3.{os.getpid()}.0badcafe.partial"
    running.write_bytes(b"a copy being written now")
    beside = sample_db.path.parent / f".kamdesk.sqlite3.{dead}.12345678.partial"
    beside.write_bytes(b"a killed restore's copy")
    sample_db.close()
    open_database(sqlite_url(sample_db.path)).close()
    assert not leftover.exists() and not beside.exists()
    assert running.exists(), "a copy still being written by a live process is left alone"
    assert remove_leftovers(folder) == []


def test_automatic_backups_only_when_something_changed(db):
    assert backup_if_changed(db, "idle") is None  # nothing written yet
    AccountService(db).create_account(AccountInput("Πειραιάς Ναυτιλιακή Α.Ε."))
    first = backup_if_changed(db, "idle")
    assert first is not None and "-idle-" in first.name
    assert backup_if_changed(db, "closing") is None  # nothing new since
    AccountService(db).list_accounts()  # reading is not a change
    assert backup_if_changed(db, "closing") is None
    AccountService(db).create_account(AccountInput("Kazan Steel JSC"))
    assert backup_if_changed(db, "closing") is not None


def test_a_risky_operation_is_preceded_by_a_backup_unless_this_state_is_kept(sample_db):
    first = backup_before(sample_db, "import")
    assert first is not None and count_people(first) == (12, 84)
    assert backup_before(sample_db, "empty-trash") is None  # the same state is already kept


def test_deleting_an_account_with_its_entries_is_preceded_by_a_backup(sample_db):
    from kamdesk.store.backup import list_backups
    from kamdesk.store.location import backup_folder_of

    baltic = AccountService(sample_db).find_account("Baltic Freight")
    AccountService(sample_db).delete_account(baltic.id)
    [copy] = list_backups(backup_folder_of(sample_db.path))
    assert "-before-delete-account-" in copy.path.name
    assert count_people(copy.path) == (12, 84)  # the account and its people are in it


def _copy(when: datetime, reason: str = "idle") -> BackupFile:
    from pathlib import Path

    return BackupFile(Path(f"/b/{when:%Y%m%d%H%M%S}-{reason}.sqlite3"), when, reason, 1)


def test_thinning_keeps_the_last_few_then_a_day_a_week_a_month():
    now = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
    hourly_today = [_copy(now - timedelta(hours=h)) for h in range(10)]
    daily = [_copy(now - timedelta(days=d, hours=1)) for d in range(1, 60)]
    monthly = [_copy(now - timedelta(days=30 * m)) for m in range(3, 20)]
    manual = _copy(now - timedelta(days=900), "manual")
    everything = hourly_today + daily + monthly + [manual]
    gone = {b.path for b in backups_to_remove(everything, KeepPolicy(3, 7, 4, 12))}
    kept = [b for b in everything if b.path not in gone]
    assert hourly_today[:3] == [b for b in kept if b in hourly_today]
    assert manual in kept, "a backup the user asked for is never thinned away"
    assert len(kept) <= 1 + 3 + 7 + 4 + 12
    assert all(d in kept for d in daily[:6]), "one a day for the last week (today counts)"
    weeks = {b.when.isocalendar()[:2] for b in kept if b in daily[6:]}
    assert len(weeks) <= 4, "then one a week"
    months = {(b.when.year, b.when.month) for b in kept if b.reason == "idle"}
    assert len(months) == 12, "one a month for a year"
    oldest = min(b.when for b in kept if b.reason == "idle")
    assert all(b.path in gone for b in everything if b.reason == "idle" and b.when < oldest)


def _flip_pages(path, first: int = 5, last: int = 9) -> None:
    """Damage the file as a failing disk does: pages in the middle turned to noise."""
    with sqlite3.connect(path) as raw:
        page = raw.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for i in range(page * first, min(len(data), page * last)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
