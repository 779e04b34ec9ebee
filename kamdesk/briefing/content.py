"""The content of a brief as plain data: what it says, before any layout.

Dates, days and amounts stay raw here where the layout formats them; sentences meant to be
read as they are (the three things to know) are already written out in the brief's locale.
A list that had to be cut says how many entries it left out (``*_more``).

Records are NamedTuples rather than frozen dataclasses: they are just as immutable, and
defining one costs a tenth as much, which the `kamdesk brief` command pays at every start.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Generic, NamedTuple, TypeVar

from kamdesk.briefing.options import Section
from kamdesk.domain.enums import Stance, Tier
from kamdesk.domain.org_chart import OrgLayout


class MeetingInfo(NamedTuple):
    starts_at: datetime
    place: str
    objective: str
    time_zone: str = ""  # the place's IANA zone: the time is printed on the place's clock
    notes: str = ""  # the KAM's preparation notes


class OutcomeNote(NamedTuple):
    """What came of the last meeting, from its contact entry."""

    occurred_at: datetime
    summary: str
    details: str
    people: str


class Header(NamedTuple):
    account_name: str
    tier: Tier
    tier_label: str
    industry: str
    city: str
    country: str
    generated_on: date
    meeting: MeetingInfo | None = None


class Snapshot(NamedTuple):
    year: int | None
    planned: Decimal | None
    actual: Decimal | None
    currency: str
    attainment: Decimal | None  # actual / planned
    share: Decimal  # of our sales, 0..1
    warnings: list[str]
    completeness: int  # 0..100
    completeness_gaps: list[str]
    uncovered_roles: list[str]
    people: int


class BirthdayNote(NamedTuple):
    on: date  # the celebration nearest the meeting (or today)
    days_from_reference: int  # negative: before the meeting
    soon: bool  # within the flag window of the meeting
    turning: int | None


class PersonCard(NamedTuple):
    """One person of the DMU, with the personal notes left empty in a shareable brief."""

    name: str
    position: str
    department: str
    role_label: str  # "" when unknown
    type_label: str
    stance: Stance | None
    stance_label: str
    influence: int | None  # 1..5
    in_meeting: bool
    last_contact_days: int | None
    talking_points: tuple[str, ...]
    birthday: BirthdayNote | None = None
    family: tuple[str, ...] = ()
    hobbies: str = ""
    values: str = ""
    notes: str = ""
    phone: str = ""
    email: str = ""


class PersonRow(NamedTuple):
    """Someone else in the DMU, for the compact list after the cards."""

    name: str
    position: str
    role_label: str
    stance_label: str
    influence: int | None
    last_contact_days: int | None


class Room(NamedTuple):
    cards: list[PersonCard]
    others: list[PersonRow]
    others_more: int
    uncovered_roles: list[str]
    attendees: int  # how many of the cards are meeting attendees


class MapNode(NamedTuple):
    stance: Stance | None
    role_label: str
    in_meeting: bool


class RelationshipMap(NamedTuple):
    layout: OrgLayout  # node keys index `nodes`
    nodes: dict[object, MapNode]
    shown: int
    total: int


class ProposalLine(NamedTuple):
    title: str
    value: Decimal | None
    currency: str
    status_label: str
    sent_on: date | None
    expires_on: date | None
    days_to_expiry: int | None
    current_step: str  # "" when not sent yet or all steps done
    next_step: str


class TenderLine(NamedTuple):
    title: str
    tender_date: date
    days_to_tender: int
    status: str  # "in preparation", "preparation starts in 40 days", …
    done_items: int
    total_items: int
    open_items: list[str]
    open_more: int


class CaseLine(NamedTuple):
    kind_label: str
    title: str
    opened_on: date
    days_open: int
    person: str


class CrossSellLine(NamedTuple):
    division: str
    offering: str
    status_label: str
    value: Decimal | None
    currency: str


class InteractionLine(NamedTuple):
    occurred_at: datetime
    kind_label: str
    summary: str
    people: str


class TaskLine(NamedTuple):
    title: str
    due_on: date | None
    overdue: bool
    person: str


T = TypeVar("T")


class Listing(NamedTuple, Generic[T]):
    """A list cut to a readable length; ``more`` says how many were left out."""

    items: Sequence[T] = ()
    more: int = 0


class Brief(NamedTuple):
    """One account's brief (for one meeting when ``header.meeting`` is set)."""

    header: Header
    sections: frozenset[Section]
    shareable: bool
    things_to_know: list[str]
    snapshot: Snapshot
    room: Room
    relationship_map: RelationshipMap | None
    proposals: Listing[ProposalLine]
    tenders: Listing[TenderLine]
    cases: Listing[CaseLine]
    cross_sell: Listing[CrossSellLine]
    interactions: Listing[InteractionLine]
    interaction_total: int
    tasks: Listing[TaskLine]
    account_notes: str = ""
    last_outcome: OutcomeNote | None = None

    def shows(self, section: Section) -> bool:
        return section in self.sections
