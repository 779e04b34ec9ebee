"""Key client accounts and their revenue figures."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kamdesk.domain.enums import LeadSource, Tier
from kamdesk.store.base import Record, Trashable
from kamdesk.store.models._types import MONEY, enum_type

if TYPE_CHECKING:
    from kamdesk.store.models.people import Person


class Account(Trashable):
    __tablename__ = "account"

    name: Mapped[str] = mapped_column(String(200))
    tier: Mapped[Tier] = mapped_column(enum_type(Tier), default=Tier.PROSPECT)
    industry: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166 alpha-2
    lead_source: Mapped[LeadSource | None] = mapped_column(enum_type(LeadSource), default=None)
    website: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Case- and diacritics-folded copy of the searchable text, kept in step on every write.
    search_text: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list[Person]] = relationship(back_populates="account")
    revenue: Mapped[list[RevenueFigure]] = relationship(
        back_populates="account", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_account_name", "name"),)


class RevenueFigure(Record):
    """Planned and actual revenue from one account in one period (a year or a quarter)."""

    __tablename__ = "revenue_figure"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int]
    quarter: Mapped[int | None] = mapped_column(default=None)  # None: the whole year
    planned: Mapped[Decimal | None] = mapped_column(MONEY, default=None)
    actual: Mapped[Decimal | None] = mapped_column(MONEY, default=None)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")

    account: Mapped[Account] = relationship(back_populates="revenue")
