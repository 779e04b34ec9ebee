"""Key client accounts and their revenue figures."""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, String, Table, Text

from kamdesk.domain.enums import LeadSource, Tier
from kamdesk.store.tables.columns import (
    MONEY,
    enum_type,
    metadata,
    record_columns,
    reference,
    trashable_columns,
)

account_table = Table(
    "account", metadata,
    Column("name", String(200), nullable=False),
    Column("tier", enum_type(Tier), nullable=False, default=Tier.PROSPECT),
    Column("industry", String(200), nullable=False, default=""),
    Column("region", String(200), nullable=False, default=""),
    Column("city", String(200), nullable=False, default=""),
    Column("country", String(2), nullable=False, default=""),  # ISO 3166 alpha-2
    Column("lead_source", enum_type(LeadSource)),
    Column("website", String(300), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    # Case- and diacritics-folded copy of the searchable text, kept in step on every write.
    Column("search_text", Text, nullable=False, default=""),
    # Team mode: the KAM who owns the account and who stands in; both empty on a laptop
    # of one (an account nobody owns is the user's own).
    reference("owner_id", "kam_user.id", ondelete="SET NULL", optional=True),
    reference("deputy_id", "kam_user.id", ondelete="SET NULL", optional=True),
    *trashable_columns(),
    Index("ix_account_name", "name"),
)  # fmt: skip

# Planned and actual revenue from one account in one period (a year or a quarter).
revenue_figure_table = Table(
    "revenue_figure", metadata,
    reference("account_id", "account.id"),
    Column("year", Integer, nullable=False),
    Column("quarter", Integer),  # None: the whole year
    Column("planned", MONEY),
    Column("actual", MONEY),
    Column("currency", String(3), nullable=False, default="EUR"),
    *record_columns(),
    Index("ix_revenue_figure_year", "year"),
)  # fmt: skip
