"""Team mode: the KAMs who share a server, and the log of accounts handed between them."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, String, Table, Text, Uuid

from kamdesk.store.tables.columns import metadata, record_columns, reference, trashable_columns

# A person at a keyboard: a KAM or the head of department. `db_role` is the PostgreSQL login
# that acts as them; row-level security matches it against `current_user`.
kam_user_table = Table(
    "kam_user", metadata,
    Column("name", String(200), nullable=False),
    Column("email", String(320), nullable=False, unique=True),
    Column("db_role", String(63), unique=True),
    *trashable_columns(),
)  # fmt: skip

# One account moved from one KAM to another; a handover of a whole portfolio shares a batch.
handover_log_table = Table(
    "handover_log", metadata,
    reference("account_id", "account.id"),
    reference("from_user_id", "kam_user.id", ondelete="SET NULL", optional=True, index=False),
    reference("to_user_id", "kam_user.id", ondelete="SET NULL", optional=True, index=False),
    Column("batch", Uuid, nullable=False, index=True),
    Column("handed_over_at", DateTime(timezone=True), nullable=False),
    Column("note", Text, nullable=False, default=""),
    *record_columns(),
)  # fmt: skip
