"""Every table in and out of the JSON archive, ids and timestamps kept, trash left out.

The archive is generic over the schema: a table or column added later travels without
changes here. `search_text` is derived and rebuilt on import rather than carried.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from kamdesk.services.archive.values import to_json
from kamdesk.services.errors import ServiceError
from kamdesk.services.person_cards import Rejection
from kamdesk.store.database import Database
from kamdesk.store.migration import current_revision
from kamdesk.store.tables import metadata

DERIVED_COLUMNS = {"search_text"}


class ArchiveError(ServiceError):
    """An archive this version cannot read as a whole."""


# What this installation did (briefs and exports it wrote) stays with it.
LOCAL_TABLES = {"audit_log"}


def archive_tables() -> list[Table]:
    """The tables an archive holds, parents before children."""
    return [t for t in metadata.sorted_tables if t.name not in LOCAL_TABLES]


def archive_columns(table: Table) -> list:
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


def _key(table: Table, row: dict[str, Any]) -> tuple:
    return tuple(row[c.name] for c in table.primary_key.columns)


def read_archive(db: Database) -> ArchiveContent:
    """Every live row (see `archive_rows`), held in memory: for small archives and tests."""
    with db.session() as s:
        tables = {table.name: list(rows) for table, rows in archive_rows(s)}
    return ArchiveContent(current_revision(db.engine), tables)


def archive_rows(session: Session) -> Iterator[tuple[Table, Iterator[dict[str, Any]]]]:
    """Each table with its live rows as JSON-ready dicts, read as they are written out.

    Rows in the trash stay out, and so do rows that need one (a phone of a deleted
    person); a link to a row left out that may be empty is emptied. A first pass keeps
    only the keys of the rows that go in (parents before children), so a department's
    archive is never held in memory whole; consume each table's rows before the next.
    """
    kept: dict[str, set] = {}
    for table in archive_tables():
        kept[table.name] = _kept_keys(session, table, kept)
    for table in archive_tables():
        yield table, _table_rows(session, table, kept)


def _kept_keys(session: Session, table: Table, kept: dict[str, set]) -> set:
    keys = list(table.primary_key.columns)
    required = [fk for c in table.columns for fk in c.foreign_keys
                if not fk.parent.nullable and fk.column.table is not table]  # fmt: skip
    query = select(*keys, *(fk.parent for fk in required))
    if "deleted_at" in table.c:
        query = query.where(table.c.deleted_at.is_(None))
    n = len(keys)
    return {
        tuple(row[:n]) for row in session.execute(query)
        if all((row[n + i],) in kept[fk.column.table.name] for i, fk in enumerate(required))
    }  # fmt: skip


def _table_rows(session: Session, table: Table, kept: dict[str, set]) -> Iterator[dict]:
    links = {fk.parent.name: fk.column.table.name for c in table.columns for fk in c.foreign_keys}
    columns = archive_columns(table)
    mine = kept[table.name]
    for row in session.execute(select(table).execution_options(yield_per=2000)):
        values = row._mapping
        if _key(table, values) not in mine:
            continue
        out = {}
        for column in columns:
            value = values[column.name]
            parent = links.get(column.name)
            if parent is not None and value is not None and (value,) not in kept[parent]:
                value = None  # only nullable links can get here
            out[column.name] = to_json(column, value)
        yield out


def write_archive(db: Database, tables: dict[str, Any], *, dry_run: bool = False,
                  skip_invalid: bool = False) -> ArchiveReport:  # fmt: skip
    """Insert the archive's rows held in `tables` (see `loading.import_archive`,
    which reads them as a file is read), keeping ids and times."""
    from kamdesk.services.archive.loading import import_archive

    for name, rows in tables.items():
        if not isinstance(rows, list):
            raise ArchiveError(f"table '{name}' is not a list of rows")
    return import_archive(db, tables.items(), dry_run=dry_run, skip_invalid=skip_invalid)
