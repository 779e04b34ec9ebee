"""Proposals with their follow-up tasks, and tenders with their preparation checklist."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, DateTime, Index, Integer, String, Table, Text, text

from kamdesk.domain.enums import FollowUpStep, ProposalStatus
from kamdesk.store.tables.columns import (
    MONEY,
    enum_type,
    metadata,
    record_columns,
    reference,
    trashable_columns,
)

# A commercial proposal: its value, when it went out and until when it holds.
proposal_table = Table(
    "proposal", metadata,
    reference("account_id", "account.id"),
    Column("title", String(300), nullable=False),
    Column("value", MONEY),
    Column("currency", String(3), nullable=False, default="EUR"),
    Column("status", enum_type(ProposalStatus), nullable=False, default=ProposalStatus.DRAFT),
    Column("sent_on", Date),
    Column("expires_on", Date, index=True),
    Column("notes", Text, nullable=False, default=""),
    Column("search_text", Text, nullable=False, default=""),
    *trashable_columns(),
)  # fmt: skip

# Someone on our side who prepared a proposal; the proposal names them with contacts.
proposal_team_member_table = Table(
    "proposal_team_member", metadata,
    reference("proposal_id", "proposal.id"),
    Column("name", String(200), nullable=False),
    Column("role", String(200), nullable=False, default=""),
    Column("contact", String(300), nullable=False, default=""),
    Column("position", Integer, nullable=False, default=0),
    *record_columns(),
)  # fmt: skip

tender_table = Table(
    "tender", metadata,
    reference("account_id", "account.id"),
    Column("title", String(300), nullable=False),
    Column("tender_date", Date, nullable=False, index=True),
    Column("preparation_start", Date, nullable=False),
    Column("notes", Text, nullable=False, default=""),
    *trashable_columns(),
)  # fmt: skip

tender_checklist_item_table = Table(
    "tender_checklist_item", metadata,
    reference("tender_id", "tender.id"),
    Column("text", String(300), nullable=False),
    Column("done", Boolean, nullable=False, default=False),
    reference("person_id", "person.id", ondelete="SET NULL", optional=True, index=False),
    Column("position", Integer, nullable=False, default=0),
    *record_columns(),
)  # fmt: skip

OPEN_TASK = text("done_at IS NULL AND deleted_at IS NULL")

# Something to do by a date, optionally tied to a proposal step, a tender or a person.
task_table = Table(
    "task", metadata,
    reference("account_id", "account.id", optional=True),
    Column("title", String(300), nullable=False),
    Column("due_on", Date, index=True),
    Column("done_at", DateTime(timezone=True)),
    reference("proposal_id", "proposal.id", optional=True),
    Column("follow_up_step", enum_type(FollowUpStep)),
    reference("tender_id", "tender.id", optional=True),
    reference("person_id", "person.id", ondelete="SET NULL", optional=True),
    Column("notes", Text, nullable=False, default=""),
    *trashable_columns(),
    # The agenda reads open tasks only; done ones pile up over the years.
    Index("ix_task_open_due_on", "due_on", sqlite_where=OPEN_TASK, postgresql_where=OPEN_TASK),
)  # fmt: skip
