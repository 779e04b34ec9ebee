"""Backups: the status line says when the last copy was made; File ▸ Back up now makes one."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.backups import backup_folder, last_backup, make_backup
from kamdesk.store.database import open_database
from kamdesk.store.errors import StoreError

pytestmark = pytest.mark.sqlite_only  # backups copy the SQLite file; a server has its own


def test_a_fresh_database_has_never_been_backed_up(db):
    assert last_backup(db) is None


def test_backing_up_now_writes_a_copy_that_opens_with_the_data(db):
    AccountService(db).create_account(AccountInput("Sava Power d.o.o."))
    before = datetime.now().astimezone() - timedelta(seconds=2)
    copy = make_backup(db)
    assert copy.parent == backup_folder(db) == db.path.parent / "backups"
    assert copy.is_file()
    assert before <= last_backup(db) <= datetime.now().astimezone() + timedelta(seconds=2)
    restored = open_database(f"sqlite:///{copy}")
    try:
        names = [a.name for a in AccountService(restored).list_accounts()]
    finally:
        restored.close()
    assert names == ["Sava Power d.o.o."]


def test_the_newest_copy_in_the_folder_counts(db):
    folder = backup_folder(db)
    folder.mkdir()
    old, new = folder / "kamdesk-old.sqlite3", folder / "kamdesk-new.sqlite3"
    for path, stamp in ((old, datetime(2026, 1, 5, 9, 0)), (new, datetime(2026, 11, 20, 17, 30))):
        path.write_bytes(b"")
        os.utime(path, (stamp.timestamp(), stamp.timestamp()))
    (folder / "notes.txt").write_text("not a backup")
    assert last_backup(db) == datetime(2026, 11, 20, 17, 30).astimezone()


def test_a_database_without_a_file_cannot_be_backed_up_here():
    memory = open_database("sqlite://")
    try:
        assert last_backup(memory) is None
        with pytest.raises(StoreError):
            make_backup(memory)
    finally:
        memory.close()
