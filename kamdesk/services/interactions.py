"""The contact history of an account: logging calls, meetings, letters, and reading them back."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kamdesk.domain.enums import InteractionKind
from kamdesk.domain.folding import fold
from kamdesk.domain.time_zones import aware
from kamdesk.services.errors import NotFoundError, ValidationError
from kamdesk.services.trash import TrashService
from kamdesk.store.database import Database
from kamdesk.store.models import Account, Interaction, Person, Task


@dataclass(frozen=True)
class PersonRef:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class InteractionSummary:
    id: uuid.UUID
    account_id: uuid.UUID
    kind: InteractionKind
    occurred_at: datetime
    summary: str
    details: str
    people: list[PersonRef] = field(default_factory=list)
    meeting_id: uuid.UUID | None = None  # the planned meeting this entry is the outcome of


@dataclass
class InteractionInput:
    """What "Log contact" holds. ``next_step`` (with ``next_due``) adds a task for the
    follow-up in the same transaction, on the person when exactly one took part; it is
    used by log_interaction only (editing an entry leaves tasks alone)."""

    kind: InteractionKind
    occurred_at: datetime
    summary: str
    details: str = ""
    person_ids: list[uuid.UUID] = field(default_factory=list)
    next_step: str = ""
    next_due: date | None = None


def checked_next_step(text: str, due: date | None) -> str:
    """The next step's text, stripped ("" for none); a step needs its due date."""
    text = text.strip()
    if text and due is None:
        raise ValidationError("next_due", "give the next step a due date")
    if len(text) > 300:
        raise ValidationError("next_step", "keep the next step under 300 characters")
    return text


def person_refs(people) -> list[PersonRef]:
    """The live ones of *people*, by name as a reader sorts them (Ł with L, Ż with Z)."""
    live = [PersonRef(p.id, p.full_name) for p in people if not p.in_trash]
    return sorted(live, key=lambda r: fold(r.name))


def people_of_account(session: Session, account_id: uuid.UUID, ids: list[uuid.UUID],
                      field_name: str) -> list[Person]:  # fmt: skip
    """The live people `ids` of one account, or a ValidationError naming `field_name`."""
    if not ids:
        return []
    people = session.scalars(select(Person).where(Person.id.in_(ids))).all()
    if len(people) != len(set(ids)) or any(
        p.account_id != account_id or p.in_trash for p in people
    ):
        raise ValidationError(field_name, "only people of this account can take part")
    return list(people)


def _validated(data: InteractionInput) -> InteractionInput:
    if not data.summary.strip():
        raise ValidationError("summary", "say in a few words what happened")
    if len(data.summary) > 500:
        raise ValidationError("summary", "keep the summary under 500 characters")
    # Stored in UTC: SQLite keeps the wall-clock digits only, and reads them back as UTC.
    data.occurred_at = data.occurred_at.astimezone(UTC)
    return data


def _summary(row: Interaction) -> InteractionSummary:
    people = person_refs(row.people)
    return InteractionSummary(row.id, row.account_id, row.kind, aware(row.occurred_at),
                              row.summary, row.details, people, row.meeting_id)  # fmt: skip


class InteractionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_interactions(self, account_id: uuid.UUID) -> list[InteractionSummary]:
        """The account's history, newest first."""
        with self.db.session() as s:
            rows = s.scalars(
                select(Interaction)
                .options(selectinload(Interaction.people))
                .where(Interaction.account_id == account_id, Interaction.deleted_at.is_(None))
                .order_by(Interaction.occurred_at.desc())
            ).all()
            return [_summary(r) for r in rows]

    def get_interaction(self, interaction_id: uuid.UUID) -> InteractionSummary:
        with self.db.session() as s:
            row = s.get(Interaction, interaction_id)
            if row is None or row.in_trash:
                raise NotFoundError("this interaction does not exist or is in the trash")
            return _summary(row)

    def log_interaction(self, account_id: uuid.UUID, data: InteractionInput) -> uuid.UUID:
        """A new entry of the contact history (and its next step as a task, if given);
        returns the entry's id. ValidationError("summary") on an empty text, ("next_due")
        for a next step without a date, ("people") for people of another account."""
        data = _validated(data)
        next_step = checked_next_step(data.next_step, data.next_due)
        with self.db.session() as s:
            account = s.get(Account, account_id)
            if account is None or account.in_trash:
                raise NotFoundError("this account does not exist or is in the trash")
            row = Interaction(
                account_id=account_id,
                kind=data.kind,
                occurred_at=data.occurred_at,
                summary=data.summary.strip(),
                details=data.details,
                people=people_of_account(s, account_id, data.person_ids, "people"),
            )
            s.add(row)
            if next_step:
                person = row.people[0].id if len(row.people) == 1 else None
                s.add(Task(title=next_step, due_on=data.next_due, account_id=account_id,
                           person_id=person))  # fmt: skip
            s.flush()
            return row.id

    def update_interaction(self, interaction_id: uuid.UUID, data: InteractionInput) -> None:
        """Edit a logged entry: kind, time, summary, details, people (not its next step)."""
        data = _validated(data)
        with self.db.session() as s:
            row = s.get(Interaction, interaction_id)
            if row is None or row.in_trash:
                raise NotFoundError("this interaction does not exist or is in the trash")
            row.kind, row.occurred_at = data.kind, data.occurred_at
            row.summary, row.details = data.summary.strip(), data.details
            row.people = people_of_account(s, row.account_id, data.person_ids, "people")

    def delete_interaction(self, interaction_id: uuid.UUID) -> uuid.UUID:
        """Move to the trash; returns the batch to undo with TrashService.restore."""
        return TrashService(self.db).delete(Interaction, interaction_id)
