"""The department at a glance, for its head: per KAM and per account, plan against actual,
share of sales, dossier completeness, overdue follow-ups, uncovered DMU roles, proposals
running out. One read, plain data out."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from kamdesk.domain.completeness import dossier_completeness
from kamdesk.domain.concentration import concentration
from kamdesk.domain.dmu import uncovered_roles
from kamdesk.domain.enums import DmuRole, ProposalStatus, Tier
from kamdesk.domain.folding import fold
from kamdesk.services.dossier_facts import people_facts
from kamdesk.services.revenue import latest_year, revenue_by_account
from kamdesk.store.database import Database
from kamdesk.store.models import Account, KamUser, Proposal, Task

EXPIRY_DAYS = 30  # "expiring": a sent proposal whose conditions end within this many days


@dataclass(frozen=True)
class AccountLine:
    id: uuid.UUID
    name: str
    tier: Tier
    deputy: str  # the deputy's name, "" for none
    planned: Decimal | None
    actual: Decimal | None
    share: Decimal  # of the department's sales in the year, 0..1
    completeness: int  # 0..100
    overdue: int  # follow-ups (tasks) past their date
    uncovered: list[DmuRole]
    expiring: int  # sent proposals ending within the horizon

    @property
    def attainment(self) -> Decimal | None:
        return self.actual / self.planned if self.planned and self.actual is not None else None


@dataclass(frozen=True)
class KamLine:
    user_id: uuid.UUID | None  # None: the accounts nobody owns
    name: str
    email: str
    accounts: list[AccountLine]

    @property
    def planned(self) -> Decimal:
        return sum((a.planned or Decimal(0) for a in self.accounts), Decimal(0))

    @property
    def actual(self) -> Decimal:
        return sum((a.actual or Decimal(0) for a in self.accounts), Decimal(0))

    @property
    def attainment(self) -> Decimal | None:
        return self.actual / self.planned if self.planned else None

    @property
    def share(self) -> Decimal:
        return sum((a.share for a in self.accounts), Decimal(0))

    @property
    def completeness(self) -> int:
        """The average of the accounts' dossier scores (each account counts once)."""
        if not self.accounts:
            return 0
        return round(sum(a.completeness for a in self.accounts) / len(self.accounts))

    @property
    def overdue(self) -> int:
        return sum(a.overdue for a in self.accounts)

    @property
    def uncovered(self) -> int:
        """How many key DMU roles nobody covers, summed over the accounts."""
        return sum(len(a.uncovered) for a in self.accounts)

    @property
    def expiring(self) -> int:
        return sum(a.expiring for a in self.accounts)


@dataclass(frozen=True)
class DepartmentView:
    year: int | None
    today: date
    horizon: int  # days ahead for expiring proposals
    kams: list[KamLine]  # by share of sales, biggest first; nobody's accounts last

    def account(self, account_id: uuid.UUID) -> AccountLine | None:
        return next((a for k in self.kams for a in k.accounts if a.id == account_id), None)


class DepartmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def department(self, today: date, horizon: int = EXPIRY_DAYS) -> DepartmentView:
        with self.db.session() as s:
            users = {u.id: u for u in s.scalars(select(KamUser))}
            accounts = s.scalars(select(Account).where(Account.deleted_at.is_(None))).all()
            ids = [a.id for a in accounts]
            year = latest_year(s)
            revenue = revenue_by_account(s, year) if year else {}
            facts = people_facts(s, ids)
            overdue = Counter(dict(s.execute(
                select(Task.account_id, func.count())
                .where(Task.deleted_at.is_(None), Task.done_at.is_(None), Task.due_on < today,
                       Task.account_id.in_(ids))
                .group_by(Task.account_id)
            ).all()))
            expiring = Counter(dict(s.execute(
                select(Proposal.account_id, func.count())
                .where(Proposal.deleted_at.is_(None), Proposal.status == ProposalStatus.SENT,
                       Proposal.expires_on >= today,
                       Proposal.expires_on <= today + timedelta(days=horizon),
                       Proposal.account_id.in_(ids))
                .group_by(Proposal.account_id)
            ).all()))
        report = concentration(
            (a.id, a.name, a.tier, revenue.get(a.id, (0, Decimal(0)))[1]) for a in accounts
        )
        share = {row.key: row.share for row in report.shares}
        by_owner: dict[uuid.UUID | None, list[AccountLine]] = defaultdict(list)
        for a in accounts:
            planned, actual = revenue.get(a.id, (None, None))
            deputy = users.get(a.deputy_id) if a.deputy_id else None
            by_owner[a.owner_id if a.owner_id in users else None].append(AccountLine(
                a.id, a.name, a.tier, deputy.name if deputy else "", planned, actual,
                share.get(a.id, Decimal(0)), dossier_completeness(facts.get(a.id, [])).score,
                overdue[a.id], uncovered_roles(f.dmu_role for f in facts.get(a.id, ())),
                expiring[a.id],
            ))
        kams = []
        for owner_id, lines in by_owner.items():
            lines.sort(key=lambda line: (-line.share, fold(line.name)))
            user = users.get(owner_id) if owner_id else None
            kams.append(KamLine(owner_id, user.name if user else "", user.email if user else "",
                                lines))
        # KAMs without an account still show: a head sees who has nothing to do.
        for user in users.values():
            if user.id not in by_owner and user.deleted_at is None:
                kams.append(KamLine(user.id, user.name, user.email, []))
        kams.sort(key=lambda k: (k.user_id is None, -k.share, fold(k.name)))
        return DepartmentView(year, today, horizon, kams)
