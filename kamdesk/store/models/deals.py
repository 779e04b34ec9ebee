"""Proposals with their follow-up tasks, and tenders with their preparation checklist."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kamdesk.domain.enums import FollowUpStep, ProposalStatus
from kamdesk.store.base import Record, Trashable
from kamdesk.store.models._types import MONEY, enum_type


class Proposal(Trashable):
    """A commercial proposal: its value, when it went out and until when it holds."""

    __tablename__ = "proposal"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    value: Mapped[Decimal | None] = mapped_column(MONEY, default=None)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    status: Mapped[ProposalStatus] = mapped_column(
        enum_type(ProposalStatus), default=ProposalStatus.DRAFT
    )
    sent_on: Mapped[date | None] = mapped_column(Date, default=None)
    expires_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    team: Mapped[list[ProposalTeamMember]] = relationship(
        back_populates="proposal",
        cascade="all, delete-orphan",
        order_by="ProposalTeamMember.position",
    )
    tasks: Mapped[list[Task]] = relationship(back_populates="proposal")


class ProposalTeamMember(Record):
    """Someone on our side who prepared a proposal; the proposal names them with contacts."""

    __tablename__ = "proposal_team_member"

    proposal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("proposal.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(default=0)

    proposal: Mapped[Proposal] = relationship(back_populates="team")


class Tender(Trashable):
    __tablename__ = "tender"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    tender_date: Mapped[date] = mapped_column(Date, index=True)
    preparation_start: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    checklist: Mapped[list[TenderChecklistItem]] = relationship(
        back_populates="tender",
        cascade="all, delete-orphan",
        order_by="TenderChecklistItem.position",
    )


class TenderChecklistItem(Record):
    __tablename__ = "tender_checklist_item"

    tender_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tender.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(String(300))
    done: Mapped[bool] = mapped_column(default=False)
    person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    position: Mapped[int] = mapped_column(default=0)

    tender: Mapped[Tender] = relationship(back_populates="checklist")


class Task(Trashable):
    """Something to do by a date, optionally tied to a proposal step, a tender or a person."""

    __tablename__ = "task"

    account_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), default=None, index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    proposal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("proposal.id", ondelete="CASCADE"), default=None, index=True
    )
    follow_up_step: Mapped[FollowUpStep | None] = mapped_column(
        enum_type(FollowUpStep), default=None
    )
    tender_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("tender.id", ondelete="CASCADE"), default=None, index=True
    )
    person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    proposal: Mapped[Proposal | None] = relationship(back_populates="tasks")
