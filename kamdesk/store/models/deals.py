"""Proposals with their follow-up tasks, and tenders with their preparation checklist
(columns in `store.tables.deals`)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Mapped, relationship

from kamdesk.domain.enums import FollowUpStep, ProposalStatus
from kamdesk.store.base import Record, Trashable
from kamdesk.store.tables import (
    proposal_table,
    proposal_team_member_table,
    task_table,
    tender_checklist_item_table,
    tender_table,
)


class Proposal(Trashable):
    """A commercial proposal: its value, when it went out and until when it holds."""

    __table__ = proposal_table

    account_id: Mapped[uuid.UUID]
    title: Mapped[str]
    value: Mapped[Decimal | None]
    currency: Mapped[str]
    status: Mapped[ProposalStatus]
    sent_on: Mapped[date | None]
    expires_on: Mapped[date | None]
    notes: Mapped[str]
    search_text: Mapped[str]

    team: Mapped[list[ProposalTeamMember]] = relationship(
        back_populates="proposal",
        cascade="all, delete-orphan",
        order_by="ProposalTeamMember.position",
    )
    tasks: Mapped[list[Task]] = relationship(back_populates="proposal")


class ProposalTeamMember(Record):
    """Someone on our side who prepared a proposal; the proposal names them with contacts."""

    __table__ = proposal_team_member_table

    proposal_id: Mapped[uuid.UUID]
    name: Mapped[str]
    role: Mapped[str]
    contact: Mapped[str]
    position: Mapped[int]

    proposal: Mapped[Proposal] = relationship(back_populates="team")


class Tender(Trashable):
    __table__ = tender_table

    account_id: Mapped[uuid.UUID]
    title: Mapped[str]
    tender_date: Mapped[date]
    preparation_start: Mapped[date]
    notes: Mapped[str]

    checklist: Mapped[list[TenderChecklistItem]] = relationship(
        back_populates="tender",
        cascade="all, delete-orphan",
        order_by="TenderChecklistItem.position",
    )


class TenderChecklistItem(Record):
    __table__ = tender_checklist_item_table

    tender_id: Mapped[uuid.UUID]
    text: Mapped[str]
    done: Mapped[bool]
    person_id: Mapped[uuid.UUID | None]
    position: Mapped[int]

    tender: Mapped[Tender] = relationship(back_populates="checklist")


class Task(Trashable):
    """Something to do by a date, optionally tied to a proposal step, a tender or a person."""

    __table__ = task_table

    account_id: Mapped[uuid.UUID | None]
    title: Mapped[str]
    due_on: Mapped[date | None]
    done_at: Mapped[datetime | None]
    proposal_id: Mapped[uuid.UUID | None]
    follow_up_step: Mapped[FollowUpStep | None]
    tender_id: Mapped[uuid.UUID | None]
    person_id: Mapped[uuid.UUID | None]
    notes: Mapped[str]

    proposal: Mapped[Proposal | None] = relationship(back_populates="tasks")
