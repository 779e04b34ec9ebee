"""Opening files that are damaged, empty, newer or half-migrated: refused, set aside, intact."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import create_engine

from kamdesk.services.backups import make_backup
from kamdesk.store.database import open_database
from kamdesk.store.errors import DamagedDatabaseError, DatabaseTooNewError
from kamdesk.store.location import sqlite_url
from kamdesk.store.migration import current_revision, upgrade


def _flip_pages(path, first: int = 5, last: int = 9) -> None:
    with sqlite3.connect(path) as raw:
        page = raw.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for i in range(page * first, min(len(data), page * last)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.sqlite_only("damages the bytes of the SQLite file")
def test_a_damaged_file_is_set_aside_untouched_and_the_newest_good_backup_offered(sample_db):
    path = sample_db.path
    older = make_backup(sample_db, "idle")
    newest = make_backup(sample_db, "closing")
    sample_db.close()
    _flip_pages(newest)  # the newest copy is damaged too: the one before it is offered
    _flip_pages(path)
    damaged_bytes = path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as refused:
        open_database(sqlite_url(path))
    error = refused.value
    assert error.newest_backup == older and str(older) in str(error)
    assert error.set_aside is not None and error.set_aside.read_bytes() == damaged_bytes
    assert not path.exists()
    with pytest.raises(DamagedDatabaseError, match="set aside as damaged"):
        open_database(sqlite_url(path))  # not silently replaced by an empty database
    assert not path.exists()


def test_an_empty_file_is_not_silently_replaced_by_a_new_database(tmp_path):
    path = tmp_path / "kamdesk.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(DamagedDatabaseError, match="empty"):
        open_database(sqlite_url(path))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("kamdesk.damaged-")]
    with pytest.raises(DamagedDatabaseError):
        open_database(sqlite_url(path))


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_newer_schema_is_refused_with_every_byte_unchanged(tmp_path, journal):
    path = tmp_path / "newer.sqlite3"
    open_database(sqlite_url(path)).close()
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA journal_mode={journal}")
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer KAMDesk"):
        open_database(sqlite_url(path))
    assert path.read_bytes() == before  # header bytes 18-19 (journal mode) included


def test_a_migration_that_fails_half_way_leaves_no_half_created_tables(tmp_path):
    """0002 creates the account index, then the person index; the second step fails here."""
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    engine.dispose()
    with sqlite3.connect(path) as raw:  # a table in the way of the migration's last step
        raw.execute("CREATE TABLE person_search (unrelated TEXT)")
    shutil.copyfile(path, tmp_path / "before.sqlite3")
    with pytest.raises(Exception, match="person_search"):
        open_database(sqlite_url(path))
    with sqlite3.connect(path) as raw:
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == "0001"
    assert not {"account_search", "account_search_ai", "person_search_ai"} & names


def test_an_upgrade_that_completes_is_at_head(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    engine.dispose()
    db = open_database(sqlite_url(path))
    try:
        from kamdesk.store.schema_version import SCHEMA_HEAD

        assert current_revision(db.engine) == SCHEMA_HEAD
    finally:
        db.close()
