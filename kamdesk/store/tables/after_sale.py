"""Life after the contract: service cases, cross-selling, recommendations and referrals."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, String, Table, Text

from kamdesk.domain.enums import CrossSellStatus, LetterStatus, ReferralOutcome, ServiceCaseKind
from kamdesk.store.tables.columns import MONEY, enum_type, metadata, reference, trashable_columns

# A complaint, wish or misunderstanding, from opening to resolution.
service_case_table = Table(
    "service_case", metadata,
    reference("account_id", "account.id"),
    Column("kind", enum_type(ServiceCaseKind), nullable=False),
    Column("title", String(300), nullable=False),
    Column("opened_on", Date, nullable=False),
    Column("resolved_on", Date),
    Column("resolution", Text, nullable=False, default=""),
    Column("details", Text, nullable=False, default=""),
    reference("person_id", "person.id", ondelete="SET NULL", optional=True, index=False),
    *trashable_columns(),
)  # fmt: skip

# One cell of the cross-sell map: a client division times one of our offerings.
cross_sell_opportunity_table = Table(
    "cross_sell_opportunity", metadata,
    reference("account_id", "account.id"),
    Column("division", String(200), nullable=False),
    Column("offering", String(200), nullable=False),
    Column("status", enum_type(CrossSellStatus), nullable=False, default=CrossSellStatus.IDEA),
    Column("estimated_value", MONEY),
    Column("currency", String(3), nullable=False, default="EUR"),
    Column("notes", Text, nullable=False, default=""),
    *trashable_columns(),
)  # fmt: skip

recommendation_letter_table = Table(
    "recommendation_letter", metadata,
    reference("account_id", "account.id"),
    reference("person_id", "person.id", ondelete="SET NULL", optional=True, index=False),
    Column("status", enum_type(LetterStatus), nullable=False, default=LetterStatus.ASKED),
    Column("asked_on", Date),
    Column("received_on", Date),
    Column("may_publish", Boolean, nullable=False, default=False),
    Column("notes", Text, nullable=False, default=""),
    *trashable_columns(),
)  # fmt: skip

# Someone at a client recommended us to a colleague or partner, and what came of it.
referral_table = Table(
    "referral", metadata,
    reference("account_id", "account.id"),
    reference("referrer_id", "person.id", ondelete="SET NULL", optional=True, index=False),
    Column("referred_to", String(300), nullable=False),  # company and/or person
    reference("referred_account_id", "account.id", ondelete="SET NULL", optional=True,
              index=False),
    Column("referred_on", Date),
    Column("outcome", enum_type(ReferralOutcome), nullable=False,
           default=ReferralOutcome.PENDING),
    Column("notes", Text, nullable=False, default=""),
    *trashable_columns(),
)  # fmt: skip
