"""One account at a glance: revenue against plan, share of sales, how complete the dossier is."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain.completeness import Completeness, dossier_completeness
from kamdesk.domain.concentration import ConcentrationAlert, Thresholds
from kamdesk.domain.dmu import uncovered_roles
from kamdesk.domain.enums import DmuRole
from kamdesk.services.accounts import AccountDetail, AccountService
from kamdesk.services.dossier_facts import people_facts
from kamdesk.services.portfolio import PortfolioService
from kamdesk.services.revenue import revenue_by_account
from kamdesk.store.database import Database


@dataclass(frozen=True)
class AccountOverview:
    account: AccountDetail
    year: int | None
    planned: Decimal | None
    actual: Decimal | None
    share: Decimal  # of our sales in `year`, 0..1
    alerts: list[ConcentrationAlert]  # the portfolio's concentration alerts about this account
    completeness: Completeness
    uncovered_roles: list[DmuRole]
    people: int

    @property
    def warnings(self) -> list[str]:
        """The alerts in plain English."""
        return [a.text for a in self.alerts]

    @property
    def plan_attainment(self) -> Decimal | None:
        if not self.planned or self.actual is None:
            return None
        return self.actual / self.planned


class OverviewService:
    def __init__(self, db: Database, thresholds: Thresholds | None = None) -> None:
        self.db = db
        self.thresholds = thresholds  # None: the defaults

    def overview(self, account_id: uuid.UUID, today: date | None = None) -> AccountOverview:
        account = AccountService(self.db).get_account(account_id)
        portfolio = PortfolioService(self.db, self.thresholds).portfolio()
        with self.db.session() as s:
            facts = people_facts(s, [account_id]).get(account_id, [])
            year = portfolio.year
            planned, actual = (
                revenue_by_account(s, year, account_id).get(account_id, (None, None))
                if year
                else (None, None)
            )
        share = next((r.share for r in portfolio.report.shares if r.key == account_id), Decimal(0))
        mine = [a for a in portfolio.report.alerts if a.key == account_id]
        return AccountOverview(
            account, year, planned, actual, share, mine, dossier_completeness(facts),
            uncovered_roles(p.dmu_role for p in facts), len(facts),
        )
