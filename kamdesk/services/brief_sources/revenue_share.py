"""The brief's revenue facts: this year's plan and actuals, and the account's share of sales."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TypeAlias

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from kamdesk.domain.concentration import ConcentrationAlert, concentration
from kamdesk.services.revenue import latest_year, revenue_by_account
from kamdesk.store.tables import account_table

ACCOUNT = account_table.c

_AnyRow: TypeAlias = Row[*tuple[Any, ...]]  # a Core row of any columns
RevenueFacts: TypeAlias = tuple[int | None, Decimal | None, Decimal | None, str, Decimal,
                                list[ConcentrationAlert]]


def revenue_facts(s: Session, account: _AnyRow, revenue: Sequence[_AnyRow]) -> RevenueFacts:
    """(year, planned, actual, currency, share of our sales, concentration warnings)."""
    year = latest_year(s)
    if year is None:
        return None, None, None, "EUR", Decimal(0), []
    totals = revenue_by_account(s, year)
    planned, actual = totals.get(account.id, (None, None))
    # This account against the rest of the portfolio as one: its share and its own alerts
    # are the same as in the whole report, without ranking 2,000 accounts for one brief.
    live = s.scalars(select(ACCOUNT.id).where(ACCOUNT.deleted_at.is_(None))).all()
    rest = sum((max(totals[i][1], Decimal(0)) for i in live if i != account.id and i in totals),
               Decimal(0))
    report = concentration([(account.id, account.name, account.tier, actual or Decimal(0)),
                            (None, "", account.tier, rest)])
    share = next((r.share for r in report.shares if r.key == account.id), Decimal(0))
    # By id, not by name: 'Sava' must not inherit the warning about 'Sava Power d.o.o.'.
    warnings = [a for a in report.alerts if a.key == account.id]
    currency = next((r.currency for r in revenue if r.year == year), "EUR")
    return year, planned, actual, currency, share, warnings
