"""Restoring a backup: checked before anything is replaced, the replaced one kept, no stray copy."""

from __future__ import annotations

import sqlite3
import tempfile

import pytest

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.backups import make_backup
from kamdesk.store import restore as restoring
from kamdesk.store.database import open_database
from kamdesk.store.errors import DamagedDatabaseError, DatabaseTooNewError, NotADatabaseError
from kamdesk.store.inspection import count_people
from kamdesk.store.location import sqlite_url
from kamdesk.store.restore import restore_database

pytestmark = pytest.mark.sqlite_only("restoring puts a backup file in place of the SQLite file")


def _flip_pages(path, first: int = 5, last: int = 9) -> None:
    with sqlite3.connect(path) as raw:
        page = raw.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for i in range(page * first, min(len(data), page * last)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    """The system temporary folder, watched: a restore must leave no copy of the dossier in it."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_restoring_brings_the_backup_back_and_keeps_the_replaced_database(
    sample_db, private_temp
):
    backup = make_backup(sample_db)
    AccountService(sample_db).create_account(AccountInput("Mabuhay Foods Corporation"))
    sample_db.close()
    done = restore_database(sample_db.path, backup)
    assert count_people(sample_db.path) == (12, 84)
    assert done.kept is not None and count_people(done.kept) == (13, 84)
    assert "before-restore" in done.kept.name
    assert list(private_temp.iterdir()) == []
    assert not [p for p in sample_db.path.parent.iterdir() if p.name.endswith(".partial")]


def test_two_restores_in_one_second_keep_both_replaced_databases(sample_db):
    backup = make_backup(sample_db)
    sample_db.close()
    first = restore_database(sample_db.path, backup)
    second = restore_database(sample_db.path, backup)
    assert first.kept != second.kept and first.kept.exists() and second.kept.exists()


def test_a_damaged_backup_is_refused_and_the_database_is_untouched(sample_db, tmp_path):
    backup = make_backup(sample_db)
    sample_db.close()
    _flip_pages(backup)
    before = sample_db.path.read_bytes()
    with pytest.raises(DamagedDatabaseError, match=str(backup)):
        restore_database(sample_db.path, backup)
    assert sample_db.path.read_bytes() == before


def test_a_backup_from_a_newer_version_or_another_program_is_refused(db, tmp_path):
    newer = tmp_path / "newer.sqlite3"
    open_database(sqlite_url(newer)).close()
    with sqlite3.connect(newer) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    foreign = tmp_path / "invoices.sqlite3"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    photo = tmp_path / "holiday.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(4000))
    db.close()
    with pytest.raises(DatabaseTooNewError, match="newer.sqlite3"):
        restore_database(db.path, newer)
    with pytest.raises(NotADatabaseError, match="invoices.sqlite3"):
        restore_database(db.path, foreign)
    with pytest.raises(NotADatabaseError, match="holiday.jpg"):
        restore_database(db.path, photo)


def test_hooks_run_on_the_restored_database_before_it_goes_live(sample_db, monkeypatch):
    backup = make_backup(sample_db)
    sample_db.close()
    seen = []

    def forget_a_person(restored) -> None:
        seen.append(restored.path)
        with restored.session() as s:
            s.execute(__import__("sqlalchemy").text("DELETE FROM family_member"))

    monkeypatch.setattr(restoring, "AFTER_RESTORE_HOOKS", [forget_a_person])
    restore_database(sample_db.path, backup)
    assert seen and seen[0] != sample_db.path
    with sqlite3.connect(sample_db.path) as raw:
        assert raw.execute("SELECT count(*) FROM family_member").fetchone()[0] == 0


def test_a_refusing_hook_changes_nothing(sample_db, monkeypatch):
    backup = make_backup(sample_db)
    sample_db.close()
    before = sample_db.path.read_bytes()

    def refuse(_restored) -> None:
        raise RuntimeError("the erasure log cannot be applied")

    monkeypatch.setattr(restoring, "AFTER_RESTORE_HOOKS", [refuse])
    with pytest.raises(RuntimeError):
        restore_database(sample_db.path, backup)
    assert sample_db.path.read_bytes() == before
    assert not [p for p in sample_db.path.parent.iterdir() if p.name.startswith(".")]
