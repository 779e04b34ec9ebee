"""Planned meetings with a client: when (in the place's time zone), where, why, who attends,
and, once it has happened, its outcome as an entry of the contact history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kamdesk.domain.enums import InteractionKind
from kamdesk.domain.time_zones import (
    as_instant,
    aware,
    is_known_zone,
    local_start,
    zone_of_place,
)
from kamdesk.language import N_
from kamdesk.services.errors import ValidationError
from kamdesk.services.interactions import (
    PersonRef,
    checked_next_step,
    people_of_account,
    person_refs,
)
from kamdesk.services.live_rows import live_row
from kamdesk.services.trash import TrashService
from kamdesk.store.database import Database
from kamdesk.store.models import Account, Interaction, Meeting, Task
from kamdesk.store.tables import utc_now


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting as lists and editors show it. ``starts_at`` is the instant (aware);
    ``local_starts_at`` the same on the place's clock (``time_zone``, "" when unknown: the
    machine's). ``outcome_id`` is the contact entry recording what happened, None until
    "record outcome"."""

    id: uuid.UUID
    account_id: uuid.UUID
    starts_at: datetime
    place: str
    objective: str
    notes: str
    attendees: list[PersonRef] = field(default_factory=list)
    time_zone: str = ""
    outcome_id: uuid.UUID | None = None

    @property
    def local_starts_at(self) -> datetime:
        return local_start(self.starts_at, self.time_zone)


@dataclass
class MeetingInput:
    """What the meeting editor holds. A naive ``starts_at`` is the wall-clock time at the
    place, in ``time_zone``; an aware one is an instant. ``time_zone`` "" takes the zone of
    the account's city and country (domain.time_zones.zone_of_place)."""

    starts_at: datetime
    place: str = ""
    objective: str = ""
    notes: str = ""
    attendee_ids: list[uuid.UUID] = field(default_factory=list)
    time_zone: str = ""


@dataclass
class OutcomeInput:
    """What "Record outcome" asks: what was said (``summary``, ``details``), who was there
    (None: the meeting's attendees) and, optionally, the next step as a dated task."""

    summary: str
    details: str = ""
    person_ids: list[uuid.UUID] | None = None
    next_step: str = ""
    next_due: date | None = None


@dataclass(frozen=True)
class RecordedOutcome:
    interaction_id: uuid.UUID
    task_id: uuid.UUID | None  # the next step, when one was given


def _validated(data: MeetingInput, account: Account) -> MeetingInput:
    if not data.objective.strip():
        raise ValidationError("objective", N_("a meeting needs an objective"))
    zone = data.time_zone.strip() or zone_of_place(account.city, account.country)
    if zone and not is_known_zone(zone):
        raise ValidationError("time_zone", N_("'{zone}' is not a known time zone"), zone=zone)
    data.time_zone = zone
    # Stored in UTC: SQLite keeps the wall-clock digits only, and reads them back as UTC.
    data.starts_at = as_instant(data.starts_at, zone).astimezone(UTC)
    return data


def _summary(row: Meeting, outcome_id: uuid.UUID | None) -> MeetingSummary:
    people = person_refs(row.attendees)
    return MeetingSummary(row.id, row.account_id, aware(row.starts_at), row.place, row.objective,
                          row.notes, people, row.time_zone, outcome_id)


def _outcomes(session: Session, meeting_ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    if not meeting_ids:
        return {}
    rows = session.execute(
        select(Interaction.meeting_id, Interaction.id)
        .where(Interaction.meeting_id.in_(meeting_ids), Interaction.deleted_at.is_(None))
        .order_by(Interaction.occurred_at)
    ).all()
    return {meeting: entry for meeting, entry in rows if meeting is not None}


def _live(session: Session, meeting_id: uuid.UUID) -> Meeting:
    return live_row(session, Meeting, meeting_id)


def _live_account(session: Session, account_id: uuid.UUID) -> Account:
    return live_row(session, Account, account_id)


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
            outcomes = _outcomes(s, [r.id for r in rows])
            return [_summary(r, outcomes.get(r.id)) for r in rows]

    def get_meeting(self, meeting_id: uuid.UUID) -> MeetingSummary:
        with self.db.session() as s:
            row = _live(s, meeting_id)
            return _summary(row, _outcomes(s, [row.id]).get(row.id))

    def plan_meeting(self, account_id: uuid.UUID, data: MeetingInput) -> uuid.UUID:
        """A new meeting; ValidationError("objective") without one, ("time_zone") for a
        zone nobody knows, ("attendees") for people of another account."""
        with self.db.session() as s:
            account = _live_account(s, account_id)
            data = _validated(data, account)
            row = Meeting(account_id=account_id, starts_at=data.starts_at,
                          time_zone=data.time_zone, place=data.place.strip(),
                          objective=data.objective.strip(), notes=data.notes,
                          attendees=people_of_account(s, account_id, data.attendee_ids,
                                                      "attendees"))
            s.add(row)
            s.flush()
            return row.id

    def update_meeting(self, meeting_id: uuid.UUID, data: MeetingInput) -> None:
        """Edit any planned or past meeting: time, zone, place, objective, notes, attendees."""
        with self.db.session() as s:
            row = _live(s, meeting_id)
            data = _validated(data, _live_account(s, row.account_id))
            row.starts_at, row.time_zone = data.starts_at, data.time_zone
            row.place = data.place.strip()
            row.objective, row.notes = data.objective.strip(), data.notes
            row.attendees = people_of_account(s, row.account_id, data.attendee_ids, "attendees")
            row.updated_at = utc_now()  # a new version even if only the attendees changed

    def record_outcome(self, meeting_id: uuid.UUID, data: OutcomeInput) -> RecordedOutcome:
        """Turn a meeting that took place into an entry of the contact history (kind
        meeting, at the meeting's time, the attendees as participants unless others are
        given), and the next step, if given, into a task due on ``next_due``, all in one
        transaction. A second call edits the entry already recorded instead of adding one.
        ValidationError("summary") without a text, ("next_due") for a step without a date."""
        summary = data.summary.strip()
        if not summary:
            raise ValidationError("summary", N_("say in a few words what came of the meeting"))
        if len(summary) > 500:
            raise ValidationError("summary", N_("keep the summary under 500 characters"))
        next_step = checked_next_step(data.next_step, data.next_due)
        with self.db.session() as s:
            row = _live(s, meeting_id)
            people = (list(row.attendees) if data.person_ids is None else
                      people_of_account(s, row.account_id, data.person_ids, "people"))
            existing = _outcomes(s, [row.id]).get(row.id)
            entry = s.get(Interaction, existing) if existing else None
            if entry is None:
                entry = Interaction(account_id=row.account_id, kind=InteractionKind.MEETING,
                                    occurred_at=row.starts_at, meeting_id=row.id)
                s.add(entry)
            entry.summary, entry.details = summary, data.details
            entry.people = [p for p in people if not p.in_trash]
            task_id = None
            if next_step:
                person = entry.people[0].id if len(entry.people) == 1 else None
                task = Task(title=next_step, due_on=data.next_due, account_id=row.account_id,
                            person_id=person)
                s.add(task)
                s.flush()
                task_id = task.id
            s.flush()
            return RecordedOutcome(entry.id, task_id)

    def delete_meeting(self, meeting_id: uuid.UUID) -> uuid.UUID:
        return TrashService(self.db).delete(Meeting, meeting_id)
