"""Every table in and out of the JSON archive, ids and timestamps kept, trash left out.

The archive is generic over the schema: a table or column added later travels without
changes here. `search_text` is derived and rebuilt on import rather than carried.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    ForeignKey,
    FromClause,
    String,
    Table,
    Uuid,
    and_,
    case,
    exists,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session

from kamdesk.language import N_
from kamdesk.services.archive.values import writer_of
from kamdesk.services.errors import ServiceError
from kamdesk.services.person_cards import Rejection
from kamdesk.store.database import Database
from kamdesk.store.migration import current_revision
from kamdesk.store.tables import metadata

DERIVED_COLUMNS = {"search_text", "name_text", "last_contact_at", "contact_count"}  # recomputed


class ArchiveError(ServiceError):
    """An archive this version cannot read as a whole."""


# What this installation did (briefs and exports it wrote) stays with it.
LOCAL_TABLES = {"audit_log"}


def archive_tables() -> list[Table]:
    """The tables an archive holds, parents before children."""
    return [t for t in metadata.sorted_tables if t.name not in LOCAL_TABLES]


def archive_columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if c.name not in DERIVED_COLUMNS]


@dataclass(frozen=True)
class ArchiveContent:
    schema_revision: str | None
    tables: dict[str, list[dict[str, Any]]]  # JSON-ready values


@dataclass(frozen=True)
class ArchiveReport:
    created: dict[str, int]
    present: dict[str, int]  # rows whose id the database already holds: left alone
    rejections: list[Rejection] = field(default_factory=list)
    committed: bool = False
    erased: int = 0  # people of the archive that an erasure log names: not kept


def read_archive(db: Database) -> ArchiveContent:
    """Every live row (see `archive_rows`), held in memory: for small archives and tests."""
    with db.session() as s:
        tables = {table.name: list(rows) for table, rows in archive_rows(s)}
    return ArchiveContent(current_revision(db.engine), tables)


@contextmanager
def reading_archive(
    db: Database,
) -> Iterator[tuple[str | None, Iterator[tuple[Table, Iterator[dict[str, Any]]]]]]:
    """The schema revision of `db` and each table with its live rows (`archive_rows`), read
    in one session that stays open while the caller writes them out: for an archive file
    written as it is read (interchange writes; it does not open the store itself)."""
    revision = current_revision(db.engine)
    with db.session() as session:
        yield revision, archive_rows(session)


def archive_rows(session: Session) -> Iterator[tuple[Table, Iterator[dict[str, Any]]]]:
    """Each table with its live rows as JSON-ready dicts, read as they are written out.

    Rows in the trash stay out, and so do rows that need one (a phone of a deleted
    person); a link to a row left out that may be empty is emptied. Which rows go in is
    asked of the database (`_kept`), so nothing of a department's archive is held in
    memory but the rows on their way out; consume each table's rows before the next.
    """
    for table in archive_tables():
        yield table, _table_rows(session, table)


def _kept(table: Table, alias: FromClause | None = None, depth: int = 0) -> ColumnElement[bool]:
    """The condition for a row of `table` (as `alias`) to go in: live, and every row it
    needs going in too, parents of parents included."""
    source = table if alias is None else alias
    conditions: list[ColumnElement[bool]] = []
    if "deleted_at" in table.c:
        conditions.append(source.c.deleted_at.is_(None))
    for column in table.columns:
        for fk in column.foreign_keys:
            if column.nullable or fk.column.table is table:
                continue
            conditions.append(_points_to_kept(source.c[column.name], fk, depth))
    return and_(true(), *conditions)


def _points_to_kept(value: ColumnElement[Any], fk: ForeignKey, depth: int) -> ColumnElement[bool]:
    parent = fk.column.table
    other = parent.alias(f"p{depth}_{parent.name}")
    return exists().where(other.c[fk.column.name] == value, _kept(parent, other, depth + 1))


def _table_rows(session: Session, table: Table) -> Iterator[dict[str, Any]]:
    columns = archive_columns(table)
    selected = []
    for column in columns:
        value: Any = column
        links = [fk for fk in column.foreign_keys]
        if links and column.nullable:  # emptied when it points at a row left out
            value = case((_points_to_kept(column, links[0], 0), column), else_=None)
        if isinstance(column.type, Uuid):
            value = type_coerce(value, String)  # as stored: text, turned by writer_of
        elif value is not column:
            value = type_coerce(value, column.type)
        selected.append(value.label(column.name))
    writers = [(column.name, writer_of(column)) for column in columns]
    query = select(*selected).where(_kept(table)).execution_options(yield_per=2000)
    for row in session.execute(query):
        out = dict(zip(row._fields, row, strict=True))
        for name, write in writers:
            if write is not None:
                out[name] = write(out[name])
        yield out


def write_archive(db: Database, tables: dict[str, Any], *, dry_run: bool = False,
                  skip_invalid: bool = False) -> ArchiveReport:
    """Insert the archive's rows held in `tables` (see `loading.import_archive`,
    which reads them as a file is read), keeping ids and times."""
    from kamdesk.services.archive.loading import import_archive

    for name, rows in tables.items():
        if not isinstance(rows, list):
            raise ArchiveError(N_("table '{name}' is not a list of rows"), name=name)
    return import_archive(db, tables.items(), dry_run=dry_run, skip_invalid=skip_invalid)
