"""Proposals with their follow-up tasks, and tenders with their preparation checklist."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kamdesk.domain.enums import FollowUpStep, ProposalStatus
from kamdesk.store.base import Record, Trashable
from kamdesk.store.columns import enum_type, reference
from kamdesk.store.search_fields import search_text_default

OPEN_TASK = text("done_at IS NULL AND deleted_at IS NULL")


class Proposal(Trashable):
    """A commercial proposal: its value, when it went out and until when it holds."""

    __tablename__ = "proposal"

    account_id: Mapped[uuid.UUID] = reference("account.id")
    title: Mapped[str] = mapped_column(String(300))
    value: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    status: Mapped[ProposalStatus] = mapped_column(enum_type(ProposalStatus),
                                                   default=ProposalStatus.DRAFT)
    sent_on: Mapped[date | None]
    expires_on: Mapped[date | None] = mapped_column(index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default=search_text_default("proposal"))

    team: Mapped[list[ProposalTeamMember]] = relationship(
        back_populates="proposal",
        cascade="all, delete-orphan",
        order_by="ProposalTeamMember.position",
    )
    tasks: Mapped[list[Task]] = relationship(back_populates="proposal")


class ProposalTeamMember(Record):
    """Someone on our side who prepared a proposal; the proposal names them with contacts."""

    __tablename__ = "proposal_team_member"

    proposal_id: Mapped[uuid.UUID] = reference("proposal.id")
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(default=0)

    proposal: Mapped[Proposal] = relationship(back_populates="team")


class Tender(Trashable):
    __tablename__ = "tender"

    account_id: Mapped[uuid.UUID] = reference("account.id")
    title: Mapped[str] = mapped_column(String(300))
    tender_date: Mapped[date] = mapped_column(index=True)
    preparation_start: Mapped[date]
    notes: Mapped[str] = mapped_column(Text, default="")

    checklist: Mapped[list[TenderChecklistItem]] = relationship(
        back_populates="tender",
        cascade="all, delete-orphan",
        order_by="TenderChecklistItem.position",
    )


class TenderChecklistItem(Record):
    __tablename__ = "tender_checklist_item"

    tender_id: Mapped[uuid.UUID] = reference("tender.id")
    text: Mapped[str] = mapped_column(String(300))
    done: Mapped[bool] = mapped_column(default=False)
    person_id: Mapped[uuid.UUID | None] = reference("person.id", ondelete="SET NULL",
                                                    optional=True, index=False)
    position: Mapped[int] = mapped_column(default=0)

    tender: Mapped[Tender] = relationship(back_populates="checklist")


class Task(Trashable):
    """Something to do by a date, optionally tied to a proposal step, a tender or a person."""

    __tablename__ = "task"
    # The agenda reads open tasks only; done ones pile up over the years.
    __table_args__ = (
        Index("ix_task_open_due_on", "due_on", sqlite_where=OPEN_TASK, postgresql_where=OPEN_TASK),
    )

    account_id: Mapped[uuid.UUID | None] = reference("account.id", optional=True)
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(index=True)
    done_at: Mapped[datetime | None]
    proposal_id: Mapped[uuid.UUID | None] = reference("proposal.id", optional=True)
    follow_up_step: Mapped[FollowUpStep | None] = mapped_column(enum_type(FollowUpStep))
    tender_id: Mapped[uuid.UUID | None] = reference("tender.id", optional=True)
    person_id: Mapped[uuid.UUID | None] = reference("person.id", ondelete="SET NULL",
                                                    optional=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    proposal: Mapped[Proposal | None] = relationship(back_populates="tasks")
