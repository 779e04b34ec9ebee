"""A full disk (a real 1 MB filesystem): a clear message, what was saved before is intact."""

from __future__ import annotations

import sqlite3

import pytest

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.store.backup import write_backup
from kamdesk.store.database import open_database
from kamdesk.store.errors import DiskFullError
from kamdesk.store.location import sqlite_url

pytestmark = pytest.mark.sqlite_only("a full disk under the SQLite file and its backups (tmpfs)")


def _fill_until_full(service: AccountService) -> list[str]:
    saved = []
    with pytest.raises(DiskFullError, match="full") as full:
        for i in range(10_000):
            name = f"Konto {i} Sp. z o.o."
            service.create_account(AccountInput(name, notes="Notatki " * 4000))
            saved.append(name)
    assert "the data before it is intact" in str(full.value)
    return saved


def test_a_full_disk_refuses_the_write_and_keeps_everything_saved_before(small_filesystem):
    folder = small_filesystem("small", "2m")  # an empty database is about 0.6 MB
    path = folder / "kamdesk.sqlite3"
    db = open_database(sqlite_url(path))
    saved = _fill_until_full(AccountService(db))
    assert saved, "some accounts fit before the disk was full"
    db.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = [r[0] for r in raw.execute("SELECT name FROM account ORDER BY created_at")]
    assert names == saved
    reopened = open_database(sqlite_url(path))
    assert len(AccountService(reopened).list_accounts()) == len(saved)
    reopened.close()


def test_a_backup_onto_a_full_disk_says_so_and_leaves_no_partial_copy(
    sample_db, small_filesystem
):
    folder = small_filesystem("tiny", "256k")  # the sample portfolio is about 700 kB
    target = folder / "copy.sqlite3"
    with pytest.raises(DiskFullError, match="disk is full"):
        write_backup(sample_db.engine, target)
    assert list(folder.iterdir()) == []


def test_a_disk_too_small_for_a_new_database_says_so_and_leaves_no_file(small_filesystem):
    folder = small_filesystem("cramped", "700k")  # the file fits, the file and its WAL do not
    with pytest.raises(DiskFullError, match="disk full"):
        open_database(sqlite_url(folder / "kamdesk.sqlite3"))
    assert list(folder.iterdir()) == []
