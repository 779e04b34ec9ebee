"""The agenda: what needs the KAM's attention in the coming days, across all accounts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import or_, select

from kamdesk.domain.birthdays import upcoming_birthdays
from kamdesk.domain.enums import ProposalStatus
from kamdesk.services.people import birthday_of
from kamdesk.store.database import Database
from kamdesk.store.models import Account, FamilyMember, Person, Proposal, ServiceCase, Task, Tender

SERVICE_CASE_TOO_LONG_DAYS = 14


class AgendaKind(StrEnum):
    BIRTHDAY = "birthday"
    TASK = "task"
    PROPOSAL_EXPIRY = "proposal_expiry"
    TENDER_PREPARATION = "tender_preparation"
    TENDER = "tender"
    SERVICE_CASE = "service_case"


@dataclass(frozen=True)
class AgendaItem:
    kind: AgendaKind
    on: date
    title: str
    account_id: uuid.UUID | None
    account_name: str
    ref_id: uuid.UUID  # the task, person, proposal, tender or case it belongs to
    overdue: bool = False


def _months_in(start: date, end: date) -> set[int]:
    months, day = set(), start.replace(day=1)
    while day <= end:
        months.add(day.month)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


class AgendaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def agenda(self, today: date | None = None, days: int = 14) -> list[AgendaItem]:
        """Birthdays, due and overdue tasks, expiring proposals, tender milestones and
        service cases open too long, in date order."""
        today = today or date.today()
        end = today + timedelta(days=days)
        items: list[AgendaItem] = []
        with self.db.session() as s:
            names = dict(
                s.execute(
                    select(Account.id, Account.name).where(Account.deleted_at.is_(None))
                ).all()
            )
            live = Account.deleted_at.is_(None)
            months = _months_in(today, end)
            # -- birthdays of DMU members and of their families
            people = (
                s.execute(
                    select(Person)
                    .join(Account)
                    .where(live, Person.deleted_at.is_(None), Person.birth_month.in_(months))
                )
                .scalars()
                .all()
            )
            family = s.execute(
                select(FamilyMember, Person).join(Person).join(Account).where(
                    live, Person.deleted_at.is_(None), FamilyMember.deleted_at.is_(None),
                    FamilyMember.birth_month.in_(months),
                )
            ).all()  # fmt: skip
            owners = {p.id: p for p in people}
            candidates = [(("p", p.id), p.full_name, birthday_of(p)) for p in people]
            for member, person in family:
                owners[member.id] = person
                label = f"{member.name} ({member.relation} of {person.full_name})"
                candidates.append((("f", member.id), label, birthday_of(member)))
            for b in upcoming_birthdays(candidates, today, days):
                owner = owners[b.key[1]]
                turning = f", turns {b.turning}" if b.turning else ""
                items.append(
                    AgendaItem(
                        AgendaKind.BIRTHDAY,
                        b.on,
                        f"Birthday: {b.name}{turning}",
                        owner.account_id,
                        names.get(owner.account_id, ""),
                        owner.id,
                    )
                )
            # -- tasks due in the window or overdue
            for task in s.scalars(select(Task).where(
                Task.deleted_at.is_(None), Task.done_at.is_(None), Task.due_on <= end,
                or_(Task.account_id.is_(None), Task.account_id.in_(names)),
            )):  # fmt: skip
                items.append(
                    AgendaItem(
                        AgendaKind.TASK,
                        task.due_on,
                        task.title,
                        task.account_id,
                        names.get(task.account_id, ""),
                        task.id,
                        overdue=task.due_on < today,
                    )
                )
            # -- proposals whose conditions run out soon
            for p in s.scalars(select(Proposal).join(Account).where(
                live, Proposal.deleted_at.is_(None), Proposal.status == ProposalStatus.SENT,
                Proposal.expires_on >= today, Proposal.expires_on <= end,
            )):  # fmt: skip
                left = (p.expires_on - today).days
                items.append(
                    AgendaItem(
                        AgendaKind.PROPOSAL_EXPIRY,
                        p.expires_on,
                        f"Proposal “{p.title}” expires in {left} days",
                        p.account_id,
                        names.get(p.account_id, ""),
                        p.id,
                    )
                )
            # -- tenders: preparation starting, and the tender date itself
            milestone_soon = or_(
                Tender.preparation_start.between(today, end), Tender.tender_date.between(today, end)
            )
            for t in s.scalars(
                select(Tender)
                .join(Account)
                .where(live, Tender.deleted_at.is_(None), milestone_soon)
            ):
                if today <= t.preparation_start <= end:
                    items.append(
                        AgendaItem(
                            AgendaKind.TENDER_PREPARATION,
                            t.preparation_start,
                            f"Start preparing for tender “{t.title}”",
                            t.account_id,
                            names.get(t.account_id, ""),
                            t.id,
                        )
                    )
                if today <= t.tender_date <= end:
                    items.append(
                        AgendaItem(
                            AgendaKind.TENDER,
                            t.tender_date,
                            f"Tender “{t.title}”",
                            t.account_id,
                            names.get(t.account_id, ""),
                            t.id,
                        )
                    )
            # -- service cases open too long
            limit = today - timedelta(days=SERVICE_CASE_TOO_LONG_DAYS)
            for c in s.scalars(select(ServiceCase).join(Account).where(
                live, ServiceCase.deleted_at.is_(None), ServiceCase.resolved_on.is_(None),
                ServiceCase.opened_on <= limit,
            )):  # fmt: skip
                open_days = (today - c.opened_on).days
                items.append(
                    AgendaItem(
                        AgendaKind.SERVICE_CASE,
                        today,
                        f"{c.kind.value.capitalize()} “{c.title}” open for {open_days} days",
                        c.account_id,
                        names.get(c.account_id, ""),
                        c.id,
                        overdue=True,
                    )
                )
        return sorted(items, key=lambda i: (i.on, list(AgendaKind).index(i.kind), i.title))
