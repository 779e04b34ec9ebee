"""Life after the contract: service cases, cross-selling, recommendations and referrals."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.enums import CrossSellStatus, LetterStatus, ReferralOutcome, ServiceCaseKind
from kamdesk.store.base import Trashable
from kamdesk.store.columns import enum_type, reference


class ServiceCase(Trashable):
    """A complaint, wish or misunderstanding, from opening to resolution."""

    __tablename__ = "service_case"

    account_id: Mapped[uuid.UUID] = reference("account.id")
    kind: Mapped[ServiceCaseKind] = mapped_column(enum_type(ServiceCaseKind))
    title: Mapped[str] = mapped_column(String(300))
    opened_on: Mapped[date]
    resolved_on: Mapped[date | None]
    resolution: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="")
    person_id: Mapped[uuid.UUID | None] = reference("person.id", ondelete="SET NULL",
                                                    optional=True, index=False)


class CrossSellOpportunity(Trashable):
    """One cell of the cross-sell map: a client division times one of our offerings."""

    __tablename__ = "cross_sell_opportunity"

    account_id: Mapped[uuid.UUID] = reference("account.id")
    division: Mapped[str] = mapped_column(String(200))
    offering: Mapped[str] = mapped_column(String(200))
    status: Mapped[CrossSellStatus] = mapped_column(enum_type(CrossSellStatus),
                                                    default=CrossSellStatus.IDEA)
    estimated_value: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    notes: Mapped[str] = mapped_column(Text, default="")


class RecommendationLetter(Trashable):
    __tablename__ = "recommendation_letter"

    account_id: Mapped[uuid.UUID] = reference("account.id")
    person_id: Mapped[uuid.UUID | None] = reference("person.id", ondelete="SET NULL",
                                                    optional=True, index=False)
    status: Mapped[LetterStatus] = mapped_column(enum_type(LetterStatus),
                                                 default=LetterStatus.ASKED)
    asked_on: Mapped[date | None]
    received_on: Mapped[date | None]
    may_publish: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Referral(Trashable):
    """Someone at a client recommended us to a colleague or partner, and what came of it."""

    __tablename__ = "referral"

    account_id: Mapped[uuid.UUID] = reference("account.id")
    referrer_id: Mapped[uuid.UUID | None] = reference("person.id", ondelete="SET NULL",
                                                      optional=True, index=False)
    referred_to: Mapped[str] = mapped_column(String(300))  # company and/or person
    referred_account_id: Mapped[uuid.UUID | None] = reference(
        "account.id", ondelete="SET NULL", optional=True, index=False
    )
    referred_on: Mapped[date | None]
    outcome: Mapped[ReferralOutcome] = mapped_column(enum_type(ReferralOutcome),
                                                     default=ReferralOutcome.PENDING)
    notes: Mapped[str] = mapped_column(Text, default="")
