"""The plain facts a brief is read into (see ``kamdesk.services.brief_sources.reading``).

NamedTuples, like the brief's content records, so that defining them stays cheap at start-up.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from kamdesk.domain import enums
from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.completeness import Completeness
from kamdesk.services.accounts import AccountDetail
from kamdesk.services.proposal_summary import ProposalSummary


class FamilyFact(NamedTuple):
    name: str
    relation: str
    birthday: Birthday | None
    notes: str = ""


class PersonFact(NamedTuple):
    id: uuid.UUID
    full_name: str
    position: str
    department: str
    reports_to_id: uuid.UUID | None
    dmu_role: enums.DmuRole | None
    dmu_type: enums.DmuType | None
    stance: enums.Stance | None
    influence: int | None
    birthday: Birthday | None
    hobbies: str
    values: str
    notes: str
    family: tuple[FamilyFact, ...]
    last_contact: datetime | None
    phone: str = ""
    email: str = ""
    open_cases: tuple[str, ...] = ()  # titles of their unresolved service cases, oldest first
    last_said: str = ""  # the words of the newest contact with them


class MeetingFact(NamedTuple):
    id: uuid.UUID
    starts_at: datetime
    place: str
    objective: str
    notes: str
    attendee_ids: tuple[uuid.UUID, ...]
    time_zone: str = ""  # the place's IANA zone


class ChecklistFact(NamedTuple):
    text: str
    done: bool


class TenderFact(NamedTuple):
    title: str
    tender_date: date
    preparation_start: date
    checklist: tuple[ChecklistFact, ...]


class ServiceCaseFact(NamedTuple):
    kind: enums.ServiceCaseKind
    title: str
    opened_on: date
    person_name: str


class CrossSellFact(NamedTuple):
    division: str
    offering: str
    status: enums.CrossSellStatus
    estimated_value: Decimal | None
    currency: str


class InteractionFact(NamedTuple):
    kind: enums.InteractionKind
    occurred_at: datetime
    summary: str
    people: tuple[str, ...]


class TaskFact(NamedTuple):
    title: str
    due_on: date | None
    person_name: str


class BriefSource(NamedTuple):
    """The raw facts of one brief; ``*_count`` fields count what the limited lists left out."""

    today: date
    account: AccountDetail
    year: int | None
    planned: Decimal | None
    actual: Decimal | None
    currency: str
    share: Decimal
    warnings: list  # ConcentrationAlert about this account, as data: the brief phrases it
    completeness: Completeness
    uncovered_roles: list[enums.DmuRole]
    people: list[PersonFact]
    meeting: MeetingFact | None
    proposals: list[ProposalSummary]
    tenders: list[TenderFact]
    service_cases: list[ServiceCaseFact]
    service_case_count: int
    cross_sell: list[CrossSellFact]
    interactions: list[InteractionFact]
    interaction_count: int
    tasks: list[TaskFact]
    task_count: int
    last_outcome: OutcomeFact | None = None


class PersonExtra(NamedTuple):
    phone: str
    email: str
    open_cases: tuple[str, ...]
    last_said: str


class OutcomeFact(NamedTuple):
    """What came of the last meeting, as its contact entry recorded it."""

    occurred_at: datetime
    summary: str
    details: str
    people: tuple[str, ...]


class ItineraryStop(NamedTuple):
    """One planned meeting of a trip."""

    meeting_id: uuid.UUID
    account_id: uuid.UUID
    account_name: str
    starts_at: datetime
    time_zone: str
    place: str
    objective: str
    attendees: tuple[str, ...]


class AccountRef(NamedTuple):
    id: uuid.UUID
    name: str


class MeetingRef(NamedTuple):
    id: uuid.UUID
    account_id: uuid.UUID
    account_name: str
    starts_at: datetime
