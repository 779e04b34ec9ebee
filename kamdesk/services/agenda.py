"""The agenda: what needs the KAM's attention in the coming days, across all accounts."""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, ColumnCollection, ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.agenda_groups import AgendaGroup, agenda_group
from kamdesk.domain.enums import ProposalStatus, ServiceCaseKind
from kamdesk.domain.time_zones import local_start, meeting_time_text
from kamdesk.store.database import Database
from kamdesk.store.models import (
    Account,
    Interaction,
    Meeting,
    Person,
    Proposal,
    ServiceCase,
    Task,
    Tender,
)
from kamdesk.store.tables import account_table, family_member_table, person_table

SERVICE_CASE_TOO_LONG_DAYS = 14
OUTCOME_WANTED_DAYS = 14  # a past meeting without an outcome stays on the agenda this long


class AgendaKind(StrEnum):
    BIRTHDAY = "birthday"
    TASK = "task"
    PROPOSAL_EXPIRY = "proposal_expiry"
    TENDER_PREPARATION = "tender_preparation"
    TENDER = "tender"
    SERVICE_CASE = "service_case"
    MEETING = "meeting"
    PRIVACY_REVIEW = "privacy_review"


@dataclass(frozen=True)
class AgendaItem:
    """One thing to attend to. ``title`` says it in English (command line, briefing); the
    fields after ``overdue`` say the same as data, so a window can phrase it in the user's
    language: ``subject`` is whose birthday it is or the proposal's, tender's or case's
    title (a task's title is its whole text); a family member's birthday also has their
    ``relation`` ("son") and ``relation_of`` (the person's name); ``count`` is the age a
    birthday turns (None if unknown), or the days until a proposal expires or since a case
    was opened; ``case_kind`` is the service case's kind. ``group`` is where the Today
    page lists it (domain.agenda_groups).

    A meeting (kind MEETING, ``ref_id`` the meeting) has ``subject`` its objective,
    ``starts_at`` (aware instant), ``time_zone`` (its place's IANA zone), ``place``, and
    ``on`` its date on the place's clock; ``time_text()`` gives "09:00" or "09:00
    Asia/Manila" when the machine's zone differs. A past meeting with no outcome recorded
    yet is listed too, ``overdue`` (it asks for "Record outcome")."""

    kind: AgendaKind
    on: date
    title: str
    account_id: uuid.UUID | None
    account_name: str
    ref_id: uuid.UUID  # the task, person (birthday, review), proposal, tender or case
    overdue: bool = False
    subject: str = ""
    relation: str = ""
    relation_of: str = ""
    count: int | None = None
    case_kind: ServiceCaseKind | None = None
    group: AgendaGroup = AgendaGroup.LATER
    starts_at: datetime | None = None
    time_zone: str = ""
    place: str = ""

    def time_text(self, machine: tzinfo | None = None) -> str:
        """A meeting's local time, with its zone named when it differs from the machine's
        (`machine`, default the laptop's own); "" for anything else."""
        if self.starts_at is None:
            return ""
        return meeting_time_text(self.starts_at, self.time_zone, machine)


def birthday_within(model: ColumnCollection[str, Column[Any]], start: date,
                    end: date) -> ColumnElement[bool]:
    """SQL: the row's birthday (month, day) falls on a day from start to end; `model` is
    the columns of a table keeping one (``person_table.c``, ``family_member_table.c``)."""
    days: dict[int, set[int]] = {}
    day, last = start, min(end, start + timedelta(days=366))
    while day <= last:
        days.setdefault(day.month, set()).add(day.day)
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            days[2].add(29)  # celebrated on 28 February in common years
        day += timedelta(days=1)
    return or_(
        *(and_(model.birth_month == m, model.birth_day.in_(sorted(d))) for m, d in days.items())
    )


class AgendaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def agenda(self, today: date | None = None, days: int = 14,
               kinds: Collection[AgendaKind] | None = None,
               account_id: uuid.UUID | None = None,
               groups: Collection[AgendaGroup] | None = None) -> list[AgendaItem]:
        """Birthdays, due and overdue tasks, expiring proposals, tender milestones and
        service cases open too long, in date order; only of `kinds`, of one account and
        of some of the Today page's `groups` when given (at department scale two weeks hold
        thousands of lines: agenda_counts.agenda_counts says how many first, and a group's
        lines can be read when it is opened)."""
        today = today or date.today()
        shown = set(groups or AgendaGroup)
        end = today + timedelta(days=days)
        wanted = set(kinds or AgendaKind)
        live: ColumnElement[bool] = Account.deleted_at.is_(None)
        if account_id is not None:
            live = and_(live, Account.id == account_id)
        items: list[AgendaItem] = []
        with self.db.session() as s:
            # Columns, not objects, and each account's name joined in: the agenda runs after
            # every edit (the week's summary), and at department scale its hundreds of ORM
            # objects and a name map of every account cost more than the queries.
            if AgendaKind.BIRTHDAY in wanted:
                items += _birthdays(s, live, today, end, shown)
            if AgendaKind.TASK in wanted:
                items += _tasks(s, live, account_id, today, end)
            if AgendaKind.PROPOSAL_EXPIRY in wanted:
                items += _expiring(s, live, today, end)
            if wanted & {AgendaKind.TENDER_PREPARATION, AgendaKind.TENDER}:
                items += _tenders(s, live, wanted, today, end)
            if AgendaKind.SERVICE_CASE in wanted:
                items += _open_cases(s, live, today)
            if AgendaKind.PRIVACY_REVIEW in wanted:
                items += _privacy_reviews(s, live, today, end)
            if AgendaKind.MEETING in wanted:
                items += _meetings(s, live, today, end)
        return in_agenda_order(i for i in items if i.group in shown)


def _item(kind: AgendaKind, on: date, title: str, account_id: uuid.UUID | None,
          account_name: str | None, ref_id: uuid.UUID, today: date, *, overdue: bool = False,
          **more: Any) -> AgendaItem:
    """A line other than a birthday, in the Today page's group for its date."""
    return AgendaItem(kind, on, title, account_id, account_name or "", ref_id, overdue,
                      group=agenda_group(on, today, overdue), **more)


def _tasks(s: Session, live: ColumnElement[bool], account_id: uuid.UUID | None, today: date,
           end: date) -> list[AgendaItem]:
    """Tasks due in the window or overdue; without an account too, unless one is asked."""
    of_live_account = (live if account_id is not None
                       else or_(Task.account_id.is_(None), Account.id.is_not(None) & live))
    rows = s.execute(
        select(Task.id, Task.due_on, Task.title, Task.account_id, Account.name)
        .outerjoin(Account, Account.id == Task.account_id)
        .where(Task.deleted_at.is_(None), Task.done_at.is_(None), Task.due_on <= end,
               of_live_account)
    ).all()
    items = []
    for task_id, due, title, account, name in rows:
        assert due is not None  # `Task.due_on <= end` keeps only dated tasks
        items.append(_item(AgendaKind.TASK, due, title, account, name, task_id, today,
                           overdue=due < today, subject=title))
    return items


def _expiring(s: Session, live: ColumnElement[bool], today: date,
              end: date) -> list[AgendaItem]:
    """Sent proposals whose conditions run out in the window."""
    rows = s.execute(
        select(Proposal.id, Proposal.expires_on, Proposal.title, Proposal.account_id,
               Account.name)
        .join(Account, Account.id == Proposal.account_id)
        .where(live, Proposal.deleted_at.is_(None), Proposal.status == ProposalStatus.SENT,
               Proposal.expires_on >= today, Proposal.expires_on <= end)
    ).all()
    items = []
    for proposal_id, expires_on, title, account, name in rows:
        assert expires_on is not None  # the query keeps expiry dates in the window
        left = (expires_on - today).days
        items.append(_item(
            AgendaKind.PROPOSAL_EXPIRY, expires_on,
            f"Proposal “{title}” expires in {left} day{'' if left == 1 else 's'}",
            account, name, proposal_id, today, subject=title, count=left))
    return items


def _tenders(s: Session, live: ColumnElement[bool], wanted: set[AgendaKind], today: date,
             end: date) -> list[AgendaItem]:
    """Tenders whose preparation starts, or whose date falls, in the window."""
    rows = s.execute(
        select(Tender.id, Tender.preparation_start, Tender.tender_date, Tender.title,
               Tender.account_id, Account.name)
        .join(Account, Account.id == Tender.account_id)
        .where(live, Tender.deleted_at.is_(None),
               or_(Tender.preparation_start.between(today, end),
                   Tender.tender_date.between(today, end)))
    ).all()
    items = []
    for tender_id, preparation, tender_date, title, account, name in rows:
        if today <= preparation <= end and AgendaKind.TENDER_PREPARATION in wanted:
            items.append(_item(AgendaKind.TENDER_PREPARATION, preparation,
                               f"Start preparing for tender “{title}”", account, name,
                               tender_id, today, subject=title))
        if today <= tender_date <= end and AgendaKind.TENDER in wanted:
            items.append(_item(AgendaKind.TENDER, tender_date, f"Tender “{title}”", account,
                               name, tender_id, today, subject=title))
    return items


def _open_cases(s: Session, live: ColumnElement[bool], today: date) -> list[AgendaItem]:
    """Service cases open for more than SERVICE_CASE_TOO_LONG_DAYS."""
    limit = today - timedelta(days=SERVICE_CASE_TOO_LONG_DAYS)
    rows = s.execute(
        select(ServiceCase.id, ServiceCase.opened_on, ServiceCase.kind, ServiceCase.title,
               ServiceCase.account_id, Account.name)
        .join(Account, Account.id == ServiceCase.account_id)
        .where(live, ServiceCase.deleted_at.is_(None), ServiceCase.resolved_on.is_(None),
               ServiceCase.opened_on <= limit)
    ).all()
    items = []
    for case_id, opened_on, kind, title, account, name in rows:
        open_days = (today - opened_on).days
        items.append(_item(
            AgendaKind.SERVICE_CASE, today,
            f"{kind.value.capitalize()} “{title}” open for {open_days} days", account, name,
            case_id, today, overdue=True, subject=title, count=open_days, case_kind=kind))
    return items


def in_agenda_order(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """The agenda's order: by date, a meeting's time, the kind, the title."""
    order = {kind: n for n, kind in enumerate(AgendaKind)}
    earliest = datetime.min.replace(tzinfo=UTC)
    return sorted(items, key=lambda i: (i.on, i.starts_at or earliest, order[i.kind], i.title))


def _celebrated(today: date, end: date) -> dict[tuple[int, int], list[date]]:
    """(month, day) of birth → the days from today to end it is celebrated on (29 February
    on 28 February in common years, as domain.birthdays.next_occurrence)."""
    days: dict[tuple[int, int], list[date]] = {}
    day = today
    while day <= end:
        days.setdefault((day.month, day.day), []).append(day)
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            days.setdefault((2, 29), []).append(day)
        day += timedelta(days=1)
    return days


def celebrated_in(today: date, end: date, shown: Collection[AgendaGroup]
                  ) -> dict[tuple[int, int], list[tuple[date, AgendaGroup]]]:
    """(month, day) of birth → (day, group) of each celebration in the window, of the
    `shown` groups only."""
    days = {}
    for key, ons in _celebrated(today, end).items():
        found = [(on, agenda_group(on, today)) for on in ons]
        if found := [(on, group) for on, group in found if group in shown]:
            days[key] = found
    return days


def _birthdays(s: Session, live: ColumnElement[bool], today: date, end: date,
               shown: Collection[AgendaGroup]) -> list[AgendaItem]:
    """One line per birthday in the window, made straight from the rows: at department
    scale these are most of the agenda (6,913 of 7,869 lines in two weeks on L), so no
    Birthday objects and no intermediate records, and each day's group is found once."""
    celebrated = celebrated_in(today, end, shown)
    if not celebrated:
        return []
    first = min(on for ons in celebrated.values() for on, _ in ons)
    end = max(on for ons in celebrated.values() for on, _ in ons)
    person, family = person_table.c, family_member_table.c
    people = s.execute(
        select(person.id, person.account_id, account_table.c.name, person.full_name,
               person.birth_year, person.birth_month, person.birth_day)
        .join_from(person_table, account_table, account_table.c.id == person.account_id)
        .where(live, person.deleted_at.is_(None), birthday_within(person, first, end))
    ).all()
    relatives = s.execute(
        select(person.id, person.account_id, account_table.c.name, family.name,
               family.relation, person.full_name, family.birth_year, family.birth_month,
               family.birth_day)
        .join_from(family_member_table, person_table, person.id == family.person_id)
        .join(account_table, account_table.c.id == person.account_id)
        .where(live, person.deleted_at.is_(None), family.deleted_at.is_(None),
               birthday_within(family, first, end))
    ).all()
    items = []
    rows = [(pid, account, firm, name, "", "", name, year, month, day)
            for pid, account, firm, name, year, month, day in people]
    rows += [(pid, account, firm, name, relation, of, f"{name} ({relation} of {of})", year,
              month, day)
             for pid, account, firm, name, relation, of, year, month, day in relatives]
    for pid, account, firm, subject, relation, of, label, year, month, day in rows:
        for on, group in celebrated.get((month, day), ()):
            turning = on.year - year if year and on.year > year else None
            items.append(AgendaItem(
                AgendaKind.BIRTHDAY, on,
                f"Birthday: {label}, turns {turning}" if turning else f"Birthday: {label}",
                account, firm, pid, subject=subject, relation=relation,
                relation_of=of, count=turning, group=group))
    return items


def _meetings(session: Session, live: ColumnElement[bool], today: date,
              end: date) -> list[AgendaItem]:
    """Meetings whose date on the place's clock falls from today to `end`, and those of the
    last OUTCOME_WANTED_DAYS days still without an outcome."""
    since = today - timedelta(days=OUTCOME_WANTED_DAYS)
    # Read a day more on each side: the local date may differ from the UTC one.
    low = datetime.combine(since - timedelta(days=1), time(), UTC)
    high = datetime.combine(end + timedelta(days=2), time(), UTC)
    # Correlated, so each meeting is one lookup of ix_interaction_meeting_id: an IN list
    # of every recorded meeting's id scanned all of `interaction` (1.4 s of a 4 s agenda on L).
    recorded = exists().where(Interaction.meeting_id == Meeting.id,
                              Interaction.deleted_at.is_(None))
    rows = session.execute(
        select(Meeting.id, Meeting.account_id, Meeting.starts_at, Meeting.time_zone,
               Meeting.place, Meeting.objective, recorded, Account.name)
        .join(Account).where(live, Meeting.deleted_at.is_(None),
                             Meeting.starts_at >= low, Meeting.starts_at < high)
    ).all()
    items = []
    for meeting_id, account_id, starts_at, zone, place, objective, has_outcome, name in rows:
        local = local_start(starts_at, zone)
        on = local.date()
        past = on < today  # today's meetings are listed as today's, whatever the hour
        if on > end or (past and (has_outcome or on < since)):
            continue
        when = meeting_time_text(starts_at, zone)
        where = f", {place}" if place else ""
        title = (f"Record the outcome of the meeting “{objective}”" if past else
                 f"Meeting “{objective}” at {when}{where}")
        items.append(_item(AgendaKind.MEETING, on, title, account_id, name, meeting_id, today,
                           overdue=past, subject=objective, starts_at=local, time_zone=zone,
                           place=place))
    return items


def _privacy_reviews(s: Session, live: ColumnElement[bool], today: date,
                     end: date) -> list[AgendaItem]:
    """People whose data is due for review (is the legal basis still there? is it all still
    needed?): due in the window, or overdue."""
    rows = s.execute(
        select(Person.id, Person.account_id, Person.full_name, Person.review_on, Account.name)
        .join(Account, Account.id == Person.account_id)
        .where(live, Person.deleted_at.is_(None), Person.review_on <= end)
    ).all()
    items = []
    for pid, account_id, name, on, firm in rows:
        assert on is not None  # `Person.review_on <= end` keeps only dated reviews
        items.append(_item(AgendaKind.PRIVACY_REVIEW, on, f"Review the data kept on {name}",
                           account_id, firm, pid, today, overdue=on < today, subject=name))
    return items


def agenda_summary(items: Iterable[AgendaItem]) -> dict[AgendaKind, tuple[int, int]]:
    """(lines, overdue) per kind, in the agenda's order of kinds: what to show first."""
    counts = {kind: [0, 0] for kind in AgendaKind}
    for item in items:
        counts[item.kind][0] += 1
        counts[item.kind][1] += item.overdue
    return {kind: (n, late) for kind, (n, late) in counts.items() if n}
