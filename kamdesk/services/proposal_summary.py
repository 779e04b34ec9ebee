"""A proposal as lists and briefs show it: days to expiry and where its follow-up stands.

Plain data from any proposal-shaped row, so readers that select with Core share it with the
proposal service.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

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


class _StepTask(Protocol):
    @property
    def follow_up_step(self) -> FollowUpStep | None: ...
    @property
    def done_at(self) -> datetime | None: ...
    @property
    def deleted_at(self) -> datetime | None: ...


class _Member(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def contact(self) -> str: ...


class ProposalRecord(Protocol):
    """What :func:`summary_of` reads: a Proposal as the ORM loads it, or a row shaped like one."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def account_id(self) -> uuid.UUID: ...
    @property
    def title(self) -> str: ...
    @property
    def value(self) -> Decimal | None: ...
    @property
    def currency(self) -> str: ...
    @property
    def status(self) -> ProposalStatus: ...
    @property
    def sent_on(self) -> date | None: ...
    @property
    def expires_on(self) -> date | None: ...
    @property
    def tasks(self) -> Iterable[_StepTask]: ...
    @property
    def team(self) -> Iterable[_Member]: ...


def summary_of(proposal: ProposalRecord, today: date) -> ProposalSummary:
    """A proposal (ORM object, or a row with ``tasks`` and ``team``) as the lists show it:
    days to expiry, and for a sent one the follow-up step due now and the one after."""
    step = nxt = None
    if proposal.status is ProposalStatus.SENT:
        done = {t.follow_up_step for t in proposal.tasks
                if t.follow_up_step and t.done_at and t.deleted_at is None}
        step = current_step(done)
        nxt = next_step_after(step) if step else None
    days = (proposal.expires_on - today).days if proposal.expires_on else None
    return ProposalSummary(
        proposal.id, proposal.account_id, proposal.title, proposal.value, proposal.currency,
        proposal.status, proposal.sent_on, proposal.expires_on, days, step, nxt,
        [TeamMemberData(m.name, m.role, m.contact) for m in proposal.team],
    )
