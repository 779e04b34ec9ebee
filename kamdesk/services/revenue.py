"""Revenue per account and year, shared by the portfolio, overviews and briefs."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk.store.columns import MONEY
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
    """(planned, actual) per account for `year`: the quarters summed, or the yearly row.

    Summed in SQL (one row per account and kind instead of one per figure: the account list
    and the portfolio read 8,000 figures at department scale); a sum comes back as MONEY,
    so exact to the cent on both engines."""
    quarterly = _REVENUE.quarter.is_not(None)
    query = (
        select(_REVENUE.account_id, quarterly,
               type_coerce(func.sum(_REVENUE.planned), MONEY),
               type_coerce(func.sum(_REVENUE.actual), MONEY))
        .where(_REVENUE.year == year)
        .group_by(_REVENUE.account_id, quarterly)
        .order_by(quarterly)  # the yearly row first: the quarters, when there are any, win
    )
    if account_id is not None:
        query = query.where(_REVENUE.account_id == account_id)
    zero = Decimal(0)
    return {key: (planned or zero, actual or zero)
            for key, _quarters, planned, actual in session.execute(query)}
