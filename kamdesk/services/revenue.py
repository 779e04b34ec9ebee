"""Revenue per account and year, shared by the portfolio, overviews and briefs."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.store.tables import account_table, revenue_figure_table

# Core selects over the tables: no ORM objects and no mapper configuration for a read.
_ACCOUNT, _REVENUE = account_table.c, revenue_figure_table.c


def latest_year(session: Session) -> int | None:
    """The newest year for which any live account has an actual figure."""
    return session.scalar(
        select(_REVENUE.year)
        .join_from(revenue_figure_table, account_table, _REVENUE.account_id == _ACCOUNT.id)
        .where(_REVENUE.actual.is_not(None), _ACCOUNT.deleted_at.is_(None))
        .order_by(_REVENUE.year.desc())
        .limit(1)
    )


def revenue_by_account(
    session: Session, year: int, account_id: UUID | None = None
) -> dict[UUID, tuple[Decimal, Decimal]]:
    """(planned, actual) per account for `year`: the quarters summed, or the yearly row."""
    query = select(_REVENUE.account_id, _REVENUE.quarter, _REVENUE.planned, _REVENUE.actual).where(
        _REVENUE.year == year
    )
    if account_id is not None:
        query = query.where(_REVENUE.account_id == account_id)
    quarters: dict[UUID, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    yearly: dict[UUID, list[Decimal]] = {}
    for row in session.execute(query):
        bucket = (
            quarters[row.account_id]
            if row.quarter
            else yearly.setdefault(row.account_id, [Decimal(0), Decimal(0)])
        )
        bucket[0] += row.planned or 0
        bucket[1] += row.actual or 0
    totals = {key: (v[0], v[1]) for key, v in yearly.items()}
    totals.update({key: (v[0], v[1]) for key, v in quarters.items()})
    return totals
