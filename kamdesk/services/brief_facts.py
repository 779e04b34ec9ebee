"""The plain facts a brief is read into (see ``kamdesk.services.brief_source``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from kamdesk.domain import enums
from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.completeness import Completeness
from kamdesk.services.accounts import AccountDetail
from kamdesk.services.proposal_summary import ProposalSummary


@dataclass(frozen=True)
class FamilyFact:
    name: str
    relation: str
    birthday: Birthday | None


@dataclass(frozen=True)
class PersonFact:
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


@dataclass(frozen=True)
class MeetingFact:
    id: uuid.UUID
    starts_at: datetime
    place: str
    objective: str
    notes: str
    attendee_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class ChecklistFact:
    text: str
    done: bool


@dataclass(frozen=True)
class TenderFact:
    title: str
    tender_date: date
    preparation_start: date
    checklist: tuple[ChecklistFact, ...]


@dataclass(frozen=True)
class ServiceCaseFact:
    kind: enums.ServiceCaseKind
    title: str
    opened_on: date
    person_name: str


@dataclass(frozen=True)
class CrossSellFact:
    division: str
    offering: str
    status: enums.CrossSellStatus
    estimated_value: Decimal | None
    currency: str


@dataclass(frozen=True)
class InteractionFact:
    kind: enums.InteractionKind
    occurred_at: datetime
    summary: str
    people: tuple[str, ...]


@dataclass(frozen=True)
class TaskFact:
    title: str
    due_on: date | None
    person_name: str


@dataclass(frozen=True)
class BriefSource:
    """The raw facts of one brief; ``*_count`` fields count what the limited lists left out."""

    today: date
    account: AccountDetail
    year: int | None
    planned: Decimal | None
    actual: Decimal | None
    currency: str
    share: Decimal
    warnings: list[str]
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


@dataclass(frozen=True)
class AccountRef:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class MeetingRef:
    id: uuid.UUID
    account_id: uuid.UUID
    account_name: str
    starts_at: datetime
