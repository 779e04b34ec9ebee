"""The contact history of an account: logging calls, meetings, letters, and reading them back."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kamdesk.domain.enums import InteractionKind
from kamdesk.domain.folding import fold
from kamdesk.services.errors import NotFoundError, ValidationError
from kamdesk.services.trash import TrashService
from kamdesk.store.database import Database
from kamdesk.store.models import Account, Interaction, Person
from kamdesk.store.tables import utc_now


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
    private: bool = False  # a personal note: on a team server only its author reads it


@dataclass
class InteractionInput:
    kind: InteractionKind
    occurred_at: datetime
    summary: str
    details: str = ""
    person_ids: list[uuid.UUID] = field(default_factory=list)
    private: bool = False  # only its author reads it (enforced by the team server)
    author_id: uuid.UUID | None = None  # the KAM who wrote it; the team server fills it in


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
    if data.occurred_at.tzinfo is None:
        data.occurred_at = data.occurred_at.astimezone()
    return data


def _summary(row: Interaction) -> InteractionSummary:
    people = person_refs(row.people)
    return InteractionSummary(row.id, row.account_id, row.kind, row.occurred_at, row.summary,
                              row.details, people, row.private)  # fmt: skip


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

    def log_interaction(self, account_id: uuid.UUID, data: InteractionInput) -> uuid.UUID:
        data = _validated(data)
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
                private=data.private,
                author_id=data.author_id,
            )
            s.add(row)
            s.flush()
            return row.id

    def update_interaction(self, interaction_id: uuid.UUID, data: InteractionInput) -> None:
        data = _validated(data)
        with self.db.session() as s:
            row = s.get(Interaction, interaction_id)
            if row is None or row.in_trash:
                raise NotFoundError("this interaction does not exist or is in the trash")
            row.kind, row.occurred_at = data.kind, data.occurred_at
            row.summary, row.details = data.summary.strip(), data.details
            row.private = data.private
            row.people = people_of_account(s, row.account_id, data.person_ids, "people")
            row.updated_at = utc_now()  # a new version even if only the people changed

    def delete_interaction(self, interaction_id: uuid.UUID) -> uuid.UUID:
        """Move to the trash; returns the batch to undo with TrashService.restore."""
        return TrashService(self.db).delete(Interaction, interaction_id)
