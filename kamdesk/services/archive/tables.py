"""Every table in and out of the JSON archive, ids and timestamps kept, trash left out.

The archive is generic over the schema: a table or column added later travels without
changes here. `search_text` is derived and rebuilt on import rather than carried.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, tuple_, update
from sqlalchemy.orm import Session

from kamdesk.services.archive.values import column_default, from_json, to_json
from kamdesk.services.errors import ServiceError
from kamdesk.services.person_cards import Rejection
from kamdesk.store.database import Database
from kamdesk.store.erasure import compact, reapply_erasures
from kamdesk.store.migration import current_revision
from kamdesk.store.search_fields import SEARCHED_FIELDS, search_text_of
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
    """Insert the archive's rows, keeping ids and times. Rows already present are left
    alone; any rejected row stops the whole import unless `skip_invalid`."""
    known = {t.name: t for t in archive_tables()}
    if unknown := sorted(set(tables) - set(known)):
        raise ArchiveError(
            f"unknown table '{unknown[0]}': was the archive made by a newer KAMDesk?"
        )
    with db.session() as s:
        rejections: list[Rejection] = []
        accepted = {name: _convert(known[name], tables.get(name) or [], rejections, n)
                    for n, name in enumerate(known)}  # fmt: skip
        present = _drop_present(s, accepted)
        _drop_orphans(s, accepted, rejections)
        created = {name: len(rows) for name, rows in accepted.items()}
        commit = not dry_run and (skip_invalid or not rejections)
        erased = 0
        if commit:
            connection = s.connection()
            for table in archive_tables():
                rows = list(accepted[table.name].values())
                if table.name in SEARCHED_FIELDS:
                    for row in rows:
                        row["search_text"] = search_text_of(table.name, SimpleNamespace(**row))
                _insert(connection, table, rows)
            # People erased here or on the machine the archive came from stay erased.
            erased = reapply_erasures(connection)
    rejections.sort(key=lambda r: r.order)
    if erased:
        compact(db.engine)
    return ArchiveReport(created, present, rejections, commit, erased)


def _convert(
    table: Table, rows: Any, rejections: list[Rejection], number: int
) -> dict[tuple, dict]:
    if not isinstance(rows, list):
        raise ArchiveError(f"table '{table.name}' is not a list of rows")
    columns = {c.name: c for c in archive_columns(table)}
    out: dict[tuple, dict] = {}
    for i, raw in enumerate(rows):
        source = f"{table.name}[{i}]"
        order = number * 10_000_000 + i  # report rejections in archive order
        if not isinstance(raw, dict):
            rejections.append(Rejection(source, "", "is not an object", order))
            continue
        if unknown := sorted(set(raw) - set(columns) - DERIVED_COLUMNS):
            raise ArchiveError(f"unknown column '{table.name}.{unknown[0]}': "
                               "was the archive made by a newer KAMDesk?")  # fmt: skip
        row, problem = {}, None
        for name, column in columns.items():
            try:
                row[name] = from_json(column, raw[name]) if name in raw else column_default(column)
            except ValueError as error:
                problem = f"{name} {error}"
                break
        key = _key(table, row) if problem is None else None
        if problem is None and key in out:
            problem = "the same id appears twice"
        if problem:
            rejections.append(Rejection(source, _title(raw), problem, order))
        else:
            row["_source"] = (source, _title(raw), order)
            out[key] = row
    return out


def _title(raw: Any) -> str:
    for name in ("name", "full_name", "title", "summary", "text"):
        if isinstance(raw, dict) and isinstance(raw.get(name), str):
            return raw[name]
    return ""


def _drop_present(s: Session, accepted: dict[str, dict[tuple, dict]]) -> dict[str, int]:
    present = {}
    for table in archive_tables():
        rows = accepted[table.name]
        keys = list(rows)
        columns = list(table.primary_key.columns)
        found = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            if len(columns) == 1:
                query = select(columns[0]).where(columns[0].in_([k[0] for k in chunk]))
            else:
                query = select(*columns).where(tuple_(*columns).in_(chunk))
            found |= {tuple(r) for r in s.execute(query)}
        for key in found:
            rows.pop(key, None)
        present[table.name] = len(found)
    return present


def _drop_orphans(s: Session, accepted: dict[str, dict[tuple, dict]],
                  rejections: list[Rejection]) -> None:  # fmt: skip
    """Reject rows pointing at something neither the archive nor the database holds,
    repeating until no rejection frees another (a person, then their phones)."""
    existing: dict[str, set] = defaultdict(set)
    for table in archive_tables():
        if len(table.primary_key.columns) == 1:
            (pk,) = table.primary_key.columns
            existing[table.name] = {r[0] for r in s.execute(select(pk))}
    changed = True
    while changed:
        changed = False
        for table in archive_tables():
            links = [(fk.parent.name, fk.column.table.name) for c in table.columns
                     for fk in c.foreign_keys]  # fmt: skip
            for key, row in list(accepted[table.name].items()):
                for column, parent in links:
                    value = row[column]
                    if value is None or value in existing[parent] or (value,) in accepted[parent]:
                        continue
                    source, title, order = row["_source"]
                    reason = f"{column} points to a missing {parent}"
                    rejections.append(Rejection(source, title, reason, order))
                    del accepted[table.name][key]
                    changed = True
                    break
    for rows in accepted.values():
        for row in rows.values():
            row.pop("_source", None)


def _insert(connection, table: Table, rows: list[dict]) -> None:
    """Insert `rows`; links into the same table (reports to) are set once all rows exist,
    so neither their order nor a circle of bosses in the archive gets in the way."""
    self_links = [fk.parent.name for c in table.columns for fk in c.foreign_keys
                  if fk.column.table is table]  # fmt: skip
    # updated_at goes along explicitly, or the update would stamp it with now.
    kept = [*self_links, *(["updated_at"] if "updated_at" in table.c else [])]
    links = [{"_id": r["id"], **{c: r[c] for c in kept}} for r in rows
             if any(r[c] is not None for c in self_links)]  # fmt: skip
    if links:
        rows = [{**r, **dict.fromkeys(self_links)} for r in rows]
    for start in range(0, len(rows), 2000):
        connection.execute(insert(table), rows[start : start + 2000])
    if links:
        (pk,) = table.primary_key.columns
        statement = update(table).where(pk == bindparam("_id"))
        connection.execute(statement.values({c: bindparam(c) for c in kept}), links)
