"""Key client accounts and their revenue figures."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kamdesk.domain.enums import LeadSource, Tier
from kamdesk.store.base import Record, Trashable
from kamdesk.store.columns import enum_type, reference
from kamdesk.store.search_fields import name_text_default, search_text_default

if TYPE_CHECKING:
    from kamdesk.store.models.people import Person


class Account(Trashable):
    __tablename__ = "account"
    __table_args__ = (Index("ix_account_name", "name"),)

    name: Mapped[str] = mapped_column(String(200))
    tier: Mapped[Tier] = mapped_column(enum_type(Tier), default=Tier.PROSPECT)
    industry: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166 alpha-2
    lead_source: Mapped[LeadSource | None] = mapped_column(enum_type(LeadSource))
    website: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Case- and diacritics-folded copy of the searchable text, kept in step on every write.
    search_text: Mapped[str] = mapped_column(Text, default=search_text_default("account"))
    # The folded name alone: a match in a name is found and ranked first (store.search).
    name_text: Mapped[str] = mapped_column(Text, default=name_text_default("account"),
                                           server_default="")
    # Team mode: the KAM who owns the account and who stands in; both empty on a laptop
    # of one (an account nobody owns is the user's own).
    owner_id: Mapped[uuid.UUID | None] = reference("kam_user.id", ondelete="SET NULL",
                                                   optional=True)
    deputy_id: Mapped[uuid.UUID | None] = reference("kam_user.id", ondelete="SET NULL",
                                                    optional=True)

    people: Mapped[list[Person]] = relationship(back_populates="account")
    revenue: Mapped[list[RevenueFigure]] = relationship(
        back_populates="account", cascade="all, delete-orphan"
    )


class RevenueFigure(Record):
    """Planned and actual revenue from one account in one period (a year or a quarter)."""

    __tablename__ = "revenue_figure"
    __table_args__ = (Index("ix_revenue_figure_year", "year"),)

    account_id: Mapped[uuid.UUID] = reference("account.id")
    year: Mapped[int]
    quarter: Mapped[int | None]  # None: the whole year
    planned: Mapped[Decimal | None]
    actual: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3), default="EUR")

    account: Mapped[Account] = relationship(back_populates="revenue")
