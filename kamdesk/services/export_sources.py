"""What the exports read: people as cards, and the dated things a calendar should show."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from kamdesk.domain.birthdays import Birthday, birthday_of
from kamdesk.domain.enums import ProposalStatus
from kamdesk.domain.folding import fold
from kamdesk.services.contact_import.merging import card_of
from kamdesk.services.person_cards import PersonCard
from kamdesk.store.database import Database
from kamdesk.store.models import Account, Meeting, Person, Proposal, Task, Tender

OPEN_PROPOSALS = (ProposalStatus.DRAFT, ProposalStatus.SENT)


@dataclass(frozen=True)
class CalendarBirthday:
    key: uuid.UUID  # the person or family member, for a stable event id
    name: str
    birthday: Birthday
    account: str
    relative_of: str = ""  # the DMU member, for a family member's birthday
    relation: str = ""


@dataclass(frozen=True)
class CalendarDay:
    """One all-day entry: a task due, a proposal expiring, a tender or its preparation."""

    key: str  # stable event id: kind and row id
    on: date
    title: str
    account: str
    details: str = ""


@dataclass(frozen=True)
class CalendarMeeting:
    key: uuid.UUID
    starts_at: datetime
    title: str
    account: str
    place: str
    attendees: tuple[str, ...]
    notes: str
    time_zone: str = ""  # the place's IANA zone: the event is written in it


@dataclass(frozen=True)
class CalendarData:
    birthdays: list[CalendarBirthday]
    days: list[CalendarDay]
    meetings: list[CalendarMeeting]


class ExportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def person_cards(self, account_id: uuid.UUID | None = None) -> list[PersonCard]:
        """Every live person (of one account, or all), by account then name."""
        with self.db.session() as s:
            query = (
                select(Person, Account.name)
                .join(Account, Account.id == Person.account_id)
                .options(selectinload(Person.contacts), selectinload(Person.family))
                .where(Person.deleted_at.is_(None), Account.deleted_at.is_(None))
            )
            if account_id is not None:
                query = query.where(Account.id == account_id)
            cards = [card_of(person, account) for person, account in s.execute(query)]
        return sorted(cards, key=lambda c: (fold(c.organisation), fold(c.full_name)))

    def calendar(self, since: date, account_id: uuid.UUID | None = None) -> CalendarData:
        """Birthdays (families too), open tasks, open proposals' expiry, tenders, and
        meetings from `since` on; of one account, or all."""
        with self.db.session() as s:
            query = select(Account.id, Account.name).where(Account.deleted_at.is_(None))
            if account_id is not None:
                query = query.where(Account.id == account_id)
            accounts = dict(s.execute(query).all())
            return CalendarData(
                _birthdays(s, accounts),
                sorted(_days(s, accounts, everything=account_id is None),
                       key=lambda d: (d.on, d.key)),
                _meetings(s, accounts, since),
            )


def _birthdays(s: Session, accounts: dict[uuid.UUID, str]) -> list[CalendarBirthday]:
    found = []
    people = s.scalars(
        select(Person).options(selectinload(Person.family))
        .where(Person.deleted_at.is_(None), Person.account_id.in_(accounts))
    )
    for p in people:
        account = accounts[p.account_id]
        if b := birthday_of(p):
            found.append(CalendarBirthday(p.id, p.full_name, b, account))
        for f in p.family:
            if f.deleted_at is None and (b := birthday_of(f)):
                found.append(CalendarBirthday(f.id, f.name, b, account, p.full_name, f.relation))
    return found


def _days(s: Session, accounts: dict[uuid.UUID, str], everything: bool) -> list[CalendarDay]:
    days: list[CalendarDay] = []
    of_accounts = Task.account_id.in_(accounts)
    tasks = select(Task).where(
        Task.deleted_at.is_(None), Task.done_at.is_(None), Task.due_on.is_not(None),
        or_(of_accounts, Task.account_id.is_(None)) if everything else of_accounts,
    )
    for task in s.scalars(tasks):
        if task.due_on is not None:  # (the query asks for a due date)
            account = accounts.get(task.account_id, "") if task.account_id else ""
            days.append(CalendarDay(f"task-{task.id}", task.due_on, task.title, account,
                                    task.notes))
    proposals = select(Proposal).where(
        Proposal.deleted_at.is_(None), Proposal.status.in_(OPEN_PROPOSALS),
        Proposal.expires_on.is_not(None), Proposal.account_id.in_(accounts),
    )
    for p in s.scalars(proposals):
        if p.expires_on is None:  # (the query asks for one)
            continue
        title = f"Proposal expires: {p.title}"
        days.append(CalendarDay(f"proposal-{p.id}", p.expires_on, title, accounts[p.account_id]))
    tenders = select(Tender).where(Tender.deleted_at.is_(None), Tender.account_id.in_(accounts))
    for t in s.scalars(tenders):
        account = accounts[t.account_id]
        days.append(CalendarDay(f"tender-{t.id}", t.tender_date, f"Tender: {t.title}", account,
                                t.notes))
        days.append(CalendarDay(f"tender-preparation-{t.id}", t.preparation_start,
                                f"Start preparing the tender: {t.title}", account))
    return days


def _meetings(s: Session, accounts: dict[uuid.UUID, str], since: date) -> list[CalendarMeeting]:
    found = []
    meetings = (
        select(Meeting).options(selectinload(Meeting.attendees))
        .where(Meeting.deleted_at.is_(None), Meeting.account_id.in_(accounts))
        .order_by(Meeting.starts_at)
    )
    for m in s.scalars(meetings):
        if m.starts_at.date() >= since:
            attendees = tuple(a.full_name for a in m.attendees if a.deleted_at is None)
            title, account = m.objective or "Meeting", accounts[m.account_id]
            found.append(
                CalendarMeeting(m.id, m.starts_at, title, account, m.place, attendees, m.notes,
                                m.time_zone)
            )
    return found

