"""Soft deletion with undo: a deletion moves rows to the trash as one batch."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.orm import Session

from kamdesk.language import N_
from kamdesk.services.errors import NotFoundError
from kamdesk.services.live_rows import live_row, table_name
from kamdesk.store.base import Trashable, utc_now
from kamdesk.store.database import Database
from kamdesk.store.models import Account, FamilyMember, Person, Proposal, Task, Tender


def trashable_models() -> list[type[Trashable]]:
    """Every table of user data: accounts, then people, then the rest (parents first)."""
    models = [m.class_ for m in Trashable.registry.mappers if issubclass(m.class_, Trashable)]
    return sorted(models, key=lambda m: (m is not Account, m is not Person, table_name(m)))


@dataclass(frozen=True)
class TrashEntry:
    batch: uuid.UUID
    kind: str  # the table of the row the user deleted
    title: str
    deleted_at: datetime
    rows: int  # all rows the deletion took with it


def _title(row: Trashable) -> str:
    for attribute in ("name", "full_name", "title", "summary", "division", "referred_to"):
        if value := getattr(row, attribute, None):
            return str(value)
    return str(row.id)


def _children(session: Session, row: Trashable) -> list[Trashable]:
    """Rows that should vanish and return together with `row`."""
    found: list[Trashable] = []
    if isinstance(row, Account):
        for model in trashable_models():
            if model is not Account and hasattr(model, "account_id"):
                found += session.scalars(
                    select(model).where(model.account_id == row.id, model.deleted_at.is_(None))
                ).all()
        people = [r.id for r in found if isinstance(r, Person)]
        if people:
            found += session.scalars(
                select(FamilyMember).where(
                    FamilyMember.person_id.in_(people), FamilyMember.deleted_at.is_(None)
                )
            ).all()
    elif isinstance(row, Person):
        found += [f for f in row.family if f.deleted_at is None]
    elif isinstance(row, Proposal | Tender):
        # Follow-up calls of a deleted proposal must leave the agenda with it.
        link = Task.proposal_id if isinstance(row, Proposal) else Task.tender_id
        found += session.scalars(
            select(Task).where(link == row.id, Task.deleted_at.is_(None))
        ).all()
    return found


@dataclass(frozen=True)
class DeletionPreview:
    """What deleting one row would move to the trash, for "Delete X and its N entries?".
    ``entries`` counts the rows taken along (not the row itself); ``by_kind`` splits them
    by table ("person": 6, "interaction": 4…)."""

    title: str
    entries: int
    by_kind: dict[str, int]


class TrashService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def deletion_preview(self, model: type[Trashable], row_id: uuid.UUID) -> DeletionPreview:
        """Count what `delete(model, row_id)` would take along, changing nothing."""
        with self.db.session() as s:
            row = live_row(s, model, row_id, N_("nothing to delete: it is gone already"))
            by_kind: dict[str, int] = {}
            for child in _children(s, row):
                name = table_name(type(child))
                by_kind[name] = by_kind.get(name, 0) + 1
            return DeletionPreview(_title(row), sum(by_kind.values()), by_kind)

    def can_restore(self, batch: uuid.UUID) -> bool:
        """True while a deletion is still in the trash, so that Undo would succeed (it is
        not after a restore from the Trash page or after emptying the trash)."""
        with self.db.session() as s:
            return any(
                s.scalar(select(model.id).where(model.deleted_batch == batch).limit(1))
                is not None
                for model in trashable_models()
            )

    def delete(self, model: type[Trashable], row_id: uuid.UUID) -> uuid.UUID:
        """Move a row to the trash (an account takes all of its rows along); returns the batch."""
        batch = uuid.uuid4()
        with self.db.session() as s:
            row = live_row(s, model, row_id, N_("nothing to delete: it is gone already"))
            now = utc_now()
            for item in [row, *_children(s, row)]:
                item.deleted_at = now
                item.deleted_batch = batch
        return batch

    def restore(self, batch: uuid.UUID) -> int:
        """Undo one deletion; returns the number of rows brought back."""
        restored = 0
        with self.db.session() as s:
            for model in trashable_models():
                result = cast(CursorResult[Any], s.execute(
                    update(model)
                    .where(model.deleted_batch == batch)
                    # A new row version, as for any edit: a sync sees the undo as a change.
                    .values(deleted_at=None, deleted_batch=None,
                            row_version=model.row_version + 1)
                ))
                restored += result.rowcount
        if not restored:
            raise NotFoundError(N_("that deletion is no longer in the trash"))
        return restored

    def list_trash(self) -> list[TrashEntry]:
        """What the user deleted, newest first, one entry per deletion."""
        first: dict[uuid.UUID, tuple[Trashable, str, datetime]] = {}
        counts: dict[uuid.UUID, int] = {}
        with self.db.session() as s:
            for model in trashable_models():
                for row in s.scalars(select(model).where(model.deleted_batch.is_not(None))):
                    batch = row.deleted_batch
                    if batch is None or row.deleted_at is None:  # (set together, by delete)
                        continue
                    counts[batch] = counts.get(batch, 0) + 1
                    # The parent of a batch is the one whose table comes first.
                    first.setdefault(batch, (row, table_name(model), row.deleted_at))
            entries = [
                TrashEntry(batch, table, _title(row), _aware(deleted_at), counts[batch])
                for batch, (row, table, deleted_at) in first.items()
            ]
        return sorted(entries, key=lambda e: e.deleted_at, reverse=True)

    def empty_trash(self) -> int:
        """Delete for good everything in the trash (a backup is made first), and compact the
        file so the deleted bytes (and the search index's copies of them) are gone too."""
        from kamdesk.services.backups import backup_before

        backup_before(self.db, "empty-trash")
        removed = 0
        with self.db.session(write=True) as s:
            for model in reversed(trashable_models()):
                gone = s.execute(delete(model).where(model.deleted_at.is_not(None)))
                removed += cast(CursorResult[Any], gone).rowcount
        if removed:
            from kamdesk.store.erasure import compact

            compact(self.db.engine)
        return removed


def _aware(moment: datetime) -> datetime:
    # SQLite hands datetimes back naive; they were written in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
