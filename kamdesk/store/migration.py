"""Alembic owns the schema: bring a database to the newest revision, safely."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, text

from kamdesk.store.database import IMMEDIATE_OPTION
from kamdesk.store.errors import DatabaseTooNewError, NotADatabaseError, StoreError
from kamdesk.store.location import shown_url, sqlite_path


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("kamdesk") / "migrations"))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(revision: str) -> bool:
    """Whether this KAMDesk knows `revision` (an unknown one was written by a newer version)."""
    from kamdesk.store.schema_version import SCHEMA_HEAD

    if revision == SCHEMA_HEAD:
        return True
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        return False
    return True


def upgrade_to_head(engine: Engine, url: str, *, backup: bool = True) -> None:
    """Upgrade to head; back the file up first when it already holds an older schema."""
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        has_tables = bool(connection.dialect.get_table_names(connection))
    if current is None and has_tables:
        raise NotADatabaseError(
            f"{sqlite_path(url) or shown_url(url)} holds tables but is not a KAMDesk database"
        )
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError:
            raise DatabaseTooNewError(
                f"{sqlite_path(url) or shown_url(url)} was written by a newer KAMDesk "
                f"(schema {current}); update KAMDesk to open it. The file was not changed."
            ) from None
    if current == script.get_current_head():
        return
    if current is not None and backup:
        from kamdesk.store.backup import backup_before_upgrade

        backup_before_upgrade(engine, url, current)
    upgrade(engine, "head")


def upgrade(engine: Engine, revision: str) -> None:
    """Run migrations up to `revision` in one transaction, DDL included, foreign keys off.

    Python's sqlite3 driver runs `CREATE` outside the transaction it opened for DML, so the
    driver's transaction handling is switched off on this connection and `BEGIN` is said
    here (a KAMDesk engine already does so; any other engine is handled the same way).
    A batch migration rebuilds tables; with foreign keys on, dropping the old table would
    cascade-delete child rows. SQLite ignores the pragma inside a transaction, so it is
    switched off before the transaction begins and checked after.
    """
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        raw = connection.connection.driver_connection if sqlite else None
        if raw is not None:
            raw.isolation_level = None
            raw.execute("PRAGMA foreign_keys=OFF")
            # the write lock first: a second process creating the same file waits, then finds
            # the schema done (Alembic reads the revision inside this transaction)
            connection.execution_options(**{IMMEDIATE_OPTION: True})
        try:
            with connection.begin():
                if raw is not None and not raw.in_transaction:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                command.upgrade(alembic_config(connection), revision)
                if sqlite:
                    broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if broken:
                        raise StoreError(
                            f"the upgrade would leave {len(broken)} broken reference(s), "
                            f"first in table {broken[0][0]}; nothing was changed"
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
