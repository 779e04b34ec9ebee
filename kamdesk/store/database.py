"""Opening a dossier database: engine, SQLite pragmas, migration on open, sessions.

A SQLite file is looked at read-only first (`store/opening.py`): a damaged one is set aside,
a newer or foreign one refused, all before any pragma writes it. Connections run in explicit
transaction mode (SQLAlchemy's pysqlite recipe: the driver's own transaction handling off,
`BEGIN` emitted on begin), so DDL is inside the transaction like everything else, and a
session that decides what to write takes the write lock first (`BEGIN IMMEDIATE`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine.interfaces import DBAPIConnection, DBAPICursor
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection, QueuePool, StaticPool

from kamdesk.store.errors import StoreError
from kamdesk.store.explain import explain_database_error, explain_url_error
from kamdesk.store.location import shown_url, sqlite_path

IMMEDIATE_OPTION = "kamdesk_begin_immediate"
# Statements that write: the first of them in a transaction takes SQLite's write lock.
_WRITES = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.IGNORECASE)
BUSY_TIMEOUT_MS = 5_000
WRITE_LOCK = 0x4B414D  # "KAM": the PostgreSQL advisory lock taken by a deciding writer


@dataclass
class ChangeCounter:
    """Commits that wrote something, and how many had been made at the last backup."""

    committed: int = 0
    backup_mark: int | None = None

    @property
    def changed_since_backup(self) -> bool:
        return self.committed != (self.backup_mark or 0)

    @property
    def backup_due_before_risk(self) -> bool:
        """Before an import, a restore or emptying the trash: unless this very state is kept."""
        return self.backup_mark is None or self.committed != self.backup_mark

    def mark_backed_up(self, at: int) -> None:
        self.backup_mark = at


@dataclass
class Database:
    """An open database: hand it to services; they open one short session per operation."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False
    changes: ChangeCounter = field(default_factory=ChangeCounter)
    # The data key of an encrypted (SQLCipher) file, else None; never in a repr or a log.
    key: bytes | None = field(default=None, repr=False)
    # (thread id, milliseconds): that thread waits this long for another writer's lock.
    brief_wait: tuple[int, int] | None = field(default=None, repr=False)

    def wait_briefly_on_this_thread(self, ms: int) -> None:
        """On a file another program is writing, sessions opened by this thread (a window's)
        give up after `ms` with DatabaseBusyError instead of BUSY_TIMEOUT_MS, so the window
        never hangs for seconds; other threads (background jobs) keep waiting the full time."""
        first = self.brief_wait is None
        self.brief_wait = (threading.get_ident(), ms)
        if first and self.is_sqlite:
            _brief_wait_on(self.engine, self)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One transaction: commit when the block ends, roll back on any error.

        `write=True` takes SQLite's write lock when the transaction begins, so the checks
        that decide what to write (is this person known? is the database empty?) see what
        any other writer has committed and no one can commit in between.
        """
        if write and self.read_only:
            from kamdesk.store.errors import ReadOnlyError

            raise ReadOnlyError(f"{self.path} is read-only: nothing can be saved to it")
        with self.sessions() as session:
            try:
                if write and self.is_sqlite:
                    session.connection(execution_options={IMMEDIATE_OPTION: True})
                elif write and self.engine.dialect.name == "postgresql":
                    # the same on a server: one deciding writer at a time, until commit
                    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
                yield session
                session.commit()
            except DatabaseError as error:
                session.rollback()
                if _explainable(error):
                    raise explain_database_error(error, self.url) from error
                raise
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
        if self.brief_wait is not None and self.is_sqlite:
            _brief_wait_on(self.engine, self)


def _brief_wait_on(engine: Engine, db: Database) -> None:
    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry,
                  _proxy: PoolProxiedConnection) -> None:
        thread, ms = db.brief_wait or (None, BUSY_TIMEOUT_MS)
        wait = ms if threading.get_ident() == thread else BUSY_TIMEOUT_MS
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={wait}")
        finally:
            cursor.close()


def _explainable(error: DatabaseError) -> bool:
    """Failures of the file or the server (not a broken rule such as a foreign key)."""
    from sqlalchemy.exc import OperationalError

    return isinstance(error, OperationalError) or type(error) is DatabaseError


def _driver_connection(connection: Connection) -> Any:
    """The driver's own connection (sqlite3's or SQLCipher's) under a SQLAlchemy one."""
    driver = connection.connection.driver_connection
    assert driver is not None  # checked out of the pool, so never detached
    return driver


def _sqlite_events(engine: Engine, changes: ChangeCounter, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None  # we say BEGIN ourselves (see _begin)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
            # FULL in WAL mode: a commit that returned survives a power loss (docs/data-safety).
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            if not read_only:
                # Deleted rows are overwritten with zeros, not left readable in free pages.
                cursor.execute("PRAGMA secure_delete=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return  # VACUUM and checkpoints (erasure, compaction) run outside a transaction
        if options.get(IMMEDIATE_OPTION):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        # Otherwise the transaction begins at its first write (below), with the write lock:
        # a deferred BEGIN would read a snapshot that another writer's commit makes stale,
        # and SQLite then refuses the write at once ("database is locked") instead of waiting.

    @event.listens_for(engine, "before_cursor_execute")
    def _begin_at_first_write(connection: Connection, cursor: DBAPICursor, statement: str,
                              *_args: object) -> None:
        if _driver_connection(connection).in_transaction:
            return
        if connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
            return
        if _WRITES.match(statement):
            cursor.execute("BEGIN IMMEDIATE")

    @event.listens_for(engine, "commit")
    def _count_writes(connection: Connection) -> None:
        fairy = connection.connection
        total = _driver_connection(connection).total_changes
        if total != fairy.info.get("kamdesk_changes", 0):
            changes.committed += 1
        fairy.info["kamdesk_changes"] = total


def create_database_engine(
    url: str,
    *,
    read_only: bool = False,
    changes: ChangeCounter | None = None,
    key: bytes | None = None,
) -> Engine:
    """An engine with the pragmas and transaction mode every KAMDesk SQLite connection needs."""
    changes = changes if changes is not None else ChangeCounter()
    try:
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
        elif (path := sqlite_path(url)) is not None:
            if read_only:
                from kamdesk.store.inspection import read_only_connection

                engine = create_engine(
                    "sqlite://", creator=lambda: read_only_connection(path), poolclass=QueuePool
                )
            else:
                engine = create_engine(url, connect_args={"check_same_thread": False})
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as error:
        raise explain_url_error(error, url) from None
    if engine.dialect.name == "sqlite":
        _sqlite_events(engine, changes, read_only=read_only)
    return engine


def open_database(
    url: str, *, migrate: bool = True, backup: bool = True, key: bytes | None = None
) -> Database:
    """Open (creating or upgrading as needed) the database at `url`; an encrypted file
    needs its data `key` (kamdesk.services.encryption unlocks it).

    A damaged SQLite file is set aside and refused (DamagedDatabaseError names the newest good
    backup); a newer schema is refused with the file untouched; an older one is backed up
    (unless `backup` is False) and upgraded in one transaction.
    """
    from kamdesk.store.opening import prepare_file

    path = sqlite_path(url)
    if path is not None and key is None:
        from kamdesk.store.keyfile import refuse_if_locked

        refuse_if_locked(path)  # encrypted: say so, rather than "not a readable database"
    # An encrypted file cannot be looked at without its key: SQLCipher checks it on connect.
    read_only = prepare_file(path) if path is not None and key is None else False
    changes = ChangeCounter()
    engine = create_database_engine(url, read_only=read_only, changes=changes, key=key)
    try:
        if migrate and not _is_current(engine):
            if read_only:
                from kamdesk.store.errors import ReadOnlyError

                raise ReadOnlyError(
                    f"{path} is read-only and needs an upgrade before this KAMDesk can use it"
                )
            from kamdesk.store.migration import upgrade_to_head

            upgrade_to_head(engine, url, backup=backup)
    except DBAPIError as error:
        engine.dispose()
        if path is None and engine.dialect.name != "sqlite":
            raise StoreError(
                f"cannot connect to {shown_url(url)}: the server did not answer, refused the "
                "connection or the login"
            ) from None
        raise explain_database_error(error, url) from error
    except BaseException:
        engine.dispose()
        raise
    changes.committed = 0  # the upgrade's own writes are not the user's changes
    return Database(
        url, engine, sessionmaker(engine, expire_on_commit=False), read_only, changes, key
    )


def _is_current(engine: Engine) -> bool:
    """True when the schema is already at the newest revision (the fast, usual path)."""
    from kamdesk.store.schema_version import SCHEMA_HEAD

    with engine.connect() as connection:
        if not connection.dialect.has_table(connection, "alembic_version"):
            return False
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            SCHEMA_HEAD
        )
