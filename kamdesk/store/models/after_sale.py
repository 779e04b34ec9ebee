"""Life after the contract: service cases, cross-selling, recommendations and referrals
(columns in `store.tables.after_sale`)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Mapped

from kamdesk.domain.enums import CrossSellStatus, LetterStatus, ReferralOutcome, ServiceCaseKind
from kamdesk.store.base import Trashable
from kamdesk.store.tables import (
    cross_sell_opportunity_table,
    recommendation_letter_table,
    referral_table,
    service_case_table,
)


class ServiceCase(Trashable):
    """A complaint, wish or misunderstanding, from opening to resolution."""

    __table__ = service_case_table

    account_id: Mapped[uuid.UUID]
    kind: Mapped[ServiceCaseKind]
    title: Mapped[str]
    opened_on: Mapped[date]
    resolved_on: Mapped[date | None]
    resolution: Mapped[str]
    details: Mapped[str]
    person_id: Mapped[uuid.UUID | None]


class CrossSellOpportunity(Trashable):
    """One cell of the cross-sell map: a client division times one of our offerings."""

    __table__ = cross_sell_opportunity_table

    account_id: Mapped[uuid.UUID]
    division: Mapped[str]
    offering: Mapped[str]
    status: Mapped[CrossSellStatus]
    estimated_value: Mapped[Decimal | None]
    currency: Mapped[str]
    notes: Mapped[str]


class RecommendationLetter(Trashable):
    __table__ = recommendation_letter_table

    account_id: Mapped[uuid.UUID]
    person_id: Mapped[uuid.UUID | None]
    status: Mapped[LetterStatus]
    asked_on: Mapped[date | None]
    received_on: Mapped[date | None]
    may_publish: Mapped[bool]
    notes: Mapped[str]


class Referral(Trashable):
    """Someone at a client recommended us to a colleague or partner, and what came of it."""

    __table__ = referral_table

    account_id: Mapped[uuid.UUID]
    referrer_id: Mapped[uuid.UUID | None]
    referred_to: Mapped[str]  # company and/or person
    referred_account_id: Mapped[uuid.UUID | None]
    referred_on: Mapped[date | None]
    outcome: Mapped[ReferralOutcome]
    notes: Mapped[str]
