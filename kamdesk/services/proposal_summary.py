"""A proposal as lists and briefs show it: days to expiry and where its follow-up stands.

Plain data from any proposal-shaped row, so readers that select with Core share it with the
proposal service.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kamdesk.domain.enums import FollowUpStep, ProposalStatus
from kamdesk.domain.follow_up import current_step, next_step_after


@dataclass(frozen=True)
class TeamMemberData:
    name: str
    role: str = ""
    contact: str = ""


@dataclass(frozen=True)
class ProposalSummary:
    id: uuid.UUID
    account_id: uuid.UUID
    title: str
    value: Decimal | None
    currency: str
    status: ProposalStatus
    sent_on: date | None
    expires_on: date | None
    days_to_expiry: int | None
    current_step: FollowUpStep | None  # the first follow-up step not done yet
    next_step: FollowUpStep | None
    team: list[TeamMemberData] = field(default_factory=list)


def summary_of(proposal, today: date) -> ProposalSummary:
    """A proposal (ORM object, or a row with ``tasks`` and ``team``) as the lists show it:
    days to expiry, and for a sent one the follow-up step due now and the one after."""
    step = nxt = None
    if proposal.status is ProposalStatus.SENT:
        done = {t.follow_up_step for t in proposal.tasks if t.done_at and t.deleted_at is None}
        step = current_step(done)
        nxt = next_step_after(step) if step else None
    days = (proposal.expires_on - today).days if proposal.expires_on else None
    return ProposalSummary(
        proposal.id, proposal.account_id, proposal.title, proposal.value, proposal.currency,
        proposal.status, proposal.sent_on, proposal.expires_on, days, step, nxt,
        [TeamMemberData(m.name, m.role, m.contact) for m in proposal.team],
    )  # fmt: skip
