"""Everything a brief needs about one account (or one meeting), read in one session.

The briefing package turns this plain data into content and then into a PDF; it never
touches the database itself. Lists that can grow without bound (interactions, tasks) are
read with a limit and a count, so a huge account is still read quickly.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kamdesk.domain import enums
from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.completeness import Completeness, dossier_completeness
from kamdesk.domain.concentration import concentration
from kamdesk.domain.dmu import uncovered_roles
from kamdesk.domain.folding import fold
from kamdesk.services.accounts import AccountDetail, RevenueRow
from kamdesk.services.errors import NotFoundError
from kamdesk.services.overview import person_facts
from kamdesk.services.people import birthday_of, last_contacts
from kamdesk.services.proposals import ProposalSummary
from kamdesk.services.proposals import summary_of as proposal_summary
from kamdesk.services.revenue import latest_year, revenue_by_account
from kamdesk.store.database import Database
from kamdesk.store.models import (
    Account,
    CrossSellOpportunity,
    Interaction,
    Meeting,
    Person,
    Proposal,
    ServiceCase,
    Task,
    Tender,
)

OPEN_LIST_LIMIT = 50  # tasks and service cases read per brief; the rest are only counted
# Counts every matching row before LIMIT applies: the total comes with the first rows.
_TOTAL = func.count().over()
_CLOSED_CROSS_SELL = (enums.CrossSellStatus.WON, enums.CrossSellStatus.LOST)


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


class BriefSourceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def brief_source(
        self,
        account_id: uuid.UUID,
        meeting_id: uuid.UUID | None = None,
        today: date | None = None,
        recent_interactions: int = 10,
    ) -> BriefSource:
        """Read one account (and optionally one of its meetings) for a brief."""
        today = today or date.today()
        with self.db.session() as s:
            account = s.scalar(
                select(Account)
                .options(selectinload(Account.revenue))
                .where(Account.id == account_id)
            )
            if account is None or account.in_trash:
                raise NotFoundError("this account does not exist or is in the trash")
            meeting = _meeting(s, account, meeting_id) if meeting_id else None
            people = _people(s, account_id)
            contacts = last_contacts(s, [p.id for p in people])
            year, planned, actual, currency, share, warnings = _revenue(s, account)
            cases, case_count = _service_cases(s, account_id)
            interactions, interaction_count = _interactions(s, account_id, recent_interactions)
            tasks, task_count = _tasks(s, account_id)
            return BriefSource(
                today=today,
                account=_account_detail(account),
                year=year, planned=planned, actual=actual, currency=currency, share=share,
                warnings=warnings,
                completeness=dossier_completeness(
                    [person_facts(p, contacts.get(p.id)) for p in people]
                ),
                uncovered_roles=uncovered_roles(p.dmu_role for p in people),
                people=[_person_fact(p, contacts.get(p.id)) for p in people],
                meeting=meeting,
                proposals=_open_proposals(s, account_id, today),
                tenders=_tenders(s, account_id, today),
                service_cases=cases, service_case_count=case_count,
                cross_sell=_cross_sell(s, account_id),
                interactions=interactions, interaction_count=interaction_count,
                tasks=tasks, task_count=task_count,
            )  # fmt: skip

    def accounts_in_city(self, city: str) -> list[AccountRef]:
        """Live accounts whose city matches *city* (case- and diacritics-insensitive), by name."""
        wanted = fold(city)
        with self.db.session() as s:
            rows = s.execute(
                select(Account.id, Account.name, Account.city).where(Account.deleted_at.is_(None))
            ).all()
        found = [AccountRef(i, n) for i, n, c in rows if wanted and fold(c) == wanted]
        return sorted(found, key=lambda a: fold(a.name))

    def next_meeting(
        self, after: datetime, account_id: uuid.UUID | None = None
    ) -> MeetingRef | None:
        """The first live meeting starting at or after *after*, for one account or any."""
        if after.tzinfo is not None:
            after = after.astimezone(UTC)  # SQLite keeps UTC wall-clock times
        with self.db.session() as s:
            query = (
                select(Meeting, Account.name)
                .join(Account, Meeting.account_id == Account.id)
                .where(Meeting.deleted_at.is_(None), Account.deleted_at.is_(None),
                       Meeting.starts_at >= after)
                .order_by(Meeting.starts_at)
                .limit(1)
            )  # fmt: skip
            if account_id is not None:
                query = query.where(Meeting.account_id == account_id)
            row = s.execute(query).first()
            if row is None:
                return None
            meeting, name = row
            return MeetingRef(meeting.id, meeting.account_id, name, meeting.starts_at)


def _account_detail(account: Account) -> AccountDetail:
    revenue = sorted(account.revenue, key=lambda r: (r.year, r.quarter or 0))
    return AccountDetail(
        account.id, account.name, account.tier, account.industry, account.region,
        account.city, account.country, account.lead_source, account.website, account.notes,
        [RevenueRow(r.year, r.quarter, r.planned, r.actual, r.currency) for r in revenue],
    )  # fmt: skip


def _meeting(s: Session, account: Account, meeting_id: uuid.UUID) -> MeetingFact:
    meeting = s.scalar(
        select(Meeting).options(selectinload(Meeting.attendees)).where(Meeting.id == meeting_id)
    )
    if meeting is None or meeting.in_trash or meeting.account_id != account.id:
        raise NotFoundError(f"no meeting {meeting_id} with {account.name}")
    attendees = tuple(p.id for p in meeting.attendees if not p.in_trash)
    return MeetingFact(meeting.id, meeting.starts_at, meeting.place, meeting.objective,
                       meeting.notes, attendees)  # fmt: skip


def _people(s: Session, account_id: uuid.UUID) -> list[Person]:
    return list(
        s.scalars(
            select(Person)
            .options(selectinload(Person.contacts), selectinload(Person.family))
            .where(Person.account_id == account_id, Person.deleted_at.is_(None))
        )
    )


def _person_fact(p: Person, last_contact: datetime | None) -> PersonFact:
    family = tuple(
        FamilyFact(f.name, f.relation, birthday_of(f)) for f in p.family if not f.in_trash
    )
    return PersonFact(
        p.id, p.full_name, p.position, p.department, p.reports_to_id, p.dmu_role, p.dmu_type,
        p.stance, p.influence, birthday_of(p), p.hobbies, p.values, p.notes, family, last_contact,
    )  # fmt: skip


def _revenue(s: Session, account: Account):
    """(year, planned, actual, currency, share of our sales, concentration warnings)."""
    year = latest_year(s)
    if year is None:
        return None, None, None, "EUR", Decimal(0), []
    revenue = revenue_by_account(s, year)
    accounts = s.execute(
        select(Account.id, Account.name, Account.tier).where(Account.deleted_at.is_(None))
    ).all()
    report = concentration(
        (i, n, t, revenue.get(i, (0, Decimal(0)))[1]) for i, n, t in accounts
    )
    share = next((r.share for r in report.shares if r.key == account.id), Decimal(0))
    warnings = [w for w in report.warnings if account.name in w]
    planned, actual = revenue.get(account.id, (None, None))
    currency = next((r.currency for r in account.revenue if r.year == year), "EUR")
    return year, planned, actual, currency, share, warnings


def _open_proposals(s: Session, account_id: uuid.UUID, today: date) -> list[ProposalSummary]:
    rows = s.scalars(
        select(Proposal)
        .options(selectinload(Proposal.tasks), selectinload(Proposal.team))
        .where(Proposal.account_id == account_id, Proposal.deleted_at.is_(None),
               Proposal.status.in_((enums.ProposalStatus.DRAFT, enums.ProposalStatus.SENT)))
        .order_by(Proposal.expires_on)
    )  # fmt: skip
    return [proposal_summary(p, today) for p in rows]


def _tenders(s: Session, account_id: uuid.UUID, today: date) -> list[TenderFact]:
    rows = s.scalars(
        select(Tender)
        .options(selectinload(Tender.checklist))
        .where(Tender.account_id == account_id, Tender.deleted_at.is_(None),
               Tender.tender_date >= today)
        .order_by(Tender.tender_date)
    )  # fmt: skip
    return [
        TenderFact(t.title, t.tender_date, t.preparation_start,
                   tuple(ChecklistFact(i.text, i.done) for i in t.checklist))
        for t in rows
    ]  # fmt: skip


def _service_cases(s: Session, account_id: uuid.UUID) -> tuple[list[ServiceCaseFact], int]:
    where = (ServiceCase.account_id == account_id, ServiceCase.deleted_at.is_(None),
             ServiceCase.resolved_on.is_(None))  # fmt: skip
    rows = s.execute(
        select(ServiceCase.kind, ServiceCase.title, ServiceCase.opened_on, Person.full_name,
               _TOTAL)
        .outerjoin(Person, ServiceCase.person_id == Person.id)
        .where(*where)
        .order_by(ServiceCase.opened_on)
        .limit(OPEN_LIST_LIMIT)
    ).all()  # fmt: skip
    facts = [ServiceCaseFact(kind, title, day, who or "") for kind, title, day, who, _ in rows]
    return facts, rows[0][-1] if rows else 0


def _cross_sell(s: Session, account_id: uuid.UUID) -> list[CrossSellFact]:
    rows = s.scalars(
        select(CrossSellOpportunity)
        .where(CrossSellOpportunity.account_id == account_id,
               CrossSellOpportunity.deleted_at.is_(None),
               CrossSellOpportunity.status.not_in(_CLOSED_CROSS_SELL))
        .order_by(CrossSellOpportunity.division, CrossSellOpportunity.offering)
        .limit(OPEN_LIST_LIMIT)
    )  # fmt: skip
    return [CrossSellFact(c.division, c.offering, c.status, c.estimated_value, c.currency)
            for c in rows]  # fmt: skip


def _interactions(
    s: Session, account_id: uuid.UUID, limit: int
) -> tuple[list[InteractionFact], int]:
    where = (Interaction.account_id == account_id, Interaction.deleted_at.is_(None))
    rows = s.execute(
        select(Interaction, _TOTAL)
        .options(selectinload(Interaction.people))
        .where(*where)
        .order_by(Interaction.occurred_at.desc())
        .limit(max(limit, 1))  # at least one row, to read the total from
    ).all()
    facts = [
        InteractionFact(i.kind, i.occurred_at, i.summary,
                        tuple(sorted((p.full_name for p in i.people if not p.in_trash), key=fold)))
        for i, _ in rows[:limit]
    ]  # fmt: skip
    return facts, rows[0][-1] if rows else 0


def _tasks(s: Session, account_id: uuid.UUID) -> tuple[list[TaskFact], int]:
    # Proposal follow-up steps are shown with their proposal, not again as tasks.
    where = (Task.account_id == account_id, Task.deleted_at.is_(None), Task.done_at.is_(None),
             Task.follow_up_step.is_(None))  # fmt: skip
    rows = s.execute(
        select(Task.title, Task.due_on, Person.full_name, _TOTAL)
        .outerjoin(Person, Task.person_id == Person.id)
        .where(*where)
        .order_by(Task.due_on.is_(None), Task.due_on, Task.title)
        .limit(OPEN_LIST_LIMIT)
    ).all()
    return [TaskFact(title, due, name or "") for title, due, name, _ in rows], (
        rows[0][-1] if rows else 0
    )
