"""A person's page: everything the dossier knows about one DMU member, in one read.

``PersonProfileService.profile(person_id)`` returns a read-only ``PersonProfile`` (plain
frozen dataclasses), so a window draws the page without further queries; "Edit" opens the
person editor with ``PeopleService.get_person``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kamdesk.domain.birthdays import Birthday, birthday_of, next_occurrence
from kamdesk.domain.enums import DmuRole, DmuType, InteractionKind, ServiceCaseKind, Stance
from kamdesk.domain.time_zones import aware, local_start
from kamdesk.language import N_
from kamdesk.services.errors import NotFoundError
from kamdesk.services.interactions import PersonRef, person_refs
from kamdesk.services.people import ContactData
from kamdesk.services.tasks import TaskService, TaskSummary
from kamdesk.store.database import Database
from kamdesk.store.models import (
    Interaction,
    Meeting,
    Person,
    ServiceCase,
    interaction_person,
    meeting_attendee,
)


@dataclass(frozen=True)
class ProfileFamilyMember:
    name: str
    relation: str
    birthday: Birthday | None
    next_birthday: date | None
    turning: int | None  # the age at the next birthday, when the year is known
    notes: str


@dataclass(frozen=True)
class ProfileContact:
    """One entry of the contact history the person took part in. ``with_others``: the
    other people of the client who were there."""

    id: uuid.UUID
    kind: InteractionKind
    occurred_at: datetime
    summary: str
    details: str
    with_others: list[PersonRef] = field(default_factory=list)
    meeting_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ProfileMeeting:
    """A meeting the person attends (or attended). ``local_starts_at`` is on the place's
    clock; ``upcoming`` when it starts after `now`."""

    id: uuid.UUID
    starts_at: datetime
    local_starts_at: datetime
    time_zone: str
    place: str
    objective: str
    upcoming: bool
    outcome_id: uuid.UUID | None


@dataclass(frozen=True)
class ProfileCase:
    id: uuid.UUID
    kind: ServiceCaseKind
    title: str
    opened_on: date


@dataclass(frozen=True)
class PersonProfile:
    """Who they are, how they stand toward us, what to remember about them, and our
    history with them. ``contacts`` newest first; ``meetings`` upcoming first (soonest
    first), then past ones (latest first); ``last_spoke`` the newest contact's time."""

    id: uuid.UUID
    account_id: uuid.UUID
    account_name: str
    full_name: str
    given_name: str
    family_name: str
    position: str
    department: str
    reports_to: PersonRef | None
    dmu_role: DmuRole | None
    dmu_type: DmuType | None
    stance: Stance | None
    influence: int | None
    birthday: Birthday | None
    next_birthday: date | None
    turning: int | None
    hobbies: str
    values: str
    notes: str
    contact_points: list[ContactData]
    family: list[ProfileFamilyMember]
    contacts: list[ProfileContact]
    open_tasks: list[TaskSummary]
    meetings: list[ProfileMeeting]
    open_cases: list[ProfileCase]
    last_spoke: datetime | None


def _turning(birthday: Birthday | None, on: date | None) -> int | None:
    return on.year - birthday.year if birthday and birthday.year and on else None


class PersonProfileService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def profile(self, person_id: uuid.UUID, today: date | None = None,
                now: datetime | None = None) -> PersonProfile:
        """The whole profile of a person (NotFoundError when gone or in the trash)."""
        today = today or date.today()
        now = aware(now) if now else datetime.now().astimezone()
        with self.db.session() as s:
            person = s.scalar(
                select(Person)
                .options(selectinload(Person.contacts), selectinload(Person.family),
                         selectinload(Person.account), selectinload(Person.reports_to))
                .where(Person.id == person_id)
            )
            if person is None or person.in_trash or person.account.in_trash:
                raise NotFoundError(N_("this person does not exist or is in the trash"))
            entries = s.scalars(
                select(Interaction)
                .options(selectinload(Interaction.people))
                .join(interaction_person, interaction_person.c.interaction_id == Interaction.id)
                .where(interaction_person.c.person_id == person_id,
                       Interaction.deleted_at.is_(None))
                .order_by(Interaction.occurred_at.desc())
            ).all()
            meetings = s.scalars(
                select(Meeting)
                .join(meeting_attendee, meeting_attendee.c.meeting_id == Meeting.id)
                .where(meeting_attendee.c.person_id == person_id, Meeting.deleted_at.is_(None))
            ).all()
            outcomes = {e.meeting_id: e.id for e in s.scalars(
                select(Interaction).where(Interaction.meeting_id.in_([m.id for m in meetings]),
                                          Interaction.deleted_at.is_(None)))}
            cases = s.scalars(
                select(ServiceCase)
                .where(ServiceCase.person_id == person_id, ServiceCase.deleted_at.is_(None),
                       ServiceCase.resolved_on.is_(None))
                .order_by(ServiceCase.opened_on)
            ).all()
            birthday = birthday_of(person)
            next_birthday = next_occurrence(birthday, today) if birthday else None
            boss = person.reports_to
            family = []
            for f in sorted((f for f in person.family if not f.in_trash), key=lambda f: f.name):
                fb = birthday_of(f)
                fnext = next_occurrence(fb, today) if fb else None
                family.append(ProfileFamilyMember(f.name, f.relation, fb, fnext,
                                                  _turning(fb, fnext), f.notes))
            contacts = [
                ProfileContact(e.id, e.kind, aware(e.occurred_at), e.summary, e.details,
                               [r for r in person_refs(e.people) if r.id != person_id],
                               e.meeting_id)
                for e in entries
            ]
            planned = []
            for m in meetings:
                starts = aware(m.starts_at)
                planned.append(ProfileMeeting(m.id, starts, local_start(starts, m.time_zone),
                                              m.time_zone, m.place, m.objective, starts > now,
                                              outcomes.get(m.id)))
            upcoming = sorted((m for m in planned if m.upcoming), key=lambda m: m.starts_at)
            past = sorted((m for m in planned if not m.upcoming), key=lambda m: m.starts_at,
                          reverse=True)
            result = PersonProfile(
                id=person.id, account_id=person.account_id, account_name=person.account.name,
                full_name=person.full_name, given_name=person.given_name,
                family_name=person.family_name, position=person.position,
                department=person.department,
                reports_to=PersonRef(boss.id, boss.full_name) if boss and not boss.in_trash
                else None,
                dmu_role=person.dmu_role, dmu_type=person.dmu_type, stance=person.stance,
                influence=person.influence, birthday=birthday, next_birthday=next_birthday,
                turning=_turning(birthday, next_birthday), hobbies=person.hobbies,
                values=person.values, notes=person.notes,
                contact_points=[ContactData(c.kind, c.value, c.label) for c in person.contacts],
                family=family, contacts=contacts, open_tasks=[], meetings=upcoming + past,
                open_cases=[ProfileCase(c.id, c.kind, c.title, c.opened_on) for c in cases],
                last_spoke=contacts[0].occurred_at if contacts else None,
            )
        # A second read, but of the same rows the task list shows (one ordering rule).
        tasks = TaskService(self.db).list_tasks(person_id=person_id, open_only=True)
        return replace(result, open_tasks=tasks)
