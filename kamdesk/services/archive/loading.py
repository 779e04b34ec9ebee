"""An archive's rows into the database, table by table as they are read, in one transaction.

The rows of a table are checked, converted and inserted in batches while the file is still
being read, so a department's archive is never held in memory: what is kept is one compact
key per row (to find an id twice, and the rows a later table may point to). A table whose
parents have not all been read yet (a hand-made archive in another order) is held until the
end and written then. Any rejected row (unless `skip_invalid`) or any error, even in the
last line of the file, rolls the whole transaction back: nothing is stored.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable, Iterable, Iterator
from types import SimpleNamespace
from typing import Any, TypeAlias

from sqlalchemy import BindParameter, Table, bindparam, delete, insert, select, update

from kamdesk.language import N_, _
from kamdesk.services.archive.tables import (
    DERIVED_COLUMNS,
    ArchiveError,
    ArchiveReport,
    archive_columns,
    archive_tables,
)
from kamdesk.services.archive.values import column_default, reader_of
from kamdesk.services.person_cards import Rejection
from kamdesk.store.bulk_insert import Staging
from kamdesk.store.database import Database
from kamdesk.store.erasure import compact, reapply_erasures
from kamdesk.store.search_fields import SEARCHED_FIELDS, search_text_of

BATCH = 2000
# SQLite's page cache for the import's connection (KiB): the inserts' working set (tables,
# indexes, the FTS5 index) is far beyond the 2 MB default, which makes every batch re-read
# the WAL; within the memory bound (issue 12: 300 MB for the whole import).
IMPORT_CACHE_KIB = 96 * 1024

Values: TypeAlias = dict[str, Any]  # a row converted for the database, by column name
Source: TypeAlias = tuple[str, int]  # where a row is in the file, and its order there
Converted: TypeAlias = tuple[Values, Source, Any]  # with the row as read (a JSON value)
# a row linked within its table: its id, those links, where it is, its title
Pending: TypeAlias = tuple[Any, Values, Source, str]


def _compact(value: Any) -> Hashable:
    """The small form of a key's value kept for each row: a uuid as its number."""
    compacted: Hashable = value.int if isinstance(value, uuid.UUID) else value
    return compacted


def _compound(values: tuple[Hashable, ...]) -> Hashable:
    """The kept form of a key of several columns: two uuids (a link row of
    interaction_person, 387,000 of them in M) as one number rather than a tuple of two,
    half the memory; any other key as its tuple. A table's keys all have the same number
    of columns, so two keys are equal exactly when their numbers are."""
    if all(v.__class__ is int and 0 <= v < _UUID_SPAN for v in values):
        number = 0
        for v in values:
            number = number * _UUID_SPAN + v  # type: ignore[operator]
        return number
    return values


_UUID_SPAN = 1 << 128


def _title(raw: Any) -> str:
    for name in ("name", "full_name", "title", "summary", "text"):
        value = raw.get(name) if isinstance(raw, dict) else None
        if isinstance(value, str):
            return value
    return ""


class _Plan:
    """What is known of one table while its rows go in."""

    def __init__(self, table: Table, number: int) -> None:
        self.table = table
        self.number = number
        self.columns = [(c.name, reader_of(c), c) for c in archive_columns(table)]
        self.names = {c.name for c in archive_columns(table)} | DERIVED_COLUMNS
        self.keys = [c.name for c in table.primary_key.columns]
        self.links = [(fk.parent.name, fk.column.table.name) for c in table.columns
                      for fk in c.foreign_keys if fk.column.table is not table]
        self.self_links = [fk.parent.name for c in table.columns for fk in c.foreign_keys
                           if fk.column.table is table]
        self.parents = {parent for _, parent in self.links}
        self.searched = table.name in SEARCHED_FIELDS
        self.seen = 0
        self.pending: list[Pending] = []  # rows with a link inside the table, set at its end
        self.staging: Staging | None = None  # on SQLite, while its rows go in
        self.empty_before: bool | None = None  # the table held no row before the import


class ArchiveImport:
    def __init__(self, db: Database, *, dry_run: bool, skip_invalid: bool) -> None:
        self.db = db
        self.dry_run = dry_run
        self.skip_invalid = skip_invalid
        self.plans = {t.name: _Plan(t, n) for n, t in enumerate(archive_tables())}
        self.known: dict[str, set[Hashable]] = {name: set() for name in self.plans}  # compact keys
        self.done: set[str] = set()
        self.held: dict[str, list[Converted]] = {}
        self.rejections: list[Rejection] = []
        self.created = dict.fromkeys(self.plans, 0)
        self.present = dict.fromkeys(self.plans, 0)

    @property
    def writing(self) -> bool:
        return not self.dry_run and (self.skip_invalid or not self.rejections)

    def run(self, tables: Iterable[tuple[str, Iterable[Any]]]) -> ArchiveReport:
        erased = 0
        # Writing, the lock is taken at once: the checks (is this id there? was the table
        # empty?) then hold until the commit.
        with self.db.session(write=not self.dry_run) as s:
            self.connection = s.connection()
            cache = None
            if self.connection.dialect.name == "sqlite":
                cache = self.connection.exec_driver_sql("PRAGMA cache_size").scalar()
                self.connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
            try:
                commit = self._read(tables)
            finally:
                if cache is not None:
                    self.connection.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")
            if commit:
                # People erased here or on the machine the archive came from stay erased.
                erased = reapply_erasures(self.connection)
            else:
                s.rollback()
        self.rejections.sort(key=lambda r: r.order)
        if erased:
            compact(self.db.engine)
        return ArchiveReport(self.created, self.present, self.rejections, commit, erased)

    def _read(self, tables: Iterable[tuple[str, Iterable[Any]]]) -> bool:
        """Every table in; whether the rows are to be kept."""
        for name, rows in tables:
            plan = self.plans.get(name)
            if plan is None:
                raise ArchiveError(
                    N_("unknown table '{name}': was the archive made by a newer KAMDesk?"),
                    name=name,
                )
            if plan.parents <= self.done:
                self._table(plan, rows)
            else:  # its parents come later in the file: written at the end
                self.held.setdefault(name, []).extend(self._converted(plan, rows))
        for name, plan in self.plans.items():
            if name in self.held:
                self._table(plan, self.held.pop(name), converted=True)
            self.done.add(name)
        return self.writing

    # -- reading rows ----------------------------------------------------------------
    def _converted(self, plan: _Plan, rows: Iterable[Any]) -> Iterator[Converted]:
        """(row, its source) for each row that converts, rejections noted; rows are
        numbered across every listing of the table in the file."""
        table = plan.table.name
        columns = plan.columns
        for raw in rows:
            i = plan.seen
            plan.seen += 1
            source = (f"{table}[{i}]", plan.number * 10_000_000 + i)
            if raw.__class__ is not dict:
                self._reject(source, _("is not an object"), title="")
                continue
            if not raw.keys() <= plan.names:
                unknown = sorted(set(raw) - plan.names)
                raise ArchiveError(N_("unknown column '{table}.{column}': "
                                      "was the archive made by a newer KAMDesk?"),
                                   table=table, column=unknown[0])
            row: Values = {}
            problem = None
            for name, read, column in columns:
                try:
                    row[name] = read(raw[name]) if name in raw else column_default(column)
                except ValueError as error:
                    problem = f"{name} {error}"
                    break
            if problem:
                self._reject(source, problem, raw=raw)
            else:
                yield row, source, raw

    def _reject(self, source: Source, reason: str, raw: Any = None,
                title: str | None = None) -> None:
        name = title if title is not None else _title(raw)
        self.rejections.append(Rejection(source[0], name, reason, source[1]))

    # -- writing a table -------------------------------------------------------------
    def _table(self, plan: _Plan, rows: Iterable[Any], *, converted: bool = False) -> None:
        items: Iterable[Converted] = rows if converted else self._converted(plan, rows)
        batch: list[Converted] = []
        for item in items:
            batch.append(item)
            if len(batch) >= BATCH:
                self._batch(plan, batch)
                batch = []
        self._batch(plan, batch)
        if plan.staging is not None:
            plan.staging.drop()
            plan.staging = None
        if plan.self_links:
            self._link_within(plan)
        self.done.add(plan.table.name)

    def _key(self, plan: _Plan, row: Values) -> Hashable:
        if len(plan.keys) == 1:
            return _compact(row[plan.keys[0]])
        return _compound(tuple(_compact(row[k]) for k in plan.keys))

    def _batch(self, plan: _Plan, batch: list[Converted]) -> None:
        if not batch:
            return
        known = self.known[plan.table.name]
        fresh: list[tuple[Hashable, Values, Source, Any]] = []
        keys: set[Hashable] = set()
        for row, source, raw in batch:
            key = self._key(plan, row)
            if key in known or key in keys:
                self._reject(source, _("the same id appears twice"), raw=raw)
            else:
                keys.add(key)
                fresh.append((key, row, source, raw))
        there = self._in_database(plan, [row for _, row, _, _ in fresh])
        self.present[plan.table.name] += len(there)
        known |= there  # rows the database holds may be pointed to
        accepted: list[tuple[Values, Source, Any]] = []
        for key, row, source, raw in fresh:
            if key in there:
                continue
            missing = self._missing_parent(plan, row)
            if missing:
                self._reject(source, missing, raw=raw)
                continue
            known.add(key)
            accepted.append((row, source, raw))
        self.created[plan.table.name] += len(accepted)
        if plan.self_links:
            # updated_at goes along explicitly, or the update would stamp it with now.
            kept = [*plan.self_links, *(["updated_at"] if "updated_at" in plan.table.c else [])]
            plan.pending += [(row["id"], {c: row[c] for c in kept}, s, _title(raw))
                             for row, s, raw in accepted
                             if any(row[c] is not None for c in plan.self_links)]
        if self.writing:
            self._insert(plan, [row for row, _, _ in accepted])

    def _in_database(self, plan: _Plan, rows: list[Values]) -> set[Hashable]:
        """The compact keys of `rows` the database already holds (before this import)."""
        columns = list(plan.table.primary_key.columns)
        found: set[Hashable] = set()
        if plan.empty_before is None:
            plan.empty_before = self.connection.execute(
                select(columns[0]).limit(1)).first() is None
        if plan.empty_before:  # what this import added is in `known`, so caught before
            return found
        for start in range(0, len(rows), 500):
            chunk = rows[start : start + 500]
            if len(columns) == 1:
                (pk,) = columns
                query = select(pk).where(pk.in_([r[pk.name] for r in chunk]))
            else:
                # by the key's first column, which its index serves (a tuple IN would
                # scan the growing table for every batch); rows not asked for fall out below
                first = columns[0]
                query = select(*columns).where(first.in_({r[first.name] for r in chunk}))
            for found_row in self.connection.execute(query):
                values = tuple(_compact(v) for v in found_row)
                found.add(values[0] if len(columns) == 1 else _compound(values))
        if len(columns) > 1:
            found &= {_compound(tuple(_compact(r[c.name]) for c in columns)) for r in rows}
        return found

    def _missing_parent(self, plan: _Plan, row: Values) -> str | None:
        for column, parent in plan.links:
            value = row[column]
            if value is None:
                continue
            key = _compact(value)
            if key in self.known[parent]:
                continue
            if self._exists(parent, value):
                self.known[parent].add(key)
                continue
            return f"{column} points to a missing {parent}"
        return None

    def _exists(self, table: str, value: Any) -> bool:
        (pk,) = self.plans[table].table.primary_key.columns
        return self.connection.execute(select(pk).where(pk == value)).first() is not None

    def _insert(self, plan: _Plan, rows: list[Values]) -> None:
        if not rows:
            return
        if plan.searched:
            for row in rows:
                row["search_text"] = search_text_of(plan.table.name, SimpleNamespace(**row))
                row.pop("name_text", None)  # derived: its column default folds the name
        if plan.self_links:  # set once every row of the table exists (_link_within)
            rows = [{**r, **dict.fromkeys(plan.self_links)} for r in rows]
        if self.connection.dialect.name != "sqlite":
            self.connection.execute(insert(plan.table), rows)
            return
        if plan.staging is None:
            plan.staging = Staging(self.connection, plan.table)
        plan.staging.insert(rows)

    def _link_within(self, plan: _Plan) -> None:
        """Links inside the table (reports to) once all its rows exist, so neither their
        order nor a circle of bosses gets in the way; a row pointing at a boss neither the
        archive nor the database holds is rejected, and so, in turn, are its reports."""
        pending, plan.pending = plan.pending, []
        name = plan.table.name
        known = self.known[name]
        dropped: list[Any] = []
        changed = True
        while changed:
            changed = False
            for item in list(pending):
                ident, links, source, title = item
                for column in plan.self_links:
                    value = links[column]
                    if value is None or _compact(value) in known or self._exists(name, value):
                        continue
                    self._reject(source, f"{column} points to a missing {name}", title=title)
                    known.discard(_compact(ident))
                    pending.remove(item)
                    dropped.append(ident)
                    changed = True
                    break
        self.created[name] -= len(dropped)
        if not self.writing:
            return
        (pk,) = plan.table.primary_key.columns
        for start in range(0, len(dropped), 500):
            self.connection.execute(delete(plan.table).where(pk.in_(dropped[start : start + 500])))
        if not pending:
            return
        statement = update(plan.table).where(pk == bindparam("_id"))
        values: dict[str, BindParameter[Any]] = {c: bindparam(c) for c in pending[0][1]}
        changes = [{"_id": ident, **links} for ident, links, _, _ in pending]
        self.connection.execute(statement.values(values), changes)


def import_archive(db: Database, tables: Iterable[tuple[str, Iterable[Any]]], *,
                   dry_run: bool = False, skip_invalid: bool = False) -> ArchiveReport:
    """Insert an archive's rows, keeping ids and times, from `(table name, rows)` pairs as
    they are read. Rows already present are left alone; any rejected row stops the whole
    import unless `skip_invalid`."""
    return ArchiveImport(db, dry_run=dry_run, skip_invalid=skip_invalid).run(tables)
