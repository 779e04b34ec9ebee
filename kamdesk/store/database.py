"""Opening a dossier database: engine, SQLite pragmas, migration on open, sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from kamdesk.store.errors import DatabaseBusyError, NotADatabaseError, StoreError
from kamdesk.store.location import sqlite_path


@dataclass
class Database:
    """An open database: hand it to services; they open one short session per operation."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    # The data key of an encrypted (SQLCipher) file, else None; never in a repr or a log.
    key: bytes | None = field(default=None, repr=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commit when the block ends, roll back on any error."""
        with self.sessions() as session:
            try:
                yield session
                session.commit()
            except OperationalError as error:
                session.rollback()
                raise _explain(error, self.url) from error
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()

    def reopen(self, key: bytes | None) -> None:
        """Open the same file again with `key`, after it was encrypted or decrypted in place;
        whoever holds this object (the window's pages) keeps working on it."""
        self.engine.dispose()
        fresh = open_database(self.url, key=key)
        self.engine, self.sessions, self.key = fresh.engine, fresh.sessions, key


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted rows are overwritten with zeros, not left readable in free pages (erasure).
        cursor.execute("PRAGMA secure_delete=ON")
    finally:
        cursor.close()


def create_database_engine(url: str, key: bytes | None = None) -> Engine:
    """An engine with the pragmas every KAMDesk SQLite connection needs; with `key`, every
    connection is a checked SQLCipher one (store.encryption)."""
    if key is not None:
        from kamdesk.store.encryption import encrypted_engine

        path = sqlite_path(url)
        if path is None:
            raise StoreError("only a SQLite database file can be encrypted")
        engine = encrypted_engine(path, key)
    elif url in ("sqlite://", "sqlite:///:memory:"):
        engine = create_engine(
            "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"check_same_thread": False})
        else:
            engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def open_database(url: str, *, migrate: bool = True, key: bytes | None = None) -> Database:
    """Open (creating or upgrading as needed) the database at `url`; an encrypted file
    needs its data `key` (kamdesk.services.encryption unlocks it).

    An older schema is backed up and upgraded; a newer one is refused untouched.
    """
    path = sqlite_path(url)
    if path is not None and path.exists() and path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a KAMDesk database")
    if key is None and path is not None:
        from kamdesk.store.keyfile import refuse_if_locked

        refuse_if_locked(path)
    engine = create_database_engine(url, key)
    try:
        if migrate and not _is_current(engine):
            from kamdesk.store.migration import upgrade_to_head

            upgrade_to_head(engine, url)
    except DatabaseError as error:
        engine.dispose()
        raise _explain(error, url) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False), key)


def _is_current(engine: Engine) -> bool:
    """True when the schema is already at the newest revision (the fast, usual path)."""
    from kamdesk.store.schema_version import SCHEMA_HEAD

    with engine.connect() as connection:
        if not connection.dialect.has_table(connection, "alembic_version"):
            return False
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            SCHEMA_HEAD
        )


def _explain(error: DatabaseError, url: str) -> StoreError:
    text = str(error.orig) if error.orig is not None else str(error)
    where = sqlite_path(url) or url
    if "locked" in text or "busy" in text:
        return DatabaseBusyError(f"{where} is busy: another program is writing to it ({text})")
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return NotADatabaseError(f"{where} is not a readable KAMDesk database ({text})")
    return StoreError(f"cannot use the database {where}: {text}")
