"""Erasing a person for good, and re-applying erasures to an older copy of the data.

What belongs to the person goes: the person, their contacts and family, interactions and
meetings with nobody else in them, and tasks about them that no proposal or tender holds.
Records of the account that only mention them (shared interactions and meetings, service
cases, letters, referrals, checklist items, follow-up tasks) stay, with the link to them
emptied and their name replaced. Rows in the trash are erased the same way as live ones.

An erasure is logged by an opaque subject (a hash of the person's uuid, no personal data),
so a restored backup or an imported archive can be brought to the same state.
"""

from __future__ import annotations

import getpass
import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Enum,
    String,
    Table,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from kamdesk.store.search_fields import NAME_COLUMNS, name_text_of, search_text_of
from kamdesk.store.search_index import full_text_indexes
from kamdesk.store.tables import (
    contact_point_table,
    erasure_log_table,
    family_member_table,
    interaction_person,
    interaction_table,
    meeting_attendee,
    meeting_table,
    metadata,
    person_table,
    task_table,
    utc_now,
)

ERASED_MARK = "(erased person)"
# Other people's own names: a namesake of the erased person keeps theirs.
_NAMES = {("person", "full_name"), ("person", "given_name"), ("person", "family_name"),
          ("family_member", "name")}


def subject_of(person_id: uuid.UUID) -> str:
    """The opaque id an erasure is logged under: it names nobody, yet finds the same row."""
    return hashlib.sha256(b"kamdesk-erasure:" + person_id.bytes).hexdigest()


def erased_by() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account, a bare container)
        return ""


@dataclass(frozen=True)
class ErasureScope:
    """What erasing one person takes away (counts) and what only loses their name."""

    person_id: uuid.UUID
    full_name: str
    contacts: int
    family: int
    interactions: int  # deleted: the person was the only one in them
    meetings: int
    tasks: int
    shared_interactions: int  # kept for the others, without this person's name
    shared_meetings: int


def _only_theirs(db: Session | Connection, link: Table, parent_column: str,
                 person_id: uuid.UUID) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """(rows linked to this person alone, rows shared with someone else) of a link table."""
    mine = select(link.c[parent_column]).where(link.c.person_id == person_id)
    counts = db.execute(
        select(link.c[parent_column], func.count())
        .where(link.c[parent_column].in_(mine))
        .group_by(link.c[parent_column])
    ).all()
    return [k for k, n in counts if n == 1], [k for k, n in counts if n > 1]


def _own_tasks(person_id: uuid.UUID) -> ColumnElement[bool]:
    t = task_table.c
    return (t.person_id == person_id) & t.proposal_id.is_(None) & t.tender_id.is_(None)


def erasure_scope(db: Session | Connection, person_id: uuid.UUID) -> ErasureScope | None:
    """What erasing the person would remove; None when there is no such person (trash too)."""
    name = db.execute(select(person_table.c.full_name).where(person_table.c.id == person_id))
    full_name = name.scalar()
    if full_name is None:
        return None

    def count(table: Table, where: ColumnElement[bool]) -> int:
        return db.execute(select(func.count()).select_from(table).where(where)).scalar() or 0

    lone_i, shared_i = _only_theirs(db, interaction_person, "interaction_id", person_id)
    lone_m, shared_m = _only_theirs(db, meeting_attendee, "meeting_id", person_id)
    return ErasureScope(
        person_id, full_name,
        count(contact_point_table, contact_point_table.c.person_id == person_id),
        count(family_member_table, family_member_table.c.person_id == person_id),
        len(lone_i), len(lone_m), count(task_table, _own_tasks(person_id)),
        len(shared_i), len(shared_m),
    )


def _names_of(db: Session | Connection, person_id: uuid.UUID) -> list[str]:
    row = db.execute(
        select(person_table.c.full_name, person_table.c.given_name, person_table.c.family_name)
        .where(person_table.c.id == person_id)
    ).one()
    names = [row.full_name.strip()]
    if row.given_name.strip() and row.family_name.strip():
        names.append(f"{row.given_name.strip()} {row.family_name.strip()}")
    # Longest first, so "Anna Maria Nowak" is replaced before "Anna Nowak" could split it.
    return sorted({n for n in names if len(n) >= 3}, key=len, reverse=True)


def _scrub_names(db: Session | Connection, names: list[str]) -> None:
    """Replace the names wherever they remain as text (notes of shared interactions and of
    other people, referrals, file names in the audit log…); the folded search text of a
    changed account or person is computed again. Other people's own names stay, even when
    one is the same as the erased person's."""
    now = utc_now()
    for table in metadata.sorted_tables:
        if table.name == "erasure_log":
            continue
        touched: set[uuid.UUID] = set()
        for column in table.columns:
            if (not isinstance(column.type, String) or isinstance(column.type, Enum)
                    or column.name in _DERIVED or (table.name, column.name) in _NAMES):
                continue
            for name in names:
                found = column.contains(name, autoescape=True)
                if "search_text" in table.c:
                    touched |= set(db.execute(select(table.c.id).where(found)).scalars())
                values: dict[str, Any] = {column.name: func.replace(column, name, ERASED_MARK)}
                if "updated_at" in table.c:
                    values["updated_at"] = now
                db.execute(update(table).where(found).values(values))
        if touched:
            _refresh_search_text(db, table, touched)


_DERIVED = {"search_text", "name_text"}  # folded copies, computed again below


def _refresh_search_text(db: Session | Connection, table: Table, ids: set[uuid.UUID]) -> None:
    for row in db.execute(select(table).where(table.c.id.in_(ids))):
        fresh = {"search_text": search_text_of(table.name, row)}  # columns are attributes
        if table.name in NAME_COLUMNS:
            fresh["name_text"] = name_text_of(table.name, row)
        db.execute(update(table).where(table.c.id == row.id).values(fresh))


def erase_person_rows(db: Session | Connection, person_id: uuid.UUID, by: str) -> bool:
    """Erase the person and what belongs to them, and log it; False if there is no such row.

    Runs inside the caller's transaction; `compact` afterwards removes the bytes.
    """
    if erasure_scope(db, person_id) is None:
        return False
    names = _names_of(db, person_id)
    lone_i, _ = _only_theirs(db, interaction_person, "interaction_id", person_id)
    lone_m, _ = _only_theirs(db, meeting_attendee, "meeting_id", person_id)
    db.execute(delete(interaction_person).where(interaction_person.c.person_id == person_id))
    db.execute(delete(meeting_attendee).where(meeting_attendee.c.person_id == person_id))
    if lone_i:
        db.execute(delete(interaction_table).where(interaction_table.c.id.in_(lone_i)))
    if lone_m:
        db.execute(delete(meeting_table).where(meeting_table.c.id.in_(lone_m)))
    db.execute(delete(task_table).where(_own_tasks(person_id)))
    # Links that may stay empty (reports to, cases, letters, referrals, checklists, follow-up
    # tasks): emptied here rather than by ON DELETE, which a PostgreSQL copy may lack.
    for table in metadata.sorted_tables:
        for column in table.columns:
            points_here = any(fk.column is person_table.c.id for fk in column.foreign_keys)
            if column.nullable and points_here:
                db.execute(update(table).where(column == person_id).values({column.name: None}))
    for table in (contact_point_table, family_member_table):
        db.execute(delete(table).where(table.c.person_id == person_id))
    db.execute(delete(person_table).where(person_table.c.id == person_id))
    _scrub_names(db, names)
    log_erasures(db, [subject_of(person_id)], by)
    return True


def log_erasures(db: Session | Connection, subjects: Iterable[str], by: str) -> None:
    """Add the subjects the log does not hold yet."""
    known = erased_subjects(db)
    now = utc_now()
    rows = [
        {"id": uuid.uuid4(), "subject": s, "erased_at": now, "erased_by": by,
         "created_at": now, "updated_at": now}
        for s in dict.fromkeys(subjects) if s not in known
    ]
    if rows:
        db.execute(insert(erasure_log_table), rows)


def erased_subjects(db: Session | Connection) -> set[str]:
    return set(db.execute(select(erasure_log_table.c.subject)).scalars())


def erasure_log_rows(db: Session | Connection) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in db.execute(select(erasure_log_table))]


def reapply_erasures(db: Session | Connection, log: list[dict[str, Any]] | None = None) -> int:
    """Erase again every person the log names (the given entries are added to the log
    first, keeping their time and author); returns how many people were found and erased."""
    if log:
        known = erased_subjects(db)
        new = [r for r in log if r["subject"] not in known]
        if new:
            db.execute(insert(erasure_log_table), new)
    subjects = erased_subjects(db)
    if not subjects:
        return 0
    found = [pid for pid in db.execute(select(person_table.c.id)).scalars()
             if subject_of(pid) in subjects]
    for pid in found:
        erase_person_rows(db, pid, by="")
    return len(found)


def carry_erasures(source: Engine, target: Engine) -> int:
    """Before a restore: apply the erasures `source` (the database being replaced) knows to
    `target` (the backup about to replace it), then compact `target`."""
    with source.connect() as connection:
        log = erasure_log_rows(connection)
    if not log:
        return 0
    with target.begin() as connection:
        erased = reapply_erasures(connection, log)
    compact(target)
    return erased


def compact(engine: Engine) -> None:
    """Make deleted bytes unreadable in the file: rebuild the search index (FTS keeps old
    terms in its segments until merged), rewrite the whole file and empty the WAL."""
    if engine.dialect.name != "sqlite":
        return  # a server reclaims space on its own schedule (VACUUM by its administrator)
    with engine.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        names = set(connection.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
        for _, _, fts in full_text_indexes():
            if fts in names:
                connection.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.exec_driver_sql("VACUUM")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
