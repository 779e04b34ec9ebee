"""Many rows into one table in one statement on SQLite: the archive and contact imports.

Each statement that writes a table with triggers runs under its own statement savepoint,
and an FTS5 index writes out what it holds in memory at every savepoint: inserting rows one
statement each (`executemany`) left one tiny index segment per row, merged again and again,
so an M archive's 200,000 interactions took minutes (profile of issue 12: 153 of 198 s in
`executemany`, inside FTS5's merges), and 10,000 vCards most of their 4 s. So the rows
go first into a TEMP table of the same columns, which has no triggers and no index, and
from there into the table with one `INSERT … SELECT` per batch: the triggers (search
index, stored last contacts) and the foreign keys still run for every row, in the same
transaction, so the result and the rollback on a refusal are those of a plain insert.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, insert
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """`connection.execute(insert(table), rows)`, in one statement on SQLite; every row
    with the same keys, derived columns given or left to their defaults."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), rows)
        return
    staging = Staging(connection, table)
    staging.insert(rows)
    staging.drop()


class Staging:
    """The TEMP table of one table's batches on SQLite; `drop` when the table is done."""

    def __init__(self, connection: Connection, table: Table) -> None:
        self.connection = connection
        self.table = table
        self.stage = Table(
            f"bulk_stage_{table.name}", MetaData(),
            *[Column(c.name, c.type, nullable=True) for c in table.columns],
            prefixes=["TEMPORARY"],
        )
        self.stage.drop(connection, checkfirst=True)
        self.stage.create(connection)
        dialect = connection.dialect
        # the columns' conversions for the driver (ids as text…), applied a column at a time
        self.convert = {c.name: c.type.dialect_impl(dialect).bind_processor(dialect)
                        for c in table.columns}
        self._statements: dict[tuple[str, ...], tuple[str, str]] = {}

    def insert(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        # Columns the rows leave out (derived ones) get their defaults, as insert() gives them.
        missing = [c for c in self.table.columns if c.name not in rows[0] and c.default is not None]
        if missing:
            fixed = {c.name: _default(c, {}) for c in missing if not _computed(c)}
            computed = [c for c in missing if _computed(c)]
            rows = [row | fixed | {c.name: _default(c, row) for c in computed} for row in rows]
        names = tuple(rows[0])
        statements = self._statements.get(names)
        if statements is None:
            columns = ", ".join(f'"{n}"' for n in names)
            marks = ", ".join("?" for _ in names)
            statements = self._statements[names] = (
                f'INSERT INTO temp."{self.stage.name}" ({columns}) VALUES ({marks})',
                f'INSERT INTO main."{self.table.name}" ({columns}) '
                f'SELECT {columns} FROM temp."{self.stage.name}"',
            )
        values = []
        for name in names:
            column = [row[name] for row in rows]
            convert = self.convert[name]
            values.append(column if convert is None else list(map(convert, column)))
        self.connection.exec_driver_sql(statements[0], list(zip(*values, strict=True)))
        self.connection.exec_driver_sql(statements[1])
        self.connection.exec_driver_sql(f'DELETE FROM temp."{self.stage.name}"')

    def drop(self) -> None:
        self.stage.drop(self.connection)


def _computed(column: Column[Any]) -> bool:
    return isinstance(column.default, CallableColumnDefault)


class _RowContext:
    """What a context-sensitive default reads of its statement: the row's own values (the
    folded `search_text` and `name_text` are computed from them, store.search_fields)."""

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row

    def get_current_parameters(self) -> dict[str, Any]:
        return self.row


def _default(column: Column[Any], row: dict[str, Any]) -> Any:
    """The Python-side default of `column` for one row, as insert() would compute it."""
    default = column.default
    if isinstance(default, CallableColumnDefault):
        return default.arg(_RowContext(row))  # type: ignore[arg-type]
    if isinstance(default, ScalarElementColumnDefault):
        return default.arg
    raise ValueError(f"{column} has a default computed by the database")
