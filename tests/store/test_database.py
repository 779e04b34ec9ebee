"""Opening, migrating and refusing databases, on real SQLite files."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select, text

from kamdesk.store.database import open_database
from kamdesk.store.errors import DatabaseTooNewError, NotADatabaseError
from kamdesk.store.migration import current_revision, head_revision
from kamdesk.store.models import Account, Person


def test_a_new_database_is_created_at_the_newest_schema(tmp_path):
    path = tmp_path / "deep" / "folder" / "k.sqlite3"
    db = open_database(f"sqlite:///{path}")
    assert path.exists()
    assert current_revision(db.engine) == head_revision()
    db.close()


@pytest.mark.sqlite_only("the pragmas of a SQLite connection")
def test_sqlite_runs_with_wal_full_sync_and_foreign_keys(db):
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_rows_get_uuid_keys_and_timestamps(db):
    with db.session() as s:
        account = Account(name="Baltic Freight Sp. z o.o.")
        s.add(account)
    with db.session() as s:
        stored = s.scalar(select(Account))
        assert stored.id.version == 4
        assert stored.created_at is not None and stored.updated_at is not None


def test_a_failed_operation_leaves_nothing_half_written(db):
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Account(name="Ruhr Kabelwerk GmbH"))
        s.flush()
        raise RuntimeError("the user's machine lost power")
    with db.session() as s:
        assert s.scalar(select(Account)) is None


def test_foreign_keys_are_enforced(db):
    import uuid

    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Person(account_id=uuid.uuid4(), full_name="Nobody's Person"))


def test_a_database_from_a_newer_version_is_refused_and_not_touched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer KAMDesk"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path):
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="not a readable KAMDesk database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_another_programs_database_is_not_adopted(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(NotADatabaseError, match="not a KAMDesk database"):
        open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(NotADatabaseError, match="is a folder"):
        open_database(f"sqlite:///{tmp_path}")


def test_the_in_memory_database_works_for_quick_jobs():
    db = open_database("sqlite://")
    with db.session() as s:
        s.add(Account(name="Mindanao Foods Corporation"))
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM account")).scalar() == 1
    db.close()
