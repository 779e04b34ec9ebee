"""Key client accounts and their revenue figures (columns in `store.tables.accounts`)."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from kamdesk.domain.enums import LeadSource, Tier
from kamdesk.store.base import Record, Trashable
from kamdesk.store.tables import account_table, revenue_figure_table

if TYPE_CHECKING:
    from kamdesk.store.models.people import Person


class Account(Trashable):
    __table__ = account_table

    name: Mapped[str]
    tier: Mapped[Tier]
    industry: Mapped[str]
    region: Mapped[str]
    city: Mapped[str]
    country: Mapped[str]
    lead_source: Mapped[LeadSource | None]
    website: Mapped[str]
    notes: Mapped[str]
    search_text: Mapped[str]
    owner_id: Mapped[uuid.UUID | None]  # team mode: the owning KAM (None: the user's own)
    deputy_id: Mapped[uuid.UUID | None]

    people: Mapped[list[Person]] = relationship(back_populates="account")
    revenue: Mapped[list[RevenueFigure]] = relationship(
        back_populates="account", cascade="all, delete-orphan"
    )


class RevenueFigure(Record):
    """Planned and actual revenue from one account in one period (a year or a quarter)."""

    __table__ = revenue_figure_table

    account_id: Mapped[uuid.UUID]
    year: Mapped[int]
    quarter: Mapped[int | None]  # None: the whole year
    planned: Mapped[Decimal | None]
    actual: Mapped[Decimal | None]
    currency: Mapped[str]

    account: Mapped[Account] = relationship(back_populates="revenue")
