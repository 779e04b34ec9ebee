"""Everything a brief needs about one account (or one meeting), read in one session.

The briefing package turns this plain data into content and then into a PDF; it never
touches the database itself. Lists that can grow without bound (interactions, tasks) are
read with a limit and a count, so a huge account is still read quickly.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any, Protocol, TypeAlias

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from kamdesk.domain import enums
from kamdesk.domain.birthdays import HasBirthday, birthday_of
from kamdesk.domain.completeness import PersonRecord, dossier_completeness, person_facts
from kamdesk.domain.dmu import uncovered_roles
from kamdesk.domain.folding import fold
from kamdesk.language import N_
from kamdesk.services.accounts import AccountDetail, RevenueRow
from kamdesk.services.brief_sources.facts import (  # the facts are part of this module's API
    AccountRef,
    BriefSource,
    ChecklistFact,
    CrossSellFact,
    FamilyFact,
    InteractionFact,
    ItineraryStop,
    MeetingFact,
    MeetingRef,
    PersonExtra,
    PersonFact,
    ServiceCaseFact,
    TaskFact,
    TenderFact,
)
from kamdesk.services.brief_sources.notes import itinerary, last_meeting_outcome, person_extras
from kamdesk.services.brief_sources.revenue_share import revenue_facts
from kamdesk.services.errors import NotFoundError
from kamdesk.services.proposal_summary import ProposalSummary
from kamdesk.services.proposal_summary import summary_of as proposal_summary
from kamdesk.store.database import Database
from kamdesk.store.tables import (
    account_table,
    contact_point_table,
    cross_sell_opportunity_table,
    family_member_table,
    interaction_person,
    interaction_table,
    meeting_attendee,
    meeting_table,
    person_table,
    proposal_table,
    proposal_team_member_table,
    revenue_figure_table,
    service_case_table,
    task_table,
    tender_checklist_item_table,
    tender_table,
)

# Read with Core selects over the tables: the same SQL and column types as the ORM, without
# importing or configuring the mappers and building ORM objects (a brief is read once per
# process).
ACCOUNT, REVENUE, PERSON = account_table.c, revenue_figure_table.c, person_table.c
CONTACT, FAMILY = contact_point_table.c, family_member_table.c
MEETING, INTERACTION, TASK = meeting_table.c, interaction_table.c, task_table.c
PROPOSAL, TEAM = proposal_table.c, proposal_team_member_table.c
TENDER, CHECKLIST = tender_table.c, tender_checklist_item_table.c
CASE, CROSS_SELL = service_case_table.c, cross_sell_opportunity_table.c

OPEN_LIST_LIMIT = 50  # tasks and service cases read per brief; the rest are only counted
# Counts every matching row before LIMIT applies: the total comes with the first rows.
_TOTAL = func.count().over()
_CLOSED_CROSS_SELL = (enums.CrossSellStatus.WON, enums.CrossSellStatus.LOST)


class _FamilyRow(HasBirthday, Protocol):
    """A family member as `_people` reads it: its row, and whether it is in the trash."""

    @property
    def name(self) -> str: ...
    @property
    def relation(self) -> str: ...
    @property
    def notes(self) -> str: ...
    @property
    def in_trash(self) -> bool: ...


class _PersonRow(PersonRecord, Protocol):
    """A person as `_people` reads it: its row, with ``contacts`` and ``family`` lists."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def department(self) -> str: ...
    @property
    def reports_to_id(self) -> uuid.UUID | None: ...
    @property
    def notes(self) -> str: ...
    @property
    def last_contact_at(self) -> datetime | None: ...
    @property
    def family(self) -> list[_FamilyRow]: ...


_AnyRow: TypeAlias = Row[*tuple[Any, ...]]  # a Core row of any columns

class BriefSourceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def brief_source(
        self,
        account_id: uuid.UUID,
        meeting_id: uuid.UUID | None = None,
        today: date | None = None,
        recent_interactions: int = 10,
    ) -> BriefSource:
        """Read one account (and optionally one of its meetings) for a brief."""
        today = today or date.today()
        with self.db.session() as s:
            account = s.execute(select(account_table).where(ACCOUNT.id == account_id)).first()
            if account is None or account.deleted_at is not None:
                raise NotFoundError(N_("this account does not exist or is in the trash"))
            revenue = s.execute(
                select(REVENUE.year, REVENUE.quarter, REVENUE.planned, REVENUE.actual,
                       REVENUE.currency).where(REVENUE.account_id == account_id)
            ).all()
            meeting = _meeting(s, account, meeting_id) if meeting_id else None
            people = _people(s, account_id)
            contacts = {p.id: p.last_contact_at for p in people}  # stored, kept
            extras = person_extras(s, [p.id for p in people])
            year, planned, actual, currency, share, warnings = revenue_facts(s, account, revenue)
            cases, case_count = _service_cases(s, account_id)
            interactions, interaction_count = _interactions(s, account_id, recent_interactions)
            tasks, task_count = _tasks(s, account_id)
            return BriefSource(
                today=today,
                account=_account_detail(account, revenue),
                year=year, planned=planned, actual=actual, currency=currency, share=share,
                warnings=warnings,
                completeness=dossier_completeness(
                    [person_facts(p, contacts.get(p.id)) for p in people]
                ),
                uncovered_roles=uncovered_roles(p.dmu_role for p in people),
                people=[_person_fact(p, contacts.get(p.id), extras.get(p.id)) for p in people],
                meeting=meeting,
                proposals=_open_proposals(s, account_id, today),
                tenders=_tenders(s, account_id, today),
                service_cases=cases, service_case_count=case_count,
                cross_sell=_cross_sell(s, account_id),
                interactions=interactions, interaction_count=interaction_count,
                tasks=tasks, task_count=task_count,
                last_outcome=last_meeting_outcome(s, account_id,
                                                  meeting.starts_at if meeting else None),
            )

    def accounts_in_city(self, city: str) -> list[AccountRef]:
        """Live accounts whose city matches *city* (case- and diacritics-insensitive), by name."""
        wanted = fold(city)
        with self.db.session() as s:
            rows = s.execute(
                select(ACCOUNT.id, ACCOUNT.name, ACCOUNT.city).where(ACCOUNT.deleted_at.is_(None))
            ).all()
        found = [AccountRef(i, n) for i, n, c in rows if wanted and fold(c) == wanted]
        return sorted(found, key=lambda a: fold(a.name))

    def itinerary(self, city: str, after: datetime) -> list[ItineraryStop]:
        """The planned meetings of a trip to *city* from *after* on, soonest first."""
        with self.db.session() as s:
            return itinerary(s, city, after)

    def next_meeting(
        self, after: datetime, account_id: uuid.UUID | None = None
    ) -> MeetingRef | None:
        """The first live meeting starting at or after *after*, for one account or any."""
        if after.tzinfo is not None:
            after = after.astimezone(UTC)  # SQLite keeps UTC wall-clock times
        with self.db.session() as s:
            query = (
                select(MEETING.id, MEETING.account_id, ACCOUNT.name, MEETING.starts_at)
                .join_from(meeting_table, account_table,
                           MEETING.account_id == ACCOUNT.id)
                .where(MEETING.deleted_at.is_(None), ACCOUNT.deleted_at.is_(None),
                       MEETING.starts_at >= after)
                .order_by(MEETING.starts_at)
                .limit(1)
            )
            if account_id is not None:
                query = query.where(MEETING.account_id == account_id)
            row = s.execute(query).first()
            return None if row is None else MeetingRef(*row)


def _account_detail(account: _AnyRow, revenue: Sequence[_AnyRow]) -> AccountDetail:
    rows = sorted(revenue, key=lambda r: (r.year, r.quarter or 0))
    return AccountDetail(
        account.id, account.name, account.tier, account.industry, account.region,
        account.city, account.country, account.lead_source, account.website, account.notes,
        [RevenueRow(r.year, r.quarter, r.planned, r.actual, r.currency) for r in rows],
    )


def _meeting(s: Session, account: _AnyRow, meeting_id: uuid.UUID) -> MeetingFact:
    meeting = s.execute(select(meeting_table).where(MEETING.id == meeting_id)).first()
    if meeting is None or meeting.deleted_at is not None or meeting.account_id != account.id:
        raise NotFoundError(N_("no meeting {meeting_id} with {name}"),
            meeting_id=meeting_id, name=account.name)
    attendees = tuple(s.scalars(
        select(PERSON.id)
        .join_from(meeting_attendee, person_table, meeting_attendee.c.person_id == PERSON.id)
        .where(meeting_attendee.c.meeting_id == meeting_id, PERSON.deleted_at.is_(None))
    ))
    return MeetingFact(meeting.id, meeting.starts_at, meeting.place, meeting.objective,
                       meeting.notes, attendees, meeting.time_zone)


def _people(s: Session, account_id: uuid.UUID) -> list[_PersonRow]:
    """The live people of the account, each with ``contacts`` and ``family`` lists."""
    rows = s.execute(
        select(person_table)
        .where(PERSON.account_id == account_id, PERSON.deleted_at.is_(None))
    ).all()
    ids = [r.id for r in rows]
    contacts: dict[uuid.UUID, list[uuid.UUID]] = {i: [] for i in ids}
    family: dict[uuid.UUID, list[_FamilyRow]] = {i: [] for i in ids}
    if ids:
        for person_id, contact_id in s.execute(
            select(CONTACT.person_id, CONTACT.id).where(CONTACT.person_id.in_(ids))
            .order_by(CONTACT.position)
        ):
            contacts[person_id].append(contact_id)
        for f in s.execute(
            select(FAMILY.person_id, FAMILY.name, FAMILY.relation, FAMILY.birth_year,
                   FAMILY.birth_month, FAMILY.birth_day, FAMILY.notes, FAMILY.deleted_at)
            .where(FAMILY.person_id.in_(ids)).order_by(FAMILY.name)
        ):
            family[f.person_id].append(
                SimpleNamespace(**f._mapping, in_trash=f.deleted_at is not None)
            )
    return [SimpleNamespace(**r._mapping, contacts=contacts[r.id], family=family[r.id])
            for r in rows]


def _person_fact(p: _PersonRow, last_contact: datetime | None,
                 extra: PersonExtra | None) -> PersonFact:
    family = tuple(
        FamilyFact(f.name, f.relation, birthday_of(f), f.notes) for f in p.family
        if not f.in_trash
    )
    extra = extra or PersonExtra("", "", (), "")
    return PersonFact(
        p.id, p.full_name, p.position, p.department, p.reports_to_id, p.dmu_role, p.dmu_type,
        p.stance, p.influence, birthday_of(p), p.hobbies, p.values, p.notes, family, last_contact,
        extra.phone, extra.email, extra.open_cases, extra.last_said,
    )


def _open_proposals(s: Session, account_id: uuid.UUID, today: date) -> list[ProposalSummary]:
    rows = s.execute(
        select(proposal_table)
        .where(PROPOSAL.account_id == account_id, PROPOSAL.deleted_at.is_(None),
               PROPOSAL.status.in_((enums.ProposalStatus.DRAFT, enums.ProposalStatus.SENT)))
        .order_by(PROPOSAL.expires_on)
    ).all()
    ids = [r.id for r in rows]
    tasks: dict[uuid.UUID, list[_AnyRow]] = {i: [] for i in ids}
    team: dict[uuid.UUID, list[_AnyRow]] = {i: [] for i in ids}
    if ids:
        for t in s.execute(
            select(TASK.proposal_id, TASK.follow_up_step, TASK.done_at, TASK.deleted_at).where(
                TASK.proposal_id.in_(ids)
            )
        ):
            tasks[t.proposal_id].append(t)
        for m in s.execute(
            select(TEAM.proposal_id, TEAM.name, TEAM.role, TEAM.contact)
            .where(TEAM.proposal_id.in_(ids))
            .order_by(TEAM.position)
        ):
            team[m.proposal_id].append(m)
    return [proposal_summary(SimpleNamespace(**p._mapping, tasks=tasks[p.id], team=team[p.id]),
                             today) for p in rows]


def _tenders(s: Session, account_id: uuid.UUID, today: date) -> list[TenderFact]:
    rows = s.execute(
        select(TENDER.id, TENDER.title, TENDER.tender_date, TENDER.preparation_start)
        .where(TENDER.account_id == account_id, TENDER.deleted_at.is_(None),
               TENDER.tender_date >= today)
        .order_by(TENDER.tender_date)
    ).all()
    checklist: dict[uuid.UUID, list[ChecklistFact]] = {t.id: [] for t in rows}
    if rows:
        for tender_id, text, done in s.execute(
            select(CHECKLIST.tender_id, CHECKLIST.text, CHECKLIST.done)
            .where(CHECKLIST.tender_id.in_(list(checklist))).order_by(CHECKLIST.position)
        ):
            checklist[tender_id].append(ChecklistFact(text, done))
    return [TenderFact(t.title, t.tender_date, t.preparation_start, tuple(checklist[t.id]))
            for t in rows]


def _service_cases(s: Session, account_id: uuid.UUID) -> tuple[list[ServiceCaseFact], int]:
    where = (CASE.account_id == account_id, CASE.deleted_at.is_(None),
             CASE.resolved_on.is_(None))
    rows = s.execute(
        select(CASE.kind, CASE.title, CASE.opened_on, PERSON.full_name, _TOTAL)
        .outerjoin_from(service_case_table, person_table, CASE.person_id == PERSON.id)
        .where(*where)
        .order_by(CASE.opened_on)
        .limit(OPEN_LIST_LIMIT)
    ).all()
    facts = [ServiceCaseFact(kind, title, day, who or "") for kind, title, day, who, _ in rows]
    return facts, rows[0][-1] if rows else 0


def _cross_sell(s: Session, account_id: uuid.UUID) -> list[CrossSellFact]:
    rows = s.execute(
        select(CROSS_SELL.division, CROSS_SELL.offering, CROSS_SELL.status,
               CROSS_SELL.estimated_value, CROSS_SELL.currency)
        .where(CROSS_SELL.account_id == account_id, CROSS_SELL.deleted_at.is_(None),
               CROSS_SELL.status.not_in(_CLOSED_CROSS_SELL))
        .order_by(CROSS_SELL.division, CROSS_SELL.offering)
        .limit(OPEN_LIST_LIMIT)
    )
    return [CrossSellFact(*row) for row in rows]


def _interactions(
    s: Session, account_id: uuid.UUID, limit: int
) -> tuple[list[InteractionFact], int]:
    where = (INTERACTION.account_id == account_id, INTERACTION.deleted_at.is_(None))
    rows = s.execute(
        select(INTERACTION.id, INTERACTION.kind, INTERACTION.occurred_at, INTERACTION.summary,
               _TOTAL)
        .where(*where)
        .order_by(INTERACTION.occurred_at.desc())
        .limit(max(limit, 1))  # at least one row, to read the total from
    ).all()
    shown = rows[:limit]
    people: dict[uuid.UUID, list[str]] = {r.id: [] for r in shown}
    if shown:
        link = interaction_person.c
        for interaction_id, name in s.execute(
            select(link.interaction_id, PERSON.full_name)
            .join_from(interaction_person, person_table, link.person_id == PERSON.id)
            .where(link.interaction_id.in_(list(people)), PERSON.deleted_at.is_(None))
        ):
            people[interaction_id].append(name)
    facts = [InteractionFact(r.kind, r.occurred_at, r.summary,
                             tuple(sorted(people[r.id], key=fold))) for r in shown]
    return facts, rows[0][-1] if rows else 0


def _tasks(s: Session, account_id: uuid.UUID) -> tuple[list[TaskFact], int]:
    # Proposal follow-up steps are shown with their proposal, not again as tasks.
    where = (TASK.account_id == account_id, TASK.deleted_at.is_(None), TASK.done_at.is_(None),
             TASK.follow_up_step.is_(None))
    rows = s.execute(
        select(TASK.title, TASK.due_on, PERSON.full_name, _TOTAL)
        .outerjoin_from(task_table, person_table, TASK.person_id == PERSON.id)
        .where(*where)
        .order_by(TASK.due_on.is_(None), TASK.due_on, TASK.title)
        .limit(OPEN_LIST_LIMIT)
    ).all()
    return [TaskFact(title, due, name or "") for title, due, name, _ in rows], (
        rows[0][-1] if rows else 0
    )
