"""The portfolio: each account's share of our sales and the concentration warnings."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from kamdesk.domain.concentration import ConcentrationReport, Thresholds, concentration
from kamdesk.services.revenue import latest_year, revenue_by_account
from kamdesk.store.database import Database
from kamdesk.store.models import Account


@dataclass(frozen=True)
class Portfolio:
    year: int | None
    report: ConcentrationReport


class PortfolioService:
    def __init__(self, db: Database, thresholds: Thresholds | None = None) -> None:
        self.db = db
        self.thresholds = thresholds or Thresholds()

    def portfolio(self, year: int | None = None) -> Portfolio:
        with self.db.session() as s:
            year = year or latest_year(s)
            revenue = revenue_by_account(s, year) if year else {}
            accounts = s.execute(
                select(Account.id, Account.name, Account.tier).where(Account.deleted_at.is_(None))
            ).all()
        rows = [(i, n, t, revenue.get(i, (0, Decimal(0)))[1]) for i, n, t in accounts]
        return Portfolio(year, concentration(rows, self.thresholds))
