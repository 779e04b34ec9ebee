"""Proposals: drafting, sending (which schedules the follow-up routine), and their stage."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kamdesk.domain.enums import FollowUpStep, ProposalStatus
from kamdesk.domain.follow_up import follow_up_plan
from kamdesk.language import N_
from kamdesk.services.errors import NotFoundError, ValidationError
from kamdesk.services.live_rows import live_row
from kamdesk.services.proposal_summary import ProposalSummary, TeamMemberData, summary_of
from kamdesk.store.base import utc_now
from kamdesk.store.database import Database
from kamdesk.store.models import Account, Proposal, ProposalTeamMember, Task


@dataclass
class ProposalInput:
    title: str
    value: Decimal | None = None
    currency: str = "EUR"
    expires_on: date | None = None
    notes: str = ""
    team: list[TeamMemberData] = field(default_factory=list)


def _load(session: Session, proposal_id: uuid.UUID) -> Proposal:
    return live_row(session, Proposal, proposal_id)


class ProposalService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_proposals(
        self, account_id: uuid.UUID, today: date | None = None
    ) -> list[ProposalSummary]:
        today = today or date.today()
        with self.db.session() as s:
            rows = s.scalars(
                select(Proposal)
                .options(selectinload(Proposal.tasks), selectinload(Proposal.team))
                .where(Proposal.account_id == account_id, Proposal.deleted_at.is_(None))
                .order_by(Proposal.expires_on.desc())
            ).all()
            return [summary_of(p, today) for p in rows]

    def create_proposal(self, account_id: uuid.UUID, data: ProposalInput) -> uuid.UUID:
        if not data.title.strip():
            raise ValidationError("title", N_("a proposal needs a title"))
        if data.value is not None and data.value < 0:
            raise ValidationError("value", N_("the value cannot be negative"))
        with self.db.session() as s:
            if s.get(Account, account_id) is None:
                raise NotFoundError(N_("this account does not exist"))
            proposal = Proposal(
                account_id=account_id, title=data.title.strip(), value=data.value,
                currency=data.currency, expires_on=data.expires_on, notes=data.notes,
                team=[ProposalTeamMember(name=m.name, role=m.role, contact=m.contact, position=i)
                      for i, m in enumerate(data.team)],
            )
            s.add(proposal)
            s.flush()
            return proposal.id

    def mark_sent(self, proposal_id: uuid.UUID, sent_on: date, holidays: Collection[date] = ()
                  ) -> list[uuid.UUID]:
        """Record that the proposal went out and schedule the follow-up steps as tasks."""
        with self.db.session() as s:
            proposal = _load(s, proposal_id)
            if proposal.status is not ProposalStatus.DRAFT:
                raise ValidationError("status", N_("the proposal is already {status}"),
                    status=proposal.status.value)
            if proposal.expires_on and proposal.expires_on < sent_on:
                raise ValidationError("expires_on",
                                      N_("the proposal would expire before it is sent"))
            proposal.status = ProposalStatus.SENT
            proposal.sent_on = sent_on
            tasks = [
                Task(account_id=proposal.account_id, proposal=proposal, follow_up_step=step.step,
                     title=f"{step.title}: {proposal.title}", due_on=step.due,
                     done_at=utc_now() if step.step is FollowUpStep.SEND else None)
                for step in follow_up_plan(sent_on, holidays)
            ]
            s.add_all(tasks)
            s.flush()
            return [t.id for t in tasks]

    def set_status(self, proposal_id: uuid.UUID, status: ProposalStatus) -> None:
        """Won, lost or withdrawn closes the open follow-up tasks too."""
        with self.db.session() as s:
            proposal = _load(s, proposal_id)
            proposal.status = status
            if status in (ProposalStatus.WON, ProposalStatus.LOST, ProposalStatus.WITHDRAWN):
                for task in proposal.tasks:
                    task.done_at = task.done_at or utc_now()

    def delete_proposal(self, proposal_id: uuid.UUID) -> uuid.UUID:
        """Move the proposal to the trash; returns the batch for undo."""
        from kamdesk.services.trash import TrashService

        return TrashService(self.db).delete(Proposal, proposal_id)
