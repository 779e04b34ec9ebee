"""Alembic owns the schema: bring a database to the newest revision, safely."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, text

from kamdesk.store.errors import DatabaseTooNewError, NotADatabaseError, StoreError
from kamdesk.store.location import sqlite_path


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


def upgrade_to_head(engine: Engine, url: str) -> None:
    """Upgrade to head; back the file up first when it already holds an older schema."""
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        has_tables = bool(connection.dialect.get_table_names(connection))
    if current is None and has_tables:
        raise NotADatabaseError(
            f"{sqlite_path(url) or url} holds tables but is not a KAMDesk database"
        )
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError:
            raise DatabaseTooNewError(
                f"{sqlite_path(url) or url} was written by a newer KAMDesk (schema {current}); "
                "update KAMDesk to open it. The file was not changed."
            ) from None
    if current == script.get_current_head():
        return
    if current is not None:
        from kamdesk.store.backup import backup_before_upgrade

        backup_before_upgrade(engine, url, current)
    upgrade(engine, "head")


def upgrade(engine: Engine, revision: str) -> None:
    """Run migrations up to `revision` in one transaction, foreign keys off during it.

    A batch migration rebuilds tables; with foreign keys on, dropping the old table would
    cascade-delete child rows. SQLite ignores the pragma inside a transaction, so it is
    switched off before the transaction begins and checked after.
    """
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), revision)
                if sqlite:
                    broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if broken:
                        raise StoreError(
                            f"the upgrade would leave {len(broken)} broken reference(s), "
                            f"first in table {broken[0][0]}; nothing was changed"
                        )
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
