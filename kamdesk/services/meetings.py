"""Planned meetings with a client: when, where, why, and who attends."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kamdesk.services.errors import NotFoundError, ValidationError
from kamdesk.services.interactions import PersonRef, people_of_account, person_refs
from kamdesk.services.trash import TrashService
from kamdesk.store.database import Database
from kamdesk.store.models import Account, Meeting
from kamdesk.store.tables import utc_now


@dataclass(frozen=True)
class MeetingSummary:
    id: uuid.UUID
    account_id: uuid.UUID
    starts_at: datetime
    place: str
    objective: str
    notes: str
    attendees: list[PersonRef] = field(default_factory=list)


@dataclass
class MeetingInput:
    starts_at: datetime
    place: str = ""
    objective: str = ""
    notes: str = ""
    attendee_ids: list[uuid.UUID] = field(default_factory=list)


def _validated(data: MeetingInput) -> MeetingInput:
    if not data.objective.strip():
        raise ValidationError("objective", "a meeting needs an objective")
    if data.starts_at.tzinfo is None:
        data.starts_at = data.starts_at.astimezone()
    return data


def _summary(row: Meeting) -> MeetingSummary:
    people = person_refs(row.attendees)
    return MeetingSummary(row.id, row.account_id, row.starts_at, row.place, row.objective,
                          row.notes, people)  # fmt: skip


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_meetings(self, account_id: uuid.UUID) -> list[MeetingSummary]:
        """The account's meetings, latest first."""
        with self.db.session() as s:
            rows = s.scalars(
                select(Meeting)
                .options(selectinload(Meeting.attendees))
                .where(Meeting.account_id == account_id, Meeting.deleted_at.is_(None))
                .order_by(Meeting.starts_at.desc())
            ).all()
            return [_summary(r) for r in rows]

    def get_meeting(self, meeting_id: uuid.UUID) -> MeetingSummary:
        with self.db.session() as s:
            row = s.get(Meeting, meeting_id)
            if row is None or row.in_trash:
                raise NotFoundError("this meeting does not exist or is in the trash")
            return _summary(row)

    def plan_meeting(self, account_id: uuid.UUID, data: MeetingInput) -> uuid.UUID:
        data = _validated(data)
        with self.db.session() as s:
            account = s.get(Account, account_id)
            if account is None or account.in_trash:
                raise NotFoundError("this account does not exist or is in the trash")
            row = Meeting(account_id=account_id, starts_at=data.starts_at, place=data.place.strip(),
                          objective=data.objective.strip(), notes=data.notes,
                          attendees=people_of_account(s, account_id, data.attendee_ids,
                                                      "attendees"))  # fmt: skip
            s.add(row)
            s.flush()
            return row.id

    def update_meeting(self, meeting_id: uuid.UUID, data: MeetingInput) -> None:
        data = _validated(data)
        with self.db.session() as s:
            row = s.get(Meeting, meeting_id)
            if row is None or row.in_trash:
                raise NotFoundError("this meeting does not exist or is in the trash")
            row.starts_at, row.place = data.starts_at, data.place.strip()
            row.objective, row.notes = data.objective.strip(), data.notes
            row.attendees = people_of_account(s, row.account_id, data.attendee_ids, "attendees")
            row.updated_at = utc_now()  # a new version even if only the attendees changed

    def delete_meeting(self, meeting_id: uuid.UUID) -> uuid.UUID:
        return TrashService(self.db).delete(Meeting, meeting_id)
